"""Writing a draft: the fact file (``review: draft`` on every item) and ``entities.draft.yaml``.

Both are plain YAML in the formats ``kg.facts`` reads, written the same way
for the same input (no timestamps, items in the order of the text).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from kg.atomic import write_atomic
from kg.errors import KgError
from kg.extract.model import Draft, DraftEvent, EntityInfo
from kg.extract.sources import is_unique_quote
from kg.extract.text import fold
from kg.facts.model import Register
from kg.facts.text import read_utf8

_STAGES = {"Meeting": "the talks continued in another format", "Appointment": "concurrently with a post told before"}


def _date_value(event: DraftEvent) -> Any:
    return event.date.spec if event.date else {"not_after": "published"}


def draft_facts(draft: Draft) -> dict[str, Any]:
    """The draft as the data of a fact file (``kg.facts`` reads it once reviewed)."""
    facts: dict[str, Any] = {}
    if draft.source:
        facts["source"] = {"author": draft.source[0], "evidence": draft.source[1], "review": "draft", "confidence": 0.6}
    if draft.posts:
        facts["posts"] = [
            {"holder": h.holder, "post": h.post, "evidence": h.evidence, "review": "draft", "confidence": 0.6}
            for h in draft.posts
        ]
    events: dict[str, Any] = {}
    for event in draft.events:
        item: dict[str, Any] = {"type": event.type, "review": "draft", "confidence": event.confidence}
        for role, entity in event.roles:
            if role in item:
                item[role] = [item[role], entity] if isinstance(item[role], str) else [*item[role], entity]
            else:
                item[role] = entity
        if event.place:
            item["place"] = event.place
        if event.course:
            item["course"] = event.course
        if event.post:
            item["post"] = event.post
        item["date"] = _date_value(event)
        if event.date and not event.inherited_date and is_unique_quote(event.date.text, draft.text):
            item["date_text"] = event.date.text
        if event.stage:
            told = _STAGES.get(event.type, "where the visitor was")
            item["notes"] = [{"en": told, "az": event.stage}]
        if event.quotation:
            item["quotation"] = event.quotation
        if event.signed:
            item["signed"] = event.signed
        item["evidence"] = event.evidence[0] if len(event.evidence) == 1 else list(event.evidence)
        events[event.id] = item
    facts["events"] = events
    return facts


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=False)


def render_facts(draft: Draft, title: str = "") -> str:
    """The draft fact file's text: deterministic, with a header that says how to review it."""
    header = (
        f"# Draft facts, drafted by kg extract from the text{f' {title!r}' if title else ''}\n"
        f"# (published {draft.published.isoformat()}). Every item says `review: draft`: check each against\n"
        "# its evidence, correct it, then write `review: reviewed` (or delete the item). Until then\n"
        "# `kg build` refuses it unless given --include-drafts. `confidence` scores how much of an\n"
        "# item the rules found in the text (0-1), it is not a probability.\n"
    )
    new = draft.new_entities
    if new:
        header += (
            "# New entities (not in the register) are drafted in entities.draft.yaml: "
            + ", ".join(e.id for e in new)
            + "\n"
        )
    facts = draft_facts(draft)
    if not facts["events"]:
        header += "# No event was recognised in this text.\n"
    return header + "\n" + _dump(facts)


def render_entities(draft: Draft, existing: str = "") -> str:
    """Drafted entities in the register's format, appended to what ``entities.draft.yaml`` held."""
    present = yaml.safe_load(existing) if existing.strip() else {}
    present = present if isinstance(present, dict) else {}
    out = (
        existing
        if existing.strip()
        else (
            "# Drafted entities (kg extract): names the texts use that the register lacks.\n"
            "# Review each (type, English label, same_as), then move it into entities.yaml.\n"
        )
    )
    drafted = set(present) | {e.id for e in draft.new_entities}
    for entity in draft.new_entities:
        if entity.id in present:
            continue
        body, elsewhere = _entity_body(entity, drafted)
        links = f"\n# links to the register (add them when moving it into entities.yaml): {', '.join(elsewhere)}"
        out += (
            f"\n# draft (confidence {entity.confidence:.2f}); label.en is a copy of the Azerbaijani: translate it."
            f"\n# found in: {entity.evidence}" + (links if elsewhere else "") + "\n"
        ) + _dump({entity.id: body})
    return out


def _entity_body(entity: EntityInfo, drafted: set[str]) -> tuple[dict[str, Any], list[str]]:
    """The register entry of a drafted entity, and its links to the register (which the drafted file cannot hold)."""
    body: dict[str, Any] = {"type": entity.type, "label": {"en": entity.label, "az": entity.label}}
    if entity.role:
        body["role"] = {"en": entity.role, "az": entity.role}
    if entity.rank:
        body["rank"] = {"en": entity.rank, "az": entity.rank}
    links = {"organization": entity.organization}
    links["located_in" if entity.type in {"City", "Facility", "Memorial"} else "country"] = entity.country
    elsewhere = []
    for key, target in links.items():
        if target and target in drafted:
            body[key] = target
        elif target:
            elsewhere.append(f"{key}: {target}")
    return body, elsewhere


def read_text(path: Path) -> str:
    """An article's text; a missing or non-UTF-8 file is a ``KgError``."""
    return read_utf8(path)


def parse_published(value: str) -> date:
    """``2025-12-04`` or ``2025-12-04T21:14:00+04:00`` → the publication day."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        raise KgError(f"--published {value!r} is not a date; write YYYY-MM-DD, e.g. 2025-12-04") from None


def publisher_id(name: str | None, register: Register) -> str | None:
    """The register id of a publisher given by id, label or alias (``report``, ``Report``)."""
    if name is None:
        return None
    if name in register.entities:
        return name
    for entity in register.entities.values():
        names = [*entity.labels.values(), *(n for ns in entity.aliases.values() for n in ns)]
        if any(fold(n) == fold(name) for n in names):
            return entity.id
    return None


def draft_new_entities(draft: Draft, path: Path) -> int:
    """Add the draft's new entities to ``path`` (an ``entities.draft.yaml``); how many were added."""
    existing = path.read_text(encoding="utf-8") if path.is_file() else ""
    updated = render_entities(draft, existing)
    if updated == existing:
        return 0
    write_atomic(path, updated.encode("utf-8"))
    return updated.count("\n# found in: ") - existing.count("\n# found in: ")
