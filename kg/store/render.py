"""Tables for people, in the terminal (rich)."""

from __future__ import annotations

from collections.abc import Sequence
from io import StringIO

import pyoxigraph
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kg.namespaces import PREFIXES


def short(term: object) -> str:
    """An RDF term as a person reads it: a prefixed name, or a literal's text."""
    if term is None:
        return ""
    if isinstance(term, pyoxigraph.NamedNode):
        iri = term.value
        for prefix, namespace in sorted(PREFIXES.items(), key=lambda p: -len(str(p[1]))):
            if iri.startswith(str(namespace)):
                return f"{prefix}:{iri[len(str(namespace)) :]}"
        return f"<{iri}>"
    if isinstance(term, pyoxigraph.Literal):
        return term.value
    if isinstance(term, pyoxigraph.BlankNode):
        return f"_:{term.value}"
    return str(term)


def table(columns: Sequence[str], rows: Sequence[Sequence[object]], title: str | None = None) -> str:
    """A boxed table as text (160 columns wide, so that output is the same everywhere)."""
    grid = Table(title=title, show_lines=False, header_style="bold")
    for column in columns:
        grid.add_column(column, overflow="fold")
    for row in rows:
        grid.add_row(*(Text(cell if isinstance(cell, str) else short(cell)) for cell in row))
    buffer = StringIO()
    console = Console(file=buffer, width=160, no_color=True, highlight=False, emoji=False)
    console.print(grid)
    return buffer.getvalue()
