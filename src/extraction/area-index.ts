import type { Gazetteer } from '../gazetteer/gazetteer';
import type { Area } from '../gazetteer/types';
import { buildNameIndex, type NameIndex } from '../gazetteer/name-index';

/**
 * The gazetteer's name index over provinces to townships, built once per gazetteer: scanning a
 * text for every written form needs the index itself, not one resolve() call per substring.
 */
const cache = new WeakMap<Gazetteer, NameIndex>();

export function areaIndex(gazetteer: Gazetteer): NameIndex {
  let index = cache.get(gazetteer);
  if (index === undefined) {
    const upper: Area[] = [];
    for (const area of gazetteer.levels()) {
      if (area.level === 'Village') break;
      upper.push(area);
    }
    index = buildNameIndex(upper, (code) => gazetteer.byCode(code));
    cache.set(gazetteer, index);
  }
  return index;
}
