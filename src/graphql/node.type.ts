import { Field, ID, InterfaceType } from 'type-graphql';

export const NODE_ID_DESCRIPTION = 'Global id: opaque, unique across every type, stable while the object is in the graph; node(id:) takes it.';

/** A value node(id) returns: tagged with its GraphQL type's name, as graphql-js's default type resolver reads it. */
export interface NodeValue {
  __typename: string;
}

@InterfaceType('Node', {
  description:
    'An object a client can refetch by its global id (Relay object identification): node(id: nodeId) returns it. ' +
    'The global id is `nodeId`, not `id`, because `id` is the domain id clients already key on (an area\'s code, a ' +
    'document\'s stem) and those overlap between types (a review item has the id of its fact). Relay: set the compiler\'s ' +
    'schemaConfig.nodeInterfaceIdField to "nodeId".',
  resolveType: (value: NodeValue) => value.__typename,
})
export abstract class NodeInterface {
  @Field(() => ID, { description: NODE_ID_DESCRIPTION })
  nodeId!: string;
}
