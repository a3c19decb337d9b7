// Times a round's whole dashboard (every indicator × every breakdown, suppressed, with the response rates) against
// one plain GROUP BY scan over the same rows, on PostgreSQL; then every dashboard page over HTTP, signed in as a
// strategist, against the built app (`npm run build` first), each page's median beside the scan's median taken in
// the same run. Load the round first with `npm run seed:large`. The script starts `next start` itself on BENCH_PORT
// (default 3100) in a process group of its own and stops it at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { openPostgres, queryRows, type Db } from '@/db/client';
import { organisations, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { hashPassword } from '@/lib/auth/password';
import { computeRoundDashboard } from '@/lib/analytics/dashboard';
import { LARGE_ROUND_SLUG } from './large-round';
import { machineLoad } from './machine-load';

const RUNS = 5;
const PAGE_RUNS = 9;
const PAGES = [
  '/dashboards',
  '/dashboards/actors',
  '/dashboards/target-groups',
  '/dashboards/trends',
  '/dashboards/free-text',
];
const strategist: Actor = { userId: 0, role: 'strategist', organisationId: null, name: 'bench' };
/** The bench database's own account (never a demo or real one): made here when missing. */
const BENCH_ACCOUNT = { email: 'strateg@bench.halland.test', password: 'Bench-Strateg-1m-svar', name: 'Bench Strateg' };

async function median(run: () => Promise<unknown>, runs = RUNS): Promise<number> {
  await run(); // warm the cache and the plan
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

async function ensureBenchStrategist(db: Db) {
  const [region] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(sql`${organisations.slug} = 'region-halland'`);
  await db
    .insert(users)
    .values({
      email: BENCH_ACCOUNT.email,
      name: BENCH_ACCOUNT.name,
      role: 'strategist',
      organisationId: region?.id ?? null,
      passwordHash: await hashPassword(BENCH_ACCOUNT.password),
    })
    .onConflictDoNothing({ target: users.email });
}

/** `next start` of the built app in its own process group, so that stopping it stops next-server too. */
async function startApp(url: string, port: number): Promise<ChildProcess> {
  const app = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      NEXTAUTH_SECRET: randomBytes(32).toString('hex'),
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return app;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stopApp(app);
  throw new Error(`the app did not answer on port ${port} within a minute (did \`npm run build\` run?)`);
}

function stopApp(app: ChildProcess) {
  if (app.pid) process.kill(-app.pid, 'SIGTERM');
}

/** Signs in through next-auth's credentials endpoint, as the browser's form does; returns the Cookie header. */
async function signIn(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; ') },
    body: new URLSearchParams({
      csrfToken,
      email: BENCH_ACCOUNT.email,
      password: BENCH_ACCOUNT.password,
      json: 'true',
    }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.includes('next-auth.session-token='));
  if (!session) throw new Error(`signing in failed (${response.status})`);
  return [...cookies, session].join('; ');
}

async function main() {
  console.log(`machine: ${machineLoad()} at the start`);
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      'Set DATABASE_URL to the database `npm run seed:large` loaded, e.g. postgres://postgres@127.0.0.1:5432/hm_bench',
    );
  const port = Number(process.env.BENCH_PORT ?? 3100);
  const { db, close } = await openPostgres(url, { max: 4 });
  let app: ChildProcess | null = null;
  try {
    const [round] = await queryRows<{ id: number; count: number }>(
      db,
      sql`select r.id, (select count(*)::int from responses where round_id = r.id) as count from rounds r where slug = ${LARGE_ROUND_SLUG}`,
    );
    if (!round) throw new Error('No large round: run `npm run seed:large` first.');
    const plainScanQuery = () =>
      queryRows(
        db,
        sql`select survey_key, organisation_id, channel_id, count(*) from responses where round_id = ${round.id} group by 1, 2, 3`,
      );
    const dashboard = await median(() => computeRoundDashboard(db, strategist, round.id));
    const plainScan = await median(plainScanQuery);
    const plainIndicatorScan = await median(() =>
      queryRows(
        db,
        sql`select survey_key, answers ->> 'aware_strategy', count(*) from responses where round_id = ${round.id} group by 1, 2`,
      ),
    );
    const format = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;
    console.log(
      `Round ${LARGE_ROUND_SLUG}: ${round.count.toLocaleString('sv-SE')} responses; median of ${RUNS} runs after a warm-up.`,
    );
    console.log(`whole dashboard (every indicator × breakdown, suppressed)   ${format(dashboard)}`);
    console.log(
      `plain GROUP BY survey, organisation, channel               ${format(plainScan)}   ratio ${(dashboard / plainScan).toFixed(2)}`,
    );
    console.log(
      `plain GROUP BY survey, one answer (answers ->> '…')        ${format(plainIndicatorScan)}   ratio ${(dashboard / plainIndicatorScan).toFixed(2)}`,
    );

    await ensureBenchStrategist(db);
    app = await startApp(url, port);
    const base = `http://127.0.0.1:${port}`;
    const cookie = await signIn(base);
    console.log(
      `\nEvery dashboard page over HTTP (next start, signed in as a strategist), median of ${PAGE_RUNS} after a warm-up;`,
    );
    console.log(`the plain GROUP BY scan is timed again beside each page. Target: page ≤ 0.5 × scan.`);
    for (const path of PAGES) {
      const page = await median(async () => {
        const response = await fetch(`${base}${path}?round=${LARGE_ROUND_SLUG}`, {
          headers: { cookie },
          redirect: 'manual',
        });
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
        await response.text();
      }, PAGE_RUNS);
      const scan = await median(plainScanQuery, PAGE_RUNS);
      const ratio = page / scan;
      console.log(
        `${path.padEnd(28)} ${format(page)}   scan ${format(scan)}   ratio ${ratio.toFixed(2)} ${ratio <= 0.5 ? 'ok' : 'OVER TARGET'}`,
      );
    }
  } finally {
    if (app) stopApp(app);
    await close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
