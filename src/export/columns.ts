import { EntityRecord, ExportEdge, kindOf } from '../model';

/** The value types GraphML declares (attr.type); CSV writes them as text. */
export type ColumnType = 'string' | 'int' | 'double' | 'boolean';
export type Cell = string | number | boolean | undefined;

/** One attribute of a node or an edge, in every tabular format alike. */
export interface Column<T> {
  name: string;
  type: ColumnType;
  value(row: T): unknown;
}

/** Ids of documents and other short lists: `;` occurs in none of them. */
export const LIST_SEPARATOR = ';';
/** Evidence sentences, one a line (a quoted CSV cell keeps its line breaks). */
export const EVIDENCE_SEPARATOR = '\n';

const list = (value: unknown): string | undefined => (Array.isArray(value) && value.length > 0 ? value.map(String).join(LIST_SEPARATOR) : undefined);
const sentences = (value: unknown): string | undefined => (Array.isArray(value) && value.length > 0 ? value.map(String).join(EVIDENCE_SEPARATOR) : undefined);
const property = <T extends Record<string, unknown>>(name: string, type: ColumnType = 'string'): Column<T> => ({ name, type, value: (row) => row[name] });

/** Node attributes: identity, kind, official codes, figures of projects, provenance. */
export const NODE_COLUMNS: readonly Column<EntityRecord>[] = [
  { name: 'id', type: 'string', value: (node) => node.id },
  // Gephi shows the attribute called `label` on a node.
  { name: 'label', type: 'string', value: (node) => node.name },
  { name: 'name', type: 'string', value: (node) => node.name },
  { name: 'kind', type: 'string', value: (node) => kindOf(node.labels) },
  { name: 'labels', type: 'string', value: (node) => list(node.labels) },
  property('code'),
  property('provinceCode'),
  property('officialName'),
  { name: 'aliases', type: 'string', value: (node) => list(node.aliases) },
  property('unresolved', 'boolean'),
  property('amountWan', 'double'),
  property('year', 'int'),
  property('confidence', 'double'),
  property('needsReview', 'boolean'),
  { name: 'sources', type: 'string', value: (node) => list(node.sources) },
  { name: 'evidence', type: 'string', value: (node) => sentences(node.evidence) },
];

const relationProperty = (name: string, type: ColumnType = 'string'): Column<ExportEdge> => ({ name, type, value: (edge) => edge.relation[name] });

/** Edge attributes besides its id and endpoints: type, label, the properties of the model's relationships, provenance. */
export const EDGE_COLUMNS: readonly Column<ExportEdge>[] = [
  { name: 'type', type: 'string', value: (edge) => edge.relation.type },
  { name: 'label', type: 'string', value: (edge) => edge.label },
  relationProperty('mode'),
  relationProperty('since', 'int'),
  relationProperty('until', 'int'),
  relationProperty('amountWan', 'double'),
  relationProperty('amountText'),
  relationProperty('qualifier'),
  relationProperty('period'),
  relationProperty('year', 'int'),
  relationProperty('purpose'),
  relationProperty('planned', 'boolean'),
  relationProperty('households', 'int'),
  relationProperty('people', 'int'),
  relationProperty('poorPeople', 'int'),
  relationProperty('count', 'int'),
  relationProperty('batches', 'int'),
  relationProperty('role'),
  relationProperty('official', 'boolean'),
  relationProperty('confidence', 'double'),
  relationProperty('needsReview', 'boolean'),
  { name: 'sources', type: 'string', value: (edge) => list(edge.relation.sources) },
  { name: 'evidence', type: 'string', value: (edge) => sentences(edge.relation.evidence) },
];

/**
 * A column's value of a row, as its type allows: a number where a number is declared (a stored
 * value of another kind is left out rather than breaking a reader's parse), text otherwise.
 */
export function cellOf<T>(column: Column<T>, row: T): Cell {
  const value = column.value(row);
  if (value === null || value === undefined) return undefined;
  switch (column.type) {
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
    case 'double':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    default:
      return Array.isArray(value) ? list(value) : String(value);
  }
}
