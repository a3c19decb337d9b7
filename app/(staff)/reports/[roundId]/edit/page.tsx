import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { requireRole } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/page';
import { getUiLocale } from '@/lib/i18n/server';
import { translator } from '@/lib/i18n';
import { buildReport } from '@/lib/report';
import { listFreeTextAnswers } from '@/lib/analytics/free-text';
import { listInitiatives } from '@/lib/improvement/initiatives';
import { formTexts } from '@/app/_components/form-texts';
import { ActionForm, Field, Hidden } from '@/app/_components/action-form';
import { deleteRawResponsesAction, lockReportVersionAction, saveReportDraftAction, startNewReportVersionAction } from '../../actions';

export const metadata: Metadata = { title: 'Redigera beslutsunderlag' };

const params = z.object({ roundId: z.coerce.number().int().positive() });

export default async function EditReportPage(props: { params: Promise<unknown> }) {
  const actor = await requirePageActor();
  const parsedParams = params.safeParse(await props.params);
  if (!parsedParams.success || actor.role !== 'strategist') notFound();
  const { roundId } = parsedParams.data;
  const db = await getDb();
  const report = await buildReport(db, requireRole(actor, 'strategist'), roundId);
  if (!report) notFound();
  const [freeText, initiatives, texts] = await Promise.all([
    listFreeTextAnswers(db, actor, report.round),
    listInitiatives(db, actor),
    getUiLocale().then(formTexts),
  ]);
  const tr = translator(await getUiLocale());
  const quotes = freeText.flatMap((question) => (question.answers ?? []).map((text) => ({ questionId: question.questionId, text })));
  const { version, content, dashboard } = report;
  const editable = !version?.locked;
  const labelOf = (key: string) => dashboard.indicators.find((indicator) => indicator.id === key)?.label.sv ?? key;

  return (
    <div className="page">
      <p>
        <Link href={`/reports/${roundId}${version ? `?version=${version.version}` : ''}`}>Till beslutsunderlaget</Link>
      </p>
      <h1>Redigera beslutsunderlag: {report.round.name}</h1>
      {version?.locked ? (
        <>
          <p>Version {version.version} är låst. Starta en ny version för att ändra texten; den låsta versionen finns kvar.</p>
          <ActionForm action={startNewReportVersionAction} submitLabel="Starta en ny version" texts={texts}>
            <Hidden name="roundId" value={roundId} />
          </ActionForm>
        </>
      ) : (
        <p>{version ? `Utkast, version ${version.version}.` : 'Inget utkast är sparat ännu: texterna nedan är förslag från siffrorna.'}</p>
      )}
      {editable && (
        <ActionForm action={saveReportDraftAction} submitLabel="Spara utkastet" texts={texts} success="Utkastet är sparat.">
          <Hidden name="roundId" value={roundId} />
          <Hidden name="version" value={version?.version ?? ''} />
          <Field name="caseNumber" label="Diarienummer" defaultValue={version?.caseNumber ?? ''} />
          <Field name="period" label="Period som huvudmännen beslutar om (till exempel 2026–2027)" defaultValue={content.period} />
          <fieldset>
            <legend>Resultat</legend>
            {content.findings.map((finding) => {
              const cited = content.citations.filter((citation) => citation.findingKey === finding.key).map((citation) => citation.initiativeId);
              return (
                <div key={finding.key}>
                  <Field name={`finding.${finding.key}`} label={labelOf(finding.key)} type="textarea" defaultValue={finding.text} />
                  {initiatives.length > 0 && (
                    <details open={cited.length > 0}>
                      <summary>{tr('report.edit.cite', { count: cited.length })}</summary>
                      <fieldset>
                        <legend>{tr('report.edit.citeLegend', { finding: labelOf(finding.key) })}</legend>
                        {initiatives.map((initiative) => (
                          <Field
                            key={initiative.id}
                            name={`cite.${finding.key}`}
                            type="checkbox"
                            value={String(initiative.id)}
                            label={tr('report.edit.citeOption', { title: initiative.title, step: initiative.step, owners: initiative.owners.join(', ') })}
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
          <Field name="consequences" label="Konsekvenser" type="textarea" defaultValue={content.consequences} />
          <Field name="proposal" label="Förslag till beslut" type="textarea" defaultValue={content.proposal} />
          <fieldset>
            <legend>Citat ur fritextsvaren</legend>
            {quotes.length === 0 ? (
              <p className="hint">Det finns inga fritextsvar att välja, eller för få svar i omgången.</p>
            ) : (
              quotes.map((quote) => (
                <Field key={`${quote.questionId}:${quote.text}`} name="quotes" type="checkbox" value={quote.text} label={quote.text} defaultChecked={content.quotes.includes(quote.text)} />
              ))
            )}
          </fieldset>
        </ActionForm>
      )}
      {version && !version.locked && (
        <section aria-labelledby="lock">
          <h2 id="lock">Lås version {version.version}</h2>
          <ActionForm action={lockReportVersionAction} submitLabel={`Lås version ${version.version}`} texts={texts} success="Versionen är låst.">
            <Hidden name="roundId" value={roundId} />
            <Hidden name="version" value={version.version} />
            <Field name="confirm" type="checkbox" value="yes" label="Jag förstår att en låst version inte kan ändras. Den sparas med siffrorna den visar nu." />
          </ActionForm>
        </section>
      )}
      {report.round.status === 'closed' && (
        <section aria-labelledby="retention">
          <h2 id="retention">Radera omgångens svar</h2>
          <details>
            <summary>Radera rådata efter beslutet…</summary>
            <p>
              Alla enskilda svar i {report.round.name} raderas för alltid. Kvar blir de skyddade sammanställningarna och de
              låsta versionerna av beslutsunderlaget.
            </p>
            <ActionForm action={deleteRawResponsesAction} submitLabel="Radera svaren" texts={texts} success="Svaren är raderade.">
              <Hidden name="roundId" value={roundId} />
              <Field name="confirm" type="checkbox" value="yes" label="Jag förstår att det inte går att ångra." />
              <Field name="confirmName" label={`Skriv omgångens namn (${report.round.name}) för att bekräfta`} />
            </ActionForm>
          </details>
        </section>
      )}
    </div>
  );
}
