/**
 * Which facts an answer is computed from: those of chosen documents, and those of a time. Every
 * list, aggregate and path takes the same scope.
 */
export const PERIODS = {
  CURRENT: { description: 'Only pairings that have not ended (no `until`); the default for counts and aggregates.' },
  EVER: { description: 'Every pairing the documents state, ended ones included; the default for lists.' },
} as const;
export type Period = keyof typeof PERIODS;

export interface FactScope {
  /** Only facts these documents state. */
  documents?: readonly string[] | null;
  /** Only facts whose time covers this year (a pairing's since–until, money's year or period). */
  activeIn?: number | null;
  period?: Period | null;
}

/** A scope as the Cypher fragment `fragments/fact-in-scope` reads it. */
export interface ScopeParams {
  documents: string[] | null;
  activeIn: number | null;
  current: boolean;
}

export const SCOPE_LIMITS = { maxDocuments: 200, earliestYear: 1949, latestYear: 2100 } as const;
