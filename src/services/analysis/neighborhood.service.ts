import { EntityRecord, FactScope, NEIGHBORHOOD_LIMITS, RELATION_TYPES, relationIdOf, RelationType } from '../../model';
import { AnalysisRepository } from '../../repositories/analysis.repository';
import { EntityReferences } from '../references/entity-references';
import { FactScopes } from '../references/fact-scope';
import { relationLabel } from './relation-labels';
import { requireIntegerInRange } from '../arguments';

export interface SubgraphEdge {
  /** from>to#TYPE#key, as the Relation id. */
  id: string;
  source: string;
  target: string;
  type: string;
  /** 扶贫协作, 援建, 属于 …: the label to draw on the edge, read from source to target. */
  label: string;
}

export interface Subgraph {
  nodes: EntityRecord[];
  edges: SubgraphEdge[];
  truncated: boolean;
}

export interface NeighborhoodArgs {
  depth: number;
  limit: number;
  relationTypes?: readonly RelationType[] | null;
  /** An area that narrows the reference to the centre (上坝村 within 务川县). */
  within?: string | null;
  scope?: FactScope | null;
}

/** An entity and what lies a few hops around it, ready to draw. */
export class NeighborhoodService {
  constructor(
    private readonly analysis: AnalysisRepository,
    private readonly references: EntityReferences,
    private readonly scopes: FactScopes,
  ) {}

  async neighborhood(id: string, args: NeighborhoodArgs): Promise<Subgraph> {
    requireIntegerInRange('depth', args.depth, NEIGHBORHOOD_LIMITS.maxDepth, 'Ask again from a node at the edge to go further.');
    requireIntegerInRange('limit', args.limit, NEIGHBORHOOD_LIMITS.maxNodes, 'Lower "depth" or filter "relationTypes" to see what matters.');
    const types = args.relationTypes?.length ? args.relationTypes : RELATION_TYPES;
    const [{ id: center }, scope] = await Promise.all([this.references.require({ id: { text: id, within: args.within } }), this.scopes.params(args.scope, 'EVER')]);
    const found = await this.analysis.neighborhood(center.id, { depth: args.depth, limit: args.limit, types, scope });
    const edges = found.edges.map((edge) => ({
      id: relationIdOf(edge),
      source: edge.from,
      target: edge.to,
      type: edge.type,
      label: relationLabel(edge),
    }));
    return { nodes: found.nodes, edges, truncated: found.truncated };
  }
}

