import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle } from '@/db/client';
import { auditLog, invitations, responses, rounds } from '@/db/schema';
import { INVITATION_ANSWER_LIMIT, submitActorResponse, submitInvitationAnswer } from '@/lib/actor-survey/submit';
import { countAttempts } from '@/lib/rate-limit';
import {
  createInvitations,
  hashInvitationToken,
  issueInvitationFile,
  responseRatesByOrganisation,
} from '@/lib/invitations';
import { closeRound, openRound } from '@/lib/rounds/manage';
import { answerInput, demoActors, makeDraftRound, organisationId } from './support/actors';
import { copiesOfKey, releaseAll, storedInRound } from './support/release';
import { openTestDatabase } from './support/test-database';

describe('one-time invitation links', () => {
  let database: DatabaseHandle;
  let actors: Awaited<ReturnType<typeof demoActors>>;
  let round: number;
  let halmstad: number;

  beforeAll(async () => {
    database = await openTestDatabase();
    actors = await demoActors(database.db);
    halmstad = await organisationId(database.db, 'halmstad');
    round = await makeDraftRound(database.db, actors.strategist);
    await openRound(database.db, actors.strategist, round);
  });
  afterAll(() => database.close());

  async function makeLinks(count: number, organisation = halmstad, roundId = round) {
    const made = await createInvitations(database.db, actors.strategist, {
      roundId,
      organisationId: organisation,
      count,
    });
    if (!made.ok) throw new Error(made.error);
    return made.value.tokens;
  }

  it('tokens are random, 43 characters of base64url, and only their SHA-256 is stored', async () => {
    const tokens = await makeLinks(3);
    expect(new Set(tokens).size).toBe(3);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await database.db
      .select({ hash: invitations.tokenHash })
      .from(invitations)
      .where(eq(invitations.roundId, round));
    const hashes = stored.map((row) => row.hash);
    for (const token of tokens) {
      expect(hashes).toContain(hashInvitationToken(token));
      expect(hashes.join()).not.toContain(token);
    }
  });

  it('issuing links makes them, audits the making and the hand-over with the count, and the file names round, organisation and link', async () => {
    const issued = await issueInvitationFile(
      database.db,
      actors.coordinator,
      { roundId: round, organisationId: halmstad, count: 2 },
      'https://uppfoljning.example',
    );
    expect(issued.ok).toBe(true);
    const file = issued.ok ? issued.value : { filename: '', csv: '' };
    expect(file.filename).toMatch(/^test-[a-z0-9-]+-lankar-halmstads-kommun-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.csv.startsWith('\uFEFF')).toBe(true);
    const lines = file.csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Omgång;Organisation;Länk');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/;Halmstads kommun;https:\/\/uppfoljning\.example\/answer\/[A-Za-z0-9_-]{43}$/);
    const entries = await database.db
      .select()
      .from(auditLog)
      .where(
        sql`${auditLog.action} in ('invitations.create', 'invitations.export') and ${auditLog.actorUserId} = ${actors.coordinator.userId}`,
      );
    expect(entries.map((entry) => entry.action).sort()).toEqual(['invitations.create', 'invitations.export']);
    for (const entry of entries)
      expect(entry).toMatchObject({
        outcome: 'ok',
        targetId: String(round),
        details: { organisationId: halmstad, count: 2 },
      });
  });

  it('an answer through a link is stored once with the organisation of the link, and the link then refuses', async () => {
    const [token] = await makeLinks(1);
    // Counted in the table: the page hides a handful of used links (they are answers), see publication-attack.test.ts.
    const usedLinks = async () =>
      (
        await queryRows<{ n: number }>(
          database.db,
          sql`select count(*)::int as n from invitations where round_id = ${round} and organisation_id = ${halmstad} and used`,
        )
      )[0].n;
    const before = await usedLinks();
    const input = answerInput(11);
    expect(await submitActorResponse(database.db, { via: 'invitation', token }, input)).toEqual({
      ok: true,
      value: { stored: true },
    });
    // Held until a release counts it (in a transaction that never touches the link).
    expect(await copiesOfKey(database.db, input.idempotencyKey)).toEqual({ held: 1, released: 0, total: 1 });
    await releaseAll(database.db);
    const [stored] = await database.db
      .select()
      .from(responses)
      .where(eq(responses.idempotencyKey, input.idempotencyKey));
    expect(stored).toMatchObject({
      roundId: round,
      organisationId: halmstad,
      surveyKey: 'actor-followup',
      channelId: null,
      locale: 'sv',
      isDemo: false,
    });
    expect(stored.submittedWeek).toMatch(/^\d{4}-W\d{2}$/);
    // Rule 2: nothing in the stored row leads back to the token or its hash.
    const text = JSON.stringify(stored);
    expect(text).not.toContain(token);
    expect(text).not.toContain(hashInvitationToken(token));

    const after = await usedLinks();
    expect(after).toBe(before + 1);

    const again = await submitActorResponse(database.db, { via: 'invitation', token }, answerInput(12));
    expect(again).toEqual({ ok: false, error: 'invitations.used' });
  });

  it('a retry with the same idempotency key is answered as success and stored once', async () => {
    const [token] = await makeLinks(1);
    const input = answerInput(13);
    await submitActorResponse(database.db, { via: 'invitation', token }, input);
    expect(await submitActorResponse(database.db, { via: 'invitation', token }, input)).toEqual({
      ok: true,
      value: { stored: false },
    });
    expect((await copiesOfKey(database.db, input.idempotencyKey)).total).toBe(1);
  });

  it('two simultaneous sends with the same token: exactly one is stored', async () => {
    const [token] = await makeLinks(1);
    const count = async () => {
      const stored = await storedInRound(database.db, round);
      return stored.held + stored.released;
    };
    const before = await count();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        submitActorResponse(database.db, { via: 'invitation', token }, answerInput(100 + i)),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual(Array(5).fill({ ok: false, error: 'invitations.used' }));
    expect(Number(await count())).toBe(Number(before) + 1);
  });

  it('an unknown token, an expired link and bad answers store nothing and say why', async () => {
    const countAll = async () =>
      (
        await queryRows<{ n: number }>(
          database.db,
          sql`select (select count(*) from responses)::int + (select count(*) from held_responses)::int as n`,
        )
      )[0].n;
    const before = await countAll();
    expect(await submitActorResponse(database.db, { via: 'invitation', token: 'x'.repeat(43) }, answerInput())).toEqual(
      {
        ok: false,
        error: 'invitations.unknown',
      },
    );
    const [expiring] = await makeLinks(1);
    await database.db
      .update(invitations)
      .set({ expiresAt: sql`now() - interval '1 day'` })
      .where(eq(invitations.tokenHash, hashInvitationToken(expiring)));
    expect(await submitActorResponse(database.db, { via: 'invitation', token: expiring }, answerInput())).toEqual({
      ok: false,
      error: 'invitations.expired',
    });

    const [token] = await makeLinks(1);
    const bad = await submitActorResponse(
      database.db,
      { via: 'invitation', token },
      { ...answerInput(), answers: { not_a_question: 'x' } },
    );
    expect(bad).toMatchObject({
      ok: false,
      error: 'answer.invalidAnswers',
      fieldErrors: { not_a_question: 'answer.questionInvalid' },
    });
    const [link] = await database.db
      .select({ used: invitations.used })
      .from(invitations)
      .where(eq(invitations.tokenHash, hashInvitationToken(token)));
    expect(link.used).toBe(false); // a refused answer does not spend the link
    expect(await countAll()).toBe(before);
  });

  it('a closed round refuses its links and gets no new ones', async () => {
    const closing = await makeDraftRound(database.db, actors.strategist);
    await openRound(database.db, actors.strategist, closing);
    const [token] = await makeLinks(1, halmstad, closing);
    await closeRound(database.db, actors.strategist, closing);
    expect(await submitActorResponse(database.db, { via: 'invitation', token }, answerInput())).toEqual({
      ok: false,
      error: 'invitations.roundNotOpen',
    });
    expect(
      await createInvitations(database.db, actors.strategist, { roundId: closing, organisationId: halmstad, count: 1 }),
    ).toEqual({
      ok: false,
      error: 'invitations.roundClosed',
    });
    const [status] = await database.db.select({ status: rounds.status }).from(rounds).where(eq(rounds.id, closing));
    expect(status.status).toBe('closed');
  });

  it('the response rate is links used over links made, per organisation, and a coordinator sees only their own', async () => {
    const seededRound = (
      await database.db.select({ id: rounds.id }).from(rounds).where(eq(rounds.slug, 'uppfoljning-2025'))
    )[0].id;
    const all = (await responseRatesByOrganisation(database.db, actors.strategist, seededRound)).byOrganisation;
    expect(all.length).toBe(23);
    const shown = all.filter((row) => row.used !== null);
    expect(shown.length).toBeGreaterThan(15);
    for (const row of shown) expect(row.rate).toBeCloseTo(row.used! / row.made);
    const own = (await responseRatesByOrganisation(database.db, actors.coordinator, seededRound)).byOrganisation;
    expect(own.map((row) => row.organisationId)).toEqual([halmstad]);
  });

  it('answers through links share one limit a minute: past it an answer is refused with a wait and nothing is stored', async () => {
    const [token] = await makeLinks(1);
    // Fill this minute's bucket, counted on the database's clock as the real requests are.
    await queryRows(
      database.db,
      countAttempts([{ key: 'answer:invitation', attempts: INVITATION_ANSWER_LIMIT.limit }], INVITATION_ANSWER_LIMIT),
    );
    try {
      const input = answerInput(21);
      const outcome = await submitInvitationAnswer(database.db, token, input);
      expect(outcome).toMatchObject({ throttled: true });
      expect('retryAfterSeconds' in outcome && outcome.retryAfterSeconds).toBeGreaterThan(0);
      expect(await copiesOfKey(database.db, input.idempotencyKey)).toEqual({ held: 0, released: 0, total: 0 });
    } finally {
      await database.db.execute(sql`delete from rate_limit_buckets where key = 'answer:invitation'`);
    }
    expect(await submitInvitationAnswer(database.db, token, answerInput(22))).toEqual({
      ok: true,
      value: { stored: true },
    });
  });
});
