// What the codes in a raw-response export mean: each question of a survey definition with its Swedish text, its
// choices and the indicators that read it. Pure functions over the round's frozen SurveyJS JSON, so the labels are
// the ones respondents saw, whatever later versions say.
import { localizedSurveyText } from '@/lib/surveys/localized-text';
import type { Indicator } from '@/surveys';

export type Choice = { value: string; label: string };

export type CodebookQuestion = {
  id: string;
  type: string;
  text: string;
  choices: Choice[];
  /** A matrix's rows: each is answered on its own with one of `choices` (the matrix's columns). */
  rows: Choice[];
  indicatorIds: string[];
};

type Element = Record<string, unknown>;

const NOT_ANSWERABLE = new Set(['html', 'image', 'expression']);

/** The answerable questions of a SurveyJS definition, in the order respondents meet them. */
export function codebookQuestions(definition: Record<string, unknown>, indicators: Indicator[]): CodebookQuestion[] {
  const questions: CodebookQuestion[] = [];
  const visit = (elements: unknown) => {
    if (!Array.isArray(elements)) return;
    for (const element of elements as Element[]) {
      if (Array.isArray(element.elements)) visit(element.elements);
      else if (typeof element.name === 'string' && !NOT_ANSWERABLE.has(String(element.type))) {
        questions.push({
          id: element.name,
          type: String(element.type),
          text: localizedSurveyText(element.title, 'sv') || element.name,
          choices: choicesOf(element),
          rows: element.type === 'matrix' ? choiceList(element.rows) : [],
          indicatorIds: indicators.filter((indicator) => indicator.questionId === element.name).map(({ id }) => id),
        });
      }
    }
  };
  for (const page of (definition.pages as Element[] | undefined) ?? []) visit(page.elements);
  return questions;
}

function choicesOf(element: Element): Choice[] {
  if (element.type === 'matrix') return choiceList(element.columns);
  if (element.type === 'boolean') return [];
  if (element.type === 'rating' && !Array.isArray(element.rateValues)) {
    const min = Number(element.rateMin ?? 1);
    const max = Number(element.rateMax ?? 5);
    const step = Number(element.rateStep ?? 1);
    const values: Choice[] = [];
    for (let value = min; value <= max; value += step) {
      const label =
        value === min
          ? localizedSurveyText(element.minRateDescription, 'sv')
          : value === max
            ? localizedSurveyText(element.maxRateDescription, 'sv')
            : '';
      values.push({ value: String(value), label: label ? `${value} (${label})` : String(value) });
    }
    return values;
  }
  return choiceList(element.type === 'rating' ? element.rateValues : element.choices);
}

function choiceList(items: unknown): Choice[] {
  if (!Array.isArray(items)) return [];
  return items.map((item) => {
    if (typeof item !== 'object' || item === null) return { value: String(item), label: String(item) };
    const { value, text } = item as { value: unknown; text?: unknown };
    return { value: String(value), label: localizedSurveyText(text, 'sv') || String(value) };
  });
}

/** The Swedish label of an answer code; a code the definition does not know is shown as it is. */
export function choiceLabel(choices: Choice[], value: unknown): string {
  return choices.find((choice) => choice.value === String(value))?.label ?? String(value);
}
