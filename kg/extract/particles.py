"""The small words inside foreign names: Arabic articles ("Faysal əl-Xəlili") and European particles
("Piter van Dam", "P.van Dam", "Ursula fon der Lyayen"; the lexicon's ``name_particles``).

A particle belongs to a name only after its first word and before a capitalised word; it is not
counted among the name's two or three words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.linking import INITIAL
from kg.extract.text import Word, fold

if TYPE_CHECKING:
    from kg.extract.context import Context
    from kg.extract.morphology import Analysis

ARTICLE = re.compile(r"^(əl|al|əs|əd|ən|ər|ət|əz|ibn|bin)-[A-ZƏÇŞÖÜĞİ]")


def capitalised(word: str, inside: bool) -> bool:
    """A name's word: capitalised, or after its first word an Arabic article before one ("Faysal əl-Xəlili")."""
    return word[:1].isupper() or (inside and ARTICLE.match(word) is not None)


def particles_end(ctx: Context, words: tuple[Word, ...], j: int) -> int:
    """Where the particles from word ``j`` end, if a capitalised word follows them ("van Dam", "fon der Lyayen");
    else ``j``."""
    k = j
    while k < len(words) and words[k].folded in ctx.lex.name_particles:
        k += 1
    return k if k < len(words) and words[k].text[:1].isupper() else j


def words_of_name(ctx: Context, run: list[Word]) -> int:
    """How many words a name has, its particles left out."""
    return len([w for w in run if w.folded not in ctx.lex.name_particles])


def initial_and_particle(ctx: Context, words: tuple[Word, ...], i: int) -> tuple[str, int, Analysis] | None:
    """ "P.van Dam": the person named before with that initial and surname (entity, end, reading)."""
    found = INITIAL.match(words[i].text)
    end = particles_end(ctx, words, i + 1)
    if not found or fold(found.group(2)) not in ctx.lex.name_particles or end == len(words):
        return None
    surname = words[end]
    person = ctx.names.match_initial(Word(found.group(1) + "." + surname.text, surname.start, surname.end))
    return (person[0], end + 1, person[1]) if person else None
