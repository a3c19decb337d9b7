// Privacy rule 1 on the log output itself: what is written, line by line, as JSON.
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, log, logFailure, withRequestId, writeLogTo } from '@/lib/log';

let restore: (() => void) | undefined;
afterEach(() => restore?.());

/** The lines written from now on: `raw` as written, `json(i)` the i-th parsed. */
function capture() {
  const raw: string[] = [];
  restore = writeLogTo({ write: (line) => raw.push(line) });
  return { raw, json: (i: number) => JSON.parse(raw[i]) as Record<string, unknown> };
}

/** None of `secrets` appears anywhere in what was written. */
function expectKeptOut(lines: { raw: string[] }, secrets: string[]) {
  const written = lines.raw.join('');
  for (const secret of secrets) expect(written, secret).not.toContain(secret);
}

describe('the log', () => {
  it('writes one JSON object per line, with level, time and message', () => {
    const lines = capture();
    log.info({ event: 'test' }, 'hello');
    expect(lines.raw).toHaveLength(1);
    expect(lines.raw[0].endsWith('\n')).toBe(true);
    expect(lines.json(0)).toMatchObject({ level: 'info', event: 'test', msg: 'hello' });
    expect(typeof lines.json(0).time).toBe('string');
  });

  it('takes its level from LOG_LEVEL', () => {
    const lines = capture();
    const quiet = createLogger('warn');
    quiet.info('not written');
    quiet.warn('written');
    expect(lines.raw.map((line) => JSON.parse(line).msg)).toEqual(['written']);
  });

  it('puts the request id on every line written while the request is answered, and on no other', async () => {
    const lines = capture();
    await withRequestId('req-12345678', async () => {
      log.info('first');
      await new Promise((resolve) => setTimeout(resolve, 1));
      logFailure('storing', Object.assign(new Error('x'), { code: '23505' }));
    });
    log.info('outside');
    expect(lines.raw.map((line) => JSON.parse(line).requestId)).toEqual(['req-12345678', 'req-12345678', undefined]);
  });

  it('keeps out IP addresses, user agents, cookies, tokens and answers, at the top and one level down', () => {
    const lines = capture();
    const secrets = {
      ip: '203.0.113.77',
      userAgent: 'SecretPhone/1.0',
      token: 'tok_abcdefgh',
      answers: { comment: 'Mitt namn är Amina' },
      request: {
        ip: '198.51.100.9',
        headers: {
          cookie: 'next-auth.session-token=s3cr3t',
          'user-agent': 'SecretBrowser/2',
          'x-forwarded-for': '192.0.2.44',
          authorization: 'Bearer b3ar3r',
        },
      },
      headers: { cookie: 'hm-lang=sv; session=zzz', 'user-agent': 'TopLevelAgent/3' },
      comment: 'ring mig på 070-1234567',
      email: 'anna@example.com',
    };
    log.warn(secrets, 'a request with everything in it');
    expectKeptOut(lines, [
      '203.0.113.77',
      'SecretPhone',
      'tok_abcdefgh',
      'Amina',
      '198.51.100.9',
      's3cr3t',
      'SecretBrowser',
      '192.0.2.44',
      'b3ar3r',
      'zzz',
      'TopLevelAgent',
      '070-1234567',
      'anna@example.com',
    ]);
    expect(lines.json(0)).toMatchObject({ ip: '[redacted]', request: { headers: { cookie: '[redacted]' } } });
  });

  it('keeps them out at any depth, under any common spelling, and inside an error logged under another key', () => {
    const lines = capture();
    log.warn(
      {
        context: {
          request: {
            headers: {
              'user-agent': 'DeepAgent/4',
              'X-Forwarded-For': '192.0.2.55',
              'CF-Connecting-IP': '192.0.2.61',
              'True-Client-IP': '192.0.2.62',
              'X-Client-IP': '192.0.2.63',
            },
          },
        },
        remoteIp: '192.0.2.64',
        client_ip: '203.0.113.88',
        remoteAddr: '198.51.100.23',
        user_agent: 'SnakeAgent/5',
        kioskToken: 'kiosk-s3cr3t',
        sessionToken: 'sess-s3cr3t',
        submission: { payload: { answers: { comment: 'Jag heter Farida' } } },
        rows: [{ email: 'sara@example.com' }],
        cause: Object.assign(new Error('row (comment)=(ring Omar)'), { code: '23514', detail: 'Failing row: Omar' }),
      },
      'deeper',
    );
    expectKeptOut(lines, [
      'DeepAgent',
      '192.0.2.55',
      '192.0.2.61',
      '192.0.2.62',
      '192.0.2.63',
      '192.0.2.64',
      '203.0.113.88',
      '198.51.100.23',
      'SnakeAgent',
      'kiosk-s3cr3t',
      'sess-s3cr3t',
      'Farida',
      'sara@example.com',
      'Omar',
    ]);
    expect(lines.json(0)).toMatchObject({ cause: { code: '23514' }, msg: 'deeper' });
  });

  it('keeps out an address under a header name no list could foresee, and any IP address under any key', () => {
    const lines = capture();
    log.warn(
      {
        headers: {
          'X-Cluster-Client-IP': '192.0.2.71',
          'Fastly-Client-IP': '192.0.2.72',
          'X-Original-Forwarded-For': '192.0.2.73',
          'X-Original-User-Agent': 'ProxiedAgent/1',
        },
        peer: '2001:db8::7', // an IPv6 address under a key that names nothing
        from: '198.51.100.74',
        // Not addresses: kept as they are.
        version: '16.4.6',
        zip: '30245',
        tooltip: 'Hjälp',
        at: '12:30:45',
      },
      'addresses',
    );
    expectKeptOut(lines, ['192.0.2.71', '192.0.2.72', '192.0.2.73', 'ProxiedAgent', '2001:db8::7', '198.51.100.74']);
    expect(lines.json(0)).toMatchObject({ version: '16.4.6', zip: '30245', tooltip: 'Hjälp', at: '12:30:45' });
  });

  it('keeps out an address with a port, in a forwarded-for list or inside a sentence, and one in the message itself', () => {
    const lines = capture();
    log.warn(
      {
        peer: '203.0.113.81:51234',
        upstream: '[2001:db8::82]:443',
        chain: '192.0.2.83, 10.0.0.84',
        mapped: '::ffff:198.51.100.85',
        note: 'refused 192.0.2.86.',
        ua: 'ShortKeyAgent/6',
        sessionId: 'sid-s3cr3t',
        // Not addresses: kept as they are.
        at: '12:30:45',
        version: '1.2.3.4.5',
      },
      'request from 203.0.113.87 via %s',
      '2001:db8::88',
    );
    expectKeptOut(lines, [
      '203.0.113.81',
      '2001:db8::82',
      '192.0.2.83',
      '10.0.0.84',
      '198.51.100.85',
      '192.0.2.86',
      'ShortKeyAgent',
      'sid-s3cr3t',
      '203.0.113.87',
      '2001:db8::88',
    ]);
    expect(lines.json(0)).toMatchObject({ at: '12:30:45', version: '1.2.3.4.5', peer: '[redacted]:51234' });
  });

  it('keeps out what stands under a key that names an address or a user agent, even when it reads as no address', () => {
    // The value search above finds only well-formed addresses; a masked or hashed one, or a host name, still points
    // at the respondent. These keys are caught by their name alone.
    const lines = capture();
    const named = {
      clientIp: 'masked-0a1',
      'CF-Connecting-IP': 'masked-0a2',
      'X-Real-IP': 'masked-0a3',
      remote_ip: 'masked-0a4',
      sourceIpAddress: 'masked-0a5',
      remoteAddr: 'masked-0a6',
      remoteAddress: 'masked-0a7',
      'X-Original-Forwarded-For': 'masked-0a8',
      'X-Original-User-Agent': 'masked-0a9',
    };
    log.warn({ request: named, control: 'masked-kept' }, 'names');
    expectKeptOut(lines, Object.values(named));
    expect(lines.json(0)).toMatchObject({ control: 'masked-kept' }); // the same kind of value under a neutral key stays
  });

  it("keeps out account ids and a submission's idempotency key, which would tie an anonymous answer to a time", () => {
    const lines = capture();
    log.warn(
      { userId: 'user-4711', account_id: 'acct-4712', idempotencyKey: '6f1c2b1e-0000-4000-8000-000000004713' },
      'ids',
    );
    expectKeptOut(lines, ['user-4711', 'acct-4712', '6f1c2b1e-0000-4000-8000-000000004713']);
  });

  it('writes a long hex text (a hash, a dump) as it is, without stalling the process while it looks for addresses', () => {
    const lines = capture();
    const dump = 'ab'.repeat(100_000) + ':cd'; // a search that backtracks over it took seconds per line
    log.info({ dump }, 'dump');
    expect(lines.json(0).dump).toBe(dump);
  });

  it('logs a failure by its name and code, never its message (it can quote a row)', () => {
    const lines = capture();
    const error = Object.assign(new Error('duplicate key (email)=(anna@example.com)'), {
      name: 'PostgresError',
      code: '23505',
    });
    logFailure('creating an account', error);
    expect(lines.json(0)).toMatchObject({
      level: 'error',
      msg: 'creating an account failed: PostgresError 23505',
      err: { name: 'PostgresError', code: '23505' },
    });
    expect(lines.raw[0]).not.toContain('anna@example.com');
  });
});
