// The signed-in actor for a server component, route handler or server action; null when nobody is signed in.
import { getServerSession } from 'next-auth';
import { unstable_rethrow } from 'next/navigation';
import { logFailure } from '@/lib/log';
import type { Actor } from './actor';
import { authOptions } from './options';

/**
 * No session (no cookie, an expired or ended one) is null. Anything else — the database out of reach while the
 * session is checked, a broken setting — is logged by name and code and thrown: a failure is not "signed out".
 */
export async function getActor(): Promise<Actor | null> {
  try {
    const session = await getServerSession(authOptions());
    return session?.actor ?? null;
  } catch (error) {
    unstable_rethrow(error); // Next.js's own signals (a dynamic page found at build time, redirect) are not failures
    logFailure('session lookup', error);
    throw error;
  }
}
