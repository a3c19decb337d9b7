// The report alone, for printing and for the server-side PDF (rendered with JavaScript off).
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { loadReportPage } from '../load-report';
import { ReportDocument } from '../report-document';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('report.print.title') };
}

export default async function ReportPrintPage(props: { params: Promise<unknown>; searchParams: Promise<unknown> }) {
  const { report } = await loadReportPage(props);
  return (
    <div className="print-page">
      <ReportDocument report={report} />
    </div>
  );
}
