import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/app/_components/action-form';
import { requireRole } from '@/lib/auth/actor';
import { orNotFound, requirePageContext } from '@/lib/page-context';
import { getTranslations } from 'next-intl/server';
import { listOrganisations } from '@/lib/organisations';
import { directoryOffers } from '@/lib/platform/offers';
import { listCategories } from '@/lib/platform/services';
import { createServiceAction } from '../../actions';
import { ServiceFields } from '../../_components/service-fields';
import '../../platform.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('platform.add') };
}

export default async function NewServicePage() {
  const { actor, db, locale } = await requirePageContext();
  const editor = await orNotFound(Promise.resolve().then(() => requireRole(actor, 'strategist', 'coordinator')));
  const [categories, organisations] = await orNotFound(
    Promise.all([
      listCategories(db, editor),
      directoryOffers(editor).choosesOrganisation ? listOrganisations(db, editor) : undefined,
    ]),
  );
  const tr = await getTranslations();
  return (
    <div className="page">
      <p>
        <Link href="/platform">{tr('platform.back')}</Link>
      </p>
      <h1>{tr('platform.add')}</h1>
      <ActionForm action={createServiceAction} submitLabel={tr('platform.create')}>
        <ServiceFields t={tr} locale={locale} categories={categories} organisations={organisations} />
      </ActionForm>
    </div>
  );
}
