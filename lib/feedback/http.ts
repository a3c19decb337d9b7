// The feedback endpoint as HTTP (pages/api/feedback/[code].ts serves it): publicRoute reads the body as a hostile party
// might send it, then codes become statuses and messages in the respondent's language. The 2xx is sent only after
// the insert committed. Nothing identifying is logged: no IP, no user agent, no answers (privacy rule 1, lib/log.ts).
import { getDb } from '@/lib/database';
import { isDatabaseUnavailable, type Db } from '@/db/client';
import { publicRoute, publicRefusalStatus, UNAVAILABLE_RETRY_SECONDS, type PublicRefusal } from '@/lib/auth/guarded';
import { logFailure } from '@/lib/log';
import type { SurveyLocale } from '@/surveys/types';
import { submitFeedback, type SubmitFeedbackOptions } from './submit';
import { MAX_BODY_BYTES, MAX_BODY_DEPTH, localeOfBody } from './submission';
import { feedbackErrorMessage, type FeedbackErrorCode } from './texts';

// Not guarded.ts's statusOf: that one maps the staff app's failure keys (guard.*) and answers 400 for any other; this
// one is the public feedback protocol's closed list of codes, each with its own status (409, 410, 413, 422, 429…).
const feedbackStatus: Record<FeedbackErrorCode, number> = {
  malformed_json: 400,
  invalid_body: 400,
  too_large: 413,
  unknown_channel: 404,
  round_not_open: 409,
  round_closed: 410,
  invalid_answers: 422,
  too_fast: 422,
  rate_limited: 429,
  kiosk_not_valid: 403,
  unavailable: 503,
};

// Refusals of the body itself. The survey page never sends such a body, so a person who meets one is told what
// "invalid_body" tells: reload and try again.
const refusalMessage: Record<PublicRefusal, FeedbackErrorCode> = {
  unsupported_media_type: 'invalid_body',
  cross_site: 'invalid_body',
  invalid_encoding: 'invalid_body',
  malformed_json: 'malformed_json',
  too_deep: 'invalid_body',
  forbidden_key: 'invalid_body',
  too_large: 'too_large',
};

const noStore = { 'Cache-Control': 'no-store' };

/** The route handler, on the app's database or the one `openDb` gives; tests pass their own database and options. */
export function feedbackRoute(openDb: () => Promise<Db> = getDb, options: SubmitFeedbackOptions = {}) {
  return publicRoute(
    async ({ params, body }) => {
      const code = String(params.code ?? '');
      const reply = await answerFeedback(openDb, code, body, options);
      return Response.json(reply.body, { status: reply.status, headers: reply.headers });
    },
    {
      json: { maxBytes: MAX_BODY_BYTES, maxDepth: MAX_BODY_DEPTH },
      refuse: (refusal) =>
        Response.json(
          { ok: false, code: refusal, message: feedbackErrorMessage('sv', refusalMessage[refusal]) },
          { status: publicRefusalStatus[refusal], headers: noStore },
        ),
    },
  );
}

type FeedbackReply = { status: number; headers: Record<string, string>; body: Record<string, unknown> };

async function answerFeedback(
  openDb: () => Promise<Db>,
  channelCode: string,
  body: unknown,
  options: SubmitFeedbackOptions,
): Promise<FeedbackReply> {
  try {
    const result = await submitFeedback(await openDb(), { channelCode, body }, options);
    if (result.ok)
      return { status: result.status === 'already_stored' ? 200 : 201, headers: noStore, body: { ok: true } };
    const headers: Record<string, string> = { ...noStore };
    if (result.retryAfterSeconds) headers['Retry-After'] = String(result.retryAfterSeconds);
    return {
      status: feedbackStatus[result.code],
      headers,
      body: {
        ok: false,
        code: result.code,
        message: feedbackErrorMessage(result.locale, result.code),
        errors: result.errors,
      },
    };
  } catch (error) {
    logFailure('feedback submission', error);
    const locale: SurveyLocale = localeOfBody(body);
    // Out of reach for now: the page keeps the answers and sends again with the same key (stored once).
    if (isDatabaseUnavailable(error)) {
      return {
        status: 503,
        headers: { ...noStore, 'Retry-After': String(UNAVAILABLE_RETRY_SECONDS) },
        body: { ok: false, code: 'unavailable', message: feedbackErrorMessage(locale, 'unavailable') },
      };
    }
    return {
      status: 500,
      headers: noStore,
      body: { ok: false, code: 'server_error', message: feedbackErrorMessage(locale, 'network') },
    };
  }
}
