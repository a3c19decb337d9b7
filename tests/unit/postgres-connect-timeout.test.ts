// A PostgreSQL that takes the connection but never answers it, as a server in the middle of a restart can: the
// app's pool must give up soon and say the database is unavailable (so the route answers 503 and the device sends
// again), not leave the respondent's request open. postgres.js's own default waits 30 s; the restart test met it.
import { createServer, type Server, type Socket } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isDatabaseUnavailable, openPostgres, queryRows } from '@/db/client';

/** Far longer than the pool's connect timeout, far shorter than postgres.js's default 30 s. */
const HANG_MS = 8_000;

let silent: Server;
const sockets: Socket[] = [];
let port = 0;

beforeAll(async () => {
  silent = createServer((socket) => sockets.push(socket)); // accepts, reads the startup message, says nothing
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  port = (silent.address() as { port: number }).port;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

it('gives up on a server that accepts the connection and never answers, as unavailable', async () => {
  const handle = await openPostgres(`postgres://app@127.0.0.1:${port}/feedback`, { migrate: false });
  const outcome = queryRows(handle.db, sql`select 1`).then(
    () => 'answered' as const,
    (error: unknown) => (isDatabaseUnavailable(error) ? ('unavailable' as const) : error),
  );
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), HANG_MS)));
  try {
    expect(await Promise.race([outcome, hang])).toBe('unavailable');
  } finally {
    clearTimeout(timer);
    await handle.close();
  }
}, 45_000);
