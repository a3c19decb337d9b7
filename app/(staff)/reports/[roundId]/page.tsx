import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ExportLinks } from '@/app/_components/export-links';
import { loadReportPage } from './load-report';
import { ReportDocument } from './report-document';
import { VersionState } from './version-state';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('report.title') };
}

export default async function ReportPage(props: { params: Promise<unknown>; searchParams: Promise<unknown> }) {
  const { actor, roundId, report } = await loadReportPage(props);
  const shown = report.version?.version;
  const t = await getTranslations('report');
  const query = shown ? `?version=${shown}` : '';
  return (
    <div className="page report-page">
      <VersionState actor={actor} report={report} />
      <nav className="report-tools no-print" aria-label={t('tools')}>
        <ul>
          <li>
            <a href={`/reports/${roundId}/pdf${query}`}>{t('downloadPdf')}</a>
          </li>
          <li>
            <Link href={`/reports/${roundId}/print${query}`}>{t('printVersion')}</Link>
          </li>
          {report.versions.length > 1 && (
            <li>
              <Link href={`/reports/${roundId}/compare`}>{t('compareVersions')}</Link>
            </li>
          )}
        </ul>
        <p>{t('downloadTables')}</p>
        <ExportLinks roundId={roundId} content="indicators" />
        {actor.role === 'strategist' ? (
          <>
            <p>{t('rawData')}</p>
            <ExportLinks roundId={roundId} content="responses" />
          </>
        ) : (
          <>
            <p>{t('codebook')}</p>
            <ExportLinks roundId={roundId} content="codebook" workbook={false} />
          </>
        )}
        {report.versions.length > 0 && (
          <p>
            {t('versions')}{' '}
            {report.versions.map((v) => (
              <span key={v.version}>
                {v.version === shown ? (
                  <strong aria-current="page">
                    {t('versionTag', { version: v.version, locked: String(v.locked) })}
                  </strong>
                ) : (
                  <Link href={`/reports/${roundId}?version=${v.version}`}>
                    {t('versionTag', { version: v.version, locked: String(v.locked) })}
                  </Link>
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
