"""Compiling articles: read and checked, mapped to RDF, validated with the register entities they refer to."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from kg.build.chunks import Chunk
from kg.build.register import Entities, load_entities
from kg.errors import KgError
from kg.facts.article import load_article
from kg.graph.mapping import add_article
from kg.graph.serialization import ntriples, turtle_body
from kg.namespaces import KGR, new_graph
from kg.ontology import ontology_graph
from kg.validate.shacl import Violation, validate

BATCH = 200  # articles per task: one pyshacl-turbo call, or one process hand-off


def make_chunk(name: str, folder: str, graph: Graph, violations: tuple[Violation, ...], **counts: Any) -> Chunk:
    nt = ntriples(graph)
    return Chunk(name, folder, turtle_body(nt), nt.count(b"\n"), violations, **counts)


def _referenced(graph: Graph) -> set[str]:
    return {str(t) for triple in graph for t in triple if isinstance(t, URIRef) and t.startswith(str(KGR))}


def _with_entities(graph: Graph, entities: Entities) -> Graph:
    """``graph`` plus what the register says of the entities it refers to."""
    check = new_graph()
    check += graph
    for term in _referenced(graph):
        for triple in entities.graph.triples((URIRef(term), None, None)):
            check.add(triple)
    return check


def _article_of(focus: str) -> str:
    """The folder name of the article a focus node belongs to ("" for register entities)."""
    prefix = str(KGR) + "article/"
    return focus[len(prefix) :].split("/", 1)[0] if focus.startswith(prefix) else ""


def compile_articles(
    folders: Sequence[Path],
    register_path: Path,
    key: str,
    validator: str = "pyshacl",
    include_drafts: bool = False,
    cache: str | None = None,
) -> list[Chunk]:
    """Read, map and validate articles, each with the register entities it refers to.

    pySHACL validates one article at a time (its SPARQL constraints grow faster
    than linearly with the graph); pyshacl-turbo validates the whole batch in
    one call, and each violation goes back to the article its node belongs to.
    """
    entities = load_entities(register_path, key, include_drafts, cache)
    mapped = []
    for folder in folders:
        article = load_article(folder, entities.register, include_drafts=include_drafts)
        graph = new_graph("SimpleMemory")
        add_article(graph, article, entities.register)
        mapped.append((folder, article, graph, ntriples(graph)))
    found: dict[str, list[Violation]] = {article.slug: [] for _, article, _, _ in mapped}
    if validator == "turbo":
        parts = [ntriples(ontology_graph())]
        referenced: set[str] = set()
        for _, _, graph, nt in mapped:
            parts.append(nt)
            referenced |= _referenced(graph)
        parts.extend(entities.by_subject[term] for term in sorted(referenced) if term in entities.by_subject)
        labels = new_graph()
        for _, _, graph, _ in mapped:
            labels += graph.triples((None, RDFS.label, None))
        for violation in validate(b"".join(parts), validator=validator, labels=labels).violations:
            found.get(_article_of(violation.focus), []).append(violation)
    else:
        for _, article, graph, _ in mapped:
            found[article.slug] = list(validate(_with_entities(graph, entities), validator=validator).violations)
    chunks = []
    for folder, article, _, nt in mapped:
        published = article.published_date.isoformat()
        chunks.append(
            Chunk(
                article.slug, str(folder), turtle_body(nt), nt.count(b"\n"), tuple(found[article.slug]),
                events=dict(Counter(e.type.fragment for e in article.events)),
                posts=tuple((h.holder, h.post, published, h.line) for h in article.posts),
                quotes=sum(len(e.evidence) for e in article.events) + sum(len(h.evidence) for h in article.posts)
                + (len(article.source.evidence) if article.source else 0),
            )
        )  # fmt: skip
    return chunks


def compile_task(args: tuple[list[str], str, str, str, bool, str | None]) -> list[dict[str, Any]]:
    folders, register_path, key, validator, include_drafts, cache = args
    try:
        paths = [Path(f) for f in folders]
        compiled = compile_articles(paths, Path(register_path), key, validator, include_drafts, cache)
        return [chunk.to_json() for chunk in compiled]
    except KgError as err:
        return [{"error": [err.message, str(err.where) if err.where else None, err.line, err.field]}]
