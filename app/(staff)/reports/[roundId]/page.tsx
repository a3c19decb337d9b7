import type { Metadata } from 'next';
import Link from 'next/link';
import { loadReportPage } from './load-report';
import { ReportDocument } from './report-document';

export const metadata: Metadata = { title: 'Beslutsunderlag' };

export default async function ReportPage(props: { params: Promise<unknown>; searchParams: Promise<unknown> }) {
  const { actor, roundId, report } = await loadReportPage(props);
  const shown = report.version?.version;
  const query = shown ? `?version=${shown}` : '';
  return (
    <div className="page report-page">
      <nav className="report-tools no-print" aria-label="Rapportverktyg">
        <ul>
          {actor.role === 'strategist' && (
            <li>
              <Link href={`/reports/${roundId}/edit`}>Redigera utkastet</Link>
            </li>
          )}
          <li>
            <a href={`/reports/${roundId}/pdf${query}`}>Ladda ner PDF</a>
          </li>
          <li>
            <Link href={`/reports/${roundId}/print${query}`}>Utskriftsversion</Link>
          </li>
          {report.versions.length > 1 && (
            <li>
              <Link href={`/reports/${roundId}/compare`}>Jämför versioner</Link>
            </li>
          )}
        </ul>
        <p>
          Ladda ner indikatortabellerna (skyddade):{' '}
          <a href={`/api/rounds/${roundId}/export?content=indicators&format=xlsx`}>Excel (XLSX)</a>,{' '}
          <a href={`/api/rounds/${roundId}/export?content=indicators&format=csv-semicolon`}>CSV för svenskt Excel</a>,{' '}
          <a href={`/api/rounds/${roundId}/export?content=indicators&format=csv`}>CSV</a>
          {actor.role === 'strategist' && (
            <>
              {' '}· Anonyma rådata: <a href={`/api/rounds/${roundId}/export?content=responses&format=xlsx`}>Excel (XLSX)</a>
            </>
          )}
        </p>
        {report.versions.length > 0 && (
          <p>
            Versioner:{' '}
            {report.versions.map((v) => (
              <span key={v.version}>
                {v.version === shown ? (
                  <strong aria-current="page">v{v.version} {v.locked ? '(låst)' : '(utkast)'}</strong>
                ) : (
                  <Link href={`/reports/${roundId}?version=${v.version}`}>v{v.version} {v.locked ? '(låst)' : '(utkast)'}</Link>
                )}{' '}
              </span>
            ))}
          </p>
        )}
      </nav>
      <ReportDocument report={report} />
    </div>
  );
}
