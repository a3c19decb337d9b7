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

const ANSWERABLE = new Set(['radiogroup', 'dropdown', 'checkbox', 'rating', 'boolean', 'comment', 'text', 'matrix']);

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

  const questions = questionsOf(modelFor(definition));
  const errors: AnswerError[] = [];
  const answers: Record<string, unknown> = {};

  for (const [questionId, value] of Object.entries(submitted)) {
    const question = questions.get(questionId);
    if (!question || !ANSWERABLE.has(question.getType())) {
      errors.push({ questionId, code: 'unknown_question' });
      continue;
    }
    if (isEmptyAnswer(value)) continue; // an empty answer is no answer; "required" below decides if that is allowed
    const problem = checkValue(question, value, defaultMaxLength);
    if (problem) errors.push({ questionId, code: problem });
    else answers[questionId] = structuredClone(value);
  }
  if (errors.length) return { ok: false, errors };

  // Visibility depends on the answers, so it is judged with all of them in place. The conditions are run on the
  // answers directly: setting them as the model's data costs ~15 ms a call, this well under one, and the shared
  // model never holds a respondent's answers.
  for (const questionId of Object.keys(answers)) {
    if (!visibleWith(questions.get(questionId)!, answers)) errors.push({ questionId, code: 'hidden_question' });
  }
  for (const [questionId, question] of questions) {
    if (isRequiredWith(question, answers) && visibleWith(question, answers) && !(questionId in answers)) {
      errors.push({ questionId, code: 'required' });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, answers };
}

// Building a model from JSON costs ~10 ms; checking with a built one, well under 1 ms. Frozen snapshots never change,
// so a model per distinct definition is reused. This is safe because the check is synchronous.
const models = new Map<string, Model>();
const MAX_CACHED_MODELS = 50;

// The same definition object (a cached snapshot) skips hashing its ~30 KB of JSON.
const modelsByObject = new WeakMap<object, Model>();

function modelFor(definition: Record<string, unknown>): Model {
  const known = modelsByObject.get(definition);
  if (known) return known;
  const model = modelForJson(definition);
  modelsByObject.set(definition, model);
  return model;
}

function modelForJson(definition: Record<string, unknown>): Model {
  const key = createHash('sha256').update(JSON.stringify(definition)).digest('base64');
  let model = models.get(key);
  if (!model) {
    if (models.size >= MAX_CACHED_MODELS) models.delete(models.keys().next().value!);
    model = createSurveyModel(definition);
    models.set(key, model);
  }
  return model;
}

// Per built model (so per frozen snapshot), its questions by name and each question's allowed values, worked out
// once: the model never changes, and these lists were a large part of checking a submission.
const questionsByModel = new WeakMap<Model, Map<string, Question>>();
const allowedByQuestion = new WeakMap<Question, unknown[]>();

function questionsOf(model: Model): Map<string, Question> {
  let questions = questionsByModel.get(model);
  if (!questions) {
    questions = new Map(model.getAllQuestions(false).map((question) => [question.name, question] as const));
    questionsByModel.set(model, questions);
  }
  return questions;
}

function allowedValues(question: Question, values: (question: Question) => unknown[]): unknown[] {
  let allowed = allowedByQuestion.get(question);
  if (!allowed) {
    allowed = values(question);
    allowedByQuestion.set(question, allowed);
  }
  return allowed;
}

type Conditional = { visible?: boolean; visibleIf?: string; parent?: Conditional | null };

const conditions = new Map<string, ConditionRunner>();

function conditionHolds(expression: string, answers: Record<string, unknown>): boolean {
  let runner = conditions.get(expression);
  if (!runner) {
    runner = new ConditionRunner(expression);
    conditions.set(expression, runner);
  }
  return runner.runValues(answers) === true;
}

/** Whether the question, and every panel and page around it, is shown given these answers. */
function visibleWith(question: Question, answers: Record<string, unknown>): boolean {
  for (
    let element: Conditional | null | undefined = question as unknown as Conditional;
    element;
    element = element.parent
  ) {
    // `visible` of an element with a condition reflects the model's own (empty) data, so the condition decides.
    const shown = element.visibleIf ? conditionHolds(element.visibleIf, answers) : element.visible !== false;
    if (!shown) return false;
  }
  return true;
}

function isRequiredWith(question: Question, answers: Record<string, unknown>): boolean {
  return question.requiredIf ? conditionHolds(question.requiredIf, answers) : question.isRequired;
}

function isEmptyAnswer(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function checkValue(question: Question, value: unknown, defaultMaxLength: number): AnswerErrorCode | null {
  switch (question.getType()) {
    case 'radiogroup':
    case 'dropdown':
      return allowedValues(question, choiceValues).includes(value as string) ? null : 'invalid_value';
    case 'checkbox': {
      if (!Array.isArray(value) || value.length === 0) return 'invalid_value';
      const allowed = allowedValues(question, choiceValues);
      if (new Set(value).size !== value.length || !value.every((item) => allowed.includes(item)))
        return 'invalid_value';
      const exclusive = question.choices
        .filter((choice: { isExclusive?: boolean }) => choice.isExclusive)
        .map((choice: { value: unknown }) => choice.value);
      return value.length > 1 && value.some((item) => exclusive.includes(item)) ? 'invalid_value' : null;
    }
    case 'rating': {
      const allowed = allowedValues(question, (rating) =>
        rating.visibleRateValues.map((item: { value: unknown }) => item.value),
      );
      return typeof value === 'number' && allowed.includes(value) ? null : 'invalid_value';
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : 'invalid_value';
    case 'comment':
    case 'text': {
      if (typeof value !== 'string') return 'invalid_value';
      const maxLength = question.maxLength > 0 ? question.maxLength : defaultMaxLength;
      return value.length > maxLength ? 'too_long' : null;
    }
    case 'matrix': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'invalid_value';
      const rows = question.rows.map((row: { value: unknown }) => String(row.value));
      const columns = question.columns.map((column: { value: unknown }) => column.value);
      const entries = Object.entries(value);
      if (entries.length === 0) return 'invalid_value';
      return entries.every(([row, column]) => rows.includes(row) && columns.includes(column)) ? null : 'invalid_value';
    }
    default:
      return 'invalid_value';
  }
}

function choiceValues(question: Question): unknown[] {
  return question.choices.map((choice: { value: unknown }) => choice.value);
}
