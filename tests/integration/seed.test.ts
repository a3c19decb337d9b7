import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle } from '@/db/client';
import { seed } from '@/lib/demo/seed';
import { latestSurvey } from '@/surveys';
import { openTestDatabase } from './support/test-database';

/** A fingerprint of every seeded table, to tell whether anything changed. */
async function fingerprint(database: DatabaseHandle) {
  const tables = [
    'organisations',
    'users',
    'rounds',
    'round_surveys',
    'channels',
    'invitations',
    'responses',
    'initiatives',
    'measure_values',
    'change_tests',
    'service_categories',
    'services',
    'service_category_links',
    'service_languages',
    'service_locations',
  ];
  const result: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await queryRows<{ digest: string }>(
      database.db,
      sql.raw(
        `select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as digest from ${table} t`,
      ),
    );
    result[table] = row.digest;
  }
  return result;
}

describe('seed data (already loaded into every test database)', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('running the seed again changes nothing', async () => {
    const before = await fingerprint(database);
    await seed(database.db, () => {});
    expect(await fingerprint(database)).toEqual(before);
  });

  it('holds the Halland organisations named in the strategy, with the municipalities as principals', async () => {
    const rows = await queryRows<{ name: string; kind: string; is_principal: boolean }>(
      database.db,
      sql`select name, kind, is_principal from organisations order by name`,
    );
    expect(rows.length).toBe(23);
    const municipalities = rows.filter((row) => row.kind === 'municipality');
    expect(municipalities.map((row) => row.name).sort()).toEqual([
      'Falkenbergs kommun',
      'Halmstads kommun',
      'Hylte kommun',
      'Kungsbacka kommun',
      'Laholms kommun',
      'Varbergs kommun',
    ]);
    expect(municipalities.every((row) => row.is_principal)).toBe(true);
    expect(rows.filter((row) => row.kind === 'ngo').every((row) => !row.is_principal)).toBe(true);
  });

  it('has a closed 2023 round and an open 2025 round, each with frozen survey snapshots and channels', async () => {
    const rounds = await queryRows<{ name: string; status: string; snapshots: number; channels: number }>(
      database.db,
      sql`select r.name, r.status,
            (select count(*)::int from round_surveys s where s.round_id = r.id) as snapshots,
            (select count(*)::int from channels c where c.round_id = r.id) as channels
          from rounds r order by r.name`,
    );
    expect(rounds).toEqual([
      { name: 'Uppföljning 2023', status: 'closed', snapshots: 2, channels: 3 },
      { name: 'Uppföljning 2025', status: 'open', snapshots: 2, channels: 5 },
    ]);
    const [snapshot] = await queryRows<{ definition: unknown }>(
      database.db,
      sql`select definition from round_surveys where survey_key = 'actor-followup' limit 1`,
    );
    expect(snapshot.definition).toEqual(latestSurvey('actor-followup').json);
  });

  it('marks every generated response as demo data and stores only the ISO week', async () => {
    const [row] = await queryRows<{ total: number; demo: number; weeks_ok: number }>(
      database.db,
      sql`select count(*)::int as total, count(*) filter (where is_demo)::int as demo,
            count(*) filter (where submitted_week ~ '^[0-9]{4}-W[0-9]{2}$')::int as weeks_ok from responses`,
    );
    expect(row.total).toBeGreaterThan(1000);
    expect(row.demo).toBe(row.total);
    expect(row.weeks_ok).toBe(row.total);
  });

  it('demo awareness of the strategy varies between kinds of actor, as the last follow-up found', async () => {
    const rows = await queryRows<{ kind: string; share: number }>(
      database.db,
      sql`select o.kind, avg(case when r.answers->>'aware_strategy' in ('well_known', 'somewhat') then 1 else 0 end)::float as share
          from responses r join organisations o on o.id = r.organisation_id
          where r.survey_key = 'actor-followup' group by o.kind`,
    );
    const share = Object.fromEntries(rows.map((row) => [row.kind, row.share]));
    expect(share.municipality).toBeGreaterThan(share.ngo + 0.2);
  });

  it("holds the improvement model's demo work: Arbetsförmedlingen's mapping in step 1, and a step-2 initiative with twenty values and two tests of change", async () => {
    const rows = await queryRows<{
      title: string;
      step: number;
      is_demo: boolean;
      owners: string;
      values: number;
      tests: number;
    }>(
      database.db,
      sql`select i.title, i.step, i.is_demo,
            (select string_agg(o.slug, ',' order by o.slug) from initiative_owners io join organisations o on o.id = io.organisation_id where io.initiative_id = i.id) as owners,
            (select count(*)::int from measure_values v join measures m on m.id = v.measure_id where m.initiative_id = i.id) as values,
            (select count(*)::int from change_tests c where c.initiative_id = i.id) as tests
          from initiatives i order by i.step`,
    );
    expect(rows).toEqual([
      expect.objectContaining({ step: 1, is_demo: true, owners: 'arbetsformedlingen', values: 0, tests: 0 }),
      expect.objectContaining({
        step: 2,
        is_demo: true,
        owners: 'halmstad,region-halland-narsjukvarden',
        values: 20,
        tests: 2,
      }),
    ]);
    expect(rows[0].title).toMatch(/ohälsa.*etableringsfasen/);
  });
});
