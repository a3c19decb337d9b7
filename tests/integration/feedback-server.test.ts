import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle, Db } from '@/db/client';
import { feedbackFastPath, handleFeedbackRequest } from '@/lib/feedback/http';
import { MAX_BODY_BYTES } from '@/lib/feedback/submission';
import { securityHeaders } from '@/lib/security-headers';
import { CLOSED_CHANNEL, OPEN_CHANNEL, submission } from './support/feedback';
import { openTestDatabase } from './support/test-database';

type Reply = { status: number; body: unknown; headers: Headers };

describe('the production server’s feedback path (server.ts) answers exactly as the app route does', () => {
  let database: DatabaseHandle;
  let db: Db;
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    database = await openTestDatabase();
    db = database.db;
    // server.ts's listener, with a stand-in for Next.js.
    server = createServer(feedbackFastPath(async () => db, (_request, response) => response.writeHead(418).end()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await database.close();
  });

  const init = (body: string | ReadableStream): RequestInit =>
    ({ method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' }) as RequestInit;

  async function read(response: Response): Promise<Reply> {
    return { status: response.status, body: await response.json(), headers: response.headers };
  }
  const throughServer = async (code: string, body: string | ReadableStream) => read(await fetch(`${origin}/api/feedback/${code}`, init(body)));
  const throughRoute = async (code: string, body: string) =>
    read(await handleFeedbackRequest(db, code, new Request(`http://localhost/api/feedback/${code}`, init(body))));

  /** The same request to both; each gets its own idempotency key so that neither sees the other's row. */
  async function both(code: string, makeBody: () => string): Promise<[Reply, Reply]> {
    return [await throughRoute(code, makeBody()), await throughServer(code, makeBody())];
  }

  it.each([
    ['a valid answer', OPEN_CHANNEL, () => JSON.stringify(submission()), 201],
    ['malformed JSON', OPEN_CHANNEL, () => '{"answers": ', 400],
    ['an unknown key', OPEN_CHANNEL, () => JSON.stringify({ ...submission(), extra: 1 }), 400],
    ['a wrong channel', 'nosuch1', () => JSON.stringify(submission()), 404],
    ['a closed round', CLOSED_CHANNEL, () => JSON.stringify(submission({ locale: 'ar' })), 410],
    ['a value the survey does not allow', OPEN_CHANNEL, () => JSON.stringify(submission({ answers: { offered_support: 'maybe' } })), 422],
    ['a body over the size cap', OPEN_CHANNEL, () => JSON.stringify(submission({ website: '', pad: 'x'.repeat(MAX_BODY_BYTES) })), 413],
  ])('%s gets the same status and body', async (_case, code, makeBody, status) => {
    const [route, fast] = await both(code, makeBody);
    expect(fast.status).toBe(status);
    expect(route.status).toBe(status);
    expect(fast.body).toEqual(route.body);
  });

  it('a retry gets the same answer and stores nothing new', async () => {
    const body = JSON.stringify(submission());
    const first = await throughServer(OPEN_CHANNEL, body);
    const retry = await throughServer(OPEN_CHANNEL, body);
    expect([first.status, retry.status]).toEqual([201, 200]);
    expect(retry.body).toEqual(first.body);
  });

  it('sends the security headers Next.js sends, as JSON that is never cached', async () => {
    const { headers } = await throughServer(OPEN_CHANNEL, JSON.stringify(submission()));
    for (const [name, value] of Object.entries(securityHeaders)) expect(headers.get(name)).toBe(value);
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('cache-control')).toBe('no-store');
  });

  it('leaves every other request to Next.js', async () => {
    expect((await fetch(`${origin}/api/feedback/${OPEN_CHANNEL}`)).status).toBe(418);
    expect((await fetch(`${origin}/f/${OPEN_CHANNEL}/sv`, { method: 'POST', body: '{}' })).status).toBe(418);
  });

  it('keeps privacy rule 1 on this path too: no cookie, and no IP address, user agent or free text in the logs', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level));
    const secret = 'Mitt namn är Amina och jag bor på rum 12';
    const headers = { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.77', 'user-agent': 'SecretPhone/1.0' };
    const answers = { offered_support: 'no', know_where_to_turn: 'no', comment: secret };
    const sent = [
      [OPEN_CHANNEL, JSON.stringify(submission({ answers }))],
      [CLOSED_CHANNEL, JSON.stringify(submission({ answers }))],
      [OPEN_CHANNEL, JSON.stringify(submission({ answers: { ...answers, bogus: secret } }))],
      [OPEN_CHANNEL, `{"answers": "${secret}"`],
    ];
    const cookies = [];
    for (const [code, body] of sent) {
      const response = await fetch(`${origin}/api/feedback/${code}`, { method: 'POST', headers, body });
      cookies.push(response.headers.get('set-cookie'));
    }
    const logged = JSON.stringify(spies.flatMap((spy) => spy.mock.calls));
    for (const spy of spies) spy.mockRestore();
    expect(cookies).toEqual([null, null, null, null]);
    for (const secretPart of ['203.0.113.77', 'SecretPhone', 'Amina']) expect(logged).not.toContain(secretPart);
  });

  it('stops reading a body that grows past the cap without saying its length, and keeps serving', async () => {
    // A body that never ends: an answer at all means the server stopped reading at the cap.
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    const endless = new ReadableStream<Uint8Array>({ pull: (controller) => controller.enqueue(chunk) });
    const refused = await throughServer(OPEN_CHANNEL, endless);
    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({ code: 'too_large' });
    expect((await throughServer(OPEN_CHANNEL, JSON.stringify(submission()))).status).toBe(201);
  });
});
