import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { EntityRecord, kindOf } from '../model';
import { DistrictNetwork } from '../services/query/network.service';
import { Context } from './context';
import { DistrictType, EntityInterface } from './entity.type';
import { toPairing, toRelation } from './mappers';
import { PairingType, RelationEdgeType } from './relation.type';

@ObjectType('TypeCount')
class TypeCount {
  @Field()
  type!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('DistrictNetwork', { description: "A Shanghai district's pairing network: its own and its bodies' pairings, funding, projects." })
class DistrictNetworkType {
  @Field(() => DistrictType)
  district!: EntityRecord;
}

@Resolver(() => DistrictNetworkType)
export class NetworkResolver {
  @Query(() => DistrictNetworkType, {
    nullable: true,
    description: 'A district by name ("松江区", "松江") or code ("310117") with its full pairing network; null when no such district is in the graph.',
  })
  district(
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Arg('code', () => String, { nullable: true }) code: string | null,
    @Ctx() { services }: Context,
  ): Promise<DistrictNetwork | null> {
    return services.networks.districtNetwork({ name, code });
  }

  @FieldResolver(() => [PairingType], { description: 'Pairings of the district and of the bodies that belong to it.' })
  pairings(@Root() network: DistrictNetwork): PairingType[] {
    return network.relations.filter((relation) => relation.type === 'PAIRS_WITH').map(toPairing);
  }

  @FieldResolver(() => [RelationEdgeType], { description: 'All its pairing-work relationships (pairings, funds, projects, staff, training, donations).' })
  relations(@Root() network: DistrictNetwork): RelationEdgeType[] {
    return network.relations.map(toRelation);
  }

  @FieldResolver(() => [EntityInterface], { description: 'Everything at the other end of those relationships.' })
  counterparts(@Root() network: DistrictNetwork): EntityRecord[] {
    return network.targets;
  }

  @FieldResolver(() => [TypeCount], { description: 'Counterparts counted by type (County, Village, School …).' })
  counts(@Root() network: DistrictNetwork): TypeCount[] {
    const counts = new Map<string, number>();
    for (const target of network.targets) counts.set(kindOf(target.labels), (counts.get(kindOf(target.labels)) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([type, count]) => ({ type, count }));
  }
}
