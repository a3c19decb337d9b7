// Two versions of the report side by side, section by section, with what changed marked.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requirePageContext } from '@/lib/page-context';
import { listReportVersions, type ReportContent } from '@/lib/report/versions';

export const metadata: Metadata = { title: 'Jämför versioner' };

const params = z.object({ roundId: z.coerce.number().int().positive() });
const search = z.object({ a: z.coerce.number().int().positive().optional(), b: z.coerce.number().int().positive().optional() });

function sections(content: ReportContent, caseNumber: string | null): [string, string][] {
  return [
    ['Diarienummer', caseNumber ?? ''],
    ['Period', content.period],
    ...content.findings.map((finding): [string, string] => [`Resultat: ${finding.key}`, finding.text]),
    ['Citat', content.quotes.join('\n')],
    ['Konsekvenser', content.consequences],
    ['Förslag till beslut', content.proposal],
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
  const right = new Map(sections(b.content, b.caseNumber));
  const rows = sections(a.content, a.caseNumber).map(([name, text]) => ({ name, before: text, after: right.get(name) ?? '' }));
  return (
    <div className="page">
      <h1>
        Version {a.version} jämförd med version {b.version}
      </h1>
      <table>
        <caption>Avsnitt som ändrats är markerade</caption>
        <thead>
          <tr>
            <th scope="col">Avsnitt</th>
            <th scope="col">Version {a.version}</th>
            <th scope="col">Version {b.version}</th>
            <th scope="col">Ändrat?</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name} className={row.before !== row.after ? 'changed' : undefined}>
              <th scope="row">{row.name}</th>
              <td className="prewrap">{row.before}</td>
              <td className="prewrap">{row.after}</td>
              <td>{row.before !== row.after ? 'Ja' : 'Nej'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
