/**
 * What a global id (`nodeId`, read back by `node(id)`) names: the kind of object and its key as
 * the graph stores it. Global ids exist because the domain ids overlap: a review item has the id
 * of its fact, a PAIRS_WITH relationship is both a Relation and a Pairing, a document's id is a
 * file stem that may look like anything.
 */

/** A relationship as the graph keys it: its ends, its type and the `key` telling apart two of one type between them. */
export interface RelationIdentity {
  from: string;
  to: string;
  type: string;
  key: string;
}

export type NodeRef =
  | { type: 'Entity'; id: string }
  | { type: 'Document'; id: string }
  | { type: 'Observation'; id: string }
  | { type: 'Relation'; relation: RelationIdentity }
  /** A PAIRS_WITH relationship seen as a pairing. */
  | { type: 'Pairing'; relation: RelationIdentity }
  /** A fact in the review queue: an entity or a relationship marked needsReview. */
  | { type: 'ReviewItem'; of: { type: 'Entity'; id: string } | { type: 'Relation'; relation: RelationIdentity } };

export type NodeRefType = NodeRef['type'];

/** A relationship's domain id, as Relation.id and ReviewItem.id show it: from>to#TYPE#key. */
export function relationIdOf(relation: { from: string; to: string; type: string; key: unknown }): string {
  return `${relation.from}>${relation.to}#${relation.type}#${String(relation.key)}`;
}
