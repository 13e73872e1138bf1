/**
 * A Neo4j outage under read load: a steady load of read queries for the whole run; after
 * --before s Neo4j is killed (kill -9, or `kg db-stop` with --graceful), kept down --outage s,
 * started again with `kg db-start`, and the load runs --after s more. The service is never
 * restarted: it has to answer cleanly while the database is away and recover by itself.
 *
 * Run from the repository root (builds the service and the script, then runs it):
 *
 *   npx tsc -p test/chaos/tsconfig.json && node dist/test/chaos/outage.js
 *
 * Options: --before 15  --outage 60  --after 30 (seconds; "after" counts from the database running
 *          queries again, which is some seconds after Bolt first accepts connections)
 *          --clients 10  --think 0 (ms each client waits between requests)  --timeout 30 (s per request)
 *          --recover-within 15 (s after the database is back by which reads must succeed again)
 *          --graceful (db-stop instead of kill -9)  --per-second (print every second, not only around the outage)
 *          --keep (leave Neo4j running)  --home .neo4j/chaos  --bolt-port 7697  --port 4300
 *
 * Expectations, each printed with its evidence; exit 0 only if all held:
 *   before the kill every read succeeds; during the outage every answer is a clean GraphQL error
 *   coded DATABASE_UNAVAILABLE or QUERY_TIMEOUT (no HTML, no stack trace, no reset connection, no
 *   other code); reads succeed again within --recover-within s of Bolt answering and never fail
 *   after that; the service process is the same throughout; its log has database-down and
 *   database-recovered; /metrics shows kg_neo4j_up 0 during the outage and 1 at the end, and
 *   kg_graphql_errors_total{code="DATABASE_UNAVAILABLE"} grew; /ready was 503 during and 200 after.
 * Logs and the per-second figures (JSON): $TMPDIR/kg-chaos/outage-<time>/.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  Args,
  bump,
  check,
  cleanupOnExit,
  errorCounts,
  fmtCounts,
  fmtMs,
  graphql,
  httpStatus,
  killNeo4j,
  kgCli,
  metricValue,
  Outcome,
  percentile,
  runScript,
  scrapeMetrics,
  seconds,
  Service,
  setup,
  sleep,
  table,
  waitForBolt,
  waitForDatabase,
} from './harness';

const QUERIES = [
  { name: 'search', body: { query: '{ search(text: "松江", first: 10) { entity { id name } score } }' } },
  { name: 'entity', body: { query: '{ entity(name: "松江区") { id name type } }' } },
  { name: 'path', body: { query: '{ path(from: "松江区", to: "德宏傣族景颇族自治州") { length nodes { id name } } }' } },
];
const OUTAGE_CODES = new Set(['DATABASE_UNAVAILABLE', 'QUERY_TIMEOUT']);

type Phase = 'before' | 'outage' | 'after';

interface Response {
  at: number;
  query: string;
  outcome: Outcome;
}

interface Probe {
  at: number;
  up?: number;
  unavailable?: number;
  ready: number;
  health: number;
}

const args = new Args();
const s = setup('outage', args);
const BEFORE_MS = args.num('before', 15) * 1000;
const OUTAGE_MS = args.num('outage', 60) * 1000;
const AFTER_MS = args.num('after', 30) * 1000;
const CLIENTS = args.num('clients', 10);
const THINK_MS = args.num('think', 0);
const TIMEOUT_MS = args.num('timeout', 30) * 1000;
const RECOVER_WITHIN_MS = args.num('recover-within', 15) * 1000;
const GRACEFUL = args.flag('graceful');
const URI = `bolt://127.0.0.1:${s.boltPort}`;
let service: Service | undefined;

const cleanup = cleanupOnExit(async () => {
  if (service) console.log(`cleanup: service ${await service.stop()}`);
  if (!s.keep) console.log(`cleanup: ${(await kgCli(s, 'db-stop')).output.trim()}`);
  else console.log(`cleanup: --keep: Neo4j of ${s.home} left running on port ${s.boltPort}`);
});

function describe(outcome: Outcome): string {
  if (outcome.kind === 'ok') return 'ok';
  if (outcome.kind === 'graphql-error') return [...new Set(outcome.codes)].join('+');
  return `${outcome.kind}: ${outcome.detail?.slice(0, 100)}`;
}

async function main(): Promise<number> {
  console.log(
    `outage: ${CLIENTS} clients over ${QUERIES.map((q) => q.name).join(', ')}; ${GRACEFUL ? 'db-stop' : 'kill -9'} Neo4j after ${seconds(BEFORE_MS)}, ` +
      `down ${seconds(OUTAGE_MS)}, then ${seconds(AFTER_MS)} more; logs in ${s.runDir}`,
  );
  const db = await kgCli(s, 'db-start');
  console.log(`neo4j: ${db.output.trim().split('\n').at(-1)} (${seconds(db.ms)})`);
  service = await Service.start(s);
  const servicePid = service.pid;
  console.log(`service: pid ${servicePid} ready at ${s.base}`);
  for (const q of QUERIES) {
    const outcome = await graphql(s.base, q.body, { timeoutMs: 60_000 });
    if (outcome.kind !== 'ok') throw new Error(`query ${q.name} does not work before the outage: ${describe(outcome)} ${outcome.detail ?? ''}`);
    console.log(`query ${q.name}: ok in ${fmtMs(outcome.ms)}`);
  }

  const responses: Response[] = [];
  const probes: Probe[] = [];
  const t0 = Date.now();
  let stop = false;
  let killAt = Infinity;
  let backAt = Infinity;
  let boltAt = Infinity;

  const clients = Array.from({ length: CLIENTS }, async (_, c) => {
    for (let i = c; !stop; i++) {
      const q = QUERIES[i % QUERIES.length];
      const outcome = await graphql(s.base, q.body, { timeoutMs: TIMEOUT_MS });
      responses.push({ at: Date.now(), query: q.name, outcome });
      if (THINK_MS) await sleep(THINK_MS);
      else if (outcome.kind === 'transport') await sleep(50); // a refused connection returns at once
    }
  });
  const prober = (async () => {
    while (!stop) {
      const next = Date.now() + 1000;
      const [samples, ready, health] = await Promise.all([scrapeMetrics(s.base), httpStatus(`${s.base}/ready`, 4000), httpStatus(`${s.base}/health`, 4000)]);
      probes.push({
        at: Date.now(),
        up: metricValue(samples, 'kg_neo4j_up'),
        unavailable: errorCounts(samples).get('DATABASE_UNAVAILABLE') ?? 0,
        ready,
        health,
      });
      await sleep(Math.max(0, next - Date.now()));
    }
  })();

  const unavailableAtStart = errorCounts(await scrapeMetrics(s.base)).get('DATABASE_UNAVAILABLE') ?? 0;
  await sleep(BEFORE_MS);
  killAt = Date.now();
  let killedPid: number | undefined;
  if (GRACEFUL) await kgCli(s, 'db-stop');
  else killedPid = await killNeo4j(s);
  console.log(`+${seconds(killAt - t0)}: ${GRACEFUL ? 'db-stop' : `kill -9 pid ${killedPid}`}`);
  await sleep(Math.max(0, killAt + OUTAGE_MS - Date.now()));
  const restartAt = Date.now();
  console.log(`+${seconds(restartAt - t0)}: kg db-start`);
  const bolt = waitForBolt(URI, 600_000);
  const database = waitForDatabase(URI, 600_000);
  const readyProbe = (async () => {
    // The first GET /ready 200 after the restart began (the prober samples only once a second).
    while (!stop) {
      if ((await httpStatus(`${s.base}/ready`, 4000)) === 200) return Date.now();
      await sleep(100);
    }
    return undefined;
  })();
  const restart = await kgCli(s, 'db-start');
  boltAt = await bolt;
  backAt = await database;
  console.log(`+${seconds(boltAt - t0)}: Bolt answers again (${seconds(boltAt - restartAt)} after the restart began)`);
  console.log(`+${seconds(backAt - t0)}: the database runs queries again (${seconds(backAt - restartAt)} after the restart began; kg db-start took ${seconds(restart.ms)})`);
  await sleep(Math.max(0, backAt + AFTER_MS - Date.now()));
  stop = true;
  await Promise.all([...clients, prober]);
  const endAt = Date.now();
  const finalSamples = await scrapeMetrics(s.base);
  const readyAt = await readyProbe;
  if (readyAt !== undefined) {
    console.log(
      `+${seconds(readyAt - t0)}: first GET /ready 200 after the restart (${readyAt < backAt ? `${seconds(backAt - readyAt)} BEFORE the database ran queries` : `${seconds(readyAt - backAt)} after the database ran queries`})`,
    );
  }

  // ---- Figures ---------------------------------------------------------------------------------
  const phaseOf = (at: number): Phase => (at < killAt ? 'before' : at < backAt ? 'outage' : 'after');
  const phases: Record<Phase, { from: number; to: number; rs: Response[] }> = {
    before: { from: t0, to: killAt, rs: [] },
    // Until the database runs queries again: Bolt answers some seconds before that.
    outage: { from: killAt, to: backAt, rs: [] },
    after: { from: backAt, to: endAt, rs: [] },
  };
  for (const r of responses) phases[phaseOf(r.at)].rs.push(r);

  console.log('\nPer phase (a response belongs to the phase in which it arrived; latency over every response)');
  console.log(
    table(
      ['phase', 'span', 'responses', 'ok', 'errors by code', 'unclean / transport', 'HTTP statuses', 'p50', 'p99'],
      (Object.keys(phases) as Phase[]).map((phase) => {
        const { from, to, rs } = phases[phase];
        const codes = new Map<string, number>();
        const statuses = new Map<string, number>();
        let bad = 0;
        for (const r of rs) {
          if (r.outcome.kind === 'graphql-error') for (const code of new Set(r.outcome.codes)) bump(codes, code);
          if (r.outcome.kind === 'unclean' || r.outcome.kind === 'transport') bad++;
          bump(statuses, r.outcome.status === undefined ? 'none' : String(r.outcome.status));
        }
        const ms = rs.map((r) => r.outcome.ms);
        return [
          phase,
          `${seconds(from - t0)}–${seconds(to - t0)}`,
          rs.length,
          rs.filter((r) => r.outcome.kind === 'ok').length,
          fmtCounts(codes),
          bad,
          fmtCounts(statuses),
          fmtMs(percentile(ms, 50)),
          fmtMs(percentile(ms, 99)),
        ];
      }),
    ),
  );

  // Per second: by arrival. Printed around the kill and the restart, every second with --per-second.
  const bySecond = new Map<number, Response[]>();
  for (const r of responses) {
    const second = Math.floor((r.at - t0) / 1000);
    bySecond.set(second, [...(bySecond.get(second) ?? []), r]);
  }
  const lastSecond = Math.floor((endAt - t0) / 1000);
  const interesting = (sec: number) => {
    const at = t0 + sec * 1000;
    return args.flag('per-second') || Math.abs(at - killAt) < 5000 || (at > boltAt - 5000 && at < backAt + RECOVER_WITHIN_MS + 5000) || sec % 10 === 0;
  };
  const rows: (string | number)[][] = [];
  const secondsJson: unknown[] = [];
  for (let sec = 0; sec <= lastSecond; sec++) {
    const rs = bySecond.get(sec) ?? [];
    const probe = probes.find((p) => Math.floor((p.at - t0) / 1000) === sec);
    const errors = new Map<string, number>();
    const statuses = new Map<string, number>();
    for (const r of rs) {
      if (r.outcome.kind !== 'ok') bump(errors, describe(r.outcome));
      bump(statuses, r.outcome.status === undefined ? 'none' : String(r.outcome.status));
    }
    const ms = rs.map((r) => r.outcome.ms);
    const ok = rs.filter((r) => r.outcome.kind === 'ok').length;
    secondsJson.push({ second: sec, phase: phaseOf(t0 + sec * 1000), ok, errors: Object.fromEntries(errors), statuses: Object.fromEntries(statuses), probe });
    if (interesting(sec)) {
      rows.push([sec, phaseOf(t0 + sec * 1000), ok, fmtCounts(errors), fmtCounts(statuses), fmtMs(percentile(ms, 50)), probe?.up ?? '-', probe?.ready ?? '-']);
    }
  }
  console.log(`\nPer second (around the kill and the restart, and every 10th; --per-second for all; all in ${path.join(s.runDir, 'seconds.json')})`);
  console.log(table(['s', 'phase', 'ok', 'errors', 'HTTP', 'p50', 'kg_neo4j_up', '/ready'], rows));
  fs.writeFileSync(path.join(s.runDir, 'seconds.json'), JSON.stringify(secondsJson, null, 1));

  const examples = new Map<string, string>();
  for (const r of responses) if (r.outcome.kind !== 'ok' && !examples.has(describe(r.outcome))) examples.set(describe(r.outcome), (r.outcome.detail ?? '').slice(0, 200));
  if (examples.size) {
    console.log('\nOne message of each kind of error');
    for (const [k, v] of examples) console.log(`  ${k}: ${v}`);
  }

  // ---- Expectations ----------------------------------------------------------------------------
  const before = phases.before.rs;
  const outage = phases.outage.rs;
  const after = phases.after.rs;
  const outageBad = outage.filter((r) => r.outcome.kind !== 'ok' && !(r.outcome.kind === 'graphql-error' && r.outcome.codes.every((c) => OUTAGE_CODES.has(c))));
  const firstOkAfter = after.find((r) => r.outcome.kind === 'ok');
  const lastErrorAfter = [...after].reverse().find((r) => r.outcome.kind !== 'ok');
  const afterUnclean = after.filter((r) => r.outcome.kind === 'unclean' || r.outcome.kind === 'transport');
  const recoveredBy = backAt + RECOVER_WITHIN_MS;
  const lateErrors = after.filter((r) => r.outcome.kind !== 'ok' && r.at > recoveredBy);
  const downEvent = service.events('database-down').find((l) => l.at >= killAt);
  const upEvent = service.events('database-recovered').find((l) => l.at >= killAt);
  const outageProbes = probes.filter((p) => p.at > killAt && p.at < backAt);
  const upZero = outageProbes.filter((p) => p.up === 0);
  const ready503 = outageProbes.filter((p) => p.ready === 503);
  const lastProbe = probes.at(-1);
  const healthBad = probes.filter((p) => p.health !== 200);
  const unavailableGrowth = (errorCounts(finalSamples).get('DATABASE_UNAVAILABLE') ?? 0) - unavailableAtStart;
  const finalUp = metricValue(finalSamples, 'kg_neo4j_up');
  const finalReady = await httpStatus(`${s.base}/ready`);

  console.log('');
  const held = check([
    {
      name: 'before the kill: every read ok',
      held: before.length > 0 && before.every((r) => r.outcome.kind === 'ok'),
      detail: `${before.filter((r) => r.outcome.kind === 'ok').length} of ${before.length} ok`,
    },
    {
      name: 'outage: only clean DATABASE_UNAVAILABLE / QUERY_TIMEOUT',
      held: outage.length > 0 && outageBad.length === 0,
      detail: `${outage.length} responses, ${outageBad.length} other${outageBad.length ? ` (${fmtCounts(count(outageBad.map((r) => describe(r.outcome))))})` : ''}`,
    },
    {
      name: `after: reads ok within ${seconds(RECOVER_WITHIN_MS)} of the database, none failing later`,
      held: firstOkAfter !== undefined && firstOkAfter.at <= recoveredBy && lateErrors.length === 0 && afterUnclean.length === 0,
      detail:
        `first ok ${firstOkAfter ? `+${seconds(firstOkAfter.at - backAt)}` : 'never'} after the database was back; ` +
        `last error ${lastErrorAfter ? `+${seconds(lastErrorAfter.at - backAt)} (${describe(lastErrorAfter.outcome)})` : 'none'}; ` +
        `${lateErrors.length} errors later than that, ${afterUnclean.length} unclean`,
    },
    {
      name: 'same service process, /health 200 throughout',
      held: service.running && service.pid === servicePid && healthBad.length === 0,
      detail: `pid ${servicePid} ${service.running ? 'still running' : `exited ${JSON.stringify(service.exit)}`}; ${healthBad.length} of ${probes.length} /health probes not 200`,
    },
    {
      name: 'log: database-down and database-recovered',
      held: downEvent !== undefined && upEvent !== undefined && upEvent.at > downEvent.at,
      detail: `down ${downEvent ? `+${seconds(downEvent.at - killAt)} after the kill` : 'NOT logged'}; recovered ${upEvent ? `${signed(upEvent.at - backAt)} from the database being back: "${String(upEvent.json?.msg)}"` : 'NOT logged'}`,
    },
    {
      name: 'metrics: kg_neo4j_up 0 during, 1 after',
      held: upZero.length > 0 && finalUp === 1,
      detail: `0 in ${upZero.length} of ${outageProbes.length} samples during the outage (first at +${upZero[0] ? seconds(upZero[0].at - killAt) : '-'} after the kill); ${finalUp} at the end`,
    },
    {
      name: 'metrics: kg_graphql_errors_total{DATABASE_UNAVAILABLE} grew',
      held: unavailableGrowth > 0,
      detail: `+${unavailableGrowth} over the run (clients saw ${count(responses.flatMap((r) => r.outcome.codes)).get('DATABASE_UNAVAILABLE') ?? 0} such errors)`,
    },
    {
      name: '/ready 503 during, 200 after',
      held: ready503.length > 0 && finalReady === 200 && lastProbe?.ready === 200,
      detail: `503 in ${ready503.length} of ${outageProbes.length} probes during the outage (others: ${fmtCounts(count(outageProbes.filter((p) => p.ready !== 503).map((p) => String(p.ready))))}); ${finalReady} at the end`,
    },
  ]);
  console.log(`\nservice log: ${service.logFile}`);
  return held ? 0 : 1;
}

function signed(ms: number): string {
  return `${ms < 0 ? '-' : '+'}${seconds(Math.abs(ms))}`;
}

function count(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) bump(counts, key);
  return counts;
}

runScript(main, cleanup);
