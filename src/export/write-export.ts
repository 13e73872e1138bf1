import { Writable } from 'node:stream';
import { GraphExport } from '../model';
import { writeCsv } from './csv-writer';
import { ExportRequest } from './export-request';
import { writeGraphML } from './graphml-writer';
import { writeJsonLd } from './jsonld-writer';
import { OnRows, WrittenCounts } from './output';

const MEDIA_TYPES = {
  graphml: 'application/graphml+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  jsonld: 'application/ld+json; charset=utf-8',
} as const;

/** Writes a selection in the requested format to `stream` (which stays open), with backpressure. */
export function writeExport(graph: GraphExport, request: Pick<ExportRequest, 'format' | 'part' | 'bom'>, stream: Writable, onRows?: OnRows): Promise<WrittenCounts> {
  switch (request.format) {
    case 'graphml':
      return writeGraphML(graph, stream, onRows);
    case 'jsonld':
      return writeJsonLd(graph, stream, onRows);
    case 'csv':
      return writeCsv(graph, request.part, stream, { bom: request.bom, onRows });
  }
}

export function exportMediaType(request: Pick<ExportRequest, 'format'>): string {
  return MEDIA_TYPES[request.format];
}

/** `district-310114.graphml`, `graph-edges.csv`: the selection's name, the CSV part, the format's extension. */
export function exportFileName(graph: Pick<GraphExport, 'name'>, request: Pick<ExportRequest, 'format' | 'part'>): string {
  return `${graph.name}${request.format === 'csv' ? `-${request.part}` : ''}.${request.format}`;
}
