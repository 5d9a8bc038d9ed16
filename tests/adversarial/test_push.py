"""kg push to a real on-disk Oxigraph killed (SIGKILL) in the middle of the push, restarted on
the same store, then pushed again: every named graph holds exactly the file's triples."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph
import pytest
import requests
from click.testing import CliRunner

from kg.build.chunks import Build
from kg.cli import main
from kg.graph.serialization import export
from kg.remote.named_graphs import from_sources
from kg.remote.serve import Server, start

from . import one_error


@dataclass
class Killer:
    """A proxy to the server that SIGKILLs it when request number ``kill_at`` arrives."""

    url: str
    server: Server | None = None
    kill_at: int | None = None
    seen: int = 0


@pytest.fixture
def killer() -> Iterator[Killer]:
    state = Killer("")

    class Handler(BaseHTTPRequestHandler):
        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            state.seen += 1
            assert state.server is not None
            if state.kill_at is not None and state.seen >= state.kill_at and state.server.process.poll() is None:
                state.server.process.kill()  # SIGKILL: no clean shutdown, the store as it is on disk
                state.server.process.wait()
            headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
            try:
                answer = requests.request(
                    self.command, state.server.base + self.path, data=body, headers=headers, timeout=30
                )
                status, kind, content = (
                    answer.status_code,
                    answer.headers.get("Content-Type", "text/plain"),
                    answer.content,
                )
            except requests.ConnectionError:
                status, kind, content = 502, "text/plain", b"the server is gone (killed by the test)"
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        do_GET = do_POST = do_PUT = _any

        def log_message(self, *args: object) -> None:
            pass

    proxy = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    proxy.daemon_threads = True
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    state.url = f"http://127.0.0.1:{proxy.server_address[1]}"
    yield state
    proxy.shutdown()
    proxy.server_close()
    if state.server is not None:
        state.server.stop()


def stored(base: str, iri: str) -> set[str]:
    answer = requests.get(
        f"{base}/store", params={"graph": iri}, headers={"Accept": "application/n-triples"}, timeout=30
    )
    assert answer.status_code == 200, answer.text
    return {str(t) for t in pyoxigraph.parse(answer.content, format=pyoxigraph.RdfFormat.N_TRIPLES)}


def expected(path: Path) -> dict[str, set[str]]:
    graphs = from_sources([path], with_ontology=True)
    found = {}
    for named in graphs:
        # through a store of Oxigraph's own: it keeps xsd:nonNegativeInteger offsets as xsd:integer
        store = pyoxigraph.Store()
        store.bulk_load(named.graph.serialize(format="nt", encoding="utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
        found[named.iri] = {str(q.triple) for q in store}
    return found


@pytest.mark.parametrize("replace", [True, False], ids=["--replace", "add"])
def test_push_to_a_server_killed_mid_push_then_pushed_again_holds_exactly_the_file(
    replace: bool, killer: Killer, tmp_path: Path, seed_build: Build, port_finder
) -> None:
    graph_file = tmp_path / "graph.ttl"
    export(seed_build.graph, graph_file)
    location = tmp_path / "store"
    port = port_finder()
    killer.server = start(port, location=location)
    killer.kill_at = 12  # some graphs whole, one part-way, the rest not sent
    command = ["push", str(graph_file), "--store", f"{killer.url}/store", "--chunk-size", "40", "--retries", "1", "-q"]
    command += ["--replace"] if replace else []
    first = CliRunner().invoke(main, command)
    one_error(first, f"{killer.url}/store", "incomplete")
    assert killer.server.process.returncode == -9

    killer.server = start(port, location=location)  # the same store on disk, after the crash
    killer.kill_at = None
    again = CliRunner().invoke(main, command)
    assert again.exit_code == 0, again.output
    for iri, triples in expected(graph_file).items():
        assert stored(killer.server.base, iri) == triples, iri  # none missing, none extra
    count = requests.post(
        f"{killer.server.base}/query",
        data={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
        headers={"Accept": "text/csv"},
        timeout=30,
    )
    assert int(count.text.split()[1]) == sum(len(t) for t in expected(graph_file).values())  # no duplicates
