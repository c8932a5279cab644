"""Python SPARQL clients against a reformgraph endpoint, used unmodified: SPARQLWrapper and rdflib.

    /usr/bin/python3 clients.py select|construct|store ENDPOINT_URL QUERY

Prints one JSON document: the answer as the client understood it, with each literal's language tag, so the
Java test can compare it with what Jena reads from the dataset directly.
"""
import json
import sys

from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper


def term(value):
    """An rdflib term, or a SPARQL JSON binding, as {"value", "lang"} (lang only for literals that have one)."""
    if isinstance(value, dict):
        out = {"value": value["value"], "type": value["type"]}
        if "xml:lang" in value:
            out["lang"] = value["xml:lang"]
        return out
    if isinstance(value, Literal):
        out = {"value": str(value), "type": "literal"}
        if value.language:
            out["lang"] = value.language
        return out
    if isinstance(value, URIRef):
        return {"value": str(value), "type": "uri"}
    return {"value": str(value), "type": "bnode"}


def select(endpoint, query):
    """SPARQLWrapper: a SELECT, results as SPARQL JSON."""
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(JSON)
    results = client.query().convert()
    return {"vars": results["head"]["vars"],
            "rows": [{k: term(v) for k, v in row.items()} for row in results["results"]["bindings"]]}


def construct(endpoint, query):
    """SPARQLWrapper fetches a CONSTRUCT as Turtle; rdflib parses it into a graph."""
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(TURTLE)
    data = client.query().convert()
    graph = Graph()
    graph.parse(data=data, format="turtle")
    return {"triples": [[term(s), term(p), term(o)] for s, p, o in graph]}


def store(endpoint, query):
    """rdflib's SPARQLStore: an rdflib Graph whose queries go to the endpoint."""
    graph = Graph(SPARQLStore(endpoint, returnFormat="json"))
    result = graph.query(query)
    names = [str(v) for v in result.vars]
    rows = []
    for row in result:
        rows.append({name: term(row[i]) for i, name in enumerate(names) if row[i] is not None})
    return {"vars": names, "rows": rows}


if __name__ == "__main__":
    mode, endpoint, query = sys.argv[1], sys.argv[2], sys.argv[3]
    answer = {"select": select, "construct": construct, "store": store}[mode](endpoint, query)
    json.dump(answer, sys.stdout, ensure_ascii=False)
