"""Reading articles, fact files and the entity register: YAML in, checked dataclasses out."""

from kg.facts.article import load_article
from kg.facts.corpus import Corpus, load_corpus
from kg.facts.model import Article, Entity, Event, PostHolding, Register, Source
from kg.facts.register import find_register, load_register

__all__ = [
    "Article", "Corpus", "Entity", "Event", "PostHolding", "Register", "Source",
    "find_register", "load_article", "load_corpus", "load_register",
]  # fmt: skip
