import { Writable } from 'node:stream';
import { EntityKind, EntityRecord, ExportEdge, GraphExport, kindOf } from '../model';
import { OnRows, Output, WrittenCounts } from './output';

/** schema.org types of the kinds: areas are administrative areas, organisations what schema.org calls them. */
const SCHEMA_TYPES: Record<EntityKind, string> = {
  Province: 'schema:AdministrativeArea',
  Prefecture: 'schema:AdministrativeArea',
  County: 'schema:AdministrativeArea',
  District: 'schema:AdministrativeArea',
  Township: 'schema:AdministrativeArea',
  Village: 'schema:AdministrativeArea',
  Enterprise: 'schema:Organization',
  School: 'schema:School',
  Hospital: 'schema:Hospital',
  Agency: 'schema:GovernmentOrganization',
  SocialOrganization: 'schema:NGO',
  Project: 'schema:Project',
};

/**
 * schema.org names where one fits, Wikidata's P442 (China administrative division code) for the
 * official code, and the graph's own terms (kind, relationships, evidence) under `kg:`.
 */
export const JSONLD_CONTEXT = {
  '@version': 1.1,
  schema: 'https://schema.org/',
  wdt: 'http://www.wikidata.org/prop/direct/',
  kg: 'urn:pairing-graph:vocab:',
  entity: 'urn:pairing-graph:entity:',
  relation: 'urn:pairing-graph:relation:',
  document: 'urn:pairing-graph:document:',
  identifier: 'schema:identifier',
  name: 'schema:name',
  alternateName: 'schema:alternateName',
  code: 'wdt:P442',
  provinceCode: 'kg:provinceCode',
  kind: 'kg:kind',
  Relation: 'kg:Relation',
  relationType: 'kg:relationType',
  label: 'kg:label',
  from: { '@id': 'kg:from', '@type': '@id' },
  to: { '@id': 'kg:to', '@type': '@id' },
  properties: { '@id': 'kg:properties', '@type': '@json' },
  evidence: { '@id': 'kg:evidence', '@container': '@list' },
  sources: { '@id': 'schema:isBasedOn', '@type': '@id' },
} as const;

/** What a relationship's `properties` leave out: its identity and provenance, given on their own. */
const NOT_PROPERTIES = new Set(['type', 'from', 'to', 'sources', 'evidence', 'evidenceKeys', 'captionKeys']);

/**
 * JSON-LD: one document with the @context and a @graph of the nodes, then the edges (objects of
 * type Relation with their type, ends, properties and evidence), written item by item.
 */
export async function writeJsonLd(graph: GraphExport, stream: Writable, onRows?: OnRows): Promise<WrittenCounts> {
  const out = new Output(stream);
  const counts = { nodes: 0, edges: 0 };
  await out.write(`{\n"@context": ${JSON.stringify(JSONLD_CONTEXT)},\n"@graph": [`);
  let separator = '\n';
  for await (const node of graph.nodes) {
    await out.write(separator + JSON.stringify(nodeObject(node)));
    separator = ',\n';
    counts.nodes++;
    onRows?.(counts);
  }
  for await (const edge of graph.edges) {
    await out.write(separator + JSON.stringify(edgeObject(edge)));
    separator = ',\n';
    counts.edges++;
    onRows?.(counts);
  }
  await out.write('\n]\n}\n');
  await out.flush();
  return counts;
}

const entityIri = (id: string) => `entity:${encodeURIComponent(id)}`;
const documentIris = (sources: string[] | undefined) => (sources?.length ? sources.map((id) => `document:${encodeURIComponent(id)}`) : undefined);
const nonEmpty = (values: string[] | undefined) => (values?.length ? values : undefined);

function nodeObject(node: EntityRecord): Record<string, unknown> {
  const kind = kindOf(node.labels);
  return {
    '@id': entityIri(node.id),
    '@type': SCHEMA_TYPES[kind],
    identifier: node.id,
    name: node.name,
    alternateName: nonEmpty(node.aliases),
    kind,
    code: node.code,
    provinceCode: node.provinceCode,
    sources: documentIris(node.sources),
    evidence: nonEmpty(node.evidence),
  };
}

function edgeObject(edge: ExportEdge): Record<string, unknown> {
  const { relation } = edge;
  const properties = Object.fromEntries(Object.entries(relation).filter(([name, value]) => !NOT_PROPERTIES.has(name) && value !== null && value !== undefined));
  return {
    '@id': `relation:${encodeURIComponent(edge.id)}`,
    '@type': 'Relation',
    relationType: relation.type,
    label: edge.label,
    from: entityIri(relation.from),
    to: entityIri(relation.to),
    properties,
    sources: documentIris(relation.sources),
    evidence: nonEmpty(relation.evidence),
  };
}
