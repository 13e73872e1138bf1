import { loadConfig } from '../../config';
import { Gazetteer } from '../../gazetteer/gazetteer';
import { createLogger } from '../../logger';
import { openDatabase } from '../../neo4j/database';
import { migrate } from '../../neo4j/migrate';
import { GazetteerRepository } from '../../repositories/gazetteer.repository';
import { loadNationalGazetteer } from '../../services/gazetteer/load-national-gazetteer';
import { createProgress, Progress } from '../progress';

const USAGE = 'Usage: kg load-gazetteer [--force] [--batch-size N] [--concurrency N]\n' +
  '  --force          rewrite every level, even those already loaded\n' +
  '  --batch-size N   areas per transaction (default 10000)\n' +
  '  --concurrency N  transactions in flight (default 2)';

/** Loads all of China's areas (villages included) into the configured Neo4j, showing progress. */
export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    console.error(`${options}\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config.neo4j, logger);
  try {
    await migrate(database.executor, logger);
    const gazetteer = await Gazetteer.load({ villages: true });
    let progress: Progress | undefined;
    const report = await loadNationalGazetteer(
      { gazetteer, repository: new GazetteerRepository(database.executor), logger },
      {
        ...options,
        onProgress: ({ level, done, total }) => {
          progress ??= createProgress('gazetteer', total);
          progress.update(done, level);
        },
      },
    );
    progress?.finish();
    for (const level of report.levels) {
      console.log(`  ${level.level.padEnd(10)} ${String(level.areas).padStart(7)} areas, ${level.written} written, ${level.skipped} already loaded`);
    }
    console.log(`${report.source}: ${report.areas} areas in ${(report.ms / 1000).toFixed(1)} s (${Math.round(report.rate)} areas/s) into ${database.uri}`);
    return 0;
  } finally {
    await database.close();
  }
}

interface Options {
  force: boolean;
  batchSize?: number;
  concurrency?: number;
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { force: false };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--force') options.force = true;
    else if (args[i] === '--batch-size') {
      const value = Number(args[++i]);
      if (!Number.isInteger(value) || value < 100 || value > 100_000) return `--batch-size needs an integer from 100 to 100000; got "${args[i] ?? ''}".`;
      options.batchSize = value;
    } else if (args[i] === '--concurrency') {
      const value = Number(args[++i]);
      if (!Number.isInteger(value) || value < 1 || value > 8) return `--concurrency needs an integer from 1 to 8; got "${args[i] ?? ''}".`;
      options.concurrency = value;
    } else if (args[i] === '--help' || args[i] === '-h') return 'kg load-gazetteer';
    else return `Unknown option "${args[i]}".`;
  }
  return options;
}
