"""`kg serve`: a real oxigraph server over the built graph, stopped by Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import resources
from kg.build.chunks import Build
from kg.cli import main
from kg.errors import KgError
from kg.graph.serialize import export
from kg.remote.client import run_remote
from kg.remote.endpoint import Remote
from kg.remote.named_graphs import of_build
from kg.remote.serve import start
from kg.store.embedded import open_store
from kg.store.query import read_query, run

pytest_plugins = ["triplestores"]
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
        assert lines[0] == f"SPARQL update:         http://127.0.0.1:{port}/update\n"
        assert lines[1] == f"Graph Store Protocol:  http://127.0.0.1:{port}/store\n"
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
