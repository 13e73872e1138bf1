import { readFileSync } from 'node:fs';
import path from 'node:path';
import renamed from '../../src/gazetteer/renamed-areas.json';
import { chinaDivisionDir } from '../../src/gazetteer/division-data';

describe('renamed-areas.json', () => {
  const dir = chinaDivisionDir();
  const read = (file: string): { code: string; name: string }[] =>
    JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { code: string; name: string }[];
  const current = [...read('provinces.json'), ...read('cities.json'), ...read('areas.json')];
  const codes = new Set(current.map((a) => a.code));
  const names = new Set(current.map((a) => a.name));

  it.each(renamed.renames.map((r) => [r.former, r.code, r.year] as const))(
    '%s → %s (%i) points at an existing area and is no longer an official name',
    (former, code, year) => {
      expect(codes.has(code)).toBe(true);
      expect(names.has(former)).toBe(false);
      expect(year).toBeGreaterThan(1949);
    },
  );
});
