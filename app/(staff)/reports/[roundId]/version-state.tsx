// The version's state at the top of the report (draft or locked, and when), with what a strategist can do with it
// now: edit the draft and lock it, or start a new version once it is locked. A locked version offers no editing.
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ActionForm, Field, Hidden } from '@/app/_components/action-form';
import type { Actor } from '@/lib/auth/actor';
import { swedishDate } from '@/lib/dates';
import type { ReportView } from '@/lib/report';
import { quoteNeedsTranslation } from '@/lib/report/versions';
import { lockReportVersionAction, startNewReportVersionAction } from '../actions';

export async function VersionState({ actor, report }: { actor: Actor; report: ReportView }) {
  const t = await getTranslations('report');
  const roundId = report.round.id;
  const shown = report.version;
  const latest = report.versions.at(-1) ?? null;
  const strategist = actor.role === 'strategist';
  const showingLatest = shown?.version === latest?.version;
  const untranslated = report.content.quotes.filter(quoteNeedsTranslation).length;
  return (
    <section className="version-state no-print" aria-label={t('state.heading')}>
      <p>
        <strong>
          {!shown
            ? t('state.none')
            : shown.locked
              ? t('state.locked', { version: shown.version, date: swedishDate(shown.lockedAt ?? shown.createdAt) })
              : t('state.draft', { version: shown.version })}
        </strong>
      </p>
      {strategist && latest && !latest.locked && !showingLatest && (
        <p>
          {t('state.newerDraft', { version: latest.version })}{' '}
          <Link href={`/reports/${roundId}?version=${latest.version}`}>
            {t('state.showLatest', { version: latest.version })}
          </Link>
        </p>
      )}
      {strategist && (!shown || !shown.locked) && (
        <p>
          <Link href={`/reports/${roundId}/edit`}>{t('editDraft')}</Link>
        </p>
      )}
      {strategist && shown && !shown.locked && (
        <>
          {untranslated > 0 && <p className="error">{t('state.untranslated', { count: untranslated })}</p>}
          <ActionForm
            action={lockReportVersionAction}
            submitLabel={t('edit.lockTitle', { version: shown.version })}
            success={t('lockedNow')}
            destructive
          >
            <Hidden name="roundId" value={roundId} />
            <Hidden name="version" value={shown.version} />
            <Field name="confirm" type="checkbox" value="yes" label={t('edit.lockConfirm')} />
          </ActionForm>
        </>
      )}
      {strategist && shown?.locked && showingLatest && (
        <ActionForm action={startNewReportVersionAction} submitLabel={t('edit.startNew')}>
          <Hidden name="roundId" value={roundId} />
        </ActionForm>
      )}
    </section>
  );
}
