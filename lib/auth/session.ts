// The signed-in actor for a server component, route handler or server action; null when nobody is signed in.
import { getServerSession } from 'next-auth';
import type { Actor } from './actor';
import { authOptions } from './options';

export async function getActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions()).catch(() => null);
  return session?.actor ?? null;
}
