import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config';
import { Gazetteer } from '../../gazetteer/gazetteer';
import type { Score } from '../../extraction/evaluation';
import { crossValidate, trainingReport, trainPairingModel, type TrainingReport } from '../../extraction/pairing-training';
import { GENRE_FOLDER, readGenreReports } from '../genre-reports';

const USAGE = `Usage: kg train-pairings [--threshold 0.5] [--write]
  Trains the learned pairing reader on the development reports of the genre (test/fixtures/genre,
  never its heldout/ folder) and scores it leaving one round out at a time: each round's reports
  are read with weights learned from the other rounds only, so the figures are those of reports
  the weights never saw (the rules, though, were tuned on every round). Prints the pairings of the
  rules alone and of the rules with the learned reader, by round and in all, at several thresholds.
  --write trains on all development reports and writes src/extraction/rules/pairing-model.json
  with --threshold. Run it after changing the extraction rules: the shipped weights must be what
  training gives (test/extraction/pairing-reader.test.ts checks it).`;

const MODEL_FILE = path.join(PROJECT_ROOT, 'src', 'extraction', 'rules', 'pairing-model.json');
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9];

const figures = (s: Score): string => `${`${s.tp}/${s.tp + s.fn}`.padStart(7)} fp ${String(s.fp).padEnd(3)}`;

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const at = args.indexOf('--threshold');
  const threshold = at >= 0 ? Number(args[at + 1]) : 0.5;
  const unknown = args.filter((a, k) => !['--write', '--threshold'].includes(a) && !(k === at + 1 && at >= 0));
  if (!(threshold > 0 && threshold < 1) || unknown.length > 0) {
    console.error(`kg train-pairings: ${unknown.length > 0 ? `unknown argument ${unknown[0]}` : '--threshold needs a number between 0 and 1'}\n${USAGE}`);
    return 2;
  }
  const gazetteer = await Gazetteer.load({ villages: true });
  const reports = await readTrainingReports(GENRE_FOLDER, gazetteer);
  const examples = reports.flatMap((r) => r.examples);
  console.log(`${reports.length} development reports: ${examples.length} pairs weighed, ${examples.filter((e) => e.positive).length} of them stated in their sentence`);

  const cv = crossValidate(reports, gazetteer, THRESHOLDS, (round) => process.stderr.write(`  round ${round} read\n`));
  console.log('\nPairings, each round read with weights learned from the other rounds:');
  console.log('(found/stated by the gold, and false pairings)');
  console.log(`  ${'round'.padEnd(8)} ${'rules alone'.padEnd(16)}${THRESHOLDS.map((t) => `reader p ≥ ${t}`.padEnd(16)).join('')}`);
  const row = (name: string, alone: Score, withReader: Map<number, Score>) => console.log(`  ${name.padEnd(8)} ${figures(alone)}  ${THRESHOLDS.map((t) => `${figures(withReader.get(t)!)}  `).join('')}`);
  for (const r of cv.byRound) row(r.round, r.rulesAlone, r.withReader);
  row('all', cv.rulesAlone, cv.withReader);
  const all = cv.withReader.get(threshold);
  if (all !== undefined) console.log(`  in all, at ${threshold}: recall ${(cv.rulesAlone.recall * 100).toFixed(1)}% → ${(all.recall * 100).toFixed(1)}%, precision ${(cv.rulesAlone.precision * 100).toFixed(1)}% → ${(all.precision * 100).toFixed(1)}%`);

  if (args.includes('--write')) {
    const model = trainPairingModel(reports, threshold);
    await writeFile(MODEL_FILE, `${JSON.stringify(model, null, 1)}\n`);
    console.log(`\nWrote ${path.relative(PROJECT_ROOT, MODEL_FILE)}: ${Object.keys(model.weights).length} weights, threshold ${threshold}.`);
  }
  return 0;
}

/** The reports of one folder of the genre set (not its subfolders), each with the pairs it weighs. */
export async function readTrainingReports(folder: string, gazetteer: Gazetteer): Promise<TrainingReport[]> {
  return (await readGenreReports(folder)).map(({ gold, text }) => trainingReport(gold, text, gazetteer));
}
