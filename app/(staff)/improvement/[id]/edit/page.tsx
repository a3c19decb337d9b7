import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm, Hidden } from '@/app/_components/action-form';
import { idFromPath, orNotFound, requirePageContext } from '@/lib/page-context';
import { getInitiative } from '@/lib/improvement/initiatives';
import { getTranslations } from 'next-intl/server';
import { listOrganisations } from '@/lib/organisations';
import { updateInitiativeAction } from '../../actions';
import { InitiativeFields } from '../../initiative-fields';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('improvement.edit') };
}

export default async function EditInitiativePage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, db } = await requirePageContext();
  const initiativeId = idFromPath((await params).id);
  const initiative = await orNotFound(getInitiative(db, actor, initiativeId));
  // Only its editors find the form; the action checks again.
  if (!initiative.canEdit) notFound();
  const organisations = await listOrganisations(db, actor);
  const tr = await getTranslations();
  return (
    <div className="page">
      <p>
        <Link href={`/improvement/${initiative.id}`}>{initiative.title}</Link>
      </p>
      <h1>{tr('improvement.edit')}</h1>
      <ActionForm action={updateInitiativeAction} submitLabel={tr('improvement.save')}>
        <Hidden name="initiativeId" value={initiative.id} />
        <InitiativeFields
          t={tr}
          initiative={initiative}
          organisations={organisations}
          ownerIds={initiative.owners.map((owner) => owner.id)}
        />
      </ActionForm>
    </div>
  );
}
