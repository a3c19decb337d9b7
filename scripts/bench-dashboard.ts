// Times a round's whole dashboard (every indicator × every breakdown, suppressed, with the response rates) against
// one plain GROUP BY scan over the same rows, on PostgreSQL. Load the round first with `npm run seed:large`.
import { sql } from 'drizzle-orm';
import { openPostgres, queryRows } from '@/db/client';
import type { Actor } from '@/lib/auth/actor';
import { computeRoundDashboard } from '@/lib/analytics/dashboard';
import { LARGE_ROUND_SLUG } from './large-round';

const RUNS = 5;
const strategist: Actor = { userId: 0, role: 'strategist', organisationId: null, name: 'bench' };

async function median(run: () => Promise<unknown>): Promise<number> {
  await run(); // warm the cache and the plan
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to the database `npm run seed:large` loaded, e.g. postgres://postgres@127.0.0.1:5432/hm_bench');
  const { db, close } = await openPostgres(url, { max: 4 });
  try {
    const [round] = await queryRows<{ id: number; count: number }>(
      db,
      sql`select r.id, (select count(*)::int from responses where round_id = r.id) as count from rounds r where slug = ${LARGE_ROUND_SLUG}`,
    );
    if (!round) throw new Error('No large round: run `npm run seed:large` first.');
    const dashboard = await median(() => computeRoundDashboard(db, strategist, round.id));
    const plainScan = await median(() =>
      queryRows(db, sql`select survey_key, organisation_id, channel_id, count(*) from responses where round_id = ${round.id} group by 1, 2, 3`),
    );
    const plainIndicatorScan = await median(() =>
      queryRows(db, sql`select survey_key, answers ->> 'aware_strategy', count(*) from responses where round_id = ${round.id} group by 1, 2`),
    );
    const format = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;
    console.log(`Round ${LARGE_ROUND_SLUG}: ${round.count.toLocaleString('sv-SE')} responses; median of ${RUNS} runs after a warm-up.`);
    console.log(`whole dashboard (every indicator × breakdown, suppressed)   ${format(dashboard)}`);
    console.log(`plain GROUP BY survey, organisation, channel               ${format(plainScan)}   ratio ${(dashboard / plainScan).toFixed(2)}`);
    console.log(`plain GROUP BY survey, one answer (answers ->> '…')        ${format(plainIndicatorScan)}   ratio ${(dashboard / plainIndicatorScan).toFixed(2)}`);
  } finally {
    await close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
