// The decision report as a document, laid out like the board's: background, purpose and method, numbered findings
// with charts and tables, the target groups' experience, comparison, consequences, decisions and proposal.
import type { GroupFigures, IndicatorFigure, RoundDashboard } from '@/lib/analytics/dashboard';
import { formatNumber, formatPercent } from '@/lib/i18n';
import { groupLabel, swedish } from '@/lib/analytics/labels';
import type { ReportCitation, ReportView } from '@/lib/report';
import { reportBackground } from '@/lib/report/background';
import { describeChange, describeFigure } from '@/lib/report/findings';
import { DecisionsTable } from '@/app/(staff)/decisions/decisions-table';
import { ShareBars } from './share-bars';
import { PlatformFollowUpTable } from '@/app/(staff)/platform/_components/follow-up-table';
import { ImprovementWork } from '@/app/(staff)/dashboards/_components/improvement-work';
import { translator } from '@/lib/i18n';

const TOO_FEW = swedish('dashboards.suppressed');

const percent = (value: number | null | undefined) => (value === null || value === undefined ? TOO_FEW : formatPercent('sv', value));
const count = (value: number | null | undefined) => (value === null || value === undefined ? TOO_FEW : formatNumber('sv', value));

type Indicator = RoundDashboard['indicators'][number];

export function ReportDocument({ report }: { report: ReportView }) {
  const { dashboard, content, round, version } = report;
  const actorIndicators = dashboard.indicators.filter((indicator) => indicator.surveyKey === 'actor-followup');
  const targetIndicators = dashboard.indicators.filter((indicator) => indicator.surveyKey === 'target-feedback');
  const findingText = (key: string) => content.findings.find((finding) => finding.key === key)?.text;
  const citationsOf = (key: string) => report.citations.filter((citation) => citation.findingKey === key);
  const versionLabel = version ? `version ${version.version}${version.locked ? ', låst' : ', utkast'}` : 'utkast, inte sparat';
  let findingNumber = 0;

  return (
    <article className="report-document" lang="sv">
      <header className="report-title">
        <p className="report-meta">Region Halland · {round.name} · {versionLabel}{version?.caseNumber ? ` · Diarienummer ${version.caseNumber}` : ''}</p>
        <h1>{reportBackground.title}</h1>
      </header>

      <section aria-labelledby="bakgrund">
        <h2 id="bakgrund">1. Bakgrund</h2>
        {reportBackground.background.map((paragraph) => <p key={paragraph}>{paragraph}</p>)}
      </section>

      <section aria-labelledby="syfte">
        <h2 id="syfte">2. Syfte och metod</h2>
        <p>{reportBackground.purpose}</p>
        {reportBackground.method.map((paragraph) => <p key={paragraph}>{paragraph}</p>)}
        <p>{reportBackground.suppression(round.minGroupSize)}</p>
        <h3>Svarsfrekvens per typ av organisation</h3>
        <table>
          <caption>Använda inbjudningslänkar av skickade, per typ av organisation</caption>
          <thead><tr><th scope="col">Typ av organisation</th><th scope="col" className="number">Länkar</th><th scope="col" className="number">Använda</th><th scope="col" className="number">Svarsfrekvens</th></tr></thead>
          <tbody>
            {[...dashboard.responseRates.byKind, dashboard.responseRates.overall].map((rate) => (
              <tr key={rate.key}>
                <th scope="row">{groupLabel(swedish, rate)}</th>
                <td className="number">{formatNumber('sv', rate.invitations)}</td>
                <td className="number">{count(rate.used)}</td>
                <td className="number">{percent(rate.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          Aktörernas enkät: {count(dashboard.actors.overall.respondents)} svar. Målgruppernas enkät: {count(dashboard.targetGroups.overall.respondents)} svar.
        </p>
      </section>

      <section aria-labelledby="resultat">
        <h2 id="resultat">3. Resultat: aktörerna</h2>
        {dashboard.actors.overall.respondents === null ? (
          <p>För få svar från aktörerna för att redovisa resultat i den här omgången.</p>
        ) : (
          actorIndicators.map((indicator) => (
            <Finding key={indicator.id} number={++findingNumber} indicator={indicator} text={findingText(indicator.id)} citations={citationsOf(indicator.id)} overall={dashboard.actors.overall} groups={dashboard.actors.byKind}  comparedWith={dashboard.comparedWith} />
          ))
        )}
        {report.platform && (
          <>
            <h3>Plattformens innehåll</h3>
            <PlatformFollowUpTable
              figures={report.platform}
              overall={dashboard.actors.overall}
              byKind={dashboard.actors.byKind}
              indicatorLabels={{
                awareness: actorIndicators.find((indicator) => indicator.id === 'aware_platform')?.label.sv ?? 'aware_platform',
                usefulness: actorIndicators.find((indicator) => indicator.id === 'platform_usefulness')?.label.sv ?? 'platform_usefulness',
              }}
              tr={translator('sv')}
              locale="sv"
            />
          </>
        )}
        {report.improvement && (
          <ImprovementWork
            figures={report.improvement}
            indicatorLabel={actorIndicators.find((indicator) => indicator.id === 'model_helped_identify_challenges')?.label.sv ?? 'model_helped_identify_challenges'}
            indicator={dashboard.actors.overall.indicators.model_helped_identify_challenges ?? null}
            tr={translator('sv')}
            locale="sv"
            headingLevel={3}
          />
        )}
      </section>

      <section aria-labelledby="malgrupper">
        <h2 id="malgrupper">4. Målgruppernas upplevelse</h2>
        {dashboard.targetGroups.overall.respondents === null ? (
          <p>För få svar från målgrupperna för att redovisa resultat i den här omgången.</p>
        ) : (
          targetIndicators.map((indicator) => (
            <Finding key={indicator.id} number={++findingNumber} indicator={indicator} text={findingText(indicator.id)} citations={citationsOf(indicator.id)} overall={dashboard.targetGroups.overall} groups={dashboard.targetGroups.byCategory}  comparedWith={dashboard.comparedWith} />
          ))
        )}
        {content.quotes.length > 0 && (
          <>
            <h3>Röster ur svaren</h3>
            {content.quotes.map((quote) => <blockquote key={quote}>{quote}</blockquote>)}
          </>
        )}
      </section>

      <section aria-labelledby="jamforelse">
        <h2 id="jamforelse">5. Jämförelse med föregående omgång</h2>
        {dashboard.comparedWith ? <ComparisonTable dashboard={dashboard} /> : <p>Det finns ingen tidigare omgång att jämföra med.</p>}
      </section>

      <section aria-labelledby="konsekvenser">
        <h2 id="konsekvenser">6. Konsekvenser</h2>
        <TextBlock text={content.consequences} />
      </section>

      <section aria-labelledby="beslut">
        <h2 id="beslut">7. Huvudmännens beslut om förlängning{content.period ? ` ${content.period}` : ''}</h2>
        {report.decisions.length === 0 ? (
          <p>Ingen beslutsperiod är angiven för rapporten.</p>
        ) : (
          <DecisionsTable rows={report.decisions} caption="Beslut per huvudman" />
        )}
      </section>

      <section aria-labelledby="forslag">
        <h2 id="forslag">8. Förslag till beslut</h2>
        <TextBlock text={content.proposal} />
      </section>
    </article>
  );
}

function Finding(props: {
  number: number;
  indicator: Indicator;
  text: string | undefined;
  citations: ReportCitation[];
  overall: GroupFigures;
  groups: GroupFigures[];
  comparedWith: RoundDashboard['comparedWith'];
}) {
  const { indicator, overall, groups } = props;
  const figure: IndicatorFigure | null = overall.indicators[indicator.id] ?? null;
  const rows = [...groups, overall].map((group) => ({ label: groupLabel(swedish, group), figure: group.indicators[indicator.id] ?? null }));
  const summary = figure
    ? `${indicator.label.sv}: ${describeFigure(figure)}.`
    : swedish('dashboards.summary.suppressed', { indicator: indicator.label.sv });
  return (
    <section className="finding" aria-labelledby={`finding-${indicator.id}`}>
      <h3 id={`finding-${indicator.id}`}>
        Resultat {props.number}. {indicator.label.sv}
      </h3>
      <TextBlock text={props.text ?? summary} />
      {props.citations.length > 0 && (
        <ul className="cited-initiatives" aria-label="Initiativ i förbättringsarbetet som citeras">
          {props.citations.map((citation) => (
            <li key={citation.id}>
              Initiativ: <strong>{citation.title}</strong>, steg {citation.step} i förbättringsmodellen, {citation.owners.join(', ')}.
            </li>
          ))}
        </ul>
      )}
      {figure ? (
        <>
          <p className="chart-summary">{summary} {describeChange(figure, props.comparedWith)}</p>
          <ShareBars title={summary} bars={rows.map((row) => ({ label: row.label, share: row.figure?.share ?? null }))} />
          <table>
            <caption>{indicator.label.sv}: andel, konfidensintervall och antal svar</caption>
            <thead><tr><th scope="col">Grupp</th><th scope="col" className="number">Andel</th><th scope="col" className="number">95 % KI</th><th scope="col" className="number">n</th></tr></thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td className="number">{percent(row.figure?.share)}</td>
                  <td className="number">{row.figure ? `${formatPercent('sv', row.figure.interval.low)}–${formatPercent('sv', row.figure.interval.high)}` : TOO_FEW}</td>
                  <td className="number">{count(row.figure?.n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p>{TOO_FEW}</p>
      )}
    </section>
  );
}

function ComparisonTable({ dashboard }: { dashboard: RoundDashboard }) {
  return (
    <table>
      <caption>Andel per indikator, {dashboard.round.name} jämfört med {dashboard.comparedWith?.name}</caption>
      <thead><tr><th scope="col">Indikator</th><th scope="col" className="number">Nu</th><th scope="col" className="number">Förra</th><th scope="col" className="number">Förändring</th><th scope="col">Större än slumpen?</th></tr></thead>
      <tbody>
        {dashboard.indicators.map((indicator) => {
          const overall = indicator.surveyKey === 'actor-followup' ? dashboard.actors.overall : dashboard.targetGroups.overall;
          const figure = overall.indicators[indicator.id] ?? null;
          const change = figure?.change ?? null;
          return (
            <tr key={indicator.id}>
              <th scope="row">{indicator.label.sv}</th>
              <td className="number">{percent(figure?.share)}</td>
              <td className="number">{change && figure ? percent(figure.share - change.difference) : TOO_FEW}</td>
              <td className="number">{change ? `${change.difference > 0 ? '+' : change.difference < 0 ? '−' : '±'}${formatNumber('sv', Math.abs(change.difference) * 100)} procentenheter` : TOO_FEW}</td>
              <td>{change ? (change.significant ? 'Ja' : 'Nej') : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Text a strategist wrote, as plain paragraphs: never HTML. */
function TextBlock({ text }: { text: string }) {
  const paragraphs = text.split(/\n{2,}/).map((paragraph) => paragraph.trim()).filter(Boolean);
  if (paragraphs.length === 0) return <p className="muted">Inte ifyllt ännu.</p>;
  return <>{paragraphs.map((paragraph, index) => <p key={index}>{paragraph}</p>)}</>;
}
