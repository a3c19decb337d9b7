// The report alone, for printing and for the server-side PDF (rendered with JavaScript off).
import type { Metadata } from 'next';
import { loadReportPage } from '../load-report';
import { ReportDocument } from '../report-document';

export const metadata: Metadata = { title: 'Beslutsunderlag (utskrift)' };

export default async function ReportPrintPage(props: { params: Promise<unknown>; searchParams: Promise<unknown> }) {
  const { report } = await loadReportPage(props);
  return (
    <div className="print-page">
      <ReportDocument report={report} />
    </div>
  );
}
