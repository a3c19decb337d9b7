import type { Metadata } from 'next';
import Link from 'next/link';
import { updateOrganisationAction } from '@/app/actions';
import { ActionForm, Hidden } from '@/app/_components/action-form';
import { idFromPath, orNotFound, requirePageContext } from '@/lib/page-context';
import { getTranslations } from 'next-intl/server';
import { getOrganisation } from '@/lib/organisations';
import { OrganisationFields } from '../organisation-fields';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('organisations.edit') };
}

export default async function OrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, db } = await requirePageContext();
  const organisation = await orNotFound(getOrganisation(db, actor, idFromPath((await params).id)));
  const tr = await getTranslations();
  return (
    <div className="page narrow">
      <p>
        <Link href="/organisations">{tr('organisations.back')}</Link>
      </p>
      <h1>{organisation.name}</h1>
      <ActionForm action={updateOrganisationAction} submitLabel={tr('rounds.save')}>
        <Hidden name="organisationId" value={organisation.id} />
        <OrganisationFields t={tr} organisation={organisation} />
      </ActionForm>
    </div>
  );
}
