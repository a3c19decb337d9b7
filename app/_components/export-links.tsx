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
}: {
  roundId: number;
  content: ExportContent;
  workbook?: boolean;
}) {
  const t = await getTranslations('report');
  const href = (format: string, table?: string) =>
    `/api/rounds/${roundId}/export?content=${content}&format=${format}${table ? `&table=${table}` : ''}`;
  return (
    <ul className="export-links">
      {workbook && (
        <li>
          <a href={href('xlsx')}>{t('format.xlsx')}</a>
        </li>
      )}
      {exportTableNames(content).map(({ slug, title }) => (
        <li key={slug}>
          {title}: <a href={href('csv-semicolon', slug)}>{t('format.csvSemicolon')}</a>,{' '}
          <a href={href('csv', slug)}>{t('format.csv')}</a>
        </li>
      ))}
    </ul>
  );
}
