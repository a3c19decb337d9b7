// The trends page's CSV: every indicator over every round, the same figures the page shows, "för få svar" where
// the page hides one, Swedish headers, audit-logged.
import { eq } from 'drizzle-orm';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditLog } from '@/db/schema';
import { computeTrends } from '@/lib/analytics/trends';
import { AccessDenied, type Actor } from '@/lib/auth/actor';
import { TOO_FEW } from '@/lib/export/round-export';
import { trendsExportFile, trendsTable } from '@/lib/export/trends-export';
import { indicators } from '@/surveys';
import { demoActors } from './support/actors';
import { openTestDatabase } from './support/test-database';

describe("the trends page's CSV", () => {
  let database: DatabaseHandle;
  let strategist: Actor;
  let coordinator: Actor;
  beforeAll(async () => {
    database = await openTestDatabase();
    ({ strategist, coordinator } = await demoActors(database.db));
  });
  afterAll(() => database.close());

  const parse = (body: string, delimiter: string) =>
    Papa.parse<string[]>(body.replace(/^\uFEFF/, '').trim(), { delimiter }).data;

  it('holds a row per indicator and round with the figures the page shows, and is audit-logged', async () => {
    const file = await trendsExportFile(database.db, strategist, 'csv', new Date('2026-12-02T10:00:00Z'));
    expect(file.fileName).toBe('utveckling-2026-12-02.csv');
    const [headers, ...rows] = parse(file.body as string, ',');
    expect(headers).toEqual([
      'Indikator',
      'Omgång',
      'Andel',
      'Antal svar (n)',
      '95 % KI låg',
      '95 % KI hög',
      'Förändring sedan omgången före (procentenheter)',
      'Förändringen är',
    ]);
    const { rounds, trends } = await computeTrends(database.db, strategist);
    expect(rows).toHaveLength(indicators.length * rounds.length);
    for (const trend of trends) {
      const label = indicators.find((i) => i.id === trend.indicatorId)!.label.sv;
      for (const point of trend.points) {
        const row = rows.find((r) => r[0] === label && r[1] === point.round.name)!;
        expect(row[3]).toBe(point.figure ? String(point.figure.n) : TOO_FEW);
      }
    }
    const logged = await database.db.select().from(auditLog).where(eq(auditLog.targetType, 'trends'));
    expect(logged.map((row) => [row.action, row.outcome])).toContainEqual(['export', 'ok']);
  });

  it('writes decimal commas and semicolons for Swedish Excel, and says so in the file name', async () => {
    const file = await trendsExportFile(database.db, coordinator, 'csv-semicolon', new Date('2026-12-02T10:00:00Z'));
    expect(file.fileName).toBe('utveckling-excel-2026-12-02.csv');
    const [, first] = parse(file.body as string, ';');
    expect(first[2]).toMatch(/^0,\d+$/);
  });

  it('says "too few answers" for a hidden point, never 0, and leaves its change empty', () => {
    const round = (n: number) => ({ id: n, slug: `r${n}`, name: `Omgång ${n}` });
    const shown = {
      n: 40,
      positive: 30,
      share: 0.75,
      interval: { low: 0.6, high: 0.86 },
      change: { difference: 0.1, z: 1, pValue: 0.3, significant: false },
    };
    const table = trendsTable([
      {
        indicatorId: indicators[0].id,
        points: [
          { round: round(1), figure: null },
          { round: round(2), figure: shown },
        ],
      },
    ]);
    expect(table.rows[0].slice(2)).toEqual([TOO_FEW, TOO_FEW, TOO_FEW, TOO_FEW, null, null]);
    expect(table.rows[1].slice(2)).toEqual([0.75, 40, 0.6, 0.86, 10, 'inom slumpens marginal']);
  });

  it('nobody signed out gets the file', async () => {
    await expect(trendsExportFile(database.db, null, 'csv')).rejects.toThrow(AccessDenied);
  });
});
