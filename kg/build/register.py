"""The entity register and its triples, read once per process and kept in the cache."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef

from kg.build.cache import Cache
from kg.facts.drafts import with_drafted_entities
from kg.facts.model import Entity, Register
from kg.facts.register import load_register
from kg.graph.iris import entity_iri
from kg.graph.mapping import add_register
from kg.graph.serialization import ntriples, parse_ntriples
from kg.namespaces import KGO, new_graph
from kg.ontology import vocabulary


@dataclass
class Entities:
    """The register and its triples (canonical N-Triples), with views made on demand."""

    register: Register
    nt: bytes

    @cached_property
    def graph(self) -> Graph:
        return parse_ntriples(self.nt)

    @cached_property
    def by_subject(self) -> dict[str, bytes]:
        """Each entity's own triples, as N-Triples."""
        found: dict[str, list[bytes]] = {}
        for line in self.nt.splitlines(keepends=True):
            found.setdefault(line[1 : line.index(b">")].decode("utf-8"), []).append(line)
        return {subject: b"".join(lines) for subject, lines in found.items()}


_registers: dict[tuple[str, str], Entities] = {}


def _entity(entry: dict[str, Any]) -> Entity:
    return Entity(
        id=entry["id"], type=URIRef(entry["type"]), labels=entry["labels"],
        aliases={language: tuple(names) for language, names in entry["aliases"].items()},
        same_as=tuple(entry["same_as"]), links=entry["links"], attributes=entry["attributes"], url=entry["url"],
    )  # fmt: skip


def load_entities(path: Path, key: str, include_drafts: bool = False, cache: str | None = None) -> Entities:
    """The register and its triples, read once per process and kept in the cache.

    Reading and checking a register of a few thousand entities takes about a
    second; its cache entry loads in a few milliseconds.
    """
    if (str(path), key) in _registers:
        return _registers[(str(path), key)]
    store = Cache(Path(cache)) if cache else None
    entry = store.get(key) if store else None
    if entry is not None:
        register = Register(path, {e["id"]: _entity(e) for e in entry["entities"]})
        entities = Entities(register, entry["nt"].encode("utf-8"))
    else:
        register = load_register(path, vocabulary())
        drafted: frozenset[str] = frozenset()
        if include_drafts:
            register, drafted = with_drafted_entities(register, vocabulary())
        graph = new_graph()
        add_register(graph, register)
        for entity_id in sorted(drafted):
            graph.add((entity_iri(entity_id), KGO.reviewStatus, KGO.draft))
        entities = Entities(register, ntriples(graph))
        if store:
            entries = [asdict(entity) for entity in register.entities.values()]
            store.put(key, {"entities": entries, "nt": entities.nt.decode("utf-8")})
    _registers.clear()
    _registers[(str(path), key)] = entities
    return entities
