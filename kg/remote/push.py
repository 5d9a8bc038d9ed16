"""Pushing named graphs to a triplestore over the SPARQL 1.1 Graph Store HTTP Protocol.

``PUT <store>?graph=IRI`` replaces a graph, ``POST`` adds to it. A large graph
goes in chunks of N-Triples (the first one PUT when replacing, the rest
POSTed); afterwards the graph is read back (``GET``) and its triples counted.
Transient failures (connection refused or reset, HTTP 502/503/504) are retried
with exponential back-off by urllib3's ``Retry``; 4xx answers never are.
Sending the same triples again changes nothing, so a push that stopped
part-way is completed by running it again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pyoxigraph
import requests
from rdflib import BNode
from requests.adapters import HTTPAdapter
from requests.auth import HTTPBasicAuth, HTTPDigestAuth
from urllib3.exceptions import ReadTimeoutError
from urllib3.util.retry import Retry

from kg.errors import KgError
from kg.graph.serialization import serialize
from kg.remote import DEFAULT_CHUNK
from kg.remote.endpoint import Remote, user_agent
from kg.remote.named_graphs import NamedGraph

NTRIPLES = "application/n-triples"
TRANSIENT = frozenset({502, 503, 504})

Progress = Callable[[NamedGraph, int], None]


@dataclass(frozen=True)
class Pushed:
    """One graph pushed: how many triples were sent and how many the store holds."""

    iri: str
    about: str
    sent: int
    stored: int
    chunks: int


def session_for(remote: Remote, retries: int = 3, backoff: float = 0.5) -> requests.Session:
    """A requests session with kg's User-Agent and urllib3's retry with back-off (credentials
    are sent once the server has said which scheme it wants)."""
    session = requests.Session()
    session.headers["User-Agent"] = user_agent()
    retry = Retry(
        total=retries,
        connect=retries,
        read=0,
        status=retries,
        other=0,
        backoff_factor=backoff,
        status_forcelist=TRANSIENT,
        allowed_methods=frozenset({"GET", "PUT", "POST", "HEAD"}),  # our POSTs are idempotent: same triples
        raise_on_status=False,
        respect_retry_after_header=True,
    )
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def server_message(response: requests.Response) -> str:
    """The first words of what the server said, on one line."""
    text = " ".join(response.text.split())
    return text[:300] + ("…" if len(text) > 300 else "") if text else "(no message)"


def send(session: requests.Session, remote: Remote, method: str, graph: str, **kwargs: object) -> requests.Response:
    """One Graph Store Protocol request; any failure becomes a ``KgError`` naming the URL."""
    url = remote.url
    try:
        response = session.request(method, url, params={"graph": graph}, timeout=remote.timeout, **kwargs)  # type: ignore[arg-type]
        if response.status_code == 401 and remote.credentials and session.auth is None:
            # Answer the server's challenge, as curl --anyauth does: Digest (Virtuoso) or Basic (most others).
            challenge = response.headers.get("WWW-Authenticate", "").strip().lower()
            scheme = HTTPDigestAuth if challenge.startswith("digest") else HTTPBasicAuth
            session.auth = scheme(*remote.credentials)
            response = session.request(method, url, params={"graph": graph}, timeout=remote.timeout, **kwargs)  # type: ignore[arg-type]
    except (requests.exceptions.Timeout, requests.exceptions.ConnectionError) as err:
        if not _timed_out(err):
            reason = _reason(err)
            raise KgError(f"cannot connect ({reason}); is the server running and the URL right?", where=url) from None
        raise KgError(
            f"no answer within {remote.timeout:g} s ({method}); raise --timeout (or KG_TIMEOUT) or check the server",
            where=url,
        ) from None
    except requests.exceptions.RequestException as err:
        raise KgError(f"the request failed: {err}", where=url) from None
    if response.status_code in (401, 403):
        hint = (
            "check --user/--password (or KG_USER/KG_PASSWORD)"
            if remote.credentials
            else ("give --user and --password (or KG_USER/KG_PASSWORD, or the config file)")
        )
        message = server_message(response)
        raise KgError(f"authentication failed (HTTP {response.status_code}): {message}; {hint}", where=url)
    if response.status_code >= 400:
        raise KgError(
            f"the server answered HTTP {response.status_code} {response.reason} to {method}: "
            f"{server_message(response)}",
            where=url,
        )
    return response


def _timed_out(err: Exception) -> bool:
    """A read timeout (urllib3 wraps it in MaxRetryError, requests in ConnectionError)."""
    if isinstance(err, requests.exceptions.ReadTimeout):
        return True
    reason = getattr(err.args[0], "reason", None) if err.args else None
    return isinstance(err, requests.exceptions.Timeout) or isinstance(reason, ReadTimeoutError)


def _reason(err: Exception) -> str:
    text = str(err)
    for known in ("Connection refused", "Connection reset", "Name or service not known"):
        if known in text:
            return known.lower() + (" after retries" if "Max retries" in text else "")
    return " ".join(text.split())[:200]


def chunks(named: NamedGraph, size: int = DEFAULT_CHUNK) -> list[bytes]:
    """The graph as sorted N-Triples, in pieces of at most ``size`` triples.

    A graph with blank nodes goes in one piece: a blank node split over two
    requests would become two different nodes in the store.
    """
    lines = [line for line in serialize(named.graph, "nt").splitlines(keepends=True) if line.strip()]
    if not lines:
        return [b""]
    if size <= 0 or any(isinstance(term, BNode) for triple in named.graph for term in triple):
        return [b"".join(lines)]
    return [b"".join(lines[i : i + size]) for i in range(0, len(lines), size)]


def count_stored(session: requests.Session, remote: Remote, graph: str) -> int:
    """How many triples the store holds in ``graph`` (read back with GET)."""
    try:
        response = send(session, remote, "GET", graph, headers={"Accept": NTRIPLES})
    except KgError as err:
        if "HTTP 404" in err.message:  # the protocol's answer for a graph that does not exist (or is empty)
            return 0
        raise
    media = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    formats = {
        NTRIPLES: pyoxigraph.RdfFormat.N_TRIPLES,
        "text/plain": pyoxigraph.RdfFormat.N_TRIPLES,
        "text/turtle": pyoxigraph.RdfFormat.TURTLE,
    }
    try:
        return len(set(pyoxigraph.parse(response.content, format=formats.get(media, pyoxigraph.RdfFormat.N_TRIPLES))))
    except (SyntaxError, ValueError) as err:
        raise KgError(
            f"reading graph <{graph}> back gave no valid RDF ({media or 'no content type'}): {err}", where=remote.url
        ) from None


def push(
    graphs: Sequence[NamedGraph],
    remote: Remote,
    replace: bool = False,
    chunk_size: int = DEFAULT_CHUNK,
    progress: Progress | None = None,
    retries: int = 3,
    backoff: float = 0.5,
) -> list[Pushed]:
    """Push each graph (PUT to replace it, else POST to add), then check the store's count.

    ``progress(graph, triples)`` is called after each chunk.
    """
    session = session_for(remote, retries, backoff)
    done: list[Pushed] = []
    for index, named in enumerate(graphs):
        pieces = chunks(named, chunk_size)
        sent = 0
        for number, piece in enumerate(pieces):
            method = "PUT" if replace and number == 0 else "POST"
            try:
                send(session, remote, method, named.iri, data=piece, headers={"Content-Type": NTRIPLES})
            except KgError as err:
                raise _stopped(err, named, number, len(pieces), done, graphs[index + 1 :]) from None
            triples = piece.count(b"\n")
            sent += triples
            if progress:
                progress(named, triples)
        try:
            stored = count_stored(session, remote, named.iri)
        except KgError as err:
            raise _stopped(err, named, len(pieces), len(pieces), done, graphs[index + 1 :]) from None
        if stored < sent or (replace and stored != sent):
            raise KgError(
                f"graph <{named.iri}> ({named.about}) holds {stored} triples after the push, but {sent} were sent; "
                "it is incomplete: run the same command again",
                where=remote.url,
            )
        done.append(Pushed(named.iri, named.about, sent, stored, len(pieces)))
    return done


def _stopped(
    err: KgError, named: NamedGraph, chunk: int, total: int, done: list[Pushed], rest: Sequence[NamedGraph]
) -> KgError:
    state = f"graph <{named.iri}> ({named.about}) is incomplete ({chunk} of {total} chunks stored)"
    if chunk == total:
        state = f"graph <{named.iri}> ({named.about}) was sent but could not be checked"
    return KgError(
        f"{err.message}; the push stopped: {state}, {len(done)} graphs done, {len(rest)} not sent; "
        "run the same command again to complete it",
        where=err.where,
    )
