import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import { RelationRecord, RelationType } from '../model';
import { Connection } from '../services/query/pagination';
import { connectionOf } from './connection.type';
import { Context } from './context';
import { PairingModeValue, RelationTypeValue } from './enums';
import { PageArgs } from './entity-list.args';
import { toPairing, toRelation } from './mappers';
import { PairingType, RelationEdgeType } from './relation.type';
import { ScopeInput } from './scope.input';

const PairingConnection = connectionOf(PairingType, 'Pairing');
const RelationConnection = connectionOf(RelationEdgeType, 'Relation');

const REFERENCE = 'an id, official code, name, or a short or written form ("奉贤", "果洛州", "务川县上坝村"); AMBIGUOUS_REFERENCE when it names several';

@ArgsType()
class PairingListArgs extends PageArgs {
  @Field(() => PairingModeValue, { nullable: true })
  mode?: PairingModeValue;

  @Field(() => String, { nullable: true, description: `The helping party: ${REFERENCE}.` })
  helper?: string;

  @Field(() => String, { nullable: true, description: `The helped party: ${REFERENCE}.` })
  helped?: string;

  @Field(() => String, { nullable: true, description: 'Only helped parties inside this area: a province, prefecture or county ("云南", "大理州", "532900").' })
  helpedWithin?: string;

  @Field(() => String, { nullable: true, description: 'The province of the helped party ("53", "云南"); the same as helpedWithin.' })
  province?: string;

  @Field(() => ScopeInput, { nullable: true })
  scope?: ScopeInput;
}

@ArgsType()
class RelationListArgs extends PageArgs {
  @Field(() => [RelationTypeValue], { nullable: true, description: 'Relationship types (default: all but PART_OF).' })
  types?: RelationTypeValue[];

  @Field(() => String, { nullable: true, description: `Where they start: ${REFERENCE}.` })
  from?: string;

  @Field(() => String, { nullable: true, description: `Where they end: ${REFERENCE}.` })
  to?: string;

  @Field(() => String, { nullable: true, description: 'Either end.' })
  party?: string;

  @Field(() => ScopeInput, { nullable: true })
  scope?: ScopeInput;
}

@Resolver()
export class RelationListResolver {
  @Query(() => PairingConnection, { description: 'Pairings (PAIRS_WITH), filtered and scoped, in stable keyset pages.' })
  async pairings(@Args() args: PairingListArgs, @Ctx() { services }: Context): Promise<Connection<RelationRecord>> {
    const { first, after, ...filter } = args;
    const page = await services.relations.list(filter, { first, after });
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: toPairing(edge.node) })) };
  }

  @Query(() => RelationConnection, { description: 'Relationships of any types, with their parties, properties and evidence, filtered and scoped, in stable keyset pages.' })
  async relations(@Args() args: RelationListArgs, @Ctx() { services }: Context): Promise<Connection<RelationRecord>> {
    const { first, after, types, ...filter } = args;
    const page = await services.relations.listRelations({ ...filter, types: types as RelationType[] | undefined }, { first, after });
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: toRelation(edge.node) })) };
  }
}
