// Storing one anonymous feedback submission. Every check fails closed and nothing is stored unless all pass
// (privacy rule 7). Results are values with codes; nothing identifying is logged (privacy rule 1).
import type { Db } from '@/db/client';
import { isoWeek } from '@/lib/dates';
import { env } from '@/lib/env';
import { isKioskTokenOfChannel } from '@/lib/kiosk/devices';
import { consumeRateLimit, rateLimitResult, type RateLimit } from '@/lib/rate-limit';
import { scrubFreeText } from '@/lib/surveys/scrub';
import { validateAnswers, type AnswerError } from '@/lib/surveys/validate-answers';
import type { SurveyLocale } from '@/surveys/types';
import { channelSnapshot, findFeedbackChannel, isPublicCode } from './channel';
import { FEEDBACK_WINDOW, storeSubmission } from './store';
import { feedbackSubmissionSchema, localeOfBody } from './submission';
import type { FeedbackErrorCode } from './texts';

export type SubmitFeedbackResult =
  /**
   * `discarded`: the trap field was filled. The caller answers exactly as for `stored`, so a bot learns nothing;
   * people never see the field, so no person's answer is lost this way.
   */
  | { ok: true; status: 'stored' | 'already_stored' | 'discarded' }
  | { ok: false; code: FeedbackErrorCode; locale: SurveyLocale; errors?: AnswerError[]; retryAfterSeconds?: number };

export type SubmitFeedbackOptions = { now?: Date; ratePerMinute?: number; minSeconds?: number };

type Failure = Extract<SubmitFeedbackResult, { ok: false }>;

export async function submitFeedback(
  db: Db,
  { channelCode, body }: { channelCode: string; body: unknown },
  options: SubmitFeedbackOptions = {},
): Promise<SubmitFeedbackResult> {
  const { ratePerMinute = env().FEEDBACK_RATE_LIMIT_PER_MINUTE, minSeconds = env().FEEDBACK_MIN_SECONDS } = options;
  const parsed = feedbackSubmissionSchema.safeParse(body);
  if (!parsed.success) return { ok: false, code: 'invalid_body', locale: localeOfBody(body) };
  const submission = parsed.data;
  const fail = (
    code: FeedbackErrorCode,
    extra: { errors?: AnswerError[]; retryAfterSeconds?: number } = {},
  ): Failure => ({
    ok: false,
    code,
    locale: submission.locale,
    ...extra,
  });

  if (submission.website?.trim()) return { ok: true, status: 'discarded' };
  if (!isPublicCode(channelCode)) return fail('unknown_channel');

  // Every attempt on a channel code counts, valid or not, so a flood of junk is throttled too.
  const rateLimit: RateLimit = { limit: ratePerMinute, ...FEEDBACK_WINDOW };
  const attemptKey = `feedback:channel:${channelCode}`;

  const snapshot = await channelSnapshot(db, channelCode);
  // "Answered with help" is a staff statement: only an enrolled, unrevoked kiosk device of this channel may make it.
  if (
    snapshot &&
    submission.answeredWithHelp &&
    !(submission.kioskToken && (await isKioskTokenOfChannel(db, snapshot.channelId, submission.kioskToken)))
  ) {
    return fail('kiosk_not_valid');
  }
  const checked = snapshot && validateAnswers(snapshot.definition, submission.answers);
  if (snapshot && checked?.ok && submission.elapsedSeconds >= minSeconds) {
    const outcome = await storeSubmission(db, {
      channel: snapshot,
      submission,
      answers: scrubFreeText(checked.answers, snapshot.definition),
      attemptKey,
      limit: rateLimit.limit,
      week: isoWeek(options.now ?? new Date()),
    });
    if (outcome.roundStatus !== 'open')
      return fail(outcome.roundStatus === 'closed' ? 'round_closed' : 'round_not_open');
    const limit = rateLimitResult(outcome, rateLimit);
    if (!limit.allowed) return fail('rate_limited', { retryAfterSeconds: limit.retryAfterSeconds });
    return { ok: true, status: outcome.stored ? 'stored' : 'already_stored' };
  }

  // Refused before storing. The attempt still counts, and the first reason is told in the order a person can act
  // on: the link, the round, the rate, then their answers.
  const [channel, limit] = await Promise.all([
    findFeedbackChannel(db, channelCode),
    consumeRateLimit(db, attemptKey, rateLimit),
  ]);
  if (!channel) return fail('unknown_channel');
  if (channel.roundStatus === 'draft') return fail('round_not_open');
  if (channel.roundStatus === 'closed') return fail('round_closed');
  if (!limit.allowed) return fail('rate_limited', { retryAfterSeconds: limit.retryAfterSeconds });
  if (checked && !checked.ok) return fail('invalid_answers', { errors: checked.errors });
  // Told to the person (not faked as success): someone who clicked through fast can look again and resend.
  if (submission.elapsedSeconds < minSeconds) return fail('too_fast');
  // Only left when the round was opened between the two lookups above: sending again works.
  return fail('round_not_open');
}
