/**
 * A report, in the three moments of its life: as a client sends it, as extraction reads it, as the
 * graph stores it. One shape; each moment only adds or relaxes fields.
 */

/** What is known of a report besides its text. */
export interface DocumentMeta {
  /** Stable id: the source file's stem for shipped documents, a content hash for ingested ones. */
  id: string;
  title: string;
  publisher?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  publishedAt?: string;
  url?: string;
  sourceFile?: string;
}

/** A checked report with its id: what extraction reads and the graph stores. */
export interface SourceDocument extends DocumentMeta {
  text: string;
}

/**
 * A report as a client sends it: optional fields may be null (GraphQL's absent), and the id is
 * given only for shipped documents (a submitted one gets it from its text).
 */
export type DocumentInput = { title: string; text: string; id?: string } & {
  [K in Exclude<keyof DocumentMeta, 'id' | 'title'>]?: DocumentMeta[K] | null;
};

/** A document as the graph returns it. */
export interface DocumentRecord extends DocumentMeta {
  /** Length of the text in characters. */
  length?: number;
  /** Only when asked for. */
  text?: string | null;
  ingestedAt?: string;
}
