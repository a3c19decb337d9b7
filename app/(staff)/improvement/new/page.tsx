import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/app/_components/action-form';
import { requireRole } from '@/lib/auth/actor';
import { orNotFound, requirePageContext } from '@/lib/page-context';
import { getTranslations } from 'next-intl/server';
import { listOrganisations } from '@/lib/organisations';
import { createInitiativeAction } from '../actions';
import { InitiativeFields } from '../initiative-fields';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('improvement.new') };
}

export default async function NewInitiativePage() {
  const { actor: signedIn, db } = await requirePageContext();
  const actor = await orNotFound((async () => requireRole(signedIn, 'strategist', 'coordinator'))());
  const organisations = await listOrganisations(db, actor);
  const tr = await getTranslations();
  return (
    <div className="page">
      <p>
        <Link href="/improvement">{tr('improvement.title')}</Link>
      </p>
      <h1>{tr('improvement.new')}</h1>
      <ActionForm action={createInitiativeAction} submitLabel={tr('improvement.create')}>
        <InitiativeFields
          t={tr}
          organisations={organisations}
          ownerIds={actor.organisationId ? [actor.organisationId] : []}
        />
      </ActionForm>
    </div>
  );
}
