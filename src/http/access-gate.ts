import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { Config } from '../config';
import { ErrorCode, ServiceError, UnauthenticatedError } from '../errors';
import { Principal } from '../model';

/** A refusal with the HTTP status (and headers) to answer it with. */
export class AccessRefusal extends Error {
  constructor(
    readonly error: ServiceError,
    readonly status: number,
    readonly headers: Record<string, string> = {},
  ) {
    super(error.message);
  }
}

/** Who may read or write over HTTP, checked before anything runs; GraphQL and /export share one budget. */
export interface AccessGate {
  /** Resolves when `principal` may send this request; rejects with an AccessRefusal otherwise. */
  admit(principal: Principal, clientAddress: string, kind: 'read' | 'write'): Promise<void>;
}

/**
 * When reads need a key, an anonymous request is UNAUTHENTICATED (401); every request spends one
 * point of its caller's budget for a minute — its key, or its address without one — with writes on
 * a separate, smaller budget. Over budget is 429 with Retry-After. (Each replica counts its own
 * requests; behind a load balancer the budget is per replica.)
 */
export function createAccessGate(config: Pick<Config, 'rateLimits' | 'access'>): AccessGate {
  const budgets = {
    read: new RateLimiterMemory({ points: config.rateLimits.readsPerMinute, duration: 60 }),
    write: new RateLimiterMemory({ points: config.rateLimits.writesPerMinute, duration: 60 }),
  };
  return {
    async admit(principal, clientAddress, kind) {
      if (config.access.readsNeedKey && principal.kind === 'anonymous') {
        throw new AccessRefusal(new UnauthenticatedError('This service requires an API key for every request: send "Authorization: Bearer <key>".'), 401);
      }
      const caller = principal.kind === 'key' ? `key:${principal.keyId}` : `address:${clientAddress}`;
      try {
        await budgets[kind].consume(caller);
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
        const perMinute = kind === 'write' ? config.rateLimits.writesPerMinute : config.rateLimits.readsPerMinute;
        const error = new ServiceError(
          ErrorCode.RATE_LIMITED,
          `Too many ${kind === 'write' ? 'writes' : 'requests'}: ${perMinute} a minute are allowed for ${principal.kind === 'key' ? 'this key' : 'this address'}. Try again in ${seconds} s.`,
          { retryAfterSeconds: seconds, limitPerMinute: perMinute },
        );
        throw new AccessRefusal(error, 429, { 'retry-after': String(seconds) });
      }
    },
  };
}
