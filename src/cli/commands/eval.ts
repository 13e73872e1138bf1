import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config';
import { Gazetteer } from '../../gazetteer/gazetteer';
import { extractFacts } from '../../extraction/extract-facts';
import { evaluate, score, type EvaluationReport, type Score } from '../../extraction/evaluation';
import { evaluateReport, sumScores, type ReportGold, type ReportScores } from '../../extraction/report-evaluation';
import { REVIEW_LIMITS, type FactSet } from '../../model';
import { GENRE_FOLDER, readGenreReports } from '../genre-reports';

interface DocumentEntry {
  id: string;
  sourceFile: string;
  title: string;
  publisher?: string;
  publishedAt?: string;
}

const USAGE = `Usage: kg eval [--min 0.95] [--verbose] [--details] [--only corpus|genre|development] [--folder DIR]
  Extraction (without corrections) against hand-checked facts: the shipped corpus (test/gold) by
  entity and relation type, then the reports of the genre (test/fixtures/genre), development and
  held-out sets apart. --verbose lists the corpus's misses, --details the development reports';
  the held-out reports are scored, never listed.
  --folder DIR scores only the reports of DIR (a new round's batch, for its first score before
  any rule is written for it); with --details it lists their misses too.`;

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`.padStart(7);
const row = (name: string, s: Score): string => `  ${name.padEnd(22)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
const brief = (s: Score): string => `P${pct(s.precision)} R${pct(s.recall)} ${`${s.tp}/${s.tp + s.fn}`.padStart(6)} fp ${String(s.fp).padEnd(3)}`;

function add(into: Map<string, Score>, key: string, s: Score): void {
  const prev = into.get(key) ?? score(0, 0, 0);
  into.set(key, score(prev.tp + s.tp, prev.fp + s.fp, prev.fn + s.fn));
}

/** `kg eval`: a report, not a gate unless --min (the corpus's overall precision and recall). */
export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const minAt = args.indexOf('--min');
  const min = minAt >= 0 ? Number(args[minAt + 1]) : undefined;
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const folder = args.includes('--folder') ? reportFolder(args[args.indexOf('--folder') + 1]) : undefined;
  if (typeof folder === 'object') {
    console.error(`kg eval: ${folder.error}\n${USAGE}`);
    return 2;
  }
  const gazetteer = await Gazetteer.load({ villages: true });
  if (folder !== undefined) {
    await scoreGenreSets(gazetteer, [[`in ${folder}`, folder, args.includes('--details')]]);
    return 0;
  }
  let passed = true;
  if (only === undefined || only === 'corpus') passed = (await evaluateCorpus(gazetteer, args.includes('--verbose') || args.includes('-v'), min)) && passed;
  if (only !== 'corpus') await evaluateGenre(gazetteer, args.includes('--details'), only !== 'development');
  return passed ? 0 : 1;
}

async function evaluateCorpus(gazetteer: Gazetteer, verbose: boolean, min: number | undefined): Promise<boolean> {
  const corpus = path.join(PROJECT_ROOT, 'corpus');
  const documents = JSON.parse(await readFile(path.join(corpus, 'documents.json'), 'utf8')) as DocumentEntry[];
  const byType = new Map<string, Score>();
  let total = score(0, 0, 0);
  let observations = score(0, 0, 0);
  console.log('The shipped corpus (test/gold), by entity and relation type');
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
  console.log('\nAll corpus documents');
  for (const [k, s] of [...byType.entries()].sort()) console.log(row(k, s));
  console.log(row('observations', observations));
  console.log(row('OVERALL (ent+rel)', total));
  return min === undefined || (total.precision >= min && total.recall >= min);
}

/** The folder `--folder` names, if it holds reports of the genre (<id>.txt with <id>.gold.json); else what is wrong. */
export function reportFolder(given: string | undefined): string | { error: string } {
  if (given === undefined || given.startsWith('--')) return { error: '--folder needs a folder of reports' };
  const folder = path.resolve(given);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) return { error: `no folder ${folder}` };
  const golds = fs.readdirSync(folder).filter((file) => file.endsWith('.gold.json'));
  if (golds.length === 0) return { error: `${folder} holds no <id>.gold.json reports` };
  const lonely = golds.filter((file) => !fs.existsSync(path.join(folder, file.replace(/\.gold\.json$/, '.txt'))));
  if (lonely.length > 0) return { error: `${folder}: ${lonely.join(', ')} without its .txt` };
  return folder;
}

/** The facts a person need not check first: those read by a construction trusted at least REVIEW_LIMITS.confidenceBelow. */
const withoutReviewQueue = (facts: FactSet): FactSet => ({ ...facts, relations: facts.relations.filter((r) => (r.confidence ?? 1) >= REVIEW_LIMITS.confidenceBelow) });

/** Every report of one folder of the genre set, extracted and scored, with all its facts and without those awaiting review. */
export async function scoreGenreFolder(gazetteer: Gazetteer, folder: string): Promise<{ gold: ReportGold; scores: ReportScores; reviewed: ReportScores; ms: number }[]> {
  return (await readGenreReports(folder)).map(({ gold, text }) => {
      const { id, title, publisher, publishedAt } = gold.document;
      const started = process.hrtime.bigint();
      const facts = extractFacts({ id, title, text, publisher, publishedAt }, gazetteer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      return { gold, scores: evaluateReport(facts, gold), reviewed: evaluateReport(withoutReviewQueue(facts), gold), ms };
    });
}

async function evaluateGenre(gazetteer: Gazetteer, details: boolean, withHeldOut: boolean): Promise<void> {
  const sets: GenreSet[] = [
    ['development', GENRE_FOLDER, details],
    ['held-out (never tuned on)', path.join(GENRE_FOLDER, 'heldout'), false],
  ];
  await scoreGenreSets(gazetteer, withHeldOut ? sets : sets.slice(0, 1));
}

/** A set's name, its folder, and whether its misses are listed (never for the held-out set). */
type GenreSet = [name: string, folder: string, listMisses: boolean];

async function scoreGenreSets(gazetteer: Gazetteer, sets: GenreSet[]): Promise<void> {
  for (const [set, folder, listMisses] of sets) {
    // Between rounds no report is set aside (test/fixtures/genre/README.md, Rounds), and git keeps no empty folder.
    if (!fs.existsSync(folder)) {
      console.log(`\nReports of the genre, ${set}: none set aside now (see test/fixtures/genre/README.md, Rounds)`);
      continue;
    }
    const results = await scoreGenreFolder(gazetteer, folder);
    console.log(`\nReports of the genre, ${set}: ${results.length} reports`);
    console.log(`  ${'report'.padEnd(32)} ${'areas (by code)'.padEnd(30)} ${'organisations'.padEnd(30)} ${'pairings'.padEnd(30)} money`);
    for (const { gold, scores } of results) {
      console.log(`  ${gold.document.id.padEnd(32)} ${brief(scores.areas)} ${brief(scores.organizations)} ${brief(scores.pairings)} ${brief(scores.money)}`);
      if (listMisses) {
        for (const m of scores.missed) console.log(`      - missed   ${m}`);
        for (const m of scores.spurious) console.log(`      + spurious ${m}`);
      }
    }
    const sum = sumScores(results.map((r) => r.scores));
    console.log(`  ${'ALL'.padEnd(32)} ${brief(sum.areas)} ${brief(sum.organizations)} ${brief(sum.pairings)} ${brief(sum.money)}`);
    console.log(
      `  of the pairings found, mode as the gold: ${sum.pairingModes.agree}/${sum.pairingModes.of}; since/until as the gold: ${sum.pairingTimes.agree}/${sum.pairingTimes.of}`,
    );
    const asserted = sumScores(results.map((r) => r.reviewed));
    console.log(`  without the facts awaiting review (confidence below ${REVIEW_LIMITS.confidenceBelow}): pairings ${brief(asserted.pairings)}, money ${brief(asserted.money)}`);
  }
}
