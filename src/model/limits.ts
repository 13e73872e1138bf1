/** Ceilings and defaults every layer checks against: the API's documented limits live here once. */

export const PAGE_LIMITS = { defaultSize: 50 } as const;

/** Paths: hops and k a client may ask for, connections listed, and the most paths one statement fetches. */
export const PATH_LIMITS = { defaultHops: 4, maxHops: 8, maxK: 10, connectionHops: 4, maxConnections: 200, maxFetched: 400, maxAllShortest: 100 } as const;

export const NEIGHBORHOOD_LIMITS = { maxDepth: 3, maxNodes: 1000 } as const;

/** Paths and neighbourhoods are interactive: a search that takes longer is stopped (QUERY_TIMEOUT). */
export const ANALYSIS_TIMEOUT_MS = 5_000;

export const DASHBOARD_LIMITS = { maxRank: 100, maxSeries: 500 } as const;

/** References: candidates an AMBIGUOUS_REFERENCE lists, entities one list argument (excludeNodes) may name. */
export const REFERENCE_LIMITS = { candidatesListed: 10, maxPerList: 50 } as const;

/** `nodes(ids)`: the most global ids one call may refetch. */
export const NODE_LIMITS = { maxIds: 100 } as const;

export const SEARCH_LIMITS = { maxText: 100, maxFirst: 50 } as const;

/** A report's text: about 1.5 MB of Chinese in UTF-8; longer reports are split by hand. */
export const DOCUMENT_LIMITS = { maxTextCharacters: 500_000, maxTitleCharacters: 500, maxMetadataCharacters: 2_000 } as const;

/**
 * The largest request body: a report at the text limit written the longest way JSON allows
 * (`\uXXXX`, 6 bytes a character, as Python's json.dumps sends Chinese), with room for the rest.
 */
export const MAX_REQUEST_BYTES = DOCUMENT_LIMITS.maxTextCharacters * 6 + 64 * 1024;

export const AREA_LIMITS = { maxChildren: 1000 } as const;

/** A fact read by a construction trusted less than this is kept and marked needsReview (reviewQueue lists it). */
export const REVIEW_LIMITS = { confidenceBelow: 0.75, maxPageSize: 200 } as const;

/**
 * How the cost of a query is estimated before it runs: the objects its answer may hold. Each object
 * field counts 1, and a list multiplies by its size — `first` (a connection without it: its default
 * page), a neighbourhood's `limit`, a path search's `k` — or, with no size argument, by `assumedListSize`.
 */
export const COST_LIMITS = { assumedListSize: 10, sizeArguments: ['first', 'limit', 'k'] } as const;
