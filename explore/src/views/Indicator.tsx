import { useMemo } from 'react';
import { useQuery } from '../api';
import { Chart, type ChartOption } from '../chart';
import { ExploreCompareDocument, ExploreIndicatorDocument, type ExploreIndicatorQuery } from '../generated/graphql';
import { KIND_LABEL, SCOPE_LABEL } from '../labels';
import { href, type Route } from '../route';
import { Show, statementsHref } from '../ui';

type Indicator = Extract<NonNullable<ExploreIndicatorQuery['node']>, { __typename: 'Indicator' }>;
type Observation = Indicator['observations'][number];

/** What a chart point carries: its observation and the statements to open on click. */
interface PointData {
  value: [string, number | '-'];
  observation: string;
  evidence: string[];
  label: string;
  symbol?: string;
}

function seriesName(observation: Observation): string {
  if (observation.kind !== 'TARGET') return '实际 Actual（含基期 baseline）';
  return observation.scope
    ? `目标·${SCOPE_LABEL[observation.scope] ?? observation.scope} ${observation.scope.toLowerCase()} target`
    : '目标 Target';
}

const SYMBOLS: Record<string, { symbol: string; symbolSize: number }> = {
  '目标·国家': { symbol: 'emptyTriangle', symbolSize: 18 },
  '目标·省': { symbol: 'emptyDiamond', symbolSize: 14 },
  '目标·市': { symbol: 'emptyCircle', symbolSize: 10 },
  '目标·县': { symbol: 'emptyRect', symbolSize: 8 },
};

/** One point per observation: actual and baseline values on one line, the targets of each scope on their own. */
export function indicatorOption(indicator: Indicator): ChartOption {
  const years = [...new Set(indicator.observations.map((o) => o.year))].sort((a, b) => a - b).map(String);
  const series = new Map<string, PointData[]>();
  for (const observation of indicator.observations) {
    const name = seriesName(observation);
    const points = series.get(name) ?? [];
    points.push({
      value: [String(observation.year), observation.value ?? '-'],
      observation: observation.id,
      evidence: observation.evidence.map((e) => e.id),
      label: `${KIND_LABEL[observation.kind] ?? observation.kind} ${observation.year}: ${observation.text ?? observation.value ?? '—'}`,
    });
    series.set(name, points);
  }
  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: (p: { data: PointData }) => p.data.label },
    legend: { top: 0 },
    grid: { left: 60, right: 30, top: 50, bottom: 40 },
    xAxis: { type: 'category', data: years, name: '年 year' },
    yAxis: { type: 'value', name: indicator.unit ?? '', scale: true },
    series: [...series].map(([name, data]) => ({
      name,
      type: 'line',
      data: data.sort((a, b) => a.value[0].localeCompare(b.value[0])),
      // Targets of several levels often share a year and a value: different shapes and sizes keep each visible.
      ...(SYMBOLS[name.split(' ')[0] ?? ''] ?? { symbol: 'circle', symbolSize: 9 }),
      connectNulls: true,
      lineStyle: name.startsWith('目标') ? { type: 'dashed' } : undefined,
    })),
  };
}

function CompareChart({ concept, route }: { concept: string; route: Route }) {
  const loaded = useQuery(ExploreCompareDocument, { concept });
  return (
    <Show loaded={loaded} what="跨地区比较">
      {(data) => {
        const comparable = data.compare.filter((s) => s.comparable);
        const names = comparable.map((s) => s.area?.name ?? s.indicator.name);
        const years = [...new Set(comparable.flatMap((s) => s.points.map((p) => p.year)))]
          .sort((a, b) => a - b)
          .map(String);
        const option: ChartOption = {
          animation: false,
          tooltip: { trigger: 'item', formatter: (p: { data: PointData }) => p.data.label },
          legend: { top: 0 },
          grid: { left: 60, right: 30, top: 50, bottom: 40 },
          xAxis: { type: 'category', data: years, name: '年 year' },
          yAxis: { type: 'value', name: comparable[0]?.conceptUnit ?? '', scale: true },
          series: comparable.map((s, index) => ({
            name: names.indexOf(names[index] ?? '') === index ? names[index] : `${names[index]} · ${s.indicator.name}`,
            type: 'line',
            symbolSize: 10,
            connectNulls: true,
            data: [...s.points]
              .sort((a, b) => a.year - b.year)
              .map((p): PointData => ({
                value: [String(p.year), p.normalisedValue ?? '-'],
                observation: p.observation.id,
                evidence: p.observation.evidence.map((e) => e.id),
                label: `${s.area?.name ?? ''} ${KIND_LABEL[p.role] ?? p.role} ${p.year}: ${p.text ?? '—'}`,
                symbol: p.kind === 'TARGET' ? 'emptyCircle' : 'circle',
              })),
          })),
        };
        const others = data.compare.filter((s) => !s.comparable);
        return (
          <>
            <Chart
              option={option}
              label="compare"
              onPoint={(item) => {
                const point = item as PointData;
                window.location.hash = statementsHref(route, point.evidence, point.label);
              }}
            />
            <p className="sub">
              空心点为目标值，实心点为实际值（含基期）。Hollow: targets; filled: actual values.{' '}
              {comparable.map((s) => (
                <a key={s.indicator.id} className="chip" href={href(['indicator', s.indicator.id])}>
                  {s.area?.name ?? ''} {s.indicator.name}
                </a>
              ))}
            </p>
            {others.length > 0 ? (
              <ul className="sub">
                {others.map((s) => (
                  <li key={s.indicator.id}>
                    <a href={href(['indicator', s.indicator.id])}>
                      {s.area?.name ?? ''} {s.indicator.name}
                    </a>
                    : 不可比 not comparable — {s.whyNotComparable}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        );
      }}
    </Show>
  );
}

export function ConceptView({ id, route }: { id: string; route: Route }) {
  return (
    <div>
      <header className="title">
        <h2>跨地区比较 Comparison across areas</h2>
        <p className="sub">{id}</p>
      </header>
      <CompareChart concept={id} route={route} />
    </div>
  );
}

export function IndicatorView({ id, route }: { id: string; route: Route }) {
  const loaded = useQuery(ExploreIndicatorDocument, { id });
  const indicator = loaded.state === 'done' && loaded.data.node?.__typename === 'Indicator' ? loaded.data.node : null;
  const option = useMemo(() => (indicator ? indicatorOption(indicator) : null), [indicator]);
  return (
    <Show loaded={loaded} what="指标">
      {() =>
        !indicator || !option ? (
          <p className="error">未找到指标 Not an indicator: {id}</p>
        ) : (
          <div>
            <header className="title">
              <p className="sub">
                指标 Indicator{' '}
                {indicator.area ? <a href={href(['area', indicator.area.id])}>{indicator.area.name}</a> : null}{' '}
                {indicator.table ? `· ${indicator.table.name}` : ''}{' '}
                {indicator.attribute ? `· ${indicator.attribute}` : ''}
              </p>
              <h2>
                {indicator.name} <span className="en">{indicator.nameEn}</span>
              </h2>
              <p className="sub">单位 Unit: {indicator.unit ?? '—'}</p>
            </header>
            <Chart
              option={option}
              label="indicator"
              onPoint={(item) => {
                const point = item as PointData;
                window.location.hash = statementsHref(route, point.evidence, point.label);
              }}
            />
            <table className="observations">
              <thead>
                <tr>
                  <th>年份 Year</th>
                  <th>类型 Kind</th>
                  <th>层级 Scope</th>
                  <th>数值 Value</th>
                  <th>出处 Source</th>
                </tr>
              </thead>
              <tbody>
                {indicator.observations.map((o) => (
                  <tr key={o.id}>
                    <td>{o.year}</td>
                    <td>{KIND_LABEL[o.kind] ?? o.kind}</td>
                    <td>{o.scope ? (SCOPE_LABEL[o.scope] ?? o.scope) : '—'}</td>
                    <td>
                      {o.text ?? o.value ?? '—'} {o.completion ? `（${o.completion}）` : ''}
                    </td>
                    <td>
                      <a
                        href={statementsHref(
                          route,
                          o.evidence.map((e) => e.id),
                          `${indicator.name} ${o.year}`,
                        )}
                      >
                        出处 ({o.evidence.length})
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {indicator.concept ? (
              <section>
                <h3>
                  各地区同一指标 {indicator.concept.name} <span className="en">across areas</span>
                </h3>
                <CompareChart concept={indicator.concept.id} route={route} />
              </section>
            ) : null}
          </div>
        )
      }
    </Show>
  );
}
