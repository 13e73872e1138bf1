import { t } from './i18n';

/** The one module that talks to the service: POST /graphql, the public API, nothing else. */

export const KEY_STORAGE = 'kg-api-key';

/** An error the service or the network gave, as a sentence a person can act on. */
export class ApiError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
  /** The service wants a key (or a stronger one) for this. */
  get needsKey(): boolean {
    return this.code === 'UNAUTHENTICATED' || this.code === 'FORBIDDEN';
  }
}

let pending = 0;
const listeners = new Set<(busy: boolean) => void>();
/** Called with true when a request starts and nothing else was in flight, false when the last ends. */
export function onBusy(listener: (busy: boolean) => void): void {
  listeners.add(listener);
}
function busy(delta: number): void {
  const before = pending > 0;
  pending += delta;
  if (before !== pending > 0) for (const listener of listeners) listener(pending > 0);
}

export function apiKey(): string | null {
  return sessionStorage.getItem(KEY_STORAGE);
}
export function setApiKey(key: string | null): void {
  if (key) sessionStorage.setItem(KEY_STORAGE, key);
  else sessionStorage.removeItem(KEY_STORAGE);
}

/** Runs one operation; resolves with its data, rejects with an ApiError carrying the first error's sentence. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const key = apiKey();
  if (key) headers.authorization = `Bearer ${key}`;
  busy(1);
  try {
    let response: Response;
    try {
      response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError(t('error.network', { detail: (error as Error).message }));
    }
    let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      body = await response.json();
    } catch {
      throw new ApiError(t('error.http', { status: response.status }));
    }
    if (body.errors?.length) {
      const [first] = body.errors;
      throw new ApiError(first.message, first.extensions?.code);
    }
    if (!response.ok || !body.data) throw new ApiError(t('error.http', { status: response.status }));
    return body.data;
  } finally {
    busy(-1);
  }
}

// The fields every view shows of an entity in a list or a link.
export const ENTITY_REF = 'id name type ... on Area { code }';
export const EVIDENCE = 'sentence start end documentId caption document { id title }';

export interface EntityRef {
  id: string;
  name: string;
  type: string;
  code?: string | null;
}
export interface Evidence {
  sentence: string;
  start: number;
  end: number;
  documentId: string;
  caption: boolean;
  document: { id: string; title: string } | null;
}
export interface DocumentRef {
  id: string;
  title: string;
}
