"""kg extract: draft a fact file from an Azerbaijani article's text."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg.cli.group import main
from kg.cli.options import emit
from kg.errors import KgError

if TYPE_CHECKING:
    from kg.extract.model import Draft


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
    type=click.Path(path_type=Path),
    help="Score the draft against this reviewed fact file (in its article folder) and print precision and recall; "
    "or give a folder of article folders to print the figures of the whole set.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
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
    kg extract --evaluate tests/data/extract/test
    """
    try:
        from kg.extract import (
            evaluate,
            evaluate_set,
            extract,
            extraction_register,
            parse_published,
            publisher_id,
            read_text,
            render_facts,
        )
    except ModuleNotFoundError as err:
        if err.name not in {"spacy", "rapidfuzz"}:
            raise
        raise KgError(f"kg extract needs {err.name}: pip install 'kg-news[extract]'") from None

    register = extraction_register(corpus)
    if gold is not None:
        scored = evaluate_set(gold, register) if gold.is_dir() else evaluate(gold, text, register)
        emit(scored.table(), output)
        return
    if text is None:
        raise KgError("give the article's text file (or --evaluate GOLD); see kg extract --help")
    if published is None:
        raise KgError("give --published YYYY-MM-DD: relative dates ('mart ayında') are resolved against it")
    words = read_text(text)
    draft = extract(words, parse_published(published), register, publisher_id(publisher, register), where=str(text))
    emit(render_facts(draft, words.split("\n", 1)[0].strip()), output)
    if draft.new_entities:
        _keep_new_entities(draft, new_entities or _beside(register.path if corpus else None, output))


def _beside(register: Path | None, output: Path | None) -> Path | None:
    """Where drafted entities go by default: beside the --corpus register, else beside the draft."""
    folder = register.parent if register is not None else output.parent if output is not None else None
    return folder / "entities.draft.yaml" if folder is not None else None


def _keep_new_entities(draft: Draft, target: Path | None) -> None:
    from kg.extract import draft_new_entities

    if target is None:
        click.echo(
            f"kg: {len(draft.new_entities)} new entities drafted; give --new-entities FILE to keep them", err=True
        )
    else:
        added = draft_new_entities(draft, target)
        click.echo(f"kg: {added} new entities drafted into {target}", err=True)
