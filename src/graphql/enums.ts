import { registerEnumType } from 'type-graphql';
import {
  constantName, DIRECTIONS, Direction, ENTITY_KINDS, EntityKind, PAIRING_MODE_ENUM, PAIRING_MODES, PairingMode, RELATION_TYPES, RelationType,
  AGGREGATE_DIMENSIONS, AGGREGATE_MEASURES, AggregateDimension, AggregateMeasure, FUND_SOURCES, FundSource, Period, PERIODS, REVIEW_KINDS, ReviewKind, Role, ROLES, SEARCH_MATCH_KINDS, SearchMatchKind,
} from '../model';

/**
 * The API's enums, each derived from the model's vocabulary so that the API cannot drift from
 * the graph: a kind, relation type or mode added there appears here.
 */
const enumOf = <V extends string>(values: readonly V[], name: (value: V) => string = (value) => value): Record<string, V> =>
  Object.fromEntries(values.map((value) => [name(value), value]));

/** GraphQL names of the node labels (SOCIAL_ORGANIZATION); values are the labels themselves. */
export const EntityType = enumOf<EntityKind>(ENTITY_KINDS, constantName);
export type EntityType = EntityKind;

/** Pairing modes; values are the Chinese terms stored on PAIRS_WITH.mode. */
export const PairingModeValue = PAIRING_MODE_ENUM;
export type PairingModeValue = PairingMode;

export const RelationTypeValue = enumOf<RelationType>(RELATION_TYPES);
export type RelationTypeValue = RelationType;

export const DirectionValue = enumOf<Direction>(DIRECTIONS);
export type DirectionValue = Direction;

export const SearchMatch = enumOf<SearchMatchKind>(Object.keys(SEARCH_MATCH_KINDS) as SearchMatchKind[]);
export type SearchMatch = SearchMatchKind;

export const ReviewKindValue = enumOf<ReviewKind>(REVIEW_KINDS);
export type ReviewKindValue = ReviewKind;

/** GraphQL names of the roles (EDITOR); values are the model's (editor). */
export const RoleValue = enumOf<Role>(ROLES, (role) => role.toUpperCase());
export type RoleValue = Role;

export const PeriodValue = enumOf<Period>(Object.keys(PERIODS) as Period[]);
export type PeriodValue = Period;

export const AggregateMeasureValue = enumOf<AggregateMeasure>(Object.keys(AGGREGATE_MEASURES) as AggregateMeasure[]);
export type AggregateMeasureValue = AggregateMeasure;

export const AggregateDimensionValue = enumOf<AggregateDimension>(Object.keys(AGGREGATE_DIMENSIONS) as AggregateDimension[]);
export type AggregateDimensionValue = AggregateDimension;

export const FundSourceValue = enumOf<FundSource>(Object.keys(FUND_SOURCES) as FundSource[]);
export type FundSourceValue = FundSource;

export enum EntityOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  ID_ASC = 'ID_ASC',
}

const descriptions = <T extends Record<string, { description: string }>>(table: T) =>
  Object.fromEntries(Object.entries(table).map(([name, { description }]) => [name, { description }]));

registerEnumType(EntityType, { name: 'EntityType', description: 'The kind of an entity (its node label).' });
registerEnumType(PairingModeValue, { name: 'PairingMode', description: 'How a helping party is paired with a helped one.', valuesConfig: descriptions(PAIRING_MODES) });
registerEnumType(RelationTypeValue, { name: 'RelationType', description: 'Relationship types of the graph.' });
registerEnumType(DirectionValue, { name: 'Direction', description: 'OUT: from this entity; IN: to it; BOTH: either.' });
registerEnumType(SearchMatch, { name: 'SearchMatch', description: 'How a search hit matched the text.', valuesConfig: descriptions(SEARCH_MATCH_KINDS) });
registerEnumType(ReviewKindValue, { name: 'ReviewKind', description: 'RELATION: a relationship between two entities; ENTITY: an entity.' });
registerEnumType(PeriodValue, { name: 'Period', description: 'Which pairings count by their time.', valuesConfig: descriptions(PERIODS) });
registerEnumType(AggregateMeasureValue, { name: 'AggregateMeasure', description: 'What an aggregate sums or counts.', valuesConfig: descriptions(AGGREGATE_MEASURES) });
registerEnumType(AggregateDimensionValue, { name: 'AggregateDimension', description: 'What an aggregate groups by.', valuesConfig: descriptions(AGGREGATE_DIMENSIONS) });
registerEnumType(FundSourceValue, { name: 'FundSource', description: 'Where money came from, as the report says it.', valuesConfig: descriptions(FUND_SOURCES) });
registerEnumType(EntityOrder, { name: 'EntityOrder', description: 'Sort order of entity lists (stable keyset pagination).' });
registerEnumType(RoleValue, {
  name: 'Role',
  description: 'What an API key may do: READER reads, EDITOR also ingests, ADMIN also removes and restores documents and manages keys.',
});
