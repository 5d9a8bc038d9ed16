"""Drafted entities: ``entities.draft.yaml`` beside a corpus's register.

``kg extract`` drafts the people, organisations and places that a text names
but the register lacks into ``entities.draft.yaml`` (the register's own
format, so that a reviewed entry can be moved into ``entities.yaml`` as it
is). A build reads them only with ``--include-drafts``; otherwise a fact that
refers to a drafted entity is refused as an unknown entity, like any other.
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import KgError
from kg.facts.model import Register
from kg.facts.register import load_register
from kg.ontology import Vocabulary

DRAFT_REGISTER = "entities.draft.yaml"


def draft_register_path(register: Register) -> Path:
    return register.path.parent / DRAFT_REGISTER


def with_drafted_entities(register: Register, vocab: Vocabulary | None = None) -> tuple[Register, frozenset[str]]:
    """The register together with its drafted entities, and the ids of those."""
    path = draft_register_path(register)
    if not path.is_file():
        return register, frozenset()
    drafted = load_register(path, vocab)
    clash = sorted(set(drafted.entities) & set(register.entities))
    if clash:
        raise KgError(
            f"{', '.join(clash)} is both in the register and drafted; delete the draft once it is in the register",
            where=path,
        )
    return Register(register.path, register.entities | drafted.entities), frozenset(drafted.entities)
