import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/page';
import { listDecisionBoard, periodSchema } from '@/lib/decisions';
import { getUiLocale } from '@/lib/i18n/server';
import { ActionForm, Field } from '@/app/_components/action-form';
import { recordDecisionAction } from '@/app/(staff)/reports/actions';
import { DecisionsTable, decisionStatuses } from './decisions-table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('decisions.title') };
}


/** The period the board shows: from the URL, else the two years after this one (the next extension period). */
function periodFrom(value: unknown): string {
  const parsed = periodSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const year = new Date().getFullYear();
  return `${year + 1}–${year + 2}`;
}

export default async function DecisionsPage(props: { searchParams: Promise<{ period?: string }> }) {
  const actor = await requirePageActor();
  const period = periodFrom((await props.searchParams).period);
  const [board, locale] = await Promise.all([listDecisionBoard(await getDb(), actor, period), getUiLocale()]);
  const t = await getTranslations('decisions');
  const decided = board.filter((row) => row.status !== 'pending').length;
  return (
    <div className="page">
      <h1>{t('heading')}</h1>
      <form method="get" className="inline-form">
        <label htmlFor="period">{t('period')}</label>
        <input id="period" name="period" defaultValue={period} />
        <button type="submit" className="button secondary">{t('show')}</button>
      </form>
      <p>{t('decided', { decided, total: board.length, period })}</p>
      <DecisionsTable rows={board} caption={t('caption', { period })} locale={locale} />
      {actor.role === 'strategist' && (
        <section aria-labelledby="record">
          <h2 id="record">{t('record')}</h2>
          <ActionForm action={recordDecisionAction} submitLabel={t('save')} success={t('saved')}>
            <Field name="organisationId" label={t('principal')} type="select" options={board.map((row) => ({ value: String(row.organisationId), label: row.organisationName }))} />
            <Field name="period" label={t('period')} defaultValue={period} hint={t('periodHint')} />
            <Field name="status" label={t('decision')} type="select" options={decisionStatuses.map((value) => ({ value, label: t(`status.${value}`) }))} />
            <Field name="decidedOn" label={t('date')} type="date" />
            <Field name="decidingBody" label={t('decidingBody')} hint={t('decidingBodyHint')} />
            <Field name="caseNumber" label={t('caseNumber')} />
          </ActionForm>
        </section>
      )}
    </div>
  );
}
