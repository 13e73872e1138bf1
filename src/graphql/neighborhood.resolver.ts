import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { RelationType } from '../model';
import { Subgraph } from '../services/analysis/neighborhood.service';
import { Context } from './context';
import { RelationTypeValue } from './enums';
import { SubgraphType } from './neighborhood.type';
import { ScopeInput } from './scope.input';

/** What lies around an entity, for a graph drawing. */
@Resolver(() => SubgraphType)
export class NeighborhoodResolver {
  @Query(() => SubgraphType, {
    description:
      'An entity (by id, official code, name, short or composite form; `within` narrows a name several share) and everything within depth hops (1 to 3), at most limit nodes (1 to 1000); ' +
      'truncated tells when the limit cut it short.',
  })
  neighborhood(
    @Arg('id', () => String) id: string,
    @Arg('depth', () => Int, { defaultValue: 1 }) depth: number,
    @Arg('limit', () => Int, { defaultValue: 200 }) limit: number,
    @Arg('relationTypes', () => [RelationTypeValue], { nullable: true, description: 'Relationship types to follow (default: all).' })
    relationTypes: RelationTypeValue[] | null,
    @Arg('within', () => String, { nullable: true, description: 'An area the entity lies in, to tell namesakes apart ("务川县").' }) within: string | null,
    @Arg('scope', () => ScopeInput, { nullable: true, description: 'Follow only relationships these documents state or active in that year.' }) scope: ScopeInput | null,
    @Ctx() { services }: Context,
  ): Promise<Subgraph> {
    return services.neighborhoods.neighborhood(id, { depth, limit, relationTypes: relationTypes as RelationType[] | null, within, scope });
  }
}
