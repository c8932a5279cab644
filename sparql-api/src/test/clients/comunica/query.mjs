// Comunica, used unmodified, asks a reformgraph endpoint one query and prints what it understood as JSON:
//   node query.mjs ENDPOINT_URL QUERY
// SELECT: {"vars": [...], "rows": [{var: {value, type, lang?}}]}; CONSTRUCT: {"triples": [[s, p, o], ...]}.
import { QueryEngine } from '@comunica/query-sparql';

const [endpoint, query] = process.argv.slice(2);

function term(t) {
  const out = { value: t.value, type: t.termType === 'NamedNode' ? 'uri' : t.termType === 'Literal' ? 'literal' : 'bnode' };
  if (t.termType === 'Literal' && t.language) {
    out.lang = t.language;
  }
  return out;
}

const engine = new QueryEngine();
const context = { sources: [{ type: 'sparql', value: endpoint }] };
const result = await engine.query(query, context);
if (result.resultType === 'bindings') {
  const stream = await result.execute();
  const vars = (await result.metadata()).variables.map(v => (v.variable ?? v).value);
  const rows = (await stream.toArray()).map(b => {
    const row = {};
    for (const [variable, value] of b) {
      row[variable.value] = term(value);
    }
    return row;
  });
  process.stdout.write(JSON.stringify({ vars, rows }));
} else if (result.resultType === 'quads') {
  const quads = await (await result.execute()).toArray();
  process.stdout.write(JSON.stringify({ triples: quads.map(q => [term(q.subject), term(q.predicate), term(q.object)]) }));
} else {
  process.stdout.write(JSON.stringify({ boolean: await result.execute() }));
}
