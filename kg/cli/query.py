"""kg query: SPARQL on the embedded store or a server."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg.cli.group import main
from kg.cli.options import data_option, emit, output_options, remote_options
from kg.errors import KgError
from kg.store import GRAPH_FORMATS, TABLE_FORMATS

if TYPE_CHECKING:
    from kg.store.query import Query, Result


@main.command("query")
@click.argument("query")
@data_option
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a variable: <iri>, a prefixed name (kgr:baku) or a plain string. Repeatable.",
)
@click.option(
    "--endpoint",
    "-e",
    metavar="URL|NAME",
    help="Ask this SPARQL endpoint (a URL, or a server named in the config file) instead of the embedded store. "
    "Env: KG_ENDPOINT.",
)
@click.option(
    "--graph",
    "-g",
    "graphs",
    multiple=True,
    metavar="IRI",
    help="With --endpoint: query the union of these named graphs (default-graph-uri). Repeatable.",
)
@remote_options
@output_options(TABLE_FORMATS + tuple(f for f in GRAPH_FORMATS if f not in TABLE_FORMATS), None)
def query_command(
    query: str,
    data: tuple[Path, ...],
    params: tuple[str, ...],
    fmt: str | None,
    output: Path | None,
    endpoint: str | None,
    graphs: tuple[str, ...],
    user: str | None,
    password: str | None,
    timeout: float | None,
) -> None:
    """Run a SPARQL query (a .rq file or the query's text) on a graph.

    SELECT and ASK print a table, or W3C CSV, TSV, JSON or XML results;
    CONSTRUCT and DESCRIBE print Turtle (or N-Triples, JSON-LD, RDF/XML).
    kg's prefixes (kgo:, kgr:, schema:, ...) are declared for you.

    \b
    kg query queries/who-met-whom.rq
    kg query queries/timeline.rq --data graph.ttl --format csv
    kg query "SELECT ?p WHERE { ?p a kgo:Person }" --format json
    kg query queries/evidence.rq --param event=kgr:article/report-2025-12-04-coaker-baku/arms-embargo-lifted
    kg query queries/who-met-whom.rq --endpoint http://127.0.0.1:7878/query
    """
    from kg.store.query import read_query, refuse_updates
    from kg.store.render import table

    parsed = read_query(query)
    refuse_updates(parsed)
    endpoint = endpoint or (None if data else os.environ.get("KG_ENDPOINT"))
    try:
        result, hint = _answer(parsed, _bindings(params), data, endpoint, graphs, (user, password, timeout))
    except KeyboardInterrupt:
        click.echo("kg: query stopped (Ctrl-C)", err=True)
        sys.exit(130)
    if result.kind == "graph":
        emit(result.serialize(fmt or "ttl"), output)
    elif (fmt or "table") == "table":
        columns, rows = result.table()
        emit(table(columns, rows) + f"{len(rows)} rows\n", output)
    else:
        emit(result.serialize(fmt), output)
    if hint:  # after the (empty) answer, on stderr; the exit code stays 0
        sys.stdout.flush()
        click.echo(hint, err=True)


def _bindings(params: tuple[str, ...]) -> dict[str, str]:
    values = {}
    for param in params:
        name, sep, value = param.partition("=")
        if not sep:
            raise KgError(f"--param {param!r}: write NAME=VALUE")
        values[name.lstrip("?$")] = value
    return values


def _answer(
    parsed: Query,
    values: dict[str, str],
    data: tuple[Path, ...],
    endpoint: str | None,
    graphs: tuple[str, ...],
    credentials: tuple[str | None, str | None, float | None],
) -> tuple[Result, str | None]:
    """The answer from the server (with a hint when it is empty for a reason kg can tell) or the embedded store."""
    if endpoint:
        from kg.remote.client import run_remote
        from kg.remote.endpoint import resolve
        from kg.remote.hints import empty_answer_hint

        if data:
            raise KgError("give --data (the embedded store) or --endpoint (a server), not both")
        remote = resolve("endpoint", endpoint, *credentials)
        result = run_remote(parsed, remote, values, graphs)
        return result, empty_answer_hint(result, remote, graphs)  # no rows: an empty default graph beside kg's?
    from kg.store.stoppable import run_stoppable

    if graphs:
        raise KgError("--graph names graphs on a server: use it with --endpoint")
    return run_stoppable(parsed, list(data) or None, values, credentials[2]), None
