import { Field, ID, ObjectType } from 'type-graphql';
import { EntityRecord } from '../model';
import { RelationTypeValue } from './enums';
import { EntityInterface } from './entity.type';

@ObjectType('SubgraphEdge', { description: 'A relationship drawn as an edge between two node ids.' })
export class SubgraphEdgeType {
  @Field(() => ID, { description: 'from>to#TYPE#key, as the Relation id.' })
  id!: string;

  @Field(() => ID, { description: 'Id of the start node.' })
  source!: string;

  @Field(() => ID, { description: 'Id of the end node.' })
  target!: string;

  @Field(() => RelationTypeValue)
  type!: RelationTypeValue;

  @Field({ description: 'What to write on the edge, read from source to target: the pairing mode (扶贫协作) or the verb of its type (援建, 属于 for PART_OF) …' })
  label!: string;
}

@ObjectType('Subgraph', { description: 'Nodes and edges ready for a graph drawing; every edge joins two of the nodes.' })
export class SubgraphType {
  @Field(() => [EntityInterface], { description: 'The centre first, then breadth first.' })
  nodes!: EntityRecord[];

  @Field(() => [SubgraphEdgeType])
  edges!: SubgraphEdgeType[];

  @Field({ description: 'True when the limit cut nodes or edges off: the drawing is not the whole neighbourhood.' })
  truncated!: boolean;
}
