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
import { TableScroll } from '@/app/_components/table-scroll';

// The report is a Swedish board document whatever the reader's UI language: every text is `swedish`'s.
const t = swedish;
const TOO_FEW = t('dashboards.suppressed');

const percent = (value: number | null | undefined) =>
  value === null || value === undefined ? TOO_FEW : formatPercent('sv', value);
const count = (value: number | null | undefined) =>
  value === null || value === undefined ? TOO_FEW : formatNumber('sv', value);

type Indicator = RoundDashboard['indicators'][number];

export function ReportDocument({ report }: { report: ReportView }) {
  const { dashboard, content, round, version } = report;
  const actorIndicators = dashboard.indicators.filter((indicator) => indicator.surveyKey === 'actor-followup');
  const targetIndicators = dashboard.indicators.filter((indicator) => indicator.surveyKey === 'target-feedback');
  const findingText = (key: string) => content.findings.find((finding) => finding.key === key)?.text;
  const citationsOf = (key: string) => report.citations.filter((citation) => citation.findingKey === key);
  const versionLabel = t('report.document.version', {
    version: version ? String(version.version) : 'none',
    locked: String(Boolean(version?.locked)),
  });
  let findingNumber = 0;

  return (
    <article className="report-document" lang="sv">
      <header className="report-title">
        <p className="report-meta">
          {t('report.document.meta', { round: round.name, version: versionLabel })}
          {version?.caseNumber ? t('report.document.caseNumber', { caseNumber: version.caseNumber }) : ''}
        </p>
        <h1>{reportBackground.title}</h1>
      </header>

      <section aria-labelledby="bakgrund">
        <h2 id="bakgrund">{t('report.document.background')}</h2>
        {reportBackground.background.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>

      <section aria-labelledby="syfte">
        <h2 id="syfte">{t('report.document.purpose')}</h2>
        <p>{reportBackground.purpose}</p>
        {reportBackground.method.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <p>{reportBackground.suppression(round.minGroupSize)}</p>
        <h3>{t('report.document.rates.title')}</h3>
        <TableScroll label={t('report.document.rates.caption')}>
          <table>
            <caption>{t('report.document.rates.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.document.rates.kind')}</th>
                <th scope="col" className="number">
                  {t('report.document.rates.links')}
                </th>
                <th scope="col" className="number">
                  {t('report.document.rates.used')}
                </th>
                <th scope="col" className="number">
                  {t('report.document.rates.rate')}
                </th>
              </tr>
            </thead>
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
        </TableScroll>
        <p>
          {t('report.document.respondents', {
            actors: count(dashboard.actors.overall.respondents),
            targets: count(dashboard.targetGroups.overall.respondents),
          })}
        </p>
      </section>

      <section aria-labelledby="resultat">
        <h2 id="resultat">{t('report.document.actors')}</h2>
        {dashboard.actors.overall.respondents === null ? (
          <p>{t('report.document.actorsTooFew')}</p>
        ) : (
          actorIndicators.map((indicator) => (
            <Finding
              key={indicator.id}
              number={++findingNumber}
              indicator={indicator}
              text={findingText(indicator.id)}
              citations={citationsOf(indicator.id)}
              overall={dashboard.actors.overall}
              groups={dashboard.actors.byKind}
              comparedWith={dashboard.comparedWith}
            />
          ))
        )}
        {report.platform && (
          <>
            <h3>{t('report.document.platform')}</h3>
            <PlatformFollowUpTable
              figures={report.platform}
              overall={dashboard.actors.overall}
              byKind={dashboard.actors.byKind}
              indicatorLabels={{
                awareness:
                  actorIndicators.find((indicator) => indicator.id === 'aware_platform')?.label.sv ?? 'aware_platform',
                usefulness:
                  actorIndicators.find((indicator) => indicator.id === 'platform_usefulness')?.label.sv ??
                  'platform_usefulness',
              }}
              tr={t}
              locale="sv"
            />
          </>
        )}
        {report.improvement && (
          <ImprovementWork
            figures={report.improvement}
            indicatorLabel={
              actorIndicators.find((indicator) => indicator.id === 'model_helped_identify_challenges')?.label.sv ??
              'model_helped_identify_challenges'
            }
            indicator={dashboard.actors.overall.indicators.model_helped_identify_challenges ?? null}
            tr={t}
            locale="sv"
            headingLevel={3}
          />
        )}
      </section>

      <section aria-labelledby="malgrupper">
        <h2 id="malgrupper">{t('report.document.targets')}</h2>
        {dashboard.targetGroups.overall.respondents === null ? (
          <p>{t('report.document.targetsTooFew')}</p>
        ) : (
          targetIndicators.map((indicator) => (
            <Finding
              key={indicator.id}
              number={++findingNumber}
              indicator={indicator}
              text={findingText(indicator.id)}
              citations={citationsOf(indicator.id)}
              overall={dashboard.targetGroups.overall}
              groups={dashboard.targetGroups.byCategory}
              comparedWith={dashboard.comparedWith}
            />
          ))
        )}
        {content.quotes.length > 0 && (
          <>
            <h3>{t('report.document.quotes')}</h3>
            {content.quotes.map((quote) => (
              <blockquote key={quote}>{quote}</blockquote>
            ))}
          </>
        )}
      </section>

      <section aria-labelledby="jamforelse">
        <h2 id="jamforelse">{t('report.document.comparison')}</h2>
        {dashboard.comparedWith ? (
          <ComparisonTable dashboard={dashboard} />
        ) : (
          <p>{t('report.document.noComparison')}</p>
        )}
      </section>

      <section aria-labelledby="konsekvenser">
        <h2 id="konsekvenser">{t('report.document.consequences')}</h2>
        <TextBlock text={content.consequences} />
      </section>

      <section aria-labelledby="beslut">
        <h2 id="beslut">
          {content.period
            ? t('report.document.decisionsFor', { period: content.period })
            : t('report.document.decisions')}
        </h2>
        {report.decisions.length === 0 ? (
          <p>{t('report.document.noPeriod')}</p>
        ) : (
          <DecisionsTable rows={report.decisions} caption={t('report.document.decisionsCaption')} locale="sv" />
        )}
      </section>

      <section aria-labelledby="forslag">
        <h2 id="forslag">{t('report.document.proposal')}</h2>
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
  const rows = [...groups, overall].map((group) => ({
    label: groupLabel(swedish, group),
    figure: group.indicators[indicator.id] ?? null,
  }));
  const summary = figure
    ? `${indicator.label.sv}: ${describeFigure(figure)}.`
    : t('dashboards.summary.suppressed', { indicator: indicator.label.sv });
  return (
    <section className="finding" aria-labelledby={`finding-${indicator.id}`}>
      <h3 id={`finding-${indicator.id}`}>
        {t('report.document.findingTitle', { number: props.number, indicator: indicator.label.sv })}
      </h3>
      <TextBlock text={props.text ?? summary} />
      {props.citations.length > 0 && (
        <ul className="cited-initiatives" aria-label={t('report.document.citedInitiatives')}>
          {props.citations.map((citation) => (
            <li key={citation.id}>
              {t.rich('report.document.citation', {
                title: citation.title,
                step: citation.step,
                owners: citation.owners.join(', '),
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </li>
          ))}
        </ul>
      )}
      {figure ? (
        <>
          <p className="chart-summary">
            {summary} {describeChange(figure, props.comparedWith)}
          </p>
          <ShareBars
            title={summary}
            bars={rows.map((row) => ({ label: row.label, share: row.figure?.share ?? null }))}
          />
          <TableScroll label={t('report.document.finding.caption', { indicator: indicator.label.sv })}>
            <table>
              <caption>{t('report.document.finding.caption', { indicator: indicator.label.sv })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('report.document.finding.group')}</th>
                  <th scope="col" className="number">
                    {t('report.document.finding.share')}
                  </th>
                  <th scope="col" className="number">
                    {t('report.document.finding.interval')}
                  </th>
                  <th scope="col" className="number">
                    {t('report.document.finding.n')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{row.label}</th>
                    <td className="number">{percent(row.figure?.share)}</td>
                    <td className="number">
                      {row.figure
                        ? `${formatPercent('sv', row.figure.interval.low)}–${formatPercent('sv', row.figure.interval.high)}`
                        : TOO_FEW}
                    </td>
                    <td className="number">{count(row.figure?.n)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      ) : (
        <p>{TOO_FEW}</p>
      )}
    </section>
  );
}

function ComparisonTable({ dashboard }: { dashboard: RoundDashboard }) {
  const table = (
    <table>
      <caption>
        {t('report.document.compare.caption', {
          round: dashboard.round.name,
          previous: dashboard.comparedWith?.name ?? '',
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('report.document.compare.indicator')}</th>
          <th scope="col" className="number">
            {t('report.document.compare.now')}
          </th>
          <th scope="col" className="number">
            {t('report.document.compare.previous')}
          </th>
          <th scope="col" className="number">
            {t('report.document.compare.change')}
          </th>
          <th scope="col">{t('report.document.compare.significant')}</th>
        </tr>
      </thead>
      <tbody>
        {dashboard.indicators.map((indicator) => {
          const overall =
            indicator.surveyKey === 'actor-followup' ? dashboard.actors.overall : dashboard.targetGroups.overall;
          const figure = overall.indicators[indicator.id] ?? null;
          const change = figure?.change ?? null;
          return (
            <tr key={indicator.id}>
              <th scope="row">{indicator.label.sv}</th>
              <td className="number">{percent(figure?.share)}</td>
              <td className="number">{change && figure ? percent(figure.share - change.difference) : TOO_FEW}</td>
              <td className="number">
                {change
                  ? t('report.document.compare.points', {
                      sign: change.difference > 0 ? '+' : change.difference < 0 ? '−' : '±',
                      points: formatNumber('sv', Math.abs(change.difference) * 100),
                    })
                  : TOO_FEW}
              </td>
              <td>
                {change
                  ? change.significant
                    ? t('report.document.compare.yes')
                    : t('report.document.compare.no')
                  : ''}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  const caption = t('report.document.compare.caption', {
    round: dashboard.round.name,
    previous: dashboard.comparedWith?.name ?? '',
  });
  return <TableScroll label={caption}>{table}</TableScroll>;
}

/** Text a strategist wrote, as plain paragraphs: never HTML. */
function TextBlock({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return <p className="muted">{t('report.document.empty')}</p>;
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </>
  );
}
