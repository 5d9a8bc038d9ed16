"""Finding the articles to build: corpus folders, article folders or fact files."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kg import resources
from kg.errors import KgError
from kg.facts.article import load_article
from kg.facts.drafts import with_drafted_entities
from kg.facts.model import FACTS, Article, Register
from kg.facts.register import find_register, load_register
from kg.ontology import vocabulary


@dataclass(frozen=True)
class Corpus:
    """The register and the articles of one build."""

    register: Register
    articles: tuple[Article, ...]
    drafted_entities: frozenset[str] = frozenset()  # ids read from entities.draft.yaml (--include-drafts)


def article_folders(paths: Sequence[Path]) -> list[Path]:
    """The article folders that ``paths`` name, sorted, each once.

    A path may be an article folder, a ``facts.yaml`` in one, or a corpus
    folder (every folder below it that holds a ``facts.yaml``).
    """
    found: list[Path] = []
    for path in paths:
        if not path.exists():
            raise KgError("no such file or folder", where=path)
        if path.is_file():
            if path.name != FACTS:
                raise KgError(f"not a fact file; give an article folder, a corpus folder or a {FACTS}", where=path)
            found.append(path.parent)
        elif (path / FACTS).is_file():
            found.append(path)
        else:
            below = sorted(_article_folders_below(path))
            if not below:
                raise KgError(f"no article folders (with a {FACTS}) in this folder", where=path)
            found.extend(below)
    unique = sorted({p.resolve(): p for p in found}.items())
    return [p for _, p in unique]


def _article_folders_below(root: Path) -> list[Path]:
    """Folders below ``root`` that hold a fact file; article folders and hidden
    folders (``.kg-cache``, ``.git``) are not searched further."""
    found = []
    for folder, subfolders, files in os.walk(root):
        if FACTS in files and Path(folder) != root:
            found.append(Path(folder))
            subfolders.clear()
        else:
            subfolders[:] = [name for name in subfolders if not name.startswith(".")]
    return found


def corpus_folders(paths: Sequence[Path] | None = None) -> tuple[list[Path], Path]:
    """The article folders that ``paths`` name (the bundled corpus by default) and
    their one entity register; two folders of one name are refused, since folder
    names are the articles' identities."""
    folders = article_folders(list(paths) if paths else [resources.CORPUS_DIR])
    registers = {find_register(folder) for folder in folders}
    if len(registers) > 1:
        names = ", ".join(str(r) for r in sorted(registers))
        raise KgError(f"these articles use different entity registers ({names}); build one corpus at a time")
    seen: dict[str, Path] = {}
    for folder in folders:
        name = folder.resolve().name
        if name in seen:
            raise KgError(
                f"two article folders are named {name!r} ({seen[name]}); "
                "folder names are the articles' identities and must differ",
                where=folder,
            )
        seen[name] = folder
    return folders, registers.pop()


def load_corpus(paths: Sequence[Path] | None = None, include_drafts: bool = False) -> Corpus:
    """Read every article that ``paths`` name (the bundled corpus by default).

    With ``include_drafts``, items still marked ``review: draft`` are read too,
    and so are the drafted entities of ``entities.draft.yaml`` beside the register.
    """
    folders, register_path = corpus_folders(paths)
    vocab = vocabulary()
    register = load_register(register_path, vocab)
    drafted: frozenset[str] = frozenset()
    if include_drafts:
        register, drafted = with_drafted_entities(register, vocab)
    articles = [load_article(folder, register, vocab, include_drafts) for folder in folders]
    return Corpus(register, tuple(articles), drafted)
