import fs from 'node:fs';
import path from 'node:path';
import { ServiceError } from '../../errors';
import { ExportRequest, parseExportRequest } from '../../export/export-request';
import { OnRows } from '../../export/output';
import { writeExport } from '../../export/write-export';
import { CSV_PARTS, GraphExport } from '../../model';
import { openCliApp } from '../open-app';
import { createProgress } from '../progress';

const USAGE = `Usage: kg export --format graphml|csv|jsonld [selection] [--types T1,T2] [--out FILE]
Selection (one at most; none: the whole graph, streamed, with progress on stderr):
  --district NAME|CODE            a district's pairing network (嘉定区, 310114)
  --entity REF [--depth 1..3] [--limit N]   an entity's neighbourhood
  --from REF --to REF [--max-hops N] [--k N]  the shortest paths
  --document ID                   a document's entities and the relations it states
CSV: --part nodes|edges (default edges) writes one table to --out FILE or stdout; with --out DIR
and no --part, both tables as DIR/nodes.csv and DIR/edges.csv. --bom starts each with a UTF-8 BOM (Excel).
Output goes to stdout unless --out is given.`;

/** Options as the request parameters they stand for (the same selection model as GET /export). */
const PARAMETERS: Record<string, string> = {
  '--format': 'format',
  '--district': 'district',
  '--entity': 'entity',
  '--depth': 'depth',
  '--limit': 'limit',
  '--from': 'from',
  '--to': 'to',
  '--max-hops': 'maxHops',
  '--k': 'k',
  '--document': 'document',
  '--types': 'types',
  '--part': 'part',
};

/** `kg export`: the graph or a selection of it as GraphML, CSV or JSON-LD, to stdout or files. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    console.error(parsed ? `${parsed}\n\n${USAGE}` : USAGE);
    return 2;
  }
  const { request, out, bothParts } = parsed;
  const { app, close } = await openCliApp();
  try {
    const graph = await app.exports.open(request.query);
    const progress = request.query.selection.kind === 'graph' && graph.size ? createProgress('export', total(await graph.size())) : undefined;
    const rowsAfter = (before: number): OnRows | undefined => progress && ((done) => progress.update(before + total(done)));
    let written = 0;
    if (bothParts) {
      fs.mkdirSync(out!, { recursive: true });
      for (const part of CSV_PARTS) written += total(await writeToFile(graph, { ...request, part }, path.join(out!, `${part}.csv`), rowsAfter(written)));
    } else if (out) {
      written = total(await writeToFile(graph, request, out, rowsAfter(0)));
    } else {
      written = total(await writeExport(graph, request, process.stdout, rowsAfter(0)));
      // Everything handed to stdout (a pipe is asynchronous) before the process exits.
      await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
    }
    progress?.finish(`${written} rows written`);
    if (out) console.error(`export: ${written} rows written to ${bothParts ? `${path.join(out, 'nodes.csv')} and ${path.join(out, 'edges.csv')}` : out}.`);
    return 0;
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    console.error(error.message);
    return 1;
  } finally {
    await close();
  }
}

const total = (counts: { nodes: number; edges: number }) => counts.nodes + counts.edges;

async function writeToFile(graph: GraphExport, request: ExportRequest, file: string, onRows?: OnRows) {
  const stream = fs.createWriteStream(file);
  try {
    const counts = await writeExport(graph, request, stream, onRows);
    await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    return counts;
  } catch (error) {
    stream.destroy();
    throw error;
  }
}

interface ParsedArgs {
  request: ExportRequest;
  out?: string;
  /** CSV to a directory: nodes.csv and edges.csv. */
  bothParts: boolean;
}

function parseArgs(args: string[]): ParsedArgs | string {
  const pairs: [string, string][] = [];
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') return '';
    if (arg === '--bom') pairs.push(['bom', 'true']);
    else if (arg === '--out') out = args[++i];
    else if (arg in PARAMETERS) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value.`;
      pairs.push([PARAMETERS[arg], value]);
    } else return `Unknown option ${arg}.`;
  }
  if (out === '') return '--out needs a file or directory.';
  let request: ExportRequest;
  try {
    request = parseExportRequest(pairs);
  } catch (error) {
    if (error instanceof ServiceError) return error.message;
    throw error;
  }
  const bothParts = request.format === 'csv' && out !== undefined && !pairs.some(([name]) => name === 'part');
  return { request, out, bothParts };
}
