/**
 * What `aggregate` computes and groups by. Each measure is read from one family of facts: money
 * from aid flows (the given / planned / within-larger-totals rule of the funds tables), pairings
 * from PAIRS_WITH, projects from what helpers build, fund or invest in.
 */
export const AGGREGATE_MEASURES = {
  MONEY_GIVEN: { facts: 'money', unit: '万元', description: 'Money given, in 万元: amounts summed without planned ones and parts of a larger total.' },
  MONEY_PLANNED: { facts: 'money', unit: '万元', description: 'Money announced as planned (计划投入), in 万元.' },
  PAIRINGS: { facts: 'pairings', unit: '', description: 'PAIRS_WITH relationships (two modes between the same parties count twice).' },
  COUNTERPARTS: { facts: 'pairings', unit: '', description: 'Distinct helped parties of the pairings.' },
  PROJECTS: { facts: 'projects', unit: '', description: 'Distinct projects the helpers build, fund or invest in.' },
  HOUSEHOLDS_BENEFITING: { facts: 'projects', unit: '户', description: "Households the projects reach (the projects' own figures, summed)." },
  PEOPLE_BENEFITING: { facts: 'projects', unit: '人', description: "People the projects reach (the projects' own figures, summed)." },
} as const;
export type AggregateMeasure = keyof typeof AGGREGATE_MEASURES;

export const AGGREGATE_DIMENSIONS = {
  HELPING_DISTRICT: { entity: true, description: 'The Shanghai district of the helping party (itself, or the district its agency, town or school belongs to).' },
  HELPER: { entity: true, description: 'The helping party itself.' },
  HELPER_KIND: { entity: false, description: 'The kind of the helping party (DISTRICT, AGENCY, TOWNSHIP, ENTERPRISE …).' },
  HELPED: { entity: true, description: 'The helped party itself.' },
  HELPED_PROVINCE: { entity: true, description: 'The province the helped party lies in.' },
  HELPED_PREFECTURE: { entity: true, description: 'The prefecture the helped party lies in.' },
  HELPED_COUNTY: { entity: true, description: 'The county the helped party lies in.' },
  MODE: { entity: false, description: 'The pairing mode (pairings only).' },
  YEAR: { entity: false, description: "The fact's year: a pairing's since, money's year or the start of its period, a project's year." },
  FUND_SOURCE: { entity: false, description: 'Where the money came from, as the report says it (money only).' },
  DOCUMENT: { entity: false, description: 'Each document stating the fact (a fact two documents state counts in both).' },
} as const;
export type AggregateDimension = keyof typeof AGGREGATE_DIMENSIONS;

/** Where money came from, as reports name it (市级统筹, 区财政, 捐赠, 自筹 …). */
export const FUND_SOURCES = {
  MUNICIPAL: { description: 'Municipal funds (市级财政, 市级统筹, 市财政).' },
  DISTRICT: { description: "A district's own budget (区财政, 区级财政, 区级资金)." },
  DONATION: { description: 'Donations (捐赠, 捐款, 捐助, 社会帮扶资金).' },
  SELF_RAISED: { description: 'Raised by the helped side itself (自筹).' },
  ENTERPRISE: { description: "An enterprise's own investment (企业投资, 企业出资)." },
} as const;
export type FundSource = keyof typeof FUND_SOURCES;

export const AGGREGATE_LIMITS = { maxDimensions: 3, maxFilterReferences: 50, maxRows: 1000 } as const;

/** One group of an aggregate as the repository returns it. */
export interface AggregateRowRecord {
  /** Aligned with the dimensions grouped by: an entity id, a mode, a year, a document id; null when unknown. */
  keys: (string | null)[];
  value: number;
  facts: number;
  sources: string[];
}

export interface AggregateRecord {
  rows: AggregateRowRecord[];
  total: number;
  facts: number;
  sources: string[];
}
