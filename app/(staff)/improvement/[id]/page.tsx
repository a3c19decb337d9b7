import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm, Field, Hidden } from '@/app/_components/action-form';
import { idFromPath, orNotFound, requirePageContext } from '@/lib/page-context';
import { listChangeTests } from '@/lib/improvement/change-tests';
import { getInitiative, initiativeSteps } from '@/lib/improvement/initiatives';
import { initiativeMeasureCharts } from '@/lib/improvement/measures';
import { getTranslations } from 'next-intl/server';
import { goodExampleDraft, listGoodExamples } from '@/lib/platform/good-examples';
import { moveStepAction } from '../actions';
import { ChangeTests } from './change-tests';
import { GoodExample } from './good-example';
import { MeasureSection, NewMeasureForm } from './measure-section';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('improvement.title') };
}

/** One initiative: its aim, its step in the model, its measures as run charts, and its tests of change. */
export default async function InitiativePage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, db, locale } = await requirePageContext();
  const initiativeId = idFromPath((await params).id);
  const [initiative, charts, tests, goodExamples] = await orNotFound(
    Promise.all([
      getInitiative(db, actor, initiativeId),
      initiativeMeasureCharts(db, actor, initiativeId),
      listChangeTests(db, actor, initiativeId),
      listGoodExamples(db, actor, { initiativeId }),
    ]),
  );
  const tr = await getTranslations();
  const step = initiative.step as 1 | 2 | 3;
  const testNumber = new Map(tests.map((test, index) => [test.id, index + 1]));
  return (
    <div className="page">
      <p>
        <Link href="/improvement">{tr('improvement.title')}</Link>
      </p>
      <h1>{initiative.title}</h1>
      <p>
        {tr('improvement.stepNow', { step: tr(`improvement.step.${step}`), date: initiative.stepChangedOn })}{' '}
        {tr('improvement.list.status')}: <strong>{tr(`improvement.status.${initiative.status}`)}</strong>.{' '}
        {tr('improvement.list.owners')}: {initiative.owners.map((owner) => owner.name).join(', ')}.
      </p>
      {initiative.canEdit && (
        <p>
          <Link href={`/improvement/${initiative.id}/edit`}>{tr('improvement.edit')}</Link>
        </p>
      )}

      <section aria-labelledby="aim">
        <h2 id="aim">{tr('improvement.section.aim')}</h2>
        <dl className="facts">
          <dt>{tr('improvement.field.problem')}</dt>
          <dd>{initiative.problem || tr('improvement.none')}</dd>
          <dt>{tr('improvement.field.aimWhat')}</dt>
          <dd>{initiative.aimWhat || tr('improvement.none')}</dd>
          <dt>{tr('improvement.field.aimHowMuch')}</dt>
          <dd>{initiative.aimHowMuch || tr('improvement.none')}</dd>
          <dt>{tr('improvement.field.aimByWhen')}</dt>
          <dd>{initiative.aimByWhen ?? tr('improvement.none')}</dd>
          <dt>{tr('improvement.field.rootCauses')}</dt>
          <dd>{initiative.rootCauses || tr('improvement.none')}</dd>
          <dt>{tr('improvement.field.targetGroups')}</dt>
          <dd>
            {initiative.targetGroups.length
              ? initiative.targetGroups.map((group) => tr(`improvement.targetGroup.${group as 'refugees'}`)).join(', ')
              : tr('improvement.none')}
          </dd>
        </dl>
      </section>

      {initiative.canEdit && (
        <section aria-labelledby="step">
          <h2 id="step">{tr('improvement.section.step')}</h2>
          <ActionForm
            action={moveStepAction}
            submitLabel={tr('improvement.moveStep.submit')}
            success={tr('improvement.moved')}
          >
            <Hidden name="initiativeId" value={initiative.id} />
            <Field
              name="step"
              label={tr('improvement.moveStep.label')}
              type="select"
              defaultValue={Math.min(step + 1, 3)}
              options={initiativeSteps.map((value) => ({
                value: String(value),
                label: tr(`improvement.step.${value}`),
              }))}
            />
          </ActionForm>
        </section>
      )}

      <section aria-labelledby="measures">
        <h2 id="measures">{tr('improvement.section.measures')}</h2>
        {charts.map((chart) => (
          <MeasureSection
            key={chart.measure.id}
            chart={chart}
            initiativeId={initiative.id}
            canEdit={initiative.canEdit}
            testNumber={testNumber}
            locale={locale}
          />
        ))}
        {initiative.canEdit && <NewMeasureForm initiativeId={initiative.id} locale={locale} />}
      </section>

      <ChangeTests
        initiativeId={initiative.id}
        tests={tests}
        canEdit={initiative.canEdit}
        goodExamples={goodExamples}
        locale={locale}
      />

      <section aria-labelledby="learnt">
        <h2 id="learnt">{tr('improvement.section.learnt')}</h2>
        <p>{initiative.learnt || tr('improvement.none')}</p>
        {initiative.status === 'finished' && (
          <GoodExample
            initiativeId={initiative.id}
            published={goodExamples.find((example) => example.changeTestId === null)}
            draft={goodExampleDraft(initiative)}
            canPublish={initiative.canEdit}
            summary={tr('platform.goodExample.publishInitiative')}
            locale={locale}
          />
        )}
      </section>
    </div>
  );
}
