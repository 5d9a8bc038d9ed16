"""One line for a person who got no answer, or who has just pushed: why, and what to do.

Oxigraph's default graph is empty unless the server runs with
``--union-default-graph``; kg pushes into named graphs, so every query then
answers 0 rows with exit 0. After an empty answer kg asks the server two cheap
questions (is its default graph empty? do kg's named graphs exist?) and, when
that is the reason, says so. ``kg push`` prints the query URL that goes with
the store URL, and what the store needs for queries to see the graphs.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit, urlunsplit

from kg.errors import KgError
from kg.namespaces import KGR
from kg.remote.client import run_remote
from kg.remote.endpoint import Remote
from kg.remote.named_graphs import ONTOLOGY_GRAPH, REGISTER_GRAPH
from kg.store.query import Query, Result

_DEFAULT_HAS_TRIPLES = Query("ASK { ?s ?p ?o }", "the check of the default graph")
_KG_NAMED_GRAPHS = Query(
    f'ASK {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (STRSTARTS(STR(?g), "{KGR}")) }}', "the check of kg's named graphs"
)
# (the store URL's path ends with, the query URL's ending instead, the server)
_STORE_TO_QUERY = (
    ("/sparql-graph-crud-auth", "/sparql", "Virtuoso"),
    ("/sparql-graph-crud", "/sparql", "Virtuoso"),
    ("/rdf-graphs/service", "", "GraphDB"),
    ("/store", "/query", "Oxigraph"),
    ("/data", "/query", "Fuseki"),
)


def is_empty(result: Result) -> bool:
    """A SELECT without rows, or an ASK answered false."""
    if result.kind == "graph":
        return not result.data.strip()
    rows = result.table()[1]
    return rows == [] or (result.kind == "ask" and rows[0][0] is not None and rows[0][0].value == "false")


def empty_answer_hint(result: Result, remote: Remote, graphs: Sequence[str] = ()) -> str | None:
    """Why an answer is empty, when the reason is an empty default graph beside kg's named graphs."""
    if graphs or not is_empty(result):
        return None
    if not _named_graphs_only(remote):
        return None
    return (
        f"kg: hint: no answer because the server's default graph is empty and kg's data is in named graphs: "
        f"start the server with --union-default-graph (Oxigraph), or name the graphs with --graph IRI "
        f"(--graph {REGISTER_GRAPH} --graph <article IRI>/graph --graph {ONTOLOGY_GRAPH})"
    )


def _named_graphs_only(remote: Remote) -> bool:
    """Whether the default graph is empty while kg's named graphs hold triples (False if unsure)."""
    try:
        if _true(run_remote(_DEFAULT_HAS_TRIPLES, remote, retries=0)):
            return False
        return _true(run_remote(_KG_NAMED_GRAPHS, remote, retries=0))
    except KgError:  # a hint must never turn an answer into an error
        return False


def _true(result: Result) -> bool:
    cell = result.table()[1][0][0]
    return cell is not None and cell.value == "true"


def query_endpoint(store_url: str) -> tuple[str, str] | None:
    """The SPARQL query URL that goes with a Graph Store URL, and the server it suggests."""
    parts = urlsplit(store_url)
    path = parts.path.rstrip("/")
    for ending, replacement, server in _STORE_TO_QUERY:
        if path.endswith(ending):
            return urlunsplit((parts.scheme, parts.netloc, path[: -len(ending)] + replacement, "", "")), server
    return None


def after_push(store: Remote, graphs: Sequence[str]) -> list[str]:
    """What to print after a push: the query URL, and what queries need to see the graphs."""
    found = query_endpoint(store.url)
    if found is None:
        return ["Query it at the server's SPARQL query endpoint (see the README's URL patterns)."]
    url, server = found
    shown = [*graphs[:2], *(g for g in graphs[2:] if g == str(ONTOLOGY_GRAPH))]  # the ontology names the types
    example = " ".join(f"--graph {g}" for g in shown)
    lines = [f"SPARQL query endpoint ({server}, from the store URL): {url}"]
    if server == "Oxigraph":
        command = f"kg query Q.rq --endpoint {url} {example}"
        if _named_graphs_only(Remote(url, store.user, store.password, store.timeout)):
            lines.append(
                "Oxigraph: this server's default graph is empty, so queries see nothing: restart it with "
                f"--union-default-graph, or query with --graph IRI ({command})"
            )
        else:
            lines.append(
                "Oxigraph: queries see the pushed graphs if the server runs with --union-default-graph (this one's "
                f"default graph is not empty), else only with --graph IRI ({command})"
            )
    elif server == "Virtuoso":
        lines.append(f"Virtuoso: its default graph holds every graph, its own too; to query only kg's: {example}")
    elif server == "Fuseki":
        lines.append(f"Fuseki: unless the dataset has unionDefaultGraph, query with --graph IRI: {example}")
    return lines
