"""kg push and kg serve: triplestores over the W3C protocols."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg.cli.group import main
from kg.cli.options import data_option, remote_options
from kg.errors import KgError
from kg.remote import DEFAULT_CHUNK, DEFAULT_HOST, DEFAULT_PORT

if TYPE_CHECKING:
    from kg.remote.endpoint import Remote
    from kg.remote.push import Pushed


@main.command("push")
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--store",
    "-s",
    metavar="URL|NAME",
    help="The Graph Store Protocol URL (e.g. http://127.0.0.1:7878/store), or a server named in the config file. "
    "Env: KG_STORE.",
)
@click.option("--graph", "-g", metavar="IRI", help="Push everything into this one named graph instead of kg's layout.")
@click.option("--replace", is_flag=True, help="Replace each graph pushed (HTTP PUT); without it, add to it (POST).")
@click.option(
    "--chunk-size", type=click.IntRange(min=1), default=DEFAULT_CHUNK, show_default=True, help="Triples per request."
)
@click.option("--no-ontology", is_flag=True, help="Do not push the ontology's graph.")
@click.option(
    "--retries",
    type=click.IntRange(min=0),
    default=3,
    show_default=True,
    help="Retries (with back-off) after a refused connection or HTTP 502/503/504.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@remote_options
def push_command(
    sources: tuple[Path, ...],
    store: str | None,
    graph: str | None,
    replace: bool,
    chunk_size: int,
    no_ontology: bool,
    retries: int,
    quiet: bool,
    user: str | None,
    password: str | None,
    timeout: float | None,
) -> None:
    """Push graphs to a triplestore (SPARQL 1.1 Graph Store HTTP Protocol).

    SOURCES are graph files (graph.ttl) or article/corpus folders (built and
    validated first); with none, the bundled corpus. Each article goes into its
    own named graph (<article IRI>/graph), the entity register and the ontology
    into theirs, so re-pushing an article with --replace replaces its facts and
    leaves the others alone. The store's count of each graph is checked after
    the push; a push that stops part-way says which graph is incomplete, and
    running it again completes it.

    \b
    kg push graph.ttl --store http://127.0.0.1:7878/store --replace
    kg push corpus/report-2025-12-04-coaker-baku --store team --replace
    KG_USER=dba KG_PASSWORD=dba kg push graph.ttl --store http://127.0.0.1:8890/sparql-graph-crud-auth
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from kg.remote.endpoint import resolve
    from kg.remote.named_graphs import ONTOLOGY_GRAPH, NamedGraph, from_sources, union
    from kg.remote.push import push

    remote = resolve("store", store, user, password, timeout)
    graphs = from_sources(list(sources), with_ontology=not no_ontology)
    if graph is not None:
        graphs = [NamedGraph(graph, union(g for g in graphs if g.iri != str(ONTOLOGY_GRAPH)), f"graph {graph}")]
    total = sum(len(g.graph) for g in graphs)
    console = Console(stderr=True)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=quiet or not console.is_terminal,
        transient=True,
    ) as bar:
        task = bar.add_task(f"pushing to {remote.url}", total=total)
        pushed = push(graphs, remote, replace, chunk_size, lambda _g, n: bar.advance(task, n), retries)
    if not quiet:
        _report(pushed, remote, replace)


def _report(pushed: list[Pushed], remote: Remote, replace: bool) -> None:
    """What the store now holds, graph by graph, then the query URL and what the store needs."""
    from kg.remote.hints import after_push
    from kg.store.render import table

    rows = [[p.iri, p.about, str(p.sent), str(p.stored)] for p in pushed]
    title = f"Graphs {'replaced' if replace else 'added to'} at {remote.url}"
    click.echo(table(["graph", "holds", "sent", "in store"], rows, title=title), nl=False)
    for line in after_push(remote, [p.iri for p in pushed]):
        click.echo(line)


@main.command("serve")
@data_option
@click.option(
    "--port", "-p", type=click.IntRange(1, 65535), default=DEFAULT_PORT, show_default=True, help="Port to listen on."
)
@click.option(
    "--host", default=DEFAULT_HOST, show_default=True, help="Address to listen on (keep 127.0.0.1 unless you mean it)."
)
@click.option(
    "--writable", is_flag=True, help="Accept SPARQL Update and Graph Store writes (in memory). Default: read-only."
)
def serve_command(data: tuple[Path, ...], port: int, host: str, writable: bool) -> None:
    """Serve the graph and the ontology over SPARQL on this machine, for other tools.

    Loads each article, the register and the ontology into named graphs
    (queries see their union), starts the oxigraph server read-only (updates
    and Graph Store writes are refused; --writable opens them), prints the
    URLs and runs until Ctrl-C.

    \b
    kg serve                       # the bundled corpus
    kg serve --data graph.ttl --port 7879
    kg query queries/timeline.rq --endpoint http://127.0.0.1:7878/query
    """
    from kg.remote.named_graphs import from_sources
    from kg.remote.serve import banner, host_warning, interrupt_on_signals, serve

    interrupt_on_signals()
    warning = host_warning(host, writable)
    if warning:
        click.echo(warning, err=True)
    server, pushed = serve(from_sources(list(data)), port, host, writable)
    try:
        for line in banner(server, pushed):
            click.echo(line)
        sys.stdout.flush()
        code = server.process.wait()
        raise KgError(f"the oxigraph server stopped by itself (exit code {code})", where=server.base)
    except KeyboardInterrupt:
        server.stop()
        click.echo("stopped", err=True)
    finally:
        server.stop()
