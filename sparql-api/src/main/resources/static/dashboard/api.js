// Talks to this server only: the named queries, and where the graph's resources are served.

let configPromise;

export function config() {
  configPromise ??= fetch('/dashboard/config.json').then(ok).then(r => r.json());
  return configPromise;
}

function ok(response) {
  if (!response.ok) throw new Error(response.url + ': HTTP ' + response.status);
  return response;
}

export function queryUrl(name, params = {}, format) {
  const search = new URLSearchParams(params);
  if (format) search.set('format', format);
  const s = search.toString();
  return '/api/queries/' + encodeURIComponent(name) + (s ? '?' + s : '');
}

/** Runs a named query; its SPARQL JSON results as plain rows {variable: text}. */
export async function rows(name, params = {}) {
  const response = ok(await fetch(queryUrl(name, params), { headers: { Accept: 'application/sparql-results+json' } }));
  const json = await response.json();
  return json.results.bindings.map(binding => {
    const row = {};
    for (const [variable, term] of Object.entries(binding)) row[variable] = term.value;
    return row;
  });
}

let library;
/** The named queries' titles and descriptions, by name (GET /api/queries). */
export function queries() {
  library ??= fetch('/api/queries').then(ok).then(r => r.json())
    .then(list => Object.fromEntries(list.map(q => [q.name, q])));
  return library;
}

/** The page on this server for an IRI of the graph (as ResourcePaths maps them), or null for another IRI. */
export function pageOf(iri, cfg) {
  if (!iri) return null;
  if (iri.startsWith(cfg.base) && iri.length > cfg.base.length) return '/id/' + iri.substring(cfg.base.length) + '.html';
  if (iri.startsWith(cfg.schemes) && iri.length > cfg.schemes.length) return '/scheme/' + iri.substring(cfg.schemes.length) + '.html';
  if (iri.startsWith(cfg.ontology)) return '/ontology.html#' + iri.substring(cfg.ontology.length);
  return null;
}

export function number(text) {
  return text === undefined || text === '' ? null : Number(text);
}
