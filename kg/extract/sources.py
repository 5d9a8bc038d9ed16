"""Where the news comes from, and the words that can serve as evidence.

The headline and dateline are not news; "X-ə istinadən" names the source a
sentence cites, "bu barədə ... məlumat verilib" the one that released it (a
news agency relays and is never the source); a quote opening a sentence
("«...», - deyə o bildirib") is the statement's quotation. Evidence must
occur exactly once in the text.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.model import Mention
from kg.extract.text import Sentence, fold
from kg.facts.evidence import QuoteError, locate


def cited_source(
    ctx: Context, sentence: Sentence, mentions: list[Mention]
) -> tuple[tuple[str, str], tuple[int, int]] | None:
    """ "APA-nın Xarici İşlər Nazirliyinə istinadən verdiyi məlumata görə, ...": the organisation cited is the source.

    The sentence goes on to tell its events; the evidence is its words up to "istinadən".
    """
    words = sentence.words
    at = next((k for k, w in enumerate(words) if w.folded == "istinadən"), None)
    if at is None:
        return None
    cited = [m for m in mentions if m.end == at and m.case == "dative"]
    author = source_author(ctx, cited)
    if author is None:
        return None
    evidence = ctx.text[sentence.start : words[at].end]
    if not is_unique_quote(evidence, ctx.text):
        return None
    return (author, evidence), (sentence.start, words[at].end)


def source_author(ctx: Context, mentions: list[Mention]) -> str | None:
    for mention in mentions:
        entity = ctx.names.entities[mention.entity]
        if entity.type != "Organization" or mention.entity == ctx.publisher:
            continue
        if fold(entity.label.split()[0]) in ctx.lex.agencies:
            continue  # a news agency relays; it is not the source
        return mention.entity
    return None


def citation_end(sentence: Sentence) -> int:
    """Where the sentence's own news begins after "X-ə istinadən xəbər verir ki," (0 if it cites no one)."""
    words = [w.folded for w in sentence.words]
    at = next((k for k, w in enumerate(words) if w == "istinadən"), None)
    if at is None:  # "Prezidentin mətbuat xidmətindən AZƏRTAC-a bildirilib ki, ...": told by a press service
        told = next((k for k in range(1, len(words) - 1) if words[k] in _TOLD and words[k + 1] == "ki"), None)
        ablative = told is not None and any(w.endswith(("dan", "dən")) for w in words[:told])
        return told + 2 if ablative and told is not None else 0
    return next((k + 1 for k in range(at, len(words)) if words[k] in {"ki", "görə"}), 0)


_TOLD = {"bildirilib", "bildirilir", "verilib", "verilir", "bildirildi", "bildirilmişdir", "bildiriblər", "bildirdilər"}


def is_header(sentence: Sentence) -> bool:
    """The headline (first line) and the date and time lines under it."""
    return sentence.line == 0 or bool(re.match(r"^-\s*\d", sentence.text))


def names_source(sentence: Sentence) -> bool:
    """A sentence that says where the news comes from: "bu barədə ... məlumat verilib", "... məlumatında deyilir"."""
    folded = " ".join(w.folded for w in sentence.words)
    return "bu barədə" in folded or ("xəbər verir" in folded and "məlumat" in folded)


def is_unique_quote(words: str, text: str) -> bool:
    """The words occur exactly once in the text (so they can serve as evidence)."""
    try:
        locate(words, text)
    except QuoteError:
        return False
    return True


def quotation(sentence: Sentence, text: str) -> str | None:
    match = re.match(r'^["«“](.+?)["»”],?\s*[-—]', sentence.text)
    if match and is_unique_quote(match.group(1), text):
        return match.group(1)
    return None
