// The fields of a directory entry, for creating and editing. Languages are one select each (staff / interpreter /
// not offered); locations are three numbered rows, empty ones ignored.
import { ChoiceGroup, Field, Fieldset } from '@/app/_components/action-form';
import type { ServiceCategory } from '@/lib/platform/services';
import type { MessageKey, UiLocale } from '@/lib/i18n';
import type { ServiceView } from '@/lib/platform/services';
import { serviceStatuses } from '@/lib/platform/services';
import {
  categoryName,
  languageCodes,
  municipalities,
  municipalityNames,
  serviceLanguageCodes,
  targetGroups,
} from '@/lib/platform/vocabulary';

type Props = {
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  locale: UiLocale;
  categories: ServiceCategory[];
  organisations?: { id: number; name: string }[];
  service?: ServiceView;
};

const LOCATION_ROWS = 3;

export function ServiceFields({ t, locale, categories, organisations, service }: Props) {
  const languageMode = new Map(service?.languages.map((language) => [language.code, language.mode]));
  return (
    <>
      {organisations && (
        <Field
          name="organisationId"
          label={t('platform.organisation')}
          type="select"
          defaultValue={service?.organisationId ?? ''}
          options={[
            { value: '', label: '' },
            ...organisations.map((organisation) => ({ value: String(organisation.id), label: organisation.name })),
          ]}
        />
      )}
      <Field name="name" label={t('platform.name')} defaultValue={service?.name} required />
      <Field
        name="description"
        label={t('platform.description')}
        type="textarea"
        defaultValue={service?.description}
        required
      />
      <ChoiceGroup
        name="categories"
        legend={t('platform.categories.label')}
        options={categories.map((category) => ({ value: category.id, label: categoryName(category.names, locale) }))}
        defaultValues={service?.categories.map((category) => category.id)}
      />
      <ChoiceGroup
        name="targetGroups"
        legend={t('platform.targetGroups')}
        options={targetGroups.map((group) => ({ value: group, label: t(`platform.targetGroup.${group}`) }))}
        defaultValues={service?.targetGroups}
      />
      <Fieldset name="ageGroups" legend={t('platform.ageGroups')}>
        <Field
          name="forChildren"
          label={t('platform.forChildren')}
          type="checkbox"
          defaultChecked={service?.forChildren}
        />
        <Field
          name="forAdults"
          label={t('platform.forAdults')}
          type="checkbox"
          defaultChecked={service?.forAdults ?? true}
        />
      </Fieldset>
      <Field
        name="status"
        label={t('platform.status.label')}
        type="select"
        defaultValue={service?.status ?? 'active'}
        options={serviceStatuses.map((status) => ({ value: status, label: t(`platform.status.${status}`) }))}
      />
      <Field name="validFrom" label={t('platform.validFrom')} type="date" defaultValue={service?.validFrom} />
      <Field name="validTo" label={t('platform.validTo')} type="date" defaultValue={service?.validTo} />
      <Field
        name="scheduleDescription"
        label={t('platform.scheduleDescription')}
        hint={t('platform.scheduleHint')}
        defaultValue={service?.scheduleDescription}
      />
      <Field
        name="applicationProcess"
        label={t('platform.applicationProcess')}
        hint={t('platform.applicationProcessHint')}
        type="textarea"
        defaultValue={service?.applicationProcess}
      />
      <Field
        name="referralRequired"
        label={t('platform.referralRequired')}
        type="checkbox"
        defaultChecked={service?.referralRequired}
      />
      <Fieldset name="languages" legend={t('platform.languages')} hint={t('platform.languagesHint')}>
        <div className="language-grid">
          {languageCodes.map((code) => (
            <Field
              key={code}
              name={`lang.${code}`}
              label={`${serviceLanguageCodes[code][locale]} (${code})`}
              type="select"
              defaultValue={languageMode.get(code) ?? ''}
              options={[
                { value: '', label: t('platform.language.none') },
                { value: 'staff', label: t('platform.language.staff') },
                { value: 'interpreter', label: t('platform.language.interpreter') },
              ]}
            />
          ))}
        </div>
      </Fieldset>
      <Fieldset name="locations" legend={t('platform.locations')}>
        {Array.from({ length: LOCATION_ROWS }, (_, index) => {
          const location = service?.locations[index];
          return (
            <div className="location-row" key={index}>
              <Field
                name={`location.${index}.municipality`}
                label={`${t('platform.location', { n: index + 1 })}: ${t('platform.municipality')}`}
                type="select"
                defaultValue={location?.municipality ?? ''}
                options={[
                  { value: '', label: '' },
                  ...municipalities.map((code) => ({ value: code, label: municipalityNames[code] })),
                ]}
              />
              <Field
                name={`location.${index}.address`}
                label={t('platform.address')}
                defaultValue={location?.address}
              />
              <Field
                name={`location.${index}.postalCode`}
                label={t('platform.postalCode')}
                defaultValue={location?.postalCode}
              />
            </div>
          );
        })}
      </Fieldset>
      <Fieldset name="contact" legend={t('platform.contact')}>
        <Field name="phone" label={t('platform.phone')} type="text" defaultValue={service?.phone} autoComplete="off" />
        <Field name="email" label={t('platform.email')} type="email" defaultValue={service?.email} autoComplete="off" />
        <Field name="url" label={t('platform.url')} type="text" defaultValue={service?.url} autoComplete="off" />
      </Fieldset>
      <Field
        name="isPublic"
        label={t('platform.isPublic')}
        hint={t('platform.isPublicHint')}
        type="checkbox"
        defaultChecked={service?.isPublic}
      />
    </>
  );
}
