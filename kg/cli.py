"""The ``kg`` command: a thin click layer over the functions of the kg package."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kg import resources
from kg.build import NotValid, build_to_file
from kg.errors import KgError
from kg.export import FORMATS, read_graph, serialize, write_atomic
from kg.query import GRAPH_FORMATS, TABLE_FORMATS, read_query, run
from kg.render import table
from kg.store import open_store
from kg.validate import validate


class KgGroup(click.Group):
    """Turns a user's mistake (a ``KgError``) into one line on stderr and exit 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NotValid as err:
            click.echo(str(err.report), err=True)
            click.echo(f"kg: error: {err}; nothing was written", err=True)
            ctx.exit(1)
        except KgError as err:
            click.echo(f"kg: error: {err}", err=True)
            ctx.exit(2)


def emit(data: bytes | str, output: Path | None) -> None:
    """Write to ``output`` atomically, or to stdout."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if output is None:
        sys.stdout.buffer.write(raw)
        sys.stdout.flush()
    else:
        write_atomic(output, raw)


def output_options(formats: tuple[str, ...], default: str | None) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--format`` and ``-o/--output``, the same for every command that prints results."""

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        @click.option(
            "--format", "-f", "fmt", type=click.Choice(formats), default=default, show_default=bool(default),
            help="Output format: " + ", ".join(formats) + ".",
        )
        @click.option(
            "--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
            help="Write to this file (atomically) instead of standard output.",
        )
        @functools.wraps(command)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            return command(*args, **kwargs)

        return wrapper

    return decorate


data_option = click.option(
    "--data", "-d", "data", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
    help="Graph file(s) to use (Turtle, N-Triples, JSON-LD, RDF/XML). Default: build the bundled corpus in memory.",
)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg-news")
def main() -> None:
    """kg: knowledge graphs of defence and diplomacy news, every fact traced to
    the words of its article.

    \b
    kg build                         build the bundled corpus into graph.ttl
    kg validate graph.ttl            check a graph against the SHACL shapes
    kg query queries/who-met-whom.rq ask a question in SPARQL
    """


@main.command("build")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=resources.DEFAULT_OUTPUT,
    show_default=True, help="Where to write the graph; the format follows the extension.",
)
@click.option("--format", "-f", "fmt", type=click.Choice(tuple(FORMATS)), help="Output format (default: from the extension).")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def build_command(paths: tuple[Path, ...], output: Path, fmt: str | None, quiet: bool) -> None:
    """Build a validated graph from articles and their fact files.

    PATHS are corpus folders, article folders or facts.yaml files; with none,
    the bundled corpus is built. The graph is written only if it conforms to
    the SHACL shapes; otherwise the violations are listed and the exit code is 1.

    \b
    kg build
    kg build corpus/report-2025-12-04-coaker-baku -o coaker.ttl
    kg build corpus/ -o graph.jsonld
    """
    result = build_to_file(list(paths) or None, output, fmt)
    if not quiet:
        click.echo(table(["", "count"], [[k, str(v)] for k, v in result.summary().items()], title=f"Built {output}"), nl=False)
        click.echo(f"SHACL: {result.report}")


@main.command("validate")
@click.argument("graph", type=click.Path(path_type=Path))
def validate_command(graph: Path) -> None:
    """Check a graph against kg's SHACL shapes.

    Exit code 0: it conforms; 1: violations (each listed with the entity it is
    about and what is wrong); 2: the file cannot be read.

    \b
    kg validate graph.ttl
    """
    report = validate(read_graph(graph))
    click.echo(str(report))
    if not report.conforms:
        click.echo(f"kg: {len(report.violations)} violations in {graph}", err=True)
        sys.exit(1)


@main.command("export")
@click.argument("graph", type=click.Path(path_type=Path))
@output_options(tuple(FORMATS), "ttl")
def export_command(graph: Path, fmt: str, output: Path | None) -> None:
    """Convert a graph to Turtle, JSON-LD, N-Triples or RDF/XML (deterministic output).

    \b
    kg export graph.ttl --format jsonld -o graph.jsonld
    kg export graph.ttl --format xml -o graph.rdf    # for Protégé
    """
    emit(serialize(read_graph(graph), fmt), output)


@main.command("query")
@click.argument("query")
@data_option
@click.option(
    "--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
    help="Bind a variable: <iri>, a prefixed name (kgr:baku) or a plain string. Repeatable.",
)
@output_options(TABLE_FORMATS + tuple(f for f in GRAPH_FORMATS if f not in TABLE_FORMATS), None)
def query_command(query: str, data: tuple[Path, ...], params: tuple[str, ...], fmt: str | None, output: Path | None) -> None:
    """Run a SPARQL query (a .rq file or the query's text) on a graph.

    SELECT and ASK print a table, or W3C CSV, TSV, JSON or XML results;
    CONSTRUCT and DESCRIBE print Turtle (or N-Triples, JSON-LD, RDF/XML).
    kg's prefixes (kgo:, kgr:, schema:, ...) are declared for you.

    \b
    kg query queries/who-met-whom.rq
    kg query queries/timeline.rq --data graph.ttl --format csv
    kg query "SELECT ?p WHERE { ?p a kgo:Person }" --format json
    kg query queries/evidence.rq --param event=kgr:article/report-2025-12-04-coaker-baku/arms-embargo-lifted
    """
    values = {}
    for param in params:
        name, sep, value = param.partition("=")
        if not sep:
            raise KgError(f"--param {param!r}: write NAME=VALUE")
        values[name.lstrip("?$")] = value
    parsed = read_query(query)
    result = run(parsed, open_store(list(data) or None), values)
    if result.kind == "graph":
        emit(result.serialize(fmt or "ttl"), output)
    elif (fmt or "table") == "table":
        columns, rows = result.table()
        emit(table(columns, rows) + f"{len(rows)} rows\n", output)
    else:
        emit(result.serialize(fmt), output)


# --- the relationship network (issue 3) ---------------------------------------
# Each command is a few lines over kg.network, kg.analysis, kg.interchange and kg.draw.


@main.command("analyze")
@data_option
@output_options(("table", "json"), "table")
def analyze_command(data: tuple[Path, ...], fmt: str, output: Path | None) -> None:
    """Who is central: degree and betweenness centrality, connected components
    and Louvain communities of the actor network (a table, or JSON for programs).

    \b
    kg analyze
    kg analyze --data graph.ttl --format json -o analysis.json
    """
    from kg.analysis import analyze
    from kg.network import load_network

    result = analyze(load_network(data))
    emit(result.to_json() if fmt == "json" else result.to_table(), output)


@main.command("path")
@click.argument("source")
@click.argument("target")
@data_option
@click.option(
    "--limit", type=click.IntRange(min=1), default=20, show_default=True, help="Show at most this many paths."
)
@output_options(("table", "json"), "table")
def path_command(
    source: str, target: str, data: tuple[Path, ...], limit: int, fmt: str, output: Path | None
) -> None:
    """The shortest connections between two actors, with the events along the way.

    Actors are named by a label in English or Azerbaijani, an alias or an id;
    an unknown or ambiguous name is an error that lists the candidates.

    \b
    kg path "Vernon Coaker" "Armenia"
    kg path "Vernon Koaker" "İlham Əliyev" --data graph.ttl --format json
    """
    from kg.analysis import connect
    from kg.network import load_network

    result = connect(load_network(data), source, target, limit)
    emit(result.to_json() if fmt == "json" else result.to_table(), output)


@main.command("network")
@data_option
@click.option("--bipartite", is_flag=True, help="Export the actor–event graph instead of the actor network.")
@output_options(("graphml", "gexf", "json"), "graphml")
def network_command(data: tuple[Path, ...], bipartite: bool, fmt: str, output: Path | None) -> None:
    """Export the actor network for Gephi (GEXF), Cytoscape or yEd (GraphML) or d3 (node-link JSON).

    \b
    kg network --format graphml -o network.graphml
    kg network --data graph.ttl --format gexf -o network.gexf
    kg network --bipartite --format json -o actors-events.json
    """
    from kg.interchange import to_bytes
    from kg.network import load_network

    emit(to_bytes(load_network(data), fmt, bipartite), output)


@main.command("draw")
@data_option
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The picture to write: .html (interactive, works offline), .svg or .png.")
@click.option("--focus", help="Draw only this actor's neighbourhood (a label in either language).")
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True,
              help="With --focus: how many steps from the actor.")
@click.option("--title", help="The picture's title.")
def draw_command(data: tuple[Path, ...], output: Path, focus: str | None, depth: int, title: str | None) -> None:
    """Draw the actor network: an interactive page, or a static picture for a report.

    \b
    kg draw -o network.html
    kg draw --data graph.ttl -o network.svg
    kg draw --focus "Vernon Coaker" --depth 2 -o ego.html
    """
    from kg.draw import DRAW_FORMATS, draw, format_of
    from kg.network import find_actor, load_network, neighbourhood

    fmt = format_of(output, DRAW_FORMATS)
    network = load_network(data)
    if focus:
        centre = network.actor_info[find_actor(network, focus)].label
        network = neighbourhood(network, focus, depth)
        title = title or f"{centre} and the actors within {depth} step(s)"
    emit(draw(network, fmt, title), output)


@main.command("timeline")
@data_option
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The picture to write: .svg or .png.")
@click.option("--title", help="The picture's title.")
def timeline_command(data: tuple[Path, ...], output: Path, title: str | None) -> None:
    """Put the events on a time axis: a month-precise event as that month's span,
    a date known only as a bound ("not after publication") as an open arrow.

    \b
    kg timeline -o timeline.svg
    kg timeline --data graph.ttl -o timeline.png
    """
    from kg.draw import TIMELINE_FORMATS, format_of, timeline
    from kg.network import load_network

    emit(timeline(load_network(data), format_of(output, TIMELINE_FORMATS), title), output)
