// The free-text answers a strategist can pick as quotes: one checkbox each, named "quotes". Answers already chosen are
// left out (they stay in the chosen list with their translation), so narrowing this list never drops a chosen quote.
import { getTranslations } from 'next-intl/server';
import { Field } from '@/app/_components/action-form';

export type QuoteOption = { questionId: string; text: string };

export async function QuotePicker({ answers, chosen }: { answers: QuoteOption[]; chosen: string[] }) {
  const t = await getTranslations('report.edit');
  const offered = answers.filter((answer) => !chosen.includes(answer.text));
  return (
    <fieldset>
      <legend>{t('pickQuotes')}</legend>
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
