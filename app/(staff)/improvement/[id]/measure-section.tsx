// A measure: its definition, its run chart with the one-sentence summary and the data table, and its forms.
import { ActionForm, Field, Hidden } from '@/app/_components/action-form';
import { measureChoices, type Measure, type MeasureChart } from '@/lib/improvement/measures';
import { summariseRunChart } from '@/lib/improvement/summary';
import { formatNumber, translator, type UiLocale } from '@/lib/i18n';
import { indicators } from '@/surveys';
import { createMeasureAction, moveBaselineAction, recordValueAction } from '../actions';
import { RunChartCanvas } from './run-chart';
import { TableScroll } from '@/app/_components/table-scroll';

function valueFormatter(locale: UiLocale, measure: Measure) {
  const suffix = measure.unit === 'percent' ? ' %' : measure.unitLabel ? ` ${measure.unitLabel}` : '';
  // A median of whole counts can fall between two: one decimal then, never a rounded half.
  return (value: number) => `${formatNumber(locale, value, Number.isInteger(value) ? 0 : 1)}${suffix}`;
}

export function MeasureSection({
  chart,
  initiativeId,
  canEdit,
  testNumber,
  locale,
}: {
  chart: MeasureChart;
  initiativeId: number;
  canEdit: boolean;
  testNumber: Map<number, number>;
  locale: UiLocale;
}) {
  const tr = translator(locale);
  const { measure, points, marks } = chart;
  const { analysis, centre } = chart.chart;
  const format = valueFormatter(locale, measure);
  const summary = summariseRunChart(chart.chart, measure.direction, format);
  const sentence = tr(summary.key, summary.values);
  const signalIndices =
    analysis.longestRunSignal && analysis.longestRunAt
      ? points
          .map((_, index) => index)
          .filter(
            (index) =>
              index >= analysis.longestRunAt!.first &&
              index <= analysis.longestRunAt!.last &&
              points[index].value !== centre &&
              points[index].value !== null,
          )
      : [];
  const baselineLast = Math.min(measure.baselineStart + measure.baselineLength, points.length) - 1;
  const marksAt = (period: string) =>
    marks
      .filter((mark) => mark.period === period)
      .map((mark) => tr('improvement.chart.test', { n: testNumber.get(mark.id) ?? 0 }));
  const titleId = `measure-${measure.id}`;
  const indicator = indicators.find((candidate) => candidate.id === measure.indicatorId);
  return (
    <section className="chart-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{measure.name}</h3>
      <p>
        {tr('improvement.measure.about', {
          kind: tr(`improvement.measure.kind.${measure.kind}`),
          unit: measure.unitLabel || tr(`improvement.measure.unit.${measure.unit}`),
          direction: tr(`improvement.measure.direction.${measure.direction}`),
          period: tr(`improvement.measure.period.${measure.period}`),
        })}
      </p>
      <p>{measure.definition}</p>
      {indicator && (
        <p className="hint">{tr('improvement.measure.fromIndicator', { indicator: indicator.label[locale] })}</p>
      )}
      <p className="chart-summary">{sentence}</p>
      {points.length > 0 && (
        <>
          <RunChartCanvas
            labels={points.map((point) => point.label)}
            values={points.map((point) => point.value)}
            centre={centre}
            centreLabel={centre === null ? '' : tr('improvement.chart.median', { centre: format(centre) })}
            baseline={
              baselineLast >= measure.baselineStart ? { first: measure.baselineStart, last: baselineLast } : null
            }
            signalPoints={signalIndices}
            marks={marks.flatMap((mark) => {
              const index = points.findIndex((point) => point.period === mark.period);
              return index < 0
                ? []
                : [{ index, label: tr('improvement.chart.test', { n: testNumber.get(mark.id) ?? 0 }) }];
            })}
            summary={tr('improvement.chart.label', { summary: sentence })}
            valueLabel={measure.name}
          />
          <p className="hint">
            {tr('improvement.baseline.now', { first: measure.baselineStart + 1, last: baselineLast + 1 })}{' '}
            {measure.baselineReason && tr('improvement.baseline.reasonNow', { reason: measure.baselineReason })}{' '}
            {tr('improvement.table.figures', {
              run: analysis.longestRun,
              runLimit: analysis.longestRunMax,
              crossings: analysis.crossings,
              crossingsLimit: analysis.crossingsMin,
              useful: analysis.useful,
            })}
          </p>
          <TableScroll label={tr('improvement.table.caption', { measure: measure.name })}>
            <table>
              <caption>{tr('improvement.table.caption', { measure: measure.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{tr('improvement.table.period')}</th>
                  <th scope="col">{tr('improvement.table.value')}</th>
                  <th scope="col">{tr('improvement.table.side.label')}</th>
                  <th scope="col">{tr('improvement.table.tests')}</th>
                </tr>
              </thead>
              <tbody>
                {points.map((point, index) => (
                  <tr key={point.period}>
                    <th scope="row">{point.label}</th>
                    <td>{point.value === null ? tr('improvement.none') : format(point.value)}</td>
                    <td>
                      {point.value === null
                        ? tr('improvement.table.side.gap')
                        : centre === null || point.value === centre
                          ? tr('improvement.table.side.on')
                          : tr(point.value > centre ? 'improvement.table.side.above' : 'improvement.table.side.below')}
                      {signalIndices.includes(index) && ` (${tr('improvement.table.inLongRun')})`}
                    </td>
                    <td>{marksAt(point.period).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
      {canEdit && measure.period !== 'round' && (
        <details>
          <summary>
            {tr('improvement.value.new')}: {measure.name}
          </summary>
          <ActionForm
            action={recordValueAction}
            submitLabel={tr('improvement.value.save')}
            success={tr('improvement.value.saved')}
          >
            <Hidden name="initiativeId" value={initiativeId} />
            <Hidden name="measureId" value={measure.id} />
            <Field
              name="period"
              label={tr('improvement.value.period')}
              hint={tr(`improvement.value.periodHint.${measure.period}`)}
              required
            />
            <Field name="value" label={tr('improvement.value.value')} required />
            <Field name="replace" label={tr('improvement.value.replace')} type="checkbox" />
          </ActionForm>
        </details>
      )}
      {canEdit && (
        <details>
          <summary>
            {tr('improvement.baseline.title')}: {measure.name}
          </summary>
          <ActionForm
            action={moveBaselineAction}
            submitLabel={tr('improvement.baseline.save')}
            success={tr('improvement.baseline.saved')}
          >
            <Hidden name="initiativeId" value={initiativeId} />
            <Hidden name="measureId" value={measure.id} />
            <Field
              name="baselineStart"
              label={tr('improvement.baseline.start')}
              type="number"
              defaultValue={measure.baselineStart + 1}
              required
            />
            <Field
              name="baselineLength"
              label={tr('improvement.baseline.length')}
              type="number"
              defaultValue={measure.baselineLength}
              required
            />
            <Field name="reason" label={tr('improvement.baseline.reason')} type="textarea" required />
          </ActionForm>
        </details>
      )}
    </section>
  );
}

export function NewMeasureForm({ initiativeId, locale }: { initiativeId: number; locale: UiLocale }) {
  const tr = translator(locale);
  return (
    <details>
      <summary>{tr('improvement.measure.new')}</summary>
      <ActionForm
        action={createMeasureAction}
        submitLabel={tr('improvement.measure.create')}
        success={tr('improvement.measure.created')}
      >
        <Hidden name="initiativeId" value={initiativeId} />
        <Field name="name" label={tr('improvement.measure.name')} required />
        <Field
          name="kind"
          label={tr('improvement.measure.kind.label')}
          type="select"
          defaultValue="outcome"
          options={measureChoices.kinds.map((kind) => ({ value: kind, label: tr(`improvement.measure.kind.${kind}`) }))}
        />
        <Field name="definition" label={tr('improvement.measure.definition')} type="textarea" required />
        <Field
          name="unit"
          label={tr('improvement.measure.unit.label')}
          type="select"
          defaultValue="count"
          options={measureChoices.units.map((unit) => ({ value: unit, label: tr(`improvement.measure.unit.${unit}`) }))}
        />
        <Field name="unitLabel" label={tr('improvement.measure.unitLabel')} />
        <Field
          name="direction"
          label={tr('improvement.measure.direction.label')}
          type="select"
          defaultValue="higher_is_better"
          options={measureChoices.directions.map((direction) => ({
            value: direction,
            label: tr(`improvement.measure.direction.${direction}`),
          }))}
        />
        <Field
          name="period"
          label={tr('improvement.measure.period.label')}
          type="select"
          defaultValue="month"
          options={measureChoices.periods.map((period) => ({
            value: period,
            label: tr(`improvement.measure.period.${period}`),
          }))}
        />
        <Field
          name="indicatorId"
          label={tr('improvement.measure.indicator')}
          type="select"
          defaultValue=""
          options={[
            { value: '', label: tr('improvement.measure.indicatorNone') },
            ...indicators.map((indicator) => ({ value: indicator.id, label: indicator.label[locale] })),
          ]}
        />
      </ActionForm>
    </details>
  );
}
