"""What extraction produces: mentions, drafted entities, event frames, the draft."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kg.extract.dates import DateMention


@dataclass
class EntityInfo:
    """An entity names are linked to: from the register, or drafted from the text."""

    id: str
    type: str
    label: str  # Azerbaijani base (nominative) name
    new: bool = False
    evidence: str = ""
    confidence: float = 0.0
    country: str | None = None  # the country a place lies in, an organisation or post belongs to
    organization: str | None = None  # a post's organisation
    role: str = ""  # a post's role (Azerbaijani)
    rank: str = ""  # a person's rank, as the text writes it (general-leytenant)
    span: tuple[int, int] | None = None  # where it was first found (character offsets)


@dataclass
class Mention:
    """A name in a sentence, linked to an entity."""

    entity: str
    start: int  # word indices in the sentence, end exclusive
    end: int
    case: str
    group_start: int = -1  # where its titles and modifiers begin (people)
    titles: tuple[str, ...] = ()  # folded title words before a person (ranks aside)
    rank: tuple[str, ...] = ()  # folded rank words before a person
    modifier: bool = False  # a country or organisation that only qualifies a following person's title
    quoted: bool = False
    country: str | None = None  # the country its title names (Azərbaycanın müdafiə naziri → azerbaijan)
    organization: str | None = None  # the organisation its title names (Quru Qoşunlarının komandanı)

    def __post_init__(self) -> None:
        if self.group_start < 0:
            self.group_start = self.start


@dataclass
class DraftEvent:
    type: str
    roles: list[tuple[str, str]]  # (role, entity id), agent first
    evidence: list[str]
    confidence: float
    date: DateMention | None = None
    place: str | None = None
    quotation: str | None = None
    course: str | None = None
    post: str | None = None
    signed: str | None = None  # the Agreement signed (protokol, memorandum, saziş ...)
    spans: list[tuple[int, int]] = field(default_factory=list)  # character offsets of each evidence
    inherited_date: bool = False  # the date of the meeting it happened in ("Görüşdə ...")
    stage: str | None = None  # the words of a later stage of the same parties' talks ("geniş tərkibdə")
    id: str = ""

    def key(self) -> tuple[str, frozenset[tuple[str, str]]]:
        return (self.type, frozenset(self.roles))


@dataclass(frozen=True)
class Holding:
    """A post held, read from a title before a name."""

    holder: str
    post: str
    evidence: str
    span: tuple[int, int]


@dataclass
class Draft:
    """What the rules found in one text."""

    text: str
    published: date
    events: list[DraftEvent]
    entities: dict[str, EntityInfo]  # every entity the facts refer to
    source: tuple[str, str] | None = None  # (entity id, evidence)
    posts: list[Holding] = field(default_factory=list)
    source_span: tuple[int, int] | None = None  # character offsets of the source's evidence

    @property
    def new_entities(self) -> list[EntityInfo]:
        used = self.used_entities()
        return [e for e in self.entities.values() if e.new and e.id in used]

    def used_entities(self) -> set[str]:
        """Entities the draft refers to, and the countries and organisations of the posts it names."""
        used = {entity for event in self.events for _, entity in event.roles}
        used |= {e.place for e in self.events if e.place} | {e.course for e in self.events if e.course}
        used |= {e.signed for e in self.events if e.signed}
        used |= {h.holder for h in self.posts}
        if self.source:
            used.add(self.source[0])
        posts = {h.post for h in self.posts} | {e.post for e in self.events if e.post}
        for post in posts:
            info = self.entities.get(post)
            if info is not None:
                used.add(post)
                used |= {x for x in (info.country, info.organization) if x}
        return used
