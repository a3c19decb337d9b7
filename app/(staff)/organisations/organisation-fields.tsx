import { Field } from '@/app/_components/action-form';
import type { Organisation } from '@/lib/organisations';
import type { MessageKey } from '@/lib/i18n';
import { organisationKinds } from '@/lib/organisations';

export function OrganisationFields({
  t,
  organisation,
}: {
  t: (key: MessageKey) => string;
  organisation?: Organisation;
}) {
  return (
    <>
      <Field name="name" label={t('organisations.name')} defaultValue={organisation?.name} required />
      <Field
        name="slug"
        label={t('organisations.slug')}
        hint={t('organisations.slugHint')}
        defaultValue={organisation?.slug}
        required
      />
      <Field
        name="kind"
        label={t('organisations.kind.label')}
        type="select"
        defaultValue={organisation?.kind ?? 'municipality'}
        options={organisationKinds.map((kind) => ({ value: kind, label: t(`organisations.kind.${kind}`) }))}
      />
      <Field
        name="isPrincipal"
        label={t('organisations.isPrincipal')}
        type="checkbox"
        defaultChecked={organisation?.isPrincipal}
      />
    </>
  );
}
