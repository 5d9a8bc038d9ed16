"""Who is central, who is connected, and how: networkx's algorithms on the actor network.

Centralities and communities are computed on the actor graph with parallel
edges merged (``Network.simple()``): two actors are one step apart however many
events they share; the number of shared events is the edge's ``weight``, which
the community detection uses.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import asdict, dataclass

import networkx as nx

from kg.errors import KgError
from kg.network.lookup import find_actor
from kg.network.model import Network, when_text
from kg.store.render import table

COMMUNITY_SEED = 42  # Louvain is randomised; a fixed seed gives the same communities every run
EXACT_BETWEENNESS_LIMIT = 1000  # above this many actors, betweenness is estimated from a sample of sources
BETWEENNESS_SAMPLE = 500


@dataclass(frozen=True)
class ActorScore:
    iri: str
    label: str
    label_az: str
    kind: str
    events: int
    neighbours: int
    degree_centrality: float
    betweenness_centrality: float


@dataclass(frozen=True)
class Analysis:
    actors: int
    events: int
    edges: int
    scores: tuple[ActorScore, ...]  # most central first
    components: tuple[tuple[str, ...], ...]  # largest first; labels
    communities: tuple[tuple[str, ...], ...]  # largest first; labels
    modularity: float
    betweenness: str  # "exact", or how it was estimated

    def most_central(self, kind: str | None = None) -> ActorScore:
        """The actor with the highest betweenness (then degree) centrality, of ``kind`` if given."""
        for score in self.scores:
            if kind is None or score.kind == kind:
                return score
        raise KgError(f"the network has no actor of kind {kind!r}")

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2) + "\n"

    def to_table(self) -> str:
        rows = [
            [
                str(rank),
                s.label,
                s.kind,
                str(s.events),
                str(s.neighbours),
                f"{s.degree_centrality:.3f}",
                f"{s.betweenness_centrality:.3f}",
            ]
            for rank, s in enumerate(self.scores, start=1)
        ]
        text = table(
            ["#", "actor", "kind", "events", "neighbours", "degree", "betweenness"],
            rows,
            title=f"{self.actors} actors, {self.events} events, {self.edges} links; betweenness {self.betweenness}",
        )
        text += table(
            ["#", "size", "members"],
            [[str(i), str(len(c)), ", ".join(c)] for i, c in enumerate(self.components, start=1)],
            title="Connected components",
        )
        text += table(
            ["#", "size", "members"],
            [[str(i), str(len(c)), ", ".join(c)] for i, c in enumerate(self.communities, start=1)],
            title=f"Communities (Louvain, modularity {self.modularity:.3f})",
        )
        return text


def analyze(network: Network) -> Analysis:
    """Degree and betweenness centrality, components and Louvain communities."""
    simple = network.simple()
    if simple.number_of_nodes() == 0:
        raise KgError("the graph has no actors taking part in events: nothing to analyse")
    degree = nx.degree_centrality(simple)
    n = simple.number_of_nodes()
    if n <= EXACT_BETWEENNESS_LIMIT:
        betweenness = nx.betweenness_centrality(simple, normalized=True)
        method = "exact"
    else:
        sample = min(BETWEENNESS_SAMPLE, n)
        betweenness = nx.betweenness_centrality(simple, k=sample, normalized=True, seed=COMMUNITY_SEED)
        method = f"estimated from {sample} of {n} source actors (seed {COMMUNITY_SEED})"
    taking_part = dict(network.bipartite.degree(list(simple.nodes)))
    scores = sorted(
        (
            ActorScore(
                iri=n,
                label=network.actor_info[n].label,
                label_az=network.actor_info[n].label_az,
                kind=network.actor_info[n].kind,
                events=int(taking_part.get(n, 0)),
                neighbours=simple.degree(n),
                degree_centrality=round(degree[n], 6),
                betweenness_centrality=round(betweenness[n], 6),
            )
            for n in simple.nodes
        ),
        key=lambda s: (-s.betweenness_centrality, -s.degree_centrality, -s.events, s.label),
    )
    communities = nx.community.louvain_communities(simple, weight="weight", seed=COMMUNITY_SEED)
    modularity = nx.community.modularity(simple, communities, weight="weight") if simple.number_of_edges() else 0.0
    return Analysis(
        actors=simple.number_of_nodes(),
        events=len(network.events),
        edges=simple.number_of_edges(),
        scores=tuple(scores),
        components=_groups(network, nx.connected_components(simple)),
        communities=_groups(network, communities),
        modularity=round(modularity, 6),
        betweenness=method,
    )


def _groups(network: Network, groups: object) -> tuple[tuple[str, ...], ...]:
    named = [tuple(sorted(network.actor_info[n].label for n in group)) for group in groups]  # type: ignore[attr-defined]
    return tuple(sorted(named, key=lambda g: (-len(g), g)))


# --- paths --------------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    """One event through which two actors are connected."""

    event: str
    label: str
    event_label: str
    date: str
    precision: str
    earliest: str
    latest: str
    evidence: str


@dataclass(frozen=True)
class Hop:
    source: str
    source_label: str
    target: str
    target_label: str
    via: tuple[Link, ...]


@dataclass(frozen=True)
class Connection:
    """The shortest connections between two actors."""

    source: str
    target: str
    length: int
    paths: tuple[tuple[Hop, ...], ...]
    total: int  # shortest paths there are; ``paths`` holds at most the limit asked for

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2) + "\n"

    def to_table(self) -> str:
        rows = []
        for number, path in enumerate(self.paths, start=1):
            for step, hop in enumerate(path, start=1):
                via = "; ".join(f"{link.label} ({_when(link)})" for link in hop.via)
                rows.append([str(number) if step == 1 else "", hop.source_label, via, hop.target_label])
        title = f"{self.total} shortest path(s) of {self.length} step(s)"
        if self.total > len(self.paths):
            title += f", the first {len(self.paths)} shown"
        return table(["path", "from", "through the event(s)", "to"], rows, title=title)


def _when(link: Link) -> str:
    return when_text(link.date, link.earliest, link.latest)


def connect(network: Network, source_name: str, target_name: str, limit: int = 20) -> Connection:
    """The shortest paths between two named actors, with the events along each step."""
    source, target = find_actor(network, source_name), find_actor(network, target_name)
    if source == target:
        raise KgError(f"{source_name!r} and {target_name!r} are the same actor; name two different ones")
    simple = network.simple()
    try:
        found = list(nx.all_shortest_paths(simple, source, target))
    except nx.NetworkXNoPath:
        a, b = network.actor_info[source].label, network.actor_info[target].label
        raise KgError(f"{a} and {b} are not connected through any event in this graph") from None
    found.sort(key=lambda p: [network.actor_info[n].label for n in p])
    paths = []
    for nodes in found[:limit]:
        hops = []
        for a, b in itertools.pairwise(nodes):
            links = sorted(
                (
                    Link(
                        key,
                        d["label"],
                        d["event_label"],
                        d["date"],
                        d["precision"],
                        d["earliest"],
                        d["latest"],
                        d["evidence"],
                    )
                    for key, d in network.actors.get_edge_data(a, b).items()
                ),
                key=lambda link: (link.date, link.label, link.event),
            )
            hops.append(Hop(a, network.actor_info[a].label, b, network.actor_info[b].label, tuple(links)))
        paths.append(tuple(hops))
    return Connection(source, target, len(found[0]) - 1, tuple(paths), len(found))
