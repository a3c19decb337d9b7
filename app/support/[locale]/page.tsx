// The public page of support: every entry its organisation marked public, grouped by category, in Swedish or English,
// with the category names also in the visitor's own language. Linked from the feedback survey's thank-you page.
// Nothing loads from third parties: no maps, no fonts (privacy rule 8).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { surveyLanguages, translator } from '@/lib/i18n';
import { listPublicServices, publicCategories } from '@/lib/platform/services';
import { publicPageLanguage, respondentLanguage } from '@/lib/platform/public-page';
import { categoryName, municipalityNames, serviceLanguageCodes } from '@/lib/platform/vocabulary';
import '@/app/(staff)/platform/platform.css';
import { publicPageContext } from '@/lib/page-context';

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: translator(publicPageLanguage((await params).locale))('platform.public.title') };
}

export default async function SupportPage({ params }: { params: Params }) {
  const { locale } = await params;
  const visitor = respondentLanguage(locale);
  if (!visitor) notFound();
  const pageLocale = publicPageLanguage(locale);
  const tr = translator(pageLocale);
  const { db } = await publicPageContext();
  const [entries, categories] = await Promise.all([listPublicServices(db), publicCategories(db)]);
  const groups = categories
    .map((category) => ({
      category,
      entries: entries.filter((entry) => entry.categories.some((linked) => linked.id === category.id)),
    }))
    .filter((group) => group.entries.length > 0);
  const showOwnName = locale !== pageLocale;
  return (
    <div className="public-support">
      <h1>{tr('platform.public.title')}</h1>
      <p className="lead">{tr('platform.public.lead')}</p>
      <p>
        <strong>{tr('platform.public.emergency')}</strong>
      </p>
      <nav aria-label={tr('platform.public.languages')}>
        <ul className="language-links">
          {surveyLanguages.map((language) => (
            <li key={language.code}>
              <Link
                href={`/support/${language.code}`}
                lang={language.htmlLang}
                dir={language.dir}
                aria-current={language.code === locale ? 'page' : undefined}
              >
                {language.nativeName}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {groups.length === 0 && <p>{tr('platform.public.none')}</p>}
      {groups.map(({ category, entries: inCategory }) => (
        <section key={category.id} aria-labelledby={`category-${category.code}`}>
          <h2 id={`category-${category.code}`}>
            {showOwnName && (
              <>
                <span lang={visitor.htmlLang} dir={visitor.dir}>
                  {categoryName(category.names, locale)}
                </span>
                {' – '}
              </>
            )}
            {categoryName(category.names, pageLocale)}
          </h2>
          <ul className="service-list">
            {inCategory.map((service) => {
              const staff = service.languages.filter((language) => language.mode === 'staff');
              const interpreted = service.languages.filter((language) => language.mode === 'interpreter');
              const names = (list: typeof staff) =>
                list.map((language) => serviceLanguageCodes[language.code][pageLocale]).join(', ');
              return (
                <li key={service.id}>
                  <h3 lang="sv">{service.name}</h3>
                  <p className="service-meta" lang="sv">
                    {service.organisationName}
                  </p>
                  {service.status === 'paused' && <p>{tr('platform.public.paused')}</p>}
                  <p className="prewrap" lang="sv">
                    {service.description}
                  </p>
                  <dl className="service-facts">
                    <dt>{tr('platform.public.where')}</dt>
                    <dd lang="sv">
                      {service.locations
                        .map((location) =>
                          [location.address, municipalityNames[location.municipality]].filter(Boolean).join(', '),
                        )
                        .join('; ')}
                    </dd>
                    {service.scheduleDescription && (
                      <>
                        <dt>{tr('platform.public.when')}</dt>
                        <dd lang="sv">{service.scheduleDescription}</dd>
                      </>
                    )}
                    {service.applicationProcess && (
                      <>
                        <dt>{tr('platform.public.howToGetThere')}</dt>
                        <dd lang="sv" className="prewrap">
                          {service.applicationProcess}
                          {service.referralRequired && (
                            <>
                              {' '}
                              <span lang={pageLocale}>{tr('platform.public.referral')}</span>
                            </>
                          )}
                        </dd>
                      </>
                    )}
                    {staff.length > 0 && (
                      <>
                        <dt>{tr('platform.public.languagesSpoken')}</dt>
                        <dd>{names(staff)}</dd>
                      </>
                    )}
                    {interpreted.length > 0 && (
                      <>
                        <dt>{tr('platform.public.interpreter')}</dt>
                        <dd>{names(interpreted)}</dd>
                      </>
                    )}
                    {(service.phone || service.email || service.url) && (
                      <>
                        <dt>{tr('platform.public.contact')}</dt>
                        <dd>
                          {service.phone && (
                            <a href={`tel:${service.phone.replace(/[^+0-9]/g, '')}`}>{service.phone}</a>
                          )}
                          {service.email && (
                            <>
                              {' '}
                              {' · '}
                              <a href={`mailto:${service.email}`}>{service.email}</a>
                            </>
                          )}
                          {service.url && (
                            <>
                              {' '}
                              {' · '}
                              <a href={service.url} rel="noopener noreferrer">
                                {service.url}
                              </a>
                            </>
                          )}
                        </dd>
                      </>
                    )}
                  </dl>
                  {service.verifiedAt && (
                    <p className="service-meta">
                      {tr('platform.public.checked', { date: service.verifiedAt.toISOString().slice(0, 10) })}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
