export type AreaLevel = 'Province' | 'Prefecture' | 'County' | 'Township' | 'Village';

export interface Area {
  code: string;
  name: string;
  level: AreaLevel;
  parentCode?: string;
}

export interface Resolution {
  /** the input */
  written: string;
  status: 'resolved' | 'ambiguous' | 'unresolved';
  /** the most specific area, when resolved */
  area?: Area;
  /** resolved ancestors + area, top-down; for an ambiguous name, the ancestors all candidates share */
  chain: Area[];
  /** when ambiguous (capped) */
  candidates: Area[];
  note?: string;
}

export interface ResolveContext {
  /** codes of areas the text places the name in, most specific first */
  within?: string[];
}

export interface LoadOptions {
  /** load the 620k villages now (about a second); otherwise call loadVillages() when needed */
  villages?: boolean;
}
