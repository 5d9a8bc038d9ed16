"""Embedded queries that can be stopped: by a timeout, or by Ctrl-C.

pyoxigraph cannot cancel a query from Python, and a thread that is no longer
waited for keeps using the CPU. So the store is opened and the query run in a
forked worker process; the caller waits for its answer on a pipe and, when the
time is up or Ctrl-C arrives, kills the worker (SIGKILL), which really stops
the query. The worker ignores SIGINT, so that Ctrl-C in a terminal (sent to
the whole foreground group) is handled once, by the caller. Forking costs a
few milliseconds; where ``fork`` is unavailable the query runs in-process.
"""

from __future__ import annotations

import multiprocessing
import signal
import time
from collections.abc import Mapping, Sequence
from multiprocessing.connection import Connection
from pathlib import Path

from rdflib import Graph

from kg.errors import KgError
from kg.store.embedded import open_store
from kg.store.query import Kind, Query, Result, refuse_updates, run

Data = Graph | Sequence[Path] | None


def run_stoppable(
    query: Query, data: Data = None, params: Mapping[str, str] | None = None, timeout: float | None = None
) -> Result:
    """Open the embedded store over ``data`` and run ``query`` in a worker process;
    give up after ``timeout`` seconds (None: no limit). Ctrl-C kills the worker
    and raises ``KeyboardInterrupt`` at once."""
    refuse_updates(query)
    if "fork" not in multiprocessing.get_all_start_methods():  # pragma: no cover - not on Linux
        return run(query, open_store(data), params)
    receiver, sender = multiprocessing.get_context("fork").Pipe(duplex=False)
    worker = multiprocessing.get_context("fork").Process(
        target=_work, args=(sender, query, data, dict(params or {})), daemon=True
    )
    worker.start()
    sender.close()
    try:
        return _answer(receiver, worker, query, timeout)
    finally:
        receiver.close()
        if worker.is_alive():
            worker.kill()
        worker.join()


def _answer(
    receiver: Connection, worker: multiprocessing.process.BaseProcess, query: Query, timeout: float | None
) -> Result:
    deadline = None if timeout is None else time.monotonic() + timeout
    while not receiver.poll(None if deadline is None else max(0.0, deadline - time.monotonic())):
        if deadline is not None and time.monotonic() >= deadline:
            worker.kill()
            raise KgError(
                f"no answer within {timeout:g} s, so the query was stopped; raise --timeout, or narrow the "
                "query (LIMIT, a more specific pattern)",
                where=query.source,
            )
    try:
        message = receiver.recv()
    except EOFError:
        worker.join()
        raise KgError(
            f"the query process ended without an answer (exit code {worker.exitcode})", where=query.source
        ) from None
    if message[0] == "error":
        raise KgError(*message[1])
    kind: Kind = message[1]
    return Result(kind, message[2])


def _work(sender: Connection, query: Query, data: Data, params: dict[str, str]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the caller's to handle
    try:
        result = run(query, open_store(data), params)
    except KgError as err:  # a KgError is a dataclass: send its fields, which pickle
        where = None if err.where is None else str(err.where)
        sender.send(("error", (err.message, where, err.line, err.field)))
    else:
        sender.send(("result", result.kind, result.data))
    sender.close()
