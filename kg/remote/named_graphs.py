"""How kg lays its graph out in a triplestore: one named graph per article,
one for the entity register, one for the ontology.

* an article's facts: ``<article IRI>/graph``, e.g.
  ``https://w3id.org/kg-news/id/article/report-2025-12-04-coaker-baku/graph``;
* the register's entities: ``https://w3id.org/kg-news/id/register/graph``;
* the ontology: its own IRI, ``https://w3id.org/kg-news/ontology``.

Re-pushing an article therefore replaces its facts and leaves the others alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import ORG, RDF

from kg import resources
from kg.build.assemble import build
from kg.build.chunks import Build, NotValid
from kg.errors import KgError
from kg.facts.model import FACTS
from kg.graph.iris import article_graph_iri, register_graph_iri
from kg.graph.mapping import add_article, add_register
from kg.graph.serialization import read_graph
from kg.namespaces import KGO, KGR, new_graph

ONTOLOGY_GRAPH = URIRef("https://w3id.org/kg-news/ontology")
REGISTER_GRAPH = register_graph_iri()
_ARTICLES = f"{KGR}article/"


article_graph = article_graph_iri


@dataclass(frozen=True)
class NamedGraph:
    """A graph to push, its name in the store, and what it holds (for messages)."""

    iri: str
    graph: Graph
    about: str


def ontology() -> NamedGraph:
    return NamedGraph(str(ONTOLOGY_GRAPH), read_graph(resources.ONTOLOGY), "the ontology")


def of_build(result: Build, with_ontology: bool = True) -> list[NamedGraph]:
    """A build's named graphs, made by the same functions that build the whole graph."""
    register = new_graph()
    add_register(register, result.corpus.register)
    graphs = [NamedGraph(str(REGISTER_GRAPH), register, "the entity register")]
    for article in result.corpus.articles:
        facts = new_graph()
        add_article(facts, article, result.corpus.register)
        graphs.append(NamedGraph(str(article_graph(article.slug)), facts, f"article {article.slug}"))
    return graphs + ([ontology()] if with_ontology else [])


def _slug(node: object) -> str | None:
    if isinstance(node, URIRef) and str(node).startswith(_ARTICLES):
        return str(node)[len(_ARTICLES) :].split("/", 1)[0] or None
    return None


def of_graph(graph: Graph, with_ontology: bool = True) -> list[NamedGraph]:
    """A built graph (read from a file) split into the same named graphs.

    A triple about an article or anything under its IRI (events, evidence,
    post holdings) belongs to that article; ``org:holds``/``org:heldBy``
    between an entity and a post belong to each article whose post holding
    states them; everything else (entities, or triples kg did not write)
    belongs to the register's graph.
    """
    holdings: dict[tuple[URIRef, URIRef], set[str]] = {}
    for node in graph.subjects(RDF.type, KGO.PostHolding):
        slug = _slug(node)
        holder, post = graph.value(node, KGO.holder), graph.value(node, KGO.post)
        if slug and isinstance(holder, URIRef) and isinstance(post, URIRef):
            holdings.setdefault((holder, post), set()).add(slug)
    parts: dict[str, Graph] = {}

    def part(slug: str | None) -> Graph:
        return parts.setdefault(slug or "", new_graph())

    for s, p, o in graph:
        slug = _slug(s)
        if slug is not None:
            part(slug).add((s, p, o))
            continue
        pair = (s, o) if p == ORG.holds else (o, s) if p == ORG.heldBy else None
        owners = holdings.get(pair, set()) if pair else set()  # type: ignore[arg-type]
        for owner in sorted(owners) or [None]:
            part(owner).add((s, p, o))
    graphs = [NamedGraph(str(REGISTER_GRAPH), parts.pop("", new_graph()), "the entity register")]
    graphs += [NamedGraph(str(article_graph(slug)), parts[slug], f"article {slug}") for slug in sorted(parts)]
    return graphs + ([ontology()] if with_ontology else [])


def union(graphs: Iterable[NamedGraph]) -> Graph:
    whole = new_graph()
    for named in graphs:
        whole += named.graph
    return whole


def from_sources(paths: Sequence[Path] = (), with_ontology: bool = True) -> list[NamedGraph]:
    """The named graphs of graph files (split by :func:`of_graph`), or of a build
    of article/corpus folders (the bundled corpus when ``paths`` is empty),
    which must conform to the shapes."""
    files = [p for p in paths if p.is_file() and p.name != FACTS]
    if files and len(files) != len(paths):
        raise KgError("give either graph files or article/corpus folders, not both")
    if files:
        whole = new_graph()
        for path in files:
            whole += read_graph(path)
        return of_graph(whole, with_ontology)
    result = build(list(paths) or None)
    if not result.report.conforms:
        raise NotValid(result.report)
    return of_build(result, with_ontology)
