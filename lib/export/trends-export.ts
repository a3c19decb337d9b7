// The trends page's tables as one CSV: every indicator over every round, the region as a whole, suppressed exactly
// as the page shows them (the figures are computeTrends', which are each round's dashboard's). Audit-logged like
// every export.
import type { Db } from '@/db/client';
import { computeTrends, type IndicatorTrend } from '@/lib/analytics/trends';
import { swedish } from '@/lib/analytics/labels';
import { recordAudit } from '@/lib/audit';
import { AccessDenied, requireRole, type Actor } from '@/lib/auth/actor';
import { indicators } from '@/surveys';
import { exportFileName } from './file-name';
import { TOO_FEW, type ExportFile } from './round-export';
import { toCsv, type Cell, type ExportTable } from './spreadsheet';

const t = swedish;

export async function trendsExportFile(
  db: Db,
  actor: Actor | null,
  format: 'csv' | 'csv-semicolon',
  now = new Date(),
): Promise<ExportFile> {
  const reader = requireRole(actor, 'strategist', 'viewer', 'coordinator');
  const audit = (outcome: 'ok' | 'denied') =>
    recordAudit(db, {
      actorUserId: reader.userId,
      action: 'export',
      targetType: 'trends',
      outcome,
      details: { format },
    });
  let trends: IndicatorTrend[];
  try {
    trends = (await computeTrends(db, reader)).trends;
  } catch (error) {
    if (error instanceof AccessDenied) await audit('denied');
    throw error;
  }
  await audit('ok');
  const semicolon = format === 'csv-semicolon';
  return {
    fileName: exportFileName([t('dashboards.trends.export.title'), ...(semicolon ? ['excel'] : [])], now, 'csv'),
    contentType: 'text/csv; charset=utf-8',
    body: toCsv(trendsTable(trends), semicolon ? 'semicolon' : 'comma'),
  };
}

/** One row per indicator and round: share, n, interval and the change since the round before, or "too few". */
export function trendsTable(trends: IndicatorTrend[]): ExportTable {
  const round4 = (value: number) => Math.round(value * 10_000) / 10_000;
  return {
    title: t('dashboards.trends.export.title'),
    headers: [
      t('dashboards.table.indicator'),
      t('dashboards.table.round'),
      t('dashboards.table.share'),
      t('dashboards.table.n'),
      t('dashboards.trends.export.low'),
      t('dashboards.trends.export.high'),
      t('dashboards.trends.export.change'),
      t('dashboards.trends.export.significance'),
    ],
    rows: trends.flatMap(({ indicatorId, points }) => {
      const label = indicators.find((indicator) => indicator.id === indicatorId)!.label.sv;
      return points.map(({ round, figure }): Cell[] => {
        if (!figure) return [label, round.name, TOO_FEW, TOO_FEW, TOO_FEW, TOO_FEW, null, null];
        const { change } = figure;
        return [
          label,
          round.name,
          round4(figure.share),
          figure.n,
          round4(figure.interval.low),
          round4(figure.interval.high),
          change ? Math.round(change.difference * 1000) / 10 : null,
          change ? t(change.significant ? 'dashboards.change.significant' : 'dashboards.change.notSignificant') : null,
        ];
      });
    }),
  };
}
