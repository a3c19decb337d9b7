// Every survey version and indicator the app knows. A new version is a new file, added here; old ones stay,
// because rounds froze them.
import actorFollowupV1 from './actor-followup/v1.json';
import targetFeedbackV1 from './target-feedback/v1.json';
import { actorFollowupIndicators } from './actor-followup/indicators';
import { targetFeedbackIndicators } from './target-feedback/indicators';
import type { Indicator, SurveyDefinition, SurveyKey } from './types';

export type { AnswerValue, Indicator, SurveyDefinition, SurveyKey, SurveyLocale } from './types';

export const surveyKeys: SurveyKey[] = ['actor-followup', 'target-feedback'];

const definitions: SurveyDefinition[] = [
  { key: 'actor-followup', version: 1, json: actorFollowupV1 },
  { key: 'target-feedback', version: 1, json: targetFeedbackV1 },
];

export const indicators: Indicator[] = [...actorFollowupIndicators, ...targetFeedbackIndicators];

/** The newest version of a survey: what a round freezes when it opens. */
export function latestSurvey(key: SurveyKey): SurveyDefinition {
  const versions = definitions.filter((definition) => definition.key === key);
  return versions.reduce((newest, candidate) => (candidate.version > newest.version ? candidate : newest));
}

export function surveyVersion(key: SurveyKey, version: number): SurveyDefinition | undefined {
  return definitions.find((definition) => definition.key === key && definition.version === version);
}
