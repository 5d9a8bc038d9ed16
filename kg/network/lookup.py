"""Finding actors by name (either language, aliases, ids, near misses) and the neighbourhood of one."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable
from dataclasses import replace

import networkx as nx

from kg.errors import KgError
from kg.network.model import EventInfo, Network, curie


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
        parts.append(f"{both} ({info.type_label}, {curie(iri)})")
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
    return replace(event, participants=tuple(p for p in event.participants if p[0] in keep))
