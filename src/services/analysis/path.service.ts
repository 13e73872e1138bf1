import { BadUserInputError } from '../../errors';
import { Direction, PATH_LIMITS, RELATION_TYPES, RelationType } from '../../model';
import { AnalysisRepository, PathQuery } from '../../repositories/analysis.repository';
import { AnalysedPath, analysePath, routeOf } from './explain-path';
import { referenceTexts, requireFound } from './resolve-refs';
import { requireIntegerInRange } from '../arguments';

export interface PathOptions {
  maxHops?: number | null;
  relationTypes?: readonly RelationType[] | null;
  direction?: Direction | null;
  excludeLabels?: readonly string[] | null;
  excludePartOf?: boolean | null;
  k?: number | null;
}

export interface ConnectionGroup {
  /** The shape shared by the group's paths: `District -PAIRS_WITH-> County <-PART_OF- Township`. */
  route: string;
  length: number;
  paths: AnalysedPath[];
  /** True when the cap on paths was reached: this and other routes may have more. */
  truncated: boolean;
}

/** How relationships between two entities run: the shortest paths, and every route up to a few hops. */
export class PathService {
  constructor(private readonly analysis: AnalysisRepository) {}

  /** The k shortest distinct paths (no node twice), shortest first; [] when none is within reach. */
  async shortestPaths(from: string, to: string, options: PathOptions = {}): Promise<AnalysedPath[]> {
    const query = pathQuery(options);
    const refs = referenceTexts({ from, to });
    const found = await this.analysis.shortestPaths(refs.from, refs.to, query);
    const ends = requireFound(refs, found);
    if (ends.from.id === ends.to.id) return [analysePath([ends.from], [])];
    return found.paths.map((path) => analysePath(path.nodes, path.relationships));
  }

  /** Every path of up to `maxHops` relationships (at most 200, shortest first), grouped by route. */
  async connections(a: string, b: string, maxHops: number): Promise<ConnectionGroup[]> {
    const cap = PATH_LIMITS.maxConnections;
    const query = pathQuery({ maxHops, k: 1 }, PATH_LIMITS.connectionHops);
    const refs = referenceTexts({ a, b });
    const found = await this.analysis.shortestPaths(refs.a, refs.b, { ...query, limit: cap + 1 });
    requireFound(refs, { a: found.from, b: found.to });
    const truncated = found.paths.length > cap;
    const groups = new Map<string, ConnectionGroup>();
    for (const record of found.paths.slice(0, cap)) {
      const path = analysePath(record.nodes, record.relationships);
      const route = routeOf(path);
      const group = groups.get(route) ?? { route, length: path.length, paths: [], truncated };
      group.paths.push(path);
      groups.set(route, group);
    }
    return [...groups.values()].sort((x, y) => x.length - y.length || y.paths.length - x.paths.length || x.route.localeCompare(y.route));
  }
}

/** Checks the options a client sent and fills in the defaults. */
function pathQuery(options: PathOptions, hopCeiling: number = PATH_LIMITS.maxHops): PathQuery {
  const maxHops = requireIntegerInRange('maxHops', options.maxHops ?? PATH_LIMITS.defaultHops, hopCeiling, 'Longer paths explain little and cost much.');
  const k = requireIntegerInRange('k', options.k ?? 1, PATH_LIMITS.maxK);
  const wanted = options.relationTypes?.length ? options.relationTypes : RELATION_TYPES;
  const types = wanted.filter((type) => !(options.excludePartOf && type === 'PART_OF'));
  if (types.length === 0) {
    throw new BadUserInputError('No relationship type is left to walk: "relationTypes" holds only PART_OF and "excludePartOf" removes it.', {
      argumentName: 'relationTypes',
    });
  }
  return { maxHops, types, direction: options.direction ?? 'BOTH', excludeLabels: options.excludeLabels ?? [], limit: k };
}
