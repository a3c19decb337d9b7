// The feedback endpoint as HTTP, for the app route and the production server alike: size cap before parsing, JSON
// parsing, codes to statuses, messages in the respondent's language. The 2xx is sent only after the insert
// committed. Nothing identifying is logged: no IP, no user agent, no answers (privacy rule 1, lib/log.ts).
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Db } from '@/db/client';
import { logFailure } from '@/lib/log';
import { securityHeaders } from '@/lib/security-headers';
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
  kiosk_not_valid: 403,
};

const noStore = { 'Cache-Control': 'no-store' };

const FEEDBACK_PATH = /^\/api\/feedback\/([^/?#]+)\/?(?:\?.*)?$/;

/** The channel code when the request is a feedback submission (POST /api/feedback/:code), else null. */
export function feedbackCodeOf(method: string | undefined, url: string | undefined): string | null {
  return method === 'POST' ? (FEEDBACK_PATH.exec(url ?? '')?.[1] ?? null) : null;
}

/**
 * The production server's request listener (server.ts): feedback submissions are answered here, every other request
 * goes to `other` (Next.js).
 */
export function feedbackFastPath(openDb: () => Promise<Db>, other: RequestListener): RequestListener {
  return (request, response) => {
    const code = feedbackCodeOf(request.method, request.url);
    if (!code) return void other(request, response);
    // The code goes as it came: only [a-z0-9] is a code, anything else is answered 404. serveFeedback answers every
    // failure itself; only opening the database can fail here.
    openDb()
      .then((db) => serveFeedback(db, code, request, response))
      .catch((error: unknown) => {
        logFailure('feedback request', error);
        response.destroy();
      });
  };
}

/** What to answer: the same for both ways in below. */
type FeedbackReply = { status: number; headers: Record<string, string>; body: Record<string, unknown> };

/** The body as it arrives: its declared length, if any, and its bytes. */
type IncomingBody = { declaredLength: number; chunks: AsyncIterable<Uint8Array> | null };

/** The app route's way in: `next dev`, and any request that does not come through server.ts. */
export async function handleFeedbackRequest(
  db: Db,
  channelCode: string,
  request: Request,
  options: SubmitFeedbackOptions = {},
): Promise<Response> {
  const incoming = { declaredLength: Number(request.headers.get('content-length')), chunks: request.body };
  const reply = await answerFeedback(db, channelCode, incoming, options);
  return Response.json(reply.body, { status: reply.status, headers: reply.headers });
}

/**
 * The production server's way in (server.ts): the same answers without Next.js's request pipeline, which costs
 * several times the CPU of storing a submission. Next.js adds the security headers to its own responses; here they
 * are added by hand.
 */
async function serveFeedback(
  db: Db,
  channelCode: string,
  request: IncomingMessage,
  response: ServerResponse,
  options: SubmitFeedbackOptions = {},
): Promise<void> {
  try {
    // Not destroyed when reading stops early: the 413 still has to go out on this connection.
    const incoming = { declaredLength: Number(request.headers['content-length']), chunks: request.iterator({ destroyOnReturn: false }) };
    const reply = await answerFeedback(db, channelCode, incoming, options);
    // An oversized body is left unread, so the connection cannot be reused.
    const connection: Record<string, string> = reply.status === 413 ? { Connection: 'close' } : {};
    const json = JSON.stringify(reply.body);
    response.writeHead(reply.status, {
      ...securityHeaders,
      'Content-Type': 'application/json',
      'Content-Length': String(Buffer.byteLength(json)),
      ...reply.headers,
      ...connection,
    });
    response.end(json);
  } catch (error) {
    // The sender went away mid-body; there is no one to answer.
    logFailure('feedback request', error);
    response.destroy();
  }
}

async function answerFeedback(db: Db, channelCode: string, incoming: IncomingBody, options: SubmitFeedbackOptions): Promise<FeedbackReply> {
  const text = await readCapped(incoming, MAX_BODY_BYTES);
  if (text === null) return failure('too_large', 'sv');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return failure('malformed_json', 'sv');
  }
  try {
    const result = await submitFeedback(db, { channelCode, body }, options);
    if (result.ok) return { status: result.status === 'already_stored' ? 200 : 201, headers: noStore, body: { ok: true } };
    const headers: Record<string, string> = { ...noStore };
    if (result.retryAfterSeconds) headers['Retry-After'] = String(result.retryAfterSeconds);
    return {
      status: statusOf[result.code],
      headers,
      body: { ok: false, code: result.code, message: feedbackErrorMessage(result.locale, result.code), errors: result.errors },
    };
  } catch (error) {
    logFailure('feedback submission', error);
    const locale = localeOfBody(body);
    return { status: 500, headers: noStore, body: { ok: false, code: 'server_error', message: feedbackErrorMessage(locale, 'network') } };
  }
}

function failure(code: FeedbackErrorCode, locale: SurveyLocale): FeedbackReply {
  return { status: statusOf[code], headers: noStore, body: { ok: false, code, message: feedbackErrorMessage(locale, code) } };
}

/** The body as text, or null as soon as it passes `maxBytes` (the rest is not read). */
async function readCapped({ declaredLength, chunks }: IncomingBody, maxBytes: number): Promise<string | null> {
  if (declaredLength > maxBytes) return null;
  if (!chunks) return '';
  const read: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    if (size > maxBytes) return null; // leaving the loop stops the stream
    read.push(chunk);
  }
  return Buffer.concat(read).toString('utf8');
}
