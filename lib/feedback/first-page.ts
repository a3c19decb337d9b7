// The survey's first page as plain data for plain HTML form controls, rendered on the server: a respondent on a slow
// network can answer it before SurveyJS (~350 KB gzip) has arrived. Its answers go into the SurveyJS model when that
// loads, under the same names and values. A page with anything this cannot draw exactly gives null, and the page
// then waits for SurveyJS as before.
import { indicators, type SurveyKey } from '@/surveys';
import { localizedSurveyText } from '@/lib/surveys/localized-text';

/** Faces drawn beside the numbers of a five-point scale, saddest first. */
export const FACES = ['😞', '🙁', '😐', '🙂', '😄'] as const;
/** ascending: the highest value is the best (happiest face); descending: the lowest is. */
export type FaceOrder = 'ascending' | 'descending';

/** A question shown only when another question has one answer (the one SurveyJS condition drawn without SurveyJS). */
export type ShownWhen = { question: string; equals: string };

type Common = { name: string; title: string; description: string; shownWhen: ShownWhen | null };
export type FirstPageQuestion =
  | (Common & { kind: 'radiogroup' | 'checkbox'; choices: { value: string; text: string }[] })
  | (Common & { kind: 'rating'; values: number[]; minLabel: string; maxLabel: string; faces: string[] | null })
  | (Common & { kind: 'comment'; maxLength: number | null; placeholder: string });

export type FirstPage = { questions: FirstPageQuestion[]; pageCount: number; nextText: string };

type Json = Record<string, unknown>;
const DRAWN_KEYS = new Set([
  'type',
  'name',
  'title',
  'description',
  'isRequired',
  'requiredErrorText',
  'choices',
  'visibleIf',
  'rateMin',
  'rateMax',
  'minRateDescription',
  'maxRateDescription',
  'rateDescriptionLocation',
  'displayMode',
  'maxLength',
  'placeholder',
]);

/** The first page of a survey snapshot in one language, or null when it holds anything this cannot draw exactly. */
export function firstPageOf(surveyKey: SurveyKey, definition: Json, locale: string): FirstPage | null {
  const pages = Array.isArray(definition.pages) ? (definition.pages as Json[]) : [];
  const elements = Array.isArray(pages[0]?.elements) ? (pages[0].elements as Json[]) : [];
  if (elements.length === 0 || pages[0].visibleIf) return null;
  const questions: FirstPageQuestion[] = [];
  for (const element of elements) {
    const question = drawable(surveyKey, element, locale);
    if (!question) return null;
    questions.push(question);
  }
  const next = localizedSurveyText(definition.pageNextText, locale);
  return { questions, pageCount: pages.length, nextText: next };
}

function drawable(surveyKey: SurveyKey, element: Json, locale: string): FirstPageQuestion | null {
  if (Object.keys(element).some((key) => !DRAWN_KEYS.has(key)) || typeof element.name !== 'string') return null;
  const shownWhen = element.visibleIf === undefined ? null : parseShownWhen(element.visibleIf);
  if (element.visibleIf !== undefined && !shownWhen) return null;
  const common: Common = {
    name: element.name,
    title: localizedSurveyText(element.title, locale) || element.name,
    description: localizedSurveyText(element.description, locale),
    shownWhen,
  };
  switch (element.type) {
    case 'radiogroup':
    case 'checkbox': {
      const choices = Array.isArray(element.choices) ? (element.choices as unknown[]) : [];
      const drawn = choices.map((choice) =>
        typeof choice === 'string'
          ? { value: choice, text: choice }
          : typeof choice === 'object' && choice !== null && typeof (choice as Json).value === 'string'
            ? {
                value: (choice as Json).value as string,
                text: localizedSurveyText((choice as Json).text, locale) || ((choice as Json).value as string),
              }
            : null,
      );
      if (drawn.length === 0 || drawn.some((choice) => choice === null)) return null;
      return { ...common, kind: element.type, choices: drawn as { value: string; text: string }[] };
    }
    case 'rating': {
      const min = element.rateMin ?? 1;
      const max = element.rateMax ?? 5;
      if (
        !Number.isInteger(min) ||
        !Number.isInteger(max) ||
        (max as number) <= (min as number) ||
        (max as number) - (min as number) > 10
      )
        return null;
      const values = Array.from(
        { length: (max as number) - (min as number) + 1 },
        (_, index) => (min as number) + index,
      );
      const order = ratingFaceOrder(surveyKey, element.name as string, min as number, max as number);
      return {
        ...common,
        kind: 'rating',
        values,
        minLabel: localizedSurveyText(element.minRateDescription, locale),
        maxLabel: localizedSurveyText(element.maxRateDescription, locale),
        faces:
          order && values.length === FACES.length ? (order === 'ascending' ? [...FACES] : [...FACES].reverse()) : null,
      };
    }
    case 'comment':
      return {
        ...common,
        kind: 'comment',
        maxLength: typeof element.maxLength === 'number' ? element.maxLength : null,
        placeholder: localizedSurveyText(element.placeholder, locale),
      };
    default:
      return null;
  }
}

/** `{question} = 'value'`, the only condition drawn without SurveyJS; anything else waits for SurveyJS. */
function parseShownWhen(expression: unknown): ShownWhen | null {
  const match = typeof expression === 'string' ? /^\s*\{(\w+)\}\s*=\s*'([^']*)'\s*$/.exec(expression) : null;
  return match ? { question: match[1], equals: match[2] } : null;
}

/**
 * CSS that shows each follow-up question while its condition holds, from the form's own checked inputs: before the
 * page's scripts run (on a slow network, seconds after the first page can be answered), a follow-up appears as soon as
 * its answer is chosen. The rules hold afterwards too, agreeing with the form's own `hidden` (FirstPageForm). A
 * condition whose names or value are not plain words gets no rule: it waits for the scripts, as before.
 */
export function followUpQuestionsCss(page: FirstPage): string {
  const plain = /^[\w-]+$/;
  return page.questions
    .flatMap(({ name, shownWhen }) =>
      shownWhen && [name, shownWhen.question, shownWhen.equals].every((part) => plain.test(part))
        ? [
            `.first-page:has(input[name="${shownWhen.question}"][value="${shownWhen.equals}"]:checked) ` +
              `[data-name="${name}"][hidden]{display:block}`,
          ]
        : [],
    )
    .join('\n');
}

/**
 * Which end of a rating scale gets the happy face, from the indicator that reads the question: its positive answers
 * are the good end. A scale no indicator reads has no known good end and gets no faces.
 */
export function ratingFaceOrder(
  surveyKey: SurveyKey,
  questionName: string,
  rateMin: number,
  rateMax: number,
): FaceOrder | null {
  const indicator = indicators.find(
    (candidate) => candidate.surveyKey === surveyKey && candidate.questionId === questionName,
  );
  if (!indicator) return null;
  if (indicator.positive.includes(rateMax) && !indicator.positive.includes(rateMin)) return 'ascending';
  if (indicator.positive.includes(rateMin) && !indicator.positive.includes(rateMax)) return 'descending';
  return null;
}

/** The face order of every rating question of a survey snapshot, for drawing faces in SurveyJS too. */
export function ratingFaceOrders(surveyKey: SurveyKey, definition: Json): Record<string, FaceOrder> {
  const orders: Record<string, FaceOrder> = {};
  const pages = Array.isArray(definition.pages) ? (definition.pages as Json[]) : [];
  for (const element of pages.flatMap((page) => (Array.isArray(page.elements) ? (page.elements as Json[]) : []))) {
    if (element.type !== 'rating' || typeof element.name !== 'string') continue;
    const min = typeof element.rateMin === 'number' ? element.rateMin : 1;
    const max = typeof element.rateMax === 'number' ? element.rateMax : 5;
    const order = max - min + 1 === FACES.length ? ratingFaceOrder(surveyKey, element.name, min, max) : null;
    if (order) orders[element.name] = order;
  }
  return orders;
}
