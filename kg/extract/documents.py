"""What was signed: the words a signing names it by, and the ``Agreement`` entity they name.

``hərbi əməkdaşlıq planını imzalayıblar`` signed the plan: the entity's label
is the document's name in the nominative (``hərbi əməkdaşlıq planı``). The
head word's case is read against the document heads of the lexicon
(``plan*``, ``müqavilə*``): what follows the head's stem is a possessive
(the ``-ı`` of a compound, kept), then a case ending (removed):

- accusative: ``planını`` → ``planı``, ``müqaviləni`` → ``müqavilə``,
  ``haqqında sazişi imzalayıblar`` → ``saziş`` (a simple noun after a
  postposition; ``əməkdaşlıq memorandumu imzalayıblar`` is a compound, kept);
- dative (``protokoluna imza atıblar`` → ``protokolu``), genitive
  (``protokolunun imzalanması`` → ``protokolu``).

A name the register has (an Agreement's label or alias, or the same last
three words, when only one agreement ends so) is linked; anything else is
drafted once, for the reviewer to name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.context import Context
from kg.extract.lexicon import pattern_match
from kg.extract.text import fold

if TYPE_CHECKING:
    from kg.extract.trigger import Trigger

VOWELS = "aıoueəiöü"
POSTPOSITIONS = {"haqqında", "dair", "üzrə", "barədə"}
SHARED_WORDS = 3  # the last words a drafted name must share with a register agreement to be it

# What may follow a head's stem, and how much of it the nominative keeps: "poss" (a compound's possessive).
_COMPOUND = re.compile(r"^(?P<poss>s?[ıiuü])(n[ıiuü]n|n[ıiuü]|n[ae])$")  # planını, protokolunun, protokoluna
_AFTER_VOWEL = re.compile(r"^(n[ıiuü]n|n[ıiuü]|y[ae])$")  # müqaviləni, müqavilənin, müqaviləyə
_AFTER_CONSONANT = re.compile(r"^([ıiuü]n|[ae])$")  # protokolun, protokola
_POSSESSIVE = re.compile(r"^s?[ıiuü]$")  # planı: a compound's nominative, or a simple noun's accusative


def nominative(words: str, stems: tuple[str, ...], passive: bool) -> str:
    """The document's name in the nominative (``hərbi əməkdaşlıq planını`` → ``hərbi əməkdaşlıq planı``)."""
    *before, head = words.split()
    folded = fold(head)
    stem = next((s for s in sorted(stems, key=len, reverse=True) if folded.startswith(s)), None)
    if stem is None:
        return words
    rest = folded[len(stem) :]
    vowel_stem = stem[-1] in VOWELS
    keep = len(rest)
    if compound := _COMPOUND.match(rest):
        keep = len(compound.group("poss"))
    elif (_AFTER_VOWEL if vowel_stem else _AFTER_CONSONANT).match(rest):
        keep = 0
    elif _POSSESSIVE.match(rest) and not vowel_stem and not passive:
        if not before or fold(before[-1]) in POSTPOSITIONS:
            keep = 0  # "haqqında sazişi imzalayıblar": the accusative of a simple noun
    return " ".join([*before, head[: len(head) - len(rest) + keep]])


def document(trigger: Trigger) -> str | None:
    """The words naming what was signed, ending in a document head (``əməkdaşlıq protokolu``)."""
    words = trigger.sentence.words
    head = next(
        (
            k
            for k in range(trigger.start - 1, -1, -1)
            if any(pattern_match(d, words[k].folded) for d in trigger.ctx.lex.documents)
        ),
        None,
    )
    if head is None:
        return None
    covered = {k for m in trigger.mentions for k in range(m.group_start, m.end)}
    covered |= {k for k, w in enumerate(words) if any(d.start <= w.start < d.end for d in trigger.dates)}
    k = head
    while k > 0 and head - k < 8 and words[k - 1].text[:1].isalpha() and k - 1 not in covered:
        before = words[k - 1]
        part = any(pattern_match(d, before.folded) for d in trigger.ctx.lex.documents)  # "Anlaşma Memorandumu"
        if before.folded in trigger.ctx.lex.stop_words or (before.text[:1].isupper() and not part):
            break
        if trigger.ctx.lex.is_title(before.text) or (trigger.ctx.lex.is_common(before.text) and not part):
            if before.text[:1].isupper() or trigger.ctx.lex.is_title(before.text):
                break  # "Görüşün sonunda nazirlər ... planını": the signers, not the plan's name
        k -= 1
    return trigger.ctx.text[words[k].start : words[head].end]


def agreement(ctx: Context, words: str, passive: bool, evidence: str) -> str:
    """The id of the Agreement the words name: the register's, or one drafted once."""
    label = nominative(words, ctx.lex.document_stems, passive)
    key = fold(label).split()
    same, ending = [], []
    for entity in ctx.register.entities.values():
        if entity.type.fragment != "Agreement":
            continue
        names = [fold(n).split() for n in (entity.labels.get("az", ""), *entity.aliases.get("az", ()))]
        if key in names:
            same.append(entity.id)
        elif len(key) >= SHARED_WORDS and any(n[-SHARED_WORDS:] == key[-SHARED_WORDS:] for n in names):
            ending.append(entity.id)
    if len(same) == 1 or (not same and len(ending) == 1):
        return (same or ending)[0]
    return ctx.names.new_entity("Agreement", label, evidence, 0.5)
