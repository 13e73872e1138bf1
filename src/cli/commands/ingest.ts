import fs from 'node:fs';
import os from 'node:os';
import { SYSTEM } from '../../model';
import path from 'node:path';
import { decodeUtf8 } from '../../services/ingestion/document-input';
import { IngestionReport } from '../../services/ingestion/ingest-fact-set';
import { openCliApp } from '../open-app';
import { createProgress } from '../progress';

const USAGE = `Usage: kg ingest [--publisher TEXT] [--published-at YYYY[-MM[-DD]]] [--json] FILE…
Each file is one report (UTF-8 text); its title is its first heading line, else the file name.`;

/** `kg ingest FILE…`: the same pipeline as the ingestDocument mutation, one transaction per file. */
export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    console.error(options ? `${options}\n\n${USAGE}` : USAGE);
    return 2;
  }
  const { app, close } = await openCliApp();
  const progress = createProgress('ingest', options.files.length);
  const reports: IngestionReport[] = [];
  let failures = 0;
  try {
    for (const [index, file] of options.files.entries()) {
      try {
        const text = decodeUtf8(fs.readFileSync(file), file);
        const report = await app.services.ingestion.ingest(
          { title: titleOf(text, file), text, publisher: options.publisher, publishedAt: options.publishedAt },
          [],
          SYSTEM(`kg ingest (${os.userInfo().username})`),
        );
        reports.push(report);
        progress.update(index + 1, path.basename(file));
        if (!options.json) printReport(file, report);
      } catch (error) {
        failures++;
        progress.update(index + 1, `${path.basename(file)} failed`);
        console.error(`✗ ${file}: ${(error as Error).message}`);
      }
    }
    progress.finish(`${reports.length} ingested, ${failures} failed`);
    if (options.json) console.log(JSON.stringify(reports, null, 2));
  } finally {
    await close();
  }
  return failures > 0 ? 1 : 0;
}

function printReport(file: string, report: IngestionReport): void {
  const lines = [
    `✓ ${file} → ${report.documentId} «${report.title}»`,
    `  entities ${report.entities.total} (${report.entities.new} new, ${report.entities.existing} known), relations ${report.relations}, observations ${report.observations}, notes ${report.notes}`,
    ...report.unresolved.map((u) => `  unresolved ${u.label} ${u.written}: ${u.reason}${u.candidates.length ? ` (${u.candidates.map((c) => `${c.name} ${c.code}`).join(', ')})` : ''}`),
    ...report.warnings.map((warning) => `  warning: ${warning}`),
  ];
  if (report.entities.total === 0) lines.push('  (no recognisable entity: the document is stored with an empty report)');
  console.log(lines.join('\n'));
}

function titleOf(text: string, file: string): string {
  const heading = text.split('\n').find((line) => /^#+\s+\S/.test(line));
  return heading ? heading.replace(/^#+\s+/, '').trim() : path.basename(file).replace(/\.[^.]+$/, '');
}

interface Options {
  files: string[];
  publisher?: string;
  publishedAt?: string;
  json: boolean;
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { files: [], json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--publisher') options.publisher = args[++i];
    else if (arg === '--published-at') options.publishedAt = args[++i];
    else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('--')) return `Unknown option ${arg}.`;
    else options.files.push(arg);
  }
  if (options.files.length === 0) return 'Name at least one file.';
  const missing = options.files.find((file) => !fs.existsSync(file));
  return missing ? `No such file: ${missing}` : options;
}
