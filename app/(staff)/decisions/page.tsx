import type { Metadata } from 'next';
import { requirePageContext } from '@/lib/page-context';
import { decisionPeriodFrom, listDecisionBoard, mayRecordDecisions } from '@/lib/decisions';
import { getUiLocale } from '@/lib/i18n/server';
import { formTexts } from '@/app/_components/form-texts';
import { ActionForm, Field } from '@/app/_components/action-form';
import { recordDecisionAction } from '@/app/(staff)/reports/actions';
import { DecisionsTable, decisionStatusName } from './decisions-table';

export const metadata: Metadata = { title: 'Beslut om förlängning' };


export default async function DecisionsPage(props: { searchParams: Promise<{ period?: string }> }) {
  const { actor, db } = await requirePageContext();
  const period = decisionPeriodFrom((await props.searchParams).period);
  const [board, texts] = await Promise.all([listDecisionBoard(db, actor, period), getUiLocale().then(formTexts)]);
  const decided = board.filter((row) => row.status !== 'pending').length;
  return (
    <div className="page">
      <h1>Huvudmännens beslut om förlängning</h1>
      <form method="get" className="inline-form">
        <label htmlFor="period">Period</label>
        <input id="period" name="period" defaultValue={period} />
        <button type="submit" className="button secondary">Visa</button>
      </form>
      <p>
        {decided} av {board.length} huvudmän har beslutat för {period}.
      </p>
      <DecisionsTable rows={board} caption={`Beslut per huvudman för ${period}`} />
      {mayRecordDecisions(actor) && (
        <section aria-labelledby="record">
          <h2 id="record">Registrera ett beslut</h2>
          <ActionForm action={recordDecisionAction} submitLabel="Spara beslutet" texts={texts} success="Beslutet är sparat.">
            <Field name="organisationId" label="Huvudman" type="select" options={board.map((row) => ({ value: String(row.organisationId), label: row.organisationName }))} />
            <Field name="period" label="Period" defaultValue={period} hint="År–år, till exempel 2026–2027" />
            <Field name="status" label="Beslut" type="select" options={Object.entries(decisionStatusName).map(([value, label]) => ({ value, label }))} />
            <Field name="decidedOn" label="Datum" type="date" />
            <Field name="decidingBody" label="Beslutande organ" hint="Till exempel Regionstyrelsen eller Kommunstyrelsen" />
            <Field name="caseNumber" label="Diarienummer" />
          </ActionForm>
        </section>
      )}
    </div>
  );
}
