"""Visit frames: who went where, and the host country.

``X Bakıya səfər edib``, ``X Minskdə olub``: the place in the dative or locative
is where; a city's country (or the country itself) is the counterpart
(GUIDE.md: A visits ..., the host country). A memorial is a memorial visit; a
company's works ('"Kartal Savunma" şirkətinin müəssisəsində olub') a visit to the
company; a body of a country ("Müdafiə Qüvvələrinin Briqadasında olub") a visit
of its own to that country.
"""

from __future__ import annotations

from kg.extract.lexicon import pattern_match
from kg.extract.model import DraftEvent, Mention
from kg.extract.trigger import PLACES, Trigger, agent_roles


def visit(trigger: Trigger, agents: list[str]) -> list[DraftEvent]:
    roles = agent_roles(trigger, agents, "agent")
    usable = trigger.usable(agents)
    cases = {"dative", "locative", "accusative"}
    targets = [m for m in usable if trigger.kind(m.entity) in PLACES and m.case in cases]
    # "Komandanlığının Tehrandakı qərargahına səfər edib": the headquarters in Tehran, a visit to Tehran
    targets = targets or [m for m in usable if trigger.kind(m.entity) == "City" and m.case == "locative-ki"]
    if not targets:  # "Milli Müdafiə Universitetinə səfər edib": an institution visited
        targets = [m for m in usable if trigger.kind(m.entity) == "Organization" and m.case == "dative"]
    if not targets and trigger.rule.adjacent:  # "Müdafiə Qüvvələrinin 4-cü Briqadasında olub": the body visited
        bodies = [m for m in usable if trigger.kind(m.entity) == "Organization" and m.case == "locative"]
        bodies = [m for m in bodies if 0 <= trigger.start - m.end <= 1]
        owner = next(
            (m for m in trigger.mentions if bodies and m.end == bodies[0].start and m.case == "genitive"), None
        )
        info = trigger.ctx.names.entities[owner.entity] if owner else None
        country = owner.entity if owner and info and info.type == "Country" else info.country if info else None
        if country:  # a visit to the country whose body it is (the body's name is not all told)
            event = trigger.event(trigger.rule.event_type, [*roles, ("counterpart", country)], 0.7)
            words = trigger.sentence.words[owner.group_start if owner else bodies[0].start : bodies[0].end]
            event.stage = " ".join(w.text for w in words)  # a visit of its own, not the visit to the country
            return [event]
    # "Fəxri xiyabanı ziyarət edərək": a memorial right before the verb is its object, whatever its ending says
    objects = [m for m in usable if trigger.kind(m.entity) == "Memorial" and m.end == trigger.start]
    targets += [m for m in objects if m not in targets]
    if trigger.rule.nominal or trigger.rule.adjacent:  # "X-in Bakıya etdiyi səfər", "Bakıya gəlib"
        targets = [m for m in targets if 0 <= trigger.start - m.end <= 2]
    if trigger.rule.participle:  # "Fransada səfərdə olan nazir ... Parisdə": the place before the participle
        targets = [m for m in targets if m.end <= trigger.start]
    memorials = [m for m in targets if trigger.kind(m.entity) in trigger.rule.refine]
    if memorials:
        return [
            trigger.event(trigger.rule.refine[trigger.kind(m.entity)], roles, 0.75, place=m.entity) for m in memorials
        ]
    if not targets:
        return []
    target = targets[0].entity
    info = trigger.ctx.names.entities[target]
    country = target if info.type == "Country" else info.country or _capital_of(trigger, targets[0])
    if info.new and info.type == "City" and info.country is None:
        info.country = country  # "Sloveniya Respublikasının paytaxtı Lyublyana": the city is in that country
    extra = [("counterpart", country)] if country and not _at_home(trigger, agents, country) else []
    return [trigger.event(trigger.rule.event_type, roles + extra, 0.75, place=target)]


def _at_home(trigger: Trigger, agents: list[str], country: str) -> bool:
    """ "Azərbaycanın müdafiə naziri Gəncə şəhərinə səfər edib": a trip at home has no host country (GUIDE.md)."""
    own = {m.country for ms in trigger.ctx.mentions.values() for m in ms if m.entity == agents[0] and m.country}
    return own == {country}  # the visitor's title names that country


def _capital_of(trigger: Trigger, place: Mention) -> str | None:
    """ "Sloveniya Respublikasının paytaxtı Lyublyana şəhərində": the country in the genitive just before."""
    countries = [
        m.entity
        for m in trigger.mentions
        if m.case == "genitive" and trigger.kind(m.entity) == "Country" and 0 <= place.start - m.end <= 2
    ]
    return countries[-1] if countries else None


def enterprise_visit(trigger: Trigger, agents: list[str]) -> list[DraftEvent]:
    """'"Kartal Savunma" şirkətinin istehsal müəssisəsində olmuşdur', '"A" və "B" müəssisələrində olub'.

    The visitor was at the works of each company named between him and the works: a visit to it
    (GUIDE.md: A visits ...; the company is the counterpart).
    """
    words = trigger.sentence.words
    k = trigger.start - 1
    works = k >= 0 and any(pattern_match(r, words[k].folded) for r in trigger.rule.requires)
    if not works or not words[k].folded.endswith(("da", "də")):
        return []
    first = max((m.end for m in trigger.mentions if m.entity in agents and m.end <= k), default=0)
    companies = [
        m.entity
        for m in trigger.usable(agents)
        if trigger.kind(m.entity) == "Organization" and first <= m.start and m.end <= trigger.start
    ]
    roles = agent_roles(trigger, agents, "agent")
    return [trigger.event("Visit", [*roles, ("counterpart", c)], 0.7) for c in dict.fromkeys(companies)]
