"""A local SPARQL server over the built graph: the ``oxigraph`` server (PyPI
package ``oxigraph``), in memory on 127.0.0.1, loaded over the Graph Store
Protocol with kg's named graphs and queried over their union.

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
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError
from kg.remote.endpoint import Remote
from kg.remote.named_graphs import NamedGraph
from kg.remote.push import Pushed, push

DEFAULT_PORT = 7878
DEFAULT_HOST = "127.0.0.1"


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
        return self.process.returncode


def start(
    port: int = DEFAULT_PORT,
    host: str = DEFAULT_HOST,
    location: Path | None = None,
    wait: float = 15.0,
    union_default_graph: bool = True,
) -> Server:
    """Start ``oxigraph serve`` (in memory unless ``location``), its default graph
    the union of the named graphs (unless told otherwise: Oxigraph's own default
    is an empty default graph), and wait until it accepts connections."""
    with socket.socket() as probe:  # a busy port would let us talk to some other server
        try:
            probe.bind((host, port))
        except OSError as err:
            raise KgError(
                f"cannot listen there ({err.strerror}); is the port free? choose another with --port",
                where=f"{host}:{port}",
            ) from None
    command = [oxigraph_program(), "serve", "--bind", f"{host}:{port}"]
    if union_default_graph:
        command.append("--union-default-graph")
    if location is not None:
        command += ["--location", str(location)]
    log = tempfile.TemporaryFile()  # a file, not a pipe: a chatty server never blocks on it
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log)
    server = Server(process, f"http://{host}:{port}")
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


def serve(
    graphs: Sequence[NamedGraph], port: int = DEFAULT_PORT, host: str = DEFAULT_HOST
) -> tuple[Server, list[Pushed]]:
    """Start a server and load ``graphs`` into it (each its own named graph)."""
    server = start(port, host)
    try:
        pushed = push(graphs, Remote(server.store_url), replace=True)
    except BaseException:
        server.stop()
        raise
    return server, pushed
