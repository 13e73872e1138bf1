import type { EntityLabel, Evidence, PropertyValue } from '../model';
import type { FactBuilder } from './builder';
import type { ReadBy } from './confidence';
import lexicon from './rules/projects.json';
import orgLexicon from './rules/organizations.json';

const HEADS = [...lexicon.variantHeads].sort((a, b) => b.length - a.length);
const ORG_HEADS = (orgLexicon.suffixes as [string, string][]).map(([s]) => s).sort((a, b) => b.length - a.length);
/** Heads a report shortens (分指 for 分指挥部): a body written with either is one body. */
const ABBREVIATED_HEADS: Record<string, string> = orgLexicon.abbreviatedHeads;
/** 临沧区大文中学校: a level character written after a short place name belongs to the place. */
const LEVEL_AFTER_PLACE = /^[区县市州乡镇]/;

/** The core of a project name without its head: 改扩建项目 and 改扩建工程 are one project. */
export function projectCore(name: string): string {
  const head = HEADS.find((h) => name.endsWith(h));
  return head === undefined ? name : name.slice(0, -head.length);
}

/** The name of an organisation without the place written before it, when it still names one. */
export function bareOrgName(written: string, placeEnd: number): string | undefined {
  const bare = written.slice(placeEnd).replace(LEVEL_AFTER_PLACE, '');
  const head = ORG_HEADS.find((h) => bare.endsWith(h));
  if (head === undefined || bare.length - head.length < 2) return undefined;
  return bare;
}

/**
 * Whether `core` (a short name without its head and city: 工投) is written with characters of
 * `full`'s own name, in order, the first its first (工业投资 of 上海工业投资(集团)有限公司), as
 * Chinese shortens a name; not the whole of it, and keeping at least one character past the first word.
 */
export function abbreviates(core: string, full: string): boolean {
  const head = ORG_HEADS.find((h) => full.endsWith(h));
  const own = (head === undefined ? full : full.slice(0, -head.length)).replace(/[(（][^)）]*[)）]/g, '').replace(/^上海市?/, '');
  if (core.length < 2 || own.length <= core.length || core[0] !== own[0]) return false;
  let at = 0;
  for (const c of core) {
    at = own.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  // 工投 of 工业投资: the second character from a later word, not the first word read whole (工业 is no short form).
  return !own.startsWith(core);
}

/**
 * One entity per thing however the report writes it: a project whose head changes (X项目 / X工程),
 * an organisation written with and without its place (临沧区大文中学校 / 大文中学校).
 */
export class Aliases {
  private readonly projects = new Map<string, string>();
  private readonly orgs = new Map<string, string>();
  /** short names a report defines (以下简称“莘爱联盟”), each with the body's ref */
  private readonly shortNames = new Map<string, string>();

  constructor(private readonly b: FactBuilder) {}

  /** `figures`: the project's own figures the sentence gives (project-figures.ts); the first statement of each wins. */
  project(name: string, written: string, evidence: Evidence, by: ReadBy, figures: Record<string, PropertyValue> = {}): string {
    const properties = Object.keys(figures).length > 0 ? figures : undefined;
    const known = this.projects.get(projectCore(name));
    if (known !== undefined) {
      this.b.named('Project', this.b.entity(known)!.name, name, evidence, by, properties);
      if (written !== name) this.b.named('Project', this.b.entity(known)!.name, written, evidence, by);
      return known;
    }
    const ref = this.b.named('Project', name, written, evidence, by, properties);
    this.projects.set(projectCore(name), ref);
    return ref;
  }

  /**
   * A longer name of the same kind, already recorded, that holds this name's core (its name without
   * head and city): an enterprise's short form (新金环集团), a body's with its head abbreviated
   * (上海援疆泽普分指, 泽普分指 for 上海援疆泽普分指挥部), which must keep the head.
   */
  private fullFormOf(label: EntityLabel, name: string): string | undefined {
    if (label !== 'Enterprise' && label !== 'Agency') return undefined;
    const head = ORG_HEADS.find((h) => name.endsWith(h));
    const core = (head === undefined ? name : name.slice(0, -head.length)).replace(/^上海市?/, '');
    if (this.b.entity(`${label}:${name}`) !== undefined) return undefined;
    if (label === 'Agency') {
      const fullHead = head !== undefined ? ABBREVIATED_HEADS[head] : undefined;
      if (fullHead === undefined || core.length < 2) return undefined;
      const expanded = this.b.entity(`${label}:${name.slice(0, -head!.length)}${fullHead}`);
      if (expanded !== undefined) return expanded.name;
      const fuller = this.b.entities.filter((e) => e.label === label && e.name.endsWith(core + fullHead));
      return fuller.length === 1 ? fuller[0].name : undefined;
    }
    // A core that is a place (嘉定区) names no one body.
    if (core.length < 2 || /[省市州县区镇乡]$/.test(core)) return undefined;
    const fuller = this.b.entities.filter((e) => e.label === label && e.name.length > name.length && e.name.includes(core));
    if (fuller.length > 0) return fuller.length === 1 ? fuller[0].name : undefined;
    // 上海工投集团 after 上海工业投资(集团)有限公司: a short form of the first character of each word.
    const abbreviating = this.b.entities.filter((e) => e.label === label && e.name.length > name.length && abbreviates(core, e.name));
    return abbreviating.length === 1 ? abbreviating[0].name : undefined;
  }

  /** A short name the report defines for a body (…联盟(以下简称“莘爱联盟”)): written so later, it is that body. */
  shortName(short: string, ref: string): void {
    if (!this.shortNames.has(short)) this.shortNames.set(short, ref);
  }

  /** `bare` is the name without its place (undefined when the report wrote no place). */
  org(label: EntityLabel, name: string, written: string, bare: string | undefined, evidence: Evidence, by: ReadBy): string {
    const defined = this.b.entity(this.shortNames.get(written) ?? '');
    if (defined !== undefined) return this.b.named(defined.label, defined.name, written, evidence, by);
    const key = `${label}:${bare ?? name}`;
    const known = this.orgs.get(key);
    if (known !== undefined && this.b.entity(known) !== undefined && known !== `${label}:${name}`) {
      const entity = this.b.entity(known)!;
      // the unqualified form is only an alias when one side was written without a place
      if (bare === undefined || entity.name === bare) return this.b.named(label, entity.name, written, evidence, by);
    }
    // 新金环集团 after 上海新金环企业集团有限公司: the short form of a body already named in full.
    const full = this.fullFormOf(label, name);
    if (full !== undefined) return this.b.named(label, full, written, evidence, by);
    const ref = this.b.named(label, name, written, evidence, by);
    if (!this.orgs.has(key)) this.orgs.set(key, ref);
    return ref;
  }
}
