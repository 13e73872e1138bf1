import { ApolloServerPlugin } from '@apollo/server';
import { Context } from '../graphql/context';
import { AccessGate, AccessRefusal } from './access-gate';
import { clientError } from './client-error';

/**
 * The access gate before any GraphQL operation runs: a refusal (no key where reads need one,
 * over budget) is answered with its status, before anything is looked up.
 */
export function accessPlugin(gate: AccessGate): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const { principal, request } = contextValue;
          // In-process calls (the CLI, tests through executeOperation) have no client to limit.
          if (!request || !operation) return;
          try {
            await gate.admit(principal, request.clientAddress, operation.operation === 'mutation' ? 'write' : 'read');
          } catch (refusal) {
            if (!(refusal instanceof AccessRefusal)) throw refusal;
            throw clientError(refusal.error, refusal.status, Object.keys(refusal.headers).length ? refusal.headers : undefined);
          }
        },
      };
    },
  };
}
