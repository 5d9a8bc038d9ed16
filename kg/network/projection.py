"""The relationship network: an RDF graph projected onto networkx graphs.

The projection is read from the ontology, not from a list in code:

* **events** are the resources typed with ``kgo:Event`` or any of its
  subclasses (``rdfs:subClassOf*``), as declared in the bundled ontology or in
  the data itself;
* **actors** are the resources typed with a subclass of ``kgo:Actor`` or
  ``kgo:Place`` (people, organisations, countries, cities, memorials, ...) that
  take part in an event;
* an actor **takes part** in an event through ``schema:location`` or any
  sub-property of ``kgo:participant`` (agent, counterpart, affected party,
  organiser, contributor, concerns, and whatever the ontology adds later); the
  property's ``rdfs:label`` is the actor's role;
* what an event is **about** without taking part (the values of the
  sub-properties of ``kgo:about``: the agreement signed, the post an
  appointment fills, the course a ceremony concludes) is not an actor: each
  event carries it as ``about``, "signed: UK–Azerbaijan bilateral defence
  cooperation programme", and the page shows it with the event.

Two graphs come out:

``Network.actors``
    a ``networkx.MultiGraph``: one node per actor, one edge per event and pair
    of actors that take part in it, keyed by the event's IRI and labelled with
    the event class's ``rdfs:label`` ("meeting", "embargo lifting"); the edge
    carries the event's IRI, date, date precision, bounds, evidence quote and
    source article (``article``; not ``source``, which node-link JSON uses for
    an edge's end).
``Network.bipartite``
    a ``networkx.Graph`` of actors (``part="actor"``) and events
    (``part="event"``), an edge for each way an actor takes part in an event.

Every attribute is a string or an integer (never ``None``), so that GraphML and
GEXF carry them unchanged. Node ids are the resources' IRIs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.namespaces import KGO, OA, SCHEMA, SEM
from kg.network.model import ActorInfo, EventInfo, Network, Quote, Source, curie
from kg.ontology import ontology_graph

ACTOR_ROOT = KGO.Actor
PLACE_ROOT = KGO.Place
EVENT_ROOT = KGO.Event
PARTICIPANT_ROOT = KGO.participant
ABOUT_ROOT = KGO.about
LOCATION = SCHEMA.location


# --- reading the data ---------------------------------------------------------


def load_data(data: Sequence[Path] | None = None) -> Graph:
    """The RDF graph of ``data`` files merged, or the bundled corpus built in memory."""
    from kg.graph.serialization import read_graph

    if not data:
        from kg.build.assemble import build

        return build().graph
    graph = read_graph(Path(data[0]))
    for path in data[1:]:
        graph += read_graph(Path(path))
    return graph


def load_network(data: Sequence[Path] | None = None) -> Network:
    """The network of ``data`` files, or of the bundled corpus built in memory."""
    return project(load_data(list(data) if data else None))


def _text(graph: Graph, node: URIRef, predicate: URIRef, language: str | None = None) -> str:
    """One literal of ``node`` (in ``language`` if given), the smallest for determinism."""
    values = sorted(
        str(o)
        for o in graph.objects(node, predicate)
        if isinstance(o, Literal) and (language is None or o.language == language)
    )
    return values[0] if values else ""


def _label(graph: Graph, node: URIRef, language: str) -> str:
    return _text(graph, node, RDFS.label, language) or _text(graph, node, RDFS.label)


def _below(schema: Graph, root: URIRef, relation: URIRef) -> set[URIRef]:
    return {n for n in schema.transitive_subjects(relation, root) if isinstance(n, URIRef)}


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


# --- the projection -----------------------------------------------------------


@dataclass
class Schema:
    """What the ontology (and the data's own schema triples) says the graph's classes and properties are."""

    graph: Graph
    event_classes: set[URIRef]
    actor_classes: set[URIRef]
    kind_of: dict[URIRef, URIRef]  # actor class → its kind: a direct subclass of kgo:Actor, or kgo:Place
    roles: set[URIRef]  # the properties through which an actor takes part in an event
    about: set[URIRef]  # the properties that say what an event is about (kgo:about and below)

    def label(self, node: URIRef, language: str = "en") -> str:
        return _text(self.graph, node, RDFS.label, language)

    def depth(self, cls: URIRef) -> int:
        return len(set(self.graph.transitive_objects(cls, RDFS.subClassOf)))


def read_schema(graph: Graph, ontology: Graph | None = None) -> Schema:
    """The class and property hierarchy of ``ontology`` (the bundled one by default) and of ``graph`` itself."""
    schema = Graph()
    for triple in ontology if ontology is not None else ontology_graph():
        schema.add(triple)
    for predicate in (RDFS.subClassOf, RDFS.subPropertyOf):
        for triple in graph.triples((None, predicate, None)):
            schema.add(triple)
    for cls, label in graph.subject_objects(RDFS.label):  # labels of classes and properties the data declares
        if (cls, None, None) in schema:
            schema.add((cls, RDFS.label, label))
    place_classes = _below(schema, PLACE_ROOT, RDFS.subClassOf)
    actor_classes = _below(schema, ACTOR_ROOT, RDFS.subClassOf) | place_classes
    kind_roots = [
        *sorted((c for c in schema.subjects(RDFS.subClassOf, ACTOR_ROOT) if isinstance(c, URIRef)), key=str),
        PLACE_ROOT,
    ]
    kind_of: dict[URIRef, URIRef] = {}
    for cls in sorted(actor_classes, key=str):
        for root in kind_roots:
            if cls == root or root in set(schema.transitive_objects(cls, RDFS.subClassOf)):
                kind_of[cls] = root
                break
    roles = _below(schema, PARTICIPANT_ROOT, RDFS.subPropertyOf) - {PARTICIPANT_ROOT} | {LOCATION}
    about = _below(schema, ABOUT_ROOT, RDFS.subPropertyOf) - {ABOUT_ROOT}
    return Schema(schema, _below(schema, EVENT_ROOT, RDFS.subClassOf), actor_classes, kind_of, roles, about)


@dataclass
class Projection:
    """The actors, events and sources read so far from one graph."""

    graph: Graph
    schema: Schema
    events: dict[str, EventInfo] = field(default_factory=dict)
    actors: dict[str, ActorInfo] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    missing: set[str] = field(default_factory=set)  # resources that are not actors

    def most_specific(self, node: URIRef, classes: set[URIRef]) -> URIRef | None:
        found = [c for c in self.graph.objects(node, RDF.type) if c in classes]
        return max(found, key=lambda c: (self.schema.depth(c), str(c))) if found else None  # type: ignore[arg-type]

    @cached_property
    def event_nodes(self) -> list[URIRef]:
        classes = self.schema.event_classes
        return sorted({s for c in classes for s in self.graph.subjects(RDF.type, c) if isinstance(s, URIRef)}, key=str)


def project(graph: Graph, ontology: Graph | None = None) -> Network:
    """Project an RDF graph onto networkx graphs (see the module's documentation).

    The class and property hierarchy is read from ``ontology`` (the bundled
    ontology by default) together with any schema triples in ``graph`` itself.
    """
    found = Projection(graph, read_schema(graph, ontology))
    for node in found.event_nodes:
        found.events[str(node)] = _event(found, node)
    actors, bipartite = _graphs(found)
    return Network(actors, bipartite, found.events, found.actors, found.sources, dict(sorted(found.kinds.items())))


def _actor(found: Projection, node: URIRef) -> ActorInfo | None:
    """The actor ``node`` is (read once), or None if it is not typed as one."""
    key = str(node)
    if key in found.actors or key in found.missing:
        return found.actors.get(key)
    cls = found.most_specific(node, found.schema.actor_classes)
    if cls is None:
        found.missing.add(key)
        return None
    graph, schema = found.graph, found.schema
    kind_class = schema.kind_of[cls]
    kind = _local(str(kind_class)).lower()
    found.kinds.setdefault(kind, schema.label(kind_class) or kind)
    names = {str(o) for p in (RDFS.label, SKOS.altLabel, SKOS.prefLabel) for o in graph.objects(node, p)}
    names |= {key, curie(key), _local(key)}
    found.actors[key] = ActorInfo(
        iri=key,
        label=_label(graph, node, "en") or _local(key),
        label_az=_label(graph, node, "az"),
        type=_local(str(cls)),
        type_label=schema.label(cls) or _local(str(cls)),
        kind=kind,
        names=tuple(sorted(names)),
    )
    return found.actors[key]


def _source(found: Projection, node: URIRef | None) -> str:
    """The IRI of the article ``node`` (read once), or "" when there is none."""
    if node is None:
        return ""
    key, graph = str(node), found.graph
    if key not in found.sources:
        publisher = graph.value(node, SCHEMA.publisher)
        found.sources[key] = Source(
            iri=key,
            title=_text(graph, node, SCHEMA.headline),
            published=_text(graph, node, SCHEMA.datePublished),
            url=_text(graph, node, SCHEMA.url),
            publisher=_label(graph, publisher, "en") if isinstance(publisher, URIRef) else "",
        )
    return key


def _event(found: Projection, node: URIRef) -> EventInfo:
    graph, schema = found.graph, found.schema
    cls = found.most_specific(node, schema.event_classes)
    assert cls is not None
    taking_part: dict[str, set[str]] = {}
    for prop, obj in graph.predicate_objects(node):
        if prop in schema.roles and isinstance(obj, URIRef) and _actor(found, obj) is not None:
            role = schema.label(prop) or _local(str(prop))  # type: ignore[arg-type]
            taking_part.setdefault(str(obj), set()).add(role)
    about = sorted(
        f"{schema.label(p) or _local(str(p))}: {_label(graph, o, 'en') or _local(str(o))}"  # type: ignore[arg-type]
        for p, o in graph.predicate_objects(node)
        if p in schema.about and isinstance(o, URIRef)
    )
    quotes, article = _evidence(graph, node)
    precision = graph.value(node, KGO.datePrecision)
    part_of = graph.value(node, SEM.subEventOf)
    return EventInfo(
        iri=str(node),
        type=_local(str(cls)),
        type_label=schema.label(cls) or _local(str(cls)),
        type_label_az=schema.label(cls, "az"),
        label=_label(graph, node, "en"),
        label_az=_label(graph, node, "az"),
        date=_text(graph, node, KGO.date),
        precision=_local(str(precision)) if precision is not None else "",
        earliest=_text(graph, node, SEM.hasEarliestBeginTimeStamp),
        latest=_text(graph, node, SEM.hasLatestEndTimeStamp),
        date_text=_text(graph, node, KGO.dateText),
        source=_source(found, article),
        part_of=str(part_of) if part_of is not None else "",
        evidence=quotes,
        participants=tuple(sorted((a, ", ".join(sorted(r))) for a, r in taking_part.items())),
        about=tuple(about),
    )


def _graphs(found: Projection) -> tuple[nx.MultiGraph, nx.Graph]:
    """The actor multigraph (an edge per event and pair of actors) and the actor–event graph."""
    actors = nx.MultiGraph()
    bipartite = nx.Graph()
    for key in sorted(found.actors):
        attributes = _actor_attributes(found.actors[key])
        actors.add_node(key, **attributes)
        bipartite.add_node(key, part="actor", **attributes)
    for key, event in found.events.items():
        bipartite.add_node(key, part="event", **_event_attributes(event, found.sources))
        for who, role in event.participants:
            bipartite.add_edge(who, key, role=role)
        for i, (a, role_a) in enumerate(event.participants):
            for b, role_b in event.participants[i + 1 :]:
                attributes = _event_attributes(event, found.sources)
                actors.add_edge(a, b, key=key, **attributes, roles=f"{role_a} – {role_b}")
    return actors, bipartite


def _evidence(graph: Graph, node: URIRef) -> tuple[tuple[Quote, ...], URIRef | None]:
    """The quotes an event rests on, in their order in the article, and the article."""
    quotes: list[Quote] = []
    article = graph.value(node, PROV.wasDerivedFrom)
    for annotation in graph.objects(node, KGO.evidence):
        for target in graph.objects(annotation, OA.hasTarget):
            article = graph.value(target, OA.hasSource) or article
            exact, start, end = "", -1, -1
            for selector in graph.objects(target, OA.hasSelector):
                exact = _text(graph, selector, OA.exact) or exact
                position = graph.value(selector, OA.start)
                if position is not None:
                    start, end = int(position), int(graph.value(selector, OA.end) or -1)
            if exact:
                quotes.append(Quote(exact, start, end))
    unique = sorted(set(quotes), key=lambda q: (q.start, q.exact))
    return tuple(unique), article if isinstance(article, URIRef) else None


def _actor_attributes(info: ActorInfo) -> dict[str, str]:
    return {"label": info.label, "label_az": info.label_az, "type": info.type, "kind": info.kind}


def _event_attributes(event: EventInfo, sources: dict[str, Source]) -> dict[str, str]:
    source = sources.get(event.source)
    return {
        "label": event.type_label,
        "label_az": event.type_label_az,
        "event": event.iri,
        "event_label": event.label,
        "about": "; ".join(event.about),
        "event_type": event.type,
        "date": event.date,
        "precision": event.precision,
        "earliest": event.earliest,
        "latest": event.latest,
        "evidence": event.quote,
        "article": event.source,
        "article_url": source.url if source else "",
    }
