"""Appointments: who appoints whom to which post ("Prezidentin Sərəncamı ilə X Y təyin edilib").

The decree's signer appoints (the President when the text says "Prezidentin Sərəncamı"
without a name, GUIDE.md); a decree told before signs the appointments told after it; one
appointee named with two posts ("eyni zamanda", concurrently) is appointed twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.dates import find_dates
from kg.extract.lexicon import pattern_match
from kg.extract.model import DraftEvent, Mention
from kg.extract.posts import appointed_by, appointed_post
from kg.extract.reference import head_of_state, participants

if TYPE_CHECKING:
    from kg.extract.context import Context
    from kg.extract.trigger import Trigger


def appointment(trigger: Trigger, agents: list[str]) -> list[DraftEvent]:
    """Appointments, by a decree or not: the decree's signer appoints."""
    if trigger.rule.nominal:  # "Prezident X-in Y təyin edilməsi haqqında Sərəncam imzalayıb"
        named = [m for m in trigger.actors(agents, {"genitive"}) if trigger.kind(m.entity) == "Person"]
        if agents:  # "... səfirlərin təyin edilməsi haqqında sərəncamlar imzalayıb": the signer of what follows
            trigger.discourse.decree_signer = agents[0]
        if not named or not agents:
            return []
        return [_appointed(trigger, agents[0], named[-1])]
    if trigger.rule.passive:  # "... Sərəncamı ilə X Y təyin edilib"
        people = [
            m for m in participants(trigger.mentions) if m.entity in agents and trigger.kind(m.entity) == "Person"
        ]
        words = trigger.sentence.words
        named = [
            m
            for m in participants(trigger.mentions)
            if trigger.kind(m.entity) == "Person" and m.case == "nominative" and m.end <= trigger.start
        ]
        contrast = any(m.end < len(words) and words[m.end].folded == "isə" for m in named[1:])
        if words[trigger.end - 1].folded.endswith(("lər", "lar")) or contrast:  # "X ..., Y isə ... təyin edilib"
            people = named
        if not people:  # "Azərbaycan Respublikası Prezidentinin Sərəncamı ilə X ...": the subject is the titled one's
            people = _named_after_decree(trigger)
        if not people:
            return []
        people = people if len(people) > 1 and people[0].case == "nominative" else people[:1]
        appointer = _appointer(trigger, people[0])
        starts = [m.group_start for m in people[1:]] + [trigger.start]
        return [
            event
            for person, until in zip(people, starts, strict=True)
            for event in _concurrently(trigger, appointer, person, until)
        ]
    affected = [("affected", m.entity) for m in trigger.actors(agents, {"accusative", "locative", "dative"})]
    event = trigger.event(trigger.rule.event_type, [("agent", a) for a in agents] + affected, 0.75)
    event.post = appointed_post(
        trigger.ctx, trigger.sentence, trigger.start, trigger.start, [e for _, e in event.roles]
    )
    return [event] if agents else []


def _named_after_decree(trigger: Trigger) -> list[Mention]:
    """The first person in the nominative after "Sərəncamı ilə", before the verb: the one appointed."""
    words = trigger.sentence.words
    decree = next(
        (k for k, w in enumerate(words) if any(pattern_match(d, w.folded) for d in trigger.ctx.lex.decrees)), None
    )
    if decree is None:
        return []
    people = [
        m
        for m in participants(trigger.mentions)
        if decree < m.start and m.end <= trigger.start and m.case == "nominative" and trigger.kind(m.entity) == "Person"
    ]
    return people[:1]


def _appointer(trigger: Trigger, appointed: Mention) -> str | None:
    """Who appoints: the signer of the decree named (or the last decree's), else the country in the genitive."""
    words = trigger.sentence.words
    by = next((k for k in range(appointed.end, trigger.start) if words[k].folded == "tərəfindən"), None)
    if by is not None and appointed_by(trigger.ctx, trigger.sentence, by):  # "Nazirliyi tərəfindən ... təyin edilib"
        return appointed_by(trigger.ctx, trigger.sentence, by)
    decree = next(
        (k for k, w in enumerate(words) if any(pattern_match(d, w.folded) for d in trigger.ctx.lex.decrees)), None
    )
    genitive = [m for m in trigger.actors([appointed.entity], {"genitive"}) if m.end <= trigger.start]
    if decree is not None:
        signers = [m for m in genitive if m.end <= decree and trigger.kind(m.entity) == "Person"]
        if signers:
            trigger.discourse.decree_signer = signers[-1].entity
            return signers[-1].entity
        if trigger.discourse.decree_signer:  # "Digər Sərəncamla ...": the same signer
            return trigger.discourse.decree_signer
        president = head_of_state(trigger.ctx)[:1]  # "Prezidentin Sərəncamı ilə": decrees are the president's
        if president:
            trigger.discourse.decree_signer = president[0]
            return president[0]
    # a country before the appointee appoints; one after is the post's ("X Azərbaycanın ... səfiri təyin edilib"),
    # which appoints only where no decree was told before ("Z.Rəsulov ... təyin olunub", after the decrees)
    countries = [m for m in genitive if trigger.kind(m.entity) == "Country"]
    before = [m.entity for m in countries if m.end <= appointed.group_start]
    after = [m.entity for m in countries]
    return next(iter(before), None) or trigger.discourse.decree_signer or next(iter(after), None)


def _concurrently(trigger: Trigger, appointer: str | None, appointed: Mention, until: int) -> list[DraftEvent]:
    """ "X A-da səfiri, eyni zamanda B-də səfiri təyin edilib": one appointment to each post."""
    words = [w.folded for w in trigger.sentence.words]
    at = next((k for k in range(appointed.end, until) if words[k : k + 2] == ["eyni", "zamanda"]), None)
    if at is None:
        return [_appointed(trigger, appointer, appointed, until)]
    second = Mention(appointed.entity, at + 1, at + 2, appointed.case)  # the second post begins after "zamanda"
    if at == appointed.end:  # "E.X eyni zamanda B-də səfiri təyin olunub": a second post, beside one told before
        event = _appointed(trigger, appointer, second, until)
        event.stage = "eyni zamanda"
        return [event]
    return [_appointed(trigger, appointer, appointed, at), _appointed(trigger, appointer, second, until)]


def _appointed(trigger: Trigger, appointer: str | None, appointed: Mention, until: int | None = None) -> DraftEvent:
    """X appointed to the post named between X and ``until`` (the next appointee, or the verb)."""
    roles = ([("agent", appointer)] if appointer else []) + [("affected", appointed.entity)]
    event = trigger.event(trigger.rule.event_type, roles, 0.75 if appointer else 0.5)
    end = trigger.start if until is None else until
    event.post = appointed_post(trigger.ctx, trigger.sentence, appointed.end, end, [e for _, e in roles])
    return event


def date_by_signing(ctx: Context, events: list[DraftEvent]) -> None:
    """ "Hər iki sərəncam iyulun 8-də imzalanıb": the undated appointments told before were made that day."""
    for sentence in ctx.sentences:
        folded = [w.folded for w in sentence.words]
        decree = any(pattern_match(d, w) for d in ctx.lex.decrees for w in folded)
        if not decree or not any(w.startswith("imzalan") for w in folded):
            continue
        days = [d for d in find_dates(sentence.text, ctx.published, sentence.start) if d.when.precision == "day"]
        if len(days) != 1:
            continue
        for event in events:
            undated = event.type == "Appointment" and event.date is None
            if undated and event.spans and event.spans[0][0] < sentence.start:
                event.date = days[0]
                event.evidence.append(sentence.text)
                event.spans.append((sentence.start, sentence.end))
