import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reportFolder } from '../../src/cli/commands/eval';

/** `kg eval --folder DIR`: a folder that holds no reports of the genre is the user's mistake, said plainly. */
describe('kg eval --folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-eval-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('takes a folder of <id>.txt with <id>.gold.json', () => {
    fs.writeFileSync(path.join(dir, 'x01-a.txt'), '正文');
    fs.writeFileSync(path.join(dir, 'x01-a.gold.json'), '{}');
    expect(reportFolder(dir)).toBe(path.resolve(dir));
  });

  it('names what is wrong: no folder given, none there, no reports, a gold file without its text', () => {
    expect(reportFolder(undefined)).toEqual({ error: '--folder needs a folder of reports' });
    expect(reportFolder('--details')).toEqual({ error: '--folder needs a folder of reports' });
    expect(reportFolder(path.join(dir, 'missing'))).toEqual({ error: `no folder ${path.join(dir, 'missing')}` });
    expect(reportFolder(dir)).toEqual({ error: `${dir} holds no <id>.gold.json reports` });
    fs.writeFileSync(path.join(dir, 'x02-b.gold.json'), '{}');
    expect(reportFolder(dir)).toEqual({ error: `${dir}: x02-b.gold.json without its .txt` });
  });
});
