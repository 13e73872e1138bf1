import { BadUserInputError, NotFoundError } from '../../errors';
import { EntityRepository } from '../../repositories/entity.repository';
import { EntityRecord } from '../../repositories/records';

/**
 * The entities named by the arguments (`{ from: "奉贤区", to: "上坝村" }`), in one round trip; a
 * reference that names nothing is a NOT_FOUND naming the argument.
 */
export async function requireEntities<K extends string>(repository: EntityRepository, refs: Record<K, string>): Promise<Record<K, EntityRecord>> {
  const names = Object.keys(refs) as K[];
  const texts = names.map((name) => {
    const text = refs[name]?.trim() ?? '';
    if (!text) throw new BadUserInputError(`"${name}" must name an entity by id, official code or exact name (e.g. "310120" or "奉贤区"); got an empty string.`, { argumentName: name });
    return text;
  });
  const found = await repository.byReferences(texts);
  const entities = {} as Record<K, EntityRecord>;
  names.forEach((name, index) => {
    const entity = found[index];
    if (!entity) {
      throw new NotFoundError(
        `No entity has the id, official code or name "${texts[index]}" given as "${name}". ` +
          'Check the spelling, or look it up with entity(name:) or the entity lists.',
        { argumentName: name, value: texts[index] },
      );
    }
    entities[name] = entity;
  });
  return entities;
}
