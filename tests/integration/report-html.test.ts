import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { groupLabel, swedish } from '@/lib/analytics/labels';
import type { Actor } from '@/lib/auth/actor';
import { buildReport } from '@/lib/report';
import { demoActors, roundId } from './support/actors';
import { renderReportHtml } from './support/report-html';
import { openTestDatabase } from './support/test-database';

/** The cells of the table row headed `label` in the finding about `indicatorId`. */
function rowCells(html: string, indicatorId: string, label: string): string[] {
  const finding = html.slice(html.indexOf(`id="finding-${indicatorId}"`));
  const table = finding.slice(finding.indexOf('<table>'), finding.indexOf('</table>'));
  const row = table.split('<tr>').find((r) => r.startsWith(`<th scope="row">${label}</th>`));
  if (!row) throw new Error(`no row ${label} for ${indicatorId}`);
  return [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((match) => match[1]);
}

describe('the report as HTML', () => {
  let database: DatabaseHandle;
  let strategist: Actor;
  let round2023: number;
  beforeAll(async () => {
    database = await openTestDatabase();
    ({ strategist } = await demoActors(database.db));
    round2023 = await roundId(database.db, 'uppfoljning-2023');
  });
  afterAll(() => database.close());

  it('shows every hidden figure as "too few answers" in its row and every shown one as a percentage', async () => {
    const report = (await buildReport(database.db, strategist, round2023))!;
    const html = renderReportHtml(report);
    let hidden = 0;
    for (const indicator of report.dashboard.indicators.filter((i) => i.surveyKey === 'target-feedback')) {
      if (!report.dashboard.targetGroups.overall.indicators[indicator.id]) continue;
      for (const group of report.dashboard.targetGroups.byCategory) {
        const cells = rowCells(html, indicator.id, groupLabel(swedish, group));
        const figure = group.indicators[indicator.id];
        if (figure) {
          expect(cells[0]).toMatch(/^\d+\u00a0%$/);
        } else {
          hidden++;
          expect(cells).toEqual(Array(3).fill(swedish('dashboards.suppressed')));
        }
      }
    }
    expect(hidden).toBeGreaterThan(0); // the 2023 demo round has small target groups, so the check is not empty
  });

  it('renders what a strategist wrote as text, never as HTML', async () => {
    const report = (await buildReport(database.db, strategist, round2023))!;
    const html = renderReportHtml({
      ...report,
      content: { ...report.content, proposal: '<img src=x onerror=alert(1)>' },
    });
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
