import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import type { ReportGold } from '../extraction/report-evaluation';

/** The reports of the genre set (test/fixtures/genre/README.md); its held-out ones are in heldout/. */
export const GENRE_FOLDER = path.join(PROJECT_ROOT, 'test', 'fixtures', 'genre');

/** The reports of one folder (its <id>.gold.json with <id>.txt; not its subfolders), in the order of their ids. */
export async function readGenreReports(folder: string): Promise<{ gold: ReportGold; text: string }[]> {
  const files = (await readdir(folder)).filter((file) => file.endsWith('.gold.json')).sort();
  return Promise.all(
    files.map(async (file) => ({
      gold: JSON.parse(await readFile(path.join(folder, file), 'utf8')) as ReportGold,
      text: await readFile(path.join(folder, file.replace(/\.gold\.json$/, '.txt')), 'utf8'),
    })),
  );
}
