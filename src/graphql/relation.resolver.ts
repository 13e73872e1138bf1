import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EntityRecord, RelationRecord } from '../model';
import { NotFoundError } from '../errors';
import { Context } from './context';
import { EntityInterface } from './entity.type';
import { EvidenceType, toEvidence } from './evidence.type';
import { ObservationType, PairingType, RelationEdgeType } from './relation.type';

/** Both ends of a relationship are in the graph; a miss means it changed under the request. */
async function endpoint(context: Context, id: string): Promise<EntityRecord> {
  const entity = await context.loaders.entity.load(id);
  if (!entity) throw new NotFoundError(`Entity "${id}" at the end of a relationship is no longer in the graph.`, { id });
  return entity;
}

@Resolver(() => RelationEdgeType)
export class RelationResolver {
  @FieldResolver(() => EntityInterface)
  from(@Root() relation: RelationRecord, @Ctx() context: Context): Promise<EntityRecord> {
    return endpoint(context, relation.from);
  }

  @FieldResolver(() => EntityInterface)
  to(@Root() relation: RelationRecord, @Ctx() context: Context): Promise<EntityRecord> {
    return endpoint(context, relation.to);
  }

  @FieldResolver(() => [EvidenceType])
  evidence(@Root() relation: RelationRecord): EvidenceType[] {
    return toEvidence(relation);
  }
}

@Resolver(() => PairingType)
export class PairingFieldsResolver {
  @FieldResolver(() => EntityInterface, { description: 'The helping party (a district, township, enterprise, agency …).' })
  helper(@Root() pairing: RelationRecord, @Ctx() context: Context): Promise<EntityRecord> {
    return endpoint(context, pairing.from);
  }

  @FieldResolver(() => EntityInterface, { description: 'The party helped (a county, township, village …).' })
  helped(@Root() pairing: RelationRecord, @Ctx() context: Context): Promise<EntityRecord> {
    return endpoint(context, pairing.to);
  }

  @FieldResolver(() => [EvidenceType], { description: 'Every sentence that states this pairing.' })
  evidence(@Root() pairing: RelationRecord): EvidenceType[] {
    return toEvidence(pairing);
  }
}

@Resolver(() => ObservationType)
export class ObservationResolver {
  @FieldResolver(() => [EvidenceType])
  evidence(@Root() observation: RelationRecord): EvidenceType[] {
    return toEvidence(observation);
  }
}
