import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows, type DatabaseHandle, type Db } from '@/db/client';
import { channels, rounds } from '@/db/schema';
import { isoWeek } from '@/lib/dates';
import { feedbackRoute } from '@/lib/feedback/http';
import { respondentTexts } from '@/lib/feedback/texts';
import { CLOSED_CHANNEL, OPEN_CHANNEL, roundWithChannel, submission } from './support/feedback';
import { releaseAll } from './support/release';
import { openTestDatabase } from './support/test-database';

function send(db: Db, code: string, body: unknown, options = {}, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/feedback/${code}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return feedbackRoute(async () => db, options)(request, { params: Promise.resolve({ code }) });
}

async function storedWithKey(db: Db, key: string) {
  return queryRows<{ answers: Record<string, unknown>; submitted_week: string; locale: string; channel_id: number }>(
    db,
    // Stored means held or released: a submission waits in held_responses until a release (tests/integration/held-answers).
    sql`select answers, submitted_week, locale, channel_id from held_responses where idempotency_key = ${key}
        union all select answers, submitted_week, locale, channel_id from responses where idempotency_key = ${key}`,
  );
}

async function realResponseCount(db: Db) {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`select (select count(*) from held_responses)::int + (select count(*) from responses where not is_demo)::int as count`,
  );
  return row.count;
}

describe('submitting anonymous feedback', () => {
  let database: DatabaseHandle;
  let db: Db;
  beforeAll(async () => {
    database = await openTestDatabase();
    db = database.db;
  });
  afterAll(() => database.close());

  it('stores a valid answer once, with the ISO week only, its channel and language, and free text scrubbed', async () => {
    const body = submission({
      locale: 'ar',
      answers: { offered_support: 'no', know_where_to_turn: 'no', comment: 'اتصل بي 070-123 45 67 أو ali@example.com' },
    });
    const response = await send(db, OPEN_CHANNEL, body);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ ok: true });
    const [row] = await storedWithKey(db, body.idempotencyKey);
    expect(row.submitted_week).toBe(isoWeek(new Date()));
    expect(row.locale).toBe('ar');
    expect(row.answers).toEqual({
      offered_support: 'no',
      know_where_to_turn: 'no',
      comment: 'اتصل بي [borttaget] أو [borttaget]',
    });
  });

  it('stores ten concurrent identical sends once, and every one of them gets a success', async () => {
    const body = submission();
    const before = await realResponseCount(db);
    const statuses = await Promise.all(
      Array.from({ length: 10 }, () => send(db, OPEN_CHANNEL, body).then((r) => r.status)),
    );
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 200)).toHaveLength(9);
    expect(await storedWithKey(db, body.idempotencyKey)).toHaveLength(1);
    expect(await realResponseCount(db)).toBe(before + 1);
  });

  it('a retry after a lost answer stores nothing new and gets the same body', async () => {
    const body = submission();
    const first = await send(db, OPEN_CHANNEL, body);
    const retry = await send(db, OPEN_CHANNEL, body);
    expect(await retry.json()).toEqual(await first.json());
    expect(await storedWithKey(db, body.idempotencyKey)).toHaveLength(1);
  });

  it('a closed round refuses in the respondent’s language and stores nothing', async () => {
    const body = submission({ locale: 'uk' });
    const response = await send(db, CLOSED_CHANNEL, body);
    expect(response.status).toBe(410);
    expect(await response.json()).toMatchObject({
      code: 'round_closed',
      message: respondentTexts.uk.errors.round_closed,
    });
    expect(await storedWithKey(db, body.idempotencyKey)).toEqual([]);
  });

  it('a draft round refuses and stores nothing', async () => {
    const code = await roundWithChannel(db, 'draft', 'draft01');
    const body = submission({ locale: 'so' });
    const response = await send(db, code, body);
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({
      code: 'round_not_open',
      message: respondentTexts.so.errors.round_not_open,
    });
    expect(await storedWithKey(db, body.idempotencyKey)).toEqual([]);
  });

  it('a round closed after its channel took answers refuses at once: its state is never taken from memory', async () => {
    const code = await roundWithChannel(db, 'open', 'close01');
    expect((await send(db, code, submission())).status).toBe(201);
    await db.update(rounds).set({ status: 'closed' }).where(eq(rounds.slug, 'test-close01'));
    const body = submission();
    const response = await send(db, code, body);
    expect(response.status).toBe(410);
    expect(await storedWithKey(db, body.idempotencyKey)).toEqual([]);
  });

  it('a draft round that opens later takes answers from then on', async () => {
    const code = await roundWithChannel(db, 'draft', 'draft02');
    expect((await send(db, code, submission())).status).toBe(409);
    await db.update(rounds).set({ status: 'open' }).where(eq(rounds.slug, 'test-draft02'));
    const body = submission();
    expect((await send(db, code, body)).status).toBe(201);
    expect(await storedWithKey(db, body.idempotencyKey)).toHaveLength(1);
  });

  it('refused attempts count against the channel’s rate too', async () => {
    const code = await roundWithChannel(db, 'open', 'limit03');
    const wrong = submission({ answers: { offered_support: 'maybe' } });
    for (let i = 0; i < 3; i++) expect((await send(db, code, wrong, { ratePerMinute: 3 })).status).toBe(422);
    const body = submission();
    expect((await send(db, code, body, { ratePerMinute: 3 })).status).toBe(429);
    expect(await storedWithKey(db, body.idempotencyKey)).toEqual([]);
  });

  it('answers sent at once are stored together, each once, and the dashboard counts see every one', async () => {
    const code = await roundWithChannel(db, 'open', 'many01');
    const bodies = Array.from({ length: 20 }, (_, i) =>
      submission({ answers: { offered_support: i % 2 ? 'yes' : 'no', know_where_to_turn: 'no' } }),
    );
    const statuses = await Promise.all(bodies.map((body) => send(db, code, body).then((r) => r.status)));
    expect(statuses).toEqual(Array(20).fill(201));
    for (const body of bodies) expect(await storedWithKey(db, body.idempotencyKey)).toHaveLength(1);
    await releaseAll(db);
    const counts = await queryRows<{ answer: string; count: number }>(
      db,
      sql`select c.answer, sum(c.count)::int as count from response_answer_counts c join channels ch on ch.id = c.channel_id
          where ch.public_code = ${code} and c.question_id = 'offered_support' group by c.answer order by c.answer`,
    );
    expect(counts).toEqual([
      { answer: 'no', count: 10 },
      { answer: 'yes', count: 10 },
    ]);
  });

  it('twenty sent at once on a channel allowed five: five stored, fifteen told to wait, as if sent one by one', async () => {
    const code = await roundWithChannel(db, 'open', 'limit04');
    const bodies = Array.from({ length: 20 }, () => submission());
    const statuses = await Promise.all(
      bodies.map((body) => send(db, code, body, { ratePerMinute: 5 }).then((r) => r.status)),
    );
    expect(statuses.filter((status) => status === 201)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
    const [row] = await queryRows<{ count: number }>(
      db,
      sql`select count(*)::int as count from (select channel_id from held_responses union all select channel_id from responses) r
          join channels ch on ch.id = r.channel_id where ch.public_code = ${code}`,
    );
    expect(row.count).toBe(5);
  });

  it('an answer that cannot be stored fails alone: those sent with it are stored', async () => {
    const gone = await roundWithChannel(db, 'open', 'gone01');
    const other = await roundWithChannel(db, 'open', 'other01');
    // The app now knows the channel; then it disappears underneath (nothing in the app deletes one).
    expect((await send(db, gone, submission({ answers: { offered_support: 'maybe' } }))).status).toBe(422);
    await db.delete(channels).where(eq(channels.publicCode, gone));
    const lost = submission();
    const bodies = Array.from({ length: 5 }, () => submission());
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const statuses = await Promise.all(
      [lost, ...bodies].map((body, i) => send(db, i === 0 ? gone : other, body).then((r) => r.status)),
    );
    error.mockRestore();
    expect(statuses).toEqual([500, 201, 201, 201, 201, 201]);
    for (const body of bodies) expect(await storedWithKey(db, body.idempotencyKey)).toHaveLength(1);
    expect(await storedWithKey(db, lost.idempotencyKey)).toEqual([]);
  });

  it('a wrong channel code gets 404 and stores nothing', async () => {
    for (const code of ['nosuch1', 'SP25Q2', '../etc', 'x'.repeat(100)]) {
      const body = submission();
      const response = await send(db, code, body);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: 'unknown_channel' });
      expect(await storedWithKey(db, body.idempotencyKey)).toEqual([]);
    }
  });

  it('answers 429 with a kind message and Retry-After once a channel passes its limit, counted in the database', async () => {
    const code = await roundWithChannel(db, 'open', 'limit01');
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await send(db, code, submission(), { ratePerMinute: 3 })).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const body = submission({ locale: 'fa' });
    const limited = await send(db, code, body, { ratePerMinute: 3 });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({
      code: 'rate_limited',
      message: respondentTexts.fa.errors.rate_limited,
    });
    expect(await storedWithKey(db, body.idempotencyKey)).toEqual([]);
    // Another channel has its own budget.
    const other = await roundWithChannel(db, 'open', 'limit02');
    expect((await send(db, other, submission(), { ratePerMinute: 3 })).status).toBe(201);
  });

  it('a filled trap field looks like success to the sender but stores nothing', async () => {
    const body = submission({ website: 'http://spam.example' });
    const response = await send(db, OPEN_CHANNEL, body);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ ok: true });
    expect(await storedWithKey(db, body.idempotencyKey)).toEqual([]);
  });

  it('an answer sent faster than the floor is refused with a message that asks the person to send again', async () => {
    const body = submission({ elapsedSeconds: 1, locale: 'ti' });
    const response = await send(db, OPEN_CHANNEL, body, { minSeconds: 5 });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: 'too_fast', message: respondentTexts.ti.errors.too_fast });
    expect(await storedWithKey(db, body.idempotencyKey)).toEqual([]);
    expect((await send(db, OPEN_CHANNEL, { ...body, elapsedSeconds: 9 }, { minSeconds: 5 })).status).toBe(201);
  });

  it('refuses bad input with a clear 4xx and stores nothing', async () => {
    const before = await realResponseCount(db);
    const cases: [unknown, number, string][] = [
      ['{"idempotencyKey": ', 400, 'malformed_json'],
      [submission({ extra: 'unknown key' }), 400, 'invalid_body'],
      [submission({ idempotencyKey: 'not-a-uuid' }), 400, 'invalid_body'],
      [submission({ locale: 'de' }), 400, 'invalid_body'],
      [submission({ elapsedSeconds: '95' }), 400, 'invalid_body'],
      [submission({ answers: { offered_support: 'maybe', know_where_to_turn: 'no' } }), 422, 'invalid_answers'],
      [
        submission({ answers: { offered_support: 'no', know_where_to_turn: 'no', ip: '1.2.3.4' } }),
        422,
        'invalid_answers',
      ],
      [submission({ answers: { offered_support: 'no' } }), 422, 'invalid_answers'],
      [
        submission({ answers: { offered_support: 'no', know_where_to_turn: 'no', comment: 'x'.repeat(70_000) } }),
        413,
        'too_large',
      ],
    ];
    for (const [body, status, code] of cases) {
      const response = await send(db, OPEN_CHANNEL, body);
      expect({ status: response.status, code: (await response.json()).code }).toEqual({ status, code });
    }
    expect(await realResponseCount(db)).toBe(before);
  });

  it('answers in the language the body names even when the answers are wrong', async () => {
    const response = await send(db, OPEN_CHANNEL, submission({ locale: 'prs', answers: { offered_support: 42 } }));
    expect(await response.json()).toMatchObject({ message: respondentTexts.prs.errors.invalid_answers });
  });

  it('stores markup as plain text, exactly as written (privacy rule 5 is kept where it is shown)', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    const body = submission({ answers: { offered_support: 'no', know_where_to_turn: 'no', comment: markup } });
    expect((await send(db, OPEN_CHANNEL, body)).status).toBe(201);
    const [row] = await storedWithKey(db, body.idempotencyKey);
    expect(row.answers.comment).toBe(markup);
  });

  it('logs no IP address, user agent or free text, whatever happens (privacy rule 1)', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level));
    const secret = 'Mitt namn är Amina och jag bor på rum 12';
    const headers = { 'x-forwarded-for': '203.0.113.77', 'user-agent': 'SecretPhone/1.0' };
    const answers = { offered_support: 'no', know_where_to_turn: 'no', comment: secret };
    await send(db, OPEN_CHANNEL, submission({ answers }), {}, headers);
    await send(db, CLOSED_CHANNEL, submission({ answers }), {}, headers);
    await send(db, OPEN_CHANNEL, submission({ answers: { ...answers, bogus: secret } }), {}, headers);
    await send(db, OPEN_CHANNEL, `{"answers": "${secret}"`, {}, headers);
    const logged = JSON.stringify(spies.flatMap((spy) => spy.mock.calls));
    for (const spy of spies) spy.mockRestore();
    for (const secretPart of ['203.0.113.77', 'SecretPhone', 'Amina']) expect(logged).not.toContain(secretPart);
  });
});
