// Privacy rules 1–2 against a reader of the database's own bookkeeping: PostgreSQL stamps every row with the id of
// the transaction that wrote it (xmin, readable by any SELECT), ids grow with time, and rows lie in insertion order
// (ctid). Invitations are used in a known order, with audit rows and rate-limit updates around them, feedback comes
// in, and then the attacker joins, orders and brackets. With answers held and released in batches, no response is
// narrower than its batch of at least k; the control stores answers the old way (in the transaction that uses the
// link or counts the rate) and the same attack finds every link, so this test can fail.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle, type Db } from '@/db/client';
import { channels } from '@/db/schema';
import { submitActorResponse } from '@/lib/actor-survey/submit';
import { recordAudit } from '@/lib/audit';
import { submitFeedback } from '@/lib/feedback/submit';
import { createInvitations, hashInvitationToken } from '@/lib/invitations';
import { consumeRateLimit } from '@/lib/rate-limit';
import { releaseHeldAnswers } from '@/lib/responses/release';
import { openRound } from '@/lib/rounds/manage';
import { answerInput, demoActors, makeActor, makeDraftRound, organisationId } from './support/actors';
import { submission } from './support/feedback';
import { openTestDatabase } from './support/test-database';

const K = 5;
const LINKS = 16;
const SIGNED_IN = 3;
const FEEDBACK = 8;

type Truth = { roundId: number; usedInOrder: { invitationId: number; key: string }[] };

type Findings = {
  /** Responses whose xmin is also the xmin of an invitation, participation, audit or rate-limit row. */
  sharedXmin: number;
  /** The fewest responses sharing one xmin (the attacker's narrowest group by transaction). */
  narrowestXminGroup: number;
  /** The fewest responses falling between the same two audit / rate-limit rows by transaction id (a time window). */
  narrowestTimeWindow: number;
  /** Links guessed right by pairing the order links were used in with the responses' xmin-then-ctid order. */
  orderMatches: number;
};

describe('reading the database’s bookkeeping to link answers to people and times', () => {
  let database: DatabaseHandle;
  let db: Db;
  let actors: Awaited<ReturnType<typeof demoActors>>;
  let halmstad: number;
  let run = 0;

  beforeAll(async () => {
    database = await openTestDatabase();
    db = database.db;
    actors = await demoActors(db);
    halmstad = await organisationId(db, 'halmstad');
  });
  afterAll(() => database.close());

  /** Links used in a known (shuffled) order, signed-in answers, feedback, audit rows and rate-limit counts between. */
  async function submitAround(): Promise<Truth> {
    run++;
    const roundId = await makeDraftRound(db, actors.strategist, { minGroupSize: K });
    await openRound(db, actors.strategist, roundId);
    const code = `atk${run}x${String(Date.now()).slice(-3)}`;
    await db.insert(channels).values({ roundId, publicCode: code, name: `Attack ${run}` });
    const made = await createInvitations(db, actors.strategist, { roundId, organisationId: halmstad, count: LINKS });
    if (!made.ok) throw new Error(made.error);
    const ids = await queryRows<{ id: number; token_hash: string }>(
      db,
      sql`select id, token_hash from invitations where round_id = ${roundId}`,
    );
    const idOf = new Map(ids.map((row) => [row.token_hash, Number(row.id)]));
    const order = made.value.tokens
      .map((token, i) => ({ token, place: (i * 7) % LINKS }))
      .sort((a, b) => a.place - b.place);

    const usedInOrder: Truth['usedInOrder'] = [];
    const tick = async (i: number) => {
      await recordAudit(db, {
        actorUserId: actors.strategist.userId,
        action: 'test.tick',
        targetType: 'round',
        targetId: roundId,
        outcome: 'ok',
      });
      await consumeRateLimit(db, `test:attack:${run}:${i}`, { limit: 100, windowSeconds: 60 });
    };
    for (const [i, { token }] of order.entries()) {
      await tick(i);
      const input = answerInput(1000 * run + i);
      const result = await submitActorResponse(db, { via: 'invitation', token }, input);
      if (!result.ok) throw new Error(result.error);
      usedInOrder.push({ invitationId: idOf.get(hashInvitationToken(token))!, key: input.idempotencyKey });
      if (i < FEEDBACK) {
        const sent = await submitFeedback(
          db,
          { channelCode: code, body: submission() },
          { minSeconds: 0, ratePerMinute: 1000 },
        );
        if (!sent.ok) throw new Error(sent.code);
      }
      if (i < SIGNED_IN) {
        const staff = await makeActor(db, 'viewer', 'kungsbacka');
        const answered = await submitActorResponse(
          db,
          { via: 'account', actor: staff, roundId },
          answerInput(5000 * run + i),
        );
        if (!answered.ok) throw new Error(answered.error);
      }
    }
    await tick(LINKS);
    return { roundId, usedInOrder };
  }

  /** What an attacker with SQL read access to every table but the holding table learns. */
  async function attack({ roundId, usedInOrder }: Truth): Promise<Findings> {
    const xid = (column: string) => sql.raw(`${column}::text::bigint`);
    const [{ shared }] = await queryRows<{ shared: number }>(
      db,
      sql`select count(*)::int as shared from responses r
          where r.round_id = ${roundId} and (
            exists (select 1 from invitations i where i.xmin = r.xmin)
            or exists (select 1 from round_participations p where p.xmin = r.xmin)
            or exists (select 1 from audit_log a where a.xmin = r.xmin)
            or exists (select 1 from rate_limit_buckets b where b.xmin = r.xmin))`,
    );
    const [{ narrowest }] = await queryRows<{ narrowest: number }>(
      db,
      sql`select min(n)::int as narrowest from (select count(*) as n from responses where round_id = ${roundId} group by xmin::text) g`,
    );
    // Bracketing each response between the nearest timestamped rows before and after it, by transaction id.
    const [{ window }] = await queryRows<{ window: number }>(
      db,
      sql`with stamped as (
            select ${xid('xmin')} as x from audit_log union select ${xid('xmin')} from rate_limit_buckets
          ),
          bracketed as (
            select (select max(x) from stamped where x < ${xid('r.xmin')}) as before,
                   (select min(x) from stamped where x > ${xid('r.xmin')}) as after
            from responses r where r.round_id = ${roundId}
          )
          select min(n)::int as window from (select count(*) as n from bracketed group by before, after) g`,
    );
    // Pairing: links in the order they were used (their xmin) against responses in xmin, then physical, order.
    const links = await queryRows<{ id: number }>(
      db,
      sql`select id from invitations where round_id = ${roundId} and used order by ${xid('xmin')}`,
    );
    const answers = await queryRows<{ key: string }>(
      db,
      sql`select idempotency_key::text as key from responses where round_id = ${roundId} and survey_key = 'actor-followup'
          and idempotency_key = any(${`{${usedInOrder.map((row) => row.key).join(',')}}`}::uuid[])
          order by ${xid('xmin')}, ctid`,
    );
    const truth = new Map(usedInOrder.map((row) => [Number(row.invitationId), row.key]));
    const orderMatches = links.filter((link, i) => truth.get(Number(link.id)) === answers[i]?.key).length;
    return {
      sharedXmin: Number(shared),
      narrowestXminGroup: Number(narrowest),
      narrowestTimeWindow: Number(window),
      orderMatches,
    };
  }

  it('finds no response narrower than its released batch of at least k, and each batch shares one xmin', async () => {
    const truth = await submitAround();
    const released = await releaseHeldAnswers(db, { scope: 'due' });
    expect(released.perRound[truth.roundId]).toBe(LINKS + SIGNED_IN + FEEDBACK);
    const [{ xmins }] = await queryRows<{ xmins: number }>(
      db,
      sql`select count(distinct xmin::text)::int as xmins from responses where round_id = ${truth.roundId}`,
    );
    expect(Number(xmins)).toBe(1);

    const found = await attack(truth);
    expect(found.sharedXmin).toBe(0);
    expect(found.narrowestXminGroup).toBeGreaterThanOrEqual(K);
    expect(found.narrowestTimeWindow).toBeGreaterThanOrEqual(K);
    // The batch is shuffled: pairing by order is right only by chance (≥ 8 of 16 by chance: about 1 in 100,000).
    expect(found.orderMatches).toBeLessThan(LINKS / 2);
  });

  it('CONTROL: answers stored the old way, in the transaction that uses the link or counts the rate, are all linked', async () => {
    // Makes the holding table pass every row straight on to responses in the submitting transaction: the old way.
    await db.execute(sql`create function store_directly() returns trigger language plpgsql as $$
      begin
        insert into responses (idempotency_key, round_id, survey_key, survey_version, organisation_id, channel_id, locale, answers, submitted_week)
        values (new.idempotency_key, new.round_id, new.survey_key, new.survey_version, new.organisation_id, new.channel_id, new.locale, new.answers, new.submitted_week);
        delete from held_responses where id = new.id;
        return null;
      end $$`);
    await db.execute(
      sql`create trigger store_directly after insert on held_responses for each row execute function store_directly()`,
    );
    let truth: Truth;
    try {
      truth = await submitAround();
    } finally {
      await db.execute(sql`drop trigger store_directly on held_responses`);
      await db.execute(sql`drop function store_directly()`);
    }
    const found = await attack(truth);
    // Every link and participation; of the feedback, the one whose rate-limit row no later send overwrote.
    expect(found.sharedXmin).toBeGreaterThanOrEqual(LINKS + SIGNED_IN + 1);
    expect(found.narrowestXminGroup).toBe(1);
    expect(found.narrowestTimeWindow).toBe(1);
    expect(found.orderMatches).toBe(LINKS);
  });
});
