"""kg build, validate, export and stats: the main job and what it writes."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg import resources
from kg.build import OUTPUT_FORMATS
from kg.build.cache import DEFAULT_FOLDER as DEFAULT_CACHE
from kg.cli.group import main
from kg.cli.options import data_option, emit, output_options
from kg.graph import FORMATS
from kg.validate import VALIDATORS

if TYPE_CHECKING:
    from rich.progress import Progress


@main.command("build")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--output", "-o", type=click.Path(path_type=Path), default=resources.DEFAULT_OUTPUT,
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
    from kg.build.assemble import build_to_file
    from kg.store.render import table

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
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

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
    from kg.validate.shacl import validate_file

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
    from kg.graph.serialization import read_graph, serialize

    emit(serialize(read_graph(graph), fmt), output)


@main.command("stats")
@data_option
@output_options(("table", "json"), "table")
def stats_command(data: tuple[Path, ...], fmt: str, output: Path | None) -> None:
    """Describe a graph: articles, entities, events by type, triples, date range.

    \b
    kg stats
    kg stats --data graph.ttl --format json
    """
    from kg.store.embedded import open_store
    from kg.store.render import table
    from kg.store.stats import stats

    ontology = open_store([resources.ONTOLOGY], with_ontology=False)
    result = stats(open_store(list(data) or None), ontology_triples=len(ontology))
    if fmt == "json":
        document = {"triples": result.triples, **result.counts, "events by type": result.events, **result.dates}
        emit(json.dumps(document, indent=2, ensure_ascii=False) + "\n", output)
    else:
        emit(table(["", "value"], result.rows()), output)
