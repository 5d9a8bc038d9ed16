"""Titles and ranks before a person's name, and the country or organisation they name.

``Türkiyənin milli müdafiə naziri Yaşar Güler``: walking back from the name
over "naziri", "müdafiə", "milli" gives the title, and the genitive country
before it (a *modifier*) the post's country; ``general-leytenant`` is a rank.
"""

from __future__ import annotations

from kg.extract.constructions import carry_country_along_lists, is_date_word
from kg.extract.context import Context
from kg.extract.model import Mention
from kg.extract.morphology import analyses
from kg.extract.text import Sentence, Word, fold


def attach_titles(ctx: Context, sentence: Sentence, found: list[Mention]) -> None:
    """Attach titles and ranks (and the country or organisation they name) to the person they precede."""
    ends = {m.end: m for m in found}
    for mention in found:
        if ctx.kind(mention.entity) != "Person":
            continue
        k, titles, rank = _title_words(ctx, sentence, mention.start, ends)
        if not titles and not rank:
            continue
        mention.group_start, mention.titles, mention.rank = k, tuple(titles), tuple(rank)
        ctx.ranks_of.setdefault(mention.entity, set()).update(rank)
        info = ctx.names.entities[mention.entity]
        if info.new and rank and not info.rank:
            info.rank = " ".join(w.text for w in sentence.words[k : mention.start] if ctx.lex.is_rank(w.text))
        if not any(ctx.lex.is_title(t) for t in titles):
            continue
        ctx.titles_of.setdefault(mention.entity, set()).update(titles)
        _attach_modifiers(ctx, mention, ends, sentence.words)
        mention.country = mention.country or _side_country(ctx, mention.group_start, ends, sentence.words)
    carry_country_along_lists(ctx, sentence, found)


def _title_words(
    ctx: Context, sentence: Sentence, start: int, ends: dict[int, Mention]
) -> tuple[int, list[str], list[str]]:
    """Walk back from a name over its titles and ranks: (where they begin, title words, rank words)."""
    words = sentence.words
    k, titles, rank = start, list[str](), list[str]()
    while k > 0 and len(titles) + len(rank) < 8:
        if k in ends:  # "NATO-nun Cənubi Qafqaz üzrə nümayəndəsi": a place "üzrə" is the post's scope
            if not (titles and k < len(words) and words[k].folded == "üzrə"):
                break
            ends[k].modifier = True
            k = ends[k].start
            continue
        word = words[k - 1]
        if word.folded == "və" and _joins_a_scope(ctx, words, k, titles):
            titles.insert(0, word.folded)
            k -= 1
            continue
        if not word.text[:1].isalnum() or word.folded in ctx.lex.stop_words or is_date_word(ctx, word):
            break
        if word.folded in ctx.lex.side_objects:
            break  # "Gürcüstan nümayəndə heyətinə xarici işlər naziri X": the side, not the title (_side_country)
        if titles and any(p[-1] == word.folded for p in ctx.lex.references.get("guest", ())):
            break  # "nümayəndə heyəti xarici işlər naziri X tərəfindən": the guest, then the host's title
        if word.text[:1].isupper() and ctx.lex.is_common(word.text) and not ctx.lex.is_title(word.text):
            break  # "Mərasimdə Ayrıca Ümumqoşun Ordunun komandanı X": the occasion is not part of the title
        if ctx.lex.is_rank(word.text):
            rank.insert(0, word.folded)
        elif word.text[:1].isupper() and not ctx.lex.is_title(word.text) and not titles:
            break  # a capitalised word is part of a title only inside one (Cənubi Qafqaz üzrə nümayəndə)
        else:
            titles.insert(0, word.folded)
        k -= 1
    return k, titles, rank


def _side_country(ctx: Context, k: int, ends: dict[int, Mention], words: tuple[Word, ...]) -> str | None:
    """ "Gürcüstan nümayəndə heyətinə xarici işlər nazirinin birinci müavini X": the side's country is the post's."""
    k = k - 1 if k >= 1 and words[k - 1].folded == "isə" else k  # "Moldova nümayəndə heyətinə isə ..."
    if k < 2 or words[k - 1].folded not in ctx.lex.side_objects:
        return None
    at = k - 2 if words[k - 2].folded == "nümayəndə" else k - 1
    side = ends.get(at)
    return side.entity if side is not None and ctx.kind(side.entity) == "Country" else None


def _joins_a_scope(ctx: Context, words: tuple[Word, ...], k: int, titles: list[str]) -> bool:
    """ "müdafiə siyasəti və planlaşdırma üzrə köməkçisi", "təhlükəsizlik və müdafiə komitəsinin sədri": "və"
    inside what a post is for (before "üzrə") or inside the name of the body it heads."""
    before = words[k - 2] if k >= 2 else None
    body = any(fold(a.base) in ctx.lex.heads for t in titles[1:2] for a in analyses(t))
    return (
        ("üzrə" in titles or body)
        and bool(titles)
        and not ctx.lex.is_title(titles[0])
        and before is not None
        and before.text[:1].islower()
        and not is_date_word(ctx, before)
    )


_MODIFIER_CASES = {"genitive", "nominative", "locative-ki"}


def _attach_modifiers(ctx: Context, mention: Mention, ends: dict[int, Mention], words: tuple[Word, ...]) -> None:
    """``Türkiyənin`` / ``NATO-nun`` / ``Quru Qoşunlarının`` before a title: the post's country or organisation.

    An ordinal between two of them belongs to the second's name ("Gürcüstan Müdafiə Qüvvələrinin 4-cü
    Mexanikləşdirilmiş Briqadası"): the first still owns it, and its country is the post's."""
    while mention.group_start in ends or _after_ordinal(ctx, mention.group_start, ends, words):
        at = mention.group_start if mention.group_start in ends else mention.group_start - 1
        before = ends[at]
        kind = ctx.kind(before.entity)
        if kind not in {"Country", "Organization", "City", "Facility"} or before.case not in _MODIFIER_CASES:
            return
        before.modifier = True
        mention.group_start = before.start
        if kind == "Facility":  # "3-cü Əsas Reaktiv Baza komandanı": the base is part of the title, not its owner
            continue
        if before.case == "locative-ki":  # "Britaniyanın Azərbaycandakı səfiri": where the post is, not whose
            continue
        if kind == "Organization" and mention.organization is None and mention.country is None:
            mention.organization = before.entity
            mention.country = ctx.names.entities[before.entity].country
        elif kind == "Country" and mention.country is None:
            mention.country = before.entity
        elif kind == "Country" and mention.organization and ctx.names.entities[mention.organization].country is None:
            mention.country = before.entity
        elif kind == "Organization" and mention.organization and ctx.names.entities[mention.organization].new:
            owned = ctx.names.entities[mention.organization]  # the brigade is of the Georgian Defence Forces
            owned.country = owned.country or ctx.names.entities[before.entity].country
            mention.country = owned.country


def _after_ordinal(ctx: Context, k: int, ends: dict[int, Mention], words: tuple[Word, ...]) -> bool:
    return k >= 1 and k - 1 in ends and ctx.lex.is_ordinal(words[k - 1].text)
