import { Field } from '@/app/_components/action-form';
import type { MessageKey } from '@/lib/i18n';
import type { RoundDetail } from '@/lib/rounds/manage';
import { surveyKeys } from '@/surveys';

/** The fields of a round, for creating one and for editing a draft. */
export function RoundFields({ t, round }: { t: (key: MessageKey) => string; round?: RoundDetail }) {
  const chosen = new Set(round ? round.surveys.map((survey) => survey.key) : surveyKeys);
  return (
    <>
      <Field name="name" label={t('rounds.name')} defaultValue={round?.name} required />
      <Field name="slug" label={t('rounds.slug')} hint={t('rounds.slugHint')} defaultValue={round?.slug} required />
      <Field name="opensOn" label={t('rounds.opensOn')} type="date" defaultValue={round?.opensOn} />
      <Field name="closesOn" label={t('rounds.closesOn')} type="date" defaultValue={round?.closesOn} />
      <Field
        name="minGroupSize"
        label={t('rounds.minGroupSize')}
        hint={t('rounds.minGroupSizeHint')}
        type="number"
        defaultValue={round?.minGroupSize ?? 5}
        required
      />
      <fieldset>
        <legend>{t('rounds.surveys')}</legend>
        {surveyKeys.map((key) => (
          <Field
            key={key}
            name="surveys"
            label={t(`rounds.survey.${key}`)}
            type="checkbox"
            defaultChecked={chosen.has(key)}
            value={key}
          />
        ))}
      </fieldset>
    </>
  );
}
