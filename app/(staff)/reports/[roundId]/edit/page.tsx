import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireRole } from '@/lib/auth/actor';
import { requirePageContext } from '@/lib/page-context';
import { buildReport } from '@/lib/report';
import { listFreeTextAnswers } from '@/lib/analytics/free-text';
import { listInitiatives } from '@/lib/improvement/initiatives';
import { parseFreeTextParams } from '@/lib/analytics/filters';
import { ActionForm, Field, Hidden } from '@/app/_components/action-form';
import { ChosenQuotes } from './chosen-quotes';
import { QUOTES_PER_QUESTION, QuoteFilters, QuoteFiltersForm } from './quote-filters';
import { QuotePicker } from './quote-picker';
import { deleteRawResponsesAction, saveReportDraftAction, startNewReportVersionAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('report.edit.title') };
}

const params = z.object({ roundId: z.coerce.number().int().positive() });

export default async function EditReportPage(props: {
  params: Promise<unknown>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { actor, db } = await requirePageContext();
  const parsedParams = params.safeParse(await props.params);
  if (!parsedParams.success || actor.role !== 'strategist') notFound();
  const { roundId } = parsedParams.data;
  const report = await buildReport(db, requireRole(actor, 'strategist'), roundId);
  if (!report) notFound();
  const { filters } = parseFreeTextParams(await props.searchParams);
  const [freeText, initiatives] = await Promise.all([
    listFreeTextAnswers(db, actor, report.round, filters, { offset: 0, limit: QUOTES_PER_QUESTION }),
    listInitiatives(db, actor),
  ]);
  const t = await getTranslations();
  const answers = freeText.questions.flatMap(({ questionId, shown }) =>
    (shown?.answers ?? []).map(({ text }) => ({ questionId, text })),
  );
  const { version, content, dashboard } = report;
  const editable = !version?.locked;
  const labelOf = (key: string) => dashboard.indicators.find((indicator) => indicator.id === key)?.label.sv ?? key;

  return (
    <div className="page">
      <p>
        <Link href={`/reports/${roundId}${version ? `?version=${version.version}` : ''}`}>{t('report.edit.back')}</Link>
      </p>
      <h1>{t('report.edit.heading', { round: report.round.name })}</h1>
      {version?.locked ? (
        <>
          <p>{t('report.edit.lockedNote', { version: version.version })}</p>
          <ActionForm action={startNewReportVersionAction} submitLabel={t('report.edit.startNew')}>
            <Hidden name="roundId" value={roundId} />
          </ActionForm>
        </>
      ) : (
        <p>{version ? t('report.edit.draftNote', { version: version.version }) : t('report.edit.noDraft')}</p>
      )}
      {editable && (
        <ActionForm action={saveReportDraftAction} submitLabel={t('report.edit.save')} success={t('report.saved')}>
          <Hidden name="roundId" value={roundId} />
          <Hidden name="version" value={version?.version ?? ''} />
          <Field name="caseNumber" label={t('report.edit.caseNumber')} defaultValue={version?.caseNumber ?? ''} />
          <Field name="period" label={t('report.edit.period')} defaultValue={content.period} />
          <Field name="summary" label={t('report.edit.summary')} type="textarea" defaultValue={content.summary} />
          <Field name="proposal" label={t('report.edit.proposal')} type="textarea" defaultValue={content.proposal} />
          <fieldset>
            <legend>{t('report.edit.findings')}</legend>
            {content.findings.map((finding) => {
              const cited = content.citations
                .filter((citation) => citation.findingKey === finding.key)
                .map((citation) => citation.initiativeId);
              return (
                <div key={finding.key}>
                  <Field
                    name={`finding.${finding.key}`}
                    label={labelOf(finding.key)}
                    type="textarea"
                    defaultValue={finding.text}
                  />
                  {initiatives.length > 0 && (
                    <details open={cited.length > 0}>
                      <summary>{t('report.edit.cite', { count: cited.length })}</summary>
                      <fieldset>
                        <legend>{t('report.edit.citeLegend', { finding: labelOf(finding.key) })}</legend>
                        {initiatives.map((initiative) => (
                          <Field
                            key={initiative.id}
                            name={`cite.${finding.key}`}
                            type="checkbox"
                            value={String(initiative.id)}
                            label={t('report.edit.citeOption', {
                              title: initiative.title,
                              step: initiative.step,
                              owners: initiative.owners.join(', '),
                            })}
                            defaultChecked={cited.includes(initiative.id)}
                          />
                        ))}
                      </fieldset>
                    </details>
                  )}
                </div>
              );
            })}
          </fieldset>
          <Field
            name="assessment"
            label={t('report.edit.assessment')}
            type="textarea"
            defaultValue={content.assessment}
          />
          <Field
            name="consequences"
            label={t('report.edit.consequences')}
            type="textarea"
            defaultValue={content.consequences}
          />
          <ChosenQuotes quotes={content.quotes} />
          <QuotePicker answers={answers} chosen={content.quotes.map((quote) => quote.text)}>
            <QuoteFilters values={filters} view={freeText} />
          </QuotePicker>
        </ActionForm>
      )}
      {editable && <QuoteFiltersForm roundId={roundId} />}
      {report.round.status === 'closed' && (
        <section aria-labelledby="retention">
          <h2 id="retention">{t('retention.title')}</h2>
          <details>
            <summary>{t('retention.summary')}</summary>
            <p>{t('retention.explained', { round: report.round.name })}</p>
            <ActionForm
              action={deleteRawResponsesAction}
              submitLabel={t('retention.submit')}
              success={t('retention.deleted')}
              destructive
            >
              <Hidden name="roundId" value={roundId} />
              <Field name="confirm" type="checkbox" value="yes" label={t('retention.confirm')} />
              <Field name="confirmName" label={t('retention.confirmName', { round: report.round.name })} />
            </ActionForm>
          </details>
        </section>
      )}
    </div>
  );
}
