import rules from './rules/confidence.json';
import type { SentenceKind } from './text';

/** Which construction read a fact, and how far it is trusted. */
export interface ReadBy {
  construction: string;
  confidence: number;
}

/**
 * Which construction read a fact and how far it is trusted (rules/confidence.json): every fact
 * the extraction records carries both, and one read from a caption is trusted less.
 */
export function readBy(group: 'relations' | 'areas' | 'organizations' | 'projects', construction: string, kind: SentenceKind = 'prose'): ReadBy {
  const table = rules[group] as Record<string, number>;
  const confidence = table[construction];
  if (confidence === undefined) throw new Error(`rules/confidence.json has no ${group} construction "${construction}"`);
  return { construction, confidence: kind === 'caption' ? Math.round(confidence * rules.caption * 1000) / 1000 : confidence };
}
