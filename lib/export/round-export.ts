// A round's exports. Indicator tables come from the dashboard, so they are suppressed exactly as the dashboard
// is (a coordinator's holds the region and their own organisation only). Raw anonymous responses: strategists only.
// Every export, allowed or not, is audit-logged.
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '@/db/client';
import { rounds } from '@/db/schema';
import { computeRoundDashboard, type GroupFigures, type RoundDashboard } from '@/lib/analytics/dashboard';
import { groupLabel, labelFor, swedish } from '@/lib/analytics/labels';
import { recordAudit } from '@/lib/audit';
import { AccessDenied, NotFound, requireRole, type Actor } from '@/lib/auth/actor';
import type { Cell, ExportTable } from './spreadsheet';

export type ExportContent = 'indicators' | 'responses';
export const TOO_FEW = swedish('dashboards.suppressed');

export async function exportRoundTables(
  db: Db,
  actor: Actor | null,
  roundId: number,
  content: ExportContent,
  format: string,
): Promise<ExportTable[]> {
  const reader = requireRole(actor, 'strategist', 'viewer', 'coordinator');
  const audit = (outcome: 'ok' | 'denied') =>
    recordAudit(db, {
      actorUserId: reader.userId,
      action: 'export',
      targetType: 'round',
      targetId: roundId,
      outcome,
      details: { content, format },
    });
  try {
    if (content === 'responses') requireRole(reader, 'strategist');
    const tables =
      content === 'responses'
        ? await rawResponseTable(db, roundId)
        : indicatorTables(await dashboardOf(db, reader, roundId));
    await audit('ok');
    return tables;
  } catch (error) {
    if (error instanceof AccessDenied) await audit('denied');
    throw error;
  }
}

async function dashboardOf(db: Db, actor: Actor, roundId: number): Promise<RoundDashboard> {
  const dashboard = await computeRoundDashboard(db, actor, roundId);
  if (!dashboard) throw new NotFound();
  return dashboard;
}

// Exports are Swedish, like the report they go with: every header is `swedish`'s.
const t = swedish;
const breakdownName = (breakdown: string) => labelFor(t, `export.breakdown.${breakdown}`, breakdown);

function indicatorTables(dashboard: RoundDashboard): ExportTable[] {
  const table = (title: string, surveyKey: string, groups: GroupFigures[]): ExportTable => {
    const indicators = dashboard.indicators.filter((indicator) => indicator.surveyKey === surveyKey);
    return {
      title,
      headers: [
        t('export.header.breakdown'),
        t('export.header.group'),
        t('export.header.respondents'),
        ...indicators.flatMap(({ label }) =>
          (['share', 'n', 'low', 'high'] as const).map((column) =>
            t(`export.header.${column}`, { indicator: label.sv }),
          ),
        ),
      ],
      rows: groups.map((group): Cell[] => [
        breakdownName(group.breakdown),
        groupLabel(swedish, group),
        group.respondents ?? TOO_FEW,
        ...indicators.flatMap((indicator): Cell[] => {
          const figure = group.indicators[indicator.id];
          return figure
            ? [round4(figure.share), figure.n, round4(figure.interval.low), round4(figure.interval.high)]
            : [TOO_FEW, TOO_FEW, TOO_FEW, TOO_FEW];
        }),
      ]),
    };
  };
  const { actors, targetGroups, responseRates } = dashboard;
  return [
    table(t('export.table.actors'), 'actor-followup', [actors.overall, ...actors.byKind, ...actors.byOrganisation]),
    table(t('export.table.targetGroups'), 'target-feedback', [
      targetGroups.overall,
      ...targetGroups.byLanguage,
      ...targetGroups.byChannel,
      ...targetGroups.byCategory,
      ...(targetGroups.byAssistance ?? []),
    ]),
    {
      title: t('export.table.rates'),
      headers: [
        t('export.header.breakdown'),
        t('export.header.group'),
        t('export.header.links'),
        t('export.header.used'),
        t('export.header.rate'),
      ],
      rows: [responseRates.overall, ...responseRates.byKind, ...responseRates.byOrganisation].map((rate): Cell[] => [
        breakdownName(rate.breakdown),
        groupLabel(swedish, rate),
        rate.invitations,
        rate.used ?? TOO_FEW,
        rate.rate === null ? TOO_FEW : round4(rate.rate),
      ]),
    },
  ];
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/** One row per response; one column per question id that occurs. Lists are joined with "; ". */
async function rawResponseTable(db: Db, roundId: number): Promise<ExportTable[]> {
  const [round] = await db.select({ id: rounds.id }).from(rounds).where(eq(rounds.id, roundId));
  if (!round) throw new NotFound();
  const rows = await queryRows<{
    survey_key: string;
    survey_version: number;
    source: string | null;
    locale: string;
    submitted_week: string;
    is_demo: boolean;
    answered_with_help: boolean;
    answers: Record<string, unknown>;
  }>(
    db,
    sql`select r.survey_key, r.survey_version, coalesce(o.name, c.name) as source, r.locale, r.submitted_week, r.is_demo, r.answered_with_help, r.answers
        from responses r left join organisations o on o.id = r.organisation_id left join channels c on c.id = r.channel_id
        where r.round_id = ${roundId} order by r.survey_key, r.submitted_week, r.id`,
  );
  return (['actor-followup', 'target-feedback'] as const).map((surveyKey) => {
    const ofSurvey = rows.filter((row) => row.survey_key === surveyKey);
    const questionIds = [...new Set(ofSurvey.flatMap((row) => Object.keys(row.answers)))].sort();
    return {
      title: surveyKey === 'actor-followup' ? t('export.table.actorAnswers') : t('export.table.targetAnswers'),
      headers: [
        t('export.header.surveyVersion'),
        surveyKey === 'actor-followup' ? t('export.header.organisation') : t('export.header.channel'),
        t('export.header.language'),
        t('export.header.week'),
        t('export.header.demo'),
        ...(surveyKey === 'target-feedback' ? [t('export.header.withHelp')] : []),
        ...questionIds,
      ],
      rows: ofSurvey.map((row): Cell[] => [
        row.survey_version,
        row.source,
        row.locale,
        row.submitted_week,
        row.is_demo ? t('export.yes') : t('export.no'),
        ...(surveyKey === 'target-feedback' ? [row.answered_with_help ? t('export.yes') : t('export.no')] : []),
        ...questionIds.map((id) => answerCell(row.answers[id])),
      ]),
    };
  });
}

function answerCell(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? t('export.yes') : t('export.no');
  if (Array.isArray(value)) return value.join('; ');
  return JSON.stringify(value);
}
