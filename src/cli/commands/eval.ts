import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config';
import { Gazetteer } from '../../gazetteer/gazetteer';
import { extractFacts } from '../../extraction/extract-facts';
import { evaluate, score, type EvaluationReport, type Score } from '../../extraction/evaluation';
import type { FactSet } from '../../extraction/facts';

interface DocumentEntry {
  id: string;
  sourceFile: string;
  title: string;
  publisher?: string;
  publishedAt?: string;
}

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`.padStart(7);
const row = (name: string, s: Score): string => `  ${name.padEnd(22)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

function add(into: Map<string, Score>, key: string, s: Score): void {
  const prev = into.get(key) ?? score(0, 0, 0);
  into.set(key, score(prev.tp + s.tp, prev.fp + s.fp, prev.fn + s.fn));
}

/** `kg eval [--min 0.95] [--verbose]`: extraction (without corrections) against the hand-checked facts in test/gold; a report, not a gate unless --min. */
export async function run(args: string[]): Promise<number> {
  const minAt = args.indexOf('--min');
  const min = minAt >= 0 ? Number(args[minAt + 1]) : undefined;
  const verbose = args.includes('--verbose') || args.includes('-v');
  const corpus = path.join(PROJECT_ROOT, 'corpus');
  const documents = JSON.parse(await readFile(path.join(corpus, 'documents.json'), 'utf8')) as DocumentEntry[];
  const gazetteer = await Gazetteer.load({ villages: true });
  const byType = new Map<string, Score>();
  let total = score(0, 0, 0);
  let observations = score(0, 0, 0);
  for (const doc of documents) {
    const stem = doc.sourceFile.replace(/\.txt$/, '');
    const goldFile = path.join(PROJECT_ROOT, 'test', 'gold', `${stem}.json`);
    const gold = JSON.parse(await readFile(goldFile, 'utf8').catch(() => Promise.reject(new Error(`No gold facts for ${doc.id}: ${goldFile} is missing.`)))) as FactSet;
    const text = await readFile(path.join(corpus, doc.sourceFile), 'utf8');
    const started = process.hrtime.bigint();
    const extracted = extractFacts({ id: doc.id, title: doc.title, text, publisher: doc.publisher, publishedAt: doc.publishedAt }, gazetteer);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const report: EvaluationReport = evaluate(extracted, gold, gazetteer);
    console.log(`\n${doc.id}  ${doc.title}  (extracted in ${ms.toFixed(0)} ms)`);
    for (const [label, s] of Object.entries(report.entities)) {
      console.log(row(`entity ${label}`, s));
      add(byType, `entity ${label}`, s);
    }
    for (const [type, s] of Object.entries(report.relations)) {
      console.log(row(`relation ${type}`, s));
      add(byType, `relation ${type}`, s);
    }
    console.log(row('observations', report.observations));
    console.log(row('TOTAL (ent+rel)', report.overall));
    total = score(total.tp + report.overall.tp, total.fp + report.overall.fp, total.fn + report.overall.fn);
    observations = score(observations.tp + report.observations.tp, observations.fp + report.observations.fp, observations.fn + report.observations.fn);
    if (verbose) {
      for (const m of report.missed) console.log(`    - missed   ${m}`);
      for (const m of report.spurious) console.log(`    + spurious ${m}`);
    }
  }
  console.log('\nAll documents');
  for (const [k, s] of [...byType.entries()].sort()) console.log(row(k, s));
  console.log(row('observations', observations));
  console.log(row('OVERALL (ent+rel)', total));
  if (min !== undefined && (total.precision < min || total.recall < min)) return 1;
  return 0;
}
