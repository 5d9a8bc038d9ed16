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

import difflib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.errors import KgError
from kg.namespaces import KGO, OA, PREFIXES, SCHEMA, SEM
from kg.ontology import ontology_graph

ACTOR_ROOT = KGO.Actor
PLACE_ROOT = KGO.Place
EVENT_ROOT = KGO.Event
PARTICIPANT_ROOT = KGO.participant
ABOUT_ROOT = KGO.about
LOCATION = SCHEMA.location


@dataclass(frozen=True)
class Quote:
    """The words of an article that a fact rests on."""

    exact: str
    start: int
    end: int


@dataclass(frozen=True)
class Source:
    """An article the facts come from."""

    iri: str
    title: str
    published: str
    url: str
    publisher: str


@dataclass(frozen=True)
class EventInfo:
    """An event as the network shows it."""

    iri: str
    type: str
    type_label: str
    type_label_az: str
    label: str
    label_az: str
    date: str
    precision: str
    earliest: str
    latest: str
    date_text: str
    source: str
    part_of: str
    evidence: tuple[Quote, ...]
    participants: tuple[tuple[str, str], ...]  # (actor IRI, role), sorted
    about: tuple[str, ...] = ()  # "signed: <label>", "post: <label>", sorted

    @property
    def quote(self) -> str:
        return self.evidence[0].exact if self.evidence else ""

    @property
    def when(self) -> str:
        return when_text(self.date, self.earliest, self.latest)


@dataclass(frozen=True)
class ActorInfo:
    """An actor as the network shows it."""

    iri: str
    label: str
    label_az: str
    type: str
    type_label: str
    kind: str
    names: tuple[str, ...]


@dataclass
class Network:
    """The projection of one RDF graph; see the module's documentation."""

    actors: nx.MultiGraph
    bipartite: nx.Graph
    events: dict[str, EventInfo]
    actor_info: dict[str, ActorInfo]
    sources: dict[str, Source]
    kinds: dict[str, str] = field(default_factory=dict)  # kind → its label

    def simple(self) -> nx.Graph:
        """The actor graph with parallel edges merged: ``weight`` = number of shared events."""
        graph = nx.Graph()
        graph.add_nodes_from(self.actors.nodes(data=True))
        for u, v, key in self.actors.edges(keys=True):
            if graph.has_edge(u, v):
                graph[u][v]["weight"] += 1
                graph[u][v]["events"].append(key)
            else:
                graph.add_edge(u, v, weight=1, events=[key])
        return graph

    def name(self, iri: str) -> str:
        info = self.actor_info.get(iri)
        if info is not None:
            return info.label
        event = self.events.get(iri)
        return event.label if event is not None else iri

    def source_line(self) -> str:
        """The articles the graph comes from, for titles: 'Report News Agency, 2025-12-04'."""
        parts = [f"{s.publisher or s.iri}, {s.published[:10]}" for s in self.sources.values()]
        if len(parts) > 3:
            return f"{len(parts)} articles ({parts[0]} … {parts[-1]})"
        return "; ".join(parts) or "no article"


def when_text(date: str, earliest: str, latest: str) -> str:
    """A date as precise as it is known: '2025-10', 'not after 2025-12-04', 'date unknown'."""
    if date:
        return date
    if earliest and latest:
        return f"between {earliest} and {latest}"
    if latest:
        return f"not after {latest}"
    if earliest:
        return f"not before {earliest}"
    return "date unknown"


# --- reading the data ---------------------------------------------------------


def load_data(data: Sequence[Path] | None = None) -> Graph:
    """The RDF graph of ``data`` files merged, or the bundled corpus built in memory."""
    from kg.graph.serialize import read_graph

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


def _curie(iri: str) -> str:
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda p: -len(str(p[1]))):
        if iri.startswith(str(namespace)):
            return f"{prefix}:{iri[len(str(namespace)) :]}"
    return iri


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


# --- the projection -----------------------------------------------------------


def project(graph: Graph, ontology: Graph | None = None) -> Network:
    """Project an RDF graph onto networkx graphs (see the module's documentation).

    The class and property hierarchy is read from ``ontology`` (the bundled
    ontology by default) together with any schema triples in ``graph`` itself.
    """
    schema = Graph()
    for triple in ontology if ontology is not None else ontology_graph():
        schema.add(triple)
    for predicate in (RDFS.subClassOf, RDFS.subPropertyOf):
        for triple in graph.triples((None, predicate, None)):
            schema.add(triple)
    for cls, label in graph.subject_objects(RDFS.label):  # labels of classes and properties the data declares
        if (cls, None, None) in schema:
            schema.add((cls, RDFS.label, label))

    event_classes = _below(schema, EVENT_ROOT, RDFS.subClassOf)
    place_classes = _below(schema, PLACE_ROOT, RDFS.subClassOf)
    actor_classes = _below(schema, ACTOR_ROOT, RDFS.subClassOf) | place_classes
    # kinds: the direct subclasses of kgo:Actor (person, organisation, country), then kgo:Place
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

    def role_name(prop: URIRef) -> str:
        return _text(schema, prop, RDFS.label, "en") or _local(str(prop))

    def class_depth(cls: URIRef) -> int:
        return len(set(schema.transitive_objects(cls, RDFS.subClassOf)))

    def most_specific(node: URIRef, classes: set[URIRef]) -> URIRef | None:
        found = [c for c in graph.objects(node, RDF.type) if c in classes]
        return max(found, key=lambda c: (class_depth(c), str(c))) if found else None  # type: ignore[arg-type]

    events: dict[str, EventInfo] = {}
    actor_info: dict[str, ActorInfo] = {}
    sources: dict[str, Source] = {}
    kinds: dict[str, str] = {}

    def actor(node: URIRef) -> ActorInfo | None:
        key = str(node)
        if key in actor_info:
            return actor_info[key]
        cls = most_specific(node, actor_classes)
        if cls is None:
            return None
        kind_class = kind_of[cls]
        kind = _local(str(kind_class)).lower()
        kinds.setdefault(kind, _text(schema, kind_class, RDFS.label, "en") or kind)
        names = {str(o) for p in (RDFS.label, SKOS.altLabel, SKOS.prefLabel) for o in graph.objects(node, p)}
        names |= {key, _curie(key), _local(key)}
        info = ActorInfo(
            iri=key,
            label=_label(graph, node, "en") or _local(key),
            label_az=_label(graph, node, "az"),
            type=_local(str(cls)),
            type_label=_text(schema, cls, RDFS.label, "en") or _local(str(cls)),
            kind=kind,
            names=tuple(sorted(names)),
        )
        actor_info[key] = info
        return info

    def source(node: URIRef | None) -> str:
        if node is None:
            return ""
        key = str(node)
        if key not in sources:
            publisher = graph.value(node, SCHEMA.publisher)
            sources[key] = Source(
                iri=key,
                title=_text(graph, node, SCHEMA.headline),
                published=_text(graph, node, SCHEMA.datePublished),
                url=_text(graph, node, SCHEMA.url),
                publisher=_label(graph, publisher, "en") if isinstance(publisher, URIRef) else "",
            )
        return key

    event_nodes = sorted(
        {s for cls in event_classes for s in graph.subjects(RDF.type, cls) if isinstance(s, URIRef)}, key=str
    )
    for node in event_nodes:
        cls = most_specific(node, event_classes)
        assert cls is not None
        taking_part: dict[str, set[str]] = {}
        for prop, obj in graph.predicate_objects(node):
            if prop in roles and isinstance(obj, URIRef) and actor(obj) is not None:
                taking_part.setdefault(str(obj), set()).add(role_name(prop))  # type: ignore[arg-type]
        quotes, article = _evidence(graph, node)
        precision = graph.value(node, KGO.datePrecision)
        part_of = graph.value(node, SEM.subEventOf)
        events[str(node)] = EventInfo(
            iri=str(node),
            type=_local(str(cls)),
            type_label=_text(schema, cls, RDFS.label, "en") or _local(str(cls)),
            type_label_az=_text(schema, cls, RDFS.label, "az"),
            label=_label(graph, node, "en"),
            label_az=_label(graph, node, "az"),
            date=_text(graph, node, KGO.date),
            precision=_local(str(precision)) if precision is not None else "",
            earliest=_text(graph, node, SEM.hasEarliestBeginTimeStamp),
            latest=_text(graph, node, SEM.hasLatestEndTimeStamp),
            date_text=_text(graph, node, KGO.dateText),
            source=source(article),
            part_of=str(part_of) if part_of is not None else "",
            evidence=quotes,
            participants=tuple(sorted((a, ", ".join(sorted(r))) for a, r in taking_part.items())),
            about=tuple(
                sorted(
                    f"{role_name(p)}: {_label(graph, o, 'en') or _local(str(o))}"  # type: ignore[arg-type]
                    for p, o in graph.predicate_objects(node)
                    if p in about and isinstance(o, URIRef)
                )
            ),
        )

    actors = nx.MultiGraph()
    bipartite = nx.Graph()
    for key in sorted(actor_info):
        attributes = _actor_attributes(actor_info[key])
        actors.add_node(key, **attributes)
        bipartite.add_node(key, part="actor", **attributes)
    for key, event in events.items():
        bipartite.add_node(key, part="event", **_event_attributes(event, sources))
        for who, role in event.participants:
            bipartite.add_edge(who, key, role=role)
        for i, (a, role_a) in enumerate(event.participants):
            for b, role_b in event.participants[i + 1 :]:
                actors.add_edge(a, b, key=key, **_event_attributes(event, sources), roles=f"{role_a} – {role_b}")
    return Network(actors, bipartite, events, actor_info, sources, dict(sorted(kinds.items())))


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


# --- finding actors by name ---------------------------------------------------


def _fold(text: str) -> str:
    """Case, accents and Azerbaijani letters folded: 'İlham Əliyev' ~ 'ilham eliyev'."""
    text = text.replace("ə", "e").replace("Ə", "e").replace("ı", "i")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def find_actor(network: Network, name: str) -> str:
    """The IRI of the one actor called ``name`` (a label in either language, an
    alias, an id or an IRI); an unknown or ambiguous name is a ``KgError``
    listing the candidates."""
    wanted = _fold(name)
    if not wanted:
        raise KgError("an actor's name is empty; give a label such as 'Vernon Coaker'")
    exact = sorted(i.iri for i in network.actor_info.values() if wanted in {_fold(n) for n in i.names})
    if len(exact) == 1:
        return exact[0]
    partial = exact or sorted(i.iri for i in network.actor_info.values() if any(wanted in _fold(n) for n in i.names))
    if len(partial) == 1:
        return partial[0]
    if partial:
        raise KgError(f"the name {name!r} is ambiguous: it matches {_listing(network, partial)}; give one in full")
    labels: dict[str, str] = {}
    for info in sorted(network.actor_info.values(), key=lambda i: i.iri):
        for text in (info.label, info.label_az):
            for part in [text, *text.split()]:  # whole labels and their words: 'Aliyv' ~ 'Aliyev'
                if len(part) >= 3:
                    labels.setdefault(_fold(part), info.iri)
    close = difflib.get_close_matches(wanted, sorted(labels), n=5, cutoff=0.6)
    if close:
        suggestions = _listing(network, sorted({labels[c] for c in close}))
        raise KgError(f"no actor is named {name!r}; did you mean: {suggestions}?")
    everyone = sorted(network.actor_info, key=lambda i: network.actor_info[i].label)
    more = f" and {len(everyone) - 10} more" if len(everyone) > 10 else ""
    raise KgError(f"no actor is named {name!r}; actors include: {_listing(network, everyone[:10])}{more}")


def _listing(network: Network, iris: Iterable[str]) -> str:
    parts = []
    for iri in iris:
        info = network.actor_info[iri]
        both = f"{info.label} / {info.label_az}" if info.label_az and info.label_az != info.label else info.label
        parts.append(f"{both} ({info.type_label}, {_curie(iri)})")
    return "; ".join(parts)


def neighbourhood(network: Network, name: str, depth: int = 1) -> Network:
    """The part of the network within ``depth`` steps of the actor called ``name``."""
    if depth < 0:
        raise KgError(f"--depth {depth}: give 0 or more steps")
    centre = find_actor(network, name)
    keep = set(nx.single_source_shortest_path_length(network.actors, centre, cutoff=depth))
    actors = network.actors.subgraph(sorted(keep)).copy()
    events = {k: e for k, e in network.events.items() if any(a in keep for a, _ in e.participants)}
    bipartite = network.bipartite.subgraph(sorted(keep | set(events))).copy()
    used_sources = {e.source for e in events.values()}
    return Network(
        actors,
        bipartite,
        {k: _only(e, keep) for k, e in events.items()},
        {k: v for k, v in network.actor_info.items() if k in keep},
        {k: v for k, v in network.sources.items() if k in used_sources},
        network.kinds,
    )


def _only(event: EventInfo, keep: set[str]) -> EventInfo:
    from dataclasses import replace

    return replace(event, participants=tuple(p for p in event.participants if p[0] in keep))
