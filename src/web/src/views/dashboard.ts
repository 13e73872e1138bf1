import type { EChartsOption } from 'echarts';
import { DocumentRef, ENTITY_REF, EntityRef, gql } from '../api';
import { h } from '../dom';
import { kindLabel, t } from '../i18n';
import { documentHref, navigate } from '../router';
import { csv, download, errorBox, KIND_COLOURS, loading } from '../ui';

type Cell = string | number | null | undefined;
interface Chart {
  option: EChartsOption;
  /** The chart's numbers as a table: header row first. */
  rows: Cell[][];
  sources: DocumentRef[];
  height?: number;
}

const CHARTS = ['matrix', 'funds', 'counts', 'series'] as const;
type ChartName = (typeof CHARTS)[number];
const TITLES = { matrix: 'dashboard.matrix', funds: 'dashboard.funds', counts: 'dashboard.counts', series: 'dashboard.series' } as const;
const METRICS = ['poorHouseholds', 'poorPeople', 'pairedVillages', 'fundsTotalWan'];

/** /dashboard/<chart>: one chart with the documents it is computed from, exportable as CSV and PNG. */
export function dashboardView(root: HTMLElement, chart: string, params: URLSearchParams): void {
  const name = (CHARTS as readonly string[]).includes(chart) ? (chart as ChartName) : 'matrix';
  const tabs = h('nav', { className: 'tabs', 'aria-label': t('dashboard.title') }, CHARTS.map((c) => h('a', { href: `/dashboard/${c}`, 'aria-current': c === name ? 'page' : false }, t(TITLES[c]))));
  const body = h('div', { className: 'chart-body' });
  const controls = h('div', { className: 'chart-controls' });
  root.append(h('h1', {}, t(TITLES[name])), tabs, controls, body);
  body.replaceChildren(loading());
  const build = { matrix: matrixChart, funds: fundsChart, counts: countsChart, series: () => seriesChart(controls, params) }[name];
  Promise.all([build(), import('echarts')])
    .then(([data, echarts]) => {
      const canvas = h('div', { className: 'chart', style: `height:${data.height ?? 480}px`, 'data-chart': name });
      const csvButton = h('button', { type: 'button', onclick: () => download(`${name}.csv`, URL.createObjectURL(new Blob([csv(data.rows)], { type: 'text/csv;charset=utf-8' }))) }, t('dashboard.csv'));
      const pngButton = h('button', { type: 'button' }, t('dashboard.png'));
      body.replaceChildren(
        data.rows.length <= 1 ? h('p', {}, t('dashboard.empty')) : canvas,
        h('p', { className: 'actions' }, csvButton, ' ', pngButton),
        h('h2', {}, t('dashboard.sources')),
        h('ul', { className: 'sources' }, data.sources.map((d) => h('li', {}, h('a', { href: documentHref(d.id) }, d.title)))),
      );
      const instance = echarts.init(canvas, undefined, { renderer: 'canvas' });
      // aria: ECharts describes the chart in words for screen readers and keyboard users.
      instance.setOption({ aria: { enabled: true }, textStyle: { fontFamily: '"Noto Sans CJK SC", sans-serif' }, ...data.option });
      pngButton.addEventListener('click', () => download(`${name}.png`, instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' })));
      const resize = () => instance.resize();
      window.addEventListener('resize', resize);
      new MutationObserver((_, observer) => {
        if (!canvas.isConnected) {
          instance.dispose();
          window.removeEventListener('resize', resize);
          observer.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
    })
    .catch((error) => body.replaceChildren(errorBox(error)));
}

async function matrixChart(): Promise<Chart> {
  const { dashboard } = await gql<{
    dashboard: { pairingMatrix: { districts: EntityRef[]; provinces: EntityRef[]; cells: { district: { id: string }; province: { id: string }; pairings: number; counterparts: number }[]; sources: DocumentRef[] } };
  }>(`{ dashboard { pairingMatrix { districts { ${ENTITY_REF} } provinces { ${ENTITY_REF} } cells { district { id } province { id } pairings counterparts } sources { id title } } } }`);
  const m = dashboard.pairingMatrix;
  const data = m.cells.map((c) => [m.provinces.findIndex((p) => p.id === c.province.id), m.districts.findIndex((d) => d.id === c.district.id), c.pairings]);
  const max = Math.max(1, ...m.cells.map((c) => c.pairings));
  return {
    height: Math.max(360, 40 * m.districts.length + 140),
    option: {
      tooltip: { position: 'top' },
      grid: { left: 90, right: 30, top: 20, bottom: 110 },
      xAxis: { type: 'category', data: m.provinces.map((p) => p.name), axisLabel: { rotate: 30 } },
      yAxis: { type: 'category', data: m.districts.map((d) => d.name) },
      visualMap: { min: 0, max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0 },
      series: [{ type: 'heatmap', data, label: { show: true } }],
    },
    rows: [['district', ...m.provinces.map((p) => p.name)], ...m.districts.map((d) => [d.name, ...m.provinces.map((p) => m.cells.find((c) => c.district.id === d.id && c.province.id === p.id)?.pairings ?? 0)])],
    sources: m.sources,
  };
}

async function fundsChart(): Promise<Chart> {
  const data = await gql<{ aggregate: { unit: string; sources: string[]; rows: { value: number; keys: { label: string; value: string | null }[] }[] }; documents: { edges: { node: DocumentRef }[] } }>(
    `{ aggregate(measure: MONEY_GIVEN, groupBy: [HELPING_DISTRICT, YEAR]) { unit sources rows { value keys { label value } } } documents(first: 200) { edges { node { id title } } } }`,
  );
  const rows = data.aggregate.rows;
  const districts = [...new Set(rows.map((r) => r.keys[0].label))];
  const years = [...new Set(rows.map((r) => r.keys[1].label))].sort();
  const value = (d: string, y: string) => rows.filter((r) => r.keys[0].label === d && r.keys[1].label === y).reduce((sum, r) => sum + r.value, 0);
  const titles = new Map(data.documents.edges.map((e) => [e.node.id, e.node]));
  return {
    option: {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 80, right: 20, top: 30, bottom: 60 },
      xAxis: { type: 'category', data: districts },
      yAxis: { type: 'value', name: data.aggregate.unit },
      series: years.map((y) => ({ name: y, type: 'bar', stack: 'money', data: districts.map((d) => value(d, y)) })),
    },
    rows: [['district', ...years], ...districts.map((d) => [d, ...years.map((y) => value(d, y))])],
    sources: data.aggregate.sources.map((id) => titles.get(id) ?? { id, title: id }),
  };
}

async function countsChart(): Promise<Chart> {
  const kinds = ['prefectures', 'counties', 'townships', 'villages', 'schools', 'hospitals', 'enterprises'] as const;
  const kindOf = { prefectures: 'PREFECTURE', counties: 'COUNTY', townships: 'TOWNSHIP', villages: 'VILLAGE', schools: 'SCHOOL', hospitals: 'HOSPITAL', enterprises: 'ENTERPRISE' } as const;
  const { dashboard } = await gql<{ dashboard: { pairedCounts: { rows: ({ district: EntityRef; total: number } & Record<(typeof kinds)[number], number>)[]; sources: DocumentRef[] } } }>(
    `{ dashboard { pairedCounts { rows { district { ${ENTITY_REF} } total ${kinds.join(' ')} } sources { id title } } } }`,
  );
  const rows = dashboard.pairedCounts.rows;
  return {
    option: {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 60, right: 20, top: 30, bottom: 60 },
      xAxis: { type: 'category', data: rows.map((r) => r.district.name) },
      yAxis: { type: 'value' },
      series: kinds.map((k) => ({ name: kindLabel(kindOf[k]), type: 'bar', stack: 'kinds', itemStyle: { color: KIND_COLOURS[kindOf[k]] }, data: rows.map((r) => r[k]) })),
    },
    rows: [['district', ...kinds, 'total'], ...rows.map((r) => [r.district.name, ...kinds.map((k) => r[k]), r.total])],
    sources: dashboard.pairedCounts.sources,
  };
}

interface SeriesRow {
  entity: EntityRef;
  unit: string;
  points: { date: string; value: number }[];
  sources: DocumentRef[];
}

async function seriesChart(controls: HTMLElement, params: URLSearchParams): Promise<Chart> {
  const metric = params.get('metric') ?? 'poorHouseholds';
  const { dashboard } = await gql<{ dashboard: { observationSeries: { rows: SeriesRow[]; sources: DocumentRef[] } } }>(
    `query Series($metric: String!) { dashboard { observationSeries(metric: $metric, limit: 200) { rows { entity { ${ENTITY_REF} } unit points { date value } sources { id title } } sources { id title } } } }`,
    { metric },
  );
  const all = dashboard.observationSeries.rows;
  const chosen = all.find((r) => r.entity.id === params.get('entity')) ?? all[0];
  const metricSelect = h('select', { name: 'metric', 'aria-label': t('dashboard.metric') }, METRICS.map((m) => h('option', { value: m, selected: m === metric }, m)));
  const entitySelect = h('select', { name: 'entity', 'aria-label': t('dashboard.county') }, all.map((r) => h('option', { value: r.entity.id, selected: r === chosen }, r.entity.name)));
  const go = () => navigate(`/dashboard/series?metric=${encodeURIComponent(metricSelect.value)}${metricSelect.value === metric && entitySelect.value ? `&entity=${encodeURIComponent(entitySelect.value)}` : ''}`, true);
  metricSelect.addEventListener('change', go);
  entitySelect.addEventListener('change', go);
  controls.replaceChildren(h('label', {}, t('dashboard.metric'), ' ', metricSelect), ' ', h('label', {}, t('dashboard.county'), ' ', entitySelect));
  if (!chosen) return { option: {}, rows: [['date', metric]], sources: [] };
  return {
    option: {
      title: { text: `${chosen.entity.name} · ${metric}`, left: 'center' },
      tooltip: { trigger: 'axis' },
      grid: { left: 70, right: 30, top: 50, bottom: 40 },
      xAxis: { type: 'category', data: chosen.points.map((p) => p.date) },
      yAxis: { type: 'value', name: chosen.unit },
      series: [{ type: 'line', name: metric, data: chosen.points.map((p) => p.value), label: { show: true }, markPoint: undefined }],
    },
    rows: [['date', `${metric} (${chosen.unit})`], ...chosen.points.map((p) => [p.date, p.value])],
    sources: chosen.sources,
  };
}
