// Versions of a round's decision report. Strategists edit the one open draft and lock it; a locked version is
// kept unchanged (the database refuses changes too) and a new draft starts from the latest version.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Db, type DbOrTx } from '@/db/client';
import { initiatives, reportVersions, rounds } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { requireRole, type Actor } from '@/lib/auth/actor';
import { fail, ok, type Result } from '@/lib/result';
import { surveyLanguages } from '@/lib/i18n/locales';
import type { SurveyLocale } from '@/surveys/types';

const quoteText = z.string().trim().min(1).max(1000);

/** A language a quote can be written in: the surveys' languages. Swedish ones need no translation. */
const quoteLanguage = z.enum(surveyLanguages.map((language) => language.code) as [SurveyLocale, ...SurveyLocale[]]);
const SWEDISH: readonly string[] = ['sv', 'sv-easy'];

export const reportQuoteSchema = z.object({
  /** A free-text answer a strategist picked, copied word for word (already scrubbed at ingest). */
  text: quoteText,
  /** The language it is written in; null until known (saving fills it in from the answer's survey language). */
  language: quoteLanguage.nullable().default(null),
  /** The strategist's Swedish translation, printed beside a quote in another language. */
  translation: z.string().trim().max(2000).default(''),
});
export type ReportQuote = z.infer<typeof reportQuoteSchema>;

/** A quote that would print untranslated in the Swedish report: locking waits for its translation. */
export function quoteNeedsTranslation(quote: ReportQuote): boolean {
  return !SWEDISH.includes(quote.language ?? '') && quote.translation === '';
}

export const reportContentSchema = z.object({
  /** The tjänsteskrivelse's opening summary, drafted from the figures for the strategist to edit. */
  summary: z.string().trim().max(5000).default(''),
  findings: z.array(z.object({ key: z.string().max(100), text: z.string().trim().max(2000) })).max(40),
  /** The strategist's assessment of what the findings mean for the strategy. */
  assessment: z.string().trim().max(5000).default(''),
  consequences: z.string().trim().max(5000),
  proposal: z.string().trim().max(5000),
  /** Quotes a strategist picked; versions saved before translations hold plain strings. */
  quotes: z
    .array(
      z.union([
        quoteText.transform((text): ReportQuote => ({ text, language: null, translation: '' })),
        reportQuoteSchema,
      ]),
    )
    .max(20),
  /** The period the principals decide on, e.g. "2026–2027": the report shows their decisions for it. */
  period: z.string().trim().max(20).default(''),
  /** Initiatives of the improvement model a finding cites; their title, step and owners are read when shown (kept at locking). */
  citations: z
    .array(z.object({ findingKey: z.string().max(100), initiativeId: z.number().int().positive() }))
    .max(200)
    .default([]),
});
export type ReportContent = z.infer<typeof reportContentSchema>;

export type ReportVersionView = {
  version: number;
  locked: boolean;
  lockedAt: Date | null;
  createdAt: Date;
  caseNumber: string | null;
  content: ReportContent;
  figures: Record<string, unknown> | null;
};

export const emptyReportContent: ReportContent = {
  summary: '',
  findings: [],
  assessment: '',
  consequences: '',
  proposal: '',
  quotes: [],
  period: '',
  citations: [],
};

function view(row: typeof reportVersions.$inferSelect): ReportVersionView {
  return {
    version: row.version,
    locked: row.lockedAt !== null,
    lockedAt: row.lockedAt,
    createdAt: row.createdAt,
    caseNumber: row.caseNumber,
    content: reportContentSchema.parse(row.content),
    figures: row.figures ?? null,
  };
}

/** The rounds whose report this actor can open: every round for a strategist (who writes the drafts), for viewers
 * and coordinators only the rounds with a locked version (they see nothing else of a report). */
export async function roundsWithReadableReport(db: DbOrTx, actor: Actor | null): Promise<'all' | Set<number>> {
  const reader = requireRole(actor, 'strategist', 'viewer', 'coordinator');
  if (reader.role === 'strategist') return 'all';
  const rows = await db
    .selectDistinct({ roundId: reportVersions.roundId })
    .from(reportVersions)
    .where(sql`${reportVersions.lockedAt} is not null`);
  return new Set(rows.map((row) => row.roundId));
}

/** Strategists see every version; viewers and coordinators only locked ones. */
export async function listReportVersions(
  db: DbOrTx,
  actor: Actor | null,
  roundId: number,
): Promise<ReportVersionView[]> {
  const reader = requireRole(actor, 'strategist', 'viewer', 'coordinator');
  const rows = await db
    .select()
    .from(reportVersions)
    .where(
      reader.role === 'strategist'
        ? eq(reportVersions.roundId, roundId)
        : and(eq(reportVersions.roundId, roundId), sql`${reportVersions.lockedAt} is not null`),
    )
    .orderBy(asc(reportVersions.version));
  return rows.map(view);
}

export type SaveDraftResult = Result<{ version: number }>;

const saveDraftInput = z.object({
  roundId: z.number().int().positive(),
  /** The version the editor showed; saving onto a version that was locked meanwhile is refused. */
  version: z.number().int().positive().nullable(),
  caseNumber: z.string().trim().max(50).nullable(),
  content: reportContentSchema,
});

/** Saves the open draft, or starts version 1. Quotes must be free-text answers given in this round. */
export async function saveReportDraft(db: Db, actor: Actor | null, input: unknown): Promise<SaveDraftResult> {
  const strategist = requireRole(actor, 'strategist');
  const parsed = saveDraftInput.safeParse(input);
  if (!parsed.success) return fail('report.error.invalid');
  const { roundId, version, caseNumber } = parsed.data;
  return db.transaction(async (tx) => {
    const [round] = await tx.select({ id: rounds.id }).from(rounds).where(eq(rounds.id, roundId));
    if (!round) return fail('report.error.noRound');
    const languages = await quoteLanguages(tx, roundId, parsed.data.content.quotes);
    if (!languages) return fail('report.error.quoteNotFound');
    const content = {
      ...parsed.data.content,
      quotes: parsed.data.content.quotes.map((quote) => ({
        ...quote,
        language: quote.language ?? languages.get(quote.text) ?? null,
      })),
    };
    if (!(await citationsExist(tx, content))) return fail('report.error.initiativeNotFound');
    const [latest] = await tx
      .select()
      .from(reportVersions)
      .where(eq(reportVersions.roundId, roundId))
      .orderBy(desc(reportVersions.version))
      .limit(1)
      .for('update');
    if (latest && version !== latest.version) return fail('report.error.locked');
    if (latest?.lockedAt) return fail('report.error.locked');
    if (latest) {
      await tx.update(reportVersions).set({ content, caseNumber }).where(eq(reportVersions.id, latest.id));
      return ok({ version: latest.version });
    }
    await tx
      .insert(reportVersions)
      .values({ roundId, version: 1, content, caseNumber, createdByUserId: strategist.userId });
    return ok({ version: 1 });
  });
}

/** A new draft that starts from the latest locked version's wording. */
export async function startNewReportVersion(db: Db, actor: Actor | null, roundId: number): Promise<SaveDraftResult> {
  const strategist = requireRole(actor, 'strategist');
  return db.transaction(async (tx) => {
    const [latest] = await tx
      .select()
      .from(reportVersions)
      .where(eq(reportVersions.roundId, roundId))
      .orderBy(desc(reportVersions.version))
      .limit(1)
      .for('update');
    if (!latest) return fail('report.error.noRound');
    if (!latest.lockedAt) return ok({ version: latest.version });
    const version = latest.version + 1;
    await tx.insert(reportVersions).values({
      roundId,
      version,
      content: latest.content,
      caseNumber: latest.caseNumber,
      createdByUserId: strategist.userId,
    });
    return ok({ version });
  });
}

/**
 * Stores the open draft as locked with `figures`. Only lockReportVersion (lib/report) calls this: it decides which
 * figures a version keeps. Audit-logged.
 */
export async function storeLockedVersion(
  db: Db,
  actor: Actor | null,
  input: { roundId: number; version: number; figures: Record<string, unknown> },
): Promise<SaveDraftResult> {
  const strategist = requireRole(actor, 'strategist');
  return db.transaction(async (tx) => {
    const locked = await tx
      .update(reportVersions)
      .set({ lockedAt: sql`now()`, lockedByUserId: strategist.userId, figures: input.figures })
      .where(
        and(
          eq(reportVersions.roundId, input.roundId),
          eq(reportVersions.version, input.version),
          isNull(reportVersions.lockedAt),
        ),
      )
      .returning({ version: reportVersions.version });
    await recordAudit(tx, {
      actorUserId: strategist.userId,
      action: 'report.lock',
      targetType: 'round',
      targetId: input.roundId,
      outcome: locked.length ? 'ok' : 'denied',
      details: { version: input.version },
    });
    return locked.length ? ok({ version: input.version }) : fail('report.error.locked');
  });
}

/**
 * The language of each quote not yet known: the survey language its answer was given in (Swedish when any answer with
 * that text was given in Swedish). Null when a quote is not among the round's answers.
 */
async function quoteLanguages(
  db: DbOrTx,
  roundId: number,
  quotes: ReportQuote[],
): Promise<Map<string, SurveyLocale> | null> {
  const texts = [...new Set(quotes.map((quote) => quote.text))];
  if (texts.length === 0) return new Map();
  const quoteArray = sql`array[${sql.join(
    texts.map((text) => sql`${text}`),
    sql`, `,
  )}]::text[]`;
  const rows = await queryRows<{ quote: string; locale: SurveyLocale }>(
    db,
    sql`select q.quote, (array_agg(r.locale order by r.locale not like 'sv%', r.locale))[1] as locale
        from unnest(${quoteArray}) as q(quote)
        join responses r on r.round_id = ${roundId}
          and exists (select 1 from jsonb_each_text(r.answers) a where a.value = q.quote)
        group by q.quote`,
  );
  if (rows.length !== texts.length) return null;
  const known = quoteLanguage.options as string[];
  return new Map(rows.flatMap((row) => (known.includes(row.locale) ? [[row.quote, row.locale]] : [])));
}

/** Each citation names a finding of the draft and an initiative that exists. */
async function citationsExist(db: DbOrTx, content: ReportContent): Promise<boolean> {
  if (content.citations.length === 0) return true;
  const findingKeys = new Set(content.findings.map((finding) => finding.key));
  if (!content.citations.every((citation) => findingKeys.has(citation.findingKey))) return false;
  const ids = [...new Set(content.citations.map((citation) => citation.initiativeId))];
  const found = await db.select({ id: initiatives.id }).from(initiatives).where(inArray(initiatives.id, ids));
  return found.length === ids.length;
}
