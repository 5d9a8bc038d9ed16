"""The named-graph layout: one graph per article, the register's, the ontology's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.build.chunks import Build
from kg.errors import KgError
from kg.graph.serialization import export
from kg.remote.named_graphs import (
    ONTOLOGY_GRAPH,
    REGISTER_GRAPH,
    NamedGraph,
    article_graph,
    from_sources,
    of_build,
    of_graph,
    union,
)

SEED_SLUG = "report-2025-12-04-coaker-baku"


def test_graph_names_are_derived_from_the_article() -> None:
    assert str(article_graph(SEED_SLUG)) == f"https://w3id.org/kg-news/id/article/{SEED_SLUG}/graph"
    assert str(REGISTER_GRAPH) == "https://w3id.org/kg-news/id/register/graph"
    assert str(ONTOLOGY_GRAPH) == "https://w3id.org/kg-news/ontology"


def test_a_build_splits_into_register_articles_and_ontology(seed_build: Build) -> None:
    graphs = of_build(seed_build)
    assert [g.iri for g in graphs] == [str(REGISTER_GRAPH), str(article_graph(SEED_SLUG)), str(ONTOLOGY_GRAPH)]
    without_ontology = union(g for g in graphs if g.iri != str(ONTOLOGY_GRAPH))
    assert set(without_ontology) == set(seed_build.graph)  # nothing lost, nothing added


def test_a_graph_file_splits_exactly_as_its_build(seed_build: Build) -> None:
    by_build = {g.iri: set(g.graph) for g in of_build(seed_build)}
    by_file = {g.iri: set(g.graph) for g in of_graph(seed_build.graph)}
    assert by_file == by_build
    assert all(by_build.values())


def test_post_holdings_belong_to_every_article_that_states_them(corpus: Path, seed_build: Build) -> None:
    shutil.copytree(corpus / SEED_SLUG, corpus / "second-article")
    graphs = {g.iri: g.graph for g in from_sources([corpus], with_ontology=False)}
    first, second = graphs[str(article_graph(SEED_SLUG))], graphs[str(article_graph("second-article"))]
    holds = [t for t in seed_build.graph if str(t[1]).endswith("org#holds")]
    assert holds and all(t in first and t in second for t in holds)
    whole = union(NamedGraph(iri, graph, iri) for iri, graph in graphs.items())
    split_again = {g.iri: set(g.graph) for g in of_graph(whole, with_ontology=False)}
    assert split_again == {iri: set(graph) for iri, graph in graphs.items()}


def test_sources_are_files_or_folders_not_both(tmp_path: Path, seed_build: Build, article: Path) -> None:
    graph_file = tmp_path / "graph.ttl"
    export(seed_build.graph, graph_file)
    by_file = {g.iri: set(g.graph) for g in from_sources([graph_file])}
    assert by_file == {g.iri: set(g.graph) for g in of_build(seed_build)}
    with pytest.raises(KgError, match="not both"):
        from_sources([graph_file, article])
