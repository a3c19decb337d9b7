// Storing one anonymous feedback submission. Every check fails closed and nothing is stored unless all pass
// (privacy rule 7). Results are values with codes; nothing identifying is logged (privacy rule 1).
import { responses } from '@/db/schema';
import type { Db } from '@/db/client';
import { isoWeek } from '@/lib/dates';
import { env } from '@/lib/env';
import { consumeRateLimit } from '@/lib/rate-limit';
import { scrubFreeText } from '@/lib/surveys/scrub';
import { validateAnswers, type AnswerError } from '@/lib/surveys/validate-answers';
import type { SurveyLocale } from '@/surveys/types';
import { findFeedbackChannel, isPublicCode } from './channel';
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

export async function submitFeedback(
  db: Db,
  { channelCode, body }: { channelCode: string; body: unknown },
  options: SubmitFeedbackOptions = {},
): Promise<SubmitFeedbackResult> {
  const { ratePerMinute = env().FEEDBACK_RATE_LIMIT_PER_MINUTE, minSeconds = env().FEEDBACK_MIN_SECONDS } = options;
  const parsed = feedbackSubmissionSchema.safeParse(body);
  if (!parsed.success) return { ok: false, code: 'invalid_body', locale: localeOfBody(body) };
  const submission = parsed.data;
  const fail = (code: FeedbackErrorCode, extra: { errors?: AnswerError[]; retryAfterSeconds?: number } = {}) =>
    ({ ok: false, code, locale: submission.locale, ...extra }) as const;

  if (submission.website?.trim()) return { ok: true, status: 'discarded' };

  if (!isPublicCode(channelCode)) return fail('unknown_channel');
  // Every attempt on a channel code counts, valid or not, so a flood of junk is throttled too. The count and the
  // lookup run side by side: one round trip of waiting instead of two.
  const [channel, limit] = await Promise.all([
    findFeedbackChannel(db, channelCode),
    consumeRateLimit(db, `feedback:channel:${channelCode}`, { limit: ratePerMinute, windowSeconds: 60 }),
  ]);
  if (!channel) return fail('unknown_channel');
  if (channel.roundStatus === 'draft') return fail('round_not_open');
  if (channel.roundStatus === 'closed') return fail('round_closed');
  if (!limit.allowed) return fail('rate_limited', { retryAfterSeconds: limit.retryAfterSeconds });

  const checked = validateAnswers(channel.definition, submission.answers);
  if (!checked.ok) return fail('invalid_answers', { errors: checked.errors });
  // Told to the person (not faked as success): someone who clicked through fast can look again and resend.
  if (submission.elapsedSeconds < minSeconds) return fail('too_fast');

  const answers = scrubFreeText(checked.answers, channel.definition);
  // One statement, so PostgreSQL runs it as one transaction of its own (an explicit BEGIN/COMMIT would only add two
  // round trips); the caller answers 2xx only after it returned, i.e. committed. A retried key inserts nothing.
  const inserted = await db
    .insert(responses)
    .values({
      idempotencyKey: submission.idempotencyKey,
      roundId: channel.roundId,
      surveyKey: 'target-feedback',
      surveyVersion: channel.surveyVersion,
      channelId: channel.channelId,
      locale: submission.locale,
      answers,
      submittedWeek: isoWeek(options.now ?? new Date()),
    })
    .onConflictDoNothing({ target: responses.idempotencyKey })
    .returning({ id: responses.id });
  return { ok: true, status: inserted.length ? 'stored' : 'already_stored' };
}
