import { Writable } from 'node:stream';
import { CsvPart, EntityRecord, ExportEdge, GraphExport } from '../model';
import { Cell, cellOf, Column, EDGE_COLUMNS, NODE_COLUMNS } from './columns';
import { OnRows, Output, WrittenCounts } from './output';

/** The edge table names both ends by id and by name, so a row reads on its own in a spreadsheet. */
const EDGE_TABLE: readonly Column<ExportEdge>[] = [
  { name: 'id', type: 'string', value: (edge) => edge.id },
  { name: 'source', type: 'string', value: (edge) => edge.relation.from },
  { name: 'sourceName', type: 'string', value: (edge) => edge.fromName },
  { name: 'target', type: 'string', value: (edge) => edge.relation.to },
  { name: 'targetName', type: 'string', value: (edge) => edge.toName },
  ...EDGE_COLUMNS,
];

export const CSV_COLUMNS = { nodes: NODE_COLUMNS.map((column) => column.name), edges: EDGE_TABLE.map((column) => column.name) } as const;

/** Byte order mark: Excel takes a CSV without it for the local code page and garbles the Chinese. */
const BOM = '\uFEFF';

/**
 * One table of the export as CSV (RFC 4180: a header row, CRLF line ends, a field quoted when it
 * holds a comma, a quote or a line break, quotes doubled), so parsing it back gives the same rows.
 * Lists are joined with `;`, evidence sentences with line breaks; a missing value is an empty field.
 */
export async function writeCsv(graph: GraphExport, part: CsvPart, stream: Writable, options: { bom?: boolean; onRows?: OnRows } = {}): Promise<WrittenCounts> {
  const out = new Output(stream);
  const counts = { nodes: 0, edges: 0 };
  const table = <T>(columns: readonly Column<T>[], rows: AsyncIterable<T> | Iterable<T>, count: keyof WrittenCounts) => writeTable(out, columns, rows, () => {
    counts[count]++;
    options.onRows?.(counts);
  });
  if (options.bom) await out.write(BOM);
  if (part === 'nodes') await table<EntityRecord>(NODE_COLUMNS, graph.nodes, 'nodes');
  else await table<ExportEdge>(EDGE_TABLE, graph.edges, 'edges');
  await out.flush();
  return counts;
}

async function writeTable<T>(out: Output, columns: readonly Column<T>[], rows: AsyncIterable<T> | Iterable<T>, onRow: () => void): Promise<void> {
  await out.write(csvLine(columns.map((column) => column.name)));
  for await (const row of rows) {
    await out.write(csvLine(columns.map((column) => cellOf(column, row))));
    onRow();
  }
}

/** One CSV record with its CRLF. */
export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

function csvField(cell: Cell): string {
  if (cell === undefined) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
