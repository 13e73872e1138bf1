import { commonName } from '../../gazetteer/common-name';
import { Area, Gazetteer } from '../../gazetteer/gazetteer';
import { EntityFact, FactSet, isAreaLabel, nodeLabels } from '../../model';

/** An entity with its graph identity: official code and ancestors for areas. */
export interface ResolvedEntity {
  fact: EntityFact;
  id: string;
  /** The name people use (上坝村); `officialName` keeps the division data's (上坝村村民委员会). */
  name: string;
  officialName?: string;
  labels: string[];
  code?: string;
  provinceCode?: string;
  /** Official ancestors, top-down, without placeholders such as 市辖区. */
  ancestors: Area[];
  unresolved: boolean;
}

export interface UnresolvedMention {
  ref: string;
  label: string;
  written: string;
  reason: string;
  candidates: { code: string; name: string }[];
}

export interface Resolution {
  entities: Map<string, ResolvedEntity>;
  unresolved: UnresolvedMention[];
  warnings: string[];
}

type GazetteerView = Pick<Gazetteer, 'byCode' | 'chain' | 'resolve'>;

// Prefecture-level rows that the division data uses for municipalities and directly
// administered counties: no researcher names them, so the graph skips them.
const PLACEHOLDER_AREAS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/**
 * Gives every entity of a fact set its id: areas resolve to official codes (a code the facts
 * carry is checked, a missing one is looked up within the area's parents); a name the
 * gazetteer cannot place stays, flagged unresolved, never guessed.
 */
export function resolveEntities(facts: FactSet, gazetteer: GazetteerView): Resolution {
  const resolution: Resolution = { entities: new Map(), unresolved: [], warnings: [] };
  const byRef = new Map(facts.entities.map((entity) => [entity.ref, entity]));
  const visit = (entity: EntityFact): ResolvedEntity => {
    const done = resolution.entities.get(entity.ref);
    if (done) return done;
    const parent = entity.partOf ? byRef.get(entity.partOf) : undefined;
    if (entity.partOf && !parent) resolution.warnings.push(`${entity.ref}: partOf names unknown ref "${entity.partOf}"`);
    const resolvedParent = parent && parent !== entity ? visit(parent) : undefined;
    const resolved = isAreaLabel(entity.label) ? resolveArea(entity, resolvedParent, gazetteer, resolution) : resolveOther(entity);
    resolution.entities.set(entity.ref, resolved);
    return resolved;
  };
  for (const entity of facts.entities) visit(entity);
  return resolution;
}

function resolveArea(entity: EntityFact, parent: ResolvedEntity | undefined, gazetteer: GazetteerView, resolution: Resolution): ResolvedEntity {
  const area = entity.code ? checkCode(entity, gazetteer, resolution) : lookUp(entity, parent, gazetteer, resolution);
  if (!area) {
    const scope = parent?.id ?? 'unplaced';
    return {
      fact: entity,
      id: `${entity.label}:${entity.name}@${scope}`,
      name: entity.name,
      labels: nodeLabels(entity.label, entity.district),
      provinceCode: parent?.provinceCode,
      ancestors: parent ? [...parent.ancestors, ...(parent.code ? [gazetteer.byCode(parent.code)!] : [])] : [],
      unresolved: true,
    };
  }
  if (area.level !== entity.label) {
    resolution.warnings.push(`${entity.ref}: ${area.name} (${area.code}) is a ${area.level} in the official data, not a ${entity.label}`);
  }
  return {
    fact: entity,
    id: area.code,
    name: commonName(area),
    officialName: area.name,
    labels: nodeLabels(area.level, entity.district),
    code: area.code,
    provinceCode: area.code.slice(0, 2),
    ancestors: gazetteer.chain(area.code).filter((a) => a.code !== area.code && !PLACEHOLDER_AREAS.has(a.name)),
    unresolved: false,
  };
}

function checkCode(entity: EntityFact, gazetteer: GazetteerView, resolution: Resolution): Area | undefined {
  const area = gazetteer.byCode(entity.code!);
  if (!area) {
    resolution.unresolved.push({ ref: entity.ref, label: entity.label, written: entity.name, reason: `code ${entity.code} is not an official division code`, candidates: [] });
  } else if (commonName(area) !== entity.name && area.name !== entity.name) {
    resolution.warnings.push(`${entity.ref}: code ${area.code} is officially named ${area.name}, not ${entity.name}`);
  }
  return area;
}

function lookUp(entity: EntityFact, parent: ResolvedEntity | undefined, gazetteer: GazetteerView, resolution: Resolution): Area | undefined {
  const within = parent ? [parent.code, ...parent.ancestors.map((a) => a.code).reverse()].filter((c): c is string => !!c) : undefined;
  const forms = [entity.name, ...(entity.written ?? [])];
  let last: ReturnType<GazetteerView['resolve']> | undefined;
  for (const form of forms) {
    last = gazetteer.resolve(form, within ? { within } : undefined);
    if (last.status === 'resolved' && last.area) return last.area;
  }
  resolution.unresolved.push({
    ref: entity.ref,
    label: entity.label,
    written: entity.name,
    reason: last?.status === 'ambiguous' ? 'several official areas share this name' : 'no official area has this name',
    candidates: (last?.candidates ?? []).map((c) => ({ code: c.code, name: c.name })),
  });
  return undefined;
}

function resolveOther(entity: EntityFact): ResolvedEntity {
  return {
    fact: entity,
    id: `${entity.label}:${entity.name}`,
    name: entity.name,
    labels: nodeLabels(entity.label),
    ancestors: [],
    unresolved: false,
  };
}
