// The feedback endpoint as HTTP: size cap before parsing, JSON parsing, codes to statuses, messages in the
// respondent's language. The 2xx is sent only after the insert committed. Nothing identifying is logged: no IP,
// no user agent, no answers (privacy rule 1, lib/log.ts).
import type { Db } from '@/db/client';
import { logFailure } from '@/lib/log';
import type { SurveyLocale } from '@/surveys/types';
import { submitFeedback, type SubmitFeedbackOptions } from './submit';
import { MAX_BODY_BYTES, localeOfBody } from './submission';
import { feedbackErrorMessage, type FeedbackErrorCode } from './texts';

const statusOf: Record<FeedbackErrorCode, number> = {
  malformed_json: 400,
  invalid_body: 400,
  too_large: 413,
  unknown_channel: 404,
  round_not_open: 409,
  round_closed: 410,
  invalid_answers: 422,
  too_fast: 422,
  rate_limited: 429,
};

const noStore = { 'Cache-Control': 'no-store' };

export async function handleFeedbackRequest(
  db: Db,
  channelCode: string,
  request: Request,
  options: SubmitFeedbackOptions = {},
): Promise<Response> {
  const text = await readCapped(request, MAX_BODY_BYTES);
  if (text === null) return failure('too_large', 'sv');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return failure('malformed_json', 'sv');
  }
  try {
    const result = await submitFeedback(db, { channelCode, body }, options);
    if (result.ok) return Response.json({ ok: true }, { status: result.status === 'already_stored' ? 200 : 201, headers: noStore });
    const headers: Record<string, string> = { ...noStore };
    if (result.retryAfterSeconds) headers['Retry-After'] = String(result.retryAfterSeconds);
    return Response.json(
      { ok: false, code: result.code, message: feedbackErrorMessage(result.locale, result.code), errors: result.errors },
      { status: statusOf[result.code], headers },
    );
  } catch (error) {
    logFailure('feedback submission', error);
    const locale = localeOfBody(body);
    return Response.json({ ok: false, code: 'server_error', message: feedbackErrorMessage(locale, 'network') }, { status: 500, headers: noStore });
  }
}

function failure(code: FeedbackErrorCode, locale: SurveyLocale): Response {
  return Response.json({ ok: false, code, message: feedbackErrorMessage(locale, code) }, { status: statusOf[code], headers: noStore });
}

/** The body as text, or null as soon as it passes `maxBytes` (the rest is not read). */
async function readCapped(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > maxBytes) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
