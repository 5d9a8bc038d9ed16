"""The ``kg`` command: a thin click layer over the functions of the kg package."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kg import resources
from kg.build.assemble import build_to_file
from kg.build.cache import DEFAULT_FOLDER as DEFAULT_CACHE
from kg.build.chunks import OUTPUT_FORMATS, NotValid
from kg.errors import KgError
from kg.graph.serialize import FORMATS, read_graph, serialize, write_atomic
from kg.remote.client import run_remote
from kg.remote.endpoint import resolve
from kg.remote.named_graphs import ONTOLOGY_GRAPH, NamedGraph, from_sources, union
from kg.remote.push import DEFAULT_CHUNK, push
from kg.remote.serve import DEFAULT_HOST, DEFAULT_PORT, interrupt_on_signals, serve
from kg.store.embedded import open_store
from kg.store.query import GRAPH_FORMATS, TABLE_FORMATS, read_query, run
from kg.store.render import table
from kg.store.stats import stats
from kg.validate.shacl import VALIDATORS, validate_file


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
            "--format",
            "-f",
            "fmt",
            type=click.Choice(formats),
            default=default,
            show_default=bool(default),
            help="Output format: " + ", ".join(formats) + ".",
        )
        @click.option(
            "--output",
            "-o",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Write to this file (atomically) instead of standard output.",
        )
        @functools.wraps(command)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            return command(*args, **kwargs)

        return wrapper

    return decorate


def remote_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--user, --password and --timeout for commands that talk to a server."""
    for option in reversed(
        [
            click.option("--user", "-u", help="User name for the server. Env: KG_USER."),
            click.option("--password", help="Password (better: KG_PASSWORD or the config file)."),
            click.option(
                "--timeout", type=float, help="Seconds to wait for each answer (default 30). Env: KG_TIMEOUT."
            ),
        ]
    ):
        command = option(command)
    return command


data_option = click.option(
    "--data",
    "-d",
    "data",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
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
)  # fmt: skip
@click.option(
    "--format", "-f", "fmt", type=click.Choice(OUTPUT_FORMATS), help="Output format (default: from the extension)."
)
@click.option(
    "--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True, help="Articles compiled in parallel."
)
@click.option(
    "--cache", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_CACHE, show_default=True,
    help="Folder of compiled articles, reused when nothing they depend on changed (safe to delete).",
)  # fmt: skip
@click.option("--no-cache", is_flag=True, help="Compile every article again and keep nothing.")
@click.option(
    "--validator", type=click.Choice(VALIDATORS), default="pyshacl", show_default=True,
    help="SHACL engine: pySHACL (the reference) or pyshacl-turbo (Rust, same results, much faster).",
)  # fmt: skip
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option(
    "--include-drafts", is_flag=True,
    help="Also build items of drafted fact files (kg extract) still marked 'review: draft'; the graph marks them.",
)  # fmt: skip
def build_command(
    paths: tuple[Path, ...], output: Path, fmt: str | None, jobs: int, cache: Path, no_cache: bool, validator: str,
    quiet: bool, include_drafts: bool,
) -> None:  # fmt: skip
    """Build a validated graph from articles and their fact files.

    PATHS are corpus folders, article folders or facts.yaml files; with none,
    the bundled corpus is built. The graph is written only if it conforms to
    the SHACL shapes; otherwise the violations are listed and the exit code is 1.
    Articles whose files, register, ontology and shapes are unchanged come from
    the cache; --format nq writes one named graph per article.

    \b
    kg build
    kg build corpus/report-2025-12-04-coaker-baku -o coaker.ttl
    kg build corpus/ --jobs 2 --format nq -o graph.nq
    """
    with progress_bar(quiet) as advance:
        result = build_to_file(
            list(paths) or None, output, fmt, jobs=jobs, cache=None if no_cache else cache, validator=validator,
            progress=advance, include_drafts=include_drafts,
        )  # fmt: skip
    if not quiet:
        reused = len(result.articles) - result.compiled
        click.echo(f"Built {output} from {len(result.articles)} articles ({result.compiled} compiled, {reused} cached)")
        click.echo(table(["", "count"], [[k, str(v)] for k, v in result.summary().items()]), nl=False)
        click.echo(f"SHACL: {result.report}")


@contextmanager
def progress_bar(quiet: bool, threshold: int = 20) -> Iterator[Callable[[int, int], None]]:
    """A progress bar on stderr, shown only for builds of more than ``threshold`` articles."""
    shown: list[Progress] = []

    def advance(done: int, total: int) -> None:
        if quiet or total <= threshold:
            return
        if not shown:
            bar = Progress(
                TextColumn("articles"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                console=Console(stderr=True), transient=True,
            )  # fmt: skip
            bar.add_task("articles", total=total)
            bar.start()
            shown.append(bar)
        shown[0].update(shown[0].task_ids[0], completed=done, total=total)

    try:
        yield advance
    finally:
        for bar in shown:
            bar.stop()


@main.command("validate")
@click.argument("graph", type=click.Path(path_type=Path))
@click.option(
    "--validator", type=click.Choice(VALIDATORS), default="pyshacl", show_default=True,
    help="SHACL engine: pySHACL (the reference) or pyshacl-turbo (much faster on large graphs).",
)  # fmt: skip
def validate_command(graph: Path, validator: str) -> None:
    """Check a graph against kg's SHACL shapes.

    Exit code 0: it conforms; 1: violations (each listed with the entity it is
    about and what is wrong); 2: the file cannot be read.

    \b
    kg validate graph.ttl
    kg validate big.nt --validator turbo
    """
    report = validate_file(graph, validator)
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
    values = {}
    for param in params:
        name, sep, value = param.partition("=")
        if not sep:
            raise KgError(f"--param {param!r}: write NAME=VALUE")
        values[name.lstrip("?$")] = value
    parsed = read_query(query)
    endpoint = endpoint or (None if data else os.environ.get("KG_ENDPOINT"))
    if endpoint:
        if data:
            raise KgError("give --data (the embedded store) or --endpoint (a server), not both")
        remote = resolve("endpoint", endpoint, user, password, timeout)
        result = run_remote(parsed, remote, values, graphs)
        from kg.remote.hints import empty_answer_hint

        hint = empty_answer_hint(result, remote, graphs)  # no rows: an empty default graph beside kg's graphs?
    else:
        if graphs:
            raise KgError("--graph names graphs on a server: use it with --endpoint")
        result = run(parsed, open_store(list(data) or None), values)
        hint = None
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


@main.command("stats")
@data_option
@output_options(("table", "json"), "table")
def stats_command(data: tuple[Path, ...], fmt: str, output: Path | None) -> None:
    """Describe a graph: articles, entities, events by type, triples, date range.

    \b
    kg stats
    kg stats --data graph.ttl --format json
    """
    ontology = open_store([resources.ONTOLOGY], with_ontology=False)
    result = stats(open_store(list(data) or None), ontology_triples=len(ontology))
    if fmt == "json":
        document = {"triples": result.triples, **result.counts, "events by type": result.events, **result.dates}
        emit(json.dumps(document, indent=2, ensure_ascii=False) + "\n", output)
    else:
        emit(table(["", "value"], result.rows()), output)


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
        rows = [[p.iri, p.about, str(p.sent), str(p.stored)] for p in pushed]
        verb = "replaced" if replace else "added to"
        title = f"Graphs {verb} at {remote.url}"
        click.echo(table(["graph", "holds", "sent", "in store"], rows, title=title), nl=False)
        from kg.remote.hints import after_push

        for line in after_push(remote, [p.iri for p in pushed]):  # the query URL, and what the store needs
            click.echo(line)


@main.command("serve")
@data_option
@click.option(
    "--port", "-p", type=click.IntRange(1, 65535), default=DEFAULT_PORT, show_default=True, help="Port to listen on."
)
@click.option(
    "--host", default=DEFAULT_HOST, show_default=True, help="Address to listen on (keep 127.0.0.1 unless you mean it)."
)
def serve_command(data: tuple[Path, ...], port: int, host: str) -> None:
    """Serve the graph and the ontology over SPARQL on this machine, for other tools.

    Starts the oxigraph server in memory, loads each article, the register and
    the ontology into named graphs (queries see their union), prints the URLs
    and runs until Ctrl-C.

    \b
    kg serve                       # the bundled corpus
    kg serve --data graph.ttl --port 7879
    kg query queries/timeline.rq --endpoint http://127.0.0.1:7878/query
    """
    interrupt_on_signals()
    server, pushed = serve(from_sources(list(data)), port, host)
    try:
        click.echo(f"SPARQL query endpoint: {server.query_url}")
        click.echo(f"SPARQL update:         {server.update_url}")
        click.echo(f"Graph Store Protocol:  {server.store_url}")
        click.echo(f"{sum(p.stored for p in pushed)} triples in {len(pushed)} named graphs; Ctrl-C stops the server.")
        sys.stdout.flush()
        code = server.process.wait()
        raise KgError(f"the oxigraph server stopped by itself (exit code {code})", where=server.base)
    except KeyboardInterrupt:
        server.stop()
        click.echo("stopped", err=True)
    finally:
        server.stop()


@main.command("extract")
@click.argument("text", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--published", help="Publication date of the text (YYYY-MM-DD); relative dates are resolved against it.")
@click.option("--publisher", help="Who published it: a register id or name (e.g. Report); never taken for the source.")
@click.option(
    "--corpus",
    type=click.Path(path_type=Path),
    help="Corpus folder whose register (and entities.draft.yaml) names are linked to. Default: the bundled corpus.",
)
@click.option(
    "--new-entities",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to add drafted new entities. Default: entities.draft.yaml beside the --corpus register, "
    "else beside --output.",
)
@click.option(
    "--evaluate",
    "gold",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Score the draft against this reviewed fact file (in its article folder) and print precision and recall.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the draft (or the scores) to this file (atomically) instead of standard output.",
)
def extract_command(
    text: Path | None,
    published: str | None,
    publisher: str | None,
    corpus: Path | None,
    new_entities: Path | None,
    gold: Path | None,
    output: Path | None,
) -> None:
    """Draft the fact file of an Azerbaijani news article from its text.

    Every drafted event, post and source says `review: draft` and has a
    confidence and the sentence it came from as evidence; names are linked to
    the register, and people, organisations and places it lacks are drafted
    into entities.draft.yaml. `kg build` refuses unreviewed items unless given
    --include-drafts. With --evaluate, print precision and recall of the draft
    against a reviewed fact file of the same article.

    \b
    kg extract article.txt --published 2025-12-04 --publisher Report -o draft.yaml
    kg extract new/article.txt --published 2026-01-22 --corpus corpus/ -o new/facts.yaml
    kg extract --evaluate corpus/report-2025-12-04-coaker-baku/facts.yaml
    """
    from kg.draftfile import draft_new_entities, parse_published, publisher_id, read_text, render_facts

    try:
        from kg.evaluate import evaluate, extraction_register
        from kg.extract import extract
    except ModuleNotFoundError as err:
        if err.name != "spacy":
            raise
        raise KgError("kg extract needs spaCy: pip install 'kg-news[extract]'") from None

    register = extraction_register(corpus)
    if gold is not None:
        emit(evaluate(gold, text, register).table(), output)
        return
    if text is None:
        raise KgError("give the article's text file (or --evaluate GOLD); see kg extract --help")
    if published is None:
        raise KgError("give --published YYYY-MM-DD: relative dates ('mart ayında') are resolved against it")
    words = read_text(text)
    draft = extract(words, parse_published(published), register, publisher_id(publisher, register), where=str(text))
    emit(render_facts(draft, words.split("\n", 1)[0].strip()), output)
    if draft.new_entities:
        target = new_entities
        if target is None and corpus is not None:
            target = register.path.parent / "entities.draft.yaml"
        if target is None and output is not None:
            target = output.parent / "entities.draft.yaml"
        if target is None:
            click.echo(
                f"kg: {len(draft.new_entities)} new entities drafted; give --new-entities FILE to keep them", err=True
            )
        else:
            added = draft_new_entities(draft, target)
            click.echo(f"kg: {added} new entities drafted into {target}", err=True)


# --- the relationship network ------------------------------------------------------
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
    from kg.network.analysis import analyze
    from kg.network.projection import load_network

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
def path_command(source: str, target: str, data: tuple[Path, ...], limit: int, fmt: str, output: Path | None) -> None:
    """The shortest connections between two actors, with the events along the way.

    Actors are named by a label in English or Azerbaijani, an alias or an id;
    an unknown or ambiguous name is an error that lists the candidates.

    \b
    kg path "Vernon Coaker" "Armenia"
    kg path "Vernon Koaker" "İlham Əliyev" --data graph.ttl --format json
    """
    from kg.network.analysis import connect
    from kg.network.projection import load_network

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
    from kg.network.interchange import to_bytes
    from kg.network.projection import load_network

    emit(to_bytes(load_network(data), fmt, bipartite), output)


@main.command("draw")
@data_option
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The picture to write: .html (interactive, works offline), .svg or .png.",
)
@click.option("--focus", help="Draw only this actor's neighbourhood (a label in either language).")
@click.option(
    "--depth",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="With --focus: how many steps from the actor.",
)
@click.option("--title", help="The picture's title.")
def draw_command(data: tuple[Path, ...], output: Path, focus: str | None, depth: int, title: str | None) -> None:
    """Draw the actor network: an interactive page, or a static picture for a report.

    \b
    kg draw -o network.html
    kg draw --data graph.ttl -o network.svg
    kg draw --focus "Vernon Coaker" --depth 2 -o ego.html
    """
    from kg.network.draw import DRAW_FORMATS, draw, format_of
    from kg.network.projection import find_actor, load_network, neighbourhood

    fmt = format_of(output, DRAW_FORMATS)
    network = load_network(data)
    if focus:
        centre = network.actor_info[find_actor(network, focus)].label
        network = neighbourhood(network, focus, depth)
        title = title or f"{centre} and the actors within {depth} step(s)"
    emit(draw(network, fmt, title), output)


@main.command("timeline")
@data_option
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The picture to write: .svg or .png.",
)
@click.option("--title", help="The picture's title.")
def timeline_command(data: tuple[Path, ...], output: Path, title: str | None) -> None:
    """Put the events on a time axis: a month-precise event as that month's span,
    a date known only as a bound ("not after publication") as an open arrow.

    \b
    kg timeline -o timeline.svg
    kg timeline --data graph.ttl -o timeline.png
    """
    from kg.network.draw import TIMELINE_FORMATS, format_of, timeline
    from kg.network.projection import load_network

    emit(timeline(load_network(data), format_of(output, TIMELINE_FORMATS), title), output)
