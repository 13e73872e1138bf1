import { PairingMode, RelationRecord } from '../../model';
import { RelationRepository } from '../../repositories/relation.repository';
import { Connection, decodeCursor, PageArgs, pageSize, toConnection } from './pagination';

export interface PairingFilter {
  mode?: PairingMode | null;
  helper?: string | null;
  helped?: string | null;
  province?: string | null;
}

/** A pairing's stable id, also its keyset cursor: helper>helped#mode. */
export function pairingId(relation: Pick<RelationRecord, 'from' | 'to'> & { mode?: unknown }): string {
  return `${relation.from}>${relation.to}#${String(relation.mode)}`;
}

export class PairingService {
  constructor(
    private readonly relations: RelationRepository,
    private readonly maxPageSize: number,
  ) {}

  async list(filter: PairingFilter, args: PageArgs): Promise<Connection<RelationRecord>> {
    const limit = pageSize(args, this.maxPageSize);
    const page = await this.relations.listPairings({
      mode: filter.mode ?? undefined,
      helper: filter.helper?.trim() || undefined,
      helped: filter.helped?.trim() || undefined,
      province: filter.province?.trim() || undefined,
      after: decodeCursor(args.after, (value): value is string => typeof value === 'string'),
      limit: limit + 1,
    });
    return toConnection(page.items, page.totalCount, limit, pairingId);
  }
}
