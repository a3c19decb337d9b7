// The shape of what lives in surveys/: SurveyJS definitions (data) and the indicators declared beside them.

export type SurveyKey = 'actor-followup' | 'target-feedback';

/** Locale codes used inside SurveyJS localizable strings. `default` in the JSON is Swedish. */
export type SurveyLocale = 'sv' | 'sv-easy' | 'en' | 'ar' | 'fa' | 'prs' | 'ti' | 'so' | 'uk';

/** A plain answer value a single-valued question (radiogroup, dropdown, rating, boolean) can hold. */
export type AnswerValue = string | number | boolean;

/**
 * A named measure the dashboards and the report speak in. It reads one single-valued question and counts a
 * respondent as positive when the answer is one of `positive`. Respondents who skipped the question, or chose a
 * value in `excluded` (e.g. "don't know"), are not in the denominator.
 */
export type Indicator = {
  id: string;
  surveyKey: SurveyKey;
  questionId: string;
  positive: AnswerValue[];
  excluded?: AnswerValue[];
  label: { sv: string; en: string };
  /** One sentence, sv/en: what a high share means, for chart summaries and the report. */
  description: { sv: string; en: string };
};

/** A version of a survey: its SurveyJS JSON as loaded from surveys/<key>/v<version>.json. */
export type SurveyDefinition = {
  key: SurveyKey;
  version: number;
  json: Record<string, unknown>;
};
