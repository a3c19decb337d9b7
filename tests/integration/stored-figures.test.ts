// Stored figures (round_aggregates, locked report versions) are read back through a versioned schema, not a cast:
// rows written before the version field or before "answered with help" still read the same, a broken row stops with
// an error that names it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { computeRoundDashboard, type RoundDashboard } from '@/lib/analytics/dashboard';
import {
  figuresToStore,
  parseStoredDashboard,
  parseStoredReportFigures,
  StoredFiguresInvalid,
} from '@/lib/analytics/stored-figures';
import type { Actor } from '@/lib/auth/actor';
import { buildReport, lockReportVersion } from '@/lib/report';
import { emptyReportContent, saveReportDraft, storeLockedVersion } from '@/lib/report/versions';
import { demoActors, roundId } from './support/actors';
import { openTestDatabase } from './support/test-database';

describe('stored figures', () => {
  let database: DatabaseHandle;
  let strategist: Actor;
  let round2023: number;
  let dashboard: RoundDashboard;
  beforeAll(async () => {
    database = await openTestDatabase();
    strategist = (await demoActors(database.db)).strategist;
    round2023 = await roundId(database.db, 'uppfoljning-2023');
    dashboard = (await computeRoundDashboard(database.db, strategist, round2023))!;
  });
  afterAll(() => database.close());

  /** Through jsonb and back, as the database gives it. */
  const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

  it('reads back what it stores, and a row stored before versions existed the same way', () => {
    const expected = roundTrip(dashboard);
    expect(figuresToStore(dashboard).version).toBe(1);
    expect(parseStoredDashboard(roundTrip(figuresToStore(dashboard)), 'round 1')).toEqual(expected);
    expect(parseStoredDashboard(roundTrip(dashboard), 'round 1')).toEqual(expected);
  });

  it('reads a row stored before "answered with help" was a breakdown', () => {
    const { byAssistance: _, ...older } = dashboard.targetGroups;
    const parsed = parseStoredDashboard(roundTrip({ ...dashboard, targetGroups: older }), 'round 1');
    expect(parsed.targetGroups.byAssistance).toBeUndefined();
    expect(parsed.targetGroups.byLanguage).toEqual(roundTrip(dashboard.targetGroups.byLanguage));
  });

  it('a row of another shape or an unknown version is refused with an error naming it', () => {
    expect(() => parseStoredDashboard({ n: 42 }, 'round 7')).toThrow(StoredFiguresInvalid);
    expect(() => parseStoredDashboard({ n: 42 }, 'round 7')).toThrow(/stored figures of round 7 do not parse/);
    expect(() => parseStoredDashboard({ ...(roundTrip(dashboard) as object), version: 2 }, 'round 7')).toThrow(
      StoredFiguresInvalid,
    );
    const broken = roundTrip(dashboard) as RoundDashboard;
    (broken.actors.overall as { respondents: unknown }).respondents = 'many';
    expect(() => parseStoredDashboard(broken, 'round 7')).toThrow(/actors\.overall\.respondents/);
  });

  it('a locked report reads its dashboard and platform figures back; a broken one is a clear error', async () => {
    await saveReportDraft(database.db, strategist, {
      roundId: round2023,
      version: null,
      caseNumber: 'RS1',
      content: { ...emptyReportContent },
    });
    const draft = (await buildReport(database.db, strategist, round2023))!;
    await lockReportVersion(database.db, strategist, { roundId: round2023, version: 1 });
    const locked = (await buildReport(database.db, strategist, round2023, 1))!;
    expect(locked.dashboard).toEqual(roundTrip(draft.dashboard));
    expect(locked.platform).toEqual(roundTrip(draft.platform));
    expect(
      parseStoredReportFigures(roundTrip(draft.dashboard), 'a version locked before platform figures').platform,
    ).toBeNull();

    // A locked version cannot be changed afterwards (the database refuses), so the broken one is stored so, below the
    // domain function that computes a version's figures.
    const round2025 = await roundId(database.db, 'uppfoljning-2025');
    await saveReportDraft(database.db, strategist, {
      roundId: round2025,
      version: null,
      caseNumber: 'RS2',
      content: { ...emptyReportContent },
    });
    await storeLockedVersion(database.db, strategist, { roundId: round2025, version: 1, figures: { n: 42 } });
    await expect(buildReport(database.db, strategist, round2025, 1)).rejects.toThrow(
      /stored figures of report version 1 of round \d+ do not parse/,
    );
  });
});
