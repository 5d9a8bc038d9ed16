"""Drawing the network or its timeline to a file whose extension says the format."""

from __future__ import annotations

from pathlib import Path

from kg.errors import KgError
from kg.network.model import Network

DRAW_FORMATS = {".html": "html", ".htm": "html", ".svg": "svg", ".png": "png"}
TIMELINE_FORMATS = {".svg": "svg", ".png": "png"}


def format_of(path: Path, allowed: dict[str, str]) -> str:
    """The picture format a file's extension names; another extension is a ``KgError``."""
    fmt = allowed.get(path.suffix.lower())
    if fmt is None:
        raise KgError(
            f"cannot tell the picture format from {path.suffix or 'no extension'!r}; "
            f"end the file name with one of {', '.join(allowed)}",
            where=path,
        )
    return fmt


def draw(network: Network, fmt: str, title: str | None = None) -> bytes:
    """The network as an interactive page (html) or a static picture (svg, png)."""
    if network.actors.number_of_nodes() == 0:
        raise KgError(
            "the graph has no actors taking part in events: nothing to draw; "
            "build it from fact files with events (kg build) and pass it with --data"
        )
    if fmt == "html":
        from kg.network.page import render_page

        return render_page(network, title or "Relationship network")
    from kg.network.picture import draw_picture

    return draw_picture(network, fmt, title or "Relationship network")


def timeline(network: Network, fmt: str, title: str | None = None) -> bytes:
    """The network's events on a time axis (svg, png)."""
    from kg.network.timeline import draw_timeline

    return draw_timeline(network, fmt, title or "Timeline of events")
