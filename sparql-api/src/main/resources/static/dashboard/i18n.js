// UI labels in Chinese and English. Data labels come from the graph (label_zh / label_en columns), not from here.
const LABELS = {
  appTitle: ['营商环境改革知识图谱', 'Business-environment reform graph'],
  appSubtitle: ['各地营商环境行动方案中的措施、牵头部门与改革事项', 'Measures, lead agencies and reforms in China\'s business-environment plans'],
  navOverview: ['概览', 'Overview'],
  navEditor: ['查询编辑器', 'Query editor'],
  navApi: ['命名查询 API', 'Named queries API'],
  navDataset: ['数据集说明', 'Dataset'],
  viewPlans: ['已载入的方案', 'The plans'],
  viewHeadline: ['哪类部门牵头的跨城市改革事项最多？', 'Which agency types lead the most cross-city reform types?'],
  viewNetwork: ['谁牵头什么：部门类型 × 改革事项', 'Who leads what: agency types × reform types'],
  viewHeatmap: ['主题覆盖：主题 × 城市', 'Topic coverage: topics × cities'],
  viewTimeline: ['改革事项扩散时间线', 'How reform types spread between cities'],
  viewTargets: ['量化目标的期限', 'Targets by deadline'],
  descPlans: ['每个已载入的方案：辖区、层级、所属城市、发布日期与措施数。点击方案名查看其措施与原文。', 'Every plan loaded: jurisdiction, level, city, date and number of measures. Open a plan to read its measures and sources.'],
  descHeadline: ['某改革事项在至少两个城市的方案中出现即为“跨城市”；部门类型牵头，指其部门被写明“牵头”或在未写明时排在首位。', 'A reform type is cross-city when plans of at least two cities adopt it; an agency type leads it when one of its agencies is named as 牵头, or is listed first where no lead is named.'],
  descTargets: ['各城市方案（含下辖区）设定的量化目标，按期限年份统计。', 'Quantitative targets set by each city\'s plans (districts included), by deadline year.'],
  descNetwork: ['边从部门类型指向其牵头的改革事项，粗细为牵头措施数；节点大小为牵头措施总数。可拖动、缩放。', 'Edges run from an agency type to a reform type it leads, thicker for more measures; node size is the measures led. Drag and zoom to explore.'],
  descHeatmap: ['各城市（含下辖区方案）涉及各主题的措施数；浅色格为方案未覆盖的主题。', 'Measures per topic in each city\'s plans (districts included); pale cells are topics a city leaves out.'],
  descTimeline: ['每行一个跨城市改革事项：各城市最早在哪一年的方案中采用它；菱形为最早采用者。', 'One row per cross-city reform type: the year each city\'s plans first adopt it; a diamond marks the first adopter.'],
  namedQuery: ['命名查询', 'named query'],
  downloadCsv: ['下载 CSV', 'CSV'],
  downloadPng: ['下载 PNG', 'PNG'],
  loading: ['加载中…', 'Loading…'],
  failed: ['加载失败', 'Could not load'],
  noRows: ['没有数据', 'No data'],
  colPlan: ['方案', 'Plan'],
  colJurisdiction: ['辖区', 'Jurisdiction'],
  colLevel: ['层级', 'Level'],
  colCity: ['所属城市', 'City'],
  colIssued: ['发布日期', 'Issued'],
  colYear: ['年份', 'Year'],
  colMeasures: ['措施数', 'Measures'],
  levelProvince: ['省', 'Province'],
  levelCity: ['市', 'City'],
  levelDistrict: ['区', 'District'],
  crossCityReformTypes: ['跨城市改革事项', 'Cross-city reform types'],
  viaExplicitLead: ['其中明确牵头', 'of which explicit 牵头'],
  viaFirstListed: ['其中排名首位', 'of which listed first'],
  crossCityOnly: ['仅显示跨城市事项（≥2 个城市）', 'Cross-city reform types only (≥ 2 cities)'],
  agencyType: ['部门类型', 'Agency type'],
  reformType: ['改革事项', 'Reform type'],
  leadMeasures: ['牵头措施', 'measures led'],
  explicitLeads: ['明确牵头', 'explicit leads'],
  adoptingCities: ['采用城市数', 'cities adopting'],
  scheme: ['主题体系', 'Topic scheme'],
  schemeBready: ['世界银行 B-READY', 'World Bank B-READY'],
  schemeCn: ['国家营商环境评价 18 项指标', 'China\'s 18 national indicators'],
  measures: ['措施数', 'measures'],
  fromHeading: ['依据标题认定', 'from a heading'],
  year: ['年份', 'Year'],
  firstAdopter: ['最早采用', 'first to adopt'],
  place: ['采用次序', 'order of adoption'],
  deadline: ['期限年份', 'Deadline'],
  undated: ['未写明期限', 'no deadline'],
  targets: ['目标数', 'targets'],
  clickHint: ['点击图中条目可打开其详情页。', 'Click an item in a chart to open its page.'],
  footer: ['每个图表都来自一个命名查询：所见即 API 所返回。', 'Every chart is drawn from a named query: what you see is what the API returns.'],
  editorTitle: ['SPARQL 查询编辑器', 'SPARQL query editor'],
  editorHint: ['从查询库中选择示例，或直接编写查询；结果可显示为表格、图表或网络图。', 'Pick an example from the query library or write your own; show results as a table, chart or graph.'],
  examples: ['查询库示例', 'Query library'],
  chooseExample: ['选择示例…', 'Choose an example…'],
  chartPlugin: ['图表', 'Chart'],
  graphPlugin: ['网络图', 'Graph'],
  chartNeedsNumbers: ['图表需要一列文字和至少一列数值。', 'A chart needs a column of labels and at least one numeric column.'],
  graphNeedsEdges: ['网络图需要 ?source 和 ?target 两列，或一个 CONSTRUCT 查询。', 'A graph needs ?source and ?target columns, or a CONSTRUCT query.'],
};

const KEY = 'reformgraph.lang';
const listeners = [];

export function lang() {
  const stored = localStorage.getItem(KEY);
  if (stored === 'zh' || stored === 'en') return stored;
  return (navigator.language || 'zh').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function t(key) {
  const pair = LABELS[key];
  if (!pair) throw new Error('no label ' + key);
  return pair[lang() === 'zh' ? 0 : 1];
}

/** A value from the graph in the current language: the row's label_zh / label_en or the like. */
export function pick(zh, en) {
  return lang() === 'zh' ? (zh || en || '') : (en || zh || '');
}

export function applyLabels(root = document) {
  document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
  root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-title]').forEach(el => { el.title = t(el.dataset.i18nTitle); });
  document.querySelectorAll('.lang-switch button').forEach(b => {
    b.setAttribute('aria-pressed', String(b.dataset.lang === lang()));
  });
}

export function setLang(value) {
  localStorage.setItem(KEY, value);
  applyLabels();
  listeners.forEach(fn => fn(value));
}

export function onLangChange(fn) {
  listeners.push(fn);
}

/** Wires the 中文 / English buttons of the page header. */
export function installSwitch() {
  document.querySelectorAll('.lang-switch button').forEach(b => {
    b.addEventListener('click', () => setLang(b.dataset.lang));
  });
  applyLabels();
}
