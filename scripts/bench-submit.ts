// npm run bench:submit — how fast the built app (next start, as deployed) stores anonymous feedback on a real
// PostgreSQL, against the same server's trivial route (/api/health, an app route: the framework's own floor), the
// feedback route's own floor for the record (a body refused before any work; that route is served by pages/api's
// handler, see README) and pgbench on the app's own responses table (trigger included); whether every acknowledged
// submission is stored exactly once; and whether two app processes on one database admit exactly the per-channel
// rate limit between them.
// Needs `npm run build` first. DATABASE_URL names the server (default postgres://postgres@127.0.0.1:5432/postgres);
// a fresh database hm_bench_submit is created there and dropped afterwards (BENCH_KEEP_DB=1 keeps it).
// The per-channel rate limit is raised for the speed run (FEEDBACK_RATE_LIMIT_PER_MINUTE) so that it is not what is
// measured. Ports: BENCH_PORT (default 4401) and the next one for the second app process. Submissions and the trivial
// route are timed in alternating blocks (see main). BENCH_CPU_PROFILE=<folder> has the app server write a V8 CPU
// profile there when it stops, for finding where its time goes.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { createDatabase, databaseUrl, dropDatabase } from '@/db/admin';
import { openPostgres } from '@/db/client';
import { channels, rounds, roundSurveys } from '@/db/schema';
import { isoWeek } from '@/lib/dates';
import { scrubFreeText } from '@/lib/surveys/scrub';
import { latestSurvey } from '@/surveys';
import { machineLoad } from './machine-load';

const CONNECTIONS = 8;
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 4000);
const WARMUP = 1000; // requests of each kind before anything is timed: the server's code is compiled hot by then
const BLOCKS = 4;
const TRIVIAL_PER_BLOCK = 600;
const REPEAT_EVERY = 20; // every 20th request repeats an earlier one, as a client retry would
const PORT = Number(process.env.BENCH_PORT ?? 4401);
const PGBENCH = process.env.PGBENCH ?? '/usr/lib/postgresql/15/bin/pgbench';
const DB_NAME = 'hm_bench_submit';

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const benchUrl = databaseUrl(serverUrl, DB_NAME);
const survey = latestSurvey('target-feedback');

/** One open round with the feedback survey frozen and five channels. */
async function prepareRound(): Promise<{ codes: string[]; roundId: number; channelIds: number[] }> {
  const handle = await openPostgres(benchUrl, { max: 2 });
  const [round] = await handle.db.insert(rounds).values({ slug: 'bench', name: 'Bench', status: 'open' }).returning();
  await handle.db
    .insert(roundSurveys)
    .values({ roundId: round.id, surveyKey: survey.key, surveyVersion: survey.version, definition: survey.json });
  const codes = ['bench1', 'bench2', 'bench3', 'bench4', 'bench5'];
  const made = await handle.db
    .insert(channels)
    .values(codes.map((publicCode) => ({ roundId: round.id, publicCode, name: publicCode })))
    .returning({ id: channels.id });
  await handle.close();
  return { codes, roundId: round.id, channelIds: made.map((channel) => channel.id) };
}

const choices = {
  offered_support: ['yes', 'no', 'dont_know'],
  know_where_to_turn: ['yes', 'partly', 'no'],
  target_group: ['asylum_seeker', 'refugee_residence_permit', 'quota_refugee', 'prefer_not'],
  municipality: ['halmstad', 'laholm', 'hylte', 'falkenberg', 'varberg', 'kungsbacka'],
};

function answersFor(i: number): Record<string, unknown> {
  const offered = choices.offered_support[i % 3];
  return {
    offered_support: offered,
    ...(offered === 'yes' ? { support_met_needs: 1 + (i % 5) } : {}),
    know_where_to_turn: choices.know_where_to_turn[i % 3],
    support_used: ['meeting_places', 'parental_support'].slice(0, 1 + (i % 2)),
    stress_level: 1 + ((i * 7) % 5),
    worry_level: 1 + ((i * 3) % 5),
    target_group: choices.target_group[i % 4],
    municipality: choices.municipality[i % 6],
    ...(i % 4 === 0
      ? { comment: `Svar ${i}: stödet på boendet var bra, ring mig 070-123 45 ${String(i % 100).padStart(2, '0')}.` }
      : {}),
  };
}

type Submission = { code: string; body: string; key: string };

function makeSubmissions(count: number, codes: string[]): Submission[] {
  return Array.from({ length: count }, (_, i) => {
    const key = randomUUID();
    const body = JSON.stringify({ idempotencyKey: key, locale: 'sv', answers: answersFor(i), elapsedSeconds: 120 });
    return { code: codes[i % codes.length], body, key };
  });
}

/**
 * CPU seconds used so far by the app's processes (its process group) and by PostgreSQL's, read from /proc; null
 * where there is no /proc. Says where a submission's time goes when app, database and load share one machine.
 */
function cpuSeconds(appGroup: number): { app: number; postgres: number } | null {
  if (!existsSync('/proc/self/stat')) return null;
  const ticksPerSecond = 100;
  let app = 0;
  let postgres = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const seconds = (Number(fields[11]) + Number(fields[12])) / ticksPerSecond; // utime + stime
    if (Number(fields[2]) === appGroup) app += seconds;
    else if (command === 'postgres') postgres += seconds;
  }
  return { app, postgres };
}

async function startApp(port = PORT, ratePerMinute = 10_000_000): Promise<{ stop: () => void; group: number }> {
  // The production server, as `npm start` runs it: next start, in its own process group.
  const server = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : []),
      'node_modules/next/dist/bin/next',
      'start',
      '--port',
      String(port),
    ],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: benchUrl,
        NEXTAUTH_SECRET: 'bench-secret-that-is-long-enough-0123456789',
        NEXTAUTH_URL: `http://localhost:${port}`,
        NEXT_TELEMETRY_DISABLED: '1',
        LOG_LEVEL: 'warn',
        FEEDBACK_RATE_LIMIT_PER_MINUTE: String(ratePerMinute),
      },
      detached: true,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const stop = () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  };
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      if ((await fetch(`http://localhost:${port}/api/health`)).ok) return { stop, group: server.pid! };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error('the app did not start');
}

/**
 * Runs autocannon and times it from the start to the last response: autocannon's own duration (and its callback)
 * only moves in whole seconds, too coarse for runs of a few seconds. Keeps every response's latency, so that the
 * percentiles of several runs can be taken together.
 */
function timedLoad(options: autocannon.Options): Promise<autocannon.Result & { seconds: number; latencies: number[] }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let last = started;
    const latencies: number[] = [];
    const instance = autocannon(options, (error, result) =>
      error ? reject(error) : resolve({ ...result, seconds: (last - started) / 1000, latencies }),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      last = performance.now();
      latencies.push(responseTime);
    });
  });
}

/** The p-th percentile (0–100) of these latencies, in whole milliseconds. */
function percentile(latencies: number[], p: number): number {
  const sorted = [...latencies].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
}

async function runLoad(
  submissions: Submission[],
): Promise<autocannon.Result & { seconds: number; latencies: number[]; sent: Submission[] }> {
  const sent: Submission[] = [];
  let next = 0;
  const pick = () => {
    const i = next++;
    // A repeat of an earlier submission (same key, same body) must be stored once.
    const submission =
      i > 0 && i % REPEAT_EVERY === 0 ? sent[(i * 7919) % sent.length] : submissions[i - Math.floor(i / REPEAT_EVERY)];
    sent.push(submission);
    return submission;
  };
  const total = submissions.length + Math.floor(submissions.length / (REPEAT_EVERY - 1));
  const result = await timedLoad({
    url: `http://localhost:${PORT}`,
    connections: CONNECTIONS,
    amount: total,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => {
          const submission = pick();
          return { ...request, path: `/api/feedback/${submission.code}`, body: submission.body };
        },
      },
    ],
  });
  return { ...result, sent };
}

/**
 * pgbench, 8 clients, one insert of a typical answer per transaction into one of the app's own tables: `responses`
 * (with its answer-count trigger, what a release writes) or `held_responses` (what a submission writes).
 */
function pgbench(roundId: number, channelIds: number[], table: 'responses' | 'held_responses'): { tps: number } | null {
  if (!existsSync(PGBENCH)) return null;
  const folder = mkdtempSync(path.join(tmpdir(), 'hm-pgbench-'));
  const script = path.join(folder, 'insert.sql');
  const answers = JSON.stringify(scrubFreeText(answersFor(4), survey.json)).replaceAll("'", "''");
  writeFileSync(
    script,
    [
      `\\set channel random(${Math.min(...channelIds)}, ${Math.max(...channelIds)})`,
      `insert into ${table} (idempotency_key, round_id, survey_key, survey_version, channel_id, locale, answers, submitted_week) values (gen_random_uuid(), ${roundId}, 'target-feedback', ${survey.version}, :channel, 'sv', '${answers}', '${isoWeek(new Date())}');`,
    ].join('\n'),
  );
  const url = new URL(benchUrl);
  const result = spawnSync(
    PGBENCH,
    [
      '-n',
      '-c',
      String(CONNECTIONS),
      '-j',
      '2',
      '-t',
      String(Math.ceil(SUBMISSIONS / CONNECTIONS)),
      '-f',
      script,
      '-h',
      url.hostname,
      '-p',
      url.port || '5432',
      '-U',
      decodeURIComponent(url.username || 'postgres'),
      DB_NAME,
    ],
    { encoding: 'utf8', env: { ...process.env, PGPASSWORD: decodeURIComponent(url.password) } },
  );
  rmSync(folder, { recursive: true, force: true });
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(result.stdout)?.[1];
  if (!tps) throw new Error(`pgbench failed: ${result.stderr || result.stdout}`);
  return { tps: Number(tps) };
}

/**
 * Two app processes on one database, one channel allowed `limit` a minute: three times the limit sent to both at
 * once admits exactly the limit, stores exactly that many, and refuses the rest with 429.
 */
async function twoProcesses(code: string, channelId: number, limit: number) {
  const first = await startApp(PORT, limit);
  const second = await startApp(PORT + 1, limit);
  try {
    const sql = postgres(benchUrl, { max: 1, onnotice: () => {} });
    // Stored means held or already released (lib/responses/release.ts).
    const countStored = async () =>
      (
        await sql<{ stored: number }[]>`
          select ((select count(*) from held_responses where channel_id = ${channelId})
               + (select count(*) from responses where channel_id = ${channelId}))::int as stored`
      )[0].stored;
    const before = await countStored();
    // All in one window of the limit: start just after a minute begins.
    await new Promise((resolve) => setTimeout(resolve, 60_000 - (Date.now() % 60_000) + 500));
    const statuses = await Promise.all(
      Array.from({ length: limit * 3 }, (_, i) =>
        fetch(`http://localhost:${i % 2 ? PORT + 1 : PORT}/api/feedback/${code}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            idempotencyKey: randomUUID(),
            locale: 'sv',
            answers: answersFor(i),
            elapsedSeconds: 120,
          }),
        }).then((response) => response.status),
      ),
    );
    const stored = (await countStored()) - before;
    await sql.end();
    return {
      admitted: statuses.filter((status) => status === 201).length,
      refused: statuses.filter((status) => status === 429).length,
      stored,
    };
  } finally {
    first.stop();
    second.stop();
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function countRows(keys: string[]) {
  const sql = postgres(benchUrl, { max: 1, onnotice: () => {} });
  const [row] = await sql<{ stored: number; duplicated: number }[]>`
    select count(distinct idempotency_key)::int as stored,
           (count(*) - count(distinct idempotency_key))::int as duplicated
    from (
      -- Stored means held or already released: a retry must find its first copy in either.
      select idempotency_key from held_responses where idempotency_key = any(${keys}::uuid[])
      union all select idempotency_key from responses where idempotency_key = any(${keys}::uuid[])
    ) stored`;
  await sql.end();
  return row;
}

/** What HTTP through Next.js costs on this machine: a route that only asks the database "select 1". */
async function trivialRoute(amount: number) {
  return await timedLoad({ url: `http://localhost:${PORT}/api/health`, connections: CONNECTIONS, amount });
}

/** The feedback route refusing a body before any work (415: not JSON; no validation, no database): its own floor. */
async function feedbackRouteFloor(code: string, amount: number) {
  return await timedLoad({
    url: `http://localhost:${PORT}/api/feedback/${code}`,
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: '{}',
    connections: CONNECTIONS,
    amount,
  });
}

/** The JavaScript a browser downloads for the survey page: every script the HTML names, raw and gzip. */
async function pageWeight(path: string) {
  const html = await (await fetch(`http://localhost:${PORT}${path}`)).text();
  // A script marked noModule (Next.js's polyfills) is skipped by every browser that runs modules, i.e. every phone
  // from the last years; it is counted apart.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)];
  const sources = [...new Set(tags.filter((tag) => !/nomodule/i.test(tag[0])).map((tag) => tag[1]))];
  const legacyOnly = [...new Set(tags.filter((tag) => /nomodule/i.test(tag[0])).map((tag) => tag[1]))];
  let raw = 0;
  let gzip = 0;
  for (const source of sources) {
    const bytes = Buffer.from(await (await fetch(new URL(source, `http://localhost:${PORT}`))).arrayBuffer());
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => match[1]);
  let cssGzip = 0;
  for (const href of css)
    cssGzip += gzipSync(
      Buffer.from(await (await fetch(new URL(href, `http://localhost:${PORT}`))).arrayBuffer()),
    ).length;
  let legacyGzip = 0;
  for (const source of legacyOnly)
    legacyGzip += gzipSync(
      Buffer.from(await (await fetch(new URL(source, `http://localhost:${PORT}`))).arrayBuffer()),
    ).length;
  return { scripts: sources.length, raw, gzip, cssGzip, legacyGzip };
}

function surveyChunkGzip(): number | null {
  // The SurveyJS runtime alone, for comparison: survey-core + survey-react-ui as shipped, minified, gzip.
  const files = ['node_modules/survey-core/survey.core.min.js', 'node_modules/survey-react-ui/survey-react-ui.min.js'];
  if (!files.every((file) => existsSync(file))) return null;
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

let lastSubmitsPerSecond = 0;

async function main() {
  console.log(`machine: ${machineLoad()} at the start`);
  if (!existsSync('.next/BUILD_ID')) throw new Error('Build the app first: npm run build');
  await dropDatabase(serverUrl, DB_NAME);
  await createDatabase(serverUrl, DB_NAME);
  const { codes, roundId, channelIds } = await prepareRound();
  const { stop, group } = await startApp();
  try {
    await runLoad(makeSubmissions(WARMUP, codes));
    await trivialRoute(WARMUP);
    // Submissions and the trivial route take turns in blocks, so that a machine whose speed drifts during the run (a
    // shared virtual machine's does) weighs on both figures alike.
    const submissions = makeSubmissions(SUBMISSIONS, codes);
    const perBlock = Math.ceil(SUBMISSIONS / BLOCKS);
    const load = {
      sent: [] as Submission[],
      seconds: 0,
      latencies: [] as number[],
      '2xx': 0,
      non2xx: 0,
      errors: 0,
      timeouts: 0,
    };
    const floorRuns = { requests: 0, seconds: 0, latencies: [] as number[] };
    const cpu = { app: 0, postgres: 0, measured: true };
    for (let block = 0; block < BLOCKS; block++) {
      const cpuBefore = cpuSeconds(group);
      const part = await runLoad(submissions.slice(block * perBlock, (block + 1) * perBlock));
      const cpuAfter = cpuSeconds(group);
      if (cpuBefore && cpuAfter) {
        cpu.app += cpuAfter.app - cpuBefore.app;
        cpu.postgres += cpuAfter.postgres - cpuBefore.postgres;
      } else cpu.measured = false;
      load.sent.push(...part.sent);
      load.seconds += part.seconds;
      load.latencies.push(...part.latencies);
      load['2xx'] += part['2xx'];
      load.non2xx += part.non2xx;
      load.errors += part.errors;
      load.timeouts += part.timeouts;
      const floorPart = await trivialRoute(TRIVIAL_PER_BLOCK);
      floorRuns.requests += TRIVIAL_PER_BLOCK;
      floorRuns.seconds += floorPart.seconds;
      floorRuns.latencies.push(...floorPart.latencies);
    }
    await feedbackRouteFloor(codes[0], WARMUP);
    const routeFloor = await feedbackRouteFloor(codes[0], TRIVIAL_PER_BLOCK * BLOCKS);
    const floor = {
      perSecond: floorRuns.requests / floorRuns.seconds,
      p50: percentile(floorRuns.latencies, 50),
      p99: percentile(floorRuns.latencies, 99),
    };
    const latency = {
      p50: percentile(load.latencies, 50),
      p99: percentile(load.latencies, 99),
      max: percentile(load.latencies, 100),
    };
    const distinctKeys = [...new Set(load.sent.map((submission) => submission.key))];
    const counted = await countRows(distinctKeys);
    const weight = await pageWeight(`/f/${codes[0]}/sv`);
    const runtime = surveyChunkGzip();

    const ok = load['2xx'];
    const submitsPerSecond = load.sent.length / load.seconds;
    lastSubmitsPerSecond = submitsPerSecond;
    console.log(
      `feedback submissions through the built app (${CONNECTIONS} concurrent clients, PostgreSQL ${DB_NAME})`,
    );
    console.log(
      `  requests sent            ${load.sent.length} (${load.sent.length - distinctKeys.length} repeats of an earlier key), 2xx ${ok}, non-2xx ${load.non2xx}, errors ${load.errors}, timeouts ${load.timeouts}`,
    );
    console.log(`  submissions/s            ${submitsPerSecond.toFixed(0)}`);
    console.log(`  latency p50 / p99        ${latency.p50} ms / ${latency.p99} ms (max ${latency.max} ms)`);
    if (cpu.measured) {
      const perRequest = (seconds: number) => `${((seconds * 1000) / load.sent.length).toFixed(2)} ms`;
      console.log(
        `  CPU per request          app ${perRequest(cpu.app)}, PostgreSQL ${perRequest(cpu.postgres)} (this machine has ${availableParallelism()} cores, shared with the load generator)`,
      );
    }
    const ratio = submitsPerSecond / floor.perSecond;
    console.log(
      `the same server's trivial route /api/health (one "select 1"): ${floor.perSecond.toFixed(0)} requests/s, p50 ${floor.p50} ms, p99 ${floor.p99} ms`,
    );
    console.log(
      `ratio submissions / trivial route ${ratio.toFixed(2)} (target ≥ 0.75); p99 ${latency.p99} ms (target ≤ 50 ms)`,
    );
    const routeFloorPerSecond = (TRIVIAL_PER_BLOCK * BLOCKS) / routeFloor.seconds;
    console.log(
      `the feedback route itself refusing a body before any work (415, no database; timed after the blocks): ${routeFloorPerSecond.toFixed(0)} requests/s, ${routeFloor.non2xx} refused as expected; submissions / that ${(submitsPerSecond / routeFloorPerSecond).toFixed(2)} (for the record)`,
    );
    console.log(
      `rows afterwards            ${counted.stored} of ${distinctKeys.length} distinct submissions: ${distinctKeys.length - counted.stored} lost, ${counted.duplicated} duplicated`,
    );
    console.log(
      `rate limit                 raised to 10000000/min per channel for this run (FEEDBACK_RATE_LIMIT_PER_MINUTE), still counted in PostgreSQL`,
    );
    console.log(
      `feedback page JavaScript   ${weight.scripts} scripts, ${kb(weight.raw)} raw, ${kb(weight.gzip)} gzip; CSS ${kb(weight.cssGzip)} gzip`,
    );
    console.log(
      `  polyfills for old browsers only (noModule, not fetched by current ones): ${kb(weight.legacyGzip)} gzip`,
    );
    if (runtime)
      console.log(`  SurveyJS runtime alone   ${kb(runtime)} gzip (survey-core + survey-react-ui, minified)`);
  } finally {
    stop();
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  try {
    for (const table of ['held_responses', 'responses'] as const) {
      const bench = pgbench(roundId, channelIds, table);
      const what =
        table === 'responses'
          ? 'responses (answer-count trigger included)'
          : 'held_responses (where a submission goes)';
      if (bench)
        console.log(
          `pgbench, ${CONNECTIONS} clients, one insert per transaction into ${what}: ${bench.tps.toFixed(0)} tps; app / pgbench ${(lastSubmitsPerSecond / bench.tps).toFixed(2)} (for the record)`,
        );
    }
    const limit = 60;
    const two = await twoProcesses(codes[4], channelIds[4], limit);
    console.log(
      `two app processes, one database, a channel allowed ${limit}/min, ${limit * 3} sent to both at once: ${two.admitted} admitted, ${two.refused} told 429, ${two.stored} stored (expected ${limit}, ${limit * 2}, ${limit})`,
    );
  } finally {
    if (process.env.BENCH_KEEP_DB !== '1') await dropDatabase(serverUrl, DB_NAME);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
