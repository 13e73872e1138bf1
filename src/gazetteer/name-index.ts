import type { Area } from './types';
import { nameForms, type FormKind } from './name-forms';
import renamed from './renamed-areas.json';

export type MatchKind = FormKind | 'historical';

export interface IndexEntry {
  area: Area;
  kind: MatchKind;
  /** for historical names: what changed, for the resolution's note */
  note?: string;
}

export interface NameIndex {
  entries: Map<string, IndexEntry[]>;
  /** the longest indexed form, which bounds the segments tried when splitting composite names */
  longestForm: number;
}

interface Rename {
  former: string;
  code: string;
  year: number;
  change: string;
}

/** Every written form of every upper-level area, plus the former names of renamed-areas.json. */
export function buildNameIndex(areas: Iterable<Area>, byCode: (code: string) => Area | undefined): NameIndex {
  const entries = new Map<string, IndexEntry[]>();
  let longestForm = 0;
  const add = (form: string, entry: IndexEntry): void => {
    const list = entries.get(form);
    if (list === undefined) entries.set(form, [entry]);
    // An area's own forms are distinct (nameForms sees to it), so only a former name can repeat one.
    else if (entry.kind !== 'historical' || !list.some((e) => e.area === entry.area)) list.push(entry);
    longestForm = Math.max(longestForm, form.length);
  };
  for (const area of areas) {
    if (area.level === 'Village') continue;
    for (const { form, kind } of nameForms(area.name, area.level)) add(form, { area, kind });
  }
  // 伯西热克乡 for 伯西热克镇: reports keep a township's name from before it became a 镇. Only a form
  // no area has, so it never competes with a real 乡.
  for (const area of areas) {
    if (area.level !== 'Township' || !area.name.endsWith('镇')) continue;
    const former = `${area.name.slice(0, -1)}乡`;
    if (!entries.has(former)) add(former, { area, kind: 'historical', note: `${former}: the township's name before it became ${area.name}` });
  }
  for (const rename of renamed.renames as Rename[]) {
    const area = byCode(rename.code);
    if (area === undefined) throw new Error(`renamed-areas.json: unknown code ${rename.code} for ${rename.former}`);
    add(rename.former, {
      area,
      kind: 'historical',
      note: `historical name ${rename.former} → ${area.name} (${rename.year}, ${rename.change})`,
    });
  }
  return { entries, longestForm };
}
