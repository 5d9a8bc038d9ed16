"""kg analyze, path, network, draw and timeline: the relationship network."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kg.cli.group import main
from kg.cli.options import data_option, emit, output_options
from kg.network import NETWORK_FORMATS


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
@output_options(NETWORK_FORMATS, "graphml")
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


def picture_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``-o/--output``, required: the picture's format follows its extension."""
    return click.option("--output", "-o", required=True, type=click.Path(path_type=Path), help=help_text)


@main.command("draw")
@data_option
@picture_option("The picture to write: .html (interactive, works offline), .svg or .png.")
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
    from kg.network.lookup import find_actor, neighbourhood
    from kg.network.projection import load_network

    fmt = format_of(output, DRAW_FORMATS)
    network = load_network(data)
    if focus:
        centre = network.actor_info[find_actor(network, focus)].label
        network = neighbourhood(network, focus, depth)
        title = title or f"{centre} and the actors within {depth} step(s)"
    emit(draw(network, fmt, title), output)


@main.command("timeline")
@data_option
@picture_option("The picture to write: .svg or .png.")
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
