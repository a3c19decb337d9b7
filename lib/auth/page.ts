// For server components: who is signed in (or off to the sign-in page), and lib/ access errors as "not found".
import { notFound, redirect } from 'next/navigation';
import { AccessDenied, NotFound, type Actor } from './actor';
import { getActor } from './session';

export async function requirePageActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/sign-in');
  return actor;
}

/** A page shows "not found" both for what is missing and for what is not the actor's to see. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AccessDenied || error instanceof NotFound) notFound();
    throw error;
  }
}

/** A numeric id from the URL; anything else is a page that does not exist. */
export function idFromPath(value: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
}
