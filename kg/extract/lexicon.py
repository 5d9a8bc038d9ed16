"""The lexicons of ``kg extract``, read from data files a linguist can extend.

- ``lexicon/triggers.yaml``: for each event class of ``kg.ttl``, the phrases
  that report it (``görüşüb``, ``səfər edib``, ``imzalayıb``), with the words a
  sentence must also have or must not have. A class the ontology lacks is an
  error, so the list and the ontology agree.
- ``lexicon/names.yaml``: titles, ranks, name heads, surname endings,
  countries, news agencies, words that refer back (``Tərəflər``, ``Qonaq``),
  decrees and the heads of signed documents.
- ``lexicon/endings.yaml``: case endings (read by ``kg.extract.morphology``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kg.errors import KgError
from kg.extract.tenses import in_every_tense
from kg.extract.text import fold

LEXICON_DIR = Path(__file__).parent / "lexicon"
TRIGGERS = LEXICON_DIR / "triggers.yaml"
NAMES = LEXICON_DIR / "names.yaml"
_NAME_KEYS = ("titles", "heads", "surnames")  # once in triggers.yaml; still skipped there if present


@dataclass(frozen=True)
class Rule:
    event_type: str
    frame: str
    phrases: tuple[tuple[str, ...], ...]
    requires: tuple[str, ...] = ()
    excludes: tuple[tuple[str, ...], ...] = ()
    refine: dict[str, str] = field(default_factory=dict)
    passive: bool = False
    nominal: bool = False
    participle: bool = False  # "səfərə gələn X": the participle's subject is the name after it
    adjacent: bool = False  # "Bakıya gəlib": only a place right before the verb makes it this event


@dataclass(frozen=True)
class Lexicon:
    rules: tuple[Rule, ...]
    titles: tuple[str, ...]
    heads: dict[str, str]  # folded head word → entity type
    surnames: tuple[str, ...]
    ranks: tuple[str, ...] = ()
    ordinal: str = r"^\d+-(ci|cı|cu|cü)$"
    degree: tuple[str, ...] = ()
    acronyms: frozenset[str] = frozenset()
    countries: dict[str, tuple[str, ...]] = field(default_factory=dict)  # nominative → formal names
    agencies: frozenset[str] = frozenset()  # folded
    references: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    home_country: str = "Azərbaycan"
    inside_meeting: tuple[tuple[str, ...], ...] = ()
    decrees: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    object_verbs: tuple[tuple[str, ...], ...] = ()
    same_day: tuple[tuple[str, ...], ...] = ()
    next_day: tuple[tuple[str, ...], ...] = ()  # "ertəsi gün": the day after the one last named
    within_visit: tuple[tuple[str, ...], ...] = ()  # "səfər çərçivəsində": during the visit told before
    occasion_ends: tuple[tuple[str, ...], ...] = ()
    nominative_after: tuple[tuple[str, ...], ...] = ()  # "X başda olmaqla": X is in the nominative
    postpositions: frozenset[str] = frozenset()  # folded: "X üçün", "X çərçivəsində": X is no subject
    cities: dict[str, str] = field(default_factory=dict)  # city (nominative) → its country (nominative)
    stop_words: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    side_objects: frozenset[str] = frozenset()  # folded: "X heyətinə <title> Y": the title is X's
    name_particles: frozenset[str] = frozenset()  # folded: "van", "fon"; inside a name, before a capital
    common: tuple[str, ...] = ()
    adjectives: frozenset[str] = frozenset()  # folded: "milli"; never part of a person's name
    memorial_visits: tuple[tuple[str, ...], ...] = ()  # "ziyarət edərək": with a wreath, its object is a memorial
    wreaths: tuple[tuple[str, ...], ...] = ()
    ministries: dict[tuple[str, ...], str] = field(default_factory=dict)  # a minister's title → the ministry
    national_defence: frozenset[str] = frozenset()  # folded countries whose defence ministry is of "Milli Müdafiə"
    missions: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()
    occasions: tuple[str, ...] = ()
    our_country: frozenset[str] = frozenset()
    several: frozenset[str] = frozenset()
    sides: frozenset[str] = frozenset()
    demonym_heads: tuple[str, ...] = ()  # "latviyalı diplomat": the person of that country
    ethnonyms: dict[str, str] = field(default_factory=dict)  # folded "türk" → the country's nominative name
    place_nouns: tuple[str, ...] = ()  # "Konya şəhərində": the name takes the noun's case
    facility_nouns: tuple[str, ...] = ()  # '"Samur" sərhəd-buraxılış məntəqəsi': a quoted name is a facility
    visit_days: dict[tuple[str, ...], int] = field(default_factory=dict)
    document_references: frozenset[str] = frozenset()

    @property
    def document_stems(self) -> tuple[str, ...]:
        """The heads of signed documents without their wildcard (``protokol*`` → ``protokol``)."""
        return tuple(d.rstrip("*") for d in self.documents)

    def is_title(self, word: str) -> bool:
        folded = fold(word)
        return any(pattern_match(t, folded) for t in self.titles if " " not in t)

    def is_common(self, word: str) -> bool:
        """A capitalised common noun of the news (a decree, a document): never a place or a person."""
        folded = fold(word)
        return any(pattern_match(p, folded) for p in (*self.decrees, *self.documents, *self.common))

    def is_honorific(self, word: str) -> bool:
        return fold(word) in self.honorifics

    def is_ordinal(self, word: str) -> bool:
        """ "4-cü", "1-ci": the number of a unit or a rank's degree."""
        return re.match(self.ordinal, word) is not None

    def is_rank(self, word: str) -> bool:
        folded = fold(word)
        return (
            any(pattern_match(r, folded) for r in self.ranks)
            or folded in self.degree
            or bool(re.match(self.ordinal, folded))
        )


def pattern_match(pattern: str, word: str) -> bool:
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


def phrase_at(folded: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    """The phrase's patterns match the folded words from ``i`` on."""
    return i + len(phrase) <= len(folded) and all(pattern_match(p, folded[i + k]) for k, p in enumerate(phrase))


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise KgError(f"cannot read the lexicon: {err}", where=path) from None
    if not isinstance(data, dict):
        raise KgError("expected a mapping", where=path)
    return data


def _phrases(values: Any) -> tuple[tuple[str, ...], ...]:
    """Folded phrases, each also with its verb in the other tenses (``qəbul edib``, ``qəbul etdi`` ...)."""
    return tuple(form for p in values or () for form in in_every_tense(tuple(fold(p).split())))


def _rules(data: dict[str, Any], path: Path) -> tuple[Rule, ...]:
    from kg.ontology import vocabulary

    classes = vocabulary().event_types
    rules = []
    for name, entries in data.items():
        if name in _NAME_KEYS:
            continue
        if name not in classes:
            raise KgError(f"{name!r} is not an event class of the ontology ({', '.join(classes)})", where=path)
        for entry in entries:
            rules.append(
                Rule(
                    event_type=name,
                    frame=entry["frame"],
                    phrases=_phrases(entry["words"]),
                    requires=tuple(fold(r) for r in entry.get("requires", ())),
                    excludes=_phrases(entry.get("excludes")),
                    refine=dict(entry.get("refine", {})),
                    passive=bool(entry.get("passive", False)),
                    nominal=bool(entry.get("nominal", False)),
                    participle=bool(entry.get("participle", False)),
                    adjacent=bool(entry.get("adjacent", False)),
                )
            )
    return tuple(rules)


@cache
def lexicon(path: Path = TRIGGERS, names_path: Path = NAMES) -> Lexicon:
    """Read the trigger list and the name lexicon; a mistake in either is a ``KgError`` naming the file."""
    data = _read(path)
    names = _read(names_path) | {k: data[k] for k in _NAME_KEYS if k in data}
    heads = {fold(word): kind for kind, words in names.get("heads", {}).items() for word in words}
    return Lexicon(
        rules=_rules(data, path),
        titles=tuple(fold(t) for t in names.get("titles", ())),
        heads=heads,
        surnames=tuple(fold(s) for s in names.get("surnames", ())),
        ranks=tuple(fold(r) for r in names.get("ranks", ())),
        ordinal=names.get("ordinal", r"^\d+-(ci|cı|cu|cü)$"),
        degree=tuple(fold(d) for d in names.get("degree", ())),
        acronyms=frozenset(names.get("acronyms", ())),
        countries={name: tuple(formal or ()) for name, formal in names.get("countries", {}).items()},
        agencies=frozenset(fold(a) for a in names.get("agencies", ())),
        references={kind: _phrases(words) for kind, words in names.get("references", {}).items()},
        home_country=names.get("home_country", "Azərbaycan"),
        inside_meeting=_phrases(names.get("inside_meeting")),
        decrees=tuple(fold(d) for d in names.get("decrees", ())),
        documents=tuple(fold(d) for d in names.get("documents", ())),
        object_verbs=_phrases(names.get("object_verbs")),
        same_day=_phrases(names.get("same_day")),
        next_day=_phrases(names.get("next_day")),
        within_visit=_phrases(names.get("within_visit")),
        occasion_ends=_phrases(names.get("occasion_ends")),
        nominative_after=_phrases(names.get("nominative_after")),
        postpositions=frozenset(fold(w) for w in names.get("postpositions", ())),
        cities={city: country for country, cities in names.get("cities", {}).items() for city in cities},
        stop_words=frozenset(fold(w) for w in names.get("stop_words", ())),
        honorifics=frozenset(fold(w) for w in names.get("honorifics", ())),
        side_objects=frozenset(fold(w) for w in names.get("side_objects", ())),
        name_particles=frozenset(fold(w) for w in names.get("name_particles", ())),
        common=tuple(fold(w) for w in names.get("common", ())),
        adjectives=frozenset(fold(w) for w in names.get("adjectives", ())),
        memorial_visits=_phrases(names.get("memorial_visits")),
        wreaths=_phrases(names.get("wreaths")),
        ministries={tuple(fold(t).split()): name for t, name in (names.get("ministries") or {}).items()},
        national_defence=frozenset(fold(c) for c in names.get("national_defence", ())),
        missions=tuple(fold(w) for w in names.get("missions", ())),
        companies=tuple(fold(w) for w in names.get("companies", ())),
        occasions=tuple(fold(w) for w in names.get("occasions", ())),
        our_country=frozenset(fold(w) for w in names.get("our_country", ())),
        several=frozenset(fold(w) for w in names.get("several", ())),
        sides=frozenset(fold(w) for w in names.get("sides", ())),
        demonym_heads=tuple(fold(w) for w in names.get("demonym_heads", ())),
        ethnonyms={fold(w): country for w, country in (names.get("ethnonyms") or {}).items()},
        place_nouns=tuple(fold(w) for w in names.get("place_nouns", ())),
        facility_nouns=tuple(fold(w) for w in names.get("facility_nouns", ())),
        document_references=frozenset(fold(w) for w in names.get("document_references", ())),
        visit_days={tuple(fold(p).split()): int(n) for p, n in (names.get("visit_days") or {}).items()},
    )
