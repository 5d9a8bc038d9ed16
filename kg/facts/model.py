"""Reading articles, their fact files and the entity register into dataclasses.

A corpus folder holds ``entities.yaml`` (the register: one identity per
person, organisation, place and post) and one folder per article with
``article.txt`` (the text, byte for byte), ``article.yaml`` (its metadata)
and ``facts.yaml`` (its events, posts and source). Everything read is checked
here: an unknown field, an undefined entity, a malformed date or a quote that
is not in the article is a ``KgError`` naming the file, line and field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from rdflib import URIRef

from kg.facts.dates import When
from kg.facts.evidence import Quote

REGISTER = "entities.yaml"
TEXT = "article.txt"
METADATA = "article.yaml"
FACTS = "facts.yaml"
LANGUAGES = ("en", "az")
REVIEW_STATES = ("draft", "reviewed")  # `review:` of a drafted item (kg extract); absent = written by hand

Texts = dict[str, str]  # language tag → text


@dataclass(frozen=True)
class Entity:
    """A person, organisation, country, place, course or post of the register."""

    id: str
    type: URIRef
    labels: Texts
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    same_as: tuple[str, ...] = ()
    links: dict[str, str] = field(default_factory=dict)  # country / located_in / organization → id
    attributes: dict[str, Texts] = field(default_factory=dict)  # rank / honorific / role
    url: str | None = None


@dataclass(frozen=True)
class Register:
    path: Path
    entities: dict[str, Entity]


@dataclass(frozen=True)
class Event:
    """One event of an article, with the evidence it rests on."""

    id: str
    type: URIRef
    participants: tuple[tuple[URIRef, str], ...]  # (participation property, entity id)
    when: When
    evidence: tuple[Quote, ...]
    place: str | None = None
    date_text: Quote | None = None
    part_of: str | None = None
    purpose: Texts = field(default_factory=dict)
    notes: tuple[Texts, ...] = ()
    quotation: Quote | None = None
    course: str | None = None
    post: str | None = None
    signed: tuple[str, ...] = ()  # agreements (register ids) an agreement signing signs
    label: Texts = field(default_factory=dict)  # what happened, in words (en and az); else a generated label
    review: str | None = None  # "draft" or "reviewed" for items drafted by kg extract
    confidence: float | None = None


@dataclass(frozen=True)
class PostHolding:
    """The article's statement that ``holder`` holds ``post`` on its publication date."""

    holder: str
    post: str
    evidence: tuple[Quote, ...]
    line: int = 0  # where it stands in facts.yaml
    review: str | None = None
    confidence: float | None = None


@dataclass(frozen=True)
class Source:
    """What the article names as its source: information released by ``author``."""

    author: str
    evidence: tuple[Quote, ...]
    review: str | None = None
    confidence: float | None = None


@dataclass(frozen=True)
class Article:
    slug: str
    folder: Path
    text: str
    title: str
    publisher: str
    published: datetime
    language: str
    url: str | None
    source: Source | None
    posts: tuple[PostHolding, ...]
    events: tuple[Event, ...]

    @property
    def published_date(self) -> date:
        """The publication day in the article's own time zone."""
        return self.published.date()
