import { ApolloServerPlugin } from '@apollo/server';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { Config } from '../config';
import { ErrorCode, ServiceError, UnauthenticatedError } from '../errors';
import { Context } from '../graphql/context';
import { clientError } from './client-error';

/**
 * Who may send what, before anything runs: when reads need a key, an anonymous request is
 * UNAUTHENTICATED; every request spends one point of its caller's budget for a minute — its key,
 * or its address without one — with writes on a separate, smaller budget. Over budget is 429
 * with Retry-After. (Each replica counts its own requests; behind a load balancer the budget is per replica.)
 */
export function accessPlugin(config: Pick<Config, 'rateLimits' | 'access'>): ApolloServerPlugin<Context> {
  const reads = new RateLimiterMemory({ points: config.rateLimits.readsPerMinute, duration: 60 });
  const writes = new RateLimiterMemory({ points: config.rateLimits.writesPerMinute, duration: 60 });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const { principal, request } = contextValue;
          // In-process calls (the CLI, tests through executeOperation) have no client to limit.
          if (!request || !operation) return;
          if (config.access.readsNeedKey && principal.kind === 'anonymous') {
            throw clientError(new UnauthenticatedError('This service requires an API key for every request: send "Authorization: Bearer <key>".'), 401);
          }
          const isWrite = operation.operation === 'mutation';
          const caller = principal.kind === 'key' ? `key:${principal.keyId}` : `address:${request.clientAddress}`;
          try {
            await (isWrite ? writes : reads).consume(caller);
          } catch (refusal) {
            if (!(refusal instanceof RateLimiterRes)) throw refusal;
            const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
            const perMinute = isWrite ? config.rateLimits.writesPerMinute : config.rateLimits.readsPerMinute;
            const error = new ServiceError(
              ErrorCode.RATE_LIMITED,
              `Too many ${isWrite ? 'writes' : 'requests'}: ${perMinute} a minute are allowed for ${principal.kind === 'key' ? 'this key' : 'this address'}. Try again in ${seconds} s.`,
              { retryAfterSeconds: seconds, limitPerMinute: perMinute },
            );
            throw clientError(error, 429, { 'retry-after': String(seconds) });
          }
        },
      };
    },
  };
}
