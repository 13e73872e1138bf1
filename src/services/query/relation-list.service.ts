import { BadUserInputError } from '../../errors';
import { DEFAULT_RELATION_TYPES, FactScope, PairingMode, RelationRecord, relationIdOf, RelationType } from '../../model';
import { RelationRepository } from '../../repositories/relation.repository';
import { EntityReferences } from '../references/entity-references';
import { FactScopes } from '../references/fact-scope';
import { Connection, decodeCursor, PageArgs, pageSize, toConnection } from './pagination';

export interface PairingFilter {
  mode?: PairingMode | null;
  helper?: string | null;
  helped?: string | null;
  /** The helped party lies in this area (a province, prefecture or county). */
  helpedWithin?: string | null;
  /** Kept for older clients: the same as helpedWithin, for a province. */
  province?: string | null;
  scope?: FactScope | null;
}

export interface RelationFilter {
  types?: readonly RelationType[] | null;
  from?: string | null;
  to?: string | null;
  /** Either end. */
  party?: string | null;
  scope?: FactScope | null;
}

/** A pairing's stable id: helper>helped#mode. */
export function pairingId(relation: Pick<RelationRecord, 'from' | 'to'> & { mode?: unknown }): string {
  return `${relation.from}>${relation.to}#${String(relation.mode)}`;
}

const isCursor = (value: unknown): value is string => typeof value === 'string';

/** Lists of relationships (pairings among them), their parties named as every argument names an entity. */
export class RelationListService {
  constructor(
    private readonly relations: RelationRepository,
    private readonly references: EntityReferences,
    private readonly scopes: FactScopes,
    private readonly maxPageSize: number,
  ) {}

  async list(filter: PairingFilter, args: PageArgs): Promise<Connection<RelationRecord>> {
    if (filter.helpedWithin?.trim() && filter.province?.trim()) {
      throw new BadUserInputError('Give "helpedWithin" or "province", not both: "helpedWithin" takes a province too.', { argumentName: 'province' });
    }
    const parties = await this.references.optional({ helper: filter.helper, helped: filter.helped, helpedWithin: filter.helpedWithin ?? filter.province });
    return this.page(['PAIRS_WITH'], { from: parties.helper?.id, to: parties.helped?.id, toWithin: parties.helpedWithin?.id, mode: filter.mode }, filter.scope, args);
  }

  /** Relationships of the given types (default: all but PART_OF), between the given parties. */
  async listRelations(filter: RelationFilter, args: PageArgs): Promise<Connection<RelationRecord>> {
    const parties = await this.references.optional({ from: filter.from, to: filter.to, party: filter.party });
    const types = filter.types?.length ? filter.types : DEFAULT_RELATION_TYPES;
    return this.page(types, { from: parties.from?.id, to: parties.to?.id, party: parties.party?.id }, filter.scope, args);
  }

  private async page(
    types: readonly RelationType[],
    ends: { from?: string; to?: string; party?: string; toWithin?: string; mode?: string | null },
    scope: FactScope | null | undefined,
    args: PageArgs,
  ): Promise<Connection<RelationRecord>> {
    const limit = pageSize(args, this.maxPageSize);
    const page = await this.relations.list({
      types,
      from: ends.from ?? null,
      to: ends.to ?? null,
      party: ends.party ?? null,
      toWithin: ends.toWithin ?? null,
      mode: ends.mode ?? null,
      scope: await this.scopes.params(scope, 'EVER'),
      after: decodeCursor(args.after, isCursor) ?? null,
      limit: limit + 1,
    });
    return toConnection(page.items, page.totalCount, limit, relationIdOf);
  }
}
