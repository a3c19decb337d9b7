// Makes plausible answers to any survey definition, for demo data only. Answers lean positive with probability
// `positivity` (choices and ratings are written best-first / highest-best in our surveys), and hidden questions
// stay unanswered, exactly as a real respondent's would.
import type { Model, Question } from 'survey-core';

export type Random = () => number;

/** A small seeded generator (mulberry32), so that the demo data is the same on every machine. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const EXCLUSIVE_VALUES = new Set(['none', 'other_none', 'prefer_not']);
const NEUTRAL_VALUES = new Set(['dont_know', 'prefer_not']);

export type AnswerPlan = {
  random: Random;
  /** 0..1, per question: how likely the answer is on the good side. */
  positivity: (questionName: string) => number;
  /** Free text to use, or undefined to leave a comment question empty. */
  freeText: (questionName: string) => string | undefined;
  /** How likely an optional question is skipped. */
  skipOptional?: number;
};

export function generateAnswers(survey: Model, plan: AnswerPlan): Record<string, unknown> {
  survey.clear(true, true);
  for (const question of survey.getAllQuestions(false)) {
    if (!question.isVisible) continue; // reads the answers set so far, through visibleIf
    if (!question.isRequired && plan.random() < (plan.skipOptional ?? 0.1)) continue;
    const value = answerFor(question, plan);
    if (value !== undefined) survey.setValue(question.name, value);
  }
  return JSON.parse(JSON.stringify(survey.data)) as Record<string, unknown>;
}

function answerFor(question: Question, plan: AnswerPlan): unknown {
  const p = plan.positivity(question.name);
  const type = question.getType();
  if (type === 'comment' || type === 'text') return plan.freeText(question.name);
  if (type === 'boolean') return plan.random() < p;
  if (type === 'rating') {
    const values: number[] = question.visibleRateValues.map((item: { value: number }) => Number(item.value));
    const best = [...values].sort((a, b) => b - a);
    return pickOrdered(best, p, plan.random);
  }
  if (type === 'radiogroup' || type === 'dropdown') {
    const values = choiceValues(question);
    const ordered = values.filter((value) => !NEUTRAL_VALUES.has(value));
    if (plan.random() < 0.06 && ordered.length < values.length)
      return values.find((value) => NEUTRAL_VALUES.has(value));
    return pickOrdered(ordered, p, plan.random);
  }
  if (type === 'checkbox') {
    const values = choiceValues(question).filter((value) => !EXCLUSIVE_VALUES.has(value));
    const picked = values.filter(() => plan.random() < 0.3);
    if (picked.length) return picked;
    const exclusive = choiceValues(question).find((value) => EXCLUSIVE_VALUES.has(value));
    return exclusive ? [exclusive] : [values[0]];
  }
  if (type === 'matrix') {
    const columns: string[] = question.columns.map((column: { value: string }) => String(column.value));
    const ordered = columns.filter((value) => !NEUTRAL_VALUES.has(value));
    return Object.fromEntries(
      question.rows.map((row: { value: string }) => [String(row.value), pickOrdered(ordered, p, plan.random)]),
    );
  }
  return undefined;
}

function choiceValues(question: Question): string[] {
  return question.choices.map((choice: { value: unknown }) => String(choice.value));
}

/** With probability p, a value from the better half of `ordered` (best first); otherwise from the worse half. */
function pickOrdered<T>(ordered: T[], p: number, random: Random): T {
  const half = Math.ceil(ordered.length / 2);
  const [from, to] = random() < p ? [0, half] : [half, ordered.length];
  const span = Math.max(1, to - from);
  return ordered[Math.min(ordered.length - 1, from + Math.floor(random() * span))];
}
