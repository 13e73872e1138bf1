import {
  Direction, EXCLUDABLE_LABELS, isRelationType, NEIGHBORHOOD_LIMITS, NeighborhoodRecord, PATH_LIMITS, PathRecord, RelationType, ScopeParams,
} from '../model';
import { cypherText } from '../neo4j/cypher-files';
import { CypherExecutor, Params, Row } from '../neo4j/executor';

const EXCLUDABLE = new Set<string>(EXCLUDABLE_LABELS);

/** One relationship step in each direction: the only shapes a path pattern is built from. */
const HOP_SHAPES: Record<Direction, (types: string) => string> = {
  OUT: (types) => `-[r:${types}]->`,
  IN: (types) => `<-[r:${types}]-`,
  BOTH: (types) => `-[r:${types}]-`,
};

export interface PathQuery {
  maxHops: number;
  types: readonly RelationType[];
  direction: Direction;
  excludeLabels: readonly string[];
  /** Entities a path may not pass through (the ends are exempt). */
  excludeIds: readonly string[];
  /** Every path of the minimum length (up to `limit`) instead of the `limit` shortest. */
  allShortest: boolean;
  /** Paths kept; for k > 1 twice as many are asked for, since detours through a node twice are dropped. */
  limit: number;
  scope: ScopeParams;
}

export interface NeighborhoodQuery {
  depth: number;
  limit: number;
  types: readonly RelationType[];
  scope: ScopeParams;
}

/**
 * Path and neighbourhood queries. Hop bounds, relationship types, directions and labels cannot
 * be Cypher parameters, so they are checked again here against the model's allow-lists and
 * ceilings and templated as fixed fragments; everything else travels as parameters.
 */
export class AnalysisRepository {
  constructor(
    private readonly executor: CypherExecutor,
    /** Database-side limit for one path or neighbourhood query, shorter than the default. */
    private readonly timeoutMs: number,
  ) {}

  /** The shortest simple paths between two entities (by id), shortest first; none when they are one. */
  async shortestPaths(fromId: string, toId: string, query: PathQuery): Promise<PathRecord[]> {
    const maxHops = checkedInteger(query.maxHops, 1, PATH_LIMITS.maxHops, 'maxHops');
    const limit = checkedInteger(query.limit, 1, PATH_LIMITS.maxFetched, 'limit');
    const fragments = {
      // The shortest trail between two nodes never passes one twice (cutting the loop would be
      // shorter), so a single path, or all of the minimum length, need no spare; the k > 1 next-shortest may.
      SELECTOR: query.allShortest ? 'ALL SHORTEST' : `SHORTEST ${limit === 1 ? 1 : 2 * limit}`,
      HOP: HOP_SHAPES[checkedDirection(query.direction)](typeExpression(query.types)),
      MAX_HOPS: String(maxHops),
      NODE_FILTER: query.excludeLabels.length ? `NOT n:${labelExpression(query.excludeLabels)}` : 'true',
    };
    const [row] = await this.bounded('analysis/shortest-paths', { from: fromId, to: toId, excludeIds: query.excludeIds, limit, ...query.scope }, fragments);
    return (row?.paths as PathRecord[]) ?? [];
  }

  /**
   * The entity of that id and the entities within `depth` hops of it, breadth first, at most
   * `limit`, with the relationships among them.
   */
  async neighborhood(centerId: string, query: NeighborhoodQuery): Promise<NeighborhoodRecord> {
    const depth = checkedInteger(query.depth, 1, NEIGHBORHOOD_LIMITS.maxDepth, 'depth');
    const limit = checkedInteger(query.limit, 1, NEIGHBORHOOD_LIMITS.maxNodes, 'limit');
    const types = typeExpression(query.types);
    const edgeLimit = 4 * limit;
    const [row] = await this.bounded(
      'analysis/neighborhood',
      { center: centerId, limit, fetch: limit + 1, edgeFetch: edgeLimit + 1, ...query.scope },
      { TYPES: types, HOPS: Array.from({ length: depth }, () => hopBlock(types)).join('\n') },
    );
    if (!row) return { center: null, nodes: [], edges: [], truncated: false };
    const { nodes, edges } = row as Pick<NeighborhoodRecord, 'nodes' | 'edges'>;
    return { center: nodes[0], nodes, edges: edges.slice(0, edgeLimit), truncated: (row.truncated as boolean) || edges.length > edgeLimit };
  }

  /** A read under the shorter time limit of analyses, so no path search runs unbounded. */
  private bounded(name: string, params: Params, fragments: Record<string, string>): Promise<Row[]> {
    return this.executor.read(name, params, fragments, this.timeoutMs);
  }
}

/**
 * One breadth-first hop: at most `$fetch` new nodes next to the frontier (the read stops there),
 * of which only what the limit leaves room for is kept.
 */
function hopBlock(types: string): string {
  return `CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)-[r:${types}]-(n:Entity)
  WHERE NOT n IN seen AND ${cypherText('fragments/step-in-scope')}
  WITH DISTINCT n LIMIT $fetch
  RETURN collect(n) AS found
}
WITH center, seen, found, $limit - size(seen) AS room, truncated
WITH center, seen + found[..room] AS seen, found[..room] AS frontier, truncated OR size(found) > room AS truncated`;
}

function typeExpression(types: readonly RelationType[]): string {
  if (types.length === 0 || types.some((type) => !isRelationType(type))) throw new Error(`not allow-listed relationship types: ${types.join(', ')}`);
  return [...new Set(types)].join('|');
}

function labelExpression(labels: readonly string[]): string {
  if (labels.some((label) => !EXCLUDABLE.has(label))) throw new Error(`not allow-listed labels: ${labels.join(', ')}`);
  return [...new Set(labels)].join('|');
}

function checkedDirection(direction: Direction): Direction {
  if (!(direction in HOP_SHAPES)) throw new Error(`not a direction: ${direction}`);
  return direction;
}

function checkedInteger(value: number, min: number, max: number, name: string): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer from ${min} to ${max}; got ${value}`);
  return value;
}
