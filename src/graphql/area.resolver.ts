import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { AREA_LIMITS, EntityRecord } from '../model';
import { requireIntegerInRange } from '../services/arguments';
import { Context } from './context';
import { AreaInterface } from './entity.type';


/** The PART_OF hierarchy, up and down. */
@Resolver(() => AreaInterface)
export class AreaResolver {
  @FieldResolver(() => Boolean)
  unresolved(@Root() area: EntityRecord): boolean {
    return area.unresolved === true;
  }

  @FieldResolver(() => AreaInterface, { nullable: true, description: 'The area this one is part of.' })
  parent(@Root() area: EntityRecord, @Ctx() { loaders }: Context): Promise<EntityRecord | null> {
    return loaders.parent.load(area.id);
  }

  @FieldResolver(() => [AreaInterface], { description: 'Enclosing areas, top-down (province first).' })
  async ancestors(@Root() area: EntityRecord, @Ctx() { loaders }: Context): Promise<EntityRecord[]> {
    const chain: EntityRecord[] = [];
    for (let parent = await loaders.parent.load(area.id); parent && chain.length < 6; parent = await loaders.parent.load(parent.id)) {
      chain.unshift(parent);
    }
    return chain;
  }

  @FieldResolver(() => [AreaInterface], { description: `Areas in the graph that are part of this one (at most ${AREA_LIMITS.maxChildren}).` })
  children(
    @Root() area: EntityRecord,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
    @Ctx() { loaders }: Context,
  ): Promise<EntityRecord[]> {
    return loaders.children.load({ id: area.id, limit: requireIntegerInRange('first', first, AREA_LIMITS.maxChildren) });
  }
}
