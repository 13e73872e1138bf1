/**
 * A reference to an entity (an id, an official code, a name or a written form such as 德宏芒市) as
 * `cypher/query/reference-candidates.cypher` reads it: the text, and the same text as a Lucene
 * phrase on the full-text index's aliasText field.
 */
export interface ReferenceParam {
  text: string;
  query: string;
}

export function referenceParam(text: string): ReferenceParam {
  return { text, query: `aliasText:"${text.replace(/["\\]/g, '\\$&')}"` };
}
