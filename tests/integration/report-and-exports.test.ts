import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle } from '@/db/client';
import { auditLog, organisations, responseAnswerCounts, responses, roundAggregates, roundCounts } from '@/db/schema';
import { computeRoundDashboard } from '@/lib/analytics/dashboard';
import { AccessDenied, type Actor } from '@/lib/auth/actor';
import { exportRoundTables, exportTableNames, roundExportFile, TOO_FEW } from '@/lib/export/round-export';
import { buildReport, lockReportVersion } from '@/lib/report';
import { saveReportDraft } from '@/lib/report/versions';
import { emptyReportContent } from '@/lib/report/versions';
import { storeClosedRoundCounts } from '@/lib/counts/round-counts';
import { deleteRawResponses } from '@/lib/retention';
import { demoActors, roundId } from './support/actors';
import { openTestDatabase } from './support/test-database';

describe('the decision report, exports and retention', () => {
  let database: DatabaseHandle;
  let strategist: Actor;
  let coordinator: Actor;
  let viewer: Actor;
  let round2025: number;
  let round2023: number;
  beforeAll(async () => {
    database = await openTestDatabase();
    ({ strategist, coordinator, viewer } = await demoActors(database.db));
    round2025 = await roundId(database.db, 'uppfoljning-2025');
    round2023 = await roundId(database.db, 'uppfoljning-2023');
  });
  afterAll(() => database.close());

  it("the report's figures are the dashboard's figures for the same round", async () => {
    const report = await buildReport(database.db, strategist, round2025);
    const dashboard = await computeRoundDashboard(database.db, strategist, round2025);
    expect(report!.dashboard.actors.overall).toEqual(dashboard!.actors.overall);
    expect(report!.dashboard.actors.byKind).toEqual(dashboard!.actors.byKind);
    expect(report!.dashboard.targetGroups).toEqual(dashboard!.targetGroups);
    expect(report!.dashboard.actors.byOrganisation).toEqual([]); // the report speaks in kinds of organisation
  });

  it("the region-only view gives a coordinator the viewer's region figures and no single organisation", async () => {
    const asCoordinator = await computeRoundDashboard(database.db, coordinator, round2025, { regionOnly: true });
    const asViewer = await computeRoundDashboard(database.db, viewer, round2025);
    expect(asCoordinator!.scope).toEqual({ kind: 'region' });
    expect(asCoordinator!.actors.byKind).toEqual(asViewer!.actors.byKind);
    expect(asCoordinator!.actors.byOrganisation).toEqual([]);
    expect(asCoordinator!.responseRates.byOrganisation).toEqual([]);
  });

  it('drafted findings say that awareness varies between actors, naming the kinds', async () => {
    const report = await buildReport(database.db, strategist, round2025);
    const awareness = report!.content.findings.find((finding) => finding.key === 'aware_strategy')!;
    expect(awareness.text).toMatch(/varierar mellan aktörer: \d+\s% i (kommunerna|Region Halland)/);
    expect(awareness.text).toContain('i idéburna organisationer');
  });

  it('viewers and coordinators see no report until a version is locked', async () => {
    expect(await buildReport(database.db, viewer, round2025)).toBeNull();
    expect(await buildReport(database.db, coordinator, round2025)).toBeNull();
  });

  it('an export shows a hidden figure as "too few answers", never as a number, and is audit-logged', async () => {
    const tables = await exportRoundTables(database.db, strategist, round2025, 'indicators', 'xlsx');
    const actors = tables.find((table) => table.title === 'Aktörer')!;
    const dashboard = await computeRoundDashboard(database.db, strategist, round2025);
    for (const group of dashboard!.actors.byOrganisation.filter((g) => g.respondents === null)) {
      const row = actors.rows.find((r) => r[1] === group.name)!;
      expect(row[2]).toBe(TOO_FEW);
    }
    expect(dashboard!.actors.byOrganisation.some((g) => g.respondents === null)).toBe(true); // the seed has small groups
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'export'))
      .orderBy(sql`${auditLog.id} desc`)
      .limit(1);
    expect(entry).toMatchObject({ actorUserId: strategist.userId, outcome: 'ok', targetId: String(round2025) });
  });

  it("a coordinator's export holds the region and their own organisation only", async () => {
    const tables = await exportRoundTables(database.db, coordinator, round2025, 'indicators', 'csv');
    const names = tables
      .find((table) => table.title === 'Aktörer')!
      .rows.filter((row) => row[0] === 'Organisation')
      .map((row) => row[1]);
    const [own] = await database.db
      .select()
      .from(organisations)
      .where(eq(organisations.id, coordinator.organisationId!));
    expect(names).toEqual([own.name]);
  });

  it('raw responses are for strategists only; a refused export is audit-logged too', async () => {
    await expect(exportRoundTables(database.db, coordinator, round2025, 'responses', 'xlsx')).rejects.toThrow(
      AccessDenied,
    );
    await expect(exportRoundTables(database.db, viewer, round2025, 'responses', 'xlsx')).rejects.toThrow(AccessDenied);
    const denied = await database.db.select().from(auditLog).where(eq(auditLog.outcome, 'denied'));
    expect(denied.filter((entry) => entry.action === 'export').length).toBeGreaterThanOrEqual(2);
    const [actorTable] = await exportRoundTables(database.db, strategist, round2025, 'responses', 'xlsx');
    expect(actorTable.headers).toContain(
      'aware_strategy – Hur väl känner du till Regional strategi och modell Hälsa och migration i Halland (strategin)?',
    );
    expect(actorTable.rows.length).toBeGreaterThan(100);
  });

  it('raw responses show Swedish question text and choice labels beside the codes, and a matrix as one column a row', async () => {
    const [actorTable] = await exportRoundTables(database.db, strategist, round2025, 'responses', 'xlsx');
    const column = (header: string) => actorTable.headers.indexOf(header);
    const code = column('aware_model – Hur väl känner du till modellen för förbättringsarbete?');
    const label = column('aware_model – svar i text');
    expect(code).toBeGreaterThan(0);
    expect(label).toBe(code + 1);
    const known = actorTable.rows.find((row) => row[code] === 'well_known')!;
    expect(known[label]).toBe('Jag känner till den väl');
    expect(
      actorTable.headers.some((header) => header.startsWith('model_steps_used.identify – Steg 1. Identifiera')),
    ).toBe(true);
    expect(actorTable.headers).not.toContain('model_steps_used');
    const cells = actorTable.rows.flat().filter((cell): cell is string => typeof cell === 'string');
    expect(cells.some((cell) => cell.startsWith('{'))).toBe(false);
  });

  it('the raw-response workbook has a codebook: id, text, type, choices with labels, and the indicator that reads it', async () => {
    const tables = await exportRoundTables(database.db, strategist, round2025, 'responses', 'xlsx');
    const codebook = tables.find((table) => table.title === 'Kodbok')!;
    expect(codebook.headers).toEqual(['Enkät', 'Fråga (id)', 'Frågetext', 'Frågetyp', 'Svarsalternativ', 'Indikator']);
    const awareModel = codebook.rows.find((row) => row[1] === 'aware_model')!;
    expect(awareModel[2]).toBe('Hur väl känner du till modellen för förbättringsarbete?');
    expect(awareModel[4]).toContain('well_known = Jag känner till den väl');
    expect(awareModel[5]).toBe('Kännedom om modellen (aware_model)');
    expect(codebook.rows.some((row) => row[1] === 'model_steps_used.identify')).toBe(true);
    const asViewer = await roundExportFile(database.db, viewer, {
      roundId: round2025,
      content: 'codebook',
      format: 'csv-semicolon',
    });
    expect(asViewer.ok && String(asViewer.value.body)).toContain('aware_model;Hur väl känner du till modellen');
  });

  it('each CSV holds the table its name says, and the file names say round, content, variant and date in ASCII', async () => {
    const day = new Date('2026-12-01T10:00:00Z');
    const file = async (format: 'csv' | 'csv-semicolon' | 'xlsx', table?: string, content = 'indicators' as const) => {
      const made = await roundExportFile(database.db, strategist, { roundId: round2025, content, format, table }, day);
      if (!made.ok) throw new Error(made.error);
      return made.value;
    };
    const targetGroups = await file('csv', 'malgrupper');
    expect(targetGroups.fileName).toBe('uppfoljning-2025-malgrupper-2026-12-01.csv');
    expect(String(targetGroups.body)).toContain('Språk');
    expect(String(targetGroups.body)).not.toContain('Typ av organisation');
    const semicolon = await file('csv-semicolon', 'malgrupper');
    expect(semicolon.fileName).toBe('uppfoljning-2025-malgrupper-excel-2026-12-01.csv');
    expect((await file('csv-semicolon')).fileName).toBe('uppfoljning-2025-aktorer-excel-2026-12-01.csv');
    expect((await file('xlsx')).fileName).toBe('uppfoljning-2025-indikatorer-2026-12-01.xlsx');
    const raw = await roundExportFile(
      database.db,
      strategist,
      { roundId: round2025, content: 'responses', format: 'xlsx' },
      day,
    );
    expect(raw.ok && raw.value.fileName).toBe('uppfoljning-2025-rasvar-2026-12-01.xlsx');
    expect(
      await roundExportFile(database.db, strategist, {
        roundId: round2025,
        content: 'indicators',
        format: 'csv',
        table: 'nope',
      }),
    ).toMatchObject({ ok: false, error: 'export.unknownTable' });
  });

  it('every download link names a table the export has', async () => {
    for (const content of ['indicators', 'responses', 'codebook'] as const) {
      const tables = await exportRoundTables(database.db, strategist, round2025, content, 'csv');
      expect(exportTableNames(content).map(({ title }) => title)).toEqual(tables.map(({ title }) => title));
    }
  });

  it("a dashboard page's download holds what the page shows: filtered to one kind, and named by it", async () => {
    const day = new Date('2026-12-01T10:00:00Z');
    const made = await roundExportFile(
      database.db,
      strategist,
      { roundId: round2025, content: 'indicators', format: 'csv-semicolon', table: 'aktorer', organisationKind: 'ngo' },
      day,
    );
    if (!made.ok) throw new Error(made.error);
    expect(made.value.fileName).toBe('uppfoljning-2025-aktorer-ideburna-organisationer-excel-2026-12-01.csv');
    const dashboard = await computeRoundDashboard(database.db, strategist, round2025, { organisationKind: 'ngo' });
    const organisations = String(made.value.body)
      .split('\r\n')
      .filter((line) => line.startsWith('Organisation;'))
      .map((line) => line.split(';')[1]);
    expect(organisations).toEqual(dashboard!.actors.byOrganisation.map((group) => group.name));
    expect(organisations.length).toBeGreaterThan(0);
  });

  it('raw responses of a closed round are deleted only after a locked report and a typed confirmation; figures stay', async () => {
    const confirm = { roundId: round2023, confirm: 'yes' as const };
    expect(
      await deleteRawResponses(database.db, strategist, { ...confirm, confirmName: 'Uppföljning 2023' }),
    ).toMatchObject({ ok: false, error: 'retention.error.noLockedReport' });
    expect(
      await deleteRawResponses(database.db, strategist, {
        roundId: round2025,
        confirm: 'yes',
        confirmName: 'Uppföljning 2025',
      }),
    ).toMatchObject({ ok: false, error: 'retention.error.notClosed' });

    await saveReportDraft(database.db, strategist, {
      roundId: round2023,
      version: null,
      caseNumber: 'RS231164',
      content: { ...emptyReportContent, proposal: 'Förläng' },
    });
    const before = (await buildReport(database.db, strategist, round2023))!;
    await lockReportVersion(database.db, strategist, { roundId: round2023, version: 1 });

    expect(
      await deleteRawResponses(database.db, strategist, { ...confirm, confirmName: 'uppföljning 2023' }),
    ).toMatchObject({ ok: false, error: 'retention.error.confirm' });
    await expect(
      deleteRawResponses(database.db, viewer, { ...confirm, confirmName: 'Uppföljning 2023' }),
    ).rejects.toThrow(AccessDenied);
    const counted = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from responses where round_id = ${round2023}`,
    );
    expect(counted[0].n).toBeGreaterThan(0); // nothing deleted by the refused attempts

    expect(await storeClosedRoundCounts(database.db, round2023)).toBe(true);
    const result = await deleteRawResponses(database.db, strategist, { ...confirm, confirmName: 'Uppföljning 2023' });
    expect(result).toEqual({ ok: true, value: { deleted: counted[0].n } });
    expect(await database.db.select().from(responses).where(eq(responses.roundId, round2023))).toEqual([]);
    const [kept] = await database.db.select().from(roundAggregates).where(eq(roundAggregates.roundId, round2023));
    expect((kept.figures as { actors: { overall: unknown } }).actors.overall).toEqual(before.dashboard.actors.overall);
    // Nothing finer than the suppressed figures stays, and the dashboards show those.
    expect(
      await database.db.select().from(responseAnswerCounts).where(eq(responseAnswerCounts.roundId, round2023)),
    ).toEqual([]);
    expect(await database.db.select().from(roundCounts).where(eq(roundCounts.roundId, round2023))).toEqual([]);
    const afterwards = await computeRoundDashboard(database.db, strategist, round2023);
    expect(afterwards!.actors).toEqual((await computeRoundDashboard(database.db, strategist, round2023))!.actors);
    expect(afterwards!.actors.overall).toEqual(before.dashboard.actors.overall);
    expect(afterwards!.targetGroups).toEqual(before.dashboard.targetGroups);
    const locked = await buildReport(database.db, viewer, round2023, 1);
    expect(locked!.dashboard.actors.overall).toEqual(before.dashboard.actors.overall);
    expect(
      await deleteRawResponses(database.db, strategist, { ...confirm, confirmName: 'Uppföljning 2023' }),
    ).toMatchObject({ ok: false, error: 'retention.error.alreadyDeleted' });
  });
});
