// The free-text view as a CSV download (issue #14 item 4 for the free-text table): the answers the page shows for the
// same filters and no others, formulas neutralised, strategists only, every download in the audit log.
import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditLog, organisations, responses, rounds } from '@/db/schema';
import { AccessDenied, type Actor } from '@/lib/auth/actor';
import { freeTextExportFile } from '@/lib/export/free-text-export';
import { demoActors } from './support/actors';
import { openTestDatabase } from './support/test-database';

describe('the free-text download', () => {
  let database: DatabaseHandle;
  let strategist: Actor;
  let viewer: Actor;
  let round: { id: number; slug: string };
  beforeAll(async () => {
    database = await openTestDatabase();
    ({ strategist, viewer } = await demoActors(database.db));
    [round] = await database.db
      .insert(rounds)
      .values({ slug: `fritext-csv-${randomUUID().slice(0, 6)}`, name: 'CSV', status: 'closed', minGroupSize: 5 })
      .returning();
    const kinds = await database.db.select({ id: organisations.id, kind: organisations.kind }).from(organisations);
    const of = (kind: string) => kinds.find((row) => row.kind === kind)!.id;
    const answers = (kind: string, locale: string, texts: string[]) =>
      texts.map((text) => ({
        idempotencyKey: randomUUID(),
        roundId: round.id,
        surveyKey: 'actor-followup' as const,
        surveyVersion: 1,
        organisationId: of(kind),
        locale,
        submittedWeek: '2019-W05',
        answers: { extension_suggestions: text },
      }));
    await database.db
      .insert(responses)
      .values([
        ...answers('municipality', 'sv', ['=HYPERLINK("x")', '+1 mer', 'Fler möten', 'Mer tid', 'Bättre stöd']),
        ...answers('municipality', 'en', ['More time', 'Better support', 'Meet more', 'Less paper', 'A plan']),
        ...answers('ngo', 'sv', ['Liten grupp', 'Syns inte']),
      ]);
  });
  afterAll(() => database.close());

  const rowsOf = (body: string | Uint8Array) =>
    Papa.parse<string[]>(String(body).replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;

  it('holds the filtered answers with question, language and kind, formulas neutralised, hidden groups absent', async () => {
    const file = await freeTextExportFile(database.db, strategist, {
      roundId: round.id,
      format: 'csv-semicolon',
      question: 'extension_suggestions',
      language: 'sv',
    });
    if (!file.ok) throw new Error(file.error);
    expect(file.value.fileName).toMatch(
      new RegExp(`^${round.slug}-fritextsvar-forslag-infor-en-forlangning-svenska-excel-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    );
    const [headers, ...rows] = rowsOf(file.value.body);
    expect(headers).toEqual(['Fråga', 'Språk', 'Typ av organisation', 'Svar']);
    expect(rows.map((row) => row[3]).sort()).toEqual([
      "'+1 mer",
      '\'=HYPERLINK("x")',
      'Bättre stöd',
      'Fler möten',
      'Mer tid',
    ]);
    expect(new Set(rows.map((row) => `${row[0]}|${row[1]}|${row[2]}`))).toEqual(
      new Set(['Förslag inför en förlängning|Svenska|Kommuner']),
    );
  });

  it('says "too few answers" for a question with nothing to show, and lists nothing of it', async () => {
    const file = await freeTextExportFile(database.db, strategist, { roundId: round.id, format: 'csv', kind: 'ngo' });
    if (!file.ok) throw new Error(file.error);
    const rows = Papa.parse<string[]>(String(file.value.body).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows.slice(1).map((row) => row[3])).toEqual([
      'för få svar för att visas',
      'för få svar för att visas',
      'för få svar för att visas',
    ]);
  });

  it('is refused to a viewer, and both downloads are in the audit log without the search words', async () => {
    await expect(freeTextExportFile(database.db, viewer, { roundId: round.id, format: 'csv' })).rejects.toThrow(
      AccessDenied,
    );
    await freeTextExportFile(database.db, strategist, { roundId: round.id, format: 'csv', q: 'hemligt ord' });
    const logged = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, String(round.id)))
      .orderBy(desc(auditLog.id))
      .limit(2);
    expect(logged.map((row) => [row.actorUserId, row.outcome])).toEqual([
      [strategist.userId, 'ok'],
      [viewer.userId, 'denied'],
    ]);
    expect(JSON.stringify(logged[0].details)).not.toContain('hemligt');
    expect(logged[0].details).toMatchObject({ content: 'free-text', q: 'search' });
  });
});
