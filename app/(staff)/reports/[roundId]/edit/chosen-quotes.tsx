// The quotes a strategist chose, each with the language it is written in and a Swedish translation: the report is
// Swedish, so a quote in another language is printed with the translation beside it, and one without is flagged here
// (locking waits for it). Fields "quote.<n>.text|keep|language|translation" (app/(staff)/reports/actions.ts).
import { getTranslations } from 'next-intl/server';
import { Field, Hidden } from '@/app/_components/action-form';
import { labelFor } from '@/lib/analytics/labels';
import { languageInfo, surveyLanguages } from '@/lib/i18n/locales';
import { quoteNeedsTranslation, type ReportQuote } from '@/lib/report/versions';

export async function ChosenQuotes({ quotes }: { quotes: ReportQuote[] }) {
  const t = await getTranslations();
  if (quotes.length === 0) return null;
  const languages = surveyLanguages.map((language) => {
    const name = labelFor(t, `dashboards.language.${language.code}`, language.englishName);
    return { value: language.code, label: name === language.nativeName ? name : `${name} (${language.nativeName})` };
  });
  return (
    <fieldset className="chosen-quotes">
      <legend>{t('report.edit.chosenQuotes')}</legend>
      <p className="hint">{t('report.edit.chosenHint')}</p>
      {quotes.map((quote, index) => {
        const language = quote.language ? languageInfo(quote.language) : null;
        return (
          <div key={quote.text} className="chosen-quote">
            <blockquote lang={language?.htmlLang} dir={language?.dir ?? 'auto'}>
              {quote.text}
            </blockquote>
            <Hidden name={`quote.${index}.text`} value={quote.text} />
            <Field
              name={`quote.${index}.keep`}
              type="checkbox"
              value="yes"
              defaultChecked
              label={t('report.edit.keepQuote')}
            />
            <Field
              name={`quote.${index}.language`}
              type="select"
              label={t('report.edit.quoteLanguage')}
              defaultValue={quote.language ?? ''}
              options={
                quote.language ? languages : [{ value: '', label: t('report.edit.unknownLanguage') }, ...languages]
              }
            />
            {quote.language !== 'sv' && quote.language !== 'sv-easy' && (
              <Field
                name={`quote.${index}.translation`}
                type="textarea"
                label={t('report.edit.quoteTranslation')}
                defaultValue={quote.translation}
                hint={quoteNeedsTranslation(quote) ? t('report.edit.translationMissing') : undefined}
              />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
