import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageContext } from '@/lib/page-context';
import { listInitiatives, mayStartInitiative } from '@/lib/improvement/initiatives';
import { TableScroll } from '@/app/_components/table-scroll';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('improvement.title') };
}

/** Every initiative of the improvement model, for all signed-in staff. */
export default async function ImprovementPage() {
  const { actor, db } = await requirePageContext();
  const initiatives = await listInitiatives(db, actor);
  const tr = await getTranslations();
  return (
    <div className="page">
      <h1>{tr('improvement.title')}</h1>
      <p>{tr('improvement.lead')}</p>
      {mayStartInitiative(actor) && (
        <p>
          <Link className="button" href="/improvement/new">
            {tr('improvement.new')}
          </Link>
        </p>
      )}
      {initiatives.length === 0 ? (
        <p>{tr('improvement.list.empty')}</p>
      ) : (
        <TableScroll label={tr('improvement.list.caption')}>
          <table>
            <caption>{tr('improvement.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('improvement.list.title')}</th>
                <th scope="col">{tr('improvement.list.step')}</th>
                <th scope="col">{tr('improvement.list.since')}</th>
                <th scope="col">{tr('improvement.list.status')}</th>
                <th scope="col">{tr('improvement.list.owners')}</th>
                <th scope="col">{tr('improvement.list.measures')}</th>
                <th scope="col">{tr('improvement.list.tests')}</th>
              </tr>
            </thead>
            <tbody>
              {initiatives.map((initiative) => (
                <tr key={initiative.id}>
                  <th scope="row">
                    <Link href={`/improvement/${initiative.id}`}>{initiative.title}</Link>
                    {initiative.isDemo && <span className="hint"> ({tr('improvement.demo')})</span>}
                  </th>
                  <td>{tr(`improvement.step.${initiative.step as 1 | 2 | 3}`)}</td>
                  <td>{initiative.stepChangedOn}</td>
                  <td>{tr(`improvement.status.${initiative.status}`)}</td>
                  <td>{initiative.owners.join(', ')}</td>
                  <td>{initiative.measureCount}</td>
                  <td>{initiative.changeTestCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
