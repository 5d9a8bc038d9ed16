"""The options every command shares, declared once: output format and file, data, server credentials."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kg.atomic import write_atomic


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
            type=click.Path(path_type=Path),
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
                "--timeout",
                type=click.FloatRange(min=0, min_open=True),
                help="Seconds to wait for each answer (a server: default 30, env KG_TIMEOUT; the embedded store: "
                "no limit unless given).",
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
