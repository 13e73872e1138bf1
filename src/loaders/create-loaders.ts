import DataLoader from 'dataloader';
import { Direction, DocumentRecord, EntityRecord, NoteRecord, ObservationRecord, RelationIdentity, RelationRecord, RelationType } from '../model';
import { DocumentRepository } from '../repositories/document.repository';
import { EntityRepository } from '../repositories/entity.repository';
import { RelationRepository } from '../repositories/relation.repository';

export interface Repositories {
  entities: EntityRepository;
  relations: RelationRepository;
  documents: DocumentRepository;
}

/** A relationship lookup: one entity's relationships of some types in one direction. */
export interface RelationKey {
  id: string;
  types: readonly RelationType[];
  direction: Direction;
  mode: string | null;
}

export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  parent: DataLoader<string, EntityRecord | null>;
  children: DataLoader<{ id: string; limit: number }, EntityRecord[], string>;
  relations: DataLoader<RelationKey, RelationRecord[], string>;
  observations: DataLoader<{ id: string; metric: string | null }, ObservationRecord[], string>;
  /** One relationship by its identity, one observation by its id: what global ids name. */
  relation: DataLoader<RelationIdentity, RelationRecord | null, string>;
  observation: DataLoader<string, ObservationRecord | null>;
  document: DataLoader<string, DocumentRecord | null>;
  documentWithText: DataLoader<string, DocumentRecord | null>;
  notes: DataLoader<string, NoteRecord[]>;
  mentions: DataLoader<string, EntityRecord[]>;
}

/**
 * Fresh loaders for one request: each level of a nested query costs one round trip per
 * loader, whatever the number of parents. Keys that differ in their arguments (a relation
 * lookup's types or direction) are grouped, one query per group.
 */
export function createLoaders(repositories: Repositories): Loaders {
  const { entities, relations, documents } = repositories;
  return {
    entity: new DataLoader((ids) => entities.byIds(ids)),
    parent: new DataLoader((ids) => entities.parents(ids)),
    children: new DataLoader(
      (keys) => batchByGroup(keys, (key) => String(key.limit), (group) => entities.children(group.map((k) => k.id), group[0].limit)),
      { cacheKeyFn: (key) => `${key.id}|${key.limit}` },
    ),
    relations: new DataLoader(
      (keys) =>
        batchByGroup(keys, (key) => `${key.types.join(',')}|${key.direction}|${key.mode}`, (group) =>
          relations.relationsOf(group.map((k) => k.id), group[0].types, group[0].direction, group[0].mode),
        ),
      { cacheKeyFn: (key) => `${key.id}|${key.types.join(',')}|${key.direction}|${key.mode}` },
    ),
    observations: new DataLoader(
      (keys) => batchByGroup(keys, (key) => String(key.metric), (group) => entities.observationsOf(group.map((k) => k.id), group[0].metric)),
      { cacheKeyFn: (key) => `${key.id}|${key.metric}` },
    ),
    relation: new DataLoader((keys) => relations.byIdentities(keys), { cacheKeyFn: (key) => JSON.stringify([key.from, key.to, key.type, key.key]) }),
    observation: new DataLoader((ids) => entities.observationsByIds(ids)),
    document: new DataLoader((ids) => documents.byIds(ids, false)),
    documentWithText: new DataLoader((ids) => documents.byIds(ids, true)),
    notes: new DataLoader((ids) => documents.notesOf(ids)),
    mentions: new DataLoader((ids) => documents.mentionsOf(ids)),
  };
}

/** Runs one query per group of keys sharing their arguments; results come back in key order. */
async function batchByGroup<K, V>(keys: readonly K[], groupOf: (key: K) => string, load: (group: K[]) => Promise<V[]>): Promise<V[]> {
  const groups = new Map<string, number[]>();
  keys.forEach((key, index) => {
    const name = groupOf(key);
    groups.set(name, [...(groups.get(name) ?? []), index]);
  });
  const results = new Array<V>(keys.length);
  await Promise.all(
    [...groups.values()].map(async (indexes) => {
      const values = await load(indexes.map((index) => keys[index]));
      indexes.forEach((index, position) => (results[index] = values[position]));
    }),
  );
  return results;
}
