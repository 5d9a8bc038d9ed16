"""Real servers for the remote tests: the oxigraph server, a private Virtuoso,
and small standard-library HTTP servers that misbehave on purpose.

Every server listens on a free port of 127.0.0.1 and is stopped by its fixture.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests
from conftest import need
from requests.auth import HTTPDigestAuth

from kg import resources
from kg.remote.endpoint import Remote
from kg.remote.named_graphs import ONTOLOGY_GRAPH, REGISTER_GRAPH
from kg.remote.serve import Server, start
from kg.store.query import Query

# shared by the Oxigraph and Virtuoso tests
QUERIES = sorted(resources.QUERIES_DIR.glob("*.rq"))
BY_QUOTE = Query("SELECT ?event ?quote WHERE { ?event kgo:evidence/oa:hasTarget/oa:hasSelector/oa:exact ?quote }", "q")
HOSTILE = [
    'x" } UNION { ?event ?p ?o } #',
    "x' } UNION { ?event ?p ?o } #",
    'x\\" } UNION { ?event ?p ?o } #',
    "\\u0022 } UNION { ?event ?p ?o } #",
    "<https://example.org/a> } UNION { ?event ?p ?o",
    "x\n} UNION { ?event ?p ?o }\n#",
    'x""" } UNION { ?event ?p ?o } #',
]

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
VIRTUOSO_MAX_ROWS = 1000


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def port_finder() -> Callable[[], int]:
    return free_port


@pytest.fixture
def oxigraph() -> Iterator[Server]:
    """A fresh in-memory oxigraph server (it starts in milliseconds)."""
    server = start(free_port())
    yield server
    assert server.stop() in (0, -signal.SIGTERM), "the oxigraph server did not stop on SIGTERM"


@dataclass
class Virtuoso:
    base: str
    process: subprocess.Popen[bytes]
    folder: Path

    @property
    def query(self) -> Remote:
        return Remote(f"{self.base}/sparql")

    @property
    def store(self) -> Remote:
        return Remote(f"{self.base}/sparql-graph-crud-auth", "dba", "dba")

    def delete(self, *graphs: str) -> None:
        auth = HTTPDigestAuth("dba", "dba")
        for graph in graphs:
            response = requests.delete(self.store.url, params={"graph": graph}, auth=auth, timeout=30)
            assert response.status_code in (200, 201, 204, 404), response.text


def _virtuoso_ini(folder: Path, http_port: int, sql_port: int) -> str:
    lines = []
    for line in VIRTUOSO_INI.read_text().splitlines():
        line = line.replace("/var/lib/virtuoso-opensource-7/db", str(folder))
        key = line.split("=", 1)[0].strip()
        if key == "ServerPort" and line.split("=", 1)[1].strip().startswith("1111"):
            line = f"ServerPort = 127.0.0.1:{sql_port}"
        elif key == "ServerPort" and line.split("=", 1)[1].strip().startswith("8890"):
            line = f"ServerPort = 127.0.0.1:{http_port}"
        elif key == "DirsAllowed":
            line = f"{line}, {folder}"
        elif key == "ResultSetMaxRows":  # low, so that a test sees Virtuoso cut an answer
            line = f"ResultSetMaxRows = {VIRTUOSO_MAX_ROWS}"
        lines.append(line)
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="session")
def virtuoso() -> Iterator[Virtuoso]:
    """A private Virtuoso Open Source 7 on loopback (Debian's virtuoso-opensource)."""
    program = shutil.which("virtuoso-t")
    need(program is not None and VIRTUOSO_INI.is_file(), "Virtuoso (Debian virtuoso-opensource) is not installed")
    folder = Path(tempfile.mkdtemp(prefix="kg-virtuoso-"))
    http_port, sql_port = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(_virtuoso_ini(folder, http_port, sql_port))
    log = (folder / "console.log").open("wb")
    process = subprocess.Popen(
        [program, "+foreground", "+configfile", str(folder / "virtuoso.ini")],  # type: ignore[list-item]
        cwd=folder,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    server = Virtuoso(f"http://127.0.0.1:{http_port}", process, folder)
    deadline = time.monotonic() + 60
    try:
        while True:
            if process.poll() is not None:
                pytest.fail(f"Virtuoso exited while starting: {(folder / 'console.log').read_text()[-800:]}")
            try:
                with urllib.request.urlopen(f"{server.base}/sparql?query=ASK%7B%7D", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("Virtuoso did not answer within 60 s")
            time.sleep(0.2)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
        shutil.rmtree(folder, ignore_errors=True)


# --- misbehaving servers ------------------------------------------------------------------


@dataclass
class Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Scripted:
    """A server that answers each request with the next reply of its script
    (the last one repeats), and records what it was sent."""

    url: str
    requests: list[tuple[str, str, dict[str, str], bytes]] = field(default_factory=list)


def _serve(handler: type[BaseHTTPRequestHandler]) -> tuple[ThreadingHTTPServer, threading.Thread]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


@pytest.fixture
def scripted() -> Iterator[Callable[..., Scripted]]:
    servers: list[ThreadingHTTPServer] = []

    def make(*replies: tuple[int, bytes, dict[str, str]] | tuple[int, bytes] | tuple[int]) -> Scripted:
        """``make((503, b"busy", {"Retry-After": "0"}), (201,), ...)``"""
        state = Scripted("")
        script = [Reply(*reply) for reply in replies]

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                state.requests.append((self.command, self.path, headers, body))
                reply = script.pop(0) if len(script) > 1 else script[0]
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)

            do_GET = do_POST = do_PUT = do_DELETE = _any

            def log_message(self, *args: object) -> None:
                pass

        server, _ = _serve(Handler)
        servers.append(server)
        state.url = f"http://127.0.0.1:{server.server_address[1]}"
        return state

    yield make
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def silent() -> Iterator[str]:
    """A server that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    listener.close()


@pytest.fixture
def closed() -> str:
    """A URL on a port where nothing listens."""
    return f"http://127.0.0.1:{free_port()}"


@dataclass
class Proxy:
    """Forwards to a real server; after ``fail_after`` requests answers 500 instead."""

    url: str
    fail_after: int | None = None
    seen: int = 0


@pytest.fixture
def proxy() -> Iterator[Callable[[str], Proxy]]:
    servers: list[ThreadingHTTPServer] = []

    def make(target: str) -> Proxy:
        state = Proxy("")

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                state.seen += 1
                if state.fail_after is not None and state.seen > state.fail_after:
                    message = b"disk full (a failure injected by the test proxy)"
                    self.send_response(500)
                    self.send_header("Content-Length", str(len(message)))
                    self.end_headers()
                    self.wfile.write(message)
                    return
                headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
                answer = requests.request(self.command, target + self.path, data=body, headers=headers, timeout=30)
                self.send_response(answer.status_code)
                self.send_header("Content-Type", answer.headers.get("Content-Type", "text/plain"))
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            do_GET = do_POST = do_PUT = _any

            def log_message(self, *args: object) -> None:
                pass

        server, _ = _serve(Handler)
        servers.append(server)
        state.url = f"http://127.0.0.1:{server.server_address[1]}"
        return state

    yield make
    for server in servers:
        server.shutdown()
        server.server_close()


KG_GRAPHS = (str(REGISTER_GRAPH), str(ONTOLOGY_GRAPH))
