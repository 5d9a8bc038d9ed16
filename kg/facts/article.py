"""One article folder: its text, metadata and facts, every quote located in the text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from rdflib import URIRef

from kg.facts.dates import DateError, check_reported, parse_when
from kg.facts.evidence import Quote, QuoteError, locate
from kg.facts.model import (
    FACTS,
    LANGUAGES,
    METADATA,
    REVIEW_STATES,
    TEXT,
    Article,
    Event,
    PostHolding,
    Register,
    Source,
    Texts,
)
from kg.facts.reader import Reader, check_id, check_slug, kind_of
from kg.facts.register import unknown_entity
from kg.facts.text import read_article_text
from kg.facts.yamlfile import Located, LocatedList, load_yaml
from kg.ontology import Vocabulary, vocabulary

_EVENT_FIELDS = (
    "place",
    "date_text",
    "part_of",
    "purpose",
    "notes",
    "quotation",
    "course",
    "post",
    "signed",
    "label",
)
_REVIEW_FIELDS = ("review", "confidence")


def _review(reader: Reader, node: Located, name: str, include_drafts: bool) -> dict[str, Any]:
    """The review marker and confidence of a drafted item; an unreviewed draft is refused unless included."""
    found: dict[str, Any] = {}
    if "review" in node:
        state = node["review"]
        if state not in REVIEW_STATES:
            raise reader.error(
                f"review must be one of {', '.join(REVIEW_STATES)}, found {kind_of(state)}",
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
                f"confidence must be a number from 0 to 1, found {kind_of(value)}",
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
    slug = check_slug(folder)
    text = read_article_text(folder / TEXT)
    meta = _read_metadata(folder / METADATA, text, register)
    facts_path = facts_path or folder / FACTS
    reader = Reader(facts_path)
    facts = load_yaml(facts_path)
    facts = reader.mapping(facts if facts is not None else Located(), "")
    reader.fields(facts, "", ("events",), ("source", "posts"))
    context = _Context(reader, text, register, vocab, include_drafts)
    return Article(
        slug=slug,
        folder=folder,
        text=text,
        source=_read_source(context, facts) if "source" in facts else None,
        posts=_read_posts(context, facts) if "posts" in facts else (),
        events=_read_events(context, facts, meta.published),
        **vars(meta),
    )


@dataclass(frozen=True)
class _Metadata:
    title: str
    publisher: str
    published: datetime
    language: str
    url: str | None


@dataclass(frozen=True)
class _Context:
    """What reading a fact file needs: its reader, the article's text, the register."""

    reader: Reader
    text: str
    register: Register
    vocab: Vocabulary
    include_drafts: bool

    def quotes(self, node: Located, key: str, name: str) -> tuple[Quote, ...]:
        """The quotes of a field (the article's words, or a list of them), located in the text."""
        value = node[key]
        items = [(value, node, key)] if isinstance(value, str) else None
        if isinstance(value, LocatedList) and value:
            items = [(v, value, i) for i, v in enumerate(value)]
        if not items or not all(isinstance(v, str) for v, _, _ in items):
            raise self.reader.error("expected the article's exact words, or a list of them", node, key, name)
        found = []
        for words, where, index in items:
            try:
                found.append(locate(words, self.text))
            except QuoteError as err:
                suffix = f"[{index}]" if isinstance(index, int) else ""
                raise self.reader.error(str(err), where, index, name + suffix) from None
        return tuple(found)

    def entity(self, node: Located, key: str, name: str, kind: URIRef | None = None) -> str:
        return _entity_ref(self.reader, node, key, name, self.register, kind)

    def review(self, node: Located, name: str) -> dict[str, Any]:
        return _review(self.reader, node, name, self.include_drafts)


def _read_metadata(meta_path: Path, text: str, register: Register) -> _Metadata:
    """``article.yaml``: title (the text's first line), publisher, publication time with its zone."""
    reader = Reader(meta_path)
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
    language = reader.text(meta, "language", "language")
    url = reader.url(meta, "url", "url") if "url" in meta else None
    return _Metadata(title, publisher, published, language, url)


def _read_source(context: _Context, facts: Located) -> Source:
    """``source``: who the article's information comes from, with evidence."""
    node = context.reader.mapping(facts["source"], "source", facts, "source")
    context.reader.fields(node, "source", ("author", "evidence"), _REVIEW_FIELDS)
    return Source(
        context.entity(node, "author", "source.author"),
        context.quotes(node, "evidence", "source.evidence"),
        **context.review(node, "source"),
    )


def _read_posts(context: _Context, facts: Located) -> tuple[PostHolding, ...]:
    """``posts``: who holds which post, as of publication, with evidence."""
    reader = context.reader
    post_list = facts["posts"]
    if not isinstance(post_list, LocatedList):
        raise reader.error("expected a list of post holdings", facts, "posts", "posts")
    posts = []
    for index, node in enumerate(post_list):
        name = f"posts[{index}]"
        node = reader.mapping(node, name, post_list, None)
        reader.fields(node, name, ("holder", "post", "evidence"), _REVIEW_FIELDS)
        post = context.entity(node, "post", f"{name}.post", kind=context.vocab.entity_types["Post"])
        posts.append(
            PostHolding(
                context.entity(node, "holder", f"{name}.holder"),
                post,
                context.quotes(node, "evidence", f"{name}.evidence"),
                node.line,
                **context.review(node, name),
            )
        )
    return tuple(posts)


def _read_events(context: _Context, facts: Located, published: datetime) -> tuple[Event, ...]:
    """``events``: each event by its id, in the order written."""
    events_node = context.reader.mapping(facts["events"], "events", facts, "events")
    events = []
    for event_id in events_node:
        check_id(context.reader, events_node, event_id, f"events.{event_id}", "an event id")
        events.append(_read_event(context, events_node, event_id, published))
    return tuple(events)


def _read_event(context: _Context, events_node: Located, event_id: str, published: datetime) -> Event:
    reader, vocab = context.reader, context.vocab
    name = f"events.{event_id}"
    node = reader.mapping(events_node[event_id], name, events_node, event_id)
    reader.fields(node, name, ("type", "date", "evidence"), (*_EVENT_FIELDS, *_REVIEW_FIELDS, *vocab.participation))
    kind = reader.text(node, "type", f"{name}.type")
    if kind not in vocab.event_types:
        message = f"unknown event type {kind!r}; the ontology has: {', '.join(vocab.event_types)}"
        raise reader.error(message, node, "type", f"{name}.type")
    participants = _participants(context, node, name)
    try:
        when = check_reported(parse_when(node["date"], published.date()), published.date())
    except DateError as err:
        raise reader.error(str(err), node, "date", f"{name}.date") from None
    part_of = reader.text(node, "part_of", f"{name}.part_of") if "part_of" in node else None
    if part_of is not None and part_of not in events_node:
        raise reader.error(f"no event {part_of!r} in this fact file", node, "part_of", f"{name}.part_of")
    optional = {key: key in node for key in _EVENT_FIELDS}
    return Event(
        id=event_id,
        type=vocab.event_types[kind],
        participants=participants,
        when=when,
        evidence=context.quotes(node, "evidence", f"{name}.evidence"),
        place=context.entity(node, "place", f"{name}.place") if optional["place"] else None,
        date_text=context.quotes(node, "date_text", f"{name}.date_text")[0] if optional["date_text"] else None,
        part_of=part_of,
        purpose=reader.texts(node, "purpose", f"{name}.purpose") if optional["purpose"] else {},
        notes=_notes(reader, node, f"{name}.notes") if optional["notes"] else (),
        quotation=context.quotes(node, "quotation", f"{name}.quotation")[0] if optional["quotation"] else None,
        course=context.entity(node, "course", f"{name}.course") if optional["course"] else None,
        post=context.entity(node, "post", f"{name}.post") if optional["post"] else None,
        signed=_agreements(context, node, f"{name}.signed") if optional["signed"] else (),
        label=reader.texts(node, "label", f"{name}.label", LANGUAGES) if optional["label"] else {},
        **context.review(node, name),
    )


def _participants(context: _Context, node: Located, name: str) -> tuple[tuple[URIRef, str], ...]:
    """Who takes part, and how, in the order the curator wrote them (the agent first, usually)."""
    participants = []
    for role in node:
        prop = context.vocab.participation.get(role)
        if prop is None:
            continue
        for entity_id, where, key in context.reader.ids(node, role, f"{name}.{role}"):
            if entity_id not in context.register.entities:
                message = unknown_entity(entity_id, context.register.entities)
                raise context.reader.error(message, where, key, f"{name}.{role}")
            participants.append((prop, entity_id))
    return tuple(participants)


def _entity_ref(
    reader: Reader, node: Located, key: str, name: str, register: Register, kind: URIRef | None = None
) -> str:
    entity_id = reader.text(node, key, name)
    if entity_id not in register.entities:
        raise reader.error(unknown_entity(entity_id, register.entities), node, key, name)
    if kind is not None and register.entities[entity_id].type != kind:
        raise reader.error(f"{entity_id!r} is not a {kind.fragment}", node, key, name)
    return entity_id


def _agreements(context: _Context, node: Located, name: str) -> tuple[str, ...]:
    """The agreements an agreement signing signs: register ids of kgo:Agreement entities."""
    found = []
    agreement = context.vocab.entity_types["Agreement"]
    for entity_id, where, key in context.reader.ids(node, "signed", name):
        if entity_id not in context.register.entities:
            raise context.reader.error(unknown_entity(entity_id, context.register.entities), where, key, name)
        if context.register.entities[entity_id].type != agreement:
            raise context.reader.error(f"{entity_id!r} is not an Agreement of the register", where, key, name)
        found.append(entity_id)
    return tuple(found)


def _notes(reader: Reader, node: Located, name: str) -> tuple[Texts, ...]:
    value = node["notes"]
    if not isinstance(value, LocatedList):
        raise reader.error("expected a list of notes", node, "notes", name)
    holder = Located({str(i): v for i, v in enumerate(value)})
    holder.line = value.line
    holder.key_lines = {str(i): line for i, line in enumerate(value.item_lines)}
    return tuple(reader.texts(holder, str(i), f"{name}[{i}]") for i in range(len(value)))
