// The report alone, for printing and for the server-side PDF (rendered with JavaScript off). Its title is the PDF's
// title: Swedish, naming round and version, without the site's name.
import type { Metadata } from 'next';
import { reportTitle } from '@/lib/report';
import { loadReportPage } from '../load-report';
import { ReportDocument } from '../report-document';

type Props = { params: Promise<unknown>; searchParams: Promise<unknown> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { report } = await loadReportPage(props);
  return { title: { absolute: reportTitle(report) } };
}

export default async function ReportPrintPage(props: Props) {
  const { report } = await loadReportPage(props);
  return (
    <div className="print-page">
      <ReportDocument report={report} />
    </div>
  );
}
