import { NotFoundError } from '../../errors';
import {
  DEFAULT_RELATION_TYPES, EntityRecord, EXPORT_LIMITS, ExportEdge, ExportQuery, ExportSelection, GraphExport, RELATION_TYPES, RelationRecord, relationIdOf, RelationType,
} from '../../model';
import { DocumentRepository } from '../../repositories/document.repository';
import { EntityRepository } from '../../repositories/entity.repository';
import { ExportRepository } from '../../repositories/export.repository';
import { NeighborhoodService } from '../analysis/neighborhood.service';
import { PathService } from '../analysis/path.service';
import { relationLabel } from '../analysis/relation-labels';
import { NetworkService } from '../query/network.service';
import { entityPages, relationPages } from './graph-pages';

export interface ExportSources {
  networks: NetworkService;
  neighborhoods: NeighborhoodService;
  paths: PathService;
  entities: EntityRepository;
  documents: DocumentRepository;
  exports: ExportRepository;
}

/**
 * The graph data a selection names, ready for a writer. A selection is resolved by the service
 * the API answers it with (district, neighborhood, path), so an export holds what the API shows;
 * a reference naming nothing is NOT_FOUND before anything is written. The whole graph is read
 * page by page while it is written.
 */
export class ExportService {
  constructor(
    private readonly sources: ExportSources,
    /** Rows a page of a whole-graph export reads. */
    private readonly batchSize: number = EXPORT_LIMITS.batchSize,
  ) {}

  async open(query: ExportQuery): Promise<GraphExport> {
    const { selection, types } = query;
    switch (selection.kind) {
      case 'graph':
        return this.wholeGraph(types ?? DEFAULT_RELATION_TYPES);
      case 'district':
        return this.district(selection.reference, types);
      case 'neighborhood':
        return this.neighborhood(selection, types);
      case 'path':
        return this.paths(selection, types);
      case 'document':
        return this.document(selection.id, types ?? RELATION_TYPES);
    }
  }

  /** Every entity, and the relationships of `types` between them (the gazetteer's PART_OF only when asked for). */
  private wholeGraph(types: readonly RelationType[]): GraphExport {
    const { exports } = this.sources;
    return {
      name: 'graph',
      nodes: { [Symbol.asyncIterator]: () => entityPages(exports, this.batchSize) },
      edges: { [Symbol.asyncIterator]: () => relationPages(exports, types, this.batchSize) },
      size: () => exports.graphSize(types),
    };
  }

  /** The district's network as the `district` query gives it, with the bodies of the district its relationships start from. */
  private async district(reference: string, types: readonly RelationType[] | null): Promise<GraphExport> {
    const network = await this.sources.networks.districtNetwork(/^\d{6}$/.test(reference) ? { code: reference } : { name: reference });
    if (!network) {
      throw new NotFoundError(`No Shanghai district is named or coded "${reference}" (given as "district"). Give its name (嘉定区, 嘉定) or its six-digit code (310114).`, {
        argumentName: 'district',
        value: reference,
      });
    }
    const relations = network.relations.filter((relation) => !types || types.includes(relation.type as RelationType));
    const known = [network.district, ...network.targets];
    const knownIds = new Set(known.map((entity) => entity.id));
    const helperIds = [...new Set(relations.map((relation) => relation.from))].filter((id) => !knownIds.has(id));
    const helpers = (await this.sources.entities.byIds(helperIds)).filter((entity): entity is EntityRecord => entity !== null);
    const ends = new Set([network.district.id, ...relations.flatMap((relation) => [relation.from, relation.to])]);
    return inMemory(`district-${network.district.id}`, [...known, ...helpers].filter((entity) => ends.has(entity.id)), relations);
  }

  /** The neighbourhood as the `neighborhood` query gives it, each edge with all its stored properties. */
  private async neighborhood(selection: Extract<ExportSelection, { kind: 'neighborhood' }>, types: readonly RelationType[] | null): Promise<GraphExport> {
    const found = await this.sources.neighborhoods.neighborhood(selection.reference, { depth: selection.depth, limit: selection.limit, relationTypes: types });
    const wanted = new Set(found.edges.map((edge) => edge.id));
    const pairs = [...new Map(found.edges.map((edge) => [`${edge.source}>${edge.target}#${edge.type}`, { from: edge.source, to: edge.target, type: edge.type }])).values()];
    const relations = (await this.sources.exports.relationsBetween(pairs)).filter((relation) => wanted.has(relationIdOf(relation)));
    return inMemory(`neighborhood-${found.nodes[0]?.id ?? selection.reference}-depth${selection.depth}`, found.nodes, relations);
  }

  /** The shortest paths as the `path` query finds them: their nodes and relationships, each once. */
  private async paths(selection: Extract<ExportSelection, { kind: 'path' }>, types: readonly RelationType[] | null): Promise<GraphExport> {
    const paths = await this.sources.paths.shortestPaths(selection.from, selection.to, { maxHops: selection.maxHops, k: selection.k, relationTypes: types });
    const nodes = paths.flatMap((path) => path.nodes);
    const relations = paths.flatMap((path) => path.steps.map((step) => step.relation));
    return inMemory(`path-${selection.from}-${selection.to}`, nodes, relations);
  }

  /** The entities a document mentions and the relationships it states, with their other ends. */
  private async document(id: string, types: readonly RelationType[]): Promise<GraphExport> {
    const [document] = await this.sources.documents.byIds([id], false);
    if (!document) {
      throw new NotFoundError(`No document has the id "${id}" (given as "document"). The documents query lists them.`, { argumentName: 'document', value: id });
    }
    const [[mentioned], stated] = await Promise.all([this.sources.documents.mentionsOf([id]), this.sources.exports.documentRelations(id, types)]);
    const nodes = [...mentioned, ...stated.flatMap((found) => [found.from, found.to])];
    return inMemory(`document-${id}`, nodes, stated.map((found) => found.relation));
  }
}

/** A selection already read: nodes once each, edges once each, every edge between two of the nodes. */
function inMemory(name: string, entities: readonly EntityRecord[], relations: readonly RelationRecord[]): GraphExport {
  const nodes = [...new Map(entities.map((entity) => [entity.id, entity])).values()];
  const names = new Map(nodes.map((node) => [node.id, node.name]));
  const edges = new Map<string, ExportEdge>();
  for (const relation of relations) {
    const id = relationIdOf(relation);
    if (!edges.has(id) && names.has(relation.from) && names.has(relation.to)) {
      edges.set(id, { id, relation, label: relationLabel(relation), fromName: names.get(relation.from)!, toName: names.get(relation.to)! });
    }
  }
  return { name: fileSafe(name), nodes, edges: [...edges.values()] };
}

/** Letters (Chinese included), digits, `.`, `_` and `-`; anything else (`:` of organisation ids, spaces) becomes `_`. */
function fileSafe(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 120);
}
