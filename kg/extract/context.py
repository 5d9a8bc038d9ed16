"""The text being read, and what has been learnt about it so far."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from kg.extract.holders import Holdings, corpus_holdings
from kg.extract.lexicon import Lexicon, lexicon
from kg.extract.linking import Names, choose_base
from kg.extract.model import Mention
from kg.extract.morphology import Analysis, analyses
from kg.extract.text import Sentence, fold, sentences
from kg.facts.model import Register


@dataclass
class Context:
    text: str
    published: date
    register: Register
    publisher: str | None
    lex: Lexicon
    names: Names
    sentences: list[Sentence]
    text_bases: set[str]  # bases written in two or more forms across the text (Gürcüstan, Gürcüstanın)
    salience: Counter[str] = field(default_factory=Counter)
    titles_of: dict[str, set[str]] = field(default_factory=dict)
    ranks_of: dict[str, set[str]] = field(default_factory=dict)  # person → the rank words before their name
    mentions: dict[int, list[Mention]] = field(default_factory=dict)  # by sentence start
    holders: dict[str, set[str]] = field(default_factory=dict)  # people whose post the text names → its countries
    posts_of: dict[str, list[str]] = field(default_factory=dict)  # people → the posts the text names them with
    mentioned: set[str] = field(default_factory=set)  # entities named in the sentences read so far
    holdings: Holdings = field(default_factory=dict)  # posts → who the corpus's fact files say holds them
    companies: set[str] = field(default_factory=set)  # organisations named as companies ('"X" şirkəti')

    def mentions_of(self, sentence: Sentence) -> list[Mention]:
        return self.mentions.get(sentence.start, [])

    def kind(self, entity_id: str) -> str:
        return self.names.entities[entity_id].type

    def reading(self, word: str) -> Analysis:
        return choose_base(word, self.names.known_bases, self.text_bases, self.lex.surnames)


def _text_bases(found: list[Sentence]) -> set[str]:
    forms: dict[str, set[str]] = {}
    for sentence in found:
        for k, word in enumerate(sentence.words):
            if word.text[:1].isupper():
                text = re.sub(r"^[A-ZƏÇŞÖÜĞİ]\.\s?", "", word.text)  # "Z.Rəsulov": the surname's form counts too
                for reading in analyses(text):
                    forms.setdefault(fold(reading.base), set()).add(fold(text) + ("^" if k == 0 else ""))
    return {
        base
        for base, seen in forms.items()
        if len({f.rstrip("^") for f in seen}) >= 2 or any(not f.endswith("^") and f == base for f in seen)
    }


def read_context(text: str, published: date, register: Register, publisher: str | None) -> Context:
    lex = lexicon()
    found = sentences(text)
    context = Context(text, published, register, publisher, lex, Names(register, lex), found, _text_bases(found))
    context.holdings = corpus_holdings(register.path.parent)
    return context
