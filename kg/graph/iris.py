"""The IRIs of kg's nodes and named graphs, derived from the ids in the fact files."""

from __future__ import annotations

from rdflib import URIRef

from kg.namespaces import KGR


def entity_iri(entity_id: str) -> URIRef:
    return KGR[entity_id]


def article_iri(slug: str) -> URIRef:
    return KGR[f"article/{slug}"]


def event_iri(slug: str, event_id: str) -> URIRef:
    return KGR[f"article/{slug}/{event_id}"]


def register_graph_iri() -> URIRef:
    """The named graph of the entity register (one per corpus)."""
    return KGR["register/graph"]


def article_graph_iri(slug: str) -> URIRef:
    """The named graph of one article's facts: ``<article IRI>/graph``."""
    return URIRef(f"{article_iri(slug)}/graph")
