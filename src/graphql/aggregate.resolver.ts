import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { AGGREGATE_DIMENSIONS, AggregateDimension, EntityRecord } from '../model';
import { Aggregate } from '../services/analysis/aggregate.service';
import { AggregateFilterInput, AggregateKeyType, AggregateType, ObservationChangeType } from './aggregate.type';
import { Context } from './context';
import { AggregateDimensionValue, AggregateMeasureValue } from './enums';

/** Group-by aggregates over chosen facts, and a figure's change between two dates. */
@Resolver()
export class AggregateResolver {
  @Query(() => AggregateType, {
    description:
      'A measure (money given, pairings, counterparts, projects, people benefiting) over the facts the filter keeps, grouped by up to three dimensions, ' +
      'each group with the documents it is computed from.',
  })
  async aggregate(
    @Arg('measure', () => AggregateMeasureValue) measure: AggregateMeasureValue,
    @Arg('groupBy', () => [AggregateDimensionValue], { defaultValue: [] }) groupBy: AggregateDimensionValue[],
    @Arg('filter', () => AggregateFilterInput, { nullable: true }) filter: AggregateFilterInput | null,
    @Ctx() { services, loaders }: Context,
  ): Promise<AggregateType> {
    const found = await services.aggregates.aggregate(measure, groupBy, filter ?? {});
    const entityIds = found.rows.flatMap((row) => row.keys.filter((key, index): key is string => key !== null && AGGREGATE_DIMENSIONS[found.groupBy[index]].entity));
    const documentIds = found.groupBy.includes('DOCUMENT') ? found.rows.map((row) => row.keys[found.groupBy.indexOf('DOCUMENT')]).filter((id): id is string => !!id) : [];
    const [entities, documents] = await Promise.all([loaders.entity.loadMany([...new Set(entityIds)]), loaders.document.loadMany([...new Set(documentIds)])]);
    const entityById = new Map(entities.filter((entity): entity is EntityRecord => !!entity && !(entity instanceof Error)).map((entity) => [entity.id, entity]));
    const titleById = new Map(documents.flatMap((document) => (document && !(document instanceof Error) ? [[document.id, document.title] as const] : [])));
    return { ...found, rows: found.rows.map((row) => ({ ...row, keys: row.keys.map((value, index) => keyOf(found, index, value, entityById, titleById)) })) };
  }

  @Query(() => ObservationChangeType, {
    description:
      'How a measured figure of an entity changed between two dates ("2014" → "2019"): both observations, the difference and the relative change. ' +
      'NOT_FOUND lists the dates the figure has when one is missing.',
  })
  observationChange(
    @Arg('metric') metric: string,
    @Arg('entity', { description: 'The entity, as any reference.' }) entity: string,
    @Arg('from', { description: 'A year or date as the observations give it ("2014", "2019-10").' }) from: string,
    @Arg('to') to: string,
    @Ctx() { services }: Context,
  ): Promise<ObservationChangeType> {
    return services.dashboard.observationChange(metric, entity, from, to);
  }
}

function keyOf(
  aggregate: Aggregate,
  index: number,
  value: string | null,
  entities: Map<string, EntityRecord>,
  titles: Map<string, string>,
): AggregateKeyType {
  const dimension: AggregateDimension = aggregate.groupBy[index];
  const entity = value !== null && AGGREGATE_DIMENSIONS[dimension].entity ? (entities.get(value) ?? null) : null;
  const label = value === null ? 'unknown' : (entity?.name ?? (dimension === 'DOCUMENT' ? titles.get(value) : undefined) ?? value);
  return { dimension, value, label, entity };
}
