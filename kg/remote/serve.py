"""A local SPARQL server over the built graph: the ``oxigraph`` server (PyPI
package ``oxigraph``) on 127.0.0.1, holding kg's named graphs and queried over
their union.

By default it is read-only: the graphs are loaded into an on-disk store in a
temporary folder first, then ``oxigraph serve-read-only`` serves it, refusing
SPARQL Update and Graph Store writes (HTTP 403); the folder is removed on stop.
``writable=True`` keeps an in-memory ``oxigraph serve`` loaded over the Graph
Store Protocol, whose writes anyone who can reach the port may make.

Its URLs: ``/query`` (SPARQL 1.1 Protocol), ``/update`` (SPARQL Update),
``/store?graph=IRI`` (Graph Store Protocol).
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from ipaddress import ip_address
from pathlib import Path

import pyoxigraph

from kg.errors import KgError
from kg.remote import DEFAULT_HOST, DEFAULT_PORT
from kg.remote.endpoint import Remote
from kg.remote.named_graphs import NamedGraph
from kg.remote.push import Pushed, push


def oxigraph_program() -> str:
    """The ``oxigraph`` server program: next to this Python (a virtualenv), or on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise KgError("the oxigraph server is not installed; pip install oxigraph (kg depends on it)")
    return found


@dataclass
class Server:
    """A running oxigraph server and its URLs."""

    process: subprocess.Popen[bytes]
    base: str
    read_only: bool = False
    folder: tempfile.TemporaryDirectory[str] | None = field(default=None, repr=False)

    @property
    def query_url(self) -> str:
        return f"{self.base}/query"

    @property
    def update_url(self) -> str:
        return f"{self.base}/update"

    @property
    def store_url(self) -> str:
        return f"{self.base}/store"

    def stop(self, timeout: float = 10.0) -> int:
        """Stop the server (SIGTERM: SIGINT may be ignored, e.g. in a background job) and wait for it."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.folder is not None:
            self.folder.cleanup()
            self.folder = None
        return self.process.returncode


def start(
    port: int = DEFAULT_PORT,
    host: str = DEFAULT_HOST,
    location: Path | None = None,
    wait: float = 15.0,
    read_only: bool = False,
    union_default_graph: bool = True,
) -> Server:
    """Start ``oxigraph serve`` (in memory unless ``location``; ``serve-read-only``
    over ``location`` if ``read_only``), its default graph the union of the named
    graphs (unless told otherwise: Oxigraph's own default is an empty default
    graph), and wait until it accepts connections."""
    with socket.socket() as probe:  # a busy port would let us talk to some other server
        try:
            probe.bind((host, port))
        except OSError as err:
            raise KgError(
                f"cannot listen there ({err.strerror}); is the port free? choose another with --port",
                where=f"{host}:{port}",
            ) from None
    mode = "serve-read-only" if read_only else "serve"
    if read_only and location is None:
        raise ValueError("a read-only server serves a store on disk: give its location")
    command = [oxigraph_program(), mode, "--bind", f"{host}:{port}"]
    if union_default_graph:
        command.append("--union-default-graph")
    if location is not None:
        command += ["--location", str(location)]
    log = tempfile.TemporaryFile()  # a file, not a pipe: a chatty server never blocks on it
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log)
    server = Server(process, f"http://{host}:{port}", read_only)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            message = " ".join(log.read().decode("utf-8", "replace").split())
            raise KgError(
                f"the oxigraph server did not start: {message[:300] or 'it exited'}; is the port free?",
                where=f"{host}:{port}",
            )
        try:
            with socket.create_connection((host, port), timeout=0.2):
                return server
        except OSError:
            time.sleep(0.02)
    server.stop()
    raise KgError(f"the oxigraph server did not answer within {wait:g} s", where=f"{host}:{port}")


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def interrupt_on_signals() -> None:
    """Make Ctrl-C (SIGINT, even when inherited as ignored, as in a script's
    background job) and SIGTERM raise ``KeyboardInterrupt``, so the server is stopped."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _interrupt)


def is_loopback(host: str) -> bool:
    """Whether ``host`` is reachable from this machine only (127.0.0.0/8, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def load_folder(graphs: Sequence[NamedGraph], folder: Path) -> list[Pushed]:
    """Write ``graphs`` into an on-disk Oxigraph store in ``folder`` (each its own
    named graph), close it, and count what each graph holds."""
    store = pyoxigraph.Store(str(folder))
    loaded = []
    for graph in graphs:
        name = pyoxigraph.NamedNode(graph.iri)
        data = graph.graph.serialize(format="nt", encoding="utf-8")
        store.bulk_load(data, format=pyoxigraph.RdfFormat.N_TRIPLES, to_graph=name)
        stored = sum(1 for _ in store.quads_for_pattern(None, None, None, name))
        loaded.append(Pushed(graph.iri, graph.about, len(graph.graph), stored, 1))
    store.flush()
    del store  # releases RocksDB's lock, so that the server can open the folder
    return loaded


def serve(
    graphs: Sequence[NamedGraph], port: int = DEFAULT_PORT, host: str = DEFAULT_HOST, writable: bool = False
) -> tuple[Server, list[Pushed]]:
    """Start a server holding ``graphs`` (each its own named graph): read-only
    unless ``writable``, in which case it is in memory and loaded over HTTP."""
    if writable:
        return _serve_writable(graphs, port, host)
    folder = tempfile.TemporaryDirectory(prefix="kg-serve-")
    try:
        loaded = load_folder(graphs, Path(folder.name))
        server = start(port, host, Path(folder.name), read_only=True)
    except BaseException:
        folder.cleanup()
        raise
    server.folder = folder
    return server, loaded


def _serve_writable(graphs: Sequence[NamedGraph], port: int, host: str) -> tuple[Server, list[Pushed]]:
    server = start(port, host)
    try:
        pushed = push(graphs, Remote(server.store_url), replace=True)
    except BaseException:
        server.stop()
        raise
    return server, pushed


def banner(server: Server, loaded: Sequence[Pushed]) -> list[str]:
    """What ``kg serve`` prints on start-up: the URLs, whether writes are open, what it holds."""
    lines = [f"SPARQL query endpoint: {server.query_url}"]
    if server.read_only:
        lines.append("Read-only: SPARQL Update and Graph Store writes are refused (--writable to allow them).")
        lines.append(f"Graph Store Protocol:  {server.store_url} (GET only)")
    else:
        lines.append(f"SPARQL update:         {server.update_url}")
        lines.append(f"Graph Store Protocol:  {server.store_url}")
        lines.append("Writable: anyone who can reach the port can change or delete the graphs (--writable).")
    total = sum(p.stored for p in loaded)
    lines.append(f"{total} triples in {len(loaded)} named graphs; Ctrl-C stops the server.")
    return lines


def host_warning(host: str, writable: bool) -> str | None:
    """One line when the server listens beyond this machine, else None."""
    if is_loopback(host):
        return None
    what = "query and change the graphs" if writable else "query the graphs"
    return f"kg: warning: listening on {host}: anyone on the network who can reach this port can {what}"
