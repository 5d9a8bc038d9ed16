"""Who led or represented each side of a meeting told before, and who came with them.

``Məsləhətləşmələrdə Azərbaycan tərəfinə X, Latviya tərəfinə isə Y rəhbərlik ediblər`` and
``Görüşdə Azərbaycan tərəfini X, Rusiya tərəfini isə Y təmsil ediblər`` name the people of a
meeting that the sentence before told only by its countries or ministries ("Azərbaycan və
Latviya xarici işlər nazirlikləri arasında məsləhətləşmələr keçirilib"). The people are the
most specific participants (GUIDE.md), so they become the meeting's parties.
``Nümayəndə heyətinin tərkibində A, B və C var``: the delegation's members take part in the
meeting its head took part in, in the head's role.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.model import DraftEvent
from kg.extract.reference import participants

if TYPE_CHECKING:
    from kg.extract.trigger import Trigger


def led_sides(trigger: Trigger, agents: list[str]) -> list[DraftEvent]:
    """The sides' people: the parties of the last meeting if it names none, else a meeting of their own."""
    people = list(
        dict.fromkeys(
            m.entity
            for m in participants(trigger.mentions)
            if trigger.kind(m.entity) == "Person" and m.end <= trigger.start
        )
    )
    if len(people) < 2:
        return []
    meeting = trigger.discourse.last_meeting
    if meeting is not None and not any(trigger.kind(e) == "Person" for _, e in meeting.roles):
        meeting.roles = [("agent", p) for p in people]  # a meeting between them: no direction (GUIDE.md)
        meeting.evidence.append(trigger.sentence.text)
        meeting.spans.append((trigger.sentence.start, trigger.sentence.end))
        return []
    if meeting is not None and set(people) <= {e for _, e in meeting.roles}:
        return []
    words = [w.folded for w in trigger.sentence.words[: trigger.start]]
    session = any(w.startswith(("iclas", "sessiya")) for w in words)  # "İclasda ...": a session is a Ceremony
    return [trigger.event("Ceremony" if session else "Meeting", [("agent", p) for p in people], 0.7)]


def members(trigger: Trigger, agents: list[str]) -> list[DraftEvent]:
    """The people named after "heyətinin tərkibində": the last meeting's parties too, beside their head."""
    meeting = trigger.discourse.last_meeting
    head = trigger.discourse.delegation_leader or trigger.discourse.guest
    if meeting is None or head is None:
        return []
    role = next((r for r, e in meeting.roles if e == head), None)
    named = [m.entity for m in participants(trigger.mentions) if m.start >= trigger.end]
    people = [e for e in dict.fromkeys(named) if trigger.kind(e) == "Person" and e != head]
    if role is None or not people:
        return []
    meeting.roles += [(role, p) for p in people if (role, p) not in meeting.roles]
    meeting.evidence.append(trigger.sentence.text)
    meeting.spans.append((trigger.sentence.start, trigger.sentence.end))
    return []
