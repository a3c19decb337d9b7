// A round's exports. Indicator tables come from the dashboard, so they are suppressed exactly as the dashboard
// is (a coordinator's holds the region and their own organisation only). Raw anonymous responses: strategists only.
// Every export, allowed or not, is audit-logged.
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '@/db/client';
import { rounds, roundSurveys } from '@/db/schema';
import {
  computeRoundDashboard,
  type DashboardFilters,
  type GroupFigures,
  type RoundDashboard,
} from '@/lib/analytics/dashboard';
import { groupLabel, labelFor, swedish } from '@/lib/analytics/labels';
import { recordAudit } from '@/lib/audit';
import { AccessDenied, NotFound, requireRole, type Actor } from '@/lib/auth/actor';
import { fail, ok, type Result } from '@/lib/result';
import { indicators as allIndicators, latestSurvey, surveyKeys, type SurveyKey } from '@/surveys';
import { choiceLabel, codebookQuestions, type CodebookQuestion } from './codebook';
import { asciiSlug, exportFileName } from './file-name';
import { toCsv, toXlsx, type Cell, type ExportTable } from './spreadsheet';

/** Indicator tables (suppressed), raw responses with their codebook (strategists), or the codebook alone. */
export type ExportContent = 'indicators' | 'responses' | 'codebook';
export type ExportFormat = 'csv' | 'csv-semicolon' | 'xlsx';
export const TOO_FEW = swedish('dashboards.suppressed');

export type ExportFile = { fileName: string; contentType: string; body: string | Uint8Array<ArrayBuffer> };

/**
 * One download: the whole workbook, or one table as CSV (`table` is the table's name as a slug, e.g. "malgrupper";
 * the first table when left out). The file is named by round, content, CSV variant and the Swedish date.
 */
export async function roundExportFile(
  db: Db,
  actor: Actor | null,
  request: {
    roundId: number;
    content: ExportContent;
    format: ExportFormat;
    table?: string;
    organisationKind?: DashboardFilters['organisationKind'];
  },
  now = new Date(),
): Promise<Result<ExportFile>> {
  const { roundId, content, format, organisationKind } = request;
  const filters = organisationKind && content === 'indicators' ? { organisationKind } : {};
  const tables = await exportRoundTables(db, actor, roundId, content, format, filters);
  const kindName = filters.organisationKind
    ? [labelFor(t, `dashboards.kind.${filters.organisationKind}`, filters.organisationKind)]
    : [];
  const [round] = await db.select({ slug: rounds.slug }).from(rounds).where(eq(rounds.id, roundId));
  if (format === 'xlsx') {
    const what = content === 'indicators' ? 'indikatorer' : content === 'responses' ? 'rasvar' : 'kodbok';
    return ok({
      fileName: exportFileName([round.slug, what, ...kindName], now, 'xlsx'),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body: new Uint8Array(await toXlsx(tables)),
    });
  }
  const chosen = request.table ? tables.find((table) => asciiSlug(table.title) === request.table) : tables[0];
  if (!chosen) return fail('export.unknownTable');
  const semicolon = format === 'csv-semicolon';
  return ok({
    fileName: exportFileName([round.slug, chosen.title, ...kindName, ...(semicolon ? ['excel'] : [])], now, 'csv'),
    contentType: 'text/csv; charset=utf-8',
    body: toCsv(chosen, semicolon ? 'semicolon' : 'comma'),
  });
}

/** The CSV tables of an export, as (slug, title) pairs for download links. */
export function exportTableNames(content: ExportContent): { slug: string; title: string }[] {
  const titles =
    content === 'indicators'
      ? [t('export.table.actors'), t('export.table.targetGroups'), t('export.table.rates')]
      : content === 'responses'
        ? [t('export.table.actorAnswers'), t('export.table.targetAnswers'), t('export.table.codebook')]
        : [t('export.table.codebook')];
  return titles.map((title) => ({ slug: asciiSlug(title), title }));
}

export async function exportRoundTables(
  db: Db,
  actor: Actor | null,
  roundId: number,
  content: ExportContent,
  format: string,
  /** The dashboard's filter, so a dashboard page's download holds what the page shows. */
  filters: Pick<DashboardFilters, 'organisationKind'> = {},
): Promise<ExportTable[]> {
  const reader = requireRole(actor, 'strategist', 'viewer', 'coordinator');
  const audit = (outcome: 'ok' | 'denied') =>
    recordAudit(db, {
      actorUserId: reader.userId,
      action: 'export',
      targetType: 'round',
      targetId: roundId,
      outcome,
      details: { content, format, ...filters },
    });
  try {
    if (content === 'responses') requireRole(reader, 'strategist');
    const tables =
      content === 'responses'
        ? await rawResponseTables(db, roundId)
        : content === 'codebook'
          ? [codebookTable(await roundQuestions(db, roundId))]
          : indicatorTables(await dashboardOf(db, reader, roundId, filters));
    await audit('ok');
    return tables;
  } catch (error) {
    if (error instanceof AccessDenied) await audit('denied');
    throw error;
  }
}

async function dashboardOf(db: Db, actor: Actor, roundId: number, filters: DashboardFilters): Promise<RoundDashboard> {
  const dashboard = await computeRoundDashboard(db, actor, roundId, filters);
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

type RoundQuestions = { surveyKey: SurveyKey; questions: CodebookQuestion[] }[];

/** The questions of each survey as the round froze them (a draft round: the version it would freeze). */
async function roundQuestions(db: Db, roundId: number): Promise<RoundQuestions> {
  const [round] = await db.select({ id: rounds.id }).from(rounds).where(eq(rounds.id, roundId));
  if (!round) throw new NotFound();
  const frozen = await db
    .select({ key: roundSurveys.surveyKey, definition: roundSurveys.definition })
    .from(roundSurveys)
    .where(eq(roundSurveys.roundId, roundId));
  return surveyKeys.map((surveyKey) => {
    const definition = frozen.find((survey) => survey.key === surveyKey)?.definition ?? latestSurvey(surveyKey).json;
    return { surveyKey, questions: codebookQuestions(definition, allIndicators) };
  });
}

const surveyName = (surveyKey: SurveyKey) =>
  surveyKey === 'actor-followup' ? t('export.survey.actors') : t('export.survey.targetGroups');

/** What each code means: one row a question (a matrix: one a row of it), choices as "code = label". */
function codebookTable(surveys: RoundQuestions): ExportTable {
  const indicatorName = (id: string) => {
    const indicator = allIndicators.find((candidate) => candidate.id === id)!;
    return `${indicator.label.sv} (${id})`;
  };
  return {
    title: t('export.table.codebook'),
    headers: [
      t('export.header.survey'),
      t('export.header.questionId'),
      t('export.header.questionText'),
      t('export.header.questionType'),
      t('export.header.choices'),
      t('export.header.indicator'),
    ],
    rows: surveys.flatMap(({ surveyKey, questions }) =>
      questions.flatMap((question) =>
        answerColumns(question).map((column): Cell[] => [
          surveyName(surveyKey),
          column.id,
          column.text,
          question.type,
          column.choices.map(({ value, label }) => `${value} = ${label}`).join('; '),
          question.indicatorIds.map(indicatorName).join('; '),
        ]),
      ),
    ),
  };
}

/**
 * The columns one question gives in the raw export: its codes, and beside them the Swedish labels when it has
 * choices. A matrix gives a pair for each of its rows ("model_steps_used.identify").
 */
type AnswerColumn = {
  id: string;
  text: string;
  choices: CodebookQuestion['choices'];
  read: (answers: Record<string, unknown>) => unknown;
};

function answerColumns(question: CodebookQuestion): AnswerColumn[] {
  if (question.type === 'matrix')
    return question.rows.map((row) => ({
      id: `${question.id}.${row.value}`,
      text: `${row.label} (${question.text})`,
      choices: question.choices,
      read: (answers) => (answers[question.id] as Record<string, unknown> | undefined)?.[row.value],
    }));
  return [{ id: question.id, text: question.text, choices: question.choices, read: (answers) => answers[question.id] }];
}

/** One row per response; for each question its codes and, beside them, their Swedish labels. Lists are joined with "; ". */
async function rawResponseTables(db: Db, roundId: number): Promise<ExportTable[]> {
  const surveys = await roundQuestions(db, roundId);
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
  const answerTables = surveys.map(({ surveyKey, questions }): ExportTable => {
    const ofSurvey = rows.filter((row) => row.survey_key === surveyKey);
    const columns = questions.flatMap(answerColumns);
    return {
      title: surveyKey === 'actor-followup' ? t('export.table.actorAnswers') : t('export.table.targetAnswers'),
      headers: [
        t('export.header.surveyVersion'),
        surveyKey === 'actor-followup' ? t('export.header.organisation') : t('export.header.channel'),
        t('export.header.language'),
        t('export.header.week'),
        t('export.header.demo'),
        ...(surveyKey === 'target-feedback' ? [t('export.header.withHelp')] : []),
        ...columns.flatMap((column) => [
          `${column.id} – ${column.text}`,
          ...(column.choices.length ? [t('export.header.answerLabel', { question: column.id })] : []),
        ]),
      ],
      rows: ofSurvey.map((row): Cell[] => [
        row.survey_version,
        row.source,
        row.locale,
        row.submitted_week,
        row.is_demo ? t('export.yes') : t('export.no'),
        ...(surveyKey === 'target-feedback' ? [row.answered_with_help ? t('export.yes') : t('export.no')] : []),
        ...columns.flatMap((column) => {
          const value = column.read(row.answers);
          return [answerCell(value), ...(column.choices.length ? [labelCell(column.choices, value)] : [])];
        }),
      ]),
    };
  });
  return [...answerTables, codebookTable(surveys)];
}

function labelCell(choices: CodebookQuestion['choices'], value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map((item) => choiceLabel(choices, item)).join('; ');
  return choiceLabel(choices, value);
}

function answerCell(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? t('export.yes') : t('export.no');
  if (Array.isArray(value)) return value.join('; ');
  return JSON.stringify(value); // not reached by today's question types; kept so nothing is ever lost silently
}
