"""Constructions that give a name the case or role of another word: lists, "arasında", delegations, sides.

``Azərbaycan və Ermənistana`` (a list shares its last member's case),
``X ilə Y arasında`` (between X and Y: neither a subject nor a counterpart),
``X-in başçılıq etdiyi nümayəndə heyəti ilə`` (the leader takes the delegation's case),
``Türkiyə tərəfdən nazirin müavini Y`` (from the Turkish side: Türkiyə is Y's country, not a participant),
``Konya şəhərində`` (in the city of Konya: Konya is a city, in the case of "şəhərində"),
``Azərbaycan Respublikası müdafiə nazirinin birinci müavini - Baş Qərargah rəisi X`` (the country of a post
before a dash qualifies X's titles: it is not the subject),
``Anıtkabiri ziyarət edərək ... əklil qoyub`` (a name visited where a wreath is laid is a memorial),
``Azərbaycan Prezidenti X, müdafiə naziri Y`` (a title in a list takes the list's country).
"""

from __future__ import annotations

import itertools

from kg.extract.context import Context
from kg.extract.dates import DAYS_BACK, MONTHS
from kg.extract.lexicon import phrase_at
from kg.extract.model import Mention
from kg.extract.morphology import analyses
from kg.extract.text import Sentence, Word, fold


def place_nouns(ctx: Context, sentence: Sentence, found: list[Mention]) -> None:
    """ "Konya şəhərində", "Qəbələ rayonuna": the name before a place noun takes that noun's case."""
    words = sentence.words
    for mention in found:
        if mention.end >= len(words) or mention.case != "nominative" or ctx.kind(mention.entity) not in _PLACED:
            continue
        noun = words[mention.end].folded
        if any(noun.startswith(p) for p in ctx.lex.place_nouns):
            cases = [a.case for a in analyses(noun)[1:] if a.case in {"locative", "dative", "ablative"}]
            mention.case = cases[0] if cases else mention.case


_PLACED = {"City", "Country", "Facility"}


def share_case_in_lists(sentence: Sentence, found: list[Mention]) -> None:
    """Mentions joined by commas and "və" share the case of the last one: "Azərbaycan və Ermənistana"."""
    words = sentence.words
    members = [m for m in found if not m.modifier]
    k = len(members) - 1
    while k > 0:
        last = members[k]
        j = k
        while j > 0:
            gap = [w.folded for w in words[members[j - 1].end : members[j].group_start]]
            if not gap or not all(g in {",", "və"} for g in gap):
                break
            j -= 1
        chain = members[j : k + 1]
        if is_participle_clause(words, last.end, found):  # "X və ölkəmizdə səfərdə olan Y": X and Y, not ölkə
            k = j - 1
            continue
        # "X və Türkiyə Quru Qoşunlarının 3-cü Ordusunun komandanı Y": a genitive owning the next name is no member
        owner = last.case == "genitive" and any(0 <= m.start - last.end <= 1 for m in found if m is not last)
        if len(chain) > 1 and not owner and any(words[m.end].folded == "və" for m in chain[:-1] if m.end < len(words)):
            for member in chain[:-1]:
                if member.case == "nominative":
                    member.case = last.case
        k = j - 1


def is_participle_clause(words: tuple[Word, ...], end: int, found: list[Mention], reach: int = 3) -> bool:
    """A participle (olan, gələn, edən) within a few words after ``end``, and a name after it that it describes:
    the name before the participle is inside its clause ("ölkəmizdə səfərdə olan ... Laslo Varqa")."""
    for k in range(end, min(end + reach, len(words))):
        folded = words[k].folded
        if folded.endswith(("an", "ən")) and not folded.endswith(("dan", "dən", "tan", "tən")) and len(folded) >= 4:
            return words[k].text[:1].islower() and any(0 < m.group_start - k <= 4 for m in found)
    return False


def between(sentence: Sentence, found: list[Mention]) -> None:
    """``X ilə Y arasında``, ``X və Y arasında`` (between X and Y): neither is a subject nor a counterpart."""
    words = sentence.words
    members = [m for m in found if not m.modifier]
    for k, mention in enumerate(members):
        if not before_between(words, mention.end):
            continue
        mention.case = "between"
        j = k
        while j > 0:
            before = members[j - 1]
            gap = [w.folded for w in words[before.end : members[j].group_start]]
            if not gap or not set(gap) <= {",", "və", "ilə"}:
                break
            before.case = "between"
            j -= 1


def frameworks(ctx: Context, sentence: Sentence, found: list[Mention]) -> None:
    """ "GUAM çərçivəsində" (within GUAM), "Türkiyə üçün" (for Türkiyə): a name before a postposition that
    follows the nominative is inside a postpositional phrase, no subject (``names.yaml``: ``postpositions``)."""
    words = sentence.words
    for mention in found:
        after = words[mention.end].folded if mention.end < len(words) else ""
        if mention.case == "nominative" and after in ctx.lex.postpositions:
            mention.case = "framework"


def before_between(words: tuple[Word, ...], end: int) -> bool:
    """ "arasında" follows, at once or after a plural noun: "Azərbaycan ilə Gürcüstan müdafiə nazirlikləri arasında"."""
    for k in range(end, min(end + 4, len(words))):
        if words[k].folded.startswith("arasında"):
            gap = words[end:k]
            return not gap or (all(w.text[:1].islower() for w in gap) and gap[-1].folded.endswith(("ləri", "ları")))
    return False


def delegations(ctx: Context, sentence: Sentence, found: list[Mention]) -> None:
    """ "X-in başçılıq etdiyi nümayəndə heyəti ilə görüşüb": X takes the delegation's case (here: comitative)."""
    words = sentence.words
    folded = [w.folded for w in words]
    leader = ctx.lex.references.get("leader", ())
    for mention in found:
        after = folded[mention.end : mention.end + 3]
        if (
            mention.case == "nominative"
            and ctx.kind(mention.entity) == "Country"
            and any(w.startswith("heyət") for w in after)
        ):  # "Pakistan (hərbi) nümayəndə heyəti": the delegation, told before, not the country
            mention.modifier = True
        phrase = next((p for p in leader if phrase_at(folded, mention.end, p)), None)
        if mention.case != "genitive" or phrase is None:
            continue
        after = mention.end + len(phrase)
        head = next((k for k in range(after, min(after + 3, len(words))) if folded[k].startswith("heyət")), None)
        if head is None:  # "X-in rəhbərlik etdiyi "Balqaş" patrul gəmisi Bakıya gəlib": X leads what came
            mention.case = _led_case(folded, after)
            continue
        if head + 1 < len(words) and folded[head + 1] == "ilə":
            mention.case = "comitative"
        else:
            reading = analyses(words[head].text)
            mention.case = "accusative" if folded[head].endswith(("ni", "nı")) else reading[0].case


def _led_case(folded: list[str], after: int) -> str:
    """The case of what someone leads, when it is not a delegation: by its head, the first word before "ilə"
    (comitative) or in the accusative; else the subject (nominative)."""
    for k in range(after, min(after + 5, len(folded))):
        if k + 1 < len(folded) and folded[k + 1] == "ilə":
            return "comitative"
        if folded[k].endswith(("nı", "ni", "nu", "nü")):
            return "accusative"
    return "nominative"


def sides(ctx: Context, sentence: Sentence, found: list[Mention]) -> None:
    """ "Azərbaycan tərəfdən X, Türkiyə tərəfdən isə Y": each country is its person's, not a participant."""
    words = sentence.words
    for k, mention in enumerate(found):
        if mention.end >= len(words) or words[mention.end].folded not in ctx.lex.sides:
            continue
        if ctx.kind(mention.entity) != "Country":
            continue
        person = next((m for m in found[k + 1 :] if ctx.kind(m.entity) == "Person"), None)
        if person is None:
            continue
        mention.modifier = True
        person.country = person.country or mention.entity
        person.titles = tuple(t for t in person.titles if t not in ctx.lex.sides)


def dash_titles(ctx: Context, sentence: Sentence, found: list[Mention]) -> None:
    """ "Azərbaycan Respublikası müdafiə nazirinin birinci müavini - Baş Qərargah rəisi X": the country qualifies."""
    words = sentence.words
    starts = {m.end: m for m in found}
    for mention in found:
        dash = mention.group_start - 1
        if ctx.kind(mention.entity) != "Person" or dash < 1 or words[dash].text not in {"-", "–", "—"}:
            continue
        k = dash
        while k > 0 and k not in starts and words[k - 1].text[:1].islower() and words[k - 1].text[:1].isalpha():
            k -= 1
        owner = starts.get(k)
        title = [w.text for w in words[k:dash]]
        if owner and title and ctx.lex.is_title(title[-1]) and ctx.kind(owner.entity) in {"Country", "Organization"}:
            owner.modifier = owner.modifier or owner.case in {"nominative", "genitive"}


def memorial_object(ctx: Context, sentence: Sentence, i: int) -> str | None:
    """ "Anıtkabiri ziyarət edərək ... əklil qoyub": a name visited where a wreath is laid, in the nominative."""
    folded = [w.folded for w in sentence.words]
    if not any(phrase_at(folded, i + 1, p) for p in ctx.lex.memorial_visits):
        return None
    if not any(phrase_at(folded, k, p) for k in range(len(folded)) for p in ctx.lex.wreaths):
        return None
    accusative = [a for a in analyses(sentence.words[i].text) if a.case == "accusative"]
    return accusative[0].base if accusative else None


def carry_country_along_lists(ctx: Context, sentence: Sentence, found: list[Mention]) -> None:
    """ "Azərbaycan Prezidenti X, müdafiə naziri Y və ...": a title without a country takes the list's."""
    people = [m for m in found if ctx.kind(m.entity) == "Person" and m.titles]
    for before, mention in itertools.pairwise(people):
        gap = [w.folded for w in sentence.words[before.end : mention.group_start]]
        if mention.country is None and mention.organization is None and gap and set(gap) <= {",", "və"}:
            mention.country = before.country


def is_date_word(ctx: Context, word: Word) -> bool:
    """ "martın 3-də qazaxıstanlı həmkarı X", "Dünən T.Sadıqov": a date ends a title or a name."""
    if word.text[:1].isdigit():
        return not ctx.lex.is_rank(word.text)
    return word.folded in DAYS_BACK or any(fold(a.base) in MONTHS for a in analyses(word.text))
