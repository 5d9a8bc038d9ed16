"""People named by their country's demonym: ``serbiyalı həmkarı``, ``latviyalı diplomat``.

A demonym (``latviyalı``: of Latvia) with a noun refers to the person of that
country named elsewhere in the text: the one holding, or titled with, one of
its posts.
"""

from __future__ import annotations

from kg.extract.context import Context
from kg.extract.model import Mention
from kg.extract.posts import demonym_country
from kg.extract.text import Sentence, fold

_POSSESSED = {"ını", "ini", "unu", "ünü", "sını", "sini", "sunu", "sünü"}  # "generalını", "nazirini"


def demonym_object(ctx: Context, folded: list[str], k: int) -> bool:
    """ "serbiyalı generalı", "türkiyəli qonağı": a demonym and its noun in the accusative (an object); also
    "türk generalını", "Azərbaycan nazirini" (a nation's or a country's name before its possessed noun)."""
    if k + 1 >= len(folded):
        return False
    noun = folded[k + 1]
    if folded[k] in ctx.lex.ethnonyms or _country_named(ctx, folded[k]):
        return any(noun.startswith(head) and noun[len(head) :] in _POSSESSED for head in ctx.lex.demonym_heads)
    if not folded[k].endswith(("lı", "li", "lu", "lü")):
        return False
    for head in ctx.lex.demonym_heads:
        stem = head[:-1] + {"q": "ğ", "k": "y"}.get(head[-1], head[-1])  # qonaq → qonağı
        ending = noun[len(head) :] if noun.startswith(head) else noun[len(stem) :] if noun.startswith(stem) else None
        vowel = head[-1] in "aıoueəiöü"
        if ending in ({"nı", "ni", "nu", "nü"} if vowel else {"ı", "i", "u", "ü"}):
            return True
    return False


def possessed_objects(ctx: Context, sentence: Sentence, found: list[Mention]) -> None:
    """ "Azərbaycan nazirini X qəbul edib": the country only says whose minister was received (a modifier)."""
    folded = [w.folded for w in sentence.words]
    for mention in found:
        if ctx.kind(mention.entity) == "Country" and demonym_object(ctx, folded, mention.end - 1):
            mention.modifier = True


def demonym_counterpart_object(ctx: Context, sentence: Sentence, before: int, agents: list[str]) -> list[str]:
    """ "dünən serbiyalı generalı X qəbul edib": the person of that country named elsewhere was received."""
    folded = [w.folded for w in sentence.words[:before]]
    for k in range(len(folded) - 1):
        if demonym_object(ctx, folded, k):
            return [e for e in of_demonym(ctx, folded[k]) if e not in agents]
    return []


def of_demonym(ctx: Context, word: str) -> list[str]:
    """The most salient person of the country a demonym (``latviyalı``) or a nation's name (``türk``) names,
    among those named before."""
    stem = word[:-2] if word.endswith(("lı", "li", "lu", "lü")) and len(word) >= 5 else None
    nation = fold(ctx.lex.ethnonyms[word]) if word in ctx.lex.ethnonyms else None  # "türk generalı"
    nation = nation or (word if _country_named(ctx, word) else None)  # "Azərbaycan nazirini"
    countries = {
        e.id
        for e in ctx.names.entities.values()
        if e.type == "Country" and ((stem and fold(e.label).split()[-1:] == [stem]) or fold(e.label) == nation)
    }
    people = [
        e
        for e, _ in ctx.salience.most_common()
        if ctx.kind(e) == "Person"
        and (ctx.holders.get(e, set()) & countries or any(m.country in countries for m in mentions_of(ctx, e)))
    ]
    return people[:1]


def _country_named(ctx: Context, word: str) -> bool:
    """The folded word is a country's name as the text's entities know it ("azərbaycan")."""
    return any(e.type == "Country" and fold(e.label) == word for e in ctx.names.entities.values())


def mentions_of(ctx: Context, entity: str) -> list[Mention]:
    return [m for ms in ctx.mentions.values() for m in ms if m.entity == entity]


def demonym_counterpart(ctx: Context, sentence: Sentence, before: int, others: list[str]) -> list[str]:
    """ "serbiyalı həmkarı": the person of that country named elsewhere in the text (not one of ``others``)."""
    words = sentence.words
    for k in range(1, before):
        if words[k].folded.startswith("həmkar"):
            country = demonym_country(ctx, words[k - 1].text, sentence.text)
            people = [
                m.entity
                for ms in ctx.mentions.values()
                for m in ms
                if m.entity not in others and ctx.kind(m.entity) == "Person" and m.country == country
            ]
            return people[:1] if country else []
    return []


def person_of(ctx: Context, others: list[str], country: str) -> list[str]:
    """The person named elsewhere in the text with a post of ``country`` (else the country itself)."""
    for mentions in ctx.mentions.values():
        for m in mentions:
            if m.entity in others or ctx.kind(m.entity) != "Person":
                continue
            if m.country == country or country in ctx.holders.get(m.entity, set()):  # or a post of it held
                return [m.entity]
    return [country]
