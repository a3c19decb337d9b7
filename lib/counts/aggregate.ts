// The SQL that returns every indicator for every breakdown of a round in one statement. It reads the round's answer
// counts (response_answer_counts, kept up to date by a trigger as responses arrive: db/migrations/0004), never the
// raw responses: first to the finest grain (survey, organisation, channel, language, target group), then GROUPING
// SETS over those few rows for the overall figure and each breakdown. Counts only; shares, intervals and
// suppression are computed from them in lib/analytics/dashboard.ts.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '@/db/client';
import { indicators, type Indicator } from '@/surveys';

export type Breakdown = 'overall' | 'kind' | 'organisation' | 'language' | 'channel' | 'targetGroup' | 'assistance';

export type GroupCounts = {
  surveyKey: 'actor-followup' | 'target-feedback';
  breakdown: Breakdown;
  /**
   * The group within its breakdown: 'all', a kind, an organisation or channel id, a locale, a target group, or for
   * assistance 'with_help' / 'without_help' (kiosk staff's "answered with help").
   */
  key: string;
  /** For an organisation, its kind. */
  parentKey: string | null;
  respondents: number;
  /** Per indicator of this survey: respondents who answered it (n) and those whose answer counts as positive. */
  indicators: Record<string, { n: number; positive: number }>;
};

/** Target-feedback respondents who skipped the category question form a group of their own. */
export const NOT_STATED = 'not_stated';

// grouping(kind, organisation_id, locale, channel_id, target_group, answered_with_help): a 1 bit for each column
// grouped away.
const breakdownByGrouping: Record<number, Breakdown> = {
  63: 'overall',
  31: 'kind',
  15: 'organisation',
  55: 'language',
  59: 'channel',
  61: 'targetGroup',
  62: 'assistance',
};

const relevantBreakdowns: Record<GroupCounts['surveyKey'], Breakdown[]> = {
  'actor-followup': ['overall', 'kind', 'organisation'],
  'target-feedback': ['overall', 'language', 'channel', 'targetGroup', 'assistance'],
};

function valueList(values: readonly (string | number | boolean)[]): SQL {
  return sql.join(
    values.map((value) => sql`${String(value)}`),
    sql`, `,
  );
}

/** n: answered with a value that is not excluded ('' is unanswered); positive: answered with a positive value. */
function indicatorColumns(indicator: Indicator, index: number): SQL {
  const ofQuestion = sql`survey_key = ${indicator.surveyKey} and question_id = ${indicator.questionId}`;
  const excluded = valueList(['', ...(indicator.excluded ?? [])]);
  return sql`coalesce(sum(count) filter (where ${ofQuestion} and answer not in (${excluded})), 0)::int as ${sql.raw(`n_${index}`)},
    coalesce(sum(count) filter (where ${ofQuestion} and answer in (${valueList(indicator.positive)})), 0)::int as ${sql.raw(`p_${index}`)}`;
}

/** The whole dashboard's counts for one round. */
export async function aggregateRound(db: DbOrTx, roundId: number): Promise<GroupCounts[]> {
  const fineColumns = sql.join(indicators.map(indicatorColumns), sql`,\n`);
  const sums = sql.join(
    indicators.map((_, index) => sql.raw(`sum(f.n_${index})::int as n_${index}, sum(f.p_${index})::int as p_${index}`)),
    sql`, `,
  );
  const rows = await queryRows<Record<string, string | number | boolean | null>>(
    db,
    sql`with fine as (
      select survey_key::text as survey_key, nullif(organisation_id, 0) as organisation_id, nullif(channel_id, 0) as channel_id,
        locale, nullif(target_group, '') as target_group, answered_with_help,
        coalesce(sum(count) filter (where question_id = ''), 0)::int as respondents,
        ${fineColumns}
      from response_answer_counts
      where round_id = ${roundId}
      group by 1, 2, 3, 4, 5, 6
    )
    select f.survey_key, o.kind::text as kind, f.organisation_id, f.locale, f.channel_id, f.target_group, f.answered_with_help,
      grouping(o.kind, f.organisation_id, f.locale, f.channel_id, f.target_group, f.answered_with_help)::int as grouping_id,
      sum(f.respondents)::int as respondents, ${sums}
    from fine f left join organisations o on o.id = f.organisation_id
    group by grouping sets (
      (f.survey_key), (f.survey_key, o.kind), (f.survey_key, o.kind, f.organisation_id),
      (f.survey_key, f.locale), (f.survey_key, f.channel_id), (f.survey_key, f.target_group), (f.survey_key, f.answered_with_help)
    )`,
  );
  const groups: GroupCounts[] = [];
  for (const row of rows) {
    const surveyKey = row.survey_key as GroupCounts['surveyKey'];
    const breakdown = breakdownByGrouping[Number(row.grouping_id)];
    if (!breakdown || !relevantBreakdowns[surveyKey].includes(breakdown)) continue;
    const key = {
      overall: 'all',
      kind: row.kind,
      organisation: row.organisation_id,
      language: row.locale,
      channel: row.channel_id,
      targetGroup: row.target_group,
      assistance: row.answered_with_help ? 'with_help' : 'without_help',
    }[breakdown];
    const counts: GroupCounts['indicators'] = {};
    indicators.forEach((indicator, index) => {
      if (indicator.surveyKey === surveyKey)
        counts[indicator.id] = { n: Number(row[`n_${index}`]), positive: Number(row[`p_${index}`]) };
    });
    groups.push({
      surveyKey,
      breakdown,
      key: String(key),
      parentKey: breakdown === 'organisation' ? String(row.kind) : null,
      respondents: Number(row.respondents),
      indicators: counts,
    });
  }
  return groups;
}

export type InvitationCounts = {
  breakdown: 'overall' | 'kind' | 'organisation';
  key: string;
  parentKey: string | null;
  made: number;
  used: number;
};

/** Invitations made and used per organisation, kind and in all: the response rate's counts. */
export async function aggregateInvitations(db: DbOrTx, roundId: number): Promise<InvitationCounts[]> {
  const rows = await queryRows<{
    kind: string | null;
    organisation_id: number | null;
    grouping_id: number;
    made: number;
    used: number;
  }>(
    db,
    sql`select o.kind::text as kind, i.organisation_id, grouping(o.kind, i.organisation_id)::int as grouping_id,
        count(*)::int as made, count(*) filter (where i.used)::int as used
      from invitations i join organisations o on o.id = i.organisation_id
      where i.round_id = ${roundId}
      group by grouping sets ((), (o.kind), (o.kind, i.organisation_id))`,
  );
  return rows.map((row) => {
    const grouping = Number(row.grouping_id);
    const breakdown = grouping === 3 ? 'overall' : grouping === 1 ? 'kind' : 'organisation';
    return {
      breakdown,
      key: breakdown === 'overall' ? 'all' : breakdown === 'kind' ? String(row.kind) : String(row.organisation_id),
      parentKey: breakdown === 'organisation' ? String(row.kind) : null,
      made: Number(row.made),
      used: Number(row.used),
    };
  });
}
