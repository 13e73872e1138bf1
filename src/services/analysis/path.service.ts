import { BadUserInputError } from '../../errors';
import { Direction, FactScope, PATH_LIMITS, RELATION_TYPES, RelationType, ScopeParams } from '../../model';
import { AnalysisRepository, PathQuery } from '../../repositories/analysis.repository';
import { EntityReferences } from '../references/entity-references';
import { FactScopes } from '../references/fact-scope';
import { AnalysedPath, analysePath, routeOf } from './explain-path';
import { requireIntegerInRange } from '../arguments';

export interface PathOptions {
  maxHops?: number | null;
  relationTypes?: readonly RelationType[] | null;
  direction?: Direction | null;
  excludeLabels?: readonly string[] | null;
  excludePartOf?: boolean | null;
  /** References to entities a path may not pass through. */
  excludeNodes?: readonly string[] | null;
  k?: number | null;
  allShortest?: boolean | null;
  scope?: FactScope | null;
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
  constructor(
    private readonly analysis: AnalysisRepository,
    private readonly references: EntityReferences,
    private readonly scopes: FactScopes,
  ) {}

  /**
   * The k shortest distinct paths (no node twice), or with `allShortest` every path of the
   * minimum length, shortest first; [] when none is within reach.
   */
  async shortestPaths(from: string, to: string, options: PathOptions = {}): Promise<AnalysedPath[]> {
    const checked = pathOptions(options);
    const [ends, excluded, scope] = await Promise.all([
      this.references.require({ from: { text: from }, to: { text: to } }),
      this.references.requireAll('excludeNodes', options.excludeNodes ?? []),
      this.scopes.params(options.scope, 'EVER'),
    ]);
    if (ends.from.id === ends.to.id) return [analysePath([ends.from], [])];
    const paths = await this.analysis.shortestPaths(ends.from.id, ends.to.id, query(checked, excluded.map((entity) => entity.id), scope));
    return paths.map((path) => analysePath(path.nodes, path.relationships));
  }

  /** Every path of up to `maxHops` relationships (at most 200, shortest first), grouped by route. */
  async connections(a: string, b: string, maxHops: number): Promise<ConnectionGroup[]> {
    const cap = PATH_LIMITS.maxConnections;
    const checked = pathOptions({ maxHops, k: 1 }, PATH_LIMITS.connectionHops);
    const [ends, scope] = await Promise.all([this.references.require({ a: { text: a }, b: { text: b } }), this.scopes.params(null, 'EVER')]);
    if (ends.a.id === ends.b.id) return [];
    const found = await this.analysis.shortestPaths(ends.a.id, ends.b.id, { ...query(checked, [], scope), limit: cap + 1 });
    const truncated = found.length > cap;
    const groups = new Map<string, ConnectionGroup>();
    for (const record of found.slice(0, cap)) {
      const path = analysePath(record.nodes, record.relationships);
      const route = routeOf(path);
      const group = groups.get(route) ?? { route, length: path.length, paths: [], truncated };
      group.paths.push(path);
      groups.set(route, group);
    }
    return [...groups.values()].sort((x, y) => x.length - y.length || y.paths.length - x.paths.length || x.route.localeCompare(y.route));
  }
}

type CheckedOptions = Omit<PathQuery, 'excludeIds' | 'scope'>;

function query(options: CheckedOptions, excludeIds: string[], scope: ScopeParams): PathQuery {
  return { ...options, excludeIds, scope };
}

/** Checks the options a client sent and fills in the defaults. */
function pathOptions(options: PathOptions, hopCeiling: number = PATH_LIMITS.maxHops): CheckedOptions {
  const maxHops = requireIntegerInRange('maxHops', options.maxHops ?? PATH_LIMITS.defaultHops, hopCeiling, 'Longer paths explain little and cost much.');
  const k = requireIntegerInRange('k', options.k ?? 1, PATH_LIMITS.maxK);
  const wanted = options.relationTypes?.length ? options.relationTypes : RELATION_TYPES;
  const types = wanted.filter((type) => !(options.excludePartOf && type === 'PART_OF'));
  if (types.length === 0) {
    throw new BadUserInputError('No relationship type is left to walk: "relationTypes" holds only PART_OF and "excludePartOf" removes it.', {
      argumentName: 'relationTypes',
    });
  }
  const allShortest = options.allShortest === true;
  if (allShortest && options.k != null && options.k !== 1) {
    throw new BadUserInputError('Give "k" or "allShortest", not both: allShortest already returns every path of the minimum length.', { argumentName: 'k' });
  }
  return {
    maxHops,
    types,
    direction: options.direction ?? 'BOTH',
    excludeLabels: options.excludeLabels ?? [],
    allShortest,
    limit: allShortest ? PATH_LIMITS.maxAllShortest : k,
  };
}
