// The shape of a feedback submission as the browser sends it, parsed before anything else.
import { z } from 'zod';
import { surveyLanguages } from '@/lib/i18n/locales';
import type { SurveyLocale } from '@/surveys/types';

export const MAX_BODY_BYTES = 64 * 1024;
/** Deeper than any answer the survey has (a matrix is three levels inside the body); checked before parsing. */
export const MAX_BODY_DEPTH = 8;

const localeCodes = surveyLanguages.map((language) => language.code) as [SurveyLocale, ...SurveyLocale[]];

export const feedbackSubmissionSchema = z.strictObject({
  idempotencyKey: z.uuid(),
  locale: z.enum(localeCodes),
  answers: z.record(z.string().max(100), z.unknown()),
  /** Seconds from opening the survey to sending it; only compared with a floor, never stored. */
  elapsedSeconds: z
    .number()
    .min(0)
    .max(7 * 24 * 3600),
  /** The hidden trap field: people never see it, so anything in it came from a form-filling bot. */
  website: z.string().max(1000).optional(),
  /** Staff on a kiosk device marked "answered with help"; accepted only with that device's token (submit.ts). */
  answeredWithHelp: z.boolean().optional(),
  /** The enrolled kiosk device's token; checked, never stored. */
  kioskToken: z.string().max(100).optional(),
});

export type FeedbackSubmission = z.infer<typeof feedbackSubmissionSchema>;

/** The respondent's language as far as it can be read from a body that may be otherwise invalid; Swedish if not. */
export function localeOfBody(body: unknown): SurveyLocale {
  const locale = typeof body === 'object' && body !== null ? (body as { locale?: unknown }).locale : undefined;
  return localeCodes.includes(locale as SurveyLocale) ? (locale as SurveyLocale) : 'sv';
}
