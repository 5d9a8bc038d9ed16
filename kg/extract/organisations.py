"""Organisations named in lower case or in quotes, around the names of a sentence.

``Kanadanın Azərbaycandakı səfirliyi`` (a country's mission in a place) and
``İtaliyanın "Vetra Difesa" şirkəti`` (a company: its name in quotes, its
country a modifier before it) are organisations, though no capitalised head
word names them. A capitalised name (``Müdafiə Nazirliyi``) is linked to the
register's organisation of its country, the home country's when none is named.
"""

from __future__ import annotations

from kg.extract.context import Context
from kg.extract.lexicon import pattern_match
from kg.extract.model import Mention
from kg.extract.morphology import analyses
from kg.extract.text import Sentence, Word, fold

QUOTES = {'"', "«", "»", "“", "”"}


def embassies(ctx: Context, sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """ "Kanadanın Azərbaycandakı səfirliyi": a country's mission in a place, named in lower case."""
    words = sentence.words
    result: list[Mention] = []
    k = 0
    while k < len(found):
        owner, where = found[k], found[k + 1] if k + 1 < len(found) else None
        head = words[where.end] if where and where.end < len(words) else None
        if (
            where is not None
            and head is not None
            and owner.case == "genitive"
            and where.case == "locative-ki"
            and owner.end == where.start
            and ctx.kind(owner.entity) == "Country"
            and any(pattern_match(p, head.folded) for p in ctx.lex.missions)
        ):
            base = ctx.reading(head.text)
            label = ctx.text[words[owner.start].start : head.start] + base.base
            entity = ctx.names.new_entity("Organization", label, sentence.text, 0.6, country=owner.entity)
            case = "comitative" if where.end + 1 < len(words) and words[where.end + 1].folded == "ilə" else base.case
            result.append(Mention(entity, owner.start, where.end + 1, case, quoted=owner.quoted))
            k += 2
            continue
        result.append(owner)
        k += 1
    return result


def our_country(ctx: Context, sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """ "ölkəmizə", "respublikamızda" (to our country, in our republic): the country the news is written in."""
    taken = {k for m in found for k in range(m.group_start, m.end)}
    result = list(found)
    for k, word in enumerate(sentence.words):
        reading = next((a for a in analyses(word.text) if fold(a.base) in ctx.lex.our_country), None)
        if reading is None or k in taken:
            continue
        home = ctx.names.find(ctx.lex.home_country) or ctx.names.new_entity("Country", ctx.lex.home_country, "", 0.7)
        result.append(Mention(home, k, k + 1, reading.case))
    return sorted(result, key=lambda m: m.start)


def companies(ctx: Context, sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """``"Vetra Difesa" şirkəti ilə``: a quoted name before a company head word is an organisation."""
    words = sentence.words
    result = list(found)
    k = 0
    while k < len(words):
        close = _quoted_company(ctx, sentence, k)
        kind, head = "Organization", close + 1 if close is not None else 0
        if close is None:
            close, head = _quoted_facility(ctx, sentence, k)
            kind = "Facility"
        if close is None:
            k += 1
            continue
        owner = next((m for m in result if m.end == k and m.case == "genitive" and _country(ctx, m)), None)
        label = ctx.text[words[k + 1].start : words[close - 1].end]
        country = owner.entity if owner else None
        entity = ctx.names.new_entity(kind, label, sentence.text, 0.6, country=country)
        if kind == "Organization":
            ctx.companies.add(entity)
        after = head + 1
        case = ctx.reading(words[head].text).case
        if after < len(words) and words[after].folded == "ilə":
            case = "comitative"
        result = [m for m in result if not k <= m.start <= close]
        if owner is not None:
            owner.modifier = True
        result.append(Mention(entity, k, after, case, group_start=owner.start if owner else k))
        k = after
    return sorted(result, key=lambda m: m.start)


def _quoted_facility(ctx: Context, sentence: Sentence, k: int) -> tuple[int | None, int]:
    """``"Qırmızı Körpü" sərhəd-buraxılış məntəqəsində``: the closing quote and the facility noun within two words."""
    words = sentence.words
    if words[k].text not in QUOTES:
        return None, 0
    close = next((j for j in range(k + 1, min(k + 7, len(words))) if words[j].text in QUOTES), None)
    if close is None or close == k + 1 or not words[k + 1].text[:1].isupper():
        return None, 0
    for head in range(close + 1, min(close + 3, len(words))):
        if any(pattern_match(p, words[head].folded) for p in ctx.lex.facility_nouns):
            return close, head
    return None, 0


def _country(ctx: Context, mention: Mention) -> bool:
    return ctx.kind(mention.entity) == "Country"


def _quoted_company(ctx: Context, sentence: Sentence, k: int) -> int | None:
    """Where the closing quote is, if word ``k`` opens a quoted capitalised name followed by a company head."""
    words = sentence.words
    if words[k].text not in QUOTES:
        return None
    close = next((j for j in range(k + 1, min(k + 7, len(words))) if words[j].text in QUOTES), None)
    if close is None or close == k + 1 or close + 1 >= len(words) or not words[k + 1].text[:1].isupper():
        return None
    head = words[close + 1].folded
    return close if any(pattern_match(p, head) for p in ctx.lex.companies) else None


def named_organisation(
    ctx: Context,
    sentence: Sentence,
    i: int,
    first: int,
    owner: str | None,
    kind: str,
    name: str,
    named: list[str],
    country: str | None,
) -> str:
    """The entity of an organisation's name (words ``i`` on, the name itself from ``first``): linked or drafted.

    Owned by a country in the genitive ("Azərbaycan Respublikasının Müdafiə Sənayesi Nazirliyi"), it is the
    register's organisation under any name of the country; with no owner it is the home country's.
    """
    words = sentence.words
    owned = first > i or _owned(ctx, words, i)  # "NATO-nun Hərbi Komitəsi": NATO's, not ours
    known = None
    if owner:
        known = institution_of(ctx, ctx.names.entities[owner].label, name)
    elif country is None and not named and not owned:
        known = institution_of(ctx, ctx.lex.home_country, name)
        if known is None and kind == "Organization":
            country = ctx.names.find(ctx.lex.home_country)  # drafted as the home country's
            named = _official_name(ctx, name)
    city = ctx.names.match(words, first)
    if country is None and kind in {"Facility", "Memorial"} and city and ctx.kind(city[0]) == "City":
        country = ctx.names.entities[city[0]].country  # "Bakı limanı" lies in Bakı's country
    label = _short_country(ctx, " ".join([*named, name]))
    return known or ctx.names.new_entity(kind, label, sentence.text, 0.6, country=country)


def _official_name(ctx: Context, name: str) -> list[str]:
    """A home ministry named alone is drafted under its official name, with the country's: "Xarici İşlər
    Nazirliyi" → "Azərbaycan Respublikası Xarici İşlər Nazirliyi" (GUIDE.md: the name written in full)."""
    if not fold(name).endswith("nazirliyi"):
        return []
    return list(ctx.lex.countries.get(ctx.lex.home_country, (ctx.lex.home_country,))[:1])


def _short_country(ctx: Context, label: str) -> str:
    """ "Azərbaycan Respublikası Hərbi Hava Qüvvələri" → "Azərbaycan Hərbi Hava Qüvvələri" (GUIDE.md: the full name
    with the country's name); a ministry keeps its official name ("Azərbaycan Respublikası Xarici İşlər Nazirliyi")."""
    if fold(label).endswith(("nazirliyi", "nazirlik")):
        return label
    for country, long_forms in ctx.lex.countries.items():
        for form in long_forms:
            if label.startswith(form + " ") and len(form.split()) > 1:
                return country + label[len(form) :]
    return label


def _owned(ctx: Context, words: tuple[Word, ...], i: int) -> bool:
    """A capitalised name in the genitive just before (not a news agency citing it): it owns what follows.

    An ordinal between is part of what follows: "Qüvvələrinin 4-cü Mexanikləşdirilmiş Briqadası"."""
    if i >= 2 and ctx.lex.is_ordinal(words[i - 1].text):
        i -= 1
    if i == 0 or not words[i - 1].text[:1].isupper():
        return False
    if any(fold(a.base) in ctx.lex.agencies for a in analyses(words[i - 1].text)):
        return False  # "APA-nın Müdafiə Nazirliyinə istinadən": APA cites the ministry
    return any(a.case == "genitive" for a in analyses(words[i - 1].text)[1:])


def institution_of(ctx: Context, country: str, name: str) -> str | None:
    """The register's organisation of that name and country, under any name of the country.

    "Müdafiə Nazirliyi" with no country named is the home country's; "Azərbaycan Respublikasının Müdafiə
    Sənayesi Nazirliyi" is "Azərbaycan Respublikası Müdafiə Sənayesi Nazirliyi".
    """
    for prefix in (*ctx.lex.countries.get(country, ()), country):
        found = ctx.names.find(f"{prefix} {name}")
        if found and ctx.kind(found) == "Organization":
            return found
    return None


def ministry_of(ctx: Context, country: str | None, role: str) -> str | None:
    """ "Azərbaycanın müdafiə nazirinin müavini": a minister's post is in that country's ministry, if the
    register has it (GUIDE.md); a ministry the register lacks is not drafted for the post alone.
    """
    folded = fold(role).split()
    ministry = next((name for title, name in ctx.lex.ministries.items() if folded[: len(title)] == list(title)), None)
    if country is None or ministry is None:
        return None
    return institution_of(ctx, ctx.names.entities[country].label, ministry)


def ministries_between(ctx: Context, sentence: Sentence, found: list[Mention]) -> None:
    """ "Azərbaycan və Ukrayna müdafiə nazirlikləri arasında ... imzalanıb": the sides of the signing are the
    countries' ministries, the most specific actors named (GUIDE.md), not the countries; each is the register's,
    or drafted under its name. "iki ölkənin ..." (the two countries') are ours and the first other one named."""
    words = sentence.words
    folded = [w.folded for w in words]
    plural = {t: n for t, n in ctx.lex.ministries.items() if t[-1] == "nazirlikləri"}
    sides = [m for m in found if m.case == "between" and ctx.kind(m.entity) == "Country"]
    end = sides[-1].end if sides else _two_countries(folded, found)
    ministry = next((n for t, n in plural.items() if end is not None and folded[end : end + len(t)] == list(t)), None)
    if ministry is None or end is None or not folded[end + len(ministry.split()) :][:1] == ["arasında"]:
        return
    if not any(w.startswith("imzala") for w in folded[end:]):
        return  # the ministries are the sides of a signing; talks between them are told by their people (sides.py)
    passive = any(w.startswith("imzalan") for w in folded[end:])  # "... səfər zamanı ... proqramı imzalanıb"
    named = "nazirlər" in folded[:end] or any(ctx.kind(m.entity) == "Person" and m.end <= end for m in found)
    if named and not passive:
        return  # "K.Aslanov və M.Vrxovnik iki ölkənin ... nazirlikləri arasında ... imzalayıblar": they signed
    if not sides:
        sides += _the_two_countries(ctx, end - 2)
        found += sides
        found.sort(key=lambda m: m.start)
    for mention in sides:
        country = ctx.names.entities[mention.entity]
        name = ministry
        if ministry == "Müdafiə Nazirliyi" and fold(country.label) in ctx.lex.national_defence:
            name = "Milli Müdafiə Nazirliyi"
        known = institution_of(ctx, country.label, name)
        if known is None:
            official = _official_name(ctx, name) if fold(country.label) == fold(ctx.lex.home_country) else []
            label = " ".join([*(official or [country.label]), name])
            known = ctx.names.new_entity("Organization", label, sentence.text, 0.6, country=mention.entity)
        mention.entity = known


def countries_between(ctx: Context, sentence: Sentence, found: list[Mention]) -> None:
    """ "... bildirib ki, iki ölkə arasında martda Astanada imzalanmış memorandum": the two countries signed,
    ours and the first other one named, when no one of the clause is said to sign."""
    folded = [w.folded for w in sentence.words]
    k = next((k for k in range(len(folded) - 2) if folded[k : k + 3] == ["iki", "ölkə", "arasında"]), None)
    if k is None or not any(w.startswith("imzalan") for w in folded[k:]) or any(m.start <= k < m.end for m in found):
        return
    clause = max((j + 1 for j in range(k) if folded[j] == "ki"), default=0)
    if "nazirlər" in folded[clause:k] or any(ctx.kind(m.entity) == "Person" and clause <= m.start < k for m in found):
        return
    found += _the_two_countries(ctx, k)
    found.sort(key=lambda m: m.start)


def _two_countries(folded: list[str], found: list[Mention]) -> int | None:
    """Where "iki ölkənin" (the two countries') ends, if no name stands there."""
    k = next((k for k in range(len(folded) - 1) if folded[k : k + 2] == ["iki", "ölkənin"]), None)
    if k is None or any(m.start <= k + 1 < m.end for m in found):
        return None
    return k + 2


def _the_two_countries(ctx: Context, k: int) -> list[Mention]:
    """ "iki ölkənin": the home country and the first other country the text named, as two sides at word ``k``."""
    home = ctx.names.find(ctx.lex.home_country)
    named = [m.country or m.entity for ms in ctx.mentions.values() for m in ms]
    other = next((c for c in named if c and c != home and ctx.kind(c) == "Country"), None)
    if home is None or other is None:
        return []
    return [Mention(home, k, k + 1, "between"), Mention(other, k + 1, k + 2, "between")]
