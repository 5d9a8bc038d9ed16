"""Counts that describe a graph: articles, entities, events by type, triples, dates."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph

from kg.namespaces import sparql_prologue

_COUNTS = """
SELECT ?what (COUNT(DISTINCT ?node) AS ?n) WHERE {
  { ?node a kgo:Article . BIND ("articles" AS ?what) }
  UNION { ?node a kgo:Event . BIND ("events" AS ?what) }
  UNION { ?node a kgo:PostHolding . BIND ("post holdings" AS ?what) }
  UNION { ?node a kgo:Evidence . BIND ("evidence quotes" AS ?what) }
  UNION { ?node a ?type . VALUES ?type { kgo:Person kgo:Organization kgo:Country kgo:City kgo:Place kgo:Memorial
                                          kgo:Facility kgo:Course kgo:Post kgo:Agreement } BIND ("entities" AS ?what) }
} GROUP BY ?what
"""
_EVENTS = """
SELECT ?type (COUNT(DISTINCT ?event) AS ?n) WHERE {
  ?event a kgo:Event , ?class .
  FILTER (STRSTARTS(STR(?class), STR(kgo:)) && ?class != kgo:Event)
  FILTER NOT EXISTS { ?event a ?sub . ?sub rdfs:subClassOf ?class . FILTER (?sub != ?class) }
  BIND (STRAFTER(STR(?class), "#") AS ?type)
} GROUP BY ?type ORDER BY ?type
"""
_DATES = {
    "events from": "SELECT (MIN(STR(?d)) AS ?v) WHERE { ?e sem:hasEarliestBeginTimeStamp ?d }",
    "events until": "SELECT (MAX(STR(?d)) AS ?v) WHERE { ?e sem:hasLatestEndTimeStamp ?d }",
    "articles from": "SELECT (MIN(SUBSTR(STR(?d), 1, 10)) AS ?v) WHERE { ?a schema:datePublished ?d }",
    "articles until": "SELECT (MAX(SUBSTR(STR(?d), 1, 10)) AS ?v) WHERE { ?a schema:datePublished ?d }",
}
_KINDS = ("articles", "entities", "events", "post holdings", "evidence quotes")


@dataclass(frozen=True)
class Stats:
    triples: int
    counts: dict[str, int]
    events: dict[str, int]
    dates: dict[str, str]

    def rows(self) -> list[tuple[str, str]]:
        rows = [(name, str(count)) for name, count in self.counts.items()]
        rows += [(f"  {kind}", str(count)) for kind, count in self.events.items()]
        rows.append(("triples", str(self.triples)))
        rows += [(name, value) for name, value in self.dates.items()]
        return rows


def stats(store: pyoxigraph.Store, ontology_triples: int = 0) -> Stats:
    """Describe the graph in ``store`` (whose default graph may also hold the ontology)."""

    def select(query: str) -> list[list[str]]:
        solutions = store.query(sparql_prologue() + query)
        assert isinstance(solutions, pyoxigraph.QuerySolutions)
        return [[term.value if term is not None else "" for term in row] for row in solutions]

    found = {what: int(n) for what, n in select(_COUNTS)}
    counts = {
        name: found.get(name, 0) for name in ("articles", "entities", "events", "post holdings", "evidence quotes")
    }
    events = {kind: int(n) for kind, n in select(_EVENTS)}
    dates = {name: (select(query) or [[""]])[0][0] for name, query in _DATES.items()}
    return Stats(len(store) - ontology_triples, counts, events, dates)
