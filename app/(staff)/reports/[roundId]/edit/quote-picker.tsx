// The free-text answers a strategist can pick as quotes: one checkbox each, named "quotes". Answers already chosen are
// left out (they stay in the chosen list with their translation), so narrowing this list never drops a chosen quote.
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Field } from '@/app/_components/action-form';

export type QuoteOption = { questionId: string; text: string };

/** `children`: the filters that narrow the list (quote-filters.tsx), shown under the legend. */
export async function QuotePicker({
  answers,
  chosen,
  children,
}: {
  answers: QuoteOption[];
  chosen: string[];
  children?: ReactNode;
}) {
  const t = await getTranslations('report.edit');
  const offered = answers.filter((answer) => !chosen.includes(answer.text));
  return (
    <fieldset>
      <legend>{t('pickQuotes')}</legend>
      {children}
      {offered.length === 0 ? (
        <p className="hint">{t('noQuotes')}</p>
      ) : (
        offered.map((answer) => (
          <Field
            key={`${answer.questionId}:${answer.text}`}
            name="quotes"
            type="checkbox"
            value={answer.text}
            label={answer.text}
          />
        ))
      )}
    </fieldset>
  );
}
