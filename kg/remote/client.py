"""SPARQL 1.1 Protocol: the same queries on a remote endpoint, through SPARQLWrapper.

Answers come back as the same ``Result`` the embedded store gives (SPARQL JSON
results, or N-Triples for CONSTRUCT/DESCRIBE), so tables, CSV, TSV, JSON and
Turtle are rendered by the same code. ``--param`` values are bound with a
``VALUES`` clause (``kg.store.query.bind``) whose terms are serialised by pyoxigraph (quotes,
backslashes and line breaks escaped; IRIs validated), never pasted as text.
"""

from __future__ import annotations

import ast
import hashlib
import json
import re
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from http.client import HTTPException

import pyoxigraph
from SPARQLWrapper import DIGEST, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException, Unauthorized

from kg.errors import KgError
from kg.remote.endpoint import Remote, user_agent
from kg.store.query import Kind, Query, Result, bind, refuse_updates, with_prefixes

RESULTS_JSON = "application/sparql-results+json"
_GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
_RDF = {
    "application/n-triples": pyoxigraph.RdfFormat.N_TRIPLES,
    "text/plain": pyoxigraph.RdfFormat.N_TRIPLES,
    "text/turtle": pyoxigraph.RdfFormat.TURTLE,
    "application/x-turtle": pyoxigraph.RdfFormat.TURTLE,
    "application/rdf+xml": pyoxigraph.RdfFormat.RDF_XML,
    "application/ld+json": pyoxigraph.RdfFormat.JSON_LD,
}
TRANSIENT = frozenset({502, 503, 504})


def remote_text(query: Query, params: Mapping[str, str] | None = None) -> str:
    """The text sent to the server: kg's prefixes, the query, the bound values."""
    return bind(with_prefixes(query.text), params or {})


def run_remote(
    query: Query,
    remote: Remote,
    params: Mapping[str, str] | None = None,
    graphs: Sequence[str] = (),
    retries: int = 2,
    backoff: float = 0.5,
) -> Result:
    """Run a query on a SPARQL endpoint; ``graphs`` become its default graph
    (``default-graph-uri``), else the server's own default graph is used. A SPARQL
    Update is refused before anything is sent."""
    refuse_updates(query)
    wrapper = SPARQLWrapper(remote.url, agent=user_agent())
    wrapper.setMethod(POST)
    wrapper.setQuery(remote_text(query, params))
    for graph in graphs:
        try:
            pyoxigraph.NamedNode(graph)
        except ValueError:
            raise KgError(f"--graph {graph!r} is not a valid IRI") from None
        wrapper.addDefaultGraph(graph)
    kind: Kind = {"SELECT": "select", "ASK": "ask"}.get(wrapper.queryType, "graph")  # type: ignore[assignment]
    wrapper.setOnlyConneg(True)  # our own Accept header, and no format=... parameters (406 on some servers)
    wrapper.addCustomHttpHeader("Accept", RESULTS_JSON if kind != "graph" else _GRAPH_ACCEPT)
    wrapper.timeout = remote.timeout  # type: ignore[assignment]  # setTimeout() would truncate to whole seconds
    if remote.credentials:
        wrapper.setCredentials(*remote.credentials)
    body, media = _ask(wrapper, remote, query, retries, backoff)
    if kind == "graph":
        return Result("graph", _triples(body, media, remote))
    body = _plain_blank_nodes(body)
    return Result(_kind(body, media, remote), _results(body, media, remote))


def _ask(wrapper: SPARQLWrapper, remote: Remote, query: Query, retries: int, backoff: float) -> tuple[bytes, str]:
    """Send the query, retrying a refused connection or HTTP 502/503/504 with back-off."""
    for attempt in range(retries + 1):
        try:
            return _request(wrapper, remote)
        except (SPARQLWrapperException, urllib.error.URLError, HTTPException, OSError) as err:
            if _transient(err) and attempt < retries:
                time.sleep(backoff * 2**attempt)
                continue
            raise _failure(err, remote, query) from None
    raise AssertionError("unreachable")  # pragma: no cover


def _request(wrapper: SPARQLWrapper, remote: Remote) -> tuple[bytes, str]:
    """One request: the body and media type of the answer (Digest tried if Basic is refused)."""
    try:
        response = wrapper.query().response
    except Unauthorized:
        if not remote.credentials:
            raise
        wrapper.setHTTPAuth(DIGEST)  # Basic refused: try Digest (Virtuoso's write endpoints)
        try:
            response = wrapper.query().response
        finally:  # SPARQLWrapper installs its digest opener for the whole process: take it away again
            urllib.request.install_opener(None)  # type: ignore[arg-type]
    body = response.read()
    cut = response.headers.get("X-SPARQL-MaxRows")
    if cut:  # Virtuoso says it cut the answer at its ResultSetMaxRows
        raise KgError(
            f"the server cut the answer at {cut} rows (Virtuoso's ResultSetMaxRows), so none is given rather "
            "than part of it; page the query with LIMIT and OFFSET, or raise ResultSetMaxRows on the server",
            where=remote.url,
        )
    return body, response.headers.get("Content-Type", "").split(";")[0].strip().lower()


def _transient(err: Exception) -> bool:
    if isinstance(err, urllib.error.HTTPError):
        return err.code in TRANSIENT
    return isinstance(err, urllib.error.URLError) and isinstance(err.reason, ConnectionRefusedError)


def _failure(err: Exception, remote: Remote, query: Query) -> KgError:
    """The one line that says what went wrong with a request, and what to do."""
    url = remote.url
    timed_out = f"no answer within {remote.timeout:g} s; raise --timeout (or KG_TIMEOUT) or check the server"
    if isinstance(err, Unauthorized):
        hint = (
            "check --user/--password (or KG_USER/KG_PASSWORD)"
            if remote.credentials
            else "give --user and --password (or KG_USER/KG_PASSWORD, or the config file)"
        )
        return KgError(f"authentication failed (HTTP 401): {_message(err)}; {hint}", where=url)
    if isinstance(err, SPARQLWrapperException):
        code = {"QueryBadFormed": 400, "EndPointNotFound": 404, "URITooLong": 414, "EndPointInternalError": 500}
        status = code.get(type(err).__name__, "error")
        hint = {400: "; fix the query", 404: "; is it the query endpoint's URL?"}.get(status, "")  # type: ignore[call-overload]
        return KgError(f"the server answered HTTP {status} to {query.source}: {_message(err)}{hint}", where=url)
    if isinstance(err, urllib.error.HTTPError):
        text = " ".join(err.read().decode("utf-8", "replace").split())[:300]
        if err.code == 403:
            return KgError(f"authentication failed (HTTP 403): {text or err.reason}", where=url)
        return KgError(f"the server answered HTTP {err.code} {err.reason}: {text or '(no message)'}", where=url)
    if isinstance(err, TimeoutError) or (
        isinstance(err, urllib.error.URLError) and isinstance(err.reason, TimeoutError | socket.timeout)
    ):
        return KgError(timed_out, where=url)
    if isinstance(err, urllib.error.URLError):
        return KgError(f"cannot connect ({err.reason}); is the server running and the URL right?", where=url)
    return KgError(f"the connection failed ({type(err).__name__}: {err})", where=url)


def _message(err: SPARQLWrapperException) -> str:
    text = str(err)
    if "Response:" in text:
        text = text.split("Response:", 1)[1].strip()
        if text.startswith("b'") or text.startswith('b"'):
            try:
                text = bytes(ast.literal_eval(text)).decode("utf-8", "replace")
            except (SyntaxError, ValueError, TypeError):
                pass
    text = " ".join(text.split())
    return (text[:300] + "…") if len(text) > 300 else text or "(no message)"


def _malformed(body: bytes, media: str, remote: Remote, expected: str, err: Exception) -> KgError:
    start = " ".join(body[:60].decode("utf-8", "replace").split())
    return KgError(
        f"the server's answer is not {expected} (content type {media or 'none'}, it begins {start!r}): "
        f"{' '.join(str(err).split())[:160]}; is the URL a SPARQL query endpoint?",
        where=remote.url,
    )


_BNODE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*")


def _plain_blank_nodes(body: bytes) -> bytes:
    """Virtuoso names blank nodes ``nodeID://b10001``, which is no blank node label
    (pyoxigraph refuses it): rename such labels, consistently within the answer."""
    try:
        document = json.loads(body)
        bindings = document["results"]["bindings"]
    except (ValueError, KeyError, TypeError):
        return body  # not SELECT results (or not JSON): parsed, and reported, as they are
    changed = False
    for binding in bindings if isinstance(bindings, list) else []:
        for value in binding.values() if isinstance(binding, dict) else []:
            label = value.get("value") if isinstance(value, dict) and value.get("type") == "bnode" else None
            if isinstance(label, str) and not _BNODE.fullmatch(label):
                value["value"] = "b" + hashlib.sha1(label.encode("utf-8")).hexdigest()[:16]  # noqa: S324 - a name
                changed = True
    return json.dumps(document).encode("utf-8") if changed else body


def _kind(body: bytes, media: str, remote: Remote) -> Kind:
    try:
        parsed = pyoxigraph.parse_query_results(body, format=pyoxigraph.QueryResultsFormat.JSON)
    except (SyntaxError, ValueError) as err:
        raise _malformed(body, media, remote, "SPARQL JSON results", err) from None
    return "ask" if isinstance(parsed, pyoxigraph.QueryBoolean) else "select"


def _results(body: bytes, media: str, remote: Remote) -> bytes:
    """The answer re-serialised by pyoxigraph, so that remote and embedded JSON look alike."""
    try:
        parsed = pyoxigraph.parse_query_results(body, format=pyoxigraph.QueryResultsFormat.JSON)
        return parsed.serialize(format=pyoxigraph.QueryResultsFormat.JSON) or b""
    except (SyntaxError, ValueError) as err:
        raise _malformed(body, media, remote, "SPARQL JSON results", err) from None


def _triples(body: bytes, media: str, remote: Remote) -> bytes:
    rdf_format = _RDF.get(media, pyoxigraph.RdfFormat.TURTLE)
    try:
        triples = list(pyoxigraph.parse(body, format=rdf_format))
    except (SyntaxError, ValueError) as err:
        raise _malformed(body, media, remote, f"RDF ({rdf_format.name})", err) from None
    lines = (pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES) or b"").splitlines(keepends=True)
    return b"".join(sorted(set(lines)))  # servers send triples in any order: sort them, for the same bytes every time
