// The tests of change (PDSA cycles) of an initiative, numbered T1, T2, … in date order as on the run charts.
import { ActionForm, Field, Hidden } from '@/app/_components/action-form';
import { translator, type UiLocale } from '@/lib/i18n';
import { goodExampleDraft, type GoodExampleView } from '@/lib/platform/good-examples';
import { createChangeTestAction, updateChangeTestAction } from '../actions';
import { changeTestDecisions, type ChangeTest } from '@/lib/improvement/change-tests';
import { GoodExample } from './good-example';

type Translate = ReturnType<typeof translator>;

function ChangeTestFields({ tr, test }: { tr: Translate; test?: ChangeTest }) {
  return (
    <>
      <fieldset>
        <legend>{tr('improvement.test.plan')}</legend>
        <Field name="idea" label={tr('improvement.test.idea')} type="textarea" defaultValue={test?.idea} required />
        <Field
          name="prediction"
          label={tr('improvement.test.prediction')}
          type="textarea"
          defaultValue={test?.prediction}
          required
        />
        <Field name="who" label={tr('improvement.test.who')} defaultValue={test?.who} />
        <Field name="place" label={tr('improvement.test.place')} defaultValue={test?.place} />
        <Field
          name="startsOn"
          label={tr('improvement.test.startsOn')}
          type="date"
          defaultValue={test?.startsOn}
          required
        />
        <Field name="endsOn" label={tr('improvement.test.endsOn')} type="date" defaultValue={test?.endsOn} />
      </fieldset>
      <fieldset>
        <legend>{tr('improvement.test.do')}</legend>
        <Field name="happened" label={tr('improvement.test.happened')} type="textarea" defaultValue={test?.happened} />
      </fieldset>
      <fieldset>
        <legend>{tr('improvement.test.study')}</legend>
        <Field name="studied" label={tr('improvement.test.studied')} type="textarea" defaultValue={test?.studied} />
      </fieldset>
      <fieldset>
        <legend>{tr('improvement.test.act')}</legend>
        <Field
          name="decision"
          label={tr('improvement.test.decision.label')}
          type="select"
          defaultValue={test?.decision ?? ''}
          options={[
            { value: '', label: tr('improvement.test.decision.none') },
            ...changeTestDecisions.map((decision) => ({
              value: decision,
              label: tr(`improvement.test.decision.${decision}`),
            })),
          ]}
        />
      </fieldset>
    </>
  );
}

export function ChangeTests({
  initiativeId,
  tests,
  canEdit,
  goodExamples,
  locale,
}: {
  initiativeId: number;
  tests: ChangeTest[];
  canEdit: boolean;
  /** The initiative's published good examples: an adopted test links to its own. */
  goodExamples: GoodExampleView[];
  locale: UiLocale;
}) {
  const tr = translator(locale);
  return (
    <section aria-labelledby="tests">
      <h2 id="tests">{tr('improvement.section.tests')}</h2>
      {tests.length === 0 && <p>{tr('improvement.test.none')}</p>}
      {tests.map((test, index) => (
        <article key={test.id} className="change-test" aria-labelledby={`test-${test.id}`}>
          <h3 id={`test-${test.id}`}>{tr('improvement.test.label', { n: index + 1, idea: test.idea })}</h3>
          <dl className="facts">
            <dt>{tr('improvement.test.prediction')}</dt>
            <dd>{test.prediction}</dd>
            <dt>
              {tr('improvement.test.who')} / {tr('improvement.test.place')}
            </dt>
            <dd>{[test.who, test.place].filter(Boolean).join(', ') || tr('improvement.none')}</dd>
            <dt>
              {tr('improvement.test.startsOn')} – {tr('improvement.test.endsOn')}
            </dt>
            <dd>
              {tr('improvement.test.dates', { starts: test.startsOn, ends: test.endsOn ?? tr('improvement.none') })}
            </dd>
            <dt>{tr('improvement.test.happened')}</dt>
            <dd>{test.happened || tr('improvement.none')}</dd>
            <dt>{tr('improvement.test.studied')}</dt>
            <dd>{test.studied || tr('improvement.none')}</dd>
            <dt>{tr('improvement.test.decision.label')}</dt>
            <dd>
              {test.decision ? tr(`improvement.test.decision.${test.decision}`) : tr('improvement.test.decision.none')}
            </dd>
          </dl>
          {test.decision === 'adopt' && (
            <GoodExample
              initiativeId={initiativeId}
              changeTestId={test.id}
              published={goodExamples.find((example) => example.changeTestId === test.id)}
              draft={goodExampleDraft(test)}
              canPublish={canEdit}
              summary={tr('platform.goodExample.publishTest', { n: index + 1 })}
              locale={locale}
            />
          )}
          {canEdit && (
            <details>
              <summary>{tr('improvement.test.editTitle', { n: index + 1 })}</summary>
              <ActionForm
                action={updateChangeTestAction}
                submitLabel={tr('improvement.test.update')}
                success={tr('improvement.test.updated')}
              >
                <Hidden name="initiativeId" value={initiativeId} />
                <Hidden name="changeTestId" value={test.id} />
                <ChangeTestFields tr={tr} test={test} />
              </ActionForm>
            </details>
          )}
        </article>
      ))}
      {canEdit && (
        <details>
          <summary>{tr('improvement.test.new')}</summary>
          <ActionForm
            action={createChangeTestAction}
            submitLabel={tr('improvement.test.create')}
            success={tr('improvement.test.created')}
          >
            <Hidden name="initiativeId" value={initiativeId} />
            <ChangeTestFields tr={tr} />
          </ActionForm>
        </details>
      )}
    </section>
  );
}
