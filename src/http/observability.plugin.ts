import { ApolloServerPlugin } from '@apollo/server';
import { Context } from '../graphql/context';
import { Logger } from '../logger';
import { Metrics } from '../metrics';
import { currentRequestScope } from './request-scope';

/**
 * One log line and one set of metrics per GraphQL request: its id, operation, duration, the Cypher
 * statements it sent and their time, its HTTP status and the codes of its errors.
 */
export function observabilityPlugin(logger: Logger, metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, operation, operationName }) {
          const scope = currentRequestScope();
          const name = operationName ?? operation?.name?.value ?? 'anonymous';
          const type = operation?.operation ?? 'unknown';
          const seconds = (performance.now() - started) / 1000;
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((error) => String(error.extensions?.code ?? 'UNKNOWN'));
          for (const code of codes) metrics.errors.inc({ code });
          metrics.requestDuration.observe({ operation: name, type }, seconds);
          if (scope) metrics.statementsPerRequest.observe({ operation: name }, scope.statements);
          // Requests served in-process (CLI, tests) have no scope and are not logged.
          if (!contextValue.request) return;
          logger.info('graphql request', {
            requestId: contextValue.request.id,
            operation: name,
            type,
            status: response.http.status ?? 200,
            durationMs: Math.round(seconds * 10_000) / 10,
            statements: scope?.statements ?? 0,
            cypherMs: Math.round((scope?.cypherMs ?? 0) * 10) / 10,
            caller: contextValue.principal.kind === 'key' ? contextValue.principal.keyId : contextValue.principal.kind,
            ...(codes.length ? { errors: codes } : {}),
          });
        },
      };
    },
  };
}
