import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import { RelationRecord } from '../model';
import { Connection } from '../services/query/pagination';
import { connectionOf } from './connection.type';
import { Context } from './context';
import { PairingModeValue } from './enums';
import { PageArgs } from './entity-list.args';
import { toPairing } from './mappers';
import { PairingType } from './relation.type';

const PairingConnection = connectionOf(PairingType, 'Pairing');

@ArgsType()
class PairingListArgs extends PageArgs {
  @Field(() => PairingModeValue, { nullable: true })
  mode?: PairingModeValue;

  @Field(() => String, { nullable: true, description: 'Id or exact name of the helping party (e.g. "松江区").' })
  helper?: string;

  @Field(() => String, { nullable: true, description: 'Id or exact name of the helped party.' })
  helped?: string;

  @Field(() => String, { nullable: true, description: 'Province of the helped party: code ("53") or name ("云南").' })
  province?: string;
}

@Resolver()
export class PairingResolver {
  @Query(() => PairingConnection, { description: 'Pairings (PAIRS_WITH), filtered, in stable keyset pages.' })
  async pairings(@Args() args: PairingListArgs, @Ctx() { services }: Context): Promise<Connection<RelationRecord>> {
    const { first, after, ...filter } = args;
    const page = await services.pairings.list(filter, { first, after });
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: toPairing(edge.node) })) };
  }
}
