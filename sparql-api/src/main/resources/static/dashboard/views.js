// The overview's views. Each names the query it draws, the parameters its controls choose, and how rows become an
// ECharts option (or, for the plans, a table). Labels follow the language switch; data labels come from the rows.
import { t, pick } from './i18n.js';
import { pageOf, number } from './api.js';

const PALETTE = ['#2f6db5', '#e07b39', '#3a9e6f', '#c8485a', '#7a5bb5', '#c2a23a', '#3aa3b5', '#8c6d4f'];

// the pages' font stack, so that ECharts measures labels in the font it draws them with
const FONT = 'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", '
  + '"Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif';
const textStyle = { fontFamily: FONT };

const tooltipBase = { confine: true, backgroundColor: 'rgba(255,255,255,0.97)', borderColor: '#ccd3dd', textStyle: { color: '#1d2733' } };

function levelLabel(level) {
  const key = { Province: 'levelProvince', City: 'levelCity', District: 'levelDistrict' }[level];
  return key ? t(key) : (level || '');
}

function link(href, text) {
  const a = document.createElement('a');
  a.textContent = text;
  if (href) a.href = href; else a.className = 'no-link';
  return a;
}

function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' })[c]);
}

/** The plans, as a table: each plan and jurisdiction links to its page. */
export const plans = {
  id: 'plans',
  query: 'plans-overview',
  title: 'viewPlans',
  description: 'descPlans',
  table(container, rows, cfg) {
    const table = document.createElement('table');
    table.className = 'data';
    const head = table.createTHead().insertRow();
    const columns = ['colPlan', 'colJurisdiction', 'colLevel', 'colCity', 'colIssued', 'colYear', 'colMeasures'];
    columns.forEach((key, i) => {
      const th = document.createElement('th');
      th.textContent = t(key);
      if (i >= 5) th.className = 'num';
      head.appendChild(th);
    });
    const body = table.createTBody();
    const most = Math.max(1, ...rows.map(r => number(r.measures) || 0));
    for (const r of rows) {
      const tr = body.insertRow();
      // a plan whose title the catalog does not know is named by its jurisdiction and year
      tr.insertCell().appendChild(link(pageOf(r.plan, cfg), r.title || `${r.jurisdictionLabel || ''} ${r.year || ''}`.trim()
        || r.plan.split('/').pop()));
      tr.insertCell().appendChild(link(pageOf(r.jurisdiction, cfg), r.jurisdictionLabel || ''));
      tr.insertCell().textContent = levelLabel(r.level);
      tr.insertCell().textContent = r.cityLabel || '';
      tr.insertCell().textContent = r.issued || '';
      const year = tr.insertCell();
      year.textContent = r.year || '';
      year.className = 'num';
      const measures = tr.insertCell();
      measures.className = 'num bar-cell';
      const bar = document.createElement('span');
      bar.className = 'cell-bar';
      bar.style.width = Math.round(100 * (number(r.measures) || 0) / most) + '%';
      const value = document.createElement('span');
      value.textContent = r.measures;
      measures.append(bar, value);
    }
    container.replaceChildren(table);
  },
};

/** The headline answer: cross-city reform types per agency type, with how the lead is known. */
export const headline = {
  id: 'headline',
  query: 'cross-city-reform-types-by-lead-agency-type',
  title: 'viewHeadline',
  description: 'descHeadline',
  height: rows => Math.max(320, 70 + rows.length * 19),
  option(rows, cfg) {
    const ordered = [...rows].reverse(); // largest at the top of a horizontal bar chart
    const names = ordered.map(r => pick(r.label_zh, r.label_en));
    const series = (key, color, extra = {}) => ({
      name: t(key), type: 'bar', color,
      data: ordered.map(r => ({ value: number(r[key]), iri: r.agencyType })),
      emphasis: { focus: 'series' }, ...extra,
    });
    return {
      textStyle,
      tooltip: { ...tooltipBase, trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef1f5' } } },
      yAxis: { type: 'category', data: names, axisLabel: { width: 170, overflow: 'truncate' } },
      series: [
        series('crossCityReformTypes', PALETTE[0], { barGap: '10%', label: { show: true, position: 'right' } }),
        // the same rows again, split by how the lead is known
        series('viaExplicitLead', '#8fb4e3', { id: 'extra-explicit' }),
        series('viaFirstListed', '#f0b48a', { id: 'extra-first-listed' }),
      ],
    };
  },
  pageOfItem: (params, cfg) => pageOf(params.data && params.data.iri, cfg),
};

/** Agency type → reform type, a force-directed network; the checkbox keeps only cross-city reform types. */
export const network = {
  id: 'network',
  query: 'agency-type-reform-type-network',
  title: 'viewNetwork',
  description: 'descNetwork',
  controls: 'crossCity',
  params: state => ({ minCities: state.crossCity ? '2' : '1' }),
  height: () => 620,
  option(rows) {
    const nodes = new Map();
    const node = (id, name, category, size) => {
      const n = nodes.get(id) || { id, name, category, value: 0, iri: id };
      n.value += size;
      nodes.set(id, n);
    };
    for (const r of rows) {
      const w = number(r.weight) || 1;
      node(r.source, pick(r.sourceLabel, r.sourceLabel_en), 0, w);
      node(r.target, pick(r.targetLabel, r.targetLabel_en), 1, w);
    }
    const max = Math.max(1, ...[...nodes.values()].map(n => n.value));
    const data = [...nodes.values()].map(n => ({
      ...n,
      symbolSize: 8 + 30 * Math.sqrt(n.value / max),
      label: { show: n.category === 0 || n.value >= max / 6 },
    }));
    const maxWeight = Math.max(1, ...rows.map(r => number(r.weight) || 1));
    const links = rows.map(r => ({
      source: r.source, target: r.target, value: number(r.weight),
      explicit: number(r.explicitLeads), cities: number(r.targetCities),
      lineStyle: { width: 0.6 + 4 * (number(r.weight) || 1) / maxWeight, opacity: 0.45 },
    }));
    return {
      textStyle,
      tooltip: {
        ...tooltipBase,
        formatter: p => p.dataType === 'edge'
          ? `${escapeHtml(nodes.get(p.data.source).name)} → ${escapeHtml(nodes.get(p.data.target).name)}<br>`
            + `${t('leadMeasures')}: <b>${p.data.value}</b> · ${t('explicitLeads')}: ${p.data.explicit}`
            + ` · ${t('adoptingCities')}: ${p.data.cities}`
          : `${escapeHtml(p.data.name)}<br>${t('leadMeasures')}: <b>${p.data.value}</b>`,
      },
      legend: { top: 0, data: [t('agencyType'), t('reformType')] },
      color: [PALETTE[1], PALETTE[0]],
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        top: 40, bottom: 20, left: 20, right: 120,
        categories: [{ name: t('agencyType') }, { name: t('reformType') }],
        data, links,
        label: { position: 'right', fontSize: 11, color: '#1d2733' },
        labelLayout: { hideOverlap: true },
        force: { repulsion: 110, edgeLength: [30, 110], gravity: 0.18, friction: 0.2 },
        emphasis: { focus: 'adjacency', label: { show: true }, lineStyle: { opacity: 0.9 } },
        animation: false,
      }],
    };
  },
  pageOfItem: (params, cfg) => params.dataType === 'node' ? pageOf(params.data.iri, cfg) : null,
};

/** Measures per topic per city; a pale cell is a topic a city's plans leave out. */
export const heatmap = {
  id: 'heatmap',
  query: 'measures-per-topic-per-city',
  title: 'viewHeatmap',
  description: 'descHeatmap',
  controls: 'scheme',
  params: state => ({ scheme: state.scheme }),
  height: rows => Math.max(360, 90 + new Set(rows.map(r => r.topic)).size * 26),
  option(rows) {
    const cities = [...new Map(rows.map(r => [r.city, r.cityLabel])).entries()];
    const topics = [...new Map(rows.map(r => [r.topic, pick(r.label_zh, r.label_en)])).entries()];
    const cityIndex = new Map(cities.map(([iri], i) => [iri, i]));
    const topicIndex = new Map(topics.map(([iri], i) => [iri, i]));
    const max = Math.max(1, ...rows.map(r => number(r.measures) || 0));
    return {
      textStyle,
      tooltip: {
        ...tooltipBase,
        formatter: p => `${escapeHtml(p.data.cityLabel)} · ${escapeHtml(p.data.topicLabel)}<br>${t('measures')}: <b>${p.data.value[2]}</b>`
          + ` (${t('fromHeading')}: ${p.data.fromHeading})`,
      },
      grid: { left: 8, right: 16, top: 10, bottom: 56, containLabel: true },
      xAxis: { type: 'category', data: cities.map(([, label]) => label), splitArea: { show: true }, axisLabel: { fontSize: 13 } },
      yAxis: { type: 'category', data: topics.map(([, label]) => label), splitArea: { show: true }, inverse: true,
        axisLabel: { width: 200, overflow: 'truncate' } },
      visualMap: { min: 0, max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 180,
        inRange: { color: ['#f4f6f9', '#bcd3ee', '#5b8fd0', '#1f4f8f'] } },
      series: [{
        type: 'heatmap',
        data: rows.map(r => ({
          value: [cityIndex.get(r.city), topicIndex.get(r.topic), number(r.measures)],
          iri: r.topic, cityLabel: r.cityLabel, topicLabel: pick(r.label_zh, r.label_en), fromHeading: r.fromHeading,
        })),
        label: { show: true, fontSize: 11, formatter: p => String(p.data.value[2]) },
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        emphasis: { itemStyle: { shadowBlur: 6, shadowColor: 'rgba(0,0,0,0.3)' } },
      }],
    };
  },
  pageOfItem: (params, cfg) => pageOf(params.data && params.data.iri, cfg),
};

/** When each city first adopted each cross-city reform type: one row of dots per reform type, one colour per city. */
export const timeline = {
  id: 'timeline',
  query: 'reform-diffusion-timeline',
  title: 'viewTimeline',
  description: 'descTimeline',
  height: rows => Math.max(400, 90 + new Set(rows.map(r => r.reformType)).size * 20),
  option(rows) {
    const types = [...new Map(rows.map(r => [r.reformType, pick(r.label_zh, r.label_en)])).entries()];
    // earliest first adopter at the top
    const first = new Map();
    for (const r of rows) first.set(r.reformType, Math.min(first.get(r.reformType) ?? 9999, number(r.year)));
    types.sort((a, b) => first.get(a[0]) - first.get(b[0]) || a[1].localeCompare(b[1]));
    const typeIndex = new Map(types.map(([iri], i) => [iri, i]));
    const cities = [...new Map(rows.map(r => [r.city, r.cityLabel])).entries()];
    const years = rows.map(r => number(r.year));
    const spans = types.map(([iri]) => {
      const ys = rows.filter(r => r.reformType === iri).map(r => number(r.year));
      return [[Math.min(...ys), typeIndex.get(iri)], [Math.max(...ys), typeIndex.get(iri)]];
    });
    return {
      textStyle,
      tooltip: {
        ...tooltipBase,
        formatter: p => p.seriesType !== 'scatter' ? '' : `${escapeHtml(p.data.typeLabel)}<br>${escapeHtml(p.seriesName)}: ${p.data.value[0]}`
          + (p.data.place === '1' ? ` · <b>${t('firstAdopter')}</b>` : ` · ${t('place')} ${p.data.place}`),
      },
      legend: { top: 0, type: 'scroll' },
      color: PALETTE,
      grid: { left: 8, right: 24, top: 36, bottom: 30, containLabel: true },
      xAxis: { type: 'value', name: t('year'), min: Math.min(...years) - 1, max: Math.max(...years) + 1, interval: 1,
        axisLine: { onZero: false }, axisLabel: { formatter: v => String(v) }, splitLine: { lineStyle: { color: '#eef1f5' } } },
      // a value axis labelled with the reform types, so that cities adopting in the same year sit side by side
      yAxis: { type: 'value', min: -1, max: types.length, interval: 1, inverse: true,
        axisLabel: { formatter: v => (types[v] || [, ''])[1], width: 210, overflow: 'truncate', fontSize: 11 },
        axisTick: { show: false }, splitLine: { show: false } },
      series: [
        // the span from first to last adopter, under the dots
        { id: 'extra-spans', type: 'lines', coordinateSystem: 'cartesian2d', silent: true, z: 1,
          data: spans.map(coords => ({ coords })), lineStyle: { color: '#c7d0dc', width: 3, opacity: 0.8 } },
        ...cities.map(([city, label], c) => ({
          name: label, type: 'scatter', z: 3,
          symbolSize: 11,
          data: rows.filter(r => r.city === city).map(r => ({
            value: [number(r.year), typeIndex.get(r.reformType) + (c - (cities.length - 1) / 2) * 0.16],
            iri: r.reformType, place: r.place,
            typeLabel: pick(r.label_zh, r.label_en),
            symbol: r.place === '1' ? 'diamond' : 'circle',
            symbolSize: r.place === '1' ? 15 : 10,
          })),
        })),
      ],
    };
  },
  pageOfItem: (params, cfg) => pageOf(params.data && params.data.iri, cfg),
};

/** How many targets each city sets per deadline year, stacked. */
export const targets = {
  id: 'targets',
  query: 'targets-per-deadline-by-city',
  title: 'viewTargets',
  description: 'descTargets',
  // as tall as the headline chart beside it
  height: () => 545,
  option(rows) {
    const deadlines = [...new Set(rows.map(r => r.deadline || ''))];
    const cities = [...new Map(rows.map(r => [r.city, r.cityLabel])).entries()];
    return {
      textStyle,
      tooltip: { ...tooltipBase, trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, type: 'scroll' },
      color: PALETTE,
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: deadlines.map(d => d || t('undated')), name: t('deadline') },
      yAxis: { type: 'value', minInterval: 1, name: t('targets') },
      series: cities.map(([city, label]) => ({
        name: label, type: 'bar', stack: 'targets', barMaxWidth: 60,
        emphasis: { focus: 'series' },
        data: deadlines.map(d => {
          const r = rows.find(x => x.city === city && (x.deadline || '') === d);
          return r ? { value: number(r.targets), iri: city } : null;
        }),
      })),
    };
  },
  pageOfItem: (params, cfg) => pageOf(params.data && params.data.iri, cfg),
};

export const ALL = [plans, headline, network, heatmap, timeline, targets];
