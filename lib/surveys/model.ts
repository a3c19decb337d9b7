// The one way to build a SurveyJS model, on the server or in the browser.
import { Model, surveyLocalization } from 'survey-core';

// Our survey JSON writes Swedish as "default"; SurveyJS would otherwise take "default" to mean English,
// and choosing English would show the Swedish texts.
surveyLocalization.defaultLocale = 'sv';

export function createSurveyModel(json: Record<string, unknown>): Model {
  return new Model(json);
}
