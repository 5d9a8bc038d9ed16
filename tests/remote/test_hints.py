"""A person who gets 0 rows from a server whose default graph is empty (Oxigraph
started the ordinary way, without --union-default-graph) is told why, in one
line on stderr, with the exit code unchanged; ``kg push`` prints the query URL
and what the store needs."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest
from click.testing import CliRunner

from kg import resources
from kg.build.chunks import Build
from kg.cli import main
from kg.remote.endpoint import Remote
from kg.remote.hints import after_push, empty_answer_hint, query_endpoint
from kg.remote.named_graphs import ONTOLOGY_GRAPH, REGISTER_GRAPH, article_graph, of_build
from kg.remote.push import push
from kg.remote.serve import Server, start
from kg.store.query import Query

SEED = "report-2025-12-04-coaker-baku"
WHO_MET_WHOM = str(resources.QUERIES_DIR / "who-met-whom.rq")
KG = [str(REGISTER_GRAPH), str(article_graph(SEED)), str(ONTOLOGY_GRAPH)]


@pytest.fixture
def ordinary(port_finder) -> Iterator[Server]:
    """``oxigraph serve`` as a person starts it: no --union-default-graph."""
    server = start(port_finder(), union_default_graph=False)
    yield server
    assert server.stop() in (0, -signal.SIGTERM)


@pytest.fixture
def ordinary_with_seed(ordinary: Server, seed_build: Build) -> Server:
    push(of_build(seed_build), Remote(ordinary.store_url), replace=True)
    return ordinary


def test_no_rows_from_an_empty_default_graph_says_why(ordinary_with_seed: Server) -> None:
    result = CliRunner().invoke(main, ["query", WHO_MET_WHOM, "--endpoint", ordinary_with_seed.query_url])
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith("0 rows\n")
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: hint: no answer because the server's default graph is empty")
    assert "--union-default-graph" in lines[0] and f"--graph {REGISTER_GRAPH}" in lines[0]


def test_an_ask_answered_false_gets_the_hint_too(ordinary_with_seed: Server) -> None:
    result = CliRunner().invoke(main, ["query", "ASK { ?m a kgo:Meeting }", "-e", ordinary_with_seed.query_url])
    assert result.exit_code == 0 and "false" in result.stdout
    assert result.stderr.startswith("kg: hint: ")


def test_with_the_graphs_named_the_rows_come_and_no_hint(ordinary_with_seed: Server) -> None:
    graphs = [word for graph in KG for word in ("--graph", graph)]
    result = CliRunner().invoke(main, ["query", WHO_MET_WHOM, "-e", ordinary_with_seed.query_url, *graphs])
    assert result.exit_code == 0 and "Zakir Hasanov" in result.stdout and result.stderr == ""


def test_no_hint_when_the_answer_is_really_empty(ordinary: Server, seed_build: Build, port_finder) -> None:
    # an empty server: no kg graphs, so an empty default graph is not the reason
    assert CliRunner().invoke(main, ["query", WHO_MET_WHOM, "-e", ordinary.query_url]).stderr == ""
    union = start(port_finder())  # the union default graph: a question without answers is just that
    try:
        push(of_build(seed_build), Remote(union.store_url), replace=True)
        result = CliRunner().invoke(main, ["query", "SELECT ?x WHERE { ?x a kgo:Nothing }", "-e", union.query_url])
        assert result.exit_code == 0 and result.stdout.endswith("0 rows\n") and result.stderr == ""
    finally:
        union.stop()


def test_a_hint_never_fails_the_command(closed: str, ordinary_with_seed: Server) -> None:
    empty = CliRunner().invoke(main, ["query", "ASK { ?m a kgo:Nothing }", "-e", ordinary_with_seed.query_url])
    assert empty.exit_code == 0
    from kg.remote.client import run_remote

    answer = run_remote(Query("SELECT ?x WHERE { ?x a kgo:Nothing }", "q"), Remote(ordinary_with_seed.query_url))
    assert empty_answer_hint(answer, Remote(f"{closed}/query")) is None  # the server went away: no hint, no error


def test_push_prints_the_query_url_and_the_flag_oxigraph_needs(ordinary: Server, port_finder) -> None:
    result = CliRunner().invoke(main, ["push", "--store", ordinary.store_url, "--replace"])
    assert result.exit_code == 0, result.output
    assert f"SPARQL query endpoint (Oxigraph, from the store URL): {ordinary.query_url}\n" in result.stdout
    assert "Oxigraph: this server's default graph is empty, so queries see nothing: restart it with " in result.stdout
    command = f"kg query Q.rq --endpoint {ordinary.query_url} --graph {REGISTER_GRAPH} --graph "
    assert f"--union-default-graph, or query with --graph IRI ({command}" in result.stdout
    union = start(port_finder())
    try:
        again = CliRunner().invoke(main, ["push", "--store", union.store_url, "--replace"])
        assert f"SPARQL query endpoint (Oxigraph, from the store URL): {union.query_url}\n" in again.stdout
        assert "default graph is empty" not in again.stdout and "--union-default-graph (this one's" in again.stdout
    finally:
        union.stop()


def test_query_urls_of_the_known_servers() -> None:
    assert query_endpoint("http://h:7878/store") == ("http://h:7878/query", "Oxigraph")
    assert query_endpoint("http://h:8890/sparql-graph-crud-auth") == ("http://h:8890/sparql", "Virtuoso")
    assert query_endpoint("http://h:8890/sparql-graph-crud") == ("http://h:8890/sparql", "Virtuoso")
    assert query_endpoint("http://h:3030/ds/data") == ("http://h:3030/ds/query", "Fuseki")
    graphdb = "http://h:7200/repositories/r"
    assert query_endpoint(f"{graphdb}/rdf-graphs/service") == (graphdb, "GraphDB")
    assert query_endpoint("http://h/somewhere") is None
    virtuoso = after_push(Remote("http://h:8890/sparql-graph-crud-auth"), KG)
    assert virtuoso[0] == "SPARQL query endpoint (Virtuoso, from the store URL): http://h:8890/sparql"
    assert "default graph holds every graph" in virtuoso[1]
    assert after_push(Remote("http://h/somewhere"), KG) == [
        "Query it at the server's SPARQL query endpoint (see the README's URL patterns)."
    ]
