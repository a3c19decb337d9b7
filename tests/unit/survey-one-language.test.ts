// The survey page sends the phone one language of the survey, not all nine: every text the respondent sees is the
// same as SurveyJS would show from the full definition, and names, values and logic are untouched.
import { describe, expect, it } from 'vitest';
import { surveyLanguages } from '@/lib/i18n/locales';
import { createSurveyModel } from '@/lib/surveys/model';
import { surveyInOneLanguage } from '@/lib/surveys/localized-text';
import { latestSurvey } from '@/surveys';

// The respondents' survey: the one sent to phones in nine languages.
const definitions = [latestSurvey('target-feedback').json];

/** Every text SurveyJS renders for each question, page and choice, in one locale. */
function renderedTexts(json: Record<string, unknown>, locale: string) {
  const model = createSurveyModel(json);
  model.locale = locale;
  const texts: string[] = [model.title, model.description, model.completedHtml];
  for (const page of model.pages) {
    texts.push(page.title, page.description);
    for (const question of page.questions) {
      texts.push(question.name, question.title, question.description);
      const q = question as unknown as Record<string, unknown>;
      for (const key of ['minRateDescription', 'maxRateDescription', 'placeholder', 'otherText'])
        texts.push(String(q[key] ?? ''));
      for (const choice of (q.visibleChoices as { value: unknown; text: string }[] | undefined) ?? [])
        texts.push(`${String(choice.value)}=${choice.text}`);
      for (const column of (q.visibleColumns as { name: string; text: string }[] | undefined) ?? [])
        texts.push(`${column.name}=${column.text}`);
      for (const row of (q.visibleRows as { value: unknown; text: string }[] | undefined) ?? [])
        texts.push(`${String(row.value)}=${row.text}`);
    }
  }
  return texts;
}

describe('surveyInOneLanguage', () => {
  it.each(surveyLanguages.map((language) => language.code))(
    'shows exactly the same texts in %s, from far fewer bytes',
    (locale) => {
      for (const json of definitions) {
        const one = surveyInOneLanguage(json, locale);
        expect(renderedTexts(one, locale)).toEqual(renderedTexts(json, locale));
        expect(JSON.stringify(one).length).toBeLessThan(JSON.stringify(json).length / 2);
      }
    },
  );

  it('keeps every other language out of what is sent', () => {
    const json = definitions[0];
    const arabicOnly = JSON.stringify(surveyInOneLanguage(json, 'ar'));
    const tigrinya = /[\u1200-\u137F]/; // Ge'ez script
    expect(JSON.stringify(json)).toMatch(tigrinya);
    expect(arabicOnly).not.toMatch(tigrinya);
  });

  it('leaves names, values, visibility logic and validators as they are', () => {
    const json = {
      pages: [
        {
          name: 'p',
          elements: [
            {
              type: 'rating',
              name: 'q',
              visibleIf: "{a} = 'x'",
              rateMin: 1,
              rateMax: 5,
              title: { default: 'Fråga', ar: 'سؤال' },
              validators: [{ type: 'numeric' }],
            },
          ],
        },
      ],
    };
    expect(surveyInOneLanguage(json, 'ar')).toEqual({
      pages: [
        {
          name: 'p',
          elements: [
            {
              type: 'rating',
              name: 'q',
              visibleIf: "{a} = 'x'",
              rateMin: 1,
              rateMax: 5,
              title: { default: 'سؤال' },
              validators: [{ type: 'numeric' }],
            },
          ],
        },
      ],
    });
  });
});
