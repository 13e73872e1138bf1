import { BadUserInputError } from '../errors';
import {
  CSV_PARTS, CsvPart, DEFAULT_CSV_PART, EXPORT_FORMATS, EXPORT_LIMITS, ExportFormat, ExportQuery, ExportSelection, isRelationType, RELATION_TYPES, RelationType,
} from '../model';

/** A checked export request: what to write and how. */
export interface ExportRequest {
  format: ExportFormat;
  /** CSV only: which table. */
  part: CsvPart;
  /** CSV only: start with a UTF-8 byte order mark, so Excel reads the Chinese as UTF-8. */
  bom: boolean;
  query: ExportQuery;
}

/** Parameters of each selection; at most one selection per request. */
const SELECTIONS = {
  district: ['district'],
  neighborhood: ['entity', 'depth', 'limit'],
  path: ['from', 'to', 'maxHops', 'k'],
  document: ['document'],
} as const;
const GENERAL = ['format', 'part', 'bom', 'types'] as const;
const KNOWN = new Set<string>([...GENERAL, ...Object.values(SELECTIONS).flat()]);

/**
 * An export request from named parameters — the query string of `GET /export` or the options of
 * `kg export` — checked: BAD_USER_INPUT saying what was expected for an unknown or repeated
 * parameter, format, part or relationship type, a number that is no integer, or two selections
 * at once. References are left as given: the services resolve them.
 */
export function parseExportRequest(pairs: Iterable<[string, string]>): ExportRequest {
  const params = new Map<string, string>();
  for (const [name, value] of pairs) {
    if (!KNOWN.has(name)) throw badInput(`Unknown export parameter "${name}". Use ${[...KNOWN].join(', ')}.`, name);
    if (params.has(name)) throw badInput(`The export parameter "${name}" is given twice; give it once.`, name);
    params.set(name, value.trim());
  }
  const format = formatOf(params.get('format'));
  if (format !== 'csv') for (const name of ['part', 'bom']) if (params.has(name)) throw badInput(`"${name}" applies to format=csv only; got format=${format}.`, name);
  return {
    format,
    part: partOf(params.get('part')),
    bom: booleanOf(params.get('bom'), 'bom'),
    query: { selection: selectionOf(params), types: typesOf(params.get('types')) },
  };
}

function formatOf(value: string | undefined): ExportFormat {
  if (value === undefined || value === '') throw badInput(`Give "format": one of ${EXPORT_FORMATS.join(', ')}.`, 'format');
  if (!(EXPORT_FORMATS as readonly string[]).includes(value)) throw badInput(`"format" must be one of ${EXPORT_FORMATS.join(', ')}; got "${value}".`, 'format');
  return value as ExportFormat;
}

function partOf(value: string | undefined): CsvPart {
  if (value === undefined) return DEFAULT_CSV_PART;
  if (!(CSV_PARTS as readonly string[]).includes(value)) throw badInput(`"part" must be one of ${CSV_PARTS.join(', ')}; got "${value}".`, 'part');
  return value as CsvPart;
}

function selectionOf(params: Map<string, string>): ExportSelection {
  const given = (Object.keys(SELECTIONS) as (keyof typeof SELECTIONS)[]).filter((kind) => SELECTIONS[kind].some((name) => params.has(name)));
  if (given.length > 1) {
    const names = given.map((kind) => SELECTIONS[kind].filter((name) => params.has(name)).join('&'));
    throw badInput(`Give one selection at a time (district, entity, from&to or document); got ${names.join(' and ')}.`, 'selection');
  }
  const required = (name: string, example: string): string => {
    const value = params.get(name);
    if (!value) throw badInput(`Give "${name}" (e.g. ${name}=${example}) with this selection.`, name);
    return value;
  };
  switch (given[0]) {
    case 'district':
      return { kind: 'district', reference: required('district', '嘉定区') };
    case 'neighborhood':
      return {
        kind: 'neighborhood',
        reference: required('entity', '奉贤区'),
        depth: integerOf(params.get('depth'), 'depth') ?? 1,
        limit: integerOf(params.get('limit'), 'limit') ?? EXPORT_LIMITS.neighborhoodLimit,
      };
    case 'path':
      return { kind: 'path', from: required('from', '奉贤区'), to: required('to', '上坝村'), maxHops: integerOf(params.get('maxHops'), 'maxHops'), k: integerOf(params.get('k'), 'k') };
    case 'document':
      return { kind: 'document', id: required('document', '000_430610c9ad8ca235') };
    default:
      return { kind: 'graph' };
  }
}

function typesOf(value: string | undefined): RelationType[] | null {
  if (value === undefined) return null;
  const types = value.split(',').map((type) => type.trim()).filter(Boolean);
  const unknown = types.filter((type) => !isRelationType(type));
  if (types.length === 0 || unknown.length > 0) {
    throw badInput(`"types" must be a comma-separated list of ${RELATION_TYPES.join(', ')}; got "${value}".`, 'types');
  }
  return [...new Set(types)] as RelationType[];
}

/** A whole number as text; the range is the service's to check, as for the GraphQL arguments. */
function integerOf(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d{1,9}$/.test(value)) throw badInput(`"${name}" must be an integer; got "${value}".`, name);
  return Number(value);
}

function booleanOf(value: string | undefined, name: string): boolean {
  if (value === undefined || value === 'false' || value === '0') return false;
  if (value === '' || value === 'true' || value === '1') return true;
  throw badInput(`"${name}" must be true or false; got "${value}".`, name);
}

function badInput(message: string, argumentName: string): BadUserInputError {
  return new BadUserInputError(message, { argumentName });
}
