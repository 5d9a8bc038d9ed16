"""Finding the exact words of a fact in its article.

A quote is located character by character (Unicode code points, as W3C Web
Annotation's TextPositionSelector counts them) and recorded with a few
characters of context on each side (TextQuoteSelector's prefix and suffix),
so that a reviewer can jump to the sentence and a tool can re-anchor it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

CONTEXT = 32


class QuoteError(ValueError):
    """A quote that is not in the article, or is in it more than once."""


@dataclass(frozen=True)
class Quote:
    """Where a quote stands in an article's text: ``text[start:end] == exact``."""

    exact: str
    start: int
    end: int
    prefix: str
    suffix: str


def locate(quote: str, text: str) -> Quote:
    """Find ``quote`` in ``text``; it must occur exactly once."""
    if not quote.strip():
        raise QuoteError("the quote is empty; copy the article's words that the fact rests on")
    start = text.find(quote)
    if start < 0:
        if unicodedata.normalize("NFC", quote) in text:
            raise QuoteError(
                f"the quote {_short(quote)} has decomposed letters (Unicode NFD) where the article has composed "
                "ones (NFC); save the fact file in NFC"
            )
        raise QuoteError(_not_found(quote, text))
    again = text.find(quote, start + 1)
    if again >= 0:
        raise QuoteError(_ambiguous(quote, text))
    end = start + len(quote)
    return Quote(quote, start, end, text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT])


def _ambiguous(quote: str, text: str) -> str:
    starts = [i for i in range(len(text)) if text.startswith(quote, i)]
    lines = sorted({text.count("\n", 0, i) + 1 for i in starts})
    shown = ", ".join(str(n) for n in lines[:5]) + (", …" if len(lines) > 5 else "")
    return (
        f"the quote {_short(quote)} occurs {len(starts)} times in the article (on its lines {shown}); "
        "quote more of the words around the one you mean, so that the quote occurs exactly once"
    )


def _not_found(quote: str, text: str) -> str:
    low, high = 0, len(quote)  # the longest start of the quote that the article has
    while low < high:
        middle = (low + high + 1) // 2
        if quote[:middle] in text:
            low = middle
        else:
            high = middle - 1
    hint = ""
    if low >= 8:
        hint = (
            f"; the article has {_short(quote[:low], tail=True)} but not what follows: {_short(quote[low : low + 24])}"
        )
    return (
        f"the quote {_short(quote)} is not in the article{hint}; copy the words exactly "
        "as the article writes them (ə, ı, ö, ü, ğ, ş, ç and punctuation included)"
    )


def _short(words: str, width: int = 60, tail: bool = False) -> str:
    words = " ".join(words.split())
    if len(words) > width:
        words = "…" + words[-width + 1 :] if tail else words[: width - 1] + "…"
    return repr(words)
