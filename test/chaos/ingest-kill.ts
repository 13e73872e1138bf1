/**
 * Jepsen-style set test: ingest N distinct reports concurrently, kill -9 Neo4j part-way, bring
 * it back WITHOUT restarting the service, re-send what did not definitely succeed, then read the
 * graph directly and check that every report is there exactly once and whole.
 *
 * Run from the repository root (builds the service and the script, then runs it):
 *
 *   npx tsc -p test/chaos/tsconfig.json && node dist/test/chaos/ingest-kill.js
 *
 * Options: --docs 200  --concurrency 30  --kill-after <completed, default docs/3>
 *          --down 10 (s Neo4j stays down, at least until every request has answered)
 *          --keep (leave Neo4j running and this run's documents in the graph)
 *          --home .neo4j/chaos  --bolt-port 7697  --port 4300
 *
 * Exit 0 only if lost = duplicated = half-written = 0. Logs: $TMPDIR/kg-chaos/ingest-kill-<time>/.
 *
 * What counts as what (first attempt):
 *   ok             an answer with ingestDocument.documentId;
 *   failed         a GraphQL error whose code says the mutation was refused before anything was
 *                  written (BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, RATE_LIMITED, validation);
 *   indeterminate  everything else: DATABASE_UNAVAILABLE and INGESTION_FAILED (the write may have
 *                  committed before the connection broke), QUERY_TIMEOUT, INTERNAL_SERVER_ERROR,
 *                  connection errors and time-outs. Whether each had in fact landed is read from
 *                  Neo4j before the retry and reported.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import {
  Args,
  bump,
  cleanupOnExit,
  fmtCounts,
  fmtMs,
  graphql,
  killNeo4j,
  kgCli,
  NEO4J_PASSWORD,
  Outcome,
  percentile,
  pool,
  runScript,
  seconds,
  Service,
  setup,
  sleep,
  table,
  waitForBolt,
  waitForDatabase,
  waitForService,
} from './harness';

const signed = (ms: number) => `${ms < 0 ? '-' : '+'}${seconds(Math.abs(ms))}`;

const INGEST = `mutation Ingest($input: IngestDocumentInput!) {
  ingestDocument(input: $input) { documentId relations entities { total } }
}`;
const REMOVE = 'mutation Remove($id: ID!) { removeDocument(id: $id) { documentId } }';
const PROBE = { query: '{ entity(name: "松江区") { id } }' };
const DEFINITE_FAILURES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);

// Real pairings of the genre: a Shanghai district and the counties it helps (province, prefecture, county).
const PAIRS: [string, string, string, string[]][] = [
  ['松江区', '云南省', '德宏傣族景颇族自治州', ['芒市', '瑞丽市', '梁河县', '盈江县', '陇川县']],
  ['奉贤区', '贵州省', '遵义市', ['务川仡佬族苗族自治县', '正安县', '道真仡佬族苗族自治县']],
  ['青浦区', '云南省', '普洱市', ['墨江哈尼族自治县', '景东彝族自治县', '镇沅彝族哈尼族拉祜族自治县']],
  ['闵行区', '云南省', '红河哈尼族彝族自治州', ['元阳县', '绿春县', '红河县', '金平苗族瑶族傣族自治县']],
  ['嘉定区', '青海省', '果洛藏族自治州', ['玛沁县', '班玛县', '甘德县', '久治县']],
  ['宝山区', '云南省', '楚雄彝族自治州', ['大姚县', '永仁县', '武定县']],
  ['崇明区', '云南省', '西双版纳傣族自治州', ['勐海县', '勐腊县']],
  ['金山区', '云南省', '文山壮族苗族自治州', ['广南县', '富宁县', '丘北县']],
];
const WORK = ['产业发展', '劳务协作', '教育帮扶', '医疗卫生', '消费帮扶', '农村人居环境整治'];

interface Report {
  n: number;
  id: string;
  title: string;
  text: string;
  publishedAt: string;
}

type Verdict = 'ok' | 'failed' | 'indeterminate';

interface Attempt {
  outcome: Outcome;
  verdict: Verdict;
  /** Sent before the kill and answered after it. */
  inFlightAtKill: boolean;
}

function reports(count: number, runTag: string): Report[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const [district, province, prefecture, counties] = PAIRS[i % PAIRS.length];
    const county = counties[Math.floor(i / PAIRS.length) % counties.length];
    const year = 2017 + (i % 6);
    const month = 1 + (i % 12);
    const amount = 100 + ((n * 37) % 900);
    const work = WORK[i % WORK.length];
    const batch = `${runTag}-${String(n).padStart(3, '0')}`;
    const text =
      `${year}年${month}月，上海市${district}与${province}${prefecture}${county}召开对口帮扶联席会议，开展第${n}批${work}协作（批次编号${batch}）。` +
      `会上双方签订${year}年度对口帮扶协议，${district}将向${county}投入帮扶资金${amount}万元，用于${work}。`;
    return {
      n,
      id: `doc-${crypto.createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)}`,
      title: `${district}对口帮扶${county}第${n}批${work}（${batch}）`,
      text,
      publishedAt: `${year}-${String(month).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    };
  });
}

function verdictOf(outcome: Outcome): Verdict {
  const answer = outcome.data?.ingestDocument as { documentId?: string } | undefined;
  if (outcome.kind === 'ok' && answer?.documentId) return 'ok';
  if (outcome.kind === 'graphql-error' && outcome.codes.every((code) => DEFINITE_FAILURES.has(code))) return 'failed';
  return 'indeterminate';
}

/** One message per kind of answer, to show why (a deadlock, a refused connection …). */
const examples = new Map<string, string>();
function remember(outcome: Outcome): void {
  const key = label(outcome);
  if (outcome.kind !== 'ok' && !examples.has(key)) examples.set(key, (outcome.detail ?? '').replace(/\s+/g, ' ').slice(0, 260));
}

function label(outcome: Outcome): string {
  if (outcome.kind === 'ok') return 'ok';
  if (outcome.kind === 'graphql-error') return [...new Set(outcome.codes)].join('+');
  return `${outcome.kind}: ${outcome.detail}`;
}

interface Stored {
  id: string;
  copies: number;
  title?: string;
  textMatches: boolean;
  mentions: number;
  relations: number;
  entities: number;
}

/** Reads every report's state straight from Neo4j: how many Document nodes, mentions, relations that cite it. */
async function readGraph(uri: string, ids: string[], texts: Map<string, string>): Promise<Map<string, Stored>> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', NEO4J_PASSWORD), { disableLosslessIntegers: true });
  try {
    const q = (cypher: string) => driver.executeQuery(cypher, { ids }, { routing: neo4j.routing.READ });
    // A label scan, not an index seek: a duplicate would hide from the uniqueness index.
    const documents = await q(`MATCH (d:Document) USING SCAN d:Document WHERE d.id IN $ids
      RETURN d.id AS id, d.title AS title, d.text AS text, COUNT { (d)-[:MENTIONS]->(:Entity) } AS mentions`);
    const relations = await q(`MATCH ()-[r]->() WHERE r.sources IS NOT NULL AND any(s IN r.sources WHERE s IN $ids)
      UNWIND [s IN r.sources WHERE s IN $ids] AS id RETURN id, count(*) AS n`);
    const entities = await q(`MATCH (e:Entity) WHERE e.sources IS NOT NULL AND any(s IN e.sources WHERE s IN $ids)
      UNWIND [s IN e.sources WHERE s IN $ids] AS id RETURN id, count(*) AS n`);
    const stored = new Map<string, Stored>(ids.map((id) => [id, { id, copies: 0, textMatches: false, mentions: 0, relations: 0, entities: 0 }]));
    for (const record of documents.records) {
      const entry = stored.get(record.get('id') as string)!;
      entry.copies++;
      entry.title = record.get('title') as string;
      entry.textMatches = record.get('text') === texts.get(entry.id);
      entry.mentions += record.get('mentions') as number;
    }
    for (const record of relations.records) stored.get(record.get('id') as string)!.relations = record.get('n') as number;
    for (const record of entities.records) stored.get(record.get('id') as string)!.entities = record.get('n') as number;
    return stored;
  } finally {
    await driver.close();
  }
}

const args = new Args();
const s = setup('ingest-kill', args);
const DOCS = args.num('docs', 200);
const CONCURRENCY = args.num('concurrency', 30);
const KILL_AFTER = args.num('kill-after', Math.round(DOCS / 3));
const DOWN_MS = args.num('down', 10) * 1000;
const URI = `bolt://127.0.0.1:${s.boltPort}`;
let service: Service | undefined;
let written: string[] = [];

const cleanup = cleanupOnExit(async () => {
  if (service?.running && written.length && !s.keep) {
    let removed = 0;
    const failures = new Map<string, number>();
    // One at a time: concurrent removeDocument calls race on shared entities (see the report).
    await pool(written, 1, async (id) => {
      for (let attempt = 1; attempt <= 4; attempt++) {
        const outcome = await graphql(s.base, { query: REMOVE, variables: { id } }, { key: s.adminKey, timeoutMs: 60_000 });
        if (outcome.kind === 'ok') return void removed++;
        bump(failures, label(outcome));
        await sleep(500 * attempt);
      }
    });
    console.log(`cleanup: removed ${removed} of this run's ${written.length} documents (--keep leaves them); failed removal attempts, retried: ${fmtCounts(failures)}`);
  }
  if (service) console.log(`cleanup: service ${await service.stop()}`);
  if (!s.keep) console.log(`cleanup: ${(await kgCli(s, 'db-stop')).output.trim()}`);
  else console.log(`cleanup: --keep: Neo4j of ${s.home} left running on port ${s.boltPort}`);
});

async function main(): Promise<number> {
  console.log(`ingest-kill: ${DOCS} reports, ${CONCURRENCY} in flight, kill -9 Neo4j after ${KILL_AFTER} answers; logs in ${s.runDir}`);
  const db = await kgCli(s, 'db-start');
  console.log(`neo4j: ${db.output.trim().split('\n').at(-1)} (${seconds(db.ms)})`);
  service = await Service.start(s);
  console.log(`service: pid ${service.pid} ready at ${s.base}`);
  const servicePid = service.pid;

  const runTag = crypto.randomBytes(3).toString('hex').toUpperCase();
  const all = reports(DOCS, runTag);
  const texts = new Map(all.map((r) => [r.id, r.text]));
  if (new Set(all.map((r) => r.id)).size !== DOCS) throw new Error('generated reports are not distinct');
  const before = await readGraph(URI, all.map((r) => r.id), texts);
  if ([...before.values()].some((x) => x.copies > 0)) throw new Error('some of the generated documents already exist (run tag collision)');

  // ---- Phase 1: everything at once, kill -9 part-way ----------------------------------------
  const first = new Map<number, Attempt>();
  let answered = 0;
  let killAt: number | undefined;
  let killedPid: number | undefined;
  let killing: Promise<void> | undefined;
  const t0 = Date.now();
  await pool(all, CONCURRENCY, async (report) => {
    const outcome = await graphql(
      s.base,
      { query: INGEST, variables: { input: { title: report.title, text: report.text, publishedAt: report.publishedAt } } },
      { key: s.adminKey, timeoutMs: 180_000 },
    );
    remember(outcome);
    first.set(report.n, { outcome, verdict: verdictOf(outcome), inFlightAtKill: killAt !== undefined && outcome.startedAt < killAt });
    if (++answered === KILL_AFTER && !killing) {
      killAt = Date.now();
      killing = killNeo4j(s).then((pid) => {
        killedPid = pid;
        console.log(`kill -9 Neo4j pid ${pid} at +${seconds(killAt! - t0)} (after ${answered} answers; gone and port ${s.boltPort} closed ${Date.now() - killAt!} ms later)`);
      });
      await killing;
    }
  });
  await killing;
  const sendingMs = Date.now() - t0;
  if (killAt === undefined) throw new Error('every request answered before the kill; lower --kill-after');
  const killedAt: number = killAt;
  console.log(`all ${DOCS} answered ${seconds(sendingMs)} after the first was sent`);

  const counts = { ok: 0, failed: 0, indeterminate: 0 };
  const byLabel = new Map<string, number>();
  for (const attempt of first.values()) {
    counts[attempt.verdict]++;
    bump(byLabel, `${attempt.verdict}: ${label(attempt.outcome)}${attempt.verdict === 'ok' ? '' : attempt.inFlightAtKill ? ' (in flight at the kill)' : attempt.outcome.startedAt >= killAt ? ' (sent after the kill)' : ' (answered before the kill)'}`);
  }
  const idMismatch = [...first].filter(([n, a]) => a.verdict === 'ok' && (a.outcome.data!.ingestDocument as { documentId: string }).documentId !== all[n - 1].id);

  // ---- Phase 2: Neo4j back, the service recovers on its own ---------------------------------
  const downFor = Date.now() - killAt;
  if (downFor < DOWN_MS) await sleep(DOWN_MS - downFor);
  const restartAt = Date.now();
  const bolt = waitForBolt(URI, 600_000);
  const database = waitForDatabase(URI, 600_000);
  // Polled from the moment Bolt answers, so the times below are the service's own, not the CLI's.
  const serviceBack = bolt.then(() => waitForService(s.base, PROBE, 120_000));
  const restart = await kgCli(s, 'db-start');
  const boltAt = await bolt;
  const backAt = await database;
  const { readyAt, firstOkAt, probeFailures, readyWhileFailing } = await serviceBack;
  console.log(`neo4j: restarted (kg db-start ${seconds(restart.ms)}; the database ran queries after ${seconds(backAt - restartAt)}; down ${seconds(backAt - killedAt)} in all)`);
  const recovered = await service.waitForLine((line) => line.json?.event === 'database-recovered', 15_000, killAt);
  const downLogged = service.events('database-down').find((line) => line.at >= killedAt);
  const sameService = service.running && service.pid === servicePid;

  // ---- What had landed before the retry ------------------------------------------------------
  const landed = await readGraph(URI, all.map((r) => r.id), texts);
  const okMissingBeforeRetry = all.filter((r) => first.get(r.n)!.verdict === 'ok' && landed.get(r.id)!.copies === 0);
  const landedBy = new Map<string, { landed: number; not: number }>();
  for (const report of all) {
    const attempt = first.get(report.n)!;
    if (attempt.verdict === 'ok') continue;
    const key = `${attempt.verdict}: ${label(attempt.outcome)}`;
    const entry = landedBy.get(key) ?? { landed: 0, not: 0 };
    if (landed.get(report.id)!.copies > 0) entry.landed++;
    else entry.not++;
    landedBy.set(key, entry);
  }

  // ---- Phase 3: re-send every failed and indeterminate one -----------------------------------
  const final = new Map<number, Outcome>([...first].filter(([, a]) => a.verdict === 'ok').map(([n, a]) => [n, a.outcome]));
  const retryLabels = new Map<string, number>();
  let retries = 0;
  const toRetry = all.filter((r) => first.get(r.n)!.verdict !== 'ok');
  const retryStarted = Date.now();
  await pool(toRetry, 10, async (report) => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      retries++;
      const outcome = await graphql(
        s.base,
        { query: INGEST, variables: { input: { title: report.title, text: report.text, publishedAt: report.publishedAt } } },
        { key: s.adminKey, timeoutMs: 180_000 },
      );
      bump(retryLabels, label(outcome));
      remember(outcome);
      if (verdictOf(outcome) === 'ok') {
        final.set(report.n, outcome);
        return;
      }
      await sleep(2000 * attempt);
    }
  });
  const retryMs = Date.now() - retryStarted;
  written = all.filter((r) => final.has(r.n)).map((r) => r.id);

  // ---- The check: straight from Neo4j ---------------------------------------------------------
  const after = await readGraph(URI, all.map((r) => r.id), texts);
  const lost: string[] = [];
  const duplicated: string[] = [];
  const halfWritten: string[] = [];
  const notRetriedOk = all.filter((r) => !final.has(r.n));
  for (const report of all) {
    const got = after.get(report.id)!;
    const answer = final.get(report.n)?.data?.ingestDocument as { documentId: string; relations: number; entities: { total: number } } | undefined;
    if (got.copies === 0) {
      lost.push(`#${report.n} ${report.id}${got.relations + got.entities > 0 ? ` (no Document, yet ${got.relations} relations and ${got.entities} entities cite it)` : ''}`);
      if (got.relations + got.entities > 0) halfWritten.push(`#${report.n} ${report.id}: no Document node, ${got.relations} relations / ${got.entities} entities cite it`);
      continue;
    }
    if (got.copies > 1) duplicated.push(`#${report.n} ${report.id}: ${got.copies} Document nodes`);
    const problems: string[] = [];
    if (!got.textMatches) problems.push('stored text differs from the text sent');
    if (got.mentions === 0) problems.push('no MENTIONS');
    if (answer && got.mentions !== answer.entities.total * got.copies) problems.push(`MENTIONS ${got.mentions}, the ingest answer named ${answer.entities.total} entities`);
    if (answer && got.relations !== answer.relations) problems.push(`${got.relations} relations cite it, the ingest answer reported ${answer.relations}`);
    if (answer && got.entities !== answer.entities.total) problems.push(`${got.entities} entities cite it, the ingest answer named ${answer.entities.total}`);
    if (problems.length) halfWritten.push(`#${report.n} ${report.id}: ${problems.join('; ')}`);
  }

  // ---- Report ---------------------------------------------------------------------------------
  const okLatencies = [...first.values()].filter((a) => a.verdict === 'ok').map((a) => a.outcome.ms);
  console.log('\nBefore the retry (first attempt of each report)');
  console.log(
    table(
      ['ok', 'failed', 'indeterminate', 'total', 'ok latency p50 / p99'],
      [[counts.ok, counts.failed, counts.indeterminate, DOCS, `${fmtMs(percentile(okLatencies, 50))} / ${fmtMs(percentile(okLatencies, 99))}`]],
    ),
  );
  console.log('\nFirst answers by kind');
  console.log(table(['answer', 'count'], [...byLabel].sort((a, b) => b[1] - a[1]).map(([k, n]) => [k, n])));
  console.log('\nNot-ok first answers: had the document landed anyway? (read from Neo4j before the retry)');
  console.log(table(['answer', 'landed', 'not landed'], [...landedBy].map(([k, v]) => [k, v.landed, v.not])));
  console.log(`acknowledged (ok) but missing after the restart, before any retry: ${okMissingBeforeRetry.length}`);
  if (idMismatch.length) console.log(`answers whose documentId differs from doc-sha256(text): ${idMismatch.length}`);

  console.log('\nRecovery (service not restarted)');
  console.log(
    table(
      ['step', 'time'],
      [
        ['Neo4j down: kill -9 → the database runs queries again', seconds(backAt - killedAt)],
        ['  restart began → Bolt accepts connections', seconds(boltAt - restartAt)],
        ['  restart began → the database runs RETURN 1', seconds(backAt - restartAt)],
        ['  kg db-start in all (start + schema check)', seconds(restart.ms)],
        ['service GET /ready 200, from the database being back', readyAt === undefined ? 'never (120 s)' : signed(readyAt - backAt)],
        ['first successful GraphQL read, from the database being back', firstOkAt === undefined ? 'never (120 s)' : signed(firstOkAt - backAt)],
        ['service log "database-down" after the kill', downLogged ? `+${seconds(downLogged.at - killAt)}: ${String(downLogged.json?.msg).slice(0, 90)}` : 'NOT logged'],
        ['service log "database-recovered"', recovered ? `${signed(recovered.at - backAt)} from the database being back: ${String(recovered.json?.msg)}` : 'NOT logged within 15 s'],
        ['same service process throughout', sameService ? `yes (pid ${servicePid})` : `NO (${JSON.stringify(service.exit)})`],
      ],
    ),
  );

  if (probeFailures.size) {
    console.log(`reads that failed after Bolt first answered, before the first ok one (${readyWhileFailing} of them while GET /ready said 200):`);
    for (const [what, n] of probeFailures) console.log(`  ${n} × ${what}`);
  }
  console.log(`\nRetry: ${toRetry.length} reports re-sent, ${retries} requests in ${seconds(retryMs)}; answers: ${fmtCounts(retryLabels)}`);
  if (notRetriedOk.length) console.log(`still not ok after 5 attempts: ${notRetriedOk.map((r) => `#${r.n}`).join(' ')}`);

  console.log('\nOne message of each kind of error answer');
  for (const [key, message] of examples) console.log(`  ${key}: ${message}`);

  console.log('\nAfter the retry, read straight from Neo4j');
  console.log(table(['documents', 'lost', 'duplicated', 'half-written'], [[DOCS, lost.length, duplicated.length, halfWritten.length]]));
  for (const [name, list] of [['lost', lost], ['duplicated', duplicated], ['half-written', halfWritten]] as const) {
    for (const item of list.slice(0, 10)) console.log(`  ${name}: ${item}`);
    if (list.length > 10) console.log(`  … and ${list.length - 10} more ${name}`);
  }
  fs.writeFileSync(
    path.join(s.runDir, 'result.json'),
    JSON.stringify({ runTag, counts, byLabel: Object.fromEntries(byLabel), lost, duplicated, halfWritten, killedPid, sendingMs, retries }, null, 2),
  );
  console.log(`\nservice log: ${service.logFile}`);
  return lost.length === 0 && duplicated.length === 0 && halfWritten.length === 0 ? 0 : 1;
}

runScript(main, cleanup);
