/** Ceilings and defaults every layer checks against: the API's documented limits live here once. */

export const PAGE_LIMITS = { defaultSize: 50 } as const;

/** Paths: hops and k a client may ask for, connections listed, and the most paths one statement fetches. */
export const PATH_LIMITS = { defaultHops: 4, maxHops: 8, maxK: 10, connectionHops: 4, maxConnections: 200, maxFetched: 400 } as const;

export const NEIGHBORHOOD_LIMITS = { maxDepth: 3, maxNodes: 1000 } as const;

/** Paths and neighbourhoods are interactive: a search that takes longer is stopped (QUERY_TIMEOUT). */
export const ANALYSIS_TIMEOUT_MS = 5_000;

export const DASHBOARD_LIMITS = { maxRank: 100, maxSeries: 500 } as const;

export const SEARCH_LIMITS = { maxText: 100, maxFirst: 50 } as const;

/** A report's text: about 1.5 MB of Chinese in UTF-8; longer reports are split by hand. */
export const DOCUMENT_LIMITS = { maxTextCharacters: 500_000, maxTitleCharacters: 500 } as const;

export const AREA_LIMITS = { maxChildren: 1000 } as const;

/** A fact read by a construction trusted less than this is kept and marked needsReview (reviewQueue lists it). */
export const REVIEW_LIMITS = { confidenceBelow: 0.75, maxPageSize: 200 } as const;
