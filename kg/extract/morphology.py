"""Base forms of Azerbaijani names: case endings removed by vowel harmony.

The endings are data (``lexicon/endings.yaml``); this module reads them and
produces every reading of a word as base + one ending (``Bakıda`` = ``Bakı`` +
locative ``da``; ``Nazirliyindən`` = ``Nazirliyi`` + ablative ``ndən``;
``ATƏT-in`` = ``ATƏT`` + genitive ``in``). Choosing between readings is the
linking stage's business (it knows which bases are names).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from kg.errors import KgError
from kg.extract.text import fold

BACK = set("aıou")
FRONT = set("eəiöü")
VOWELS = BACK | FRONT
ENDINGS_FILE = Path(__file__).parent / "lexicon" / "endings.yaml"
_FOUR = {"a": 0, "ı": 0, "e": 1, "ə": 1, "i": 1, "o": 2, "u": 2, "ö": 3, "ü": 3}


@dataclass(frozen=True)
class Ending:
    """A case ending: its forms by vowel harmony, and what the stem ends in."""

    case: str
    forms: tuple[str, ...]  # 2-way (a/ə) or 4-way (ı/i/u/ü) forms, in that order
    after: str  # "consonant", "vowel", "possessive" or "any"

    @property
    def bare_vowel(self) -> bool:
        return len(self.forms[0]) == 1


@cache
def endings(path: Path = ENDINGS_FILE) -> tuple[Ending, ...]:
    """The ending table; a mistake in it is a ``KgError`` naming the file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found = tuple(Ending(e["case"], tuple(fold(f) for f in e["forms"]), e["after"]) for e in data["endings"])
    except (OSError, yaml.YAMLError, KeyError, TypeError) as err:
        raise KgError(f"cannot read the ending table: {err}", where=path) from None
    for ending in found:
        if len(ending.forms) not in (2, 4) or ending.after not in {"vowel", "consonant", "possessive", "any"}:
            raise KgError(f"ending {ending.forms}: give 2 or 4 forms and a known 'after'", where=path)
    return found


def last_vowel(word: str) -> str | None:
    for char in reversed(fold(word)):
        if char in VOWELS:
            return char
    return None


def _harmonic(stem: str, ending: Ending, form: str) -> bool:
    vowel = last_vowel(stem)
    if vowel is None:  # an acronym (ATƏT-in): spelled by its letters, any form goes
        return True
    index = ending.forms.index(form)
    if len(ending.forms) == 2:
        return index == (0 if vowel in BACK else 1)
    return index == _FOUR[vowel]


def _follows(stem: str, after: str) -> bool:
    end = fold(stem)[-1:]
    if after == "any":
        return True
    if after == "vowel":
        return end in VOWELS
    if after == "consonant":
        return end.isalpha() and end not in VOWELS
    return end in {"ı", "i", "u", "ü"}  # possessive


@dataclass(frozen=True)
class Analysis:
    """A word as base + ending: ``Bakıda`` = ``Bakı`` + locative ``da``."""

    base: str
    case: str  # "nominative" when no ending was removed
    ending: str = ""
    bare_vowel: bool = False


@cache
def analyses(word: str) -> list[Analysis]:
    """Every reading of ``word`` as a base with one case ending, the bare word first."""
    found = [Analysis(word, "nominative")]
    table = endings()
    hyphen = word.rfind("-")
    if hyphen > 0 and fold(word[hyphen + 1 :]) in {f for e in table for f in e.forms}:
        # ATƏT-in, NATO-nun: the ending is written after a hyphen (abbreviations, foreign names)
        ending = fold(word[hyphen + 1 :])
        case = next(e.case for e in table if ending in e.forms)
        return [*found, Analysis(word[:hyphen], case, ending)]
    folded = fold(word)
    for ending in table:
        for form in ending.forms:
            if not folded.endswith(form) or len(folded) - len(form) < 2:
                continue
            stem = word[: len(word) - len(form)]
            if _follows(stem, ending.after) and _harmonic(stem, ending, form):
                found.append(Analysis(stem, ending.case, form, ending.bare_vowel))
    return found


def base_name(word: str, known: Collection[str] = ()) -> str:
    """The base form of a name: ``Bakıda`` → ``Bakı``, ``Koakerin`` → ``Koaker``.

    ``known`` holds folded base names (the register's, the text's own words):
    a reading whose base is known wins; a bare-vowel ending is removed only
    then. Otherwise the reading with the longest ending is taken.
    """
    readings = analyses(word)
    if known:
        hits = [a for a in readings if fold(a.base) in known]
        if hits:
            return max(hits, key=lambda a: len(a.ending)).base
    usable = [a for a in readings if not a.bare_vowel]
    return max(usable, key=lambda a: len(a.ending)).base


def reading_with_base(word: str, base: str) -> Analysis:
    """The reading of ``word`` whose base is ``base`` (the bare word if none)."""
    return next((a for a in analyses(word) if a.base == base), analyses(word)[0])
