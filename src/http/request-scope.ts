import { AsyncLocalStorage } from 'node:async_hooks';

/** One HTTP request's own counters, visible to everything that runs on its behalf. */
export interface RequestScope {
  id: string;
  statements: number;
  cypherMs: number;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(scope: RequestScope, work: () => Promise<T>): Promise<T> {
  return storage.run(scope, work);
}

/** The scope of the request being served, if this runs on behalf of one (not for the CLI or tests in-process). */
export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}
