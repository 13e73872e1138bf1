import { Driver } from 'neo4j-driver';
import { Gazetteer } from '../../src/gazetteer/gazetteer';

/** A seeded source of randomness, so two runs of the bench ask the same questions. */
export interface BenchRandom {
  /** In [0, 1). */
  next(): number;
  int(min: number, maxInclusive: number): number;
  pick<T>(items: readonly T[]): T;
}

/** What a case may read once before it is timed (ids to pick from, say). */
export interface BenchSetup {
  gazetteer: Gazetteer;
  driver: Driver;
  database?: string;
}

/**
 * One question asked twice per iteration: through GraphQL, and as hand-written Cypher through
 * the driver. A case is a module in test/bench/cases exporting `benchCase`; the runner times
 * every module it finds there.
 */
export interface BenchCase<V = Record<string, unknown>> {
  name: string;
  prepare?(setup: BenchSetup): Promise<void>;
  variables(random: BenchRandom): V;
  graphql(vars: V): { query: string; variables?: Record<string, unknown> };
  cypher(vars: V): { query: string; params?: Record<string, unknown> };
  /**
   * What both answers must agree on (ids in order, say), so that "the same question" is checked
   * and not only claimed: the runner counts the iterations where the two differ.
   */
  answers?: {
    graphql(data: Record<string, unknown>): unknown;
    cypher(rows: Record<string, unknown>[]): unknown;
  };
}

export function seededRandom(seed: number): BenchRandom {
  let state = seed >>> 0;
  const next = (): number => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}
