// What a server page starts from, got one way everywhere: who is signed in (or off to the sign-in page), the
// database, and the UI language. Pages never open the database themselves (DESIGN.md: app/ → lib/ → db/).
import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { getDb } from '@/lib/database';
import type { Db } from '@/db/client';
import { AccessDenied, NotFound, type Actor } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import type { UiLocale } from '@/lib/i18n';
import { getUiLocale } from '@/lib/i18n/server';

export type PageContext = { actor: Actor; db: Db; locale: UiLocale };

/** A staff page: the signed-in actor, or a redirect to the sign-in page. */
export async function requirePageContext(): Promise<PageContext> {
  const actor = await getActor();
  if (!actor) redirect('/sign-in');
  const [db, locale] = await Promise.all([getDb(), getUiLocale()]);
  return { actor, db, locale };
}

/** A page that shows itself signed in or not (the staff layout, the sign-in page). */
export async function optionalPageContext(): Promise<Omit<PageContext, 'actor'> & { actor: Actor | null }> {
  const [actor, db, locale] = await Promise.all([getActor(), getDb(), getUiLocale()]);
  return { actor, db, locale };
}

/** A page anyone may open without a session (a respondent's survey, a kiosk link): no session is read. */
export async function publicPageContext(): Promise<{ db: Db }> {
  return { db: await getDb() };
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
