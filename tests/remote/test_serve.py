"""`kg serve`: a real oxigraph server over the built graph, stopped by Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from click.testing import CliRunner

from kg import resources
from kg.build.chunks import Build
from kg.cli import main
from kg.errors import KgError
from kg.graph.serialization import export
from kg.remote.client import run_remote
from kg.remote.endpoint import Remote
from kg.remote.named_graphs import of_build
from kg.remote.serve import host_warning, serve, start
from kg.store.embedded import open_store
from kg.store.query import read_query, run

KG = [sys.executable, "-c", "from kg.cli import main; main()"]


def test_serve_prints_the_url_answers_and_stops_on_ctrl_c(tmp_path: Path, seed_build: Build, port_finder) -> None:
    graph_file = tmp_path / "graph.ttl"
    export(seed_build.graph, graph_file)
    port = port_finder()
    process = subprocess.Popen(
        [*KG, "serve", "--data", str(graph_file), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job is
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first == f"SPARQL query endpoint: http://127.0.0.1:{port}/query\n"
        lines = [process.stdout.readline() for _ in range(3)]
        assert lines[0] == "Read-only: SPARQL Update and Graph Store writes are refused (--writable to allow them).\n"
        assert lines[1] == f"Graph Store Protocol:  http://127.0.0.1:{port}/store (GET only)\n"
        total = sum(len(g.graph) for g in of_build(seed_build))
        assert lines[2] == f"{total} triples in 3 named graphs; Ctrl-C stops the server.\n"
        query = read_query(resources.QUERIES_DIR / "people-and-posts.rq")
        served = run_remote(query, Remote(f"http://127.0.0.1:{port}/query"))
        assert served.table() == run(query, open_store(seed_build.graph)).table()
        os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the whole foreground group
        rest, err = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0
    assert rest == "" and "Traceback" not in err and err.strip() == "stopped"
    with pytest.raises(KgError, match="cannot connect"):
        run_remote(query, Remote(f"http://127.0.0.1:{port}/query", timeout=2), retries=0)


def test_a_busy_port_is_a_clear_error(port_finder) -> None:
    port = port_finder()
    first = start(port)
    try:
        time.sleep(0.05)
        result = CliRunner().invoke(main, ["serve", "--port", str(port)])
        assert result.exit_code == 2
        assert result.stderr == (
            f"kg: error: 127.0.0.1:{port}: cannot listen there (Address already in use); "
            "is the port free? choose another with --port\n"
        )
    finally:
        first.stop()


def test_serve_also_stops_on_sigterm_and_when_sigint_was_ignored(port_finder) -> None:
    port = port_finder()
    ignoring = subprocess.Popen(  # a background job of a script: SIGINT ignored from the start
        [*KG, "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    try:
        assert ignoring.stdout is not None and ignoring.stdout.readline().startswith("SPARQL query endpoint")
        ignoring.send_signal(signal.SIGINT)
        _, err = ignoring.communicate(timeout=15)
        assert ignoring.returncode == 0 and err.strip() == "stopped"
    finally:
        if ignoring.poll() is None:
            ignoring.kill()
    port = port_finder()
    terminated = subprocess.Popen(
        [*KG, "serve", "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert terminated.stdout is not None and terminated.stdout.readline().startswith("SPARQL query endpoint")
        terminated.terminate()
        _, err = terminated.communicate(timeout=15)
        assert terminated.returncode == 0 and err.strip() == "stopped"
    finally:
        if terminated.poll() is None:
            terminated.kill()
    with pytest.raises(KgError, match="cannot connect"):
        run_remote(read_query("ASK {}"), Remote(f"http://127.0.0.1:{port}/query", timeout=2), retries=0)


def _serving(args: list[str]) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [*KG, "serve", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    assert process.stdout is not None
    for _ in range(5):
        if process.stdout.readline().endswith("Ctrl-C stops the server.\n"):
            return process
    process.kill()
    raise AssertionError("kg serve did not start")


def _stop(process: subprocess.Popen[str]) -> str:
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=15)
    return err


def _count(base: str) -> int:
    answer = run_remote(read_query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), Remote(f"{base}/query"))
    return int(answer.table()[1][0][0].value)


def test_serve_is_read_only_by_default_updates_and_graph_store_writes_get_403(port_finder) -> None:
    port = port_finder()
    base = f"http://127.0.0.1:{port}"
    process = _serving(["--port", str(port)])
    try:
        before = _count(base)
        assert before > 800
        nt = {"Content-Type": "application/n-triples"}
        triple = b"<http://example.org/x> <http://example.org/y> <http://example.org/z> .\n"
        graph = {"graph": "https://w3id.org/kg-news/id/register/graph"}
        attempts = [
            requests.post(f"{base}/update", data={"update": "DROP ALL"}, timeout=5),
            requests.post(
                f"{base}/update", data=b"DROP ALL", headers={"Content-Type": "application/sparql-update"}, timeout=5
            ),
            requests.put(f"{base}/store", params=graph, data=triple, headers=nt, timeout=5),
            requests.post(f"{base}/store", params=graph, data=triple, headers=nt, timeout=5),
            requests.post(f"{base}/store", params={"default": ""}, data=triple, headers=nt, timeout=5),
            requests.delete(f"{base}/store", params=graph, timeout=5),
        ]
        assert [r.status_code for r in attempts] == [403] * len(attempts)
        assert _count(base) == before  # nothing was dropped or added
        assert requests.get(f"{base}/store", params=graph, headers={"Accept": "application/n-triples"}, timeout=5).ok
    finally:
        err = _stop(process)
    assert err.strip() == "stopped" and "Traceback" not in err


def test_writable_serve_says_so_and_accepts_updates(port_finder) -> None:
    port = port_finder()
    base = f"http://127.0.0.1:{port}"
    process = _serving(["--port", str(port), "--writable"])
    try:
        response = requests.post(f"{base}/update", data={"update": "DROP ALL"}, timeout=5)
        assert response.status_code == 204
        assert _count(base) == 0
    finally:
        _stop(process)


def test_the_read_only_store_folder_is_removed_on_stop(port_finder, seed_build: Build) -> None:
    server, loaded = serve(of_build(seed_build), port_finder())
    assert server.folder is not None
    folder = Path(server.folder.name)
    assert folder.is_dir() and [g.stored for g in loaded] == [g.sent for g in loaded]
    server.stop()
    assert not folder.exists()


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::"])
def test_a_host_beyond_loopback_gets_a_one_line_warning(host: str) -> None:
    assert host_warning(host, writable=False) == (
        f"kg: warning: listening on {host}: anyone on the network who can reach this port can query the graphs"
    )
    assert "change" in (host_warning(host, writable=True) or "")


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
def test_loopback_hosts_get_no_warning(host: str) -> None:
    assert host_warning(host, writable=True) is None


def test_kg_serve_beyond_loopback_prints_the_warning_first(port_finder) -> None:
    # 192.0.2.1 (TEST-NET-1) is no address of this machine: the warning is printed, then binding fails,
    # so the test never opens a port beyond loopback
    result = CliRunner().invoke(main, ["serve", "--host", "192.0.2.1", "--port", str(port_finder())])
    lines = result.stderr.splitlines()
    assert lines[0] == (
        "kg: warning: listening on 192.0.2.1: anyone on the network who can reach this port can query the graphs"
    )
    assert result.exit_code == 2 and lines[1].startswith("kg: error: 192.0.2.1:") and len(lines) == 2
