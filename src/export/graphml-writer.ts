import { Writable } from 'node:stream';
import { GraphExport } from '../model';
import { cellOf, Column, EDGE_COLUMNS, NODE_COLUMNS } from './columns';
import { OnRows, Output, WrittenCounts } from './output';

/**
 * GraphML for Gephi and NetworkX: typed `<key>`s for every node and edge attribute, nodes, then
 * edges. Every edge has its id, since two relationships may join the same pair (NetworkX then
 * reads a MultiDiGraph keyed by those ids). An attribute a row lacks is left out, as GraphML means.
 */
export async function writeGraphML(graph: GraphExport, stream: Writable, onRows?: OnRows): Promise<WrittenCounts> {
  const out = new Output(stream);
  const counts = { nodes: 0, edges: 0 };
  await out.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      keys('node', NODE_COLUMNS) +
      keys('edge', EDGE_COLUMNS) +
      `  <graph id="${attribute(graph.name)}" edgedefault="directed">\n`,
  );
  for await (const node of graph.nodes) {
    await out.write(`    <node id="${attribute(node.id)}">${data('node', NODE_COLUMNS, node)}</node>\n`);
    counts.nodes++;
    onRows?.(counts);
  }
  for await (const edge of graph.edges) {
    const { from, to } = edge.relation;
    await out.write(`    <edge id="${attribute(edge.id)}" source="${attribute(from)}" target="${attribute(to)}">${data('edge', EDGE_COLUMNS, edge)}</edge>\n`);
    counts.edges++;
    onRows?.(counts);
  }
  await out.write('  </graph>\n</graphml>\n');
  await out.flush();
  return counts;
}

/** Node and edge attributes of one name (sources, evidence) need keys of their own. */
const keyId = (domain: 'node' | 'edge', name: string) => `${domain[0]}_${name}`;

function keys<T>(domain: 'node' | 'edge', columns: readonly Column<T>[]): string {
  return columns.map((column) => `  <key id="${keyId(domain, column.name)}" for="${domain}" attr.name="${column.name}" attr.type="${column.type}"/>\n`).join('');
}

function data<T>(domain: 'node' | 'edge', columns: readonly Column<T>[], row: T): string {
  let text = '';
  for (const column of columns) {
    const value = cellOf(column, row);
    if (value !== undefined) text += `<data key="${keyId(domain, column.name)}">${content(String(value))}</data>`;
  }
  return text;
}

// Characters XML 1.0 cannot carry at all, even escaped: C0 controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Element text: markup escaped; a carriage return as a reference, since a parser turns a literal one into a line feed. */
function content(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Attribute value: also quotes, and tabs and line breaks as references (a parser would turn them into spaces). */
function attribute(text: string): string {
  return content(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
