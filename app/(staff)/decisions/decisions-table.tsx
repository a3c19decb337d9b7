// The principals' decisions as a table: on the decisions page and in the decision report.
import type { DecisionRow } from '@/lib/decisions';

export const decisionStatusName = { pending: 'Inte beslutat', extend: 'Förlänger', not_extend: 'Förlänger inte' } as const;

export function DecisionsTable({ rows, caption }: { rows: DecisionRow[]; caption: string }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Huvudman</th>
          <th scope="col">Beslut</th>
          <th scope="col">Datum</th>
          <th scope="col">Beslutande organ</th>
          <th scope="col">Diarienummer</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.organisationId}>
            <th scope="row">{row.organisationName}</th>
            <td>{decisionStatusName[row.status]}</td>
            <td>{row.decidedOn ?? ''}</td>
            <td>{row.decidingBody ?? ''}</td>
            <td>{row.caseNumber ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
