import type { AreaLevel } from './types';
import { lexicon } from './lexicon';

/**
 * full: the official name. simplified: the official name with a simpler suffix (耿马县, 楚雄州).
 * bare: no suffix at all (西双版纳, 梁河). Bare forms are far more often shared between places.
 */
export type FormKind = 'full' | 'simplified' | 'bare';

export interface NameForm {
  form: string;
  kind: FormKind;
}

type UpperLevel = Exclude<AreaLevel, 'Village'>;

const min = lexicon.minimumCoreLength;

function stripEthnicNames(stem: string, autonomous: boolean): string {
  let core = stem;
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of lexicon.ethnicGroups) {
      const withZu = group + '族';
      if (core.endsWith(withZu) && core.length - withZu.length >= min) {
        core = core.slice(0, -withZu.length);
        changed = true;
        break;
      }
      // Single-character names are never stripped without 族: 西藏 must not lose 藏.
      if (autonomous && group.length >= 2 && core.endsWith(group) && core.length - group.length >= min) {
        core = core.slice(0, -group.length);
        changed = true;
        break;
      }
    }
  }
  // A unit named only after its people (东乡族自治县, 鄂温克族自治旗) is written by the people's name.
  if (core.endsWith('族') && lexicon.ethnicGroups.includes(core.slice(0, -1))) return core.slice(0, -1);
  return core;
}

/** The forms under which reports write an area of an upper level, official name first. */
export function nameForms(name: string, level: UpperLevel): NameForm[] {
  const forms: NameForm[] = [{ form: name, kind: 'full' }];
  const rules = lexicon.levels[level];
  const suffix = rules.suffixes.find((s) => name.endsWith(s) && name.length > s.length);
  if (suffix === undefined) return forms;

  const stem = name.slice(0, -suffix.length);
  const core = stripEthnicNames(stem, lexicon.autonomousSuffixes.includes(suffix));
  const add = (form: string, kind: FormKind): void => {
    if (form.length > 0 && !forms.some((f) => f.form === form)) forms.push({ form, kind });
  };

  const simplifiedSuffix = rules.simplified[suffix];
  if (simplifiedSuffix !== undefined) add(core + simplifiedSuffix, 'simplified');
  // 楚雄自治州, 务川自治县: the people dropped but the official suffix kept.
  if (core !== stem) add(core + suffix, 'simplified');
  if (core.length >= min) add(core, 'bare');
  return forms;
}
