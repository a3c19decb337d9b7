import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { auditActions, listAuditEntries } from '@/lib/audit';
import type { MessageKey } from '@/lib/i18n';
import { requirePageContext } from '@/lib/page-context';
import { TableScroll } from '@/app/_components/table-scroll';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('audit.title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Strategists read the audit log: filtered by person, act and days, a page at a time (lib/audit.ts reads it). */
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const { actor, db, locale } = await requirePageContext();
  if (actor.role !== 'strategist') notFound();
  const asked = await searchParams;
  const result = await listAuditEntries(db, actor, asked);
  const t = await getTranslations();
  // Codes from the log's rows, named in words; an act recorded under a code this page does not know shows its code.
  const named = (key: string, code: string) => (t.has(key as MessageKey) ? t(key as MessageKey) : code);
  const text = (key: string) => (typeof asked[key] === 'string' ? (asked[key] as string) : '');
  const errorOf = (field: string) =>
    !result.ok && result.fieldErrors?.[field] ? (
      <span className="field-error" id={`${field}-error`}>
        {t(result.fieldErrors[field])}
      </span>
    ) : null;
  const pageLink = (page: number) => {
    const query = new URLSearchParams();
    for (const key of ['person', 'action', 'from', 'to']) if (text(key)) query.set(key, text(key));
    query.set('page', String(page));
    return `/audit?${query}`;
  };
  const when = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  });
  return (
    <div className="page">
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.explained')}</p>
      <form method="get" action="/audit" className="filters">
        <fieldset>
          <legend>{t('audit.filters.legend')}</legend>
          <label>
            {t('audit.filters.person')}
            <select name="person" defaultValue={text('person')}>
              <option value="">{t('audit.filters.everyone')}</option>
              {result.ok &&
                result.value.people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
            </select>
            {errorOf('person')}
          </label>
          <label>
            {t('audit.filters.action')}
            <select name="action" defaultValue={text('action')}>
              <option value="">{t('audit.filters.allActions')}</option>
              {auditActions.map((action) => (
                <option key={action} value={action}>
                  {t(`audit.action.${action}`)}
                </option>
              ))}
            </select>
            {errorOf('action')}
          </label>
          <label>
            {t('audit.filters.from')}
            <input name="from" defaultValue={text('from')} inputMode="numeric" aria-describedby="from-error" />
            {errorOf('from')}
          </label>
          <label>
            {t('audit.filters.to')}
            <input name="to" defaultValue={text('to')} inputMode="numeric" aria-describedby="to-error" />
            {errorOf('to')}
          </label>
          <button type="submit" className="button">
            {t('audit.filters.apply')}
          </button>
        </fieldset>
      </form>
      {!result.ok ? (
        <p role="alert" className="error">
          {t(result.error)}
        </p>
      ) : result.value.lines.length === 0 ? (
        <p>{t('audit.none')}</p>
      ) : (
        <>
          <TableScroll label={t('audit.caption', { total: result.value.total })}>
            <table>
              <caption>{t('audit.caption', { total: result.value.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.table.when')}</th>
                  <th scope="col">{t('audit.table.who')}</th>
                  <th scope="col">{t('audit.table.what')}</th>
                  <th scope="col">{t('audit.table.target')}</th>
                  <th scope="col">{t('audit.table.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {result.value.lines.map((line) => (
                  <tr key={line.id}>
                    <td>{when.format(line.at)}</td>
                    <td>{line.person ?? t('audit.system')}</td>
                    <th scope="row">{named(`audit.action.${line.action}`, line.action)}</th>
                    <td>
                      {named(`audit.target.${line.targetType}`, line.targetType)}
                      {line.targetId && ` ${line.targetId}`}
                    </td>
                    <td>
                      {named(`audit.outcome.${line.outcome}`, line.outcome)}
                      {line.reason && `: ${t(line.reason)}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <nav aria-label={t('audit.pageOf', { page: result.value.page, pages: result.value.pages })}>
            <p>
              {result.value.page > 1 && <Link href={pageLink(result.value.page - 1)}>{t('audit.previous')}</Link>}{' '}
              {t('audit.pageOf', { page: result.value.page, pages: result.value.pages })}{' '}
              {result.value.page < result.value.pages && (
                <Link href={pageLink(result.value.page + 1)}>{t('audit.next')}</Link>
              )}
            </p>
          </nav>
        </>
      )}
    </div>
  );
}
