"""What one article (or the register) contributes to the graph, and the built corpus."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from rdflib import Graph

from kg.errors import KgError
from kg.facts.corpus import Corpus, load_corpus
from kg.facts.model import Register
from kg.graph.iris import article_graph_iri, register_graph_iri
from kg.graph.serialization import TURTLE_HEADER, parse_ntriples, serialize, turtle_to_ntriples
from kg.validate.shacl import Report, Violation


@dataclass(frozen=True)
class Chunk:
    """What one article (or the register) contributes to the graph.

    Its triples are kept as a Turtle body (no @prefix lines, about half the size
    of N-Triples), which is what the output file is made of; ``nt`` gives them
    back as N-Triples, in the same (sorted) order.
    """

    name: str  # the article's folder name, or "" for the register
    folder: str
    ttl: bytes
    triples: int
    violations: tuple[Violation, ...]
    events: dict[str, int] = field(default_factory=dict)  # event class → count
    posts: tuple[tuple[str, str, str, int], ...] = ()  # (holder, post, as of, line in facts.yaml)
    quotes: int = 0

    @cached_property
    def nt(self) -> bytes:
        return turtle_to_ntriples(self.ttl)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name, "folder": self.folder, "ttl": self.ttl.decode("utf-8"), "triples": self.triples,
            "violations": [v.__dict__ for v in self.violations], "events": self.events,
            "posts": [list(p) for p in self.posts], "quotes": self.quotes,
        }  # fmt: skip

    @classmethod
    def from_json(cls, entry: dict[str, Any], folder: str) -> Chunk:
        return cls(
            name=entry["name"], folder=folder, ttl=entry["ttl"].encode("utf-8"), triples=entry["triples"],
            violations=tuple(Violation(**v) for v in entry["violations"]), events=entry["events"],
            posts=tuple((h, p, d, line) for h, p, d, line in entry["posts"]), quotes=entry["quotes"],
        )  # fmt: skip


@dataclass(frozen=True)
class Build:
    """A built corpus: the register's chunk, every article's chunk, and the SHACL report."""

    register: Register
    register_chunk: Chunk
    articles: tuple[Chunk, ...]
    report: Report
    compiled: int  # articles compiled in this run (the rest came from the cache)
    include_drafts: bool = False

    def summary(self) -> dict[str, int]:
        events: Counter[str] = Counter()
        for chunk in self.articles:
            events.update(chunk.events)
        return {
            "articles": len(self.articles),
            "entities": len(self.register.entities),
            "events": sum(events.values()),
            "post holdings": sum(len(c.posts) for c in self.articles),
            "evidence quotes": sum(c.quotes for c in self.articles),
            "triples": self.triples,
        } | {f"  {kind}": count for kind, count in sorted(events.items())}

    @cached_property
    def triples(self) -> int:
        return sum(chunk.triples for chunk in (self.register_chunk, *self.articles))

    @cached_property
    def nt(self) -> bytes:
        """The whole graph as N-Triples (the register, then each article)."""
        return b"".join(chunk.nt for chunk in (self.register_chunk, *self.articles))

    @cached_property
    def graph(self) -> Graph:
        """The whole graph in rdflib, for Python users (slow for very large corpora)."""
        return parse_ntriples(self.nt)

    @cached_property
    def corpus(self) -> Corpus:
        """The articles' facts as dataclasses (read again from their files)."""
        return load_corpus([Path(chunk.folder) for chunk in self.articles], self.include_drafts)

    def serialize(self, fmt: str = "ttl") -> bytes:
        """The graph in ``fmt``; Turtle, N-Triples and N-Quads are written chunk by chunk."""
        chunks = (self.register_chunk, *self.articles)
        if fmt == "ttl":
            return TURTLE_HEADER + b"".join(chunk.ttl for chunk in chunks)
        if fmt == "nt":
            return self.nt
        if fmt == "nq":
            return b"".join(_quads(chunk) for chunk in chunks)
        return serialize(self.graph, fmt)


def _quads(chunk: Chunk) -> bytes:
    graph = register_graph_iri() if not chunk.name else article_graph_iri(chunk.name)
    suffix = f" <{graph}> .\n".encode()
    return b"".join(line[:-2] + suffix for line in chunk.nt.splitlines(keepends=True))


class NotValid(KgError):
    """The graph was built but does not conform to the shapes; nothing was written."""

    exit_code = 1

    def __init__(self, report: Report) -> None:
        count = len(report.violations)
        super().__init__(f"the graph does not conform to the shapes ({count} violations); nothing was written")
        self.report = report

    def details(self) -> str:
        return str(self.report)
