import { createSurveyModel } from './model';

/** The ids of a survey definition's free-text questions (comment and text). */
export function freeTextQuestionIds(definition: Record<string, unknown>): string[] {
  return createSurveyModel(definition)
    .getAllQuestions(false)
    .filter((question) => ['comment', 'text'].includes(question.getType()))
    .map((question) => question.name);
}
