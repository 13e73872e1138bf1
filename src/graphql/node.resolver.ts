import { Arg, ClassType, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { DocumentRecord, EntityRecord, kindOf, NODE_LIMITS, NodeRef, ObservationRecord, RelationRecord, ReviewItemRecord } from '../model';
import { LoadedNode, loadNode } from '../loaders/load-node';
import { globalIdOf, requireNodeRefs } from '../services/query/global-id';
import { Context } from './context';
import { DocumentType } from './document.type';
import { EntityInterface } from './entity.type';
import { toPairing, toRelation } from './mappers';
import { NODE_ID_DESCRIPTION, NodeInterface, NodeValue } from './node.type';
import { ObservationType, PairingType, RelationEdgeType } from './relation.type';
import { ReviewItemType } from './review.type';

const MALFORMED = 'An id this API never issued (a domain id such as "310117" included) is BAD_USER_INPUT, naming it.';

/** Relay object identification: any object by its global id. */
@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, {
    nullable: true,
    description: `The object a global id (any Node's nodeId) names; null when the graph no longer has it. ${MALFORMED}`,
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<NodeValue | null> {
    const [ref] = requireNodeRefs([id], 'id');
    return toNode(await loadNode(loaders, ref));
  }

  @Query(() => [NodeInterface], {
    nullable: 'items',
    description:
      `The objects global ids name, in the order given (a repeated id repeated, null where none), at most ${NODE_LIMITS.maxIds} ids; ` +
      `one round trip per kind of object, whatever their number. ${MALFORMED}`,
  })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() { loaders }: Context): Promise<(NodeValue | null)[]> {
    return Promise.all(requireNodeRefs(ids, 'ids').map(async (ref) => toNode(await loadNode(loaders, ref))));
  }
}

/** A loaded record as the root value of its GraphQL type, tagged for Node's type resolution. */
function toNode(loaded: LoadedNode | null): NodeValue | null {
  if (!loaded) return null;
  switch (loaded.type) {
    case 'Entity':
      return { ...loaded.value, __typename: kindOf(loaded.value.labels) };
    case 'Relation':
      return Object.assign(toRelation(loaded.value), { __typename: 'Relation' });
    case 'Pairing':
      return Object.assign(toPairing(loaded.value), { __typename: 'Pairing' });
    default:
      return { ...loaded.value, __typename: loaded.type };
  }
}

/** Each Node type and the ref its root value is refetched by (`never`: each entry takes its own type's root). */
const NODE_TYPES: { type: ClassType | (abstract new () => object); name: string; refOf: (root: never) => NodeRef }[] = [
  { type: EntityInterface, name: 'Entity', refOf: (entity: EntityRecord) => ({ type: 'Entity', id: entity.id }) },
  { type: DocumentType, name: 'Document', refOf: (document: DocumentRecord) => ({ type: 'Document', id: document.id }) },
  { type: ObservationType, name: 'Observation', refOf: (observation: ObservationRecord) => ({ type: 'Observation', id: observation.id }) },
  { type: RelationEdgeType, name: 'Relation', refOf: (relation: RelationRecord) => ({ type: 'Relation', relation: identityOf(relation) }) },
  { type: PairingType, name: 'Pairing', refOf: (pairing: RelationRecord) => ({ type: 'Pairing', relation: identityOf(pairing) }) },
  {
    type: ReviewItemType,
    name: 'ReviewItem',
    refOf: (item: ReviewItemRecord) => ({
      type: 'ReviewItem',
      of: item.relation ? { type: 'Relation', relation: identityOf(item.relation) } : { type: 'Entity', id: item.entity!.id },
    }),
  },
];

function identityOf({ from, to, type, key }: RelationRecord) {
  return { from, to, type, key: String(key ?? '') };
}

/** The `nodeId` field of one Node type (type-graphql's resolvers-inheritance pattern, one per type). */
function nodeIdResolverFor({ type, name, refOf }: (typeof NODE_TYPES)[number]): ClassType {
  @Resolver(() => type)
  class NodeIdResolver {
    @FieldResolver(() => ID, { description: NODE_ID_DESCRIPTION })
    nodeId(@Root() root: never): string {
      return globalIdOf(refOf(root));
    }
  }
  Object.defineProperty(NodeIdResolver, 'name', { value: `${name}NodeIdResolver` });
  return NodeIdResolver;
}

export const NODE_ID_RESOLVERS = NODE_TYPES.map(nodeIdResolverFor);
