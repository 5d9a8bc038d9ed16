"""kg query: SPARQL Update refused, queries stopped by --timeout and Ctrl-C,
--param values that try to inject SPARQL, on the embedded store and a real Oxigraph."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build.chunks import Build
from kg.cli import main
from kg.graph.serialization import export
from kg.remote.client import run_remote
from kg.remote.endpoint import Remote
from kg.remote.named_graphs import of_build
from kg.remote.push import push
from kg.remote.serve import Server
from kg.store.query import READ_ONLY, is_update, read_query

from . import KG_ARGS, digest, one_error

FOREVER = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"  # ~1e12 rows on the seed
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
UPDATES = [
    "INSERT DATA { <https://example.org/a> <https://example.org/b> <https://example.org/c> }",
    "DROP ALL",
    "clear default",
    "PREFIX ex: <https://example.org/>\nDELETE WHERE { ?s ?p ?o }",
    "# a comment first\nWITH <https://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "LOAD <https://example.org/data.ttl>",
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
]
QUERIES = [
    'SELECT * WHERE { ?s ?p "DROP ALL" }',
    "SELECT ?drop WHERE { ?drop kgo:delete ?insert } # DROP ALL",
    "ASK { ?s <https://example.org/INSERT> ?o }",
    "CONSTRUCT WHERE { ?s a kgo:Meeting }",
    "DESCRIBE kgr:baku",
]


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory, seed_build: Build) -> Path:
    path = tmp_path_factory.mktemp("query") / "graph.ttl"
    export(seed_build.graph, path)
    return path


@pytest.mark.parametrize("text", UPDATES)
def test_an_update_is_refused_in_one_line_and_the_data_is_untouched(text: str, graph_file: Path) -> None:
    before = digest(graph_file)
    result = CliRunner().invoke(main, ["query", text, "--data", str(graph_file)])
    assert one_error(result) == f"kg: error: {READ_ONLY}"
    assert digest(graph_file) == before


@pytest.mark.parametrize("text", UPDATES[:3])
def test_an_update_is_refused_before_anything_is_sent_to_a_server(text: str, scripted) -> None:
    server = scripted((200, b"{}", {"Content-Type": "application/sparql-results+json"}))
    result = CliRunner().invoke(main, ["query", text, "--endpoint", server.url + "/query"])
    one_error(result, READ_ONLY)
    assert server.requests == []


@pytest.mark.parametrize("text", QUERIES)
def test_queries_that_mention_update_words_are_queries(text: str) -> None:
    assert not is_update(text)


def test_an_update_in_a_query_file_names_the_file(tmp_path: Path, graph_file: Path) -> None:
    query = tmp_path / "wipe.rq"
    query.write_text("# wipe everything\nDROP ALL\n", encoding="utf-8")
    one_error(CliRunner().invoke(main, ["query", str(query), "--data", str(graph_file)]), f"{query}: {READ_ONLY}")


def test_timeout_stops_an_embedded_query_that_would_run_for_minutes(graph_file: Path) -> None:
    started = time.monotonic()
    result = CliRunner().invoke(main, ["query", FOREVER, "--data", str(graph_file), "--timeout", "0.5"])
    one_error(result, "no answer within 0.5 s, so the query was stopped; raise --timeout")
    assert time.monotonic() - started < 5


def test_timeout_must_be_positive(graph_file: Path) -> None:
    result = CliRunner().invoke(main, ["query", COUNT, "--data", str(graph_file), "--timeout", "0"])
    assert result.exit_code == 2 and "Traceback" not in result.output and "--timeout" in result.stderr


def test_a_quick_query_within_its_timeout_answers(graph_file: Path) -> None:
    result = CliRunner().invoke(main, ["query", COUNT, "--data", str(graph_file), "--timeout", "20", "-f", "csv"])
    assert result.exit_code == 0 and result.stdout.splitlines()[0] == "n"


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def test_ctrl_c_ends_a_long_embedded_query_at_once_with_exit_130(graph_file: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, *KG_ARGS, "query", FOREVER, "--data", str(graph_file)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        while not _children(process.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = _children(process.pid)
        assert workers, "the query worker did not start"
        time.sleep(0.5)  # the worker is deep in the query now
        interrupted = time.monotonic()
        os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the whole foreground group
        out, err = process.communicate(timeout=10)
        assert time.monotonic() - interrupted < 3
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 130
    assert err == "kg: query stopped (Ctrl-C)\n" and out == ""
    for worker in workers:  # the CPU is free again: the worker is gone, not left running
        assert not Path(f"/proc/{worker}").exists() or "zombie" in Path(f"/proc/{worker}/status").read_text()


HOSTILE_PARAMS = [
    'x" } ; DROP ALL ; SELECT * { "',
    "x\" } } ; INSERT DATA { <https://e.org/a> <https://e.org/b> 'c' } #",
    "<https://example.org/a> } ; DROP ALL ; SELECT * { ?s ?p ?o",
    "kgr:baku } ; DROP ALL #",
    "x\n}\nDROP ALL\n#",
]
BY_LABEL = "SELECT ?s WHERE { ?s rdfs:label ?label }"


@pytest.mark.parametrize("value", HOSTILE_PARAMS)
def test_a_param_that_tries_an_update_stays_a_value_embedded(value: str, graph_file: Path) -> None:
    before = digest(graph_file)
    result = CliRunner().invoke(main, ["query", BY_LABEL, "--data", str(graph_file), "-p", f"label={value}"])
    if result.exit_code == 0:
        assert result.stdout.endswith("0 rows\n")
    else:
        one_error(result, "is not a valid IRI")
    assert digest(graph_file) == before


@pytest.mark.parametrize("value", HOSTILE_PARAMS)
def test_a_param_that_tries_an_update_stays_a_value_on_oxigraph(
    value: str, oxigraph: Server, seed_build: Build
) -> None:
    push(of_build(seed_build), Remote(oxigraph.store_url), replace=True)
    endpoint = Remote(oxigraph.query_url)
    before = run_remote(read_query(COUNT), endpoint).table()[1]
    result = CliRunner().invoke(main, ["query", BY_LABEL, "--endpoint", oxigraph.query_url, "-p", f"label={value}"])
    if result.exit_code == 0:
        assert result.stdout.endswith("0 rows\n")
    else:
        one_error(result, "is not a valid IRI")
    assert run_remote(read_query(COUNT), endpoint).table()[1] == before
