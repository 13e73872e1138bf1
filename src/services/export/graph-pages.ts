import { EntityRecord, ExportEdge, relationIdOf, RelationType } from '../../model';
import { ExportRepository, FIRST_RELATION, RelationCursor } from '../../repositories/export.repository';
import { relationLabel } from '../analysis/relation-labels';

/**
 * Every entity, read in keyset pages of `batch` (by id) as the consumer asks for them: the next
 * page is read only when the writer has taken the last one, so memory holds one page at a time.
 */
export async function* entityPages(repository: ExportRepository, batch: number): AsyncGenerator<EntityRecord> {
  let after = '';
  for (;;) {
    const page = await repository.entitiesAfter(after, batch);
    yield* page;
    if (page.length < batch) return;
    after = page[page.length - 1].id;
  }
}

/** Every relationship of `types` between entities, in keyset pages of `batch` (by start, type, end, key). */
export async function* relationPages(repository: ExportRepository, types: readonly RelationType[], batch: number): AsyncGenerator<ExportEdge> {
  let after: RelationCursor = FIRST_RELATION;
  for (;;) {
    const page = await repository.relationsAfter(after, types, batch);
    for (const { relation, fromName, toName } of page) yield { id: relationIdOf(relation), relation, label: relationLabel(relation), fromName, toName };
    if (page.length < batch) return;
    const last = page[page.length - 1].relation;
    after = { from: last.from, type: last.type, to: last.to, key: last.key ?? '' };
  }
}
