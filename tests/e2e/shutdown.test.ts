// Stopping without losing anything: the built app (next start) on a PostgreSQL database of its own gets SIGTERM while
// clients are sending feedback; every submission it acknowledged is stored, once, and it exits cleanly.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, databaseUrl, dropDatabase } from '@/db/admin';
import { openPostgres } from '@/db/client';
import { channels, rounds, roundSurveys } from '@/db/schema';
import { latestSurvey } from '@/surveys';

const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const NAME = `hm_shutdown_${randomUUID().slice(0, 8)}`;
const URL = databaseUrl(SERVER, NAME);
// Beside the browser tests' own server (E2E_PORT) and identity provider (E2E_PORT - 1).
const PORT = Number(process.env.E2E_PORT ?? 3999) + 2;

describe('SIGTERM under load', () => {
  beforeAll(async () => {
    await createDatabase(SERVER, NAME);
    const handle = await openPostgres(URL, { max: 1 });
    const survey = latestSurvey('target-feedback');
    const [round] = await handle.db.insert(rounds).values({ slug: 'stop', name: 'Stop', status: 'open' }).returning();
    await handle.db
      .insert(roundSurveys)
      .values({ roundId: round.id, surveyKey: survey.key, surveyVersion: survey.version, definition: survey.json });
    await handle.db.insert(channels).values({ roundId: round.id, publicCode: 'stop1', name: 'stop1' });
    await handle.close();
  });
  afterAll(() => dropDatabase(SERVER, NAME));

  it('finishes the requests and batches in flight, stores every acknowledged answer, closes the database and exits', async () => {
    const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '--port', String(PORT)], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: URL,
        NEXTAUTH_SECRET: 'shutdown-secret-that-is-long-enough-0123456789',
        NEXTAUTH_URL: `http://localhost:${PORT}`,
        NEXT_TELEMETRY_DISABLED: '1',
        FEEDBACK_RATE_LIMIT_PER_MINUTE: '1000000',
        FEEDBACK_MIN_SECONDS: '0',
      },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    server.stdout!.on('data', (chunk) => (log += chunk));
    server.stderr!.on('data', (chunk) => (log += chunk));
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    const base = `http://localhost:${PORT}`;
    for (let i = 0; ; i++) {
      if (i > 240) throw new Error(`the app did not start:\n${log}`);
      if (
        await fetch(`${base}/api/health`)
          .then((r) => r.ok)
          .catch(() => false)
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }

    const acknowledged: string[] = [];
    let stopping = false;
    const client = async () => {
      while (!stopping || acknowledged.length === 0) {
        const key = randomUUID();
        const body = JSON.stringify({
          idempotencyKey: key,
          locale: 'sv',
          answers: { offered_support: 'no', know_where_to_turn: 'no' },
          elapsedSeconds: 60,
        });
        try {
          const response = await fetch(`${base}/api/feedback/stop1`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          });
          if (response.status === 201) acknowledged.push(key);
        } catch {
          return; // the server stopped listening: this client is done
        }
      }
    };
    const clients = Array.from({ length: 8 }, client);
    while (acknowledged.length < 200) await new Promise((resolve) => setTimeout(resolve, 20));
    server.kill('SIGTERM');
    stopping = true;
    await Promise.all(clients);
    const code = await exited;

    expect(code).toBe(143);
    expect(log).toContain('batches written and database closed');
    const sql = postgres(URL, { max: 1, onnotice: () => {} });
    const [row] = await sql<{ stored: number; total: number }[]>`
      select count(*) filter (where idempotency_key = any(${acknowledged}::uuid[]))::int as stored, count(*)::int as total
      from (select idempotency_key from held_responses union all select idempotency_key from responses) answers`;
    await sql.end();
    expect(row.stored).toBe(acknowledged.length);
  }, 300_000);
});
