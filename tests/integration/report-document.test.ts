import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { channels, responses } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { buildReport, lockReportVersion } from '@/lib/report';
import { emptyReportContent, saveReportDraft } from '@/lib/report/versions';
import { demoActors, roundId } from './support/actors';
import { renderReportHtml } from './support/report-html';
import { openTestDatabase } from './support/test-database';

/** The document's text as a reader sees it (tags removed, entities decoded), not its attributes. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
}

const occurrences = (text: string, part: string) => text.split(part.replace(/\s+/g, ' ')).length - 1;

describe('the report shaped like a tjänsteskrivelse', () => {
  let database: DatabaseHandle;
  let strategist: Actor;
  let round2025: number;
  const tigrinya = 'ብዛዕባ ሓገዝ ኣእምሮኣዊ ጥዕና ዝያዳ ሓበሬታ የድልየና።';
  const translation = 'Vi behöver mer information om stöd för psykisk hälsa.';
  beforeAll(async () => {
    database = await openTestDatabase();
    ({ strategist } = await demoActors(database.db));
    round2025 = await roundId(database.db, 'uppfoljning-2025');
    // A comment written in Tigrinya, as a respondent on the Tigrinya survey would.
    const [channel] = await database.db.select().from(channels).where(eq(channels.roundId, round2025)).limit(1);
    await database.db.insert(responses).values({
      idempotencyKey: randomUUID(),
      roundId: round2025,
      surveyKey: 'target-feedback',
      surveyVersion: 1,
      channelId: channel.id,
      locale: 'ti',
      answers: { comment: tigrinya },
      submittedWeek: '2025-W40',
    });
  });
  afterAll(() => database.close());

  const render = async (version?: number) => {
    const report = (await buildReport(database.db, strategist, round2025, version))!;
    return {
      report,
      html: renderReportHtml(report),
    };
  };

  it('opens with the summary and the proposed decision, then the sections of a tjänsteskrivelse in order', async () => {
    const { html } = await render();
    const headings = [...html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((match) => match[1].replace(/^\d+\.\s*/, ''));
    expect(headings).toEqual([
      'Sammanfattning',
      'Förslag till beslut',
      'Ärendebeskrivning',
      'Bakgrund',
      'Metod',
      'Resultat',
      'Bedömning',
      'Konsekvenser',
      'Beslutsunderlag',
    ]);
  });

  it('states each finding once', async () => {
    const { report, html } = await render();
    const text = visibleText(html);
    expect(report.content.findings.length).toBeGreaterThan(5);
    for (const finding of report.content.findings) {
      // The drafted sentence up to its first full stop: the finding itself, whatever follows it.
      const sentence = finding.text.slice(0, finding.text.indexOf('.') + 1);
      expect(occurrences(text, sentence), sentence).toBe(1);
    }
  });

  it('drafts a summary at the top that does not repeat the findings word for word', async () => {
    const { report, html } = await render();
    expect(report.content.summary).toMatch(/svar/);
    const summary = visibleText(html.slice(html.indexOf('Sammanfattning'), html.indexOf('Förslag till beslut')));
    expect(summary).toContain(report.content.summary.slice(0, 40));
  });

  it('a quote in another language is printed with the Swedish translation the strategist wrote beside it', async () => {
    expect(
      await saveReportDraft(database.db, strategist, {
        roundId: round2025,
        version: null,
        caseNumber: null,
        content: { ...emptyReportContent, quotes: [{ text: tigrinya, language: null, translation: '' }] },
      }),
    ).toEqual({ ok: true, value: { version: 1 } });
    const { report, html } = await render(1);
    expect(report.content.quotes).toEqual([{ text: tigrinya, language: 'ti', translation: '' }]);
    expect(html).toContain(`lang="ti"`);
    expect(visibleText(html)).toContain('översättning saknas');

    expect(await lockReportVersion(database.db, strategist, { roundId: round2025, version: 1 })).toEqual({
      ok: false,
      error: 'report.error.quoteUntranslated',
    });

    await saveReportDraft(database.db, strategist, {
      roundId: round2025,
      version: 1,
      caseNumber: null,
      content: { ...emptyReportContent, quotes: [{ text: tigrinya, language: 'ti', translation }] },
    });
    expect(await lockReportVersion(database.db, strategist, { roundId: round2025, version: 1 })).toMatchObject({
      ok: true,
    });
    const locked = visibleText((await render(1)).html);
    expect(locked).toContain(tigrinya);
    expect(locked).toContain(translation);
    expect(locked).not.toContain('översättning saknas');
  });
});
