// On the start page: the signed-in person's own organisation's platform entries that wait for a confirmation
// this cycle (since the latest dialogue meeting) or are stale. Only for those who may confirm them.
import Link from 'next/link';
import { translator } from '@/lib/i18n';
import type { PageContext } from '@/lib/page-context';
import { ownToDo } from '@/lib/platform/dialogue';
import { directoryOffers } from '@/lib/platform/offers';
import { staleMonths } from '@/lib/platform/freshness';
import { Freshness } from './freshness';

export async function PlatformToDo({ actor, db, locale }: PageContext) {
  if (!directoryOffers(actor).seesOwnToDo) return null;
  const todo = await ownToDo(db, actor);
  if (!todo) return null;
  const tr = translator(locale);
  const months = staleMonths();
  return (
    <section aria-labelledby="platform-to-do" className="platform-to-do">
      <h2 id="platform-to-do">{tr('platform.todo.title', { organisation: todo.review.organisationName })}</h2>
      {todo.review.entries.length === 0 ? (
        <p>{tr('platform.todo.noServices')}</p>
      ) : todo.toDo.length === 0 ? (
        <p>{tr('platform.todo.none')}</p>
      ) : (
        <>
          <p>
            {tr('platform.todo.lead')} (
            {todo.since ? tr('platform.reviewSince', { date: todo.since }) : tr('platform.reviewSinceNone')})
          </p>
          <ul>
            {todo.toDo.map(({ service, review }) => (
              <li key={service.id}>
                <Link href={`/platform/services/${service.id}`}>{service.name}</Link>: {tr(`platform.review.${review}`)}{' '}
                · <Freshness service={service} months={months} t={tr} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link href="/platform">{tr('platform.title')}</Link>
      </p>
    </section>
  );
}
