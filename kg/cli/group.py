"""The ``kg`` group: a user's mistake becomes one line on stderr, never a traceback."""

from __future__ import annotations

from typing import Any

import click

from kg.errors import KgError


class KgGroup(click.Group):
    """Turns a user's mistake (a ``KgError``) into one line on stderr and its exit code (2; 1 for violations)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as err:
            details = err.details()
            if details:
                click.echo(details, err=True)
            click.echo(f"kg: error: {err}", err=True)
            ctx.exit(err.exit_code)


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
