import { BadUserInputError } from '../../errors';
import { EntityRecord, NETWORK_RELATION_TYPES, RelationRecord, RelationType } from '../../model';
import { EntityRepository } from '../../repositories/entity.repository';
import { RelationRepository } from '../../repositories/relation.repository';

export interface DistrictNetwork {
  district: EntityRecord;
  relations: RelationRecord[];
  targets: EntityRecord[];
}

/** A Shanghai district and everything it (or a body belonging to it) pairs with, funds or builds. */
export class NetworkService {
  constructor(
    private readonly entities: EntityRepository,
    private readonly relations: RelationRepository,
  ) {}

  async districtNetwork(args: { name?: string | null; code?: string | null }): Promise<DistrictNetwork | null> {
    const name = args.name?.trim() || null;
    const code = args.code?.trim() || null;
    if (!name && !code) throw new BadUserInputError('Give "name" (e.g. "松江区" or "松江") or "code" (e.g. "310117") of a district.');
    if (code && !/^\d{6}$/.test(code)) throw new BadUserInputError(`"code" must be a six-digit county-level division code such as "310117"; got "${code}".`);
    const district = await this.entities.districtByNameOrCode(name, code);
    if (!district) return null;
    const { relations, targets } = await this.relations.districtNetwork(district.id, NETWORK_RELATION_TYPES);
    return { district, relations, targets };
  }
}
