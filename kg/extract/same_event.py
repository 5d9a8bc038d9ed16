"""The same event told again: one event per happening (GUIDE.md).

A visit told in three sentences is one visit; "Tərəflər ..." is the meeting told
before. Two tellings are one event when their type and stage agree, their dates
can be the same time, and the second's participants are among the first's. A
memorial visited or a body visited during a visit stays an event of its own.
"""

from __future__ import annotations

from datetime import date, timedelta

from kg.extract.dates import DateMention
from kg.extract.model import DraftEvent, EntityInfo


def merge(events: list[DraftEvent], entities: dict[str, EntityInfo], published: date | None = None) -> list[DraftEvent]:
    """One event per type and participants: a visit told in three sentences is one visit.

    A signing of the same agreement told twice is one signing, with the people who signed when named
    ("A ilə B nazirlikləri arasında Saziş imzalanıb. Sənədi X və Y imzalayıblar"). A visit of a month long
    past is not the one told undated ("X Azərbaycanda səfərdədir ... X mart ayında da səfər etmişdi").
    """
    merged: list[DraftEvent] = []
    for event in events:
        kept = next((k for k in merged if same(k, event) and not _long_before(k, event, published)), None)
        if kept is None:
            merged.append(event)
            continue
        people = [e for r, e in event.roles if r == "agent" and entities[e].type == "Person"]
        if kept.signed and kept.signed == event.signed and people and len(people) >= len(kept.roles) // 2:
            kept.roles = event.roles
        if event.place and event.place != kept.place:
            institution = entities[event.place].type in {"Facility", "Organization"}
            if kept.place is None or (_within(kept.place, event.place, entities) and not institution):
                kept.place = event.place
            elif event.type in {"MemorialVisit", "Visit"}:  # at an academy, a plant during the visit: its own
                merged.append(event)
                continue
        kept.evidence += [e for e in event.evidence if e not in kept.evidence]
        kept.spans += [s for s in event.spans if s not in kept.spans]
        kept.confidence = max(kept.confidence, event.confidence)
        kept.signed = kept.signed or event.signed
        if kept.date is None or (kept.inherited_date and event.date and not event.inherited_date):
            if not (kept.date and event.date and _coarser(event.date, kept.date)):  # "2019-cu il ərzində"
                kept.date, kept.inherited_date = event.date, event.inherited_date
    return merged


def _long_before(kept: DraftEvent, event: DraftEvent, published: date | None) -> bool:
    """One of the two is undated, the other a month or year that ended a month before publication."""
    if published is None or (kept.date is None) == (event.date is None):
        return False
    dated = kept.date or event.date
    latest = dated.when.latest if dated else None
    return bool(dated and dated.when.precision in {"month", "year"} and latest and latest < published - timedelta(30))


def _coarser(a: DateMention, b: DateMention) -> bool:
    """``a`` is a year or month that holds the day ``b``: it does not date the day's event better."""
    return b.when.precision == "day" and a.when.precision in {"year", "month"} and _overlap(a, b)


def _overlap(a: DateMention, b: DateMention) -> bool:
    """Two dates that can be the same time: "iyunun 10-da" and "bu ilin fevralında" cannot."""
    if a.when.earliest is None or b.when.earliest is None or a.when.latest is None or b.when.latest is None:
        return True
    if a.when.precision == "day" and b.when.precision == "day":
        return a.when.value == b.when.value
    return a.when.earliest <= b.when.latest and b.when.earliest <= a.when.latest


def _within(country: str, place: str, entities: dict[str, EntityInfo]) -> bool:
    """A country, and a place in it ("Azərbaycana ... səfər", then "Bakıya gəlib")."""
    return entities[country].type == "Country" and entities[place].country == country


def same(kept: DraftEvent, event: DraftEvent) -> bool:
    """The same event told again: the same type, and participants already among the first telling's."""
    if kept.type != event.type or kept.stage != event.stage:
        return False  # the talks "continued in expanded format": a second meeting of the same parties
    if kept.signed and kept.signed == event.signed:
        return True
    borrowed = kept.type == "Visit" and (kept.inherited_date or event.inherited_date)  # "səfərdə olan X"
    if kept.date and event.date and not _overlap(kept.date, event.date) and not borrowed:
        return False  # told on two different days: two events (a visit, and its day at the university)
    if kept.post and event.post and kept.post != event.post:
        return False  # "A-da səfiri, eyni zamanda B-də səfiri": two appointments
    if kept.key() == event.key():
        return True
    told = {e for _, e in event.roles}  # "Tərəflər ...": the parties again, whichever role each had
    return len(told) >= 2 and told <= {e for _, e in kept.roles}
