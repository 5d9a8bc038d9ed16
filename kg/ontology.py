"""What the bundled ontology says: event types, entity types, ways of taking part.

Fact files name classes and participation properties by their local names
(``type: Meeting``, ``counterpart: ilham-aliyev``); the names allowed are read
from the ontology, so a new event class or participant property needs no code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg import resources
from kg.errors import KgError
from kg.namespaces import KGO, SCHEMA, SEM, new_graph

ENTITY_ROOTS = (KGO.Actor, KGO.Place, KGO.Course, KGO.Post, KGO.Agreement)
# Written as rdf:type on every event besides its own class (see ``event_types_closure``):
# the standard event classes kgo:Event refines, so that schema.org and SEM readers find
# the events without inference. prov:Entity is left out: PROV-O's domain of
# prov:wasDerivedFrom, which every event has, already implies it.
STANDARD_EVENT_CLASSES = (SCHEMA.Event, SEM.Event)


@dataclass(frozen=True)
class Vocabulary:
    """The names a fact file may use, each with the IRI it stands for."""

    event_types: dict[str, URIRef]
    entity_types: dict[str, URIRef]
    participation: dict[str, URIRef]
    event_type_concept: dict[URIRef, URIRef]
    event_types_closure: dict[URIRef, tuple[URIRef, ...]]
    """Every class an event of a class is written with: the class, its superclasses
    up to kgo:Event, and ``STANDARD_EVENT_CLASSES``, sorted (a materialised RDFS
    closure, so that portable queries say ``?e a kgo:Event`` and need no property path)."""


def read_turtle(path: Path) -> Graph:
    """Parse a Turtle file; a syntax error is a ``KgError`` naming the file and line."""
    graph = new_graph()
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError:
        raise KgError("file not found", where=path) from None
    except Exception as err:  # rdflib raises many kinds for bad syntax
        raise KgError(f"not valid Turtle: {_first_line(err)}", where=path) from None
    return graph


def _first_line(err: Exception) -> str:
    return " ".join(str(err).split())[:300]


@cache
def ontology_graph() -> Graph:
    """The bundled OWL ontology."""
    return read_turtle(resources.ONTOLOGY)


@cache
def shapes_graph() -> Graph:
    """The bundled SHACL shapes."""
    return read_turtle(resources.SHAPES)


def _below(graph: Graph, root: URIRef, relation: URIRef) -> set[URIRef]:
    return {node for node in graph.transitive_subjects(relation, root) if isinstance(node, URIRef)}


@cache
def vocabulary() -> Vocabulary:
    graph = ontology_graph()
    kg_terms = {str(KGO)}

    def local(iri: URIRef) -> str:
        return str(iri)[len(str(KGO)) :]

    def named(iris: set[URIRef]) -> dict[str, URIRef]:
        return {local(i): i for i in sorted(iris) if str(i).startswith(tuple(kg_terms))}

    events = _below(graph, KGO.Event, RDFS.subClassOf) - {KGO.Event}
    entities: set[URIRef] = set()
    for root in ENTITY_ROOTS:
        entities |= _below(graph, root, RDFS.subClassOf)
    entities -= {KGO.Actor}
    participation = _below(graph, KGO.participant, RDFS.subPropertyOf)
    concept = {}
    for cls in events:
        for ancestor in graph.transitive_objects(cls, RDFS.subClassOf):
            found = graph.value(ancestor, KGO.eventType)
            if isinstance(found, URIRef):
                concept[cls] = found
                break
    classes = set(graph.subjects(RDF.type, OWL.Class))
    return Vocabulary(
        event_types=named(events & classes),
        entity_types=named(entities & classes),
        participation=named(participation),
        event_type_concept=concept,
        event_types_closure={cls: _event_closure(graph, cls, events) for cls in sorted(events)},
    )


def _event_closure(graph: Graph, cls: URIRef, events: set[URIRef]) -> tuple[URIRef, ...]:
    above = {a for a in graph.transitive_objects(cls, RDFS.subClassOf) if a in events}
    return tuple(sorted(above | {KGO.Event, *STANDARD_EVENT_CLASSES}))
