// The feedback endpoint as the app serves it (pages/api/feedback/[code].ts over real HTTP, the one way in), tried as
// a page on another site or a hostile client would: each refusal has its status and stores nothing.
import { request as httpRequest } from 'node:http';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openPostgres, queryRows, type DatabaseHandle, type Db } from '@/db/client';
import { feedbackRoute } from '@/lib/feedback/http';
import { MAX_BODY_BYTES } from '@/lib/feedback/submission';
import { respondentTexts } from '@/lib/feedback/texts';
import { CLOSED_CHANNEL, OPEN_CHANNEL, submission } from './support/feedback';
import { serveNodeApi } from './support/node-api-server';
import { openTestDatabase } from './support/test-database';

type Reply = { status: number; body: Record<string, unknown>; headers: Headers };

const HOST = 'feedback.halland.test';

describe('the feedback route, as a hostile party would use it', () => {
  let database: DatabaseHandle;
  let db: Db;
  let server: Awaited<ReturnType<typeof serveNodeApi>>;
  beforeAll(async () => {
    database = await openTestDatabase();
    db = database.db;
    // The app's own route module, on this test's database.
    (globalThis as { appDatabase?: Promise<DatabaseHandle> }).appDatabase = Promise.resolve(database);
    server = await serveNodeApi((await import('@/pages/api/feedback/[code]')).default, 'code');
  });
  afterAll(async () => {
    await server?.close();
    (globalThis as { appDatabase?: unknown }).appDatabase = undefined;
    await database.close();
  });

  async function storedCount(): Promise<number> {
    const [row] = await queryRows<{ count: number }>(
      db,
      sql`select count(*)::int as count from responses where not is_demo`,
    );
    return row.count;
  }

  function request(
    code: string,
    body: BodyInit,
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ) {
    return new Request(`http://${HOST}/api/feedback/${code}`, {
      method: 'POST',
      headers: { host: HOST, ...headers },
      body,
      duplex: 'half',
    } as RequestInit);
  }

  async function send(
    code: string,
    body: string | Buffer | 'endless',
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ): Promise<Reply> {
    const reply = await server.send(`/api/feedback/${code}`, { host: HOST, ...headers }, body);
    return { status: reply.status, body: JSON.parse(reply.text) as Record<string, unknown>, headers: reply.headers };
  }

  const valid = () => JSON.stringify(submission());
  const json = { 'content-type': 'application/json' };

  it.each([
    [
      'text/plain from a page elsewhere (fetch no-cors)',
      { 'content-type': 'text/plain', origin: 'https://evil.example' },
      403,
      'cross_site',
    ],
    ['JSON from a page elsewhere', { ...json, origin: 'https://evil.example' }, 403, 'cross_site'],
    ['JSON that the browser marks cross-site', { ...json, 'sec-fetch-site': 'cross-site' }, 403, 'cross_site'],
    [
      'JSON from a sibling site',
      { ...json, 'sec-fetch-site': 'same-site', origin: `https://other.${HOST}` },
      403,
      'cross_site',
    ],
    ['an opaque origin (sandboxed frame)', { ...json, origin: 'null' }, 403, 'cross_site'],
    ['text/plain', { 'content-type': 'text/plain' }, 415, 'unsupported_media_type'],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }, 415, 'unsupported_media_type'],
    ['no content type', {}, 415, 'unsupported_media_type'],
    [
      'JSON in another character set',
      { 'content-type': 'application/json; charset=latin1' },
      415,
      'unsupported_media_type',
    ],
  ])('a valid answer sent as %s is refused and nothing is stored', async (_case, headers, status, code) => {
    const before = await storedCount();
    const reply = await send(OPEN_CHANNEL, valid(), headers as Record<string, string>);
    expect({ status: reply.status, code: reply.body.code }).toEqual({ status, code });
    expect(reply.body.message).toBe(respondentTexts.sv.errors.invalid_body);
    expect(await storedCount()).toBe(before);
  });

  it('takes the same answer from this site’s own page (same origin, as the browser says)', async () => {
    const reply = await send(OPEN_CHANNEL, valid(), {
      ...json,
      origin: `http://${HOST}`,
      'sec-fetch-site': 'same-origin',
    });
    expect(reply.status).toBe(201);
  });

  it('refuses answers nested 5,000 levels deep with 400 before any validation, and stores nothing', async () => {
    const before = await storedCount();
    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    const body = JSON.stringify(submission()).replace('"answers":{', `"answers":{"comment_deep":${deep},`);
    const reply = await send(OPEN_CHANNEL, body);
    expect({ status: reply.status, code: reply.body.code }).toEqual({ status: 400, code: 'too_deep' });
    expect(await storedCount()).toBe(before);
  });

  it.each([
    ['answers.__proto__', (body: string) => body.replace('"answers":{', '"answers":{"__proto__":{"x":1},')],
    ['a top-level constructor', (body: string) => body.replace('{', '{"constructor":1,')],
    [
      'a prototype key deep inside',
      (body: string) => body.replace('"answers":{', '"answers":{"matrix":{"prototype":"yes"},'),
    ],
  ])('refuses %s with 422 and stores nothing (parsing would have dropped it silently)', async (_case, edit) => {
    const before = await storedCount();
    const reply = await send(OPEN_CHANNEL, edit(valid()));
    expect({ status: reply.status, code: reply.body.code }).toEqual({ status: 422, code: 'forbidden_key' });
    expect(await storedCount()).toBe(before);
  });

  it('refuses invalid UTF-8 in a free-text answer with 400 instead of storing U+FFFD', async () => {
    const before = await storedCount();
    const text = JSON.stringify(
      submission({ answers: { offered_support: 'no', know_where_to_turn: 'no', comment: 'ok XX ok' } }),
    );
    const bytes = Buffer.from(text, 'utf8');
    const at = bytes.indexOf('XX');
    bytes[at] = 0xc3; // a lead byte…
    bytes[at + 1] = 0x28; // …followed by no continuation byte
    const reply = await send(OPEN_CHANNEL, bytes);
    expect({ status: reply.status, code: reply.body.code }).toEqual({ status: 400, code: 'invalid_encoding' });
    expect(await storedCount()).toBe(before);
  });

  it('answers 503 with Retry-After, in the respondent’s language, when the database cannot be reached', async () => {
    // A PostgreSQL server nobody listens on: every statement fails to connect.
    const unreachable = await openPostgres('postgres://postgres@127.0.0.1:1/none', { migrate: false, max: 1 });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const route = feedbackRoute(async () => unreachable.db);
      const response = await route(request(OPEN_CHANNEL, JSON.stringify(submission({ locale: 'ar' }))), {
        params: Promise.resolve({ code: OPEN_CHANNEL }),
      });
      expect(response.status).toBe(503);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await response.json()).toMatchObject({
        code: 'unavailable',
        message: respondentTexts.ar.errors.unavailable,
      });
      // Opening the database fails the same way.
      const cannotOpen = feedbackRoute(() =>
        Promise.reject(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })),
      );
      const refused = await cannotOpen(request(OPEN_CHANNEL, valid()), {
        params: Promise.resolve({ code: OPEN_CHANNEL }),
      });
      expect(refused.status).toBe(503);
    } finally {
      spy.mockRestore();
      await unreachable.close();
    }
  });

  it('a retry gets the same answer and stores nothing new', async () => {
    const body = valid();
    const first = await send(OPEN_CHANNEL, body);
    const retry = await send(OPEN_CHANNEL, body);
    expect([first.status, retry.status]).toEqual([201, 200]);
    expect(retry.body).toEqual(first.body);
  });

  it('answers JSON that is never cached', async () => {
    const { headers } = await send(OPEN_CHANNEL, valid());
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('cache-control')).toBe('no-store');
  });

  it('keeps privacy rule 1: no cookie, and no IP address, user agent or free text in the logs', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level));
    const stdout = vi.spyOn(process.stdout, 'write');
    const secret = 'Mitt namn är Amina och jag bor på rum 12';
    const headers = { ...json, 'x-forwarded-for': '203.0.113.77', 'user-agent': 'SecretPhone/1.0' };
    const answers = { offered_support: 'no', know_where_to_turn: 'no', comment: secret };
    const sent = [
      [OPEN_CHANNEL, JSON.stringify(submission({ answers }))],
      [CLOSED_CHANNEL, JSON.stringify(submission({ answers }))],
      [OPEN_CHANNEL, JSON.stringify(submission({ answers: { ...answers, bogus: secret } }))],
      [OPEN_CHANNEL, `{"answers": "${secret}"`],
    ];
    const cookies = [];
    for (const [code, body] of sent) cookies.push((await send(code, body, headers)).headers.get('set-cookie'));
    const logged = JSON.stringify([...spies.flatMap((spy) => spy.mock.calls), ...stdout.mock.calls]);
    for (const spy of [...spies, stdout]) spy.mockRestore();
    expect(cookies).toEqual([null, null, null, null]);
    for (const secretPart of ['203.0.113.77', 'SecretPhone', 'Amina']) expect(logged).not.toContain(secretPart);
  });

  it('stores nothing from a phone that lost its connection mid-body, and keeps serving', async () => {
    const before = await storedCount();
    const body = valid();
    await new Promise<void>((resolve) => {
      const outgoing = httpRequest({
        port: server.port,
        path: `/api/feedback/${OPEN_CHANNEL}`,
        method: 'POST',
        headers: { host: HOST, ...json, 'content-length': String(Buffer.byteLength(body)) },
        agent: false,
      });
      outgoing.on('error', () => undefined).on('close', () => resolve());
      outgoing.write(body.slice(0, 40), () => setTimeout(() => outgoing.destroy(), 50));
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await storedCount()).toBe(before);
    expect((await send(OPEN_CHANNEL, valid())).status).toBe(201);
  });

  it('stops reading a body that grows past the cap without saying its length, and keeps serving', async () => {
    // A body that never ends: an answer at all means the route stopped reading at the cap.
    const refused = await send(OPEN_CHANNEL, 'endless');
    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({ code: 'too_large' });
    expect((await send(OPEN_CHANNEL, JSON.stringify(submission({ pad: 'x'.repeat(MAX_BODY_BYTES) })))).status).toBe(
      413,
    );
    expect((await send(OPEN_CHANNEL, valid())).status).toBe(201);
  });
});
