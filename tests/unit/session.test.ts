// getActor: no session is null; any other failure is logged by name and code and thrown, never taken for "signed out".
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getActor } from '@/lib/auth/session';
import { writeLogTo } from '@/lib/log';

const nextAuth = vi.hoisted(() => ({ getServerSession: vi.fn() }));
vi.mock('next-auth', () => ({ getServerSession: nextAuth.getServerSession }));
vi.mock('@/lib/auth/options', () => ({ authOptions: () => ({}) }));

const actor = { userId: 1, role: 'viewer', organisationId: null, name: 'V' };

async function captureLog<T>(work: () => Promise<T>): Promise<{ outcome: PromiseSettledResult<T>; output: string }> {
  const lines: string[] = [];
  const restore = writeLogTo({ write: (line) => lines.push(line) });
  try {
    const [outcome] = await Promise.allSettled([work()]);
    return { outcome, output: lines.join('\n') };
  } finally {
    restore();
  }
}

describe('getActor', () => {
  beforeEach(() => {
    nextAuth.getServerSession.mockReset();
  });

  it('is null when nobody is signed in, and logs nothing', async () => {
    nextAuth.getServerSession.mockResolvedValue(null);
    const { outcome, output } = await captureLog(() => getActor());
    expect(outcome).toEqual({ status: 'fulfilled', value: null });
    expect(output).toBe('');
  });

  it('is the session\u2019s actor when someone is', async () => {
    nextAuth.getServerSession.mockResolvedValue({ actor });
    expect(await getActor()).toEqual(actor);
  });

  it('throws any other failure on, logged by its name and code only, never its message', async () => {
    const failure = Object.assign(
      new Error('password authentication failed for user "app" at db.internal, anna@example.com'),
      {
        name: 'PostgresError',
        code: '28P01',
      },
    );
    nextAuth.getServerSession.mockRejectedValue(failure);
    const { outcome, output } = await captureLog(() => getActor());
    expect(outcome.status).toBe('rejected');
    expect((outcome as PromiseRejectedResult).reason).toBe(failure);
    expect(output).toContain('session lookup failed: PostgresError 28P01');
    expect(output).not.toMatch(/password authentication|db\.internal|anna@example\.com/);
  });
});
