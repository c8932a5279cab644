// The overview page: every view is loaded in parallel from its named query, drawn, and redrawn on a language switch.
import { t, lang, installSwitch, onLangChange } from './i18n.js';
import { config, queries, queryUrl, rows as fetchRows } from './api.js';
import { ALL } from './views.js';

const state = { crossCity: true, scheme: 'https://w3id.org/reformgraph/scheme/topic/bready' };
const loaded = new Map(); // view id → rows last drawn
let cfg;
let library = {};

function card(view) {
  return document.querySelector(`[data-view="${view.id}"]`);
}

/** Fills a view's section from the #card template: its own controls go first among the tools; a table has no PNG. */
function build(view) {
  const el = card(view);
  const own = el.querySelector('.view-tools');
  el.replaceChildren(document.getElementById('card').content.cloneNode(true));
  const tools = el.querySelector('.card-tools');
  if (own) tools.prepend(...own.childNodes);
  if (view.table) {
    el.querySelector('.png').remove();
    el.querySelector('.chart').className = 'table-holder';
  }
}

function describe(view) {
  const el = card(view);
  const q = library[view.query];
  el.querySelector('.card-title').textContent = t(view.title);
  const desc = el.querySelector('.card-desc');
  desc.textContent = t(view.description);
  const source = el.querySelector('.card-source');
  source.replaceChildren(t('namedQuery') + ': ');
  const a = document.createElement('a');
  a.href = queryUrl(view.query, params(view));
  a.textContent = view.query;
  // the query's own description, from the library, on hover
  if (q) a.title = lang() === 'zh' ? (q.descriptions.zh || q.description) : q.description;
  source.appendChild(a);
}

function params(view) {
  return view.params ? view.params(state) : {};
}

function setStatus(el, key) {
  const status = el.querySelector('.card-status');
  status.textContent = key ? t(key) : '';
  status.hidden = !key;
}

function chartOf(view) {
  const holder = card(view).querySelector('.chart');
  return echarts.getInstanceByDom(holder) || echarts.init(holder, null, { renderer: 'canvas' });
}

function draw(view, rows) {
  const el = card(view);
  el.querySelector('.csv').href = queryUrl(view.query, params(view), 'csv');
  el.querySelector('.csv').download = view.query + '.csv';
  el.dataset.rows = String(rows.length);
  if (view.table) {
    view.table(el.querySelector('.table-holder'), rows, cfg);
    return;
  }
  const holder = el.querySelector('.chart');
  holder.style.height = view.height(rows) + 'px';
  const chart = chartOf(view);
  chart.resize();
  chart.setOption(view.option(rows, cfg), true);
  chart.off('click');
  chart.on('click', p => {
    const href = view.pageOfItem && view.pageOfItem(p, cfg);
    if (href) window.location.href = href;
  });
}

async function load(view) {
  const el = card(view);
  setStatus(el, 'loading');
  el.dataset.state = 'loading';
  describe(view);
  try {
    const rows = await fetchRows(view.query, params(view));
    loaded.set(view.id, rows);
    setStatus(el, rows.length ? null : 'noRows');
    draw(view, rows);
    el.dataset.state = 'drawn';
  } catch (e) {
    console.error(view.query, e);
    setStatus(el, 'failed');
    el.dataset.state = 'failed';
  }
}

function png(view) {
  const chart = chartOf(view);
  const a = document.createElement('a');
  a.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
  a.download = view.query + '.png';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

function wire(view) {
  const el = card(view);
  const pngButton = el.querySelector('.png');
  if (pngButton) pngButton.addEventListener('click', () => png(view));
  const crossCity = el.querySelector('input[name="crossCity"]');
  if (crossCity) {
    crossCity.checked = state.crossCity;
    crossCity.addEventListener('change', () => { state.crossCity = crossCity.checked; load(view); });
  }
  const scheme = el.querySelector('select[name="scheme"]');
  if (scheme) {
    scheme.value = state.scheme;
    scheme.addEventListener('change', () => { state.scheme = scheme.value; load(view); });
  }
}

async function main() {
  ALL.forEach(build);
  installSwitch();
  [cfg, library] = await Promise.all([config(), queries().catch(() => ({}))]);
  ALL.forEach(wire);
  await Promise.all(ALL.map(load));
  document.body.dataset.ready = 'true';
  onLangChange(() => ALL.forEach(view => {
    describe(view);
    if (loaded.has(view.id)) draw(view, loaded.get(view.id));
  }));
  let pending;
  window.addEventListener('resize', () => {
    clearTimeout(pending);
    pending = setTimeout(() => ALL.filter(v => !v.table).forEach(v => chartOf(v).resize()), 150);
  });
}

main().catch(e => {
  console.error(e);
  document.body.dataset.ready = 'failed';
});
