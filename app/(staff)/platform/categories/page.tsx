import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm, Field } from '@/app/_components/action-form';
import { orNotFound, requirePageContext } from '@/lib/page-context';
import { getTranslations } from 'next-intl/server';
import { surveyLanguages } from '@/lib/i18n';
import { directoryOffers } from '@/lib/platform/offers';
import { listCategories } from '@/lib/platform/services';
import { createCategoryAction } from '../actions';
import { TableScroll } from '@/app/_components/table-scroll';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('platform.categories.title') };
}

export default async function CategoriesPage() {
  const { actor, db } = await requirePageContext();
  const categories = await orNotFound((async () => listCategories(db, actor))());
  const tr = await getTranslations();
  return (
    <div className="page">
      <p>
        <Link href="/platform">{tr('platform.back')}</Link>
      </p>
      <h1>{tr('platform.categories.title')}</h1>
      <p>{tr('platform.categories.lead')}</p>
      <TableScroll label={tr('platform.categories.title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{tr('platform.categories.code')}</th>
              {surveyLanguages.map((language) => (
                <th scope="col" key={language.code}>
                  {language.nativeName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {categories.map((category) => (
              <tr key={category.id}>
                <th scope="row">{category.code}</th>
                {surveyLanguages.map((language) => (
                  <td key={language.code} lang={language.htmlLang} dir={language.dir}>
                    {category.names[language.code] ?? '–'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {directoryOffers(actor).canAddCategory && (
        <section aria-labelledby="new-category" className="narrow">
          <h2 id="new-category">{tr('platform.categories.new')}</h2>
          <ActionForm
            action={createCategoryAction}
            submitLabel={tr('platform.categories.create')}
            success={tr('platform.categories.created')}
          >
            <Field
              name="code"
              label={tr('platform.categories.code')}
              hint={tr('platform.categories.codeHint')}
              required
            />
            <Field name="nameSv" label={tr('platform.categories.nameSv')} required />
            <Field name="nameEn" label={tr('platform.categories.nameEn')} required />
          </ActionForm>
        </section>
      )}
    </div>
  );
}
