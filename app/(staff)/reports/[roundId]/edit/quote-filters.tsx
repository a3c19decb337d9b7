// The quote picker's filters: the free-text view's own form (question, language, kind, search), whose controls sit
// in the picker inside the report's save form and belong to a GET form outside it (forms cannot nest).
import { getTranslations } from 'next-intl/server';
import { FreeTextFilters, FreeTextFiltersForm } from '@/app/_components/free-text-filters';
import type { FreeTextFilters as Filters, FreeTextView } from '@/lib/analytics/free-text';

const FORM_ID = 'quote-filters';

/** Answers listed per question: the filters narrow the rest down. */
export const QUOTES_PER_QUESTION = 50;

/** Goes anywhere outside the save form. */
export function QuoteFiltersForm({ roundId }: { roundId: number }) {
  return <FreeTextFiltersForm id={FORM_ID} action={`/reports/${roundId}/edit`} />;
}

/** The filters, a reminder that filtering reloads the page, and which questions have more answers than listed. */
export async function QuoteFilters({ values, view }: { values: Filters; view: FreeTextView }) {
  const t = await getTranslations();
  const cut = view.questions.filter(({ shown }) => shown && shown.total > shown.answers.length);
  return (
    <>
      <FreeTextFilters form={FORM_ID} values={values} options={view.options} />
      <p className="hint">{t('freeText.picker.reloads')}</p>
      {cut.map(({ questionId, shown }) => (
        <p key={questionId} className="hint">
          {t(`dashboards.freeText.question.${questionId}`)}:{' '}
          {t('freeText.picker.more', { shown: shown!.answers.length, total: shown!.total })}
        </p>
      ))}
    </>
  );
}
