import type { Metadata } from 'next';
import Link from 'next/link';
import { createOrganisationAction } from '@/app/actions';
import { ActionForm } from '@/app/_components/action-form';
import { requireRole } from '@/lib/auth/actor';
import { orNotFound, requirePageContext } from '@/lib/page-context';
import { getTranslations } from 'next-intl/server';
import { listOrganisations } from '@/lib/organisations';
import { OrganisationFields } from './organisation-fields';
import { TableScroll } from '@/app/_components/table-scroll';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('organisations.title') };
}

export default async function OrganisationsPage() {
  const { actor, db } = await requirePageContext();
  const organisations = await orNotFound((async () => listOrganisations(db, requireRole(actor, 'strategist')))());
  const tr = await getTranslations();
  return (
    <div className="page">
      <h1>{tr('organisations.title')}</h1>
      <TableScroll label={tr('organisations.title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{tr('organisations.name')}</th>
              <th scope="col">{tr('organisations.kind.label')}</th>
              <th scope="col">{tr('organisations.principal')}</th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((organisation) => (
              <tr key={organisation.id}>
                <th scope="row">
                  <Link href={`/organisations/${organisation.id}`}>{organisation.name}</Link>
                </th>
                <td>{tr(`organisations.kind.${organisation.kind}`)}</td>
                <td>{organisation.isPrincipal ? tr('organisations.yes') : tr('organisations.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <section aria-labelledby="new-organisation">
        <h2 id="new-organisation">{tr('organisations.new')}</h2>
        <ActionForm
          action={createOrganisationAction}
          submitLabel={tr('organisations.create')}
          success={tr('organisations.created')}
        >
          <OrganisationFields t={tr} />
        </ActionForm>
      </section>
    </div>
  );
}
