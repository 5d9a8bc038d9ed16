"""Reading articles, their fact files and the entity register into dataclasses.

A corpus folder holds ``entities.yaml`` (the register: one identity per
person, organisation, place and post) and one folder per article with
``article.txt`` (the text, byte for byte), ``article.yaml`` (its metadata)
and ``facts.yaml`` (its events, posts and source). Everything read is checked
here: an unknown field, an undefined entity, a malformed date or a quote that
is not in the article is a ``KgError`` naming the file, line and field.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rdflib import URIRef

from kg.dates import DateError, When, parse_when
from kg.errors import KgError
from kg.evidence import Quote, QuoteError, locate
from kg.ontology import Vocabulary, vocabulary
from kg.yamlfile import Located, LocatedList, load_yaml

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


class _Reader:
    """Checks one YAML file's fields, raising errors that name file, line and field."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def error(self, message: str, node: Any, key: str | int | None, name: str) -> KgError:
        line = None
        if isinstance(node, Located) and isinstance(key, str):
            line = node.line_of(key)
        elif isinstance(node, LocatedList) and isinstance(key, int):
            line = node.line_of(key)
        elif isinstance(node, Located | LocatedList):
            line = node.line
        return KgError(message, where=self.path, line=line, field=name)

    def mapping(self, node: Any, name: str, parent: Any = None, key: str | None = None) -> Located:
        if not isinstance(node, Located):
            where = parent if parent is not None else node
            raise self.error(f"expected a mapping of fields, found {_kind(node)}", where, key, name)
        return node

    def fields(self, node: Located, name: str, required: Iterable[str], allowed: Iterable[str]) -> None:
        allowed = set(allowed) | set(required)
        for key in node:
            if key not in allowed:
                raise self.error(
                    f"unknown field {key!r}; allowed here: {', '.join(sorted(allowed))}",
                    node,
                    key,
                    f"{name}.{key}" if name else key,
                )
        for key in required:
            if key not in node:
                raise self.error(f"the field {key!r} is required", node, None, f"{name}.{key}" if name else key)

    def text(self, node: Located, key: str, name: str) -> str:
        value = node[key]
        if not isinstance(value, str) or not value.strip():
            raise self.error(f"expected text, found {_kind(value)}", node, key, name)
        return value

    def texts(self, node: Located, key: str, name: str, required: tuple[str, ...] = ()) -> Texts:
        value = node[key]
        if isinstance(value, str) and not required:
            return {"en": value}
        if not isinstance(value, Located):
            raise self.error(
                f"expected texts by language ({{en: ..., az: ...}}), found {_kind(value)}", node, key, name
            )
        for language in required:
            if language not in value:
                raise self.error(
                    f"a text in {language!r} is required (labels are given in English and Azerbaijani)",
                    value,
                    None,
                    f"{name}.{language}",
                )
        for language, text in value.items():
            if not isinstance(text, str) or not text.strip():
                raise self.error(f"expected text, found {_kind(text)}", value, language, f"{name}.{language}")
        return dict(value)

    def ids(self, node: Located, key: str, name: str) -> list[tuple[str, Any, str | int]]:
        """An id or a list of ids, with where each stands (for errors)."""
        value = node[key]
        if isinstance(value, str):
            return [(value, node, key)]
        if isinstance(value, LocatedList) and value and all(isinstance(v, str) for v in value):
            return [(v, value, i) for i, v in enumerate(value)]
        raise self.error(f"expected an entity id or a list of ids, found {_kind(value)}", node, key, name)


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"{type(value).__name__} {value!r}"


# --- The entity register ---------------------------------------------------

_ENTITY_LINKS = ("country", "located_in", "organization")
_ENTITY_ATTRIBUTES = ("rank", "honorific", "role")


def load_register(path: Path, vocab: Vocabulary | None = None) -> Register:
    """Read ``entities.yaml``: a mapping from entity id to its description."""
    vocab = vocab or vocabulary()
    reader = _Reader(path)
    data = load_yaml(path)
    if data is None:
        data = Located()
    top = reader.mapping(data, "")
    entities: dict[str, Entity] = {}
    for entity_id, node in top.items():
        name = entity_id
        node = reader.mapping(node, name, top, entity_id)
        reader.fields(
            node,
            name,
            ("type", "label"),
            ("aliases", "same_as", "url", *_ENTITY_LINKS, *_ENTITY_ATTRIBUTES),
        )
        kind = reader.text(node, "type", f"{name}.type")
        if kind not in vocab.entity_types:
            raise reader.error(
                f"unknown entity type {kind!r}; the ontology has: {', '.join(vocab.entity_types)}",
                node,
                "type",
                f"{name}.type",
            )
        aliases: dict[str, tuple[str, ...]] = {}
        if "aliases" in node:
            alias_node = reader.mapping(node["aliases"], f"{name}.aliases", node, "aliases")
            for language, names in alias_node.items():
                if isinstance(names, str):
                    names = [names]
                if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                    raise reader.error("expected a list of names", alias_node, language, f"{name}.aliases.{language}")
                aliases[language] = tuple(names)
        same_as: tuple[str, ...] = ()
        if "same_as" in node:
            values = node["same_as"] if isinstance(node["same_as"], list) else [node["same_as"]]
            for value in values:
                if not isinstance(value, str) or not (value.startswith("wd:Q") or value.startswith("http")):
                    raise reader.error(
                        f"{value!r} is not a Wikidata item (wd:Q123) or an IRI", node, "same_as", f"{name}.same_as"
                    )
            same_as = tuple(values)
        entities[entity_id] = Entity(
            id=entity_id,
            type=vocab.entity_types[kind],
            labels=reader.texts(node, "label", f"{name}.label", required=LANGUAGES),
            aliases=aliases,
            same_as=same_as,
            links={k: reader.text(node, k, f"{name}.{k}") for k in _ENTITY_LINKS if k in node},
            attributes={k: reader.texts(node, k, f"{name}.{k}") for k in _ENTITY_ATTRIBUTES if k in node},
            url=reader.text(node, "url", f"{name}.url") if "url" in node else None,
        )
    for entity in entities.values():
        for link, target in entity.links.items():
            if target not in entities:
                node = top[entity.id]
                raise reader.error(_unknown_entity(target, entities), node, link, f"{entity.id}.{link}")
    return Register(path, entities)


def _unknown_entity(entity_id: str, entities: dict[str, Entity]) -> str:
    from difflib import get_close_matches

    close = get_close_matches(entity_id, list(entities), n=3)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    return f"no entity {entity_id!r} in the register{hint}; add it to {REGISTER} or fix the id"


def find_register(folder: Path) -> Path:
    """The register that serves an article folder: the nearest ``entities.yaml`` above it."""
    for candidate in (folder, *folder.parents):
        if (candidate / REGISTER).is_file():
            return candidate / REGISTER
    raise KgError(f"no {REGISTER} in this folder or above it; a corpus needs an entity register", where=folder)


# --- Articles ------------------------------------------------------------------

_EVENT_FIELDS = (
    "place",
    "date_text",
    "part_of",
    "purpose",
    "notes",
    "quotation",
    "course",
    "post",
)
_REVIEW_FIELDS = ("review", "confidence")


def _review(reader: _Reader, node: Located, name: str, include_drafts: bool) -> dict[str, Any]:
    """The review marker and confidence of a drafted item; an unreviewed draft is refused unless included."""
    found: dict[str, Any] = {}
    if "review" in node:
        state = node["review"]
        if state not in REVIEW_STATES:
            raise reader.error(
                f"review must be one of {', '.join(REVIEW_STATES)}, found {_kind(state)}",
                node,
                "review",
                f"{name}.review",
            )
        if state == "draft" and not include_drafts:
            raise reader.error(
                "a drafted item that has not been reviewed; check it against the article, then write "
                "'review: reviewed' (or delete the item), or build with --include-drafts",
                node,
                "review",
                f"{name}.review",
            )
        found["review"] = state
    if "confidence" in node:
        value = node["confidence"]
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise reader.error(
                f"confidence must be a number from 0 to 1, found {_kind(value)}",
                node,
                "confidence",
                f"{name}.confidence",
            )
        found["confidence"] = float(value)
    return found


def load_article(
    folder: Path,
    register: Register,
    vocab: Vocabulary | None = None,
    include_drafts: bool = False,
    facts_path: Path | None = None,
) -> Article:
    """Read one article folder: text, metadata and facts, every quote located.

    ``facts_path`` reads the facts from another file than the folder's
    ``facts.yaml`` (a draft, a gold file); items marked ``review: draft`` are
    refused unless ``include_drafts``.
    """
    vocab = vocab or vocabulary()
    text_path = folder / TEXT
    try:
        text = text_path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise KgError(
            f"file not found; an article folder holds {TEXT}, {METADATA} and {FACTS}", where=text_path
        ) from None
    except UnicodeDecodeError as err:
        raise KgError(f"not UTF-8 text ({err.reason}); save it as UTF-8", where=text_path) from None

    meta_path = folder / METADATA
    reader = _Reader(meta_path)
    meta = reader.mapping(load_yaml(meta_path), "")
    reader.fields(meta, "", ("title", "publisher", "published", "language"), ("url",))
    title = reader.text(meta, "title", "title")
    first_line = text.split("\n", 1)[0].strip()
    if title.strip() != first_line:
        raise reader.error(f"the title is not the article's first line {first_line!r}", meta, "title", "title")
    publisher = _entity_ref(reader, meta, "publisher", "publisher", register)
    published_text = reader.text(meta, "published", "published")
    try:
        published = datetime.fromisoformat(published_text)
    except ValueError:
        published = None
    if published is None or published.tzinfo is None:
        raise reader.error(
            f"{published_text!r} is not a date and time with its zone; write e.g. 2025-12-04T21:14:00+04:00",
            meta,
            "published",
            "published",
        )

    facts_path = facts_path or folder / FACTS
    reader = _Reader(facts_path)
    facts = load_yaml(facts_path)
    facts = reader.mapping(facts if facts is not None else Located(), "")
    reader.fields(facts, "", ("events",), ("source", "posts"))

    def quotes(node: Located, key: str, name: str) -> tuple[Quote, ...]:
        value = node[key]
        items = [(value, node, key)] if isinstance(value, str) else None
        if isinstance(value, LocatedList) and value:
            items = [(v, value, i) for i, v in enumerate(value)]
        if not items or not all(isinstance(v, str) for v, _, _ in items):
            raise reader.error("expected the article's exact words, or a list of them", node, key, name)
        found = []
        for words, where, index in items:
            try:
                found.append(locate(words, text))
            except QuoteError as err:
                suffix = f"[{index}]" if isinstance(index, int) else ""
                raise reader.error(str(err), where, index, name + suffix) from None
        return tuple(found)

    source = None
    if "source" in facts:
        node = reader.mapping(facts["source"], "source", facts, "source")
        reader.fields(node, "source", ("author", "evidence"), _REVIEW_FIELDS)
        source = Source(
            _entity_ref(reader, node, "author", "source.author", register),
            quotes(node, "evidence", "source.evidence"),
            **_review(reader, node, "source", include_drafts),
        )

    posts = []
    if "posts" in facts:
        post_list = facts["posts"]
        if not isinstance(post_list, LocatedList):
            raise reader.error("expected a list of post holdings", facts, "posts", "posts")
        for index, node in enumerate(post_list):
            name = f"posts[{index}]"
            node = reader.mapping(node, name, post_list, None)
            reader.fields(node, name, ("holder", "post", "evidence"), _REVIEW_FIELDS)
            post = _entity_ref(reader, node, "post", f"{name}.post", register, kind=vocab.entity_types["Post"])
            posts.append(
                PostHolding(
                    _entity_ref(reader, node, "holder", f"{name}.holder", register),
                    post,
                    quotes(node, "evidence", f"{name}.evidence"),
                    node.line,
                    **_review(reader, node, name, include_drafts),
                )
            )

    events_node = reader.mapping(facts["events"], "events", facts, "events")
    events = []
    for event_id, node in events_node.items():
        name = f"events.{event_id}"
        node = reader.mapping(node, name, events_node, event_id)
        reader.fields(node, name, ("type", "date", "evidence"), (*_EVENT_FIELDS, *_REVIEW_FIELDS, *vocab.participation))
        kind = reader.text(node, "type", f"{name}.type")
        if kind not in vocab.event_types:
            raise reader.error(
                f"unknown event type {kind!r}; the ontology has: {', '.join(vocab.event_types)}",
                node,
                "type",
                f"{name}.type",
            )
        participants = []
        for role in node:  # in the order the curator wrote them: the agent first, usually
            prop = vocab.participation.get(role)
            if prop is not None:
                for entity_id, where, key in reader.ids(node, role, f"{name}.{role}"):
                    if entity_id not in register.entities:
                        raise reader.error(_unknown_entity(entity_id, register.entities), where, key, f"{name}.{role}")
                    participants.append((prop, entity_id))
        try:
            when = parse_when(node["date"], published.date())
        except DateError as err:
            raise reader.error(str(err), node, "date", f"{name}.date") from None
        part_of = reader.text(node, "part_of", f"{name}.part_of") if "part_of" in node else None
        if part_of is not None and part_of not in events_node:
            raise reader.error(f"no event {part_of!r} in this fact file", node, "part_of", f"{name}.part_of")
        events.append(
            Event(
                id=event_id,
                type=vocab.event_types[kind],
                participants=tuple(participants),
                when=when,
                evidence=quotes(node, "evidence", f"{name}.evidence"),
                place=_entity_ref(reader, node, "place", f"{name}.place", register) if "place" in node else None,
                date_text=quotes(node, "date_text", f"{name}.date_text")[0] if "date_text" in node else None,
                part_of=part_of,
                purpose=reader.texts(node, "purpose", f"{name}.purpose") if "purpose" in node else {},
                notes=_notes(reader, node, f"{name}.notes") if "notes" in node else (),
                quotation=quotes(node, "quotation", f"{name}.quotation")[0] if "quotation" in node else None,
                course=_entity_ref(reader, node, "course", f"{name}.course", register) if "course" in node else None,
                post=_entity_ref(reader, node, "post", f"{name}.post", register) if "post" in node else None,
                **_review(reader, node, name, include_drafts),
            )
        )
    return Article(
        slug=folder.resolve().name,
        folder=folder,
        text=text,
        title=title,
        publisher=publisher,
        published=published,
        language=reader.text(meta, "language", "language"),
        url=meta.get("url"),
        source=source,
        posts=tuple(posts),
        events=tuple(events),
    )


def _entity_ref(
    reader: _Reader, node: Located, key: str, name: str, register: Register, kind: URIRef | None = None
) -> str:
    entity_id = reader.text(node, key, name)
    if entity_id not in register.entities:
        raise reader.error(_unknown_entity(entity_id, register.entities), node, key, name)
    if kind is not None and register.entities[entity_id].type != kind:
        raise reader.error(f"{entity_id!r} is not a {kind.fragment}", node, key, name)
    return entity_id


def _notes(reader: _Reader, node: Located, name: str) -> tuple[Texts, ...]:
    value = node["notes"]
    if not isinstance(value, LocatedList):
        raise reader.error("expected a list of notes", node, "notes", name)
    holder = Located({str(i): v for i, v in enumerate(value)})
    holder.line = value.line
    holder.key_lines = {str(i): line for i, line in enumerate(value.item_lines)}
    return tuple(reader.texts(holder, str(i), f"{name}[{i}]") for i in range(len(value)))
