// Everything the decision report for a round shows, for the actor who asks. A locked version shows the figures it
// was locked with; the draft shows the figures as they are now. Every figure is already suppressed.
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rounds, type RoundStatus } from '@/db/schema';
import { computeRoundDashboard, type RoundDashboard } from '@/lib/analytics/dashboard';
import { parseStoredReportFigures, reportFiguresToStore } from '@/lib/analytics/stored-figures';
import { requireRole, type Actor } from '@/lib/auth/actor';
import { listDecisionBoard, periodSchema, type DecisionRow } from '@/lib/decisions';
import { draftFindings, draftSummary } from './findings';
import { platformFigures, type PlatformFigures } from '@/lib/platform/follow-up';
import {
  citedInitiatives,
  initiativesPerStepAndKind,
  type InitiativeCitation,
  type InitiativeFollowUp,
} from '@/lib/improvement/follow-up';
import {
  emptyReportContent,
  listReportVersions,
  quoteNeedsTranslation,
  storeLockedVersion,
  type ReportContent,
  type ReportVersionView,
  type SaveDraftResult,
} from './versions';
import { fail } from '@/lib/result';
import { swedish } from '@/lib/analytics/labels';

export type ReportView = {
  round: { id: number; name: string; status: RoundStatus; minGroupSize: number };
  /** The version shown; null when no version exists yet (a strategist then sees drafted findings). */
  version: ReportVersionView | null;
  versions: ReportVersionView[];
  content: ReportContent;
  dashboard: RoundDashboard;
  decisions: DecisionRow[];
  /** What the platform holds: as it is now for a draft, as it was at locking for a locked version (null if locked before). */
  platform: PlatformFigures | null;
  /** Initiatives per step and kind of actor, as the dashboards show them: now for a draft, at locking for a locked version. */
  improvement: InitiativeFollowUp | null;
  /** The initiatives the findings cite, with title, step and owners: now for a draft, at locking for a locked version. */
  citations: ReportCitation[];
};

export type ReportCitation = InitiativeCitation & { findingKey: string };

/**
 * Strategists see the draft and every version; viewers and coordinators see locked versions only. The report speaks
 * for the region in kinds of organisation (`regionOnly`), so a coordinator sees the same locked report as everyone.
 */
export async function buildReport(
  db: Db,
  actor: Actor | null,
  roundId: number,
  versionNumber?: number,
): Promise<ReportView | null> {
  const reader = requireRole(actor, 'strategist', 'viewer', 'coordinator');
  const [round] = await db
    .select({ id: rounds.id, name: rounds.name, status: rounds.status, minGroupSize: rounds.minGroupSize })
    .from(rounds)
    .where(eq(rounds.id, roundId));
  if (!round) return null;
  const versions = await listReportVersions(db, reader, roundId);
  const version = versionNumber
    ? (versions.find((v) => v.version === versionNumber) ?? null)
    : (versions.at(-1) ?? null);
  if (versionNumber && !version) return null;
  if (!version && reader.role !== 'strategist') return null;

  const locked =
    version?.locked && version.figures
      ? parseStoredReportFigures(version.figures, `report version ${version.version} of round ${roundId}`)
      : null;
  const dashboard = locked ? locked.dashboard : await computeRoundDashboard(db, reader, roundId, { regionOnly: true });
  if (!dashboard) return null;
  const content = version?.content ?? {
    ...emptyReportContent,
    summary: draftSummary(dashboard),
    findings: draftFindings(dashboard),
  };
  const period = periodSchema.safeParse(content.period);
  const decisions = period.success ? await listDecisionBoard(db, reader, period.data) : [];
  const platform = locked ? locked.platform : await platformFigures(db, reader);
  const improvement = locked ? locked.improvement : await initiativesPerStepAndKind(db, reader);
  const citations = locked ? locked.citations : await resolveCitations(db, reader, content);
  return { round, version, versions, content, dashboard, decisions, platform, improvement, citations };
}

/** Each citation of the wording with its initiative as it is now, in the order the strategist's picks were saved. */
async function resolveCitations(db: Db, actor: Actor, content: ReportContent): Promise<ReportCitation[]> {
  const initiatives = await citedInitiatives(
    db,
    actor,
    content.citations.map((citation) => citation.initiativeId),
  );
  return content.citations.flatMap((citation) => {
    const initiative = initiatives.find((candidate) => candidate.id === citation.initiativeId);
    return initiative ? [{ ...initiative, findingKey: citation.findingKey }] : [];
  });
}

/**
 * Locks a draft with what it shows now, as the report shows it (kinds of organisation, suppressed): the figures, what
 * the platform holds, the initiatives per step and the initiatives its findings cite. A locked version keeps them,
 * whatever the data says later. Every quote in another language than Swedish needs its translation first.
 */
export async function lockReportVersion(
  db: Db,
  actor: Actor | null,
  input: { roundId: number; version: number },
): Promise<SaveDraftResult> {
  const strategist = requireRole(actor, 'strategist');
  const report = await buildReport(db, strategist, input.roundId, input.version);
  if (!report) return fail('report.error.noRound');
  // The report is Swedish: a quote in another language is not locked in without the strategist's translation.
  if (report.content.quotes.some(quoteNeedsTranslation)) return fail('report.error.quoteUntranslated');
  const { dashboard, platform, improvement, citations } = report;
  return storeLockedVersion(db, strategist, {
    ...input,
    figures: reportFiguresToStore({ dashboard, platform, improvement, citations }),
  });
}

/** The report's Swedish title, as the PDF and the print page carry it: "Uppföljning 2025 – beslutsunderlag, version 2". */
export function reportTitle(report: Pick<ReportView, 'round' | 'version'>): string {
  return swedish('report.document.fileTitle', {
    round: report.round.name,
    version: report.version ? String(report.version.version) : 'none',
    locked: String(Boolean(report.version?.locked)),
  });
}
