import { BadUserInputError, NotFoundError } from '../../errors';
import { EntityReferences } from '../references/entity-references';
import { FactScopes } from '../references/fact-scope';
import { EntityRecord, FactScope, kindOf, ListableLabel } from '../../model';
import { EntityOrdering, EntityRepository } from '../../repositories/entity.repository';
import { Connection, decodeCursor, PageArgs, pageSize, toConnection } from './pagination';

export interface EntityListArgs extends PageArgs {
  nameContains?: string | null;
  province?: string | null;
  ordering?: EntityOrdering | null;
  scope?: FactScope | null;
}

const isNameIdKey = (value: unknown): value is [string, string] =>
  Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string');

/** Lookups and lists of entities, with argument checks a client can act on. */
export class EntityService {
  constructor(
    private readonly entities: EntityRepository,
    private readonly references: EntityReferences,
    private readonly scopes: FactScopes,
    private readonly maxPageSize: number,
  ) {}

  /**
   * One entity by id, or by any reference (name, written, short or composite form, narrowed by
   * `within`); null when none has it, AMBIGUOUS_REFERENCE when the name fits several.
   */
  async find(args: { id?: string | null; name?: string | null; within?: string | null }, byId: (id: string) => Promise<EntityRecord | null>): Promise<EntityRecord | null> {
    const { id, name, within } = args;
    if ((id ? 1 : 0) + (name ? 1 : 0) !== 1) {
      throw new BadUserInputError('Give exactly one of "id" or "name" (e.g. entity(id: "532822") or entity(name: "勐海县")).');
    }
    if (id) return byId(id);
    try {
      return (await this.references.require({ name: { text: name, within } })).name;
    } catch (error) {
      if (error instanceof NotFoundError && error.extensions.argumentName === 'name') return null;
      throw error;
    }
  }

  async list(label: ListableLabel, args: EntityListArgs): Promise<Connection<EntityRecord>> {
    const limit = pageSize(args, this.maxPageSize);
    const ordering = args.ordering ?? 'NAME_ASC';
    if (args.scope?.activeIn != null || args.scope?.period != null) {
      throw new BadUserInputError('An entity list takes scope.documents only: activeIn and period select facts (pairings, relations), not entities.', { argumentName: 'scope' });
    }
    const [{ province }, { documents }] = await Promise.all([this.references.optional({ province: args.province }), this.scopes.params(args.scope, 'EVER')]);
    if (province && !province.labels.includes('Province')) {
      throw new BadUserInputError(`"province" must name a province ("云南", "53"); "${args.province}" is ${province.name} (${kindOf(province.labels)}).`, {
        argumentName: 'province',
      });
    }
    const page = await this.entities.list({
      label,
      nameContains: args.nameContains?.trim() || undefined,
      provinceCode: province?.id,
      documents,
      ordering,
      after: decodeCursor(args.after, isNameIdKey),
      limit: limit + 1,
    });
    return toConnection(page.items, page.totalCount, limit, (node) => [node.name, node.id]);
  }
}
