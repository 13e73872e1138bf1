import type { AreaLevel } from './types';
import raw from './lexicon.json';

export interface LevelSuffixRules {
  suffixes: string[];
  simplified: Record<string, string>;
}

export interface Lexicon {
  minimumCoreLength: number;
  levels: Record<'Province' | 'Prefecture' | 'County' | 'Township', LevelSuffixRules>;
  autonomousSuffixes: string[];
  ethnicGroups: string[];
  villageSuffixes: string[];
  writtenTrailingNoise: string[];
  placeholderPrefectures: string[];
  levelRank: Record<AreaLevel, number>;
}

function longestFirst(list: string[]): string[] {
  return [...list].sort((a, b) => b.length - a.length);
}

function normalise(source: typeof raw): Lexicon {
  const levels = {} as Lexicon['levels'];
  for (const [level, rules] of Object.entries(source.levels) as [keyof Lexicon['levels'], LevelSuffixRules][]) {
    levels[level] = { suffixes: longestFirst(rules.suffixes), simplified: rules.simplified };
  }
  return {
    minimumCoreLength: source.minimumCoreLength,
    levels,
    autonomousSuffixes: source.autonomousSuffixes,
    // Longest first: callers take the first match, which must be the longest one.
    ethnicGroups: longestFirst(source.ethnicGroups),
    villageSuffixes: longestFirst(source.villageSuffixes),
    writtenTrailingNoise: source.writtenTrailingNoise,
    placeholderPrefectures: source.placeholderPrefectures,
    levelRank: source.levelRank,
  };
}

/** Suffix rules, ethnic names and level order; the data lives in lexicon.json. */
export const lexicon: Lexicon = normalise(raw);
