// The query editor: YASGUI on this server's /sparql, the project's prefixes filled in, the query library as examples,
// results as a table, a chart or a graph (the last two drawn with ECharts by the plugins below).
import { t, lang, installSwitch, onLangChange } from './i18n.js';
import { config, queries, pageOf } from './api.js';

const { Yasqe, Yasr } = Yasgui;
/** The project's prefixes, to shorten IRIs in chart labels; set once the config is read. */
let prefixes = {};

function shorten(value, known) {
  for (const [prefix, ns] of Object.entries(known)) {
    if (value.startsWith(ns) && value.length > ns.length) return prefix + ':' + value.substring(ns.length);
  }
  return value;
}

function isNumeric(term) {
  return term && term.type !== 'uri' && term.value !== '' && !Number.isNaN(Number(term.value));
}

function note(yasr, key) {
  const p = document.createElement('p');
  p.className = 'rg-plugin-note';
  p.textContent = t(key);
  yasr.resultsEl.appendChild(p);
}

function chartHolder(yasr) {
  const el = document.createElement('div');
  el.className = 'rg-plugin-chart';
  yasr.resultsEl.appendChild(el);
  return echarts.init(el);
}

function icon(text) {
  const el = document.createElement('span');
  el.textContent = text;
  el.className = 'rg-plugin-icon';
  return el;
}

/** A bar chart of a SELECT's numeric columns against its first non-numeric column. */
class ChartPlugin {
  constructor(yasr) {
    this.yasr = yasr;
    this.priority = 4;
    this.label = t('chartPlugin');
  }

  canHandleResults() {
    const r = this.yasr.results;
    return !!(r && r.getVariables && r.getVariables().length && r.getBindings && r.getBindings());
  }

  getIcon() {
    return icon('▥');
  }

  draw() {
    const vars = this.yasr.results.getVariables();
    const rows = this.yasr.results.getBindings() || [];
    const numeric = vars.filter(v => rows.length && rows.every(b => !b[v] || isNumeric(b[v])) && rows.some(b => b[v]));
    // the label column: one in the chosen language, else any column of text, else the first one of IRIs
    const text = vars.filter(v => !numeric.includes(v));
    const literal = v => rows.some(b => b[v] && b[v].type !== 'uri');
    const label = text.find(v => v === 'label_' + lang()) || text.find(literal) || text[0];
    if (!numeric.length || !label) {
      note(this.yasr, 'chartNeedsNumbers');
      return;
    }
    const shown = rows.slice(0, 300);
    const chart = chartHolder(this.yasr);
    const categories = shown.map(b => b[label] ? shorten(b[label].value, prefixes) : '');
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
      legend: { top: 0 },
      grid: { left: 8, right: 20, top: 34, bottom: shown.length > 12 ? 40 : 8, containLabel: true },
      dataZoom: shown.length > 40 ? [{ type: 'slider', start: 0, end: Math.round(4000 / shown.length) }] : [],
      xAxis: { type: 'category', data: categories, axisLabel: { rotate: shown.length > 8 ? 35 : 0, width: 140, overflow: 'truncate' } },
      yAxis: { type: 'value' },
      series: numeric.map(v => ({ name: v, type: 'bar', data: shown.map(b => b[v] ? Number(b[v].value) : null) })),
    });
  }
}

/** A network: ?source → ?target (with ?sourceLabel, ?targetLabel, ?weight), or a CONSTRUCT's subject → object. */
class GraphPlugin {
  constructor(yasr) {
    this.yasr = yasr;
    this.priority = 3;
    this.label = t('graphPlugin');
  }

  canHandleResults() {
    const r = this.yasr.results;
    return !!(r && r.getVariables && r.getVariables().length && r.getBindings && r.getBindings());
  }

  getIcon() {
    return icon('⋈');
  }

  edges() {
    const vars = this.yasr.results.getVariables();
    const rows = this.yasr.results.getBindings() || [];
    const [from, to, via] = vars.includes('source') && vars.includes('target') ? ['source', 'target', null]
      : vars.includes('subject') && vars.includes('object') ? ['subject', 'object', 'predicate'] : [];
    if (!from) return null;
    return rows.filter(b => b[from] && b[to] && (via === null || b[to].type === 'uri')).map(b => ({
      source: b[from].value, target: b[to].value,
      sourceLabel: (b.sourceLabel || {}).value, targetLabel: (b.targetLabel || {}).value,
      weight: b.weight && isNumeric(b.weight) ? Number(b.weight.value) : 1,
      via: via && b[via] ? shorten(b[via].value, prefixes) : '',
    }));
  }

  draw() {
    const edges = this.edges();
    if (!edges || !edges.length) {
      note(this.yasr, 'graphNeedsEdges');
      return;
    }
    const nodes = new Map();
    for (const e of edges) {
      for (const [id, name] of [[e.source, e.sourceLabel], [e.target, e.targetLabel]]) {
        const n = nodes.get(id) || { id, name: name || shorten(id, prefixes), value: 0 };
        n.value += e.weight;
        nodes.set(id, n);
      }
    }
    const max = Math.max(1, ...[...nodes.values()].map(n => n.value));
    const chart = chartHolder(this.yasr);
    chart.setOption({
      tooltip: { confine: true },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        data: [...nodes.values()].map(n => ({ ...n, symbolSize: 6 + 26 * Math.sqrt(n.value / max), label: { show: n.value >= max / 5 } })),
        links: edges.map(e => ({ source: e.source, target: e.target, value: e.weight, name: e.via })),
        label: { position: 'right', fontSize: 11 },
        labelLayout: { hideOverlap: true },
        lineStyle: { opacity: 0.45, width: 1.2 },
        emphasis: { focus: 'adjacency', label: { show: true } },
        force: { repulsion: 120, edgeLength: [30, 110], gravity: 0.15 },
        animation: false,
      }],
    });
  }
}

Yasr.registerPlugin('chart', ChartPlugin);
Yasr.registerPlugin('graph', GraphPlugin);

function prefixBlock(prefixes) {
  const width = Math.max(...Object.keys(prefixes).map(p => p.length));
  return Object.entries(prefixes).map(([p, ns]) => `PREFIX ${(p + ':').padEnd(width + 1)} <${ns}>`).join('\n');
}

function starterQuery(prefixes) {
  return prefixBlock(prefixes) + `

# ${lang() === 'zh' ? '各方案的措施数量' : 'How many measures each plan sets out'}
SELECT ?plan ?title (COUNT(?measure) AS ?measures)
WHERE {
  ?measure a rg:Measure ; rg:plan ?plan .
  OPTIONAL { ?plan dct:title ?title }
}
GROUP BY ?plan ?title
ORDER BY DESC(?measures)
`;
}

async function main() {
  installSwitch();
  const [cfg, library, examples] = await Promise.all([config(), queries(),
    fetch('/editor/examples.json').then(r => r.json())]);
  prefixes = cfg.prefixes;
  const endpoint = new URL(cfg.endpoint, window.location.href).href;

  // Nothing may leave this server: the stock prefix and class/property autocompleters ask prefix.cc and LOV, so
  // only variables are completed, and prefixes from this project's list.
  Yasqe.forkAutocompleter('prefixes', {
    name: 'rgPrefixes',
    persistenceId: null,
    get: () => Object.entries(cfg.prefixes).map(([p, ns]) => `${p}: <${ns}>`).sort(),
  }, false);
  Yasqe.defaults.autocompleters = ['variables', 'rgPrefixes'];
  Yasqe.defaults.value = starterQuery(cfg.prefixes);
  Yasr.defaults.prefixes = cfg.prefixes;
  Yasr.defaults.pluginOrder = ['table', 'chart', 'graph', 'response'];

  const yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint, method: 'POST' },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint }], keys: [] },
    yasqe: { autocompleters: ['variables', 'rgPrefixes'], value: starterQuery(cfg.prefixes), editorHeight: '440px' },
    yasr: { prefixes: cfg.prefixes, pluginOrder: ['table', 'chart', 'graph', 'response'] },
  });
  window.reformgraphEditor = yasgui;

  // IRIs of the graph in the results open their page on this server, not at their public address
  const local = () => document.querySelectorAll('#yasgui .yasr a[href^="http"]').forEach(a => {
    const page = pageOf(a.getAttribute('href'), cfg);
    if (page) {
      a.setAttribute('href', page);
      a.removeAttribute('target');
    }
  });
  new MutationObserver(local).observe(document.getElementById('yasgui'), { childList: true, subtree: true });

  const select = document.getElementById('examples');
  const byName = new Map(examples.map(e => [e.name, e]));
  const fill = () => {
    const chosen = select.value;
    select.replaceChildren(select.options[0]);
    select.options[0].textContent = t('chooseExample');
    for (const name of Object.keys(library).sort()) {
      const q = library[name];
      const option = document.createElement('option');
      option.value = name;
      option.textContent = (lang() === 'zh' ? (q.titles.zh || q.title) : q.title) + '  ·  ' + name;
      select.appendChild(option);
    }
    select.value = chosen;
  };
  const describe = () => {
    const q = library[select.value];
    document.getElementById('example-desc').textContent =
      q ? (lang() === 'zh' ? (q.descriptions.zh || q.description) : q.description) : '';
  };
  fill();
  select.addEventListener('change', () => {
    describe();
    const example = byName.get(select.value);
    if (!example) return;
    const tab = yasgui.addTab(true, { name: select.value });
    yasgui.selectTabId(tab);
    yasgui.getTab().setQuery(example.sparql);
  });
  onLangChange(() => {
    fill();
    describe();
    // YASR labels its buttons once, from the plugins' labels; relabel ours in place
    for (const [name, key] of [['chart', 'chartPlugin'], ['graph', 'graphPlugin']]) {
      document.querySelectorAll(`.yasr .select_${name}`).forEach(button => {
        button.title = t(key);
        const text = [...button.querySelectorAll('span')].pop();
        if (text) text.textContent = t(key);
      });
    }
  });
  document.body.dataset.ready = 'true';
}

main().catch(e => {
  console.error(e);
  document.body.dataset.ready = 'failed';
});
