// Two versions of the report side by side, section by section, with what changed marked.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import type { Translator } from '@/lib/i18n';
import { requirePageContext } from '@/lib/page-context';
import { listReportVersions, type ReportContent } from '@/lib/report/versions';
import { TableScroll } from '@/app/_components/table-scroll';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('report.compare.title') };
}

const params = z.object({ roundId: z.coerce.number().int().positive() });
const search = z.object({
  a: z.coerce.number().int().positive().optional(),
  b: z.coerce.number().int().positive().optional(),
});

function sections(t: Translator, content: ReportContent, caseNumber: string | null): [string, string][] {
  return [
    [t('report.compare.caseNumber'), caseNumber ?? ''],
    [t('report.compare.period'), content.period],
    [t('report.compare.summary'), content.summary],
    [t('report.compare.proposal'), content.proposal],
    ...content.findings.map((finding): [string, string] => [
      t('report.compare.finding', { key: finding.key }),
      finding.text,
    ]),
    [
      t('report.compare.quotes'),
      content.quotes
        .map((quote) => (quote.translation ? `${quote.text}\n(${quote.translation})` : quote.text))
        .join('\n\n'),
    ],
    [t('report.compare.assessment'), content.assessment],
    [t('report.compare.consequences'), content.consequences],
  ];
}

export default async function CompareVersionsPage(props: { params: Promise<unknown>; searchParams: Promise<unknown> }) {
  const { actor, db } = await requirePageContext();
  const parsed = params.safeParse(await props.params);
  if (!parsed.success) notFound();
  const versions = await listReportVersions(db, actor, parsed.data.roundId);
  if (versions.length < 2) notFound();
  const query = search.catch({}).parse(await props.searchParams);
  const a = versions.find((v) => v.version === query.a) ?? versions.at(-2)!;
  const b = versions.find((v) => v.version === query.b) ?? versions.at(-1)!;
  const t = await getTranslations();
  const right = new Map(sections(t, b.content, b.caseNumber));
  const rows = sections(t, a.content, a.caseNumber).map(([name, text]) => ({
    name,
    before: text,
    after: right.get(name) ?? '',
  }));
  return (
    <div className="page">
      <h1>{t('report.compare.heading', { a: a.version, b: b.version })}</h1>
      <TableScroll label={t('report.compare.caption')}>
        <table>
          <caption>{t('report.compare.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.compare.section')}</th>
              <th scope="col">{t('report.compare.version', { version: a.version })}</th>
              <th scope="col">{t('report.compare.version', { version: b.version })}</th>
              <th scope="col">{t('report.compare.changed')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name} className={row.before !== row.after ? 'changed' : undefined}>
                <th scope="row">{row.name}</th>
                <td className="prewrap">{row.before}</td>
                <td className="prewrap">{row.after}</td>
                <td>{row.before !== row.after ? t('report.compare.yes') : t('report.compare.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
