"""Receptions told in the passive: ``X Y tərəfindən qəbul olunub`` (X was received by Y).

The one named right before ``tərəfindən`` (by) is the host, the meeting's agent; the one
received is the nominative before it, or the guest told before ("nümayəndə heyəti",
"qonaq"): the counterpart (GUIDE.md: A receives B).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.model import DraftEvent
from kg.extract.reference import ACTORS, countrys_person, guest_object, participants

if TYPE_CHECKING:
    from kg.extract.model import Mention
    from kg.extract.trigger import Trigger


def received_by(trigger: Trigger, agents: list[str]) -> list[DraftEvent]:
    """The host before "tərəfindən" receives the one named (or referred to) before the host."""
    words = trigger.sentence.words
    by = next((k for k in range(trigger.start) if words[k].folded == "tərəfindən"), None)
    named = [m for m in participants(trigger.mentions) if trigger.kind(m.entity) in ACTORS]
    host = next((m for m in named if by is not None and m.end == by), None)
    if host is None:
        return []
    guests = [m for m in named if m.end <= host.group_start and m.case == "nominative"]
    countries = [m for m in trigger.mentions if m.end <= host.group_start and trigger.kind(m.entity) == "Country"]
    heads = _heads_of_delegations(trigger, countries)
    if heads:  # "Gürcüstan, Ukrayna və Moldova nümayəndə heyətlərinin rəhbərləri X tərəfindən qəbul ediliblər"
        roles = [("agent", host.entity)] + [("counterpart", e) for e in heads]
        return [trigger.event("Meeting", roles, 0.7, place=trigger.place([host.entity, *heads]))]
    person = countrys_person(trigger.ctx, trigger.sentence, guests[0]) if guests else None  # "Azərbaycan diplomatı"
    guest = person or (guests[0].entity if guests else None)
    guest = guest or guest_object(trigger.ctx, trigger.sentence, 0, host.group_start, trigger.discourse)
    if guest is None:  # "Azərbaycan nümayəndə heyətinin rəhbəri korgeneral X tərəfindən": read as X's title
        guest = guest_object(trigger.ctx, trigger.sentence, 0, host.start, trigger.discourse)
    if guest is None or guest == host.entity:
        return []
    roles = [("agent", host.entity), ("counterpart", guest)]
    return [trigger.event("Meeting", roles, 0.75, place=trigger.place([host.entity, guest]))]


def _heads_of_delegations(trigger: Trigger, guests: list[Mention]) -> list[str]:
    """Countries listed before "nümayəndə heyətlərinin rəhbərləri": the person of each named before."""
    words = [w.folded for w in trigger.sentence.words]
    if not guests:
        return []
    after = words[guests[-1].end : guests[-1].end + 3]
    if after[-2:] not in (["heyətlərinin", "rəhbərləri"], ["heyətlərinin", "başçıları"]) and after[:2] not in (
        ["heyətlərinin", "rəhbərləri"],
        ["heyətlərinin", "başçıları"],
    ):
        return []
    ranked = [e for e, _ in trigger.ctx.salience.most_common() if trigger.kind(e) == "Person"]
    heads = [next((p for p in ranked if m.entity in trigger.ctx.holders.get(p, set())), None) for m in guests]
    return [h for h in dict.fromkeys(heads) if h] if all(heads) else []
