// Privacy rule 7: the server never trusts the client. A submission is checked against the round's frozen survey
// definition and fails closed: known question ids only, allowed values only, right types, required answers,
// length and size limits, and no answers to questions the respondent could not see.
// SurveyJS alone would silently drop unknown values and accept out-of-range ratings (see shared/LIBRARIES.md).
import { createHash } from 'node:crypto';
import { ConditionRunner, type Model, type Question } from 'survey-core';
import { createSurveyModel } from './model';

export type AnswerErrorCode =
  'not_an_object' | 'too_large' | 'unknown_question' | 'hidden_question' | 'invalid_value' | 'too_long' | 'required';

export type AnswerError = { questionId?: string; code: AnswerErrorCode };

export type ValidationResult = { ok: true; answers: Record<string, unknown> } | { ok: false; errors: AnswerError[] };

export type ValidationOptions = {
  /** Largest accepted submission, as JSON text. */
  maxBytes?: number;
  /** Longest free text where the question sets no maxLength of its own. */
  defaultMaxLength?: number;
};

export function validateAnswers(
  definition: Record<string, unknown>,
  submitted: unknown,
  { maxBytes = 32 * 1024, defaultMaxLength = 2000 }: ValidationOptions = {},
): ValidationResult {
  if (typeof submitted !== 'object' || submitted === null || Array.isArray(submitted)) {
    return { ok: false, errors: [{ code: 'not_an_object' }] };
  }
  if (Buffer.byteLength(JSON.stringify(submitted), 'utf8') > maxBytes)
    return { ok: false, errors: [{ code: 'too_large' }] };

  const questions = checkerFor(definition);
  const errors: AnswerError[] = [];
  const answers: Record<string, unknown> = {};

  for (const [questionId, value] of Object.entries(submitted)) {
    const question = questions.get(questionId);
    if (!question) {
      errors.push({ questionId, code: 'unknown_question' });
      continue;
    }
    if (isEmptyAnswer(value)) continue; // an empty answer is no answer; "required" below decides if that is allowed
    const problem = question.check(value, defaultMaxLength);
    if (problem) errors.push({ questionId, code: problem });
    else answers[questionId] = typeof value === 'object' ? structuredClone(value) : value;
  }
  if (errors.length) return { ok: false, errors };

  // Visibility depends on the answers, so it is judged with all of them in place. The conditions are run on the
  // answers directly: setting them as the model's data costs ~15 ms a call, this well under one, and the shared
  // model never holds a respondent's answers.
  for (const questionId of Object.keys(answers)) {
    if (!isShownWith(questions.get(questionId)!, answers)) errors.push({ questionId, code: 'hidden_question' });
  }
  for (const [questionId, question] of questions) {
    if (isRequiredWith(question, answers) && isShownWith(question, answers) && !(questionId in answers)) {
      errors.push({ questionId, code: 'required' });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, answers };
}

/**
 * One answerable question of a frozen survey, worked out once from its SurveyJS model into plain values: reading
 * SurveyJS's properties on every submission was most of the time a check took on the server.
 */
type CheckedQuestion = {
  /** Why `value` (not empty) is not an answer to this question, or null when it is one. */
  check: (value: unknown, defaultMaxLength: number) => AnswerErrorCode | null;
  required: boolean;
  requiredIf: ConditionRunner | null;
  /** The conditions of the question and of every panel and page around it; null when one of them is always hidden. */
  shownIf: ConditionRunner[] | null;
};

// Building a model from JSON costs ~10 ms; frozen snapshots never change, so the questions of each distinct definition
// are worked out once and reused. A checker is plain data and functions of it, so sharing it is safe.
const checkers = new Map<string, Map<string, CheckedQuestion>>();
const MAX_CACHED_CHECKERS = 50;

// The same definition object (a cached snapshot) skips hashing its ~30 KB of JSON.
const checkersByObject = new WeakMap<object, Map<string, CheckedQuestion>>();

function checkerFor(definition: Record<string, unknown>): Map<string, CheckedQuestion> {
  let checker = checkersByObject.get(definition);
  if (!checker) {
    const key = createHash('sha256').update(JSON.stringify(definition)).digest('base64');
    checker = checkers.get(key);
    if (!checker) {
      if (checkers.size >= MAX_CACHED_CHECKERS) checkers.delete(checkers.keys().next().value!);
      checker = checkedQuestions(createSurveyModel(definition));
      checkers.set(key, checker);
    }
    checkersByObject.set(definition, checker);
  }
  return checker;
}

function checkedQuestions(model: Model): Map<string, CheckedQuestion> {
  const questions = new Map<string, CheckedQuestion>();
  for (const question of model.getAllQuestions(false)) {
    const check = valueCheck(question);
    if (!check) continue; // not answerable: an answer to it is an unknown question
    questions.set(question.name, {
      check,
      required: question.isRequired,
      requiredIf: question.requiredIf ? conditionOf(question.requiredIf) : null,
      shownIf: shownIfOf(question),
    });
  }
  return questions;
}

type Conditional = { visible?: boolean; visibleIf?: string; parent?: Conditional | null };

function shownIfOf(question: Question): ConditionRunner[] | null {
  const conditions: ConditionRunner[] = [];
  for (
    let element: Conditional | null | undefined = question as unknown as Conditional;
    element;
    element = element.parent
  ) {
    // `visible` of an element with a condition reflects the model's own (empty) data, so the condition decides.
    if (element.visibleIf) conditions.push(conditionOf(element.visibleIf));
    else if (element.visible === false) return null;
  }
  return conditions;
}

const conditions = new Map<string, ConditionRunner>();

function conditionOf(expression: string): ConditionRunner {
  let runner = conditions.get(expression);
  if (!runner) {
    runner = new ConditionRunner(expression);
    conditions.set(expression, runner);
  }
  return runner;
}

/** Whether the question, and every panel and page around it, is shown given these answers. */
function isShownWith(question: CheckedQuestion, answers: Record<string, unknown>): boolean {
  return question.shownIf !== null && question.shownIf.every((condition) => condition.runValues(answers) === true);
}

function isRequiredWith(question: CheckedQuestion, answers: Record<string, unknown>): boolean {
  return question.requiredIf ? question.requiredIf.runValues(answers) === true : question.required;
}

function isEmptyAnswer(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The check of a value for this question's type, with its allowed values worked out now; null if not answerable. */
function valueCheck(question: Question): CheckedQuestion['check'] | null {
  switch (question.getType()) {
    case 'radiogroup':
    case 'dropdown': {
      const allowed = new Set(choiceValues(question));
      return (value) => (allowed.has(value) ? null : 'invalid_value');
    }
    case 'checkbox': {
      const allowed = new Set(choiceValues(question));
      const exclusive = new Set(
        question.choices
          .filter((choice: { isExclusive?: boolean }) => choice.isExclusive)
          .map((choice: { value: unknown }) => choice.value),
      );
      return (value) => {
        if (!Array.isArray(value) || value.length === 0) return 'invalid_value';
        if (new Set(value).size !== value.length || !value.every((item) => allowed.has(item))) return 'invalid_value';
        return value.length > 1 && value.some((item) => exclusive.has(item)) ? 'invalid_value' : null;
      };
    }
    case 'rating': {
      const allowed = new Set(question.visibleRateValues.map((item: { value: unknown }) => item.value));
      return (value) => (typeof value === 'number' && allowed.has(value) ? null : 'invalid_value');
    }
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? null : 'invalid_value');
    case 'comment':
    case 'text': {
      const ownMaxLength: number = question.maxLength > 0 ? question.maxLength : 0;
      return (value, defaultMaxLength) => {
        if (typeof value !== 'string') return 'invalid_value';
        return value.length > (ownMaxLength || defaultMaxLength) ? 'too_long' : null;
      };
    }
    case 'matrix': {
      const rows = new Set(question.rows.map((row: { value: unknown }) => String(row.value)));
      const columns = new Set(question.columns.map((column: { value: unknown }) => column.value));
      return (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'invalid_value';
        const entries = Object.entries(value);
        if (entries.length === 0) return 'invalid_value';
        return entries.every(([row, column]) => rows.has(row) && columns.has(column)) ? null : 'invalid_value';
      };
    }
    default:
      return null;
  }
}

function choiceValues(question: Question): unknown[] {
  return question.choices.map((choice: { value: unknown }) => choice.value);
}
