import { getTranslations } from 'next-intl/server';
import { exportTableNames, type ExportContent } from '@/lib/export/round-export';

/**
 * Download links for one kind of export: the workbook (when it has one) and each of its tables as CSV, in the
 * Swedish-Excel variant and the plain one. A CSV holds one table, so each table gets its own pair of links.
 */
export async function ExportLinks({
  roundId,
  content,
  workbook = true,
  only,
  kind,
}: {
  roundId: number;
  content: ExportContent;
  workbook?: boolean;
  /** These tables only (slugs, e.g. "malgrupper"): a dashboard page offers the tables it shows. */
  only?: string[];
  /** The dashboard's "kind of organisation" filter, so the file holds what the page shows. */
  kind?: string;
}) {
  const t = await getTranslations('report');
  const href = (format: string, table?: string) =>
    `/api/rounds/${roundId}/export?content=${content}&format=${format}${table ? `&table=${table}` : ''}${kind ? `&kind=${kind}` : ''}`;
  return (
    <ul className="export-links">
      {workbook && (
        <li>
          <a href={href('xlsx')}>{t('format.xlsx')}</a>
        </li>
      )}
      {exportTableNames(content)
        .filter(({ slug }) => !only || only.includes(slug))
        .map(({ slug, title }) => (
          <li key={slug}>
            {title}: <a href={href('csv-semicolon', slug)}>{t('format.csvSemicolon')}</a>,{' '}
            <a href={href('csv', slug)}>{t('format.csv')}</a>
          </li>
        ))}
    </ul>
  );
}

/** The foot of a dashboard page: its tables as CSV, every indicator at once, suppressed as on the page. */
export async function DashboardDownloads(props: { roundId: number; only: string[]; kind?: string }) {
  const t = await getTranslations('export.download');
  return (
    <section className="dashboard-downloads" aria-labelledby="dashboard-downloads-title">
      <h2 id="dashboard-downloads-title">{t('title')}</h2>
      <p>{t('note')}</p>
      <ExportLinks roundId={props.roundId} content="indicators" workbook={false} only={props.only} kind={props.kind} />
    </section>
  );
}
