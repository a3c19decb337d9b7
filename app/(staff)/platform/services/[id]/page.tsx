// One entry: its facts and freshness for every signed-in role; "Uppgifterna stämmer" for its own organisation;
// the edit form for its organisation's coordinators and for strategists.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm, Hidden } from '@/app/_components/action-form';
import { orNotFound, requirePageContext } from '@/lib/page-context';
import { getTranslations } from 'next-intl/server';
import { staleMonths } from '@/lib/platform/freshness';
import { serviceOffers } from '@/lib/platform/offers';
import { getService, listCategories } from '@/lib/platform/services';
import { categoryName, municipalityNames, serviceLanguageCodes } from '@/lib/platform/vocabulary';
import { confirmServiceAction, updateServiceAction } from '../../actions';
import { Freshness } from '../../_components/freshness';
import { ServiceFields } from '../../_components/service-fields';
import '../../platform.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('platform.directory') };
}

export default async function ServicePage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, db, locale } = await requirePageContext();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const [service, categories] = await orNotFound(Promise.all([getService(db, actor, id), listCategories(db, actor)]));
  const tr = await getTranslations();
  const offers = serviceOffers(actor, service);
  const staff = service.languages.filter((language) => language.mode === 'staff');
  const interpreted = service.languages.filter((language) => language.mode === 'interpreter');
  const languageNames = (list: typeof staff) =>
    list.map((language) => serviceLanguageCodes[language.code][locale]).join(', ') || '–';
  return (
    <div className="page">
      <p>
        <Link href="/platform">{tr('platform.back')}</Link>
      </p>
      <h1>{service.name}</h1>
      <p className="lead">{service.organisationName}</p>
      <p>
        {tr('platform.freshness')}: <Freshness service={service} months={staleMonths()} t={tr} withName />
      </p>
      {offers.canConfirm && (
        <section aria-labelledby="confirm" className="no-print">
          <h2 id="confirm">{tr('platform.confirm')}</h2>
          <p>{tr('platform.confirmExplained')}</p>
          <ActionForm
            action={confirmServiceAction}
            submitLabel={tr('platform.confirm')}
            success={tr('platform.confirmed')}
          >
            <Hidden name="serviceId" value={service.id} />
          </ActionForm>
        </section>
      )}
      <h2>{tr('platform.directory')}</h2>
      <p className="prewrap">{service.description}</p>
      <dl className="service-facts">
        <dt>{tr('platform.status.label')}</dt>
        <dd>{tr(`platform.status.${service.status}`)}</dd>
        <dt>{tr('platform.categories.label')}</dt>
        <dd>{service.categories.map((category) => categoryName(category.names, locale)).join(', ')}</dd>
        <dt>{tr('platform.targetGroups')}</dt>
        <dd>{service.targetGroups.map((group) => tr(`platform.targetGroup.${group}`)).join(', ')}</dd>
        <dt>{tr('platform.ageGroups')}</dt>
        <dd>
          {[service.forChildren && tr('platform.age.children'), service.forAdults && tr('platform.age.adults')]
            .filter(Boolean)
            .join(', ')}
        </dd>
        <dt>{tr('platform.languagesStaff')}</dt>
        <dd>{languageNames(staff)}</dd>
        <dt>{tr('platform.languagesInterpreter')}</dt>
        <dd>{languageNames(interpreted)}</dd>
        <dt>{tr('platform.locations')}</dt>
        <dd>
          {service.locations
            .map((location) =>
              [location.address, location.postalCode, municipalityNames[location.municipality]]
                .filter(Boolean)
                .join(', '),
            )
            .join('; ')}
        </dd>
        <dt>{tr('platform.scheduleDescription')}</dt>
        <dd>{service.scheduleDescription ?? '–'}</dd>
        <dt>{tr('platform.validFrom')}</dt>
        <dd>{[service.validFrom, service.validTo].filter(Boolean).join(' – ') || '–'}</dd>
        <dt>{tr('platform.applicationProcess')}</dt>
        <dd className="prewrap">{service.applicationProcess ?? '–'}</dd>
        <dt>{tr('platform.referralRequired')}</dt>
        <dd>{service.referralRequired ? tr('platform.referral.yes') : tr('platform.referral.no')}</dd>
        <dt>{tr('platform.contact')}</dt>
        <dd>{[service.phone, service.email, service.url].filter(Boolean).join(' · ') || '–'}</dd>
        <dt>{tr('platform.isPublic')}</dt>
        <dd>{service.isPublic ? tr('organisations.yes') : tr('organisations.no')}</dd>
      </dl>
      {offers.canEdit && (
        <section aria-labelledby="edit" className="no-print">
          <h2 id="edit">{tr('platform.edit')}</h2>
          <ActionForm action={updateServiceAction} submitLabel={tr('platform.save')} success={tr('platform.saved')}>
            <Hidden name="serviceId" value={service.id} />
            <ServiceFields t={tr} locale={locale} categories={categories} service={service} />
          </ActionForm>
        </section>
      )}
    </div>
  );
}
