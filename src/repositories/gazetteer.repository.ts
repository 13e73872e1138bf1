import { AREA_LABELS, AreaLabel } from '../model';
import { ConstraintViolationError } from '../neo4j/driver-errors';
import { CypherExecutor } from '../neo4j/executor';

// A 10k batch takes about a second; the service's default limit is tuned for reads.
const BATCH_TIMEOUT_MS = 120_000;

/** One official area as the load writes it. */
export interface AreaRow {
  id: string;
  /** The name people use (上坝村); `officialName` is the division data's (上坝村村民委员会). */
  name: string;
  officialName: string;
  provinceCode: string;
  parentCode: string | null;
  /** A Shanghai district (the helping side) also carries :District. */
  district: boolean;
  pinyin: string;
  pinyinInitials: string;
}

/** Writes official areas in batches; the level becomes a label through a fixed allow-list. */
export class GazetteerRepository {
  constructor(private readonly executor: CypherExecutor) {}

  /**
   * One batch in one transaction, so a batch is either wholly loaded or not at all. Areas not yet
   * in the graph are created outright, the others (documents' areas, an earlier load's) merged.
   */
  async upsertAreas(level: AreaLabel, rows: AreaRow[]): Promise<void> {
    const fragments = { LEVEL: label(level) };
    try {
      await this.executor.writeTransaction(async (tx) => {
        const present = new Set((await tx.run('gazetteer/existing-ids', { ids: rows.map((row) => row.id) })).map((row) => row.id as string));
        const absent = rows.filter((row) => !present.has(row.id));
        if (absent.length > 0) await tx.run('gazetteer/create-areas', { rows: absent }, fragments);
        if (present.size > 0) await tx.run('gazetteer/upsert-areas', { rows: rows.filter((row) => present.has(row.id)) }, fragments);
      }, BATCH_TIMEOUT_MS);
    } catch (error) {
      if (!(error instanceof ConstraintViolationError)) throw error;
      // A document created one of these areas after the look-up: merge the whole batch instead.
      await this.executor.writeTransaction((tx) => tx.run('gazetteer/upsert-areas', { rows }, fragments), BATCH_TIMEOUT_MS);
    }
  }

  async countLoaded(level: AreaLabel): Promise<number> {
    const [row] = await this.executor.read('gazetteer/count-loaded-level', {}, { LEVEL: label(level) });
    return row.loaded as number;
  }

  async countLoadedIds(ids: string[]): Promise<number> {
    const [row] = await this.executor.read('gazetteer/count-loaded-ids', { ids });
    return row.loaded as number;
  }

  async recordLoad(source: string, counts: Partial<Record<AreaLabel, number>>, ms: number): Promise<void> {
    const levels = AREA_LABELS.filter((level) => counts[level] !== undefined);
    await this.executor.write('gazetteer/record-load', { source, levels, counts: levels.map((level) => counts[level]), ms: Math.round(ms) });
  }
}

function label(level: AreaLabel): string {
  if (!AREA_LABELS.includes(level)) throw new Error(`not an area level: ${level}`);
  return level;
}
