import { ChoiceGroup, Field } from '@/app/_components/action-form';
import { initiativeStatuses, type Initiative } from '@/lib/improvement/initiatives';
import type { Organisation } from '@/lib/organisations';
import type { MessageKey } from '@/lib/i18n';
import { strategyTargetGroups } from '@/lib/target-groups';

export function InitiativeFields({
  t,
  initiative,
  ownerIds,
  organisations,
}: {
  t: (key: MessageKey) => string;
  initiative?: Initiative;
  ownerIds: number[];
  organisations: Pick<Organisation, 'id' | 'name'>[];
}) {
  return (
    <>
      <Field name="title" label={t('improvement.field.title')} defaultValue={initiative?.title} required />
      <Field name="problem" label={t('improvement.field.problem')} type="textarea" defaultValue={initiative?.problem} />
      <Field name="aimWhat" label={t('improvement.field.aimWhat')} type="textarea" defaultValue={initiative?.aimWhat} />
      <Field name="aimHowMuch" label={t('improvement.field.aimHowMuch')} defaultValue={initiative?.aimHowMuch} />
      <Field
        name="aimByWhen"
        label={t('improvement.field.aimByWhen')}
        type="date"
        defaultValue={initiative?.aimByWhen}
      />
      <Field
        name="rootCauses"
        label={t('improvement.field.rootCauses')}
        type="textarea"
        defaultValue={initiative?.rootCauses}
      />
      <ChoiceGroup
        name="targetGroups"
        legend={t('improvement.field.targetGroups')}
        options={strategyTargetGroups.map((group) => ({ value: group, label: t(`improvement.targetGroup.${group}`) }))}
        defaultValues={initiative?.targetGroups ?? []}
      />
      <Field
        name="status"
        label={t('improvement.field.status')}
        type="select"
        defaultValue={initiative?.status ?? 'active'}
        options={initiativeStatuses.map((status) => ({ value: status, label: t(`improvement.status.${status}`) }))}
      />
      <Field name="learnt" label={t('improvement.field.learnt')} type="textarea" defaultValue={initiative?.learnt} />
      <ChoiceGroup
        name="owners"
        legend={t('improvement.field.owners')}
        hint={t('improvement.field.ownersHint')}
        options={organisations.map((organisation) => ({ value: String(organisation.id), label: organisation.name }))}
        defaultValues={ownerIds.map(String)}
      />
    </>
  );
}
