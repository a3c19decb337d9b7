// The principals' decisions as a table: on the decisions page and in the decision report.
import type { DecisionRow } from '@/lib/decisions';
import { translator, type UiLocale } from '@/lib/i18n';
import { TableScroll } from '@/app/_components/table-scroll';

export const decisionStatuses = ['pending', 'extend', 'not_extend'] as const;

/** `locale` is the UI's on the decisions page and Swedish in the report (a board document). */
export function DecisionsTable({ rows, caption, locale }: { rows: DecisionRow[]; caption: string; locale: UiLocale }) {
  const t = translator(locale);
  const table = (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('decisions.principal')}</th>
          <th scope="col">{t('decisions.decision')}</th>
          <th scope="col">{t('decisions.date')}</th>
          <th scope="col">{t('decisions.decidingBody')}</th>
          <th scope="col">{t('decisions.caseNumber')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.organisationId}>
            <th scope="row">{row.organisationName}</th>
            <td>{t(`decisions.status.${row.status}`)}</td>
            <td>{row.decidedOn ?? ''}</td>
            <td>{row.decidingBody ?? ''}</td>
            <td>{row.caseNumber ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return <TableScroll label={caption}>{table}</TableScroll>;
}
