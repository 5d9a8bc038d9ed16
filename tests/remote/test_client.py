"""The same SPARQL on a remote endpoint (a real oxigraph server) as on the
embedded store: same rows, same output bytes, safe parameters, clear faults."""

from __future__ import annotations

import json
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from triplestores import BY_QUOTE, HOSTILE, QUERIES

from kg import resources
from kg.build.chunks import Build
from kg.cli import main
from kg.errors import KgError
from kg.remote.client import remote_text, run_remote
from kg.remote.endpoint import Remote, user_agent
from kg.remote.named_graphs import REGISTER_GRAPH, article_graph, of_build
from kg.remote.serve import Server, serve
from kg.store.query import Query, Result, bind, read_query, run

SEED = "report-2025-12-04-coaker-baku"
EVENT = f"https://w3id.org/kg-news/id/article/{SEED}/arms-embargo-lifted"


@pytest.fixture(scope="module")
def server(seed_build: Build, port_finder) -> Iterator[Server]:
    """An oxigraph server loaded by kg.remote.serve with the seed's named graphs."""
    running, _ = serve(of_build(seed_build), port_finder())
    yield running
    assert running.stop() in (0, -signal.SIGTERM)


@pytest.fixture(scope="module")
def store(seed_build: Build) -> pyoxigraph.Store:
    from kg.store.embedded import open_store

    return open_store(seed_build.graph)


def rows(result: Result) -> tuple[list[str], list[list[object]]]:
    columns, table = result.table()
    return columns, [list(row) for row in table]


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_every_query_gives_the_same_rows_remotely(path: Path, server: Server, store: pyoxigraph.Store) -> None:
    query = read_query(path)
    embedded = run(query, store)
    remote = run_remote(query, Remote(server.query_url))
    assert rows(remote) == rows(embedded)
    assert rows(embedded)[1], "every bundled query has answers on the seed"
    for fmt in ("csv", "tsv", "json", "xml"):
        assert remote.serialize(fmt) == embedded.serialize(fmt)


def test_named_graphs_as_the_default_graph(server: Server, store: pyoxigraph.Store) -> None:
    query = read_query(resources.QUERIES_DIR / "who-met-whom.rq")
    both = run_remote(query, Remote(server.query_url), graphs=[str(REGISTER_GRAPH), str(article_graph(SEED))])
    assert rows(both) == rows(run(query, store))
    article_only = run_remote(query, Remote(server.query_url), graphs=[str(article_graph(SEED))])
    assert article_only.table()[1] == []  # people's names live in the register's graph


def test_construct_and_ask(server: Server, store: pyoxigraph.Store) -> None:
    construct = Query("CONSTRUCT { ?m a kgo:Meeting ; kgo:agent ?a } WHERE { ?m a kgo:Meeting ; kgo:agent ?a }", "q")
    remote = run_remote(construct, Remote(server.query_url))
    assert remote.kind == "graph"
    assert remote.data == run_remote(construct, Remote(server.query_url)).data  # sorted: the same bytes every time
    nt = pyoxigraph.RdfFormat.N_TRIPLES
    assert set(pyoxigraph.parse(remote.data, format=nt)) == set(pyoxigraph.parse(run(construct, store).data, format=nt))
    assert remote.serialize("ttl").count(b"kgo:Meeting") == 3
    ask = Query("ASK { ?m a kgo:Meeting }", "q")
    assert run_remote(ask, Remote(server.query_url)).table() == run(ask, store).table()


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_cli_prints_the_same_bytes(fmt: str, server: Server, seed_build: Build) -> None:
    query = str(resources.QUERIES_DIR / "who-met-whom.rq")
    embedded = CliRunner().invoke(main, ["query", query, "--format", fmt])
    remote = CliRunner().invoke(main, ["query", query, "--format", fmt, "--endpoint", server.query_url])
    assert remote.exit_code == 0, remote.output
    assert remote.stdout_bytes == embedded.stdout_bytes
    assert b"Zakir Hasanov" in remote.stdout_bytes


def test_the_endpoint_can_come_from_the_environment(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_ENDPOINT", server.query_url)
    result = CliRunner().invoke(main, ["query", "ASK { ?m a kgo:Meeting }", "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == {"head": {}, "boolean": True}


# --- bound parameters -----------------------------------------------------------------------

# oxigraph's own binding (embedded) needs the bound variable in the projection


def where(target: str, server: Server, store: pyoxigraph.Store) -> Callable[[Query, dict[str, str]], Result]:
    if target == "embedded":
        return lambda query, params: run(query, store, params)
    return lambda query, params: run_remote(query, Remote(server.query_url), params)


@pytest.mark.parametrize("target", ["embedded", "remote"])
@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_value_cannot_change_the_query(target: str, value: str, server: Server, store) -> None:
    ask = where(target, server, store)
    assert ask(BY_QUOTE, {"quote": value}).table()[1] == []
    assert len(ask(BY_QUOTE, {}).table()[1]) > 20  # what string pasting would have returned


@pytest.mark.parametrize("target", ["embedded", "remote"])
def test_a_bound_value_selects(target: str, server: Server, store, seed_build: Build) -> None:
    ask = where(target, server, store)
    quote = next(str(o) for _, p, o in seed_build.graph if str(p).endswith("oa#exact") and '"' in str(o))
    assert ask(BY_QUOTE, {"quote": quote}).table()[1]  # a real quote with quotation marks in it
    evidence = read_query(resources.QUERIES_DIR / "evidence.rq")
    for value in (f"<{EVENT}>", f"kgr:article/{SEED}/arms-embargo-lifted"):
        found = ask(evidence, {"event": value}).table()[1]
        assert found and {row[0].value for row in found} == {EVENT}


def test_the_values_clause_is_serialised_not_pasted() -> None:
    assert bind("SELECT * WHERE { ?s ?p ?o }", {}) == "SELECT * WHERE { ?s ?p ?o }"
    text = bind("SELECT * WHERE { ?s ?p ?o }", {"event": f"<{EVENT}>", "quote": 'a"b}\\'})
    assert text == f'SELECT * WHERE {{ VALUES (?event ?quote) {{ (<{EVENT}> "a\\"b}}\\\\") }} ?s ?p ?o }}'
    text = remote_text(Query("SELECT * WHERE { ?s ?p ?o } # a comment at the end", "q"), {"s": "x"})
    assert text.endswith('SELECT * WHERE { VALUES (?s) { ("x") } ?s ?p ?o } # a comment at the end')


def test_values_open_the_where_group_not_a_lookalike() -> None:
    query = '# WHERE { in a comment\nSELECT ?w WHERE { ?s <http://x/WHERE{> "WHERE {" . ?s ?p ?w }'
    bound = bind(query, {"w": "x"})
    assert bound.endswith('SELECT ?w WHERE { VALUES (?w) { ("x") } ?s <http://x/WHERE{> "WHERE {" . ?s ?p ?w }')
    assert bind("SELECT * { ?s ?p ?o }", {"s": "x"}) == 'SELECT * { ?s ?p ?o }\nVALUES (?s) { ("x") }\n'


@pytest.mark.parametrize("target", ["embedded", "remote"])
def test_an_iri_that_is_not_one_is_refused(target: str, server: Server) -> None:
    command = ["query", "queries/evidence.rq", "--param", "event=<https://a/b> . ?event ?p ?o . <https://c>"]
    if target == "remote":
        command += ["--endpoint", server.query_url]
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 2
    assert result.stderr.startswith("kg: error: <https://a/b> . ?event ?p ?o . <https://c> is not a valid IRI")


def test_embedded_binding_of_an_unselected_variable_binds_it() -> None:
    query = "SELECT ?event WHERE { ?event a ?type }"
    result = CliRunner().invoke(main, ["query", query, "--param", "type=kgo:Meeting", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert len(result.output.strip().splitlines()) == 4  # the header and the three meetings


# --- faults -----------------------------------------------------------------------------------


def run_query(url: str, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["query", "ASK { ?s ?p ?o }", "--endpoint", url, *extra])
    assert "Traceback" not in result.output
    return result.exit_code, result.stderr.strip()


def test_closed_port(closed: str) -> None:
    code, message = run_query(closed + "/query")
    assert code == 2
    assert message.startswith(f"kg: error: {closed}/query: cannot connect ([Errno 111] Connection refused)")


def test_a_server_that_never_answers(silent: str) -> None:
    code, message = run_query(silent + "/query", "--timeout", "0.5")
    assert code == 2
    assert message == (
        f"kg: error: {silent}/query: no answer within 0.5 s; raise --timeout (or KG_TIMEOUT) or check the server"
    )


def test_a_server_error_with_its_message(scripted) -> None:
    failing = scripted((500, b"Internal error: out of memory"))
    code, message = run_query(failing.url + "/query")
    assert code == 2 and message.endswith("the server answered HTTP 500 to the query: Internal error: out of memory")
    assert failing.requests[0][2]["user-agent"] == user_agent()


def test_garbage_with_200(scripted) -> None:
    garbage = scripted((200, b"<html><body>Welcome to nginx!</body></html>", {"Content-Type": "text/html"}))
    code, message = run_query(garbage.url + "/query")
    assert code == 2
    assert "answer is not SPARQL JSON results (content type text/html, it begins '<html><body>Welcome" in message
    assert message.endswith("is the URL a SPARQL query endpoint?")
    broken = scripted((200, b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "uri"', {}))
    code, message = run_query(broken.url + "/query")
    assert code == 2 and "is not SPARQL JSON results" in message


def test_authentication(scripted) -> None:
    answer = b'{"head": {}, "boolean": true}'
    secured = scripted((401, b"who are you?", {"WWW-Authenticate": 'Basic realm="kg"'}))
    code, message = run_query(secured.url + "/query")
    assert code == 2 and "authentication failed (HTTP 401): who are you?; give --user and --password" in message
    ok = scripted((200, answer, {"Content-Type": "application/sparql-results+json"}))
    result = CliRunner().invoke(main, ["query", "ASK { ?s ?p ?o }", "-e", ok.url, "-u", "kg", "--password", "pw"])
    assert result.exit_code == 0 and "true" in result.stdout
    assert ok.requests[0][2]["authorization"] == "Basic a2c6cHc="


def test_transient_errors_are_retried(scripted) -> None:
    answer = b'{"head": {}, "boolean": true}'
    flaky = scripted((503, b"busy"), (200, answer, {"Content-Type": "application/sparql-results+json"}))
    assert run_remote(Query("ASK {}", "q"), Remote(flaky.url), backoff=0.01).table()[1][0][0].value == "true"
    assert len(flaky.requests) == 2
    bad = scripted((400, b"Parse error"))
    with pytest.raises(KgError, match="HTTP 400 to q: Parse error; fix the query"):
        run_remote(Query("ASK {}", "q"), Remote(bad.url), backoff=0.01)
    assert len(bad.requests) == 1


def test_a_query_the_server_rejects(server: Server) -> None:
    code, message = run_query(server.query_url.replace("/query", "/nowhere"))
    assert code == 2 and "HTTP 404" in message and "is it the query endpoint's URL?" in message
    result = CliRunner().invoke(main, ["query", "SELECT ?x WHERE { ?x ?y }", "--endpoint", server.query_url])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"kg: error: {server.query_url}: the server answered HTTP 400 to the query:")
    assert result.stderr.rstrip().endswith("fix the query")
