import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { FactSet } from '../../src/model';
import { CorpusDocument, readCorpus } from '../../src/services/ingestion/default-corpus';

export const GOLD_DIR = path.join(PROJECT_ROOT, 'test', 'gold');

/** The shipped corpus with the hand-checked facts of each document (the extraction's gold standard). */
export function readGold(): (CorpusDocument & { facts: FactSet })[] {
  return readCorpus(path.join(PROJECT_ROOT, 'corpus')).map((document) => ({
    ...document,
    facts: JSON.parse(fs.readFileSync(path.join(GOLD_DIR, `${document.meta.id}.json`), 'utf8')) as FactSet,
  }));
}
