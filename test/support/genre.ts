import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import type { ReportGold } from '../../src/extraction/report-evaluation';

export const GENRE_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures', 'genre');
export const HELD_OUT_DIR = path.join(GENRE_DIR, 'heldout');

export interface GenreReport {
  /** the gold file's name (<id>.gold.json) */
  file: string;
  gold: ReportGold;
  text: string;
}

/** The reports of the genre set in `dirs` (development, held out), each with its gold facts and text; a folder that does not exist holds none. */
export function readGenreFixtures(dirs: string[] = [GENRE_DIR, HELD_OUT_DIR]): GenreReport[] {
  return dirs
    .filter((dir) => fs.existsSync(dir))
    .flatMap((dir) =>
      fs
        .readdirSync(dir)
        .filter((file) => file.endsWith('.gold.json'))
        .map((file) => ({
          file,
          gold: JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as ReportGold,
          text: fs.readFileSync(path.join(dir, file.replace(/\.gold\.json$/, '.txt')), 'utf8'),
        })),
    );
}
