import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config';
import { Gazetteer } from '../../gazetteer/gazetteer';
import type { Score } from '../../extraction/evaluation';
import { crossValidate, trainingReport, trainReaders, type ReaderScores, type TrainingReport } from '../../extraction/reader-training';
import { GENRE_FOLDER, readGenreReports } from '../genre-reports';

const USAGE = `Usage: kg train-readers [--pairing-threshold 0.5] [--money-threshold 0.7] [--write]
  Trains the learned pairing and money readers on the development reports of the genre
  (test/fixtures/genre, never its heldout/ folder) and scores them leaving one round out at a
  time: each round's reports are read with weights learned from the other rounds only, so the
  figures are those of reports the weights never saw (the rules, though, were tuned on every
  round). Prints the pairings and money facts of the rules alone and of the rules with both
  readers, by round and in all, at several thresholds.
  --write trains on all development reports and writes src/extraction/rules/pairing-model.json
  and money-model.json with the thresholds given. Run it after changing the extraction rules: the
  shipped weights must be what training gives (test/extraction/*-reader.test.ts check it).`;

const RULES = path.join(PROJECT_ROOT, 'src', 'extraction', 'rules');
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9];
const OPTIONS = { '--pairing-threshold': 0.5, '--money-threshold': 0.7 };

const figures = (s: Score): string => `${`${s.tp}/${s.tp + s.fn}`.padStart(7)} fp ${String(s.fp).padEnd(3)}`;

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const parsed = parseArgs(args);
  if ('error' in parsed) {
    console.error(`kg train-readers: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  const gazetteer = await Gazetteer.load({ villages: true });
  const reports = await readTrainingReports(GENRE_FOLDER, gazetteer);
  const count = (pick: (r: TrainingReport) => { positive: boolean }[]) => {
    const all = reports.flatMap(pick);
    return `${all.length} weighed, ${all.filter((e) => e.positive).length} of them cases`;
  };
  console.log(`${reports.length} development reports: pairs ${count((r) => r.pairExamples)}; givers of amounts ${count((r) => r.moneyExamples)}`);

  const cv = crossValidate(reports, gazetteer, THRESHOLDS, (round) => process.stderr.write(`  round ${round} read\n`));
  for (const [what, pick] of [['Pairings', (s: ReaderScores) => s.pairings], ['Money facts', (s: ReaderScores) => s.money]] as const) {
    console.log(`\n${what}, each round read with weights learned from the other rounds:`);
    console.log('(found/in the gold, and false ones)');
    console.log(`  ${'round'.padEnd(8)} ${'rules alone'.padEnd(16)}${THRESHOLDS.map((t) => `readers p ≥ ${t}`.padEnd(16)).join('')}`);
    const row = (name: string, alone: ReaderScores, withReaders: Map<number, ReaderScores>) =>
      console.log(`  ${name.padEnd(8)} ${figures(pick(alone))}  ${THRESHOLDS.map((t) => `${figures(pick(withReaders.get(t)!))}  `).join('')}`);
    for (const r of cv.byRound) row(r.round, r.rulesAlone, r.withReaders);
    row('all', cv.rulesAlone, cv.withReaders);
  }

  if (args.includes('--write')) {
    const models = trainReaders(reports, parsed);
    for (const [file, model] of [['pairing-model.json', models.pairing], ['money-model.json', models.money]] as const) {
      await writeFile(path.join(RULES, file), `${JSON.stringify(model, null, 1)}\n`);
      console.log(`Wrote src/extraction/rules/${file}: ${Object.keys(model.weights).length} weights, threshold ${model.threshold}.`);
    }
  }
  return 0;
}

/** The thresholds asked for (each between 0 and 1), or what is wrong with the arguments. */
function parseArgs(args: string[]): { pairing: number; money: number } | { error: string } {
  const values: Record<string, number> = { ...OPTIONS };
  for (let k = 0; k < args.length; k++) {
    if (args[k] === '--write') continue;
    if (!(args[k] in OPTIONS)) return { error: `unknown argument ${args[k]}` };
    const value = Number(args[k + 1]);
    if (!(value > 0 && value < 1)) return { error: `${args[k]} needs a number between 0 and 1` };
    values[args[k]] = value;
    k++;
  }
  return { pairing: values['--pairing-threshold'], money: values['--money-threshold'] };
}

/** The reports of one folder of the genre set (not its subfolders), each with what the readers weigh. */
export async function readTrainingReports(folder: string, gazetteer: Gazetteer): Promise<TrainingReport[]> {
  return (await readGenreReports(folder)).map(({ gold, text }) => trainingReport(gold, text, gazetteer));
}
