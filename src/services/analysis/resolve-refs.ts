import { BadUserInputError, NotFoundError } from '../../errors';
import { EntityRecord } from '../../model';
import { EntityRepository } from '../../repositories/entity.repository';

/**
 * The entities named by the arguments (`{ from: "奉贤区", to: "上坝村" }`), in one round trip; a
 * reference that names nothing is a NOT_FOUND naming the argument.
 */
export async function requireEntities<K extends string>(repository: EntityRepository, refs: Record<K, string>): Promise<Record<K, EntityRecord>> {
  const texts = referenceTexts(refs);
  const names = Object.keys(texts) as K[];
  const found = await repository.byReferences(names.map((name) => texts[name]));
  return requireFound(texts, Object.fromEntries(names.map((name, index) => [name, found[index]])) as Record<K, EntityRecord | null>);
}

/** The references trimmed; an empty one is BAD_USER_INPUT naming the argument, before any query. */
export function referenceTexts<K extends string>(refs: Record<K, string>): Record<K, string> {
  const texts = {} as Record<K, string>;
  for (const name of Object.keys(refs) as K[]) {
    const text = refs[name]?.trim() ?? '';
    if (!text) throw new BadUserInputError(`"${name}" must name an entity by id, official code or exact name (e.g. "310120" or "奉贤区"); got an empty string.`, { argumentName: name });
    texts[name] = text;
  }
  return texts;
}

/** What the references named; one that named nothing is a NOT_FOUND naming its argument. */
export function requireFound<K extends string>(texts: Record<K, string>, found: Record<K, EntityRecord | null>): Record<K, EntityRecord> {
  for (const name of Object.keys(texts) as K[]) {
    if (!found[name]) {
      throw new NotFoundError(
        `No entity has the id, official code or name "${texts[name]}" given as "${name}". ` +
          'Check the spelling, or look it up with entity(name:) or the entity lists.',
        { argumentName: name, value: texts[name] },
      );
    }
  }
  return found as Record<K, EntityRecord>;
}
