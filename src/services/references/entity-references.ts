import { AmbiguousReferenceError, BadUserInputError, NotFoundError } from '../../errors';
import { constantName, EntityRecord, kindOf, REFERENCE_LIMITS } from '../../model';
import { Gazetteer } from '../../gazetteer/gazetteer';
import { EntityRepository, ReferenceCandidates } from '../../repositories/entity.repository';

/**
 * What a client wrote to name an entity: an id, an official code, a name, a written form (德宏芒市),
 * a short form (奉贤, 果洛州) or a composite one (务川县上坝村), optionally narrowed by `within`, a
 * reference to an area it lies in.
 */
export interface EntityReference {
  text: string | null | undefined;
  within?: string | null;
}

/** One candidate of an ambiguous reference, as the error lists it. */
export interface ReferenceCandidate {
  id: string;
  name: string;
  /** As the EntityType enum names it (VILLAGE). */
  type: string;
  /** The areas it lies in, widest first (贵州省, 遵义市, 务川仡佬族苗族自治县, …). */
  within: string[];
  /** How many documents mention it. */
  mentions: number;
}

/**
 * The one way the API reads a reference to an entity, behind every argument that names one
 * (lookups, list filters, paths, neighbourhoods, dashboards). An id wins outright; otherwise the
 * gazetteer reads the text as reports write places (short and composite forms, with `within` as
 * context) and the graph adds every entity whose official name or a written form it is. One
 * candidate is the answer; several are an AMBIGUOUS_REFERENCE listing them, unless exactly one
 * bears the text as its official name; none is a NOT_FOUND naming the argument.
 */
export class EntityReferences {
  constructor(
    private readonly entities: EntityRepository,
    private readonly gazetteer: () => Promise<Gazetteer>,
  ) {}

  /** The entities the arguments name (`{ from: {text: "奉贤区"}, to: {text: "上坝村", within: "务川县"} }`), in one round trip (two with `within`). */
  async require<K extends string>(refs: Record<K, EntityReference>): Promise<Record<K, EntityRecord>> {
    const found = await this.resolve(refs);
    for (const name of Object.keys(refs) as K[]) {
      if (!found[name]) throw notFound(name, refs[name].text!.trim());
    }
    return found as Record<K, EntityRecord>;
  }

  /** As `require`, for arguments a client may leave out: an absent or blank one stays null. */
  async optional<K extends string>(refs: Record<K, string | null | undefined>): Promise<Record<K, EntityRecord | null>> {
    const given = Object.fromEntries(
      (Object.keys(refs) as K[]).filter((name) => refs[name]?.trim()).map((name) => [name, { text: refs[name] }]),
    ) as Record<K, EntityReference>;
    const found = await this.require(given);
    return Object.fromEntries((Object.keys(refs) as K[]).map((name) => [name, found[name] ?? null])) as Record<K, EntityRecord | null>;
  }

  /** A list of references (excludeNodes, documents' parties), each checked as `require` does. */
  async requireAll(argumentName: string, texts: readonly string[]): Promise<EntityRecord[]> {
    if (texts.length > REFERENCE_LIMITS.maxPerList) {
      throw new BadUserInputError(`"${argumentName}" may name at most ${REFERENCE_LIMITS.maxPerList} entities; got ${texts.length}.`, { argumentName });
    }
    const refs = Object.fromEntries(texts.map((text, index) => [`${argumentName}[${index}]`, { text }]));
    return Object.values(await this.require(refs));
  }

  /** The entity each reference names, or null where it names none; ambiguity and blanks throw. */
  private async resolve<K extends string>(refs: Record<K, EntityReference>): Promise<Partial<Record<K, EntityRecord>>> {
    const names = Object.keys(refs) as K[];
    if (names.length === 0) return {};
    const texts = names.map((name) => requireText(name, refs[name].text));
    const withinTexts = names.map((name) => refs[name].within?.trim() || null);
    const within = await this.resolveWithin(names, withinTexts);
    const gazetteer = await this.gazetteer();
    const queries = names.map((name, index) => ({
      key: name,
      text: texts[index],
      areaIds: gazetteerReading(gazetteer, texts[index], within[index]),
      within: within[index]?.id ?? null,
    }));
    const rows = await this.entities.referenceCandidates(queries, REFERENCE_LIMITS.candidatesListed);
    const found: Partial<Record<K, EntityRecord>> = {};
    names.forEach((name, index) => {
      const entity = decide(name, texts[index], within[index], rows[index]);
      if (entity) found[name] = entity;
    });
    return found;
  }

  /** The areas the `within` texts name (one round trip for all), checked to be areas. */
  private async resolveWithin<K extends string>(names: K[], texts: (string | null)[]): Promise<(EntityRecord | null)[]> {
    const given = names.map((name, index) => [`${name}.within`, texts[index]] as const).filter(([, text]) => text !== null);
    if (given.length === 0) return texts.map(() => null);
    const found = await this.require(Object.fromEntries(given.map(([name, text]) => [name, { text }])) as Record<string, EntityReference>);
    return names.map((name) => {
      const area = found[`${name}.within`];
      if (area && !area.labels.includes('Area')) {
        throw new BadUserInputError(`"within" must name an area (a province, prefecture, county or township); "${area.name}" is a ${kindOf(area.labels)}.`, {
          argumentName: `${name}.within`,
        });
      }
      return area ?? null;
    });
  }
}

function requireText(argumentName: string, text: string | null | undefined): string {
  const trimmed = text?.trim() ?? '';
  if (!trimmed) {
    throw new BadUserInputError(`"${argumentName}" must name an entity by id, official code or name (e.g. "310120", "奉贤区" or "奉贤"); got an empty string.`, {
      argumentName,
    });
  }
  return trimmed;
}

/** The areas the gazetteer reads the text as (one when it resolves, its candidates when ambiguous). */
function gazetteerReading(gazetteer: Gazetteer, text: string, within: EntityRecord | null): string[] {
  const resolution = gazetteer.resolve(text, within ? { within: [within.id] } : undefined);
  if (resolution.status === 'resolved' && resolution.area) return [resolution.area.code];
  return resolution.candidates.map((area) => area.code);
}

function decide(argumentName: string, text: string, within: EntityRecord | null, row: ReferenceCandidates): EntityRecord | null {
  if (row.byId) return row.byId;
  const candidates = row.candidates;
  if (candidates.length === 1 && row.total === 1) return candidates[0].entity;
  if (candidates.length === 0) return null;
  // An official name outranks the same text as another entity's short or written form.
  const official = candidates.filter((candidate) => candidate.entity.name === text);
  if (official.length === 1 && row.total - candidates.length === 0) return official[0].entity;
  throw new AmbiguousReferenceError(
    `"${text}" given as "${argumentName}" names ${row.total} entities${within ? ` in ${within.name}` : ''}. ` +
      'Give the id or official code of the one meant, write it with its county (e.g. "务川县上坝村"), or narrow it with "within".',
    { argumentName, value: text, total: row.total, candidates: candidates.map(toCandidate) },
  );
}

function toCandidate({ entity, within }: ReferenceCandidates['candidates'][number]): ReferenceCandidate {
  return { id: entity.id, name: entity.name, type: constantName(kindOf(entity.labels)), within, mentions: entity.sources?.length ?? 0 };
}

function notFound(argumentName: string, text: string): NotFoundError {
  return new NotFoundError(
    `No entity has the id, official code or name "${text}" given as "${argumentName}". Check the spelling, or look it up with search(text:) or entity(name:).`,
    { argumentName, value: text },
  );
}
