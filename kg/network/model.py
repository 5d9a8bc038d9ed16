"""What the relationship network is made of: actors, events, their sources and quotes, as plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from kg.namespaces import PREFIXES


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


def curie(iri: str) -> str:
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda p: -len(str(p[1]))):
        if iri.startswith(str(namespace)):
            return f"{prefix}:{iri[len(str(namespace)) :]}"
    return iri
