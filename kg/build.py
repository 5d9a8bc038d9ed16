"""The main job: facts → graph → validation → Turtle."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg.corpus import Corpus, load_corpus
from kg.errors import KgError
from kg.export import export
from kg.graph import to_graph
from kg.validate import Report, validate


@dataclass(frozen=True)
class Build:
    corpus: Corpus
    graph: Graph
    report: Report

    def summary(self) -> dict[str, int]:
        events = Counter(event.type.fragment for a in self.corpus.articles for event in a.events)
        return {
            "articles": len(self.corpus.articles),
            "entities": len(self.corpus.register.entities),
            "events": sum(events.values()),
            "post holdings": sum(len(a.posts) for a in self.corpus.articles),
            "evidence quotes": sum(
                len(e.evidence) for a in self.corpus.articles for e in a.events
            ) + sum(len(p.evidence) for a in self.corpus.articles for p in a.posts),
            "triples": len(self.graph),
        } | {f"  {kind}": count for kind, count in sorted(events.items())}


class NotValid(KgError):
    """The graph was built but does not conform to the shapes; nothing was written."""

    def __init__(self, report: Report) -> None:
        super().__init__(f"the graph does not conform to the shapes ({len(report.violations)} violations)")
        self.report = report


def build(paths: Sequence[Path] | None = None, include_drafts: bool = False) -> Build:
    """Read the articles (the bundled corpus by default), map them to RDF and validate."""
    corpus = load_corpus(paths, include_drafts)
    graph = to_graph(corpus)
    return Build(corpus, graph, validate(graph))


def build_to_file(
    paths: Sequence[Path] | None, output: Path, fmt: str | None = None, include_drafts: bool = False
) -> Build:
    """Build and, only if the graph conforms, write it to ``output`` atomically."""
    result = build(paths, include_drafts)
    if not result.report.conforms:
        raise NotValid(result.report)
    export(result.graph, output, fmt)
    return result
