"""Graphs for the network tests: a synthetic large corpus and a hostile copy of the seed."""

from __future__ import annotations

import random

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.namespaces import KGO, KGR, OA, SCHEMA, new_graph

HOSTILE_EN = "<img src=x onerror=alert(1)>"
HOSTILE_AZ = "</script><script>window.__pwned = 1; alert(2)</script>"
DOLLARS = "a $5m deal, $\\frac{x}{ and 50% off_"  # as maths (matplotlib's default) this fails to parse


def hostile_copy(seed: Graph) -> Graph:
    """The seed graph with Armenia's labels replaced by markup that would run if a page parsed it."""
    graph = new_graph()
    for triple in seed:
        graph.add(triple)
    armenia = KGR.armenia
    graph.remove((armenia, RDFS.label, None))
    graph.add((armenia, RDFS.label, Literal(HOSTILE_EN, lang="en")))
    graph.add((armenia, RDFS.label, Literal(HOSTILE_AZ, lang="az")))
    return graph


def relabelled(seed: Graph, label: str) -> Graph:
    """The seed graph with Armenia's English label replaced."""
    graph = new_graph()
    for triple in seed:
        graph.add(triple)
    graph.remove((KGR.armenia, RDFS.label, Literal("Armenia", lang="en")))
    graph.add((KGR.armenia, RDFS.label, Literal(label, lang="en")))
    return graph


def synthetic(actors: int, events: int, seed: int = 1) -> Graph:
    """A made-up corpus: ``actors`` people and countries, ``events`` meetings of two or three of them."""
    rng = random.Random(seed)
    graph = new_graph()
    article = KGR["article/synthetic"]
    graph.add((article, RDF.type, KGO.Article))
    graph.add((article, SCHEMA.headline, Literal("Synthetic test corpus", lang="en")))
    graph.add((article, SCHEMA.datePublished, Literal("2025-12-04T21:14:00+04:00", datatype=XSD.dateTime)))
    people = [KGR[f"person-{i}"] for i in range(actors)]
    for i, node in enumerate(people):
        graph.add((node, RDF.type, KGO.Country if i % 10 == 0 else KGO.Person))
        graph.add((node, RDFS.label, Literal(f"Actor {i}", lang="en")))
        graph.add((node, RDFS.label, Literal(f"İştirakçı {i}", lang="az")))
    for j in range(events):
        event = URIRef(f"{article}/meeting-{j}")
        graph.add((event, RDF.type, KGO.Meeting))
        graph.add((event, RDFS.label, Literal(f"meeting {j}", lang="en")))
        graph.add((event, KGO.date, Literal(f"2025-{1 + j % 12:02d}", datatype=XSD.gYearMonth)))
        graph.add((event, KGO.datePrecision, KGO.month))
        a = rng.randrange(actors)
        graph.add((event, KGO.agent, people[a]))
        for _ in range(rng.choice((1, 2))):
            graph.add((event, KGO.counterpart, people[(a + rng.randrange(1, 40)) % actors]))
        annotation = URIRef(f"{event}/evidence/1")
        target, selector = URIRef(f"{annotation}/target"), URIRef(f"{annotation}/quote")
        graph.add((event, KGO.evidence, annotation))
        graph.add((annotation, OA.hasTarget, target))
        graph.add((target, OA.hasSource, article))
        graph.add((target, OA.hasSelector, selector))
        graph.add((selector, OA.exact, Literal(f"Sentence {j} of the synthetic article.")))
    return graph
