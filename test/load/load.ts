/**
 * Load test with autocannon against the service on the national graph (KG_LOAD_GAZETTEER=true:
 * the first start loads ~665k areas into this script's Neo4j and takes some minutes; later starts
 * find them loaded). 128 connections rotate over search, entity, path and dashboard queries; the
 * service's RSS is sampled after the warm-up, every 30 s and at the end.
 *
 * Run from the repository root (builds the service and the script, then runs it):
 *
 *   npx tsc -p test/load/tsconfig.json && node dist/test/load/load.js            # 300 s
 *   npx tsc -p test/load/tsconfig.json && node dist/test/load/load.js --duration 60
 *
 * Options: --duration 300  --connections 128  --warmup 20 (s, not counted)  --sample 30 (s between RSS samples)
 *          --timeout 30 (s before autocannon counts a request as timed out)  --rss-growth 1.5
 *          --keep (leave Neo4j running)  --ready-timeout 1800 (s for the first start with the gazetteer load)
 *          --home .neo4j/load  --bolt-port 7698  --port 4301
 *          (its own home by default, so the 665k areas do not slow the chaos scripts' restarts;
 *          --home .neo4j/chaos --bolt-port 7697 runs it on theirs)
 *
 * Expectations: no non-2xx, no connection error or time-out, no GraphQL error (in the bodies and in
 * kg_graphql_errors_total), RSS at the end within --rss-growth × RSS after the warm-up. Exit 0 when
 * they held. Logs: $TMPDIR/kg-chaos/load-<time>/.
 */
import { Args, check, cleanupOnExit, errorCounts, fmtCounts, fmtMs, graphql, kgCli, LogLine, metricValue, rssMiB, runScript, Sample, scrapeMetrics, seconds, Service, setup, sleep, table } from '../chaos/harness';

interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  resets: number;
  '2xx': number;
  statusCodeStats: Record<string, { count: number }>;
  latency: { p50: number; p90: number; p99: number; max: number; mean: number; totalCount: number };
  requests: { average: number; total: number; sent: number };
  throughput: { average: number };
}
interface AutocannonRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  onResponse?: (status: number, body: string) => void;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult> & { on(event: string, listener: (...args: unknown[]) => void): void };
// autocannon ships no types; its promise form is all this script uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as Autocannon;

const QUERIES: { name: string; query: string }[] = [
  { name: 'LoadSearch', query: 'query LoadSearch { search(text: "松江", first: 10) { entity { id name } score matchedBy } }' },
  { name: 'LoadEntity', query: 'query LoadEntity { entity(name: "松江区") { id name type } }' },
  { name: 'LoadPath', query: 'query LoadPath { path(from: "松江区", to: "德宏傣族景颇族自治州") { length nodes { id name } } }' },
  { name: 'LoadSearchCounty', query: 'query LoadSearchCounty { search(text: "勐海", first: 10) { entity { id name } score } }' },
  { name: 'LoadEntityCounty', query: 'query LoadEntityCounty { entity(name: "勐海县") { id name type } }' },
  {
    name: 'LoadDashboard',
    query:
      'query LoadDashboard { dashboard { topDistrictsByFunds(limit: 5) { rows { rank value entity { name } } } fundsByProvince { totalWan rows { amountWan area { name } } } topCountiesByPairings(limit: 10) { rows { rank value entity { name } } } } }',
  },
];

const args = new Args();
// Its own home, Bolt port and service port by default (see the options above).
const s = setup('load', args, { home: '.neo4j/load', boltPort: 7698, port: 4301 });
const DURATION = args.num('duration', 300);
const CONNECTIONS = args.num('connections', 128);
const WARMUP = args.num('warmup', 20);
const SAMPLE_S = args.num('sample', 30);
const TIMEOUT_S = args.num('timeout', 30);
const RSS_GROWTH = args.num('rss-growth', 1.5);
let service: Service | undefined;

const cleanup = cleanupOnExit(async () => {
  if (service) console.log(`cleanup: service ${await service.stop()}`);
  if (!s.keep) console.log(`cleanup: ${(await kgCli(s, 'db-stop')).output.trim()}`);
  else console.log(`cleanup: --keep: Neo4j of ${s.home} left running on port ${s.boltPort}`);
});

/** Start-up progress worth showing while the gazetteer loads (step times, the loader's lines). */
function echo(line: LogLine): void {
  const msg = String(line.json?.msg ?? line.raw);
  if (/ready in|gazetteer|neo4j: (starting|ready|reusing)/.test(msg) && !/graphql request/.test(msg)) console.log(`  service: ${msg.slice(0, 160)}`);
}

function requestsFor(onResponse: (name: string, status: number, body: string) => void): AutocannonRequest[] {
  return QUERIES.map((q) => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q.query }),
    onResponse: (status: number, body: string) => onResponse(q.name, status, body),
  }));
}

function durations(samples: Sample[] | undefined): Map<string, { count: number; sum: number }> {
  const byOperation = new Map<string, { count: number; sum: number }>();
  for (const sample of samples ?? []) {
    if (sample.name !== 'kg_graphql_request_duration_seconds_count' && sample.name !== 'kg_graphql_request_duration_seconds_sum') continue;
    const entry = byOperation.get(sample.labels.operation) ?? { count: 0, sum: 0 };
    if (sample.name.endsWith('_count')) entry.count += sample.value;
    else entry.sum += sample.value;
    byOperation.set(sample.labels.operation, entry);
  }
  return byOperation;
}

async function main(): Promise<number> {
  console.log(`load: ${CONNECTIONS} connections for ${DURATION} s after a ${WARMUP} s warm-up, over ${QUERIES.map((q) => q.name).join(', ')}; logs in ${s.runDir}`);
  const db = await kgCli(s, 'db-start');
  console.log(`neo4j: ${db.output.trim().split('\n').at(-1)} (${seconds(db.ms)})`);
  const startT = Date.now();
  service = await Service.start(s, { KG_LOAD_GAZETTEER: 'true' }, { readyTimeoutMs: args.num('ready-timeout', 1800) * 1000, echo });
  console.log(`service: pid ${service.pid} ready at ${s.base} in ${seconds(Date.now() - startT)} (RSS ${rssMiB(service.pid)?.toFixed(0)} MiB)`);

  for (const q of QUERIES) {
    const outcome = await graphql(s.base, { query: q.query }, { timeoutMs: 120_000 });
    if (outcome.kind !== 'ok') throw new Error(`${q.name} does not answer cleanly: ${outcome.kind} ${outcome.codes.join(',')} ${outcome.detail ?? ''}`);
    console.log(`query ${q.name}: ok in ${fmtMs(outcome.ms)} (${JSON.stringify(outcome.data).length} bytes of data)`);
  }

  const url = s.base;
  const common = { url, connections: CONNECTIONS, timeout: TIMEOUT_S, method: 'POST' };
  if (WARMUP > 0) {
    const warm = await autocannon({ ...common, duration: WARMUP, requests: requestsFor(() => undefined) });
    console.log(`warm-up: ${warm.requests.total} requests in ${WARMUP} s, p50 ${fmtMs(warm.latency.p50)}, p99 ${fmtMs(warm.latency.p99)}, non-2xx ${warm.non2xx}, errors ${warm.errors}`);
  }

  const before = await scrapeMetrics(s.base);
  const rss: { t: number; mib: number }[] = [];
  const t0 = Date.now();
  const sampleRss = () => {
    const mib = rssMiB(service!.pid);
    if (mib !== undefined) rss.push({ t: (Date.now() - t0) / 1000, mib });
  };
  sampleRss();
  const sampler = setInterval(sampleRss, SAMPLE_S * 1000);
  const graphqlErrors = new Map<string, number>();
  const bodyErrors: string[] = [];
  let parsed = 0;
  const result = await autocannon({
    ...common,
    duration: DURATION,
    requests: requestsFor((name, status, body) => {
      parsed++;
      if (status === 200 && !body.includes('"errors"')) return;
      const codes = /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? `HTTP ${status}`;
      graphqlErrors.set(`${name} ${codes}`, (graphqlErrors.get(`${name} ${codes}`) ?? 0) + 1);
      if (bodyErrors.length < 5) bodyErrors.push(`${name}: HTTP ${status} ${body.slice(0, 200)}`);
    }),
  });
  clearInterval(sampler);
  sampleRss();
  await sleep(200);
  const after = await scrapeMetrics(s.base);

  // ---- Report ------------------------------------------------------------------------------------
  const errorsBefore = errorCounts(before);
  const errorsAfter = errorCounts(after);
  const metricErrors = new Map<string, number>();
  for (const [code, n] of errorsAfter) if (n - (errorsBefore.get(code) ?? 0) > 0) metricErrors.set(code, n - (errorsBefore.get(code) ?? 0));
  const totalGraphqlErrors = [...graphqlErrors.values()].reduce((a, b) => a + b, 0);
  const totalMetricErrors = [...metricErrors.values()].reduce((a, b) => a + b, 0);

  console.log(`\nautocannon: ${CONNECTIONS} connections, ${result.duration} s`);
  console.log(
    table(
      ['requests', 'req/s', 'latency p50', 'p90', 'p99', 'max', '2xx', 'non-2xx', 'errors', 'timeouts', 'GraphQL errors (bodies)', 'kg_graphql_errors_total delta'],
      [
        [
          result.requests.total,
          result.requests.average.toFixed(1),
          fmtMs(result.latency.p50),
          fmtMs(result.latency.p90),
          fmtMs(result.latency.p99),
          fmtMs(result.latency.max),
          result['2xx'],
          result.non2xx,
          result.errors,
          result.timeouts,
          `${totalGraphqlErrors} of ${parsed}`,
          fmtCounts(metricErrors),
        ],
      ],
    ),
  );
  if (bodyErrors.length) for (const line of bodyErrors) console.log(`  ${line}`);

  const d0 = durations(before);
  const d1 = durations(after);
  console.log('\nPer operation, from the service\'s kg_graphql_request_duration_seconds (during the measured run)');
  console.log(
    table(
      ['operation', 'requests', 'mean latency'],
      QUERIES.map((q) => {
        const a = d0.get(q.name) ?? { count: 0, sum: 0 };
        const b = d1.get(q.name) ?? { count: 0, sum: 0 };
        const count = b.count - a.count;
        return [q.name, count, count ? fmtMs(((b.sum - a.sum) / count) * 1000) : '-'];
      }),
    ),
  );

  console.log('\nService RSS (VmRSS)');
  console.log(table(['t', 'RSS'], rss.map((r) => [`${r.t.toFixed(0)} s`, `${r.mib.toFixed(0)} MiB`])));
  const rssStart = rss[0]?.mib ?? NaN;
  const rssEnd = rss.at(-1)?.mib ?? NaN;
  const heap = metricValue(after, 'kg_process_nodejs_heap_size_used_bytes');
  console.log(`heap used at the end: ${heap === undefined ? '-' : `${(heap / 2 ** 20).toFixed(0)} MiB`}`);

  console.log('');
  const held = check([
    { name: 'no non-2xx', held: result.non2xx === 0, detail: `${result.non2xx} non-2xx (${fmtCounts(Object.fromEntries(Object.entries(result.statusCodeStats).map(([k, v]) => [k, v.count])))})` },
    { name: 'no connection errors or time-outs', held: result.errors === 0 && result.timeouts === 0, detail: `${result.errors} errors, ${result.timeouts} time-outs (>${TIMEOUT_S} s), ${result.resets} resets` },
    { name: 'no GraphQL errors', held: totalGraphqlErrors === 0 && totalMetricErrors === 0, detail: `bodies: ${fmtCounts(graphqlErrors)}; metrics: ${fmtCounts(metricErrors)}` },
    {
      name: `RSS flat (end ≤ ${RSS_GROWTH} × after warm-up)`,
      held: rssEnd <= RSS_GROWTH * rssStart,
      detail: `${rssStart.toFixed(0)} MiB → ${rssEnd.toFixed(0)} MiB (×${(rssEnd / rssStart).toFixed(2)})`,
    },
    { name: 'service still running', held: service.running, detail: service.running ? `pid ${service.pid}` : JSON.stringify(service.exit) },
  ]);
  console.log(`\nservice log: ${service.logFile}`);
  return held ? 0 : 1;
}

runScript(main, cleanup);
