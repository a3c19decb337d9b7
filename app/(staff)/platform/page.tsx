// The directory: every signed-in staff member browses and searches the support on offer, with each entry's
// freshness. Filters are a plain GET form, so a selection is a shareable URL and works without JavaScript.
import type { Metadata } from 'next';
import Link from 'next/link';
import { orNotFound, requirePageContext } from '@/lib/page-context';
import { getTranslations } from 'next-intl/server';
import { staleMonths } from '@/lib/platform/freshness';
import { directoryOffers } from '@/lib/platform/offers';
import { directoryFilterInput, listCategories, listDirectory } from '@/lib/platform/services';
import {
  categoryName,
  languageCodes,
  municipalities,
  municipalityNames,
  serviceLanguageCodes,
  targetGroups,
} from '@/lib/platform/vocabulary';
import { Freshness } from './_components/freshness';
import './platform.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('platform.title') };
}

export default async function PlatformPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { actor, db, locale } = await requirePageContext();
  const filters = directoryFilterInput.parse(await searchParams);
  const [entries, categories] = await orNotFound(
    Promise.all([listDirectory(db, actor, filters), listCategories(db, actor)]),
  );
  const tr = await getTranslations();
  const months = staleMonths();
  const offers = directoryOffers(actor);
  return (
    <div className="page">
      <h1>{tr('platform.title')}</h1>
      <p className="lead">{tr('platform.lead')}</p>
      <ul className="report-tools no-print">
        {offers.canAdd && (
          <li>
            <Link className="button" href="/platform/services/new">
              {tr('platform.add')}
            </Link>
          </li>
        )}
        <li>
          <Link href="/platform/examples">{tr('platform.goodExamples.label')}</Link>
        </li>
        <li>
          <Link href="/platform/meetings">{tr('platform.meetings.label')}</Link>
        </li>
        <li>
          <Link href="/platform/categories">{tr('platform.categories.label')}</Link>
        </li>
      </ul>
      <form method="get" action="/platform" className="filters">
        <fieldset>
          <legend>{tr('platform.filter')}</legend>
          <label>
            {tr('platform.search')}
            <input type="search" name="search" defaultValue={filters.search ?? ''} />
          </label>
          <label>
            {tr('platform.categories.label')}
            <select name="category" defaultValue={filters.category ?? ''}>
              <option value="">{tr('platform.filterAll')}</option>
              {categories.map((category) => (
                <option key={category.code} value={category.code}>
                  {categoryName(category.names, locale)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {tr('platform.municipality')}
            <select name="municipality" defaultValue={filters.municipality ?? ''}>
              <option value="">{tr('platform.filterAll')}</option>
              {municipalities.map((code) => (
                <option key={code} value={code}>
                  {municipalityNames[code]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {tr('platform.targetGroups')}
            <select name="targetGroup" defaultValue={filters.targetGroup ?? ''}>
              <option value="">{tr('platform.filterAll')}</option>
              {targetGroups.map((group) => (
                <option key={group} value={group}>
                  {tr(`platform.targetGroup.${group}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {tr('platform.languages')}
            <select name="language" defaultValue={filters.language ?? ''}>
              <option value="">{tr('platform.filterAll')}</option>
              {languageCodes.map((code) => (
                <option key={code} value={code}>
                  {serviceLanguageCodes[code][locale]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {tr('platform.ageGroups')}
            <select name="age" defaultValue={filters.age ?? ''}>
              <option value="">{tr('platform.filterAll')}</option>
              <option value="children">{tr('platform.age.children')}</option>
              <option value="adults">{tr('platform.age.adults')}</option>
            </select>
          </label>
          <button type="submit" className="button">
            {tr('platform.filterApply')}
          </button>
        </fieldset>
      </form>
      <h2>{tr('platform.results', { count: entries.length })}</h2>
      {entries.length === 0 ? (
        <p>{tr('platform.none')}</p>
      ) : (
        <ul className="service-list">
          {entries.map((service) => (
            <li key={service.id}>
              <h3>
                <Link href={`/platform/services/${service.id}`}>{service.name}</Link>
              </h3>
              <p className="service-meta">
                {service.organisationName} · {tr(`platform.status.${service.status}`)} ·{' '}
                {service.categories.map((category) => categoryName(category.names, locale)).join(', ')}
                {service.isPublic && <> · {tr('platform.public.yes')}</>}
              </p>
              <p className="service-meta">
                {service.locations.map((location) => municipalityNames[location.municipality]).join(', ')} ·{' '}
                {service.languages.map((language) => serviceLanguageCodes[language.code][locale]).join(', ')}
              </p>
              <p className="service-meta">
                {tr('platform.freshness')}: <Freshness service={service} months={months} t={tr} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
