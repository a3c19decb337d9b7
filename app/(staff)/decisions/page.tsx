import type { Metadata } from 'next';
import { requirePageContext } from '@/lib/page-context';
import { chooseDecisionPeriod, listDecisionBoard, mayRecordDecisions } from '@/lib/decisions';
import { getTranslations } from 'next-intl/server';
import { ActionForm, Field } from '@/app/_components/action-form';
import { recordDecisionAction } from '@/app/(staff)/reports/actions';
import { DecisionsTable, decisionStatuses } from './decisions-table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('decisions.title') };
}

export default async function DecisionsPage(props: { searchParams: Promise<{ period?: string }> }) {
  const { actor, db, locale } = await requirePageContext();
  const { period, invalid } = await chooseDecisionPeriod(db, actor, (await props.searchParams).period);
  const board = await listDecisionBoard(db, actor, period);
  const t = await getTranslations('decisions');
  const decided = board.filter((row) => row.status !== 'pending').length;
  return (
    <div className="page">
      <h1>{t('heading')}</h1>
      {invalid && (
        <p role="alert" className="error">
          {t('invalidPeriod', { period })}
        </p>
      )}
      <form method="get" className="inline-form">
        <label htmlFor="period">{t('period')}</label>
        <input id="period" name="period" defaultValue={period} />
        <button type="submit" className="button secondary">
          {t('show')}
        </button>
      </form>
      <p>{t('decided', { decided, total: board.length, period })}</p>
      <DecisionsTable rows={board} caption={t('caption', { period })} locale={locale} />
      {mayRecordDecisions(actor) && (
        <section aria-labelledby="record">
          <h2 id="record">{t('record')}</h2>
          <ActionForm action={recordDecisionAction} submitLabel={t('save')} success={t('saved')}>
            <Field
              name="organisationId"
              label={t('principal')}
              type="select"
              options={board.map((row) => ({ value: String(row.organisationId), label: row.organisationName }))}
            />
            <Field name="period" label={t('period')} defaultValue={period} hint={t('periodHint')} />
            <Field
              name="status"
              label={t('decision')}
              type="select"
              options={decisionStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
            />
            <Field name="decidedOn" label={t('date')} type="date" />
            <Field name="decidingBody" label={t('decidingBody')} hint={t('decidingBodyHint')} />
            <Field name="caseNumber" label={t('caseNumber')} />
          </ActionForm>
        </section>
      )}
    </div>
  );
}
