"""Pushing over the Graph Store Protocol to a real oxigraph server, and every
fault a push can meet, each against a real socket."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import requests
from click.testing import CliRunner

from kg.build.chunks import Build
from kg.cli import main
from kg.errors import KgError
from kg.graph.serialization import export
from kg.namespaces import new_graph
from kg.remote.endpoint import Remote, user_agent
from kg.remote.named_graphs import ONTOLOGY_GRAPH, REGISTER_GRAPH, NamedGraph, article_graph, from_sources, of_build
from kg.remote.push import chunks, push
from kg.remote.serve import Server

SEED = "report-2025-12-04-coaker-baku"


def count(server: Server, graph: str) -> int:
    """The triples in one graph, asked independently of kg's own check (SPARQL COUNT)."""
    answer = requests.post(
        server.query_url,
        data={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=10,
    )
    answer.raise_for_status()
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


def graphs_in(server: Server) -> set[str]:
    answer = requests.post(
        server.query_url,
        data={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=10,
    )
    return {row["g"]["value"] for row in answer.json()["results"]["bindings"]}


def test_push_puts_each_article_register_and_ontology_in_its_graph(oxigraph: Server, seed_build: Build) -> None:
    graphs = of_build(seed_build)
    pushed = push(graphs, Remote(oxigraph.store_url), replace=True)
    assert [(p.iri, p.sent, p.stored) for p in pushed] == [(g.iri, len(g.graph), len(g.graph)) for g in graphs]
    assert graphs_in(oxigraph) == {g.iri for g in graphs}
    for named in graphs:
        assert count(oxigraph, named.iri) == len(named.graph)


def test_replace_a_second_article_and_leave_the_others_alone(oxigraph: Server, corpus: Path) -> None:
    store = Remote(oxigraph.store_url)
    push(from_sources([corpus]), store, replace=True)
    first = str(article_graph(SEED))
    first_count = count(oxigraph, first)
    # a second article arrives: only its graph is new
    shutil.copytree(corpus / SEED, corpus / "second-article")
    push(from_sources([corpus / "second-article"], with_ontology=False), store, replace=True)
    second = str(article_graph("second-article"))
    assert graphs_in(oxigraph) == {first, second, str(REGISTER_GRAPH), str(ONTOLOGY_GRAPH)}
    assert count(oxigraph, second) == first_count and count(oxigraph, first) == first_count
    # the first article is corrected (here: loses its events' labels) and pushed again: replaced, not merged
    facts = next(g for g in from_sources([corpus / SEED], with_ontology=False) if g.iri == first)
    corrected = new_graph()
    for triple in facts.graph:
        if not str(triple[1]).endswith("rdf-schema#label"):
            corrected.add(triple)
    assert len(corrected) < first_count
    push([NamedGraph(first, corrected, "the corrected article")], store, replace=True)
    assert count(oxigraph, first) == len(corrected)
    assert count(oxigraph, second) == first_count


def test_post_adds_and_pushing_twice_changes_nothing(oxigraph: Server, seed_build: Build) -> None:
    graphs = of_build(seed_build, with_ontology=False)
    store = Remote(oxigraph.store_url)
    push(graphs, store)
    again = push(graphs, store)
    assert [p.stored for p in again] == [len(g.graph) for g in graphs]


def test_large_graphs_go_in_chunks(oxigraph: Server, seed_build: Build, proxy) -> None:
    graphs = of_build(seed_build, with_ontology=False)
    article = graphs[1]
    pieces = chunks(article, 100)
    assert len(pieces) == -(-len(article.graph) // 100) and all(p.count(b"\n") <= 100 for p in pieces)
    seen: list[int] = []
    relay = proxy(oxigraph.base)
    pushed = push(
        [article], Remote(relay.url + "/store"), replace=True, chunk_size=100, progress=lambda g, n: seen.append(n)
    )
    assert sum(seen) == len(article.graph) and len(seen) == len(pieces)
    assert relay.seen == len(pieces) + 1  # the chunks, then one GET to check
    assert pushed[0].stored == count(oxigraph, article.iri) == len(article.graph)


def test_a_push_that_fails_part_way_names_the_graph_and_running_it_again_completes_it(
    oxigraph: Server, seed_build: Build, proxy, tmp_path: Path
) -> None:
    graph_file = tmp_path / "graph.ttl"
    export(seed_build.graph, graph_file)
    relay = proxy(oxigraph.base)
    relay.fail_after = 4  # register (2 chunks + GET), then the article's first chunk, then "disk full"
    command = ["push", str(graph_file), "--store", relay.url + "/store", "--replace", "--chunk-size", "100"]
    failed = CliRunner().invoke(main, command)
    assert failed.exit_code == 2
    message = failed.stderr.strip()
    assert message.startswith(f"kg: error: {relay.url}/store: the server answered HTTP 500")
    assert "disk full" in message
    assert f"graph <{article_graph(SEED)}> (article {SEED}) is incomplete (1 of 8 chunks stored)" in message
    assert "1 graphs done, 1 not sent; run the same command again" in message
    assert "Traceback" not in failed.output
    assert 0 < count(oxigraph, str(article_graph(SEED))) < 735
    relay.fail_after = None  # the server recovers; the same command completes the push
    done = CliRunner().invoke(main, command)
    assert done.exit_code == 0, done.output
    for named in of_build(seed_build):
        assert count(oxigraph, named.iri) == len(named.graph)


def test_cli_push_prints_what_the_store_holds(oxigraph: Server, tmp_path: Path, seed_build: Build) -> None:
    graph_file = tmp_path / "graph.ttl"
    export(seed_build.graph, graph_file)
    result = CliRunner().invoke(main, ["push", str(graph_file), "--store", oxigraph.store_url, "--replace"])
    assert result.exit_code == 0, result.output
    assert f"Graphs replaced at {oxigraph.store_url}" in result.stdout
    assert f"{article_graph(SEED)} │ article {SEED} │ 735  │ 735" in result.stdout


def test_cli_push_into_one_graph(oxigraph: Server, seed_build: Build) -> None:
    result = CliRunner().invoke(main, ["push", "--store", oxigraph.store_url, "--graph", "https://example.org/g", "-q"])
    assert result.exit_code == 0, result.output
    assert graphs_in(oxigraph) == {"https://example.org/g"}
    assert count(oxigraph, "https://example.org/g") == len(seed_build.graph)


# --- faults, each against a real socket ---------------------------------------------------


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory, seed_build: Build) -> Path:
    path = tmp_path_factory.mktemp("push") / "graph.ttl"
    export(seed_build.graph, path)
    return path


def run_push(graph_file: Path, url: str, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["push", str(graph_file), "--store", url, "-q", "--no-ontology", *extra])
    assert "Traceback" not in result.output
    return result.exit_code, result.stderr.strip()


def test_closed_port(closed: str, graph_file: Path) -> None:
    code, message = run_push(graph_file, closed + "/store", "--timeout", "2", "--retries", "1")
    assert code == 2
    assert message.startswith(f"kg: error: {closed}/store: cannot connect (connection refused after retries)")
    assert "is the server running and the URL right?" in message


def test_a_server_that_never_answers_times_out(silent: str, graph_file: Path) -> None:
    code, message = run_push(graph_file, silent + "/store", "--timeout", "0.5")
    assert code == 2
    assert f"{silent}/store: no answer within 0.5 s (PUT)" not in message  # without --replace it is a POST
    assert f"kg: error: {silent}/store: no answer within 0.5 s (POST); raise --timeout" in message
    assert "graph <https://w3id.org/kg-news/id/register/graph> (the entity register) is incomplete" in message


def test_a_server_error_is_reported_with_its_message_and_not_retried(scripted, graph_file: Path) -> None:
    server = scripted((500, b"Internal error: the store is read-only"))
    code, message = run_push(graph_file, server.url + "/store")
    assert code == 2
    assert "HTTP 500 Internal Server Error to POST: Internal error: the store is read-only" in message
    assert len(server.requests) == 1


def test_client_errors_are_never_retried(scripted, graph_file: Path) -> None:
    server = scripted((400, b"Unsupported Content-Type"))
    code, message = run_push(graph_file, server.url + "/store")
    assert code == 2 and "HTTP 400 Bad Request to POST: Unsupported Content-Type" in message
    assert len(server.requests) == 1


def test_transient_failures_are_retried_with_back_off(scripted, seed_build: Build) -> None:
    register = of_build(seed_build, with_ontology=False)[0]
    body = chunks(register)[0]
    server = scripted(
        (503, b"busy", {"Retry-After": "0"}),
        (503, b"busy", {"Retry-After": "0"}),
        (201,),
        (200, body, {"Content-Type": "application/n-triples"}),
    )
    pushed = push([register], Remote(server.url + "/store"), backoff=0.01)
    assert pushed[0].stored == len(register.graph)
    assert [r[0] for r in server.requests] == ["POST", "POST", "POST", "GET"]
    assert all(r[2]["user-agent"] == user_agent() for r in server.requests)
    assert all(r[1] == "/store?graph=https%3A%2F%2Fw3id.org%2Fkg-news%2Fid%2Fregister%2Fgraph" for r in server.requests)


def test_a_store_that_loses_triples_is_caught(scripted, seed_build: Build) -> None:
    register = of_build(seed_build, with_ontology=False)[0]
    half = b"".join(chunks(register)[0].splitlines(keepends=True)[:10])
    server = scripted((204,), (200, half, {"Content-Type": "application/n-triples"}))
    with pytest.raises(KgError, match=r"holds 10 triples after the push, but 134 were sent; it is incomplete"):
        push([register], Remote(server.url + "/store"), replace=True)


def test_garbage_when_reading_back_is_an_error(scripted, seed_build: Build) -> None:
    register = of_build(seed_build, with_ontology=False)[0]
    server = scripted((204,), (200, b"<html>It works!</html>", {"Content-Type": "text/html"}))
    with pytest.raises(KgError, match=r"reading graph <.*register/graph> back gave no valid RDF \(text/html\)"):
        push([register], Remote(server.url + "/store"))


def test_authentication(scripted, graph_file: Path) -> None:
    challenge = (401, b"Authentication required", {"WWW-Authenticate": 'Basic realm="kg"'})
    server = scripted(challenge)
    code, message = run_push(graph_file, server.url + "/store")
    assert code == 2
    assert "authentication failed (HTTP 401): Authentication required; give --user and --password" in message
    code, message = run_push(graph_file, server.url + "/store", "--user", "kg", "--password", "wrong")
    assert code == 2 and "authentication failed (HTTP 401)" in message and "check --user/--password" in message
    # the credentials were sent as the server asked (Basic), once it had asked
    assert [r[2].get("authorization") for r in server.requests] == [None, None, "Basic a2c6d3Jvbmc="]


def test_an_empty_graph_and_blank_nodes(oxigraph: Server) -> None:
    from rdflib import BNode, Literal, URIRef

    empty = NamedGraph("https://example.org/empty", new_graph(), "nothing")
    assert chunks(empty) == [b""]
    assert push([empty], Remote(oxigraph.store_url), replace=True)[0].stored == 0
    blank = new_graph()
    for number in range(5):
        node = BNode()
        blank.add((URIRef("https://example.org/s"), URIRef("https://example.org/p"), node))
        blank.add((node, URIRef("https://example.org/n"), Literal(f"_: {number}")))
    named = NamedGraph("https://example.org/blank", blank, "blank nodes")
    assert len(chunks(named, 2)) == 1  # never split: the halves would name different nodes
    assert push([named], Remote(oxigraph.store_url), replace=True, chunk_size=2)[0].stored == 10
    plain = NamedGraph("https://example.org/plain", new_graph(), "plain")
    plain.graph.add((URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal("_:x")))
    plain.graph.add((URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal("_:y")))
    assert len(chunks(plain, 1)) == 2  # "_:" inside a literal is no blank node
