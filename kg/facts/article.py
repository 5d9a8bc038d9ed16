"""One article folder: its text, metadata and facts, every quote located in the text."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from rdflib import URIRef

from kg.errors import KgError
from kg.facts.dates import DateError, parse_when
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
from kg.facts.reader import Reader, kind_of
from kg.facts.register import unknown_entity
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

    facts_path = facts_path or folder / FACTS
    reader = Reader(facts_path)
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
                        raise reader.error(unknown_entity(entity_id, register.entities), where, key, f"{name}.{role}")
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
                signed=_agreements(reader, node, f"{name}.signed", register, vocab) if "signed" in node else (),
                label=reader.texts(node, "label", f"{name}.label", LANGUAGES) if "label" in node else {},
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
    reader: Reader, node: Located, key: str, name: str, register: Register, kind: URIRef | None = None
) -> str:
    entity_id = reader.text(node, key, name)
    if entity_id not in register.entities:
        raise reader.error(unknown_entity(entity_id, register.entities), node, key, name)
    if kind is not None and register.entities[entity_id].type != kind:
        raise reader.error(f"{entity_id!r} is not a {kind.fragment}", node, key, name)
    return entity_id


def _agreements(reader: Reader, node: Located, name: str, register: Register, vocab: Vocabulary) -> tuple[str, ...]:
    """The agreements an agreement signing signs: register ids of kgo:Agreement entities."""
    found = []
    for entity_id, where, key in reader.ids(node, "signed", name):
        if entity_id not in register.entities:
            raise reader.error(unknown_entity(entity_id, register.entities), where, key, name)
        if register.entities[entity_id].type != vocab.entity_types["Agreement"]:
            raise reader.error(f"{entity_id!r} is not an Agreement of the register", where, key, name)
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
