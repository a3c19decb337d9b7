// The free-text filters, one form for the free-text view and the report editor's quote picker: question, language,
// kind of organisation and a search, as a plain GET form (the selection is in the URL, works without JavaScript).
// Only the languages and kinds that have answers to show are offered (lib/analytics/free-text.ts decides which).
import { getTranslations } from 'next-intl/server';
import { freeTextQuestions, type FreeTextFilters, type FreeTextView } from '@/lib/analytics/free-text';
import './free-text.css';

export async function FreeTextFilters({
  action = '',
  form,
  values,
  options,
  children,
}: {
  /** Where the form's own GET goes (when it has one). */
  action?: string;
  /**
   * The id of a form elsewhere on the page that these controls belong to: the quote picker sits inside the report's
   * save form, and forms cannot nest (FreeTextFiltersForm is that form). Without it the controls get a form of their own.
   */
  form?: string;
  values: FreeTextFilters;
  options: FreeTextView['options'];
  /** Fields of the page's own shown first (the dashboards' round). */
  children?: React.ReactNode;
}) {
  const t = await getTranslations();
  // A value the URL names but the options leave out stays selected, so the form says what the page shows.
  const languages = [...new Set([...options.languages, ...(values.language ? [values.language] : [])])];
  const kinds = [...new Set([...options.kinds, ...(values.organisationKind ? [values.organisationKind] : [])])];
  const fields = (
    <fieldset>
      <legend>{t('dashboards.filters.legend')}</legend>
      {children}
      <label>
        {t('freeText.filters.question')}
        <select name="question" defaultValue={values.questionId ?? ''} form={form}>
          <option value="">{t('freeText.filters.allQuestions')}</option>
          {freeTextQuestions.map(({ questionId }) => (
            <option key={questionId} value={questionId}>
              {t(`dashboards.freeText.question.${questionId}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('freeText.filters.language')}
        <select name="language" defaultValue={values.language ?? ''} form={form}>
          <option value="">{t('freeText.filters.allLanguages')}</option>
          {languages.map((code) => (
            <option key={code} value={code}>
              {t(`dashboards.language.${code}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboards.filters.kind')}
        <select name="kind" defaultValue={values.organisationKind ?? ''} form={form}>
          <option value="">{t('dashboards.filters.allKinds')}</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`dashboards.kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('freeText.filters.search')}
        <input type="search" name="q" defaultValue={values.search ?? ''} maxLength={100} form={form} />
      </label>
      <button type="submit" className="button" form={form}>
        {t('dashboards.filters.apply')}
      </button>
      <p className="hint free-text-offered">{t('freeText.filters.offered')}</p>
    </fieldset>
  );
  return form ? (
    <div className="filters free-text-filters">{fields}</div>
  ) : (
    <form method="get" action={action} className="filters free-text-filters">
      {fields}
    </form>
  );
}

/** The empty GET form that controls elsewhere on the page name with `form={id}`. */
export function FreeTextFiltersForm({ id, action }: { id: string; action: string }) {
  return <form id={id} method="get" action={action} />;
}
