// Loads one round of 1,000,000 responses into PostgreSQL for `npm run bench:dashboard`, in SQL (generate_series),
// not through survey-core. Use a database of its own: DATABASE_URL=postgres://postgres@127.0.0.1:5432/hm_bench
// (created when missing). Running it again replaces the round.
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { openPostgres, queryRows } from '@/db/client';
import { organisations } from '@/db/schema';
import { hallandOrganisations } from '@/lib/demo/seed';
import { storeClosedRoundCounts } from '@/lib/counts/round-counts';

import { LARGE_ROUND_SLUG } from './large-round';
const ACTOR_RESPONSES = 200_000;
const FEEDBACK_RESPONSES = 800_000;

async function ensureDatabase(url: string) {
  const name = new URL(url).pathname.slice(1);
  const admin = postgres(Object.assign(new URL(url), { pathname: '/postgres' }).toString(), {
    max: 1,
    onnotice: () => {},
  });
  try {
    const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
    if (!exists) await admin.unsafe(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
}

/** A random element of a SQL array literal, or null (skipped) with probability `skip`. */
function pick(values: (string | number)[], skip = 0.08) {
  const literal = values.map((v) => (typeof v === 'number' ? String(v) : `'${v}'`)).join(',');
  const array = typeof values[0] === 'number' ? `array[${literal}]::int[]` : `array[${literal}]::text[]`;
  return sql.raw(
    `case when random() < ${skip} then null else to_jsonb((${array})[1 + floor(random() * ${values.length})::int]) end`,
  );
}

const AWARENESS = ['well_known', 'somewhat', 'heard_of', 'not_known'];
const AGREE = ['agree_fully', 'agree_partly', 'disagree_partly', 'disagree_fully', 'dont_know'];
const RATING = [1, 2, 3, 4, 5];

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      'Set DATABASE_URL to a PostgreSQL database of its own, e.g. postgres://postgres@127.0.0.1:5432/hm_bench',
    );
  await ensureDatabase(url);
  const { db, close } = await openPostgres(url, { max: 2 });
  const started = performance.now();
  try {
    await db
      .insert(organisations)
      .values(hallandOrganisations.map(([slug, name, kind, isPrincipal]) => ({ slug, name, kind, isPrincipal })))
      .onConflictDoNothing({ target: organisations.slug });
    await db.execute(sql`delete from rounds where slug = ${LARGE_ROUND_SLUG}`);
    const [round] = await queryRows<{ id: number }>(
      db,
      sql`insert into rounds (slug, name, status, opens_on, closes_on) values (${LARGE_ROUND_SLUG}, 'Nationell omgång (1 000 000 svar)', 'closed', '2026-01-05', '2026-03-27') returning id`,
    );
    await db.execute(sql`insert into channels (round_id, public_code, name)
      select ${round.id}, 'big' || g || substr(md5(random()::text), 1, 6), 'Kanal ' || g from generate_series(1, 40) g`);

    await db.execute(sql`
      with o as (select array_agg(id order by id) as ids from organisations)
      insert into responses (idempotency_key, round_id, survey_key, survey_version, organisation_id, locale, answers, submitted_week, is_demo)
      select gen_random_uuid(), ${round.id}, 'actor-followup', 1, o.ids[1 + floor(random() * array_length(o.ids, 1))::int], 'sv',
        jsonb_strip_nulls(jsonb_build_object(
          'aware_strategy', ${pick(AWARENESS, 0)}, 'aware_model', ${pick(AWARENESS, 0)}, 'aware_platform', ${pick(AWARENESS, 0)},
          'platform_usefulness', ${pick(RATING)}, 'dialogue_meetings_value', ${pick(RATING, 0.4)},
          'supports_meeting_across', ${pick(AGREE)}, 'model_helped_identify_challenges', ${pick(AGREE)},
          'preparedness', ${pick(AGREE)}, 'recommend_extension', ${pick(['yes', 'yes_with_changes', 'no', 'dont_know'])},
          'role_category', ${pick(['manager', 'frontline_staff', 'health_care_staff', 'volunteer'], 0)})),
        '2026-W' || lpad((2 + floor(random() * 10))::int::text, 2, '0'), true
      from generate_series(1, ${ACTOR_RESPONSES}), o`);
    await db.execute(sql`
      with c as (select array_agg(id order by id) as ids from channels where round_id = ${round.id})
      insert into responses (idempotency_key, round_id, survey_key, survey_version, channel_id, locale, answers, submitted_week, is_demo)
      select gen_random_uuid(), ${round.id}, 'target-feedback', 1, c.ids[1 + floor(random() * array_length(c.ids, 1))::int],
        (array['ar','prs','fa','ti','so','uk','sv','sv-easy','en'])[1 + floor(random() * 9)::int],
        jsonb_strip_nulls(jsonb_build_object(
          'offered_support', ${pick(['yes', 'no', 'dont_know'], 0)}, 'support_met_needs', ${pick(RATING, 0.3)},
          'know_where_to_turn', ${pick(['yes', 'partly', 'no'], 0)}, 'stress_level', ${pick(RATING)},
          'worry_level', ${pick(RATING)}, 'sleep_problems', ${pick(RATING)},
          'target_group', ${pick(['asylum_seeker', 'refugee_residence_permit', 'quota_refugee', 'relative_of_newly_arrived', 'no_permit', 'prefer_not'], 0.1)})),
        '2026-W' || lpad((2 + floor(random() * 10))::int::text, 2, '0'), true
      from generate_series(1, ${FEEDBACK_RESPONSES}), c`);
    // Links: the used ones match the actor responses per organisation; about one in four was never used.
    await db.execute(sql`
      insert into invitations (round_id, organisation_id, token_hash, used)
      select ${round.id}, organisation_id, md5(random()::text || clock_timestamp()::text || g), g <= count
      from (select organisation_id, count(*)::int as count from responses where round_id = ${round.id} and organisation_id is not null group by 1) r,
        generate_series(1, (count * 1.3)::int) g`);
    await db.execute(sql`analyze responses`);
    await db.execute(sql`analyze invitations`);
    // The round is loaded closed, so store its counts as closing it does.
    await storeClosedRoundCounts(db, round.id);
    const [{ count }] = await queryRows<{ count: number }>(
      db,
      sql`select count(*)::int as count from responses where round_id = ${round.id}`,
    );
    console.log(
      `Loaded round ${LARGE_ROUND_SLUG} (id ${round.id}) with ${count.toLocaleString('sv-SE')} responses in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
  } finally {
    await close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
