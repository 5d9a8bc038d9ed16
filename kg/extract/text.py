"""Azerbaijani news text (Latin script): case folding, words, sentences, script checks.

spaCy's Azerbaijani language class (``spacy.blank("az")``: rules only, no
model to download) tokenizes; on top of it this module

- folds case the Azerbaijani way: ``İ`` → ``i`` and ``I`` → ``ı`` (Python's
  ``str.lower`` turns ``İ`` into ``i`` + a combining dot and ``I`` into ``i``);
- joins words that spaCy splits at a hyphen (``ATƏT-in``, ``general-polkovnik``);
- splits sentences at ``.``, ``!``, ``?`` and line breaks, but not after an
  initial (``F.Auld``, ``F. Auld``) or an abbreviation (``gen.``), nor inside
  quotation marks.

Case endings are the morphology stage's (``kg.extract.morphology``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import KgError

AZ_LETTERS = set("əğıöüşç")
ABBREVIATIONS = {"gen", "prof", "dr", "akad", "cən", "b", "m", "s", "məs", "bax", "red", "şək", "min", "mln", "mlrd"}
_QUOTES_OPEN = {"«", "“", "„"}
_QUOTES_CLOSE = {"»", "”"}


def fold(text: str) -> str:
    """Lower case, Azerbaijani style: İ → i, I → ı (unlike ``str.lower``)."""
    return text.replace("İ", "i").replace("I", "ı").lower()


def upper_first(text: str) -> str:
    """Capitalise the first letter, Azerbaijani style: i → İ, ı → I."""
    if not text:
        return text
    first = {"i": "İ", "ı": "I"}.get(text[0], text[0].upper())
    return first + text[1:]


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


# --- Words and sentences ------------------------------------------------------


@dataclass(frozen=True)
class Word:
    text: str
    start: int  # character offsets into the text
    end: int

    @property
    def folded(self) -> str:
        return fold(self.text)


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    words: tuple[Word, ...]
    line: int  # 0-based line of the text it stands on


@Language.component("az_sentence_boundaries")
def _sentence_boundaries(doc: Doc) -> Doc:
    """Sentence starts for Azerbaijani news: see the module's docstring."""
    quoted = False
    starts = {0}
    for i, token in enumerate(doc):
        text = token.text
        if token.is_space and "\n" in text:
            quoted = False
            starts.add(i + 1)
            continue
        if text == '"':
            quoted = not quoted
        elif text in _QUOTES_OPEN:
            quoted = True
        elif text in _QUOTES_CLOSE:
            quoted = False
        if quoted or not (text in {".", "!", "?", "…"} or (text.endswith(".") and len(text) > 1)):
            continue
        if text == "." and not token.whitespace_ and i + 1 < len(doc) and not doc[i + 1].is_space:
            continue  # F.Auld, 2.5
        before = text[:-1] if len(text) > 1 else (doc[i - 1].text if i > 0 else "")
        if (len(before) == 1 and before.isupper()) or fold(before) in ABBREVIATIONS:
            continue  # an initial or an abbreviation
        j = i + 1
        while j < len(doc) and doc[j].text in {'"', "»", "”"}:
            j += 1  # a closing quotation mark after the stop ends this sentence
        if j >= len(doc) or doc[j].is_space:
            continue
        first = doc[j].text[:1]
        if first.isupper() or first.isdigit() or first in {'"', "«", "“", "-", "—"}:
            starts.add(j)
    for i, token in enumerate(doc):
        token.is_sent_start = i in starts
    return doc


@cache
def pipeline() -> Language:
    """spaCy's blank Azerbaijani pipeline (tokenizer only) with kg's sentence boundaries."""
    nlp = spacy.blank("az")
    nlp.add_pipe("az_sentence_boundaries")
    return nlp


_WORD = re.compile(r"\w", re.UNICODE)


def _words(doc: Doc, start: int, end: int) -> Iterator[Word]:
    """The words of a span, with hyphenated words (ATƏT-in, general-polkovnik) joined."""
    tokens = [t for t in doc if start <= t.idx < end and not t.is_space]
    i = 0
    while i < len(tokens):
        first = last = tokens[i]
        j = i
        while (
            j + 2 < len(tokens)
            and tokens[j].whitespace_ == ""
            and tokens[j + 1].text == "-"
            and tokens[j + 1].whitespace_ == ""
            and _WORD.match(tokens[j].text[-1:] or " ")
            and _WORD.match(tokens[j + 2].text[:1] or " ")
        ):
            last = tokens[j + 2]
            j += 2
        yield Word(doc.text[first.idx : last.idx + len(last.text)], first.idx, last.idx + len(last.text))
        i = j + 1


_OPENING = {'"', "“", "«", "„"}


def sentences(text: str) -> list[Sentence]:
    """The sentences of a text, each with its words and character offsets."""
    doc = pipeline()(text)
    bounds: list[tuple[int, int]] = []
    for span in doc.sents:
        tokens = [t for t in span if not t.is_space]
        if not tokens:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if bounds and bounds[-1][1] == -1:  # the quotation mark that opens this sentence
            start = bounds.pop()[0]
        if len(tokens) > 1 and tokens[-1].text in _OPENING and tokens[-2].text in {".", "!", "?"}:
            # 'görüşüb. "Bu ..."': spaCy leaves the opening quotation mark with the sentence before
            bounds.append((start, tokens[-2].idx + 1))
            bounds.append((tokens[-1].idx, -1))
            continue
        bounds.append((start, end))
    if bounds and bounds[-1][1] == -1:
        start = bounds.pop()[0]
        bounds.append((start, start + 1))
    found: list[Sentence] = []
    for start, end in bounds:
        words = tuple(_words(doc, start, end))
        found.append(Sentence(text[start:end], start, end, words, text.count("\n", 0, start)))
    return found


# --- Is it Azerbaijani at all? ---------------------------------------------------

_COMMON = {"və", "ilə", "bu", "bir", "üçün", "edib", "olub", "ki", "da", "də", "isə", "olaraq", "arasında", "həmçinin"}


def check_azerbaijani(text: str, where: str | None = None) -> None:
    """Refuse, with a clear message, a text that is not Azerbaijani in Latin script."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        raise KgError(
            "the text has no words; give the article's text (UTF-8, Azerbaijani in Latin script)", where=where
        )
    latin = sum(1 for c in letters if c.isascii() or fold(c) in AZ_LETTERS or c in "İI")
    if latin / len(letters) < 0.8:
        cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
        script = "Cyrillic" if cyrillic > len(letters) / 2 else "another script"
        raise KgError(
            f"the text is in {script}; kg extract reads Azerbaijani news in Latin script "
            "(transliterate it, or write its fact file by hand)",
            where=where,
        )
    words = {fold(w) for w in re.findall(r"\w+", text)}
    azeri_letters = sum(1 for c in letters if fold(c) in AZ_LETTERS)
    if azeri_letters and "ə" not in fold(text) and len(letters) >= 40:
        raise KgError(
            "the text has no ə, which Azerbaijani writes in nearly every sentence (is it Turkish?); "
            "kg extract reads Azerbaijani news in Latin script",
            where=where,
        )
    if azeri_letters == 0 and len(words & _COMMON) < 2:
        raise KgError(
            "the text does not look Azerbaijani (no ə, ğ, ı, ö, ü, ş, ç and none of its common words); "
            "kg extract reads Azerbaijani news in Latin script",
            where=where,
        )


def initialled(text: str, word: str) -> bool:
    """The word is written somewhere in ``text`` after an initial ("N.Sultanlı"): it is a person's surname."""
    return re.search(rf"\b[A-ZƏÇŞÖÜĞİ]\.\s?{re.escape(word)}\b", text) is not None


def quoted_words(sentence: Sentence) -> set[int]:
    """The indices of the words inside quotation marks (« », “ ”, " ")."""
    inside, quoted = False, set()
    for k, word in enumerate(sentence.words):
        if word.text in {'"', "«", "»", "“", "”"}:
            inside = word.text in {"«", "“"} or (word.text == '"' and not inside)
            continue
        if inside:
            quoted.add(k)
    return quoted
