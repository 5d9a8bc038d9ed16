"""The tenses of a trigger's verb: a perfect (``qəbul edib``) also read as ``qəbul etdi``, ``qəbul etmişdir``.

The agencies mostly write the perfect (-ıb), and the trigger lists are
written in it; AZƏRTAC and the ministries' releases often write the definite
past (-dı) or the literary perfect (-mışdır). The endings are data
(``lexicon/tenses.yaml``); this module turns a perfect into its other forms,
with vowel harmony, the plural and the stems that change before them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kg.errors import KgError
from kg.extract.text import fold

TENSES_FILE = Path(__file__).parent / "lexicon" / "tenses.yaml"
VOWELS = set("aıoueəiöü")


@dataclass(frozen=True)
class Tenses:
    perfect: tuple[str, ...]  # ıb ib ub üb
    plural: tuple[str, ...]  # lar lər
    forms: tuple[str, ...]  # written with ı
    plural_forms: tuple[str, ...]
    stems: dict[str, str]
    own_y: frozenset[str]
    converb: tuple[str, ...]  # araq ərək (none: no converb)
    no_converb: frozenset[str]  # ol: "uyğun olaraq" (accordingly) is an adverb


@cache
def tenses(path: Path = TENSES_FILE) -> Tenses:
    """The tense table; a mistake in it is a ``KgError`` naming the file."""
    try:
        data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        found = Tenses(
            tuple(data["perfect"]),
            tuple(data["plural"]),
            tuple(data["forms"]),
            tuple(data["plural_forms"]),
            dict(data.get("stems") or {}),
            frozenset(data.get("own_y") or ()),
            tuple(data.get("converb") or ()),
            frozenset(data.get("no_converb") or ()),
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError) as err:
        raise KgError(f"cannot read the tense table: {err}", where=path) from None
    if len(found.perfect) != 4 or len(found.plural) != 2:
        raise KgError("give the perfect's 4 forms (ıb ib ub üb) and the plural's 2 (lar lər)", where=path)
    if found.converb and len(found.converb) != 2:
        raise KgError("give the converb's 2 forms (araq ərək)", where=path)
    return found


def other_tenses(word: str) -> tuple[str, ...]:
    """``edib`` → ``etdi``, ``etmiş``, ``etmişdir``; ``imzalayıblar`` → ``imzaladılar`` ...; else nothing."""
    table = tenses()
    folded = fold(word)
    found = re.fullmatch(rf"(\w+?)({'|'.join(table.perfect)})({'|'.join(table.plural)})?", folded)
    if found is None or len(found.group(1)) < 2:
        return ()
    stem, perfect, plural = found.groups()
    converb = (
        () if plural or stem in table.no_converb or not table.converb else (stem + table.converb[perfect[0] in "iü"],)
    )
    if stem.endswith("y") and stem[-2] in VOWELS and stem not in table.own_y:
        stem = stem[:-1]  # imzala-y-ıb: the buffer
    stem = table.stems.get(stem, stem)
    vowel = perfect[0]
    forms = table.plural_forms if plural else table.forms
    harmonic = [f.replace("ı", vowel) for f in forms]
    if plural:
        front = plural == table.plural[1]
        harmonic = [f[: -len(table.plural[0])] + table.plural[1 if front else 0] for f in harmonic]
    return tuple(stem + f for f in harmonic) + converb


def in_every_tense(phrase: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The phrase, and the same with its last word in the other tenses (``qəbul edib`` → ``qəbul etdi`` ...)."""
    if not phrase or phrase[-1].endswith("*"):
        return [phrase]
    return [phrase, *((*phrase[:-1], form) for form in other_tenses(phrase[-1]))]


def is_converb(word: str) -> bool:
    """ "görüşərək", "imzalayaraq": the converb, whose event the verb after it may tell again."""
    converbs = tenses().converb
    return bool(converbs) and fold(word).endswith(tuple(converbs))
