import { BadUserInputError, NotFoundError } from '../../errors';
import { EntityRecord, kindOf, NETWORK_RELATION_TYPES, RelationRecord, RelationType } from '../../model';
import { EntityReferences } from '../references/entity-references';
import { RelationRepository } from '../../repositories/relation.repository';

export interface DistrictNetwork {
  district: EntityRecord;
  relations: RelationRecord[];
  targets: EntityRecord[];
}

/** A Shanghai district and everything it (or a body belonging to it) pairs with, funds or builds. */
export class NetworkService {
  constructor(
    private readonly references: EntityReferences,
    private readonly relations: RelationRepository,
  ) {}

  async districtNetwork(args: { name?: string | null; code?: string | null }): Promise<DistrictNetwork | null> {
    const name = args.name?.trim() || null;
    const code = args.code?.trim() || null;
    if (!name && !code) throw new BadUserInputError('Give "name" (e.g. "松江区" or "松江") or "code" (e.g. "310117") of a district.');
    if (code && !/^\d{6}$/.test(code)) throw new BadUserInputError(`"code" must be a six-digit county-level division code such as "310117"; got "${code}".`);
    if (name && code) throw new BadUserInputError('Give "name" or "code" of a district, not both.');
    const district = await this.district(name ? 'name' : 'code', (name ?? code)!);
    if (!district) return null;
    const { relations, targets } = await this.relations.districtNetwork(district.id, NETWORK_RELATION_TYPES);
    return { district, relations, targets };
  }

  /** The district a reference names; null when it names nothing, BAD_USER_INPUT when it names something else. */
  private async district(argumentName: string, text: string): Promise<EntityRecord | null> {
    let found: EntityRecord;
    try {
      found = (await this.references.require({ [argumentName]: { text } }))[argumentName];
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
    if (!found.labels.includes('District')) {
      throw new BadUserInputError(`"${text}" is ${found.name} (${kindOf(found.labels)}), not a Shanghai district; districts are listed by districts { edges { node { name } } }.`, {
        argumentName,
      });
    }
    return found;
  }
}
