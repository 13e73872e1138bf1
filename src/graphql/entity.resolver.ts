import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { DEFAULT_RELATION_TYPES, EntityRecord, kindOf } from '../model';
import { Context } from './context';
import { DocumentType } from './document.type';
import { DirectionValue, EntityType, PairingModeValue, RelationTypeValue } from './enums';
import { EntityInterface } from './entity.type';
import { EvidenceType, toEvidence } from './evidence.type';
import { toPairing, toRelation } from './mappers';
import { ObservationType, PairingType, RelationEdgeType } from './relation.type';

/** Fields every entity has, and lookups of one entity. */
@Resolver(() => EntityInterface)
export class EntityResolver {
  @Query(() => EntityInterface, {
    nullable: true,
    description:
      'One entity by id (e.g. "532822") or by name: official, as written, short or composite (e.g. "勐海县", "德宏芒市", "果洛州", "务川县上坝村"); ' +
      'null when none, AMBIGUOUS_REFERENCE (with the candidates) when the name fits several and `within` does not narrow it.',
  })
  entity(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Arg('within', () => String, { nullable: true, description: 'An area the entity lies in, to tell namesakes apart (上坝村 within "务川县").' }) within: string | null,
    @Ctx() { services, loaders }: Context,
  ): Promise<EntityRecord | null> {
    return services.entities.find({ id, name, within }, (key) => loaders.entity.load(key));
  }

  @FieldResolver(() => EntityType)
  type(@Root() entity: EntityRecord): EntityType {
    return kindOf(entity.labels);
  }

  @FieldResolver(() => Boolean, { description: 'True when the construction that read it is trusted too little to state it without a person checking (reviewQueue).' })
  needsReview(@Root() entity: EntityRecord): boolean {
    return entity.needsReview === true;
  }

  @FieldResolver(() => [String], { description: 'Other names the documents use for it.' })
  aliases(@Root() entity: EntityRecord): string[] {
    return entity.aliases ?? [];
  }

  @FieldResolver(() => [String], { description: 'Ids of the documents that mention it.' })
  sources(@Root() entity: EntityRecord): string[] {
    return entity.sources ?? [];
  }

  @FieldResolver(() => [EvidenceType], { description: 'The sentences that name it.' })
  evidence(@Root() entity: EntityRecord): EvidenceType[] {
    return toEvidence(entity);
  }

  @FieldResolver(() => [DocumentType], { description: 'The documents that mention it.' })
  async documents(@Root() entity: EntityRecord, @Ctx() { loaders }: Context): Promise<DocumentType[]> {
    const documents = await loaders.document.loadMany(entity.sources ?? []);
    return documents.filter((document): document is DocumentType => !!document && !(document instanceof Error));
  }

  @FieldResolver(() => [RelationEdgeType], { description: 'Relationships of the given types (default: all but PART_OF) in the given direction.' })
  async relations(
    @Root() entity: EntityRecord,
    @Arg('types', () => [RelationTypeValue], { nullable: true }) types: RelationTypeValue[] | null,
    @Arg('direction', () => DirectionValue, { defaultValue: DirectionValue.BOTH }) direction: DirectionValue,
    @Ctx() { loaders }: Context,
  ): Promise<RelationEdgeType[]> {
    const wanted = types?.length ? types : DEFAULT_RELATION_TYPES;
    const records = await loaders.relations.load({ id: entity.id, types: [...new Set(wanted)].sort(), direction, mode: null });
    return records.map(toRelation);
  }

  @FieldResolver(() => [PairingType], { description: 'Pairings this entity takes part in: OUT where it helps, IN where it is helped.' })
  async pairings(
    @Root() entity: EntityRecord,
    @Arg('direction', () => DirectionValue, { defaultValue: DirectionValue.BOTH }) direction: DirectionValue,
    @Arg('mode', () => PairingModeValue, { nullable: true }) mode: PairingModeValue | null,
    @Ctx() { loaders }: Context,
  ): Promise<PairingType[]> {
    const records = await loaders.relations.load({ id: entity.id, types: ['PAIRS_WITH'], direction, mode });
    return records.map(toPairing);
  }

  @FieldResolver(() => [ObservationType], { description: 'Figures measured for it over time, oldest first within a metric.' })
  observations(
    @Root() entity: EntityRecord,
    @Arg('metric', () => String, { nullable: true }) metric: string | null,
    @Ctx() { loaders }: Context,
  ): Promise<ObservationType[]> {
    return loaders.observations.load({ id: entity.id, metric });
  }
}
