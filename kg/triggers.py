"""The trigger list: Azerbaijani phrases of the ontology's event classes, read from data.

``ontology/triggers.yaml`` lists, for each event class of ``kg.ttl``, the
phrases that report it (``görüşüb``, ``səfər edib``, ``imzalayıb``), with the
words a sentence must also have or must not have; and the title words,
name heads and surname endings that ``kg extract`` reads names by. A class
that the ontology lacks is an error, so the list and the ontology agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from kg import resources
from kg.aztext import fold
from kg.errors import KgError

TRIGGERS = resources.ONTOLOGY_DIR / "triggers.yaml"


@dataclass(frozen=True)
class Rule:
    event_type: str
    frame: str
    phrases: tuple[tuple[str, ...], ...]
    requires: tuple[str, ...] = ()
    excludes: tuple[tuple[str, ...], ...] = ()
    refine: dict[str, str] = field(default_factory=dict)
    passive: bool = False


@dataclass(frozen=True)
class Lexicon:
    rules: tuple[Rule, ...]
    titles: tuple[str, ...]
    heads: dict[str, str]  # folded head word → entity type
    surnames: tuple[str, ...]


def pattern_match(pattern: str, word: str) -> bool:
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


@cache
def lexicon(path: Path = TRIGGERS) -> Lexicon:
    """Read the trigger list; a mistake in it is a ``KgError`` naming the file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise KgError(f"cannot read the trigger list: {err}", where=path) from None
    if not isinstance(data, dict):
        raise KgError("expected a mapping of event classes to rules", where=path)
    from kg.ontology import vocabulary

    classes = vocabulary().event_types
    rules = []
    for name, entries in data.items():
        if name in {"titles", "heads", "surnames"}:
            continue
        if name not in classes:
            raise KgError(f"{name!r} is not an event class of the ontology ({', '.join(classes)})", where=path)
        for entry in entries:
            rules.append(
                Rule(
                    event_type=name,
                    frame=entry["frame"],
                    phrases=tuple(tuple(fold(p).split()) for p in entry["words"]),
                    requires=tuple(fold(r) for r in entry.get("requires", ())),
                    excludes=tuple(tuple(fold(p).split()) for p in entry.get("excludes", ())),
                    refine=dict(entry.get("refine", {})),
                    passive=bool(entry.get("passive", False)),
                )
            )
    heads = {fold(word): kind for kind, words in data.get("heads", {}).items() for word in words}
    return Lexicon(
        tuple(rules),
        tuple(fold(t) for t in data.get("titles", ())),
        heads,
        tuple(fold(s) for s in data.get("surnames", ())),
    )
