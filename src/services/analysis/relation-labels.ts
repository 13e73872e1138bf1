
/**
 * A relationship's label read from its start to its end: a pairing shows its mode (扶贫协作 …),
 * everything else the verb of its type (PART_OF: 属于, the start is part of the end), so a label
 * reads as the type a researcher would filter by.
 */
export function relationLabel(relation: Pick<RelationRecord, 'type'> & { mode?: unknown }): string {
  if (relation.type === 'PAIRS_WITH') return typeof relation.mode === 'string' && relation.mode ? relation.mode : RELATIONS.PAIRS_WITH.verb;
  return isRelationType(relation.type) ? RELATIONS[relation.type].verb : relation.type;
}

/** A relationship as walked: `—扶贫协作→` along it, `←援建—` against it; PART_OF as ⊂ up and ⊃ down. */
export function walkSymbol(relation: Pick<RelationRecord, 'type'> & { mode?: unknown }, forward: boolean): string {
  if (relation.type === 'PART_OF') return forward ? '⊂' : '⊃';
  const label = relationLabel(relation);
  return forward ? `—${label}→` : `←${label}—`;
}

/** Committee names the gazetteer gives villages and communities, and the short form readers use. */
const COMMITTEE_SUFFIXES: [RegExp, string][] = [
  [/(?<=.)村村民委员会$/, '村'],
  [/(?<=.)(?:村民委员会|村委会)$/, '村'],
  [/(?<=.)社区(?:居民委员会|居委会)$/, '社区'],
  [/(?<=.)(?:居民委员会|居委会)$/, '社区'],
];
const LEVEL_SUFFIX = /(?:省|市|州|盟|县|区|旗|乡|镇|街道|村|社区)$/;

/**
 * The name to show in a one-line explanation: the gazetteer's committee suffix shortened
 * (上坝村村民委员会 → 上坝村), or a shorter written form the documents use that still ends in an
 * area level (务川仡佬族苗族自治县 → 务川县); nodes keep their official names.
 */
export function displayName(entity: { name: string; aliases?: readonly string[] }): string {
  const name = COMMITTEE_SUFFIXES.reduce((text, [suffix, short]) => text.replace(suffix, short), entity.name);
  const shorter = (entity.aliases ?? []).filter((alias) => LEVEL_SUFFIX.test(alias) && alias.length < name.length);
  return shorter.sort((a, b) => a.length - b.length)[0] ?? name;
}
import { isRelationType, RelationRecord, RELATIONS } from '../../model';
