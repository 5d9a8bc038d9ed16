"""Mentions: the names of a sentence, each with its case, titles and ranks.

A sentence's words are read left to right; at each capitalised word the
longest of these wins: a name of the register (or drafted earlier), an
initial and surname of someone named before (``F.Auld``), a country of the
lexicon (``Türkiyənin``), an acronym (``NATO-nun``), or a name the register
lacks (an organisation by its head word, a person by a title or surname
ending, a place by its case). Titles and ranks before a person are then
attached to it (``kg.extract.titles``), with the country or organisation they name (a *modifier*:
``Türkiyənin milli müdafiə naziri``).
"""

from __future__ import annotations

import re

from kg.extract.constructions import (
    between,
    dash_titles,
    delegations,
    frameworks,
    is_date_word,
    memorial_object,
    place_nouns,
    share_case_in_lists,
    sides,
)
from kg.extract.context import Context
from kg.extract.dates import MONTHS
from kg.extract.demonyms import possessed_objects
from kg.extract.lexicon import phrase_at
from kg.extract.model import Mention
from kg.extract.morphology import Analysis, analyses, reading_with_base
from kg.extract.organisations import (
    companies,
    countries_between,
    embassies,
    ministries_between,
    named_organisation,
    our_country,
)
from kg.extract.particles import capitalised, initial_and_particle, particles_end, words_of_name
from kg.extract.text import Sentence, Word, fold, initialled, quoted_words
from kg.extract.titles import attach_titles

PLACE_CASES = {"locative", "dative", "ablative", "locative-ki"}
Found = tuple[str, int, Analysis]


def find_mentions(ctx: Context, sentence: Sentence) -> list[Mention]:
    """The mentions of a sentence, with titles attached and cases shared along lists."""
    words = sentence.words
    quoted = quoted_words(sentence)
    found: list[Mention] = []
    i = 0
    while i < len(words):
        best = _best_at(ctx, sentence, i) if words[i].text[:1].isupper() else None
        if best is None:
            i += 1
            continue
        entity_id, end, reading = best
        case = reading.case
        if end < len(words) and words[end].folded == "ilə":
            case = "comitative"
        found.append(Mention(entity_id, i, end, case, quoted=i in quoted))
        i = end
    found = our_country(ctx, sentence, companies(ctx, sentence, embassies(ctx, sentence, found)))
    attach_titles(ctx, sentence, found)
    place_nouns(ctx, sentence, found)
    share_case_in_lists(sentence, found)
    between(sentence, found)
    frameworks(ctx, sentence, found)
    ministries_between(ctx, sentence, found)
    countries_between(ctx, sentence, found)
    delegations(ctx, sentence, found)
    sides(ctx, sentence, found)
    possessed_objects(ctx, sentence, found)
    dash_titles(ctx, sentence, found)
    return found


def _best_at(ctx: Context, sentence: Sentence, i: int) -> Found | None:
    words = sentence.words
    initial = ctx.names.match_initial(words[i])
    if initial:
        return initial[0], i + 1, initial[1]
    initial = initial_and_particle(ctx, words, i)  # "P.van Dam"
    if initial:
        return initial
    candidates = [ctx.names.match(words, i), _lexicon_country(ctx, sentence, i), _acronym(ctx, sentence, i)]
    titled = 0 < i < len(words) - 1 and words[i + 1].text[:1].isupper() and not any(candidates)
    titled = titled and (ctx.lex.is_title(words[i - 1].text) or ctx.lex.is_rank(words[i - 1].text))
    person = _unknown(ctx, sentence, i) if titled else None
    if person and person[1] > i + 1:
        return person  # "general-polkovnik Füzuli Hacıbəyli": a person's first name, not the city
    candidates += [_lexicon_city(ctx, sentence, i), _unknown(ctx, sentence, i)]
    return max((c for c in candidates if c), key=lambda c: c[1], default=None)


def _lexicon_country(ctx: Context, sentence: Sentence, i: int) -> Found | None:
    found = ctx.names.match_country(sentence.words, i)
    if found is None:
        return None
    name, end, reading = found
    return ctx.names.new_entity("Country", name, sentence.text, 0.7), end, reading


def country_id(ctx: Context, name: str, evidence: str) -> str:
    """The entity of a country named in the lexicon: the register's, or drafted once."""
    return ctx.names.find(name) or ctx.names.new_entity("Country", name, evidence, 0.7)


def _in_gazetteer(ctx: Context, word: str) -> bool:
    cities = {fold(c) for c in ctx.lex.cities}
    return any(fold(a.base) in cities for a in analyses(word))


def _lexicon_city(ctx: Context, sentence: Sentence, i: int) -> Found | None:
    cities = {fold(c): (c, country) for c, country in ctx.lex.cities.items()}
    for reading in analyses(sentence.words[i].text):
        found = cities.get(fold(reading.base))
        if found and ctx.names.find(found[0]) is None:
            country = country_id(ctx, found[1], sentence.text)
            return ctx.names.new_entity("City", found[0], sentence.text, 0.6, country=country), i + 1, reading
    return None


def _acronym(ctx: Context, sentence: Sentence, i: int) -> Found | None:
    word = sentence.words[i]
    reading = analyses(word.text)[-1]
    if reading.base not in ctx.lex.acronyms:
        return None
    return ctx.names.new_entity("Organization", reading.base, sentence.text, 0.7), i + 1, reading


def _unknown(ctx: Context, sentence: Sentence, i: int) -> Found | None:
    """A name the register lacks, starting at word ``i``: an organisation, a person or a place."""
    word = sentence.words[i]
    month = fold(word.text) in MONTHS and not month_first_name(sentence.words, i)
    if month or ctx.lex.is_title(word.text) or ctx.lex.is_rank(word.text):
        return None
    if fold(analyses(word.text)[-1].base) in ctx.lex.agencies or word.folded in ctx.lex.agencies:
        return None  # a news agency relays the news; it is not part of it
    return _organisation(ctx, sentence, i) or _person_or_place(ctx, sentence, i)


def _organisation(ctx: Context, sentence: Sentence, i: int) -> Found | None:
    """Capitalised words (and "və") up to a head word: Quru Qoşunları, Naxçıvan Hərbi Xəstəxanası.

    A country in the genitive before them owns the organisation, which is named
    with the country's base form: "Qazaxıstanın Hərbi Dəniz Qüvvələri" → Qazaxıstan Hərbi Dəniz Qüvvələri.
    """
    words = sentence.words
    if ctx.lex.is_common(words[i].text):
        return None  # "Mərasimdə Gürcüstan Silahlı Qüvvələri ...": the organisation begins after the common noun
    place = ctx.names.match(words, i)
    if place and place[2].case in PLACE_CASES and ctx.kind(place[0]) in {"City", "Country"}:
        return None  # "Naxçıvanda Azərbaycan Ordusu": the place where, then the organisation
    first, owner = i, None
    known = [c for c in (ctx.names.match(words, i), ctx.names.match_country(words, i)) if c]
    country = max(known, key=lambda c: c[1], default=None)
    person = country is not None and country[0] in ctx.names.entities and ctx.kind(country[0]) == "Person"
    if country and country[2].case == "genitive" and not person:  # "Vüsal Kərimovun Dövlət ...": not an owner
        first, owner = country[1], _leading_country(ctx, sentence, i)
    titled = i > 0 and (ctx.lex.is_title(words[i - 1].text) or ctx.lex.is_rank(words[i - 1].text))
    j = first
    while j < len(words) and (words[j].text[:1].isupper() or (j > first and _joins_a_name(ctx, words[j].text))):
        if '"' in words[j].text:
            return None  # a quoted name ("Report"-a) is a name of its own: the organisation begins after it
        if titled and j > first and fold(words[j].text) == "və":
            return None  # "korgeneral Serdar Gökalp və Gürcüstan ...": a person after a rank, then the next name
        known = ctx.names.match(words, j)
        if known and ctx.kind(known[0]) == "Person":
            return None  # an organisation's name does not run through a person's
        if (
            (titled or initialled(ctx.text, words[j - 1].text))
            and j > i
            and fold(words[j - 1].text).endswith(ctx.lex.surnames)
        ):
            return None  # a person before it: "kapitan Elnur Babayev Hərbi Dəniz ...", "N.Sultanlı" told later
        for reading in analyses(words[j].text):
            kind = ctx.lex.heads.get(fold(reading.base))
            if kind and j > first:
                name = " ".join([*(w.text for w in words[first:j]), reading.base])
                named = [ctx.names.entities[owner].label] if owner else _titled_owner(ctx, words, i)
                body = [] if named else _owning_body(ctx, words, i)
                named = named or [w.text for w in words[body[0] : i]] if body else named
                country = owner or _leading_country(ctx, sentence, body[0] if body else i)
                found = named_organisation(ctx, sentence, i, first, owner, kind, name, named, country)
                return found, j + 1, reading
        if j > first and _ends_a_name(ctx, words[j].text):
            return None  # a case ending before the head: "Vüsal Kərimovun Dövlət Sərhəd Xidmətinin" is two names
        j += 1
    return None


def _owning_body(ctx: Context, words: tuple[Word, ...], i: int) -> list[int]:
    """ "Gürcüstan Müdafiə Qüvvələrinin 4-cü Mexanikləşdirilmiş Briqadası": a unit is named with the body it
    belongs to (in the genitive, as the text writes it), and the ordinal of its number; [] or [its start].
    Only a numbered unit: every army has a 4th brigade, but "Hərbi Akademiyası" is named alone."""
    k = i - 1 if i >= 2 and ctx.lex.is_ordinal(words[i - 1].text) else i
    if (
        k == i
        or k == 0
        or not any(a.case == "genitive" and fold(a.base) in ctx.lex.heads for a in analyses(words[k - 1].text)[1:])
    ):
        return []
    start = k - 1
    while start > 0 and words[start - 1].text[:1].isupper() and not ctx.lex.is_common(words[start - 1].text):
        start -= 1
    return [start]


def _joins_a_name(ctx: Context, word: str) -> bool:
    """ "və" inside a name, or a memorial's or facility's head in lower case ("Şəhidlər xiyabanını", "Bakı limanı")."""
    return fold(word) == "və" or any(
        ctx.lex.heads.get(fold(a.base)) in {"Memorial", "Facility"} for a in analyses(word)
    )


def _ends_a_name(ctx: Context, word: str) -> bool:
    """A place case ends a name; a genitive only after a known name or a surname (not "Ümumqoşun Ordusu")."""
    readings = [a for a in analyses(word)[1:] if not a.bare_vowel]
    if any(a.case in PLACE_CASES for a in readings):
        return True
    bases = [fold(a.base) for a in readings if a.case == "genitive"]
    return any(b in ctx.names.known_bases or b.endswith(ctx.lex.surnames) for b in bases)


def _titled_owner(ctx: Context, words: tuple[Word, ...], i: int) -> list[str]:
    """ "Prezidentin Mətbuat Xidməti", "Prezidentin Administrasiyası": a capitalised title in the genitive names it."""
    if i == 0 or not words[i - 1].text[:1].isupper() or not ctx.lex.is_title(words[i - 1].text):
        return []
    genitive = [a for a in analyses(words[i - 1].text)[1:] if a.case == "genitive"]
    return [words[i - 1].text] if genitive and not any(fold(a.base) in ctx.lex.heads for a in genitive) else []


def _leading_country(ctx: Context, sentence: Sentence, i: int) -> str | None:
    found = [c for c in (ctx.names.match(sentence.words, i), ctx.names.match_country(sentence.words, i)) if c]
    known = max(found, key=lambda c: c[1], default=None)
    if known and known[0] in ctx.names.entities and ctx.kind(known[0]) == "Country":
        return known[0]
    if known and known[0] not in ctx.names.entities:  # a lexicon country: draft it
        return ctx.names.new_entity("Country", known[0], sentence.text, 0.7)
    return None


def month_first_name(words: tuple[Word, ...], j: int) -> bool:
    """ "Mart Kivisild", "Maya Çxartişvili": a bare capitalised month (or one that looks like its dative) before
    a capitalised word (not after a number) is a first name.

    A month that dates has a case ending or a number beside it ("Martın 5-də", "5 Mart", "Mart ayında").
    """
    folded = fold(words[j].text)
    dative = folded[-1:] in {"a", "ə"} and folded[:-1] in MONTHS  # "Maya Çxartişvili": Maia, not "to May"
    if (folded not in MONTHS and not dative) or not words[j].text[:1].isupper() or j + 1 >= len(words):
        return False
    after, before = words[j + 1].text, words[j - 1].text if j > 0 else ""
    return after[:1].isupper() and fold(after) not in MONTHS and not before[:1].isdigit()


def _person_or_place(ctx: Context, sentence: Sentence, i: int) -> Found | None:
    words = sentence.words
    run = []
    j = i
    while (
        j < len(words)
        and words_of_name(ctx, run) < 3
        and capitalised(words[j].text, bool(run))
        and _unlinked(ctx, words, j, bool(run))
    ):
        first_name = month_first_name(words, j)
        if (fold(words[j].text) in MONTHS and not first_name) or ctx.lex.is_title(words[j].text):
            break
        if ctx.lex.is_rank(words[j].text):
            break
        if words[j].folded in ctx.lex.adjectives:
            break  # "Seyminin Milli təhlükəsizlik ...": an adjective is no surname
        if is_date_word(ctx, words[j]) and not first_name:
            break  # "Dünən T.Sadıqov": a date opening the sentence is not part of the name
        if run and (_in_gazetteer(ctx, words[j].text) or ctx.names.match_country(words, j)):
            break  # a place of the lexicon after a name: "Yaşar Gülər Gəncəyə"
        run.append(words[j])
        j += 1
        if len(run) >= 2 and any(_surname_form(ctx, a.base) for a in analyses(words[j - 1].text)):
            break  # a surname ends a person's name ("Elnur Babayev Hərbi Dəniz Qüvvələrinin"; not "Mehmet Ali")
        if _closes_name(ctx, words[j - 1].text, words[j].text if j < len(words) else ""):
            break
        run += words[j : particles_end(ctx, words, j)]  # "Piter van Dam", "Ursula fon der Lyayen"
        j = i + len(run)
    while run and run[-1].folded in ctx.lex.name_particles:
        run.pop()  # "Elşən Cəfərli van Bakıya": no name after the particle
    if 2 <= words_of_name(ctx, run) <= 3:
        return _person(ctx, sentence, i, run)
    if len(run) == 1:
        reading = ctx.reading(run[0].text)
        if ctx.lex.is_common(reading.base):
            return None  # Sərəncam, Fərman: capitalised, but not a name
        memorial = memorial_object(ctx, sentence, i)
        if memorial:
            entity = ctx.names.new_entity("Memorial", memorial, sentence.text, 0.5)
            return entity, i + 1, reading_with_base(run[0].text, memorial)
        repeated = fold(reading.base) in ctx.text_bases
        cased = i > 0 and reading.case in PLACE_CASES
        if (repeated or cased) and len(reading.base) > 2:
            kind = "Country" if re.search(r"(stan|iya|iyə)$", fold(reading.base)) else "City"
            return ctx.names.new_entity(kind, reading.base, sentence.text, 0.5 if repeated else 0.4), i + 1, reading
    return None


def _unlinked(ctx: Context, words: tuple[Word, ...], j: int, after_name: bool) -> bool:
    """Word ``j`` starts no known name, or (after a first name) only a known person's surname.

    "Fərid Əliyev" is a new person, not İlham Əliyev by his surname.
    """
    found = ctx.names.match(words, j)
    if found is None:
        return True
    return after_name and found[1] == j + 1 and ctx.names.is_surname_of_another(found[0], words[j - 1].text)


def _closes_name(ctx: Context, word: str, following: str) -> bool:
    """A case ending closes a name, unless a seeming genitive is a first name (Elvin, Metin) before a surname."""
    readings = [a for a in analyses(word)[1:] if not a.bare_vowel]
    if not readings:
        return False
    surname = any(fold(a.base).endswith(s) for a in readings for s in ctx.lex.surnames)
    if not surname and following[:1].isupper() and "." not in following and fold(following).endswith(ctx.lex.surnames):
        return False  # "Səbinə Əlimərdanova": a first name (not Səbi + nə) before a surname, not "Görüşdə M.X"
    return surname or not ({a.case for a in readings} == {"genitive"} and following[:1].isupper())


def _surname_form(ctx: Context, base: str) -> bool:
    """A surname by its ending, with a stem of three letters or more before it: Həsənov, Əliyev; not Ali."""
    folded = fold(base)
    return any(folded.endswith(s) and len(folded) - len(s) >= 3 for s in ctx.lex.surnames)


def _person(ctx: Context, sentence: Sentence, i: int, run: list[Word]) -> Found | None:
    words = sentence.words
    titled = i > 0 and (ctx.lex.is_title(words[i - 1].text) or ctx.lex.is_rank(words[i - 1].text))
    reading = ctx.reading(run[-1].text)
    end = i + len(run)
    folded = [w.folded for w in words]
    if any(phrase_at(folded, end, verb) for verb in ctx.lex.object_verbs):
        # the object of "qəbul edib": a final bare vowel is the accusative ending (Güləri → Gülər)
        accusative = [a for a in analyses(run[-1].text) if a.case == "accusative"]
        buffered = [a for a in accusative if any(a.base == b.base + "n" and b.base[-1:] in "aəı" for b in accusative)]
        written = [a for a in accusative if fold(a.base) in ctx.text_bases]  # "Sörenseni", later "M.Sörensen"
        reading = next(iter(written or buffered or accusative), reading)  # Aydını: Aydın + ı, not Aydı + nı
    elif (reading.case == "genitive" and _verb_at(ctx, folded, end)) or (
        reading.case in {"genitive", "dative"} and _listed_subject(ctx, folded, end, reading)
    ):  # "Hakan Özbilgin iştirak ediblər", "korgeneral Kamalettin Sarıkaya, ... iştirak ediblər": the subject
        reading = analyses(run[-1].text)[0]  # (a dative before the verb is its object: "Əlibəyliyə zəng edib")
    elif reading.case != "nominative" and any(phrase_at(folded, end, p) for p in ctx.lex.nominative_after):
        reading = analyses(run[-1].text)[0]  # "polkovnik Erdal Karakaya başda olmaqla": not Karaka + ya
    base = fold(reading.base)
    surname = _surname_form(ctx, base)  # Həsənov, not Ali
    label = " ".join([w.text for w in run[:-1]] + [reading.base])
    if any(fold(a.base) in ctx.lex.heads for w in run for a in analyses(w.text)):
        return None
    if any(fold(a.base).endswith(("lər", "lar")) and a.case == "genitive" for w in run[:-1] for a in analyses(w.text)):
        return None  # a genitive plural inside is not a name: "Silahlı Qüvvələrin Ali Baş Komandanı"
    if not (titled or surname):  # a name only if the register knows it, spelt another way (Güler / Gülər)
        known = ctx.names.spelling_variant(label)
        return (known, end, reading_with_base(run[-1].text, reading.base)) if known else None
    entity_id = ctx.names.new_entity("Person", label, sentence.text, 0.7 if titled else 0.5)
    if ctx.names.entities[entity_id].span is None:
        ctx.names.entities[entity_id].span = (words[i].start, words[end - 1].end)
    return entity_id, end, reading_with_base(run[-1].text, reading.base)


def _listed_subject(ctx: Context, folded: list[str], end: int, reading: Analysis) -> bool:
    """ "orgeneral Kemal Sezgin, eləcə də polkovnik X iştirak ediblər": a name in a list of subjects, not Sezg + in.

    Only where the genitive's base is no surname (Sarıyevin, stays Sarıyev + in) and the list runs to a verb,
    not to what its genitives own ("A, B-nin iştirakı ilə")."""
    if folded[end : end + 1] not in ([","], ["və"]) or fold(reading.base).endswith(ctx.lex.surnames):
        return False
    for k in range(end, min(end + 20, len(folded))):
        if folded[k] in {"iştirakı", "arasında", "tərəfindən", "tərəfindən,"}:
            return False
        if reading.case == "genitive" and folded[k].endswith(("ları", "ləri")):
            return False
        if _verb_at(ctx, folded, k):
            return True
    return False


def _verb_at(ctx: Context, folded: list[str], k: int) -> bool:
    """A trigger verb (not a nominal one, nor one that opens with a possessed noun: "Y-in etimadnaməsini qəbul
    edib") begins at word ``k``: what stands before it is its subject."""
    phrases = [p for rule in ctx.lex.rules if not rule.nominal for p in rule.phrases]
    return any(phrase_at(folded, k, p) and not p[0].endswith(("sını", "sini", "sunu", "sünü")) for p in phrases)
