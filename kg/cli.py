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
@click.option(
    "--include-drafts", is_flag=True,
    help="Also build items of drafted fact files (kg extract) still marked 'review: draft'; the graph marks them.",
)
def build_command(paths: tuple[Path, ...], output: Path, fmt: str | None, quiet: bool, include_drafts: bool) -> None:
    """Build a validated graph from articles and their fact files.

    PATHS are corpus folders, article folders or facts.yaml files; with none,
    the bundled corpus is built. The graph is written only if it conforms to
    the SHACL shapes; otherwise the violations are listed and the exit code is 1.

    \b
    kg build
    kg build corpus/report-2025-12-04-coaker-baku -o coaker.ttl
    kg build corpus/ -o graph.jsonld
    """
    result = build_to_file(list(paths) or None, output, fmt, include_drafts)
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


@main.command("extract")
@click.argument("text", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--published", help="Publication date of the text (YYYY-MM-DD); relative dates are resolved against it.")
@click.option("--publisher", help="Who published it: a register id or name (e.g. Report); never taken for the source.")
@click.option(
    "--corpus", type=click.Path(path_type=Path),
    help="Corpus folder whose register (and entities.draft.yaml) names are linked to. Default: the bundled corpus.",
)
@click.option(
    "--new-entities", type=click.Path(dir_okay=False, path_type=Path),
    help="Where to add drafted new entities. Default: entities.draft.yaml beside the --corpus register, "
    "else beside --output.",
)
@click.option(
    "--evaluate", "gold", type=click.Path(dir_okay=False, path_type=Path),
    help="Score the draft against this reviewed fact file (in its article folder) and print precision and recall.",
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
    help="Write the draft (or the scores) to this file (atomically) instead of standard output.",
)
def extract_command(
    text: Path | None, published: str | None, publisher: str | None, corpus: Path | None,
    new_entities: Path | None, gold: Path | None, output: Path | None,
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
    from kg.evaluate import evaluate, extraction_register
    from kg.extract import extract

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
            click.echo(f"kg: {len(draft.new_entities)} new entities drafted; give --new-entities FILE to keep them",
                       err=True)
        else:
            added = draft_new_entities(draft, target)
            click.echo(f"kg: {added} new entities drafted into {target}", err=True)
