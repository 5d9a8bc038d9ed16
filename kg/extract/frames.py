"""Event frames: a trigger and the participants its grammar gives it.

Each frame reads the sentence's mentions by grammatical case around the
trigger (``kg.extract.reference`` finds the subject): ``X ilə`` and the
accusative are the counterparts of a meeting, the dative the destination of a
visit or the affected of a decision, the locative the place. The frame of a
rule is named in ``lexicon/triggers.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.appointments import appointment
from kg.extract.demonyms import demonym_counterpart, demonym_counterpart_object, person_of
from kg.extract.documents import agreement, document
from kg.extract.exercises import exercise
from kg.extract.hosts import received_by
from kg.extract.lexicon import phrase_at
from kg.extract.model import DraftEvent
from kg.extract.posts import demonym_country
from kg.extract.reference import (
    ACTORS,
    guest_object,
    leadership_of,
    participants,
    with_participation,
)
from kg.extract.sides import led_sides, members
from kg.extract.sources import quotation
from kg.extract.text import fold
from kg.extract.trigger import Trigger, agent_roles
from kg.extract.visits import enterprise_visit, visit


def meeting(trigger: Trigger, agents: list[str]) -> list[DraftEvent]:
    between = [m.entity for m in participants(trigger.mentions) if m.case == "between" and m.end <= trigger.start]
    between = [e for e in between if trigger.kind(e) in ACTORS]
    if trigger.rule.passive and not between:  # "X, Y və Z-in iştirakı ilə görüş keçirilib": they all met
        between = with_participation(trigger.ctx, trigger.sentence, trigger.mentions, trigger.start)
    if trigger.rule.passive and len(between) < 2:  # "X ilə serbiyalı həmkarı arasında danışıqlar aparılıb"
        words = [w.folded for w in trigger.sentence.words]
        near = [
            m.entity
            for m in participants(trigger.mentions)
            if m.case == "comitative" and "arasında" in words[m.end : m.end + 4]
        ]
        named = between or [e for e in near if trigger.kind(e) in ACTORS][:1]
        other = demonym_counterpart(trigger.ctx, trigger.sentence, trigger.start, named) if named else []
        between = named + [e for e in other if e not in named] if other else between
    if trigger.rule.passive and (len(between) >= 2 or not agents):  # "X ilə Y arasında görüş keçirilib"
        if len(between) < 2:
            return []
        roles = [("agent", e) for e in between]  # a meeting between them: no direction (GUIDE.md)
        return [trigger.event(trigger.rule.event_type, roles, 0.7, place=trigger.place(between))]
    others = trigger.actors(agents, {"comitative", "accusative"})
    if len(agents) >= 2:  # "Tərəflər ... NATO ilə ... əməkdaşlıq məsələlərini müzakirə ediblər": a topic, not a party
        others = [m for m in others if trigger.kind(m.entity) == "Person"]
    people = [m.entity for m in others if trigger.kind(m.entity) == "Person"] or [m.entity for m in others]
    people = people or titled_counterpart(trigger, agents)
    people = people or demonym_counterpart_object(trigger.ctx, trigger.sentence, trigger.start, agents)
    people = people or leadership_of(trigger.ctx, trigger.sentence, trigger.mentions, trigger.start)
    if not people and len(agents) == 1:
        # "X qonaqları qəbul edib", "Qonaqları X də qəbul edib": the guest told before, as an object
        guest = guest_object(trigger.ctx, trigger.sentence, 0, trigger.start, trigger.discourse)
        people = [guest] if guest and guest not in agents else []
    roles = [("agent", a) for a in agents]  # "A, B və C görüşüblər": they all met, no direction (GUIDE.md)
    if not people and len(roles) == 1:
        return []
    place = trigger.place(agents)
    if not people and _session_of(trigger, agents):
        return []  # "İclasda ... rəhbərlik etmişdir. Tərəflər ... müzakirə etmişlər": the session's notes
    if not people:
        return [trigger.event(trigger.rule.event_type, roles, 0.75, place=place)]
    return [
        trigger.event(trigger.rule.event_type, [*roles, ("counterpart", other)], 0.75, place=place) for other in people
    ]


def _session_of(trigger: Trigger, agents: list[str]) -> bool:
    """The sides of the session told before discuss: its evidence, not a meeting (GUIDE.md: "Tərəflər ...")."""
    if trigger.discourse.last_meeting is not None:
        return False
    session = next((e for e in reversed(trigger.discourse.events) if e.type == "Ceremony" and len(e.roles) >= 2), None)
    told = session is not None and any(w in fold(session.evidence[0]) for w in ("iclas", "sessiya"))
    if session is None or not told or {e for _, e in session.roles} != set(agents):
        return False
    session.evidence.append(trigger.sentence.text)
    session.spans.append((trigger.sentence.start, trigger.sentence.end))
    return True


def titled_counterpart(trigger: Trigger, agents: list[str]) -> list[str]:
    """ "Türkiyənin milli müdafiə nazirini qəbul edib", "Qırğızıstan Prezidenti ilə görüşüb": a title, no name.

    The counterpart is the person the text names with that title and country, else the country itself.
    """
    words = trigger.sentence.words
    ends = {m.end: m for m in trigger.mentions}
    titled = {k for m in trigger.mentions for k in range(m.group_start, m.start)}  # a named person's own title
    for m in trigger.mentions:  # "nazirinin birinci müavini - Baş Qərargah rəisi X": his title before the dash too
        j = dash = m.group_start - 1
        while dash > 0 and words[dash].text in {"-", "–", "—"} and j > 0 and words[j - 1].text[:1].islower():
            j -= 1
        titled.update(range(j, dash))
    for k in range(trigger.start - 1, -1, -1):
        word = words[k]
        if k in titled:
            continue
        # the object of the meeting: possessive + accusative (nazirini) or "ilə" (Prezidenti ilə), not naziri
        object_case = word.folded.endswith(("ını", "ini", "unu", "ünü")) or (
            k + 1 < len(words) and words[k + 1].folded == "ilə"
        )
        if not trigger.ctx.lex.is_title(word.text) or not object_case or k == 0:
            continue
        demonym = demonym_country(trigger.ctx, words[k - 1].text, trigger.sentence.text)
        if demonym and word.folded.startswith("həmkar"):  # "qazaxıstanlı həmkarı ilə": a person of that country
            return person_of(trigger.ctx, agents, demonym)
        j = k
        while j > 0 and j not in ends and words[j - 1].text[:1].islower():
            j -= 1
        owner = ends.get(j)
        if owner is None or trigger.kind(owner.entity) not in {"Country", "Organization"}:
            return []
        stem = word.folded[:5]
        for person, titles in trigger.ctx.titles_of.items():
            mentions = [m for ms in trigger.ctx.mentions.values() for m in ms if m.entity == person]
            if person not in agents and any(t.startswith(stem) for t in titles):
                if any(owner.entity in {m.country, m.organization} for m in mentions):
                    return [person]
        return [owner.entity]
    return []


def continued(trigger: Trigger, agents: list[str]) -> list[DraftEvent]:
    """ "Danışıqlar geniş tərkibdə davam etdirilib": the talks told before go on in another format.

    A second meeting (GUIDE.md: one event per happening) of the subject's people when the text names two
    or more ("Nazirlər danışıqlarını ... davam etdiriblər"), else of the last meeting's parties, on its day.
    """
    last = trigger.discourse.last_meeting
    words = trigger.sentence.words
    at = next((k for k in range(trigger.start) if words[k].folded in {"tərkibdə", "formatda"}), None)
    if last is None or at is None:
        return []
    roles = [("agent", a) for a in agents] if len(agents) >= 2 else list(last.roles)
    event = trigger.event(trigger.rule.event_type, roles, 0.7, place=last.place)
    event.stage = " ".join(w.text for w in words[max(at - 1, 0) : at + 1])
    if event.date is None and last.date is not None:
        event.date, event.inherited_date = last.date, True
    return [event]


def call(trigger: Trigger, agents: list[str]) -> list[DraftEvent]:
    """ "X Y-ə zəng edib": a phone call, a meeting at a distance of the caller and the one called (dative)."""
    called = [m.entity for m in trigger.actors(agents, {"dative"}) if m.end <= trigger.start]
    people = [e for e in called if trigger.kind(e) == "Person"] or called
    if not agents or not people:
        return []
    return [trigger.event(trigger.rule.event_type, [("agent", agents[0]), ("counterpart", people[0])], 0.75)]


def participation(trigger: Trigger, agents: list[str]) -> list[DraftEvent]:
    """ "Görüşdə X də iştirak edib": X took part in the last meeting."""
    meeting_event = trigger.discourse.last_meeting
    if meeting_event is None:
        return []
    for agent in agents:
        if agent in {e for _, e in meeting_event.roles}:
            continue
        country = next((m.country for m in trigger.mentions if m.entity == agent and m.country), None)
        at = next((k for k, (_, e) in enumerate(meeting_event.roles) if e == country), None)
        if at is not None and trigger.kind(agent) == "Person":  # the countries' ministers met: the ministers
            meeting_event.roles[at] = (meeting_event.roles[at][0], agent)
        else:
            meeting_event.roles.append(("participant", agent))
    meeting_event.evidence.append(trigger.sentence.text)
    meeting_event.spans.append((trigger.sentence.start, trigger.sentence.end))
    return []


def ceremony(trigger: Trigger, agents: list[str]) -> list[DraftEvent]:
    actors = trigger.actors(agents, {"genitive"})
    words = trigger.sentence.words
    titles = {m.end for m in actors if any(trigger.ctx.lex.is_title(w.text) for w in words[m.end : m.end + 2])}
    # an organisation whose title a person holds is no organiser: "Çoxmillətli Briqadasının komandanı ... X"
    organizers = [
        ("organizer", m.entity) for m in actors if trigger.kind(m.entity) == "Organization" and m.end not in titles
    ]
    usable = trigger.usable(agents)
    course = next((m.entity for m in usable if trigger.kind(m.entity) == "Course"), None)
    place = trigger.place(agents)
    if place is None:  # "Naxçıvan Hərbi Xəstəxanasının açılış mərasimində": the facility whose ceremony it is
        place = next((m.entity for m in usable if trigger.kind(m.entity) == "Facility" and m.case == "genitive"), None)
    roles = agent_roles(trigger, agents, "agent") + organizers
    return [trigger.event(trigger.rule.event_type, roles, 0.75, place=place, course=course)]


def welcome(trigger: Trigger, agents: list[str]) -> list[DraftEvent]:
    """ "Müdafiə Nazirliyində qonağın rəsmi qarşılanma mərasimi keçirilib": the welcome of the one named.

    The one welcomed is the person in the genitive before the ceremony's words, or, for "qonağın" or a
    title ("Estoniya nazirinin"), the visitor told before. Those who then pass the guard of honour take
    part too (``honour_guard``).
    """
    words = trigger.sentence.words
    k = trigger.start - 1
    while k >= 0 and words[k].folded in {"rəsmi", "təntənəli"}:
        k -= 1
    if k < 0:
        return []
    named = [m.entity for m in participants(trigger.mentions) if m.end == k + 1 and trigger.kind(m.entity) == "Person"]
    referred = words[k].folded.startswith("qonağ") or trigger.ctx.lex.is_title(words[k].text)
    welcomed = named or ([trigger.discourse.guest] if referred and trigger.discourse.guest else [])
    if not welcomed:
        return []
    return [trigger.event(trigger.rule.event_type, [("agent", welcomed[0])], 0.7, place=trigger.place(welcomed))]


def hosted_welcome(trigger: Trigger, agents: list[str]) -> list[DraftEvent]:
    """ "qarşılanma mərasimində X slovakiyalı həmkarını ... qarşılayıb": a welcome ceremony of the guest and X."""
    guests = [m.entity for m in trigger.actors(agents, {"accusative"}) if trigger.kind(m.entity) == "Person"]
    guests = guests or demonym_counterpart(trigger.ctx, trigger.sentence, trigger.start, agents)
    guests = guests or ([trigger.discourse.guest] if trigger.discourse.guest else [])
    guests = [g for g in guests if g not in agents]
    if not guests:
        return []
    roles = [("agent", guests[0])] + [("agent", a) for a in agents]
    return [trigger.event(trigger.rule.event_type, roles, 0.7, place=trigger.place(agents))]


def honour_guard(trigger: Trigger, agents: list[str]) -> list[DraftEvent]:
    """ "A və B fəxri qarovul dəstəsinin önündən keçiblər": they take part in the welcome told before."""
    ceremony = next((e for e in reversed(trigger.discourse.events) if e.type == "Ceremony"), None)
    if ceremony is None:
        return []
    ceremony.roles += [("agent", a) for a in agents if a not in {e for _, e in ceremony.roles}]
    ceremony.evidence.append(trigger.sentence.text)
    ceremony.spans.append((trigger.sentence.start, trigger.sentence.end))
    return []


def credentials(trigger: Trigger, agents: list[str]) -> list[DraftEvent]:
    """ "X Y-in etimadnaməsini qəbul edib": the presentation of credentials, a ceremony of both (GUIDE.md)."""
    envoys = [
        m.entity
        for m in participants(trigger.mentions)
        if m.case == "genitive" and m.end == trigger.start and trigger.kind(m.entity) == "Person"
    ]
    people = list(dict.fromkeys([*agents[:1], *envoys]))
    if len(people) < 2:
        return []
    return [trigger.event(trigger.rule.event_type, [("agent", e) for e in people], 0.75, place=trigger.place(agents))]


def presented(trigger: Trigger, agents: list[str]) -> list[DraftEvent]:
    """ "X etimadnaməsini Y-ə təqdim edib": credentials presented, a ceremony of both; "etimadnaməsinin surətini
    Y-ə təqdim edib": a copy of them, the envoy's meeting with Y (GUIDE.md)."""
    received = [m.entity for m in trigger.actors(agents, {"dative"}) if trigger.kind(m.entity) == "Person"]
    if not agents or not received or received[-1] in agents:
        return []
    if trigger.rule.event_type == "Ceremony":
        roles = [("agent", agents[0]), ("agent", received[-1])]
    else:
        roles = [("agent", agents[0]), ("counterpart", received[-1])]
    return [trigger.event(trigger.rule.event_type, roles, 0.75, place=trigger.place(agents))]


def decision(trigger: Trigger, agents: list[str]) -> list[DraftEvent]:
    actors = trigger.actors(agents, {"dative", "nominative", "genitive", "accusative", "comitative", "locative"})
    affected = [("affected", m.entity) for m in actors if m.case == "dative"]
    concerns = [("concerns", m.entity) for m in actors if m.case != "dative" and m.end <= trigger.start]
    roles = agent_roles(trigger, agents, "agent") + affected + concerns
    return [trigger.event(trigger.rule.event_type, roles, 0.75)]


def statement(trigger: Trigger, agents: list[str]) -> list[DraftEvent]:
    event = trigger.event(trigger.rule.event_type, agent_roles(trigger, agents, "agent"), 0.65)
    event.quotation = quotation(trigger.sentence, trigger.ctx.text)
    return [event]


def signing(trigger: Trigger, agents: list[str]) -> list[DraftEvent]:
    between = _before_word(trigger, "arasında") if trigger.rule.passive else []
    if between:  # "X ilə Y arasında ... Ankarada imzalanıb": X and Y signed, the host first
        companies = any(e in trigger.ctx.companies for e in between)  # a company is no side of a state
        between = _home_first(trigger, between) if _host_country(trigger, between) and not companies else between
        roles = [("agent", between[0])] + [("counterpart", e) for e in between[1:]]
    elif not agents:
        agents = _meeting_parties(trigger)  # "Görüşün yekununda ... memorandum imzalanıb": the meeting's parties
        if not agents:
            return []
        roles = [("agent", a) for a in agents] if len(agents) >= 3 else agent_roles(trigger, agents)
    elif len(agents) >= 3:  # three or more sign jointly: no direction (GUIDE.md)
        roles = [("agent", a) for a in agents]
    else:
        roles = agent_roles(trigger, _home_first(trigger, agents))
    if len(agents) == 1 and not between:
        others = trigger.actors(agents, {"comitative", "nominative"})
        roles += [("counterpart", m.entity) for m in others if m.end <= trigger.start]
    words = document(trigger)
    signed = agreement(trigger.ctx, words, trigger.rule.passive, trigger.sentence.text) if words else None
    if words and fold(words).split()[-1] in trigger.ctx.lex.document_references:
        signed = trigger.discourse.last_signed or signed  # "sənədi ... imzalayıblar": the agreement told before
    trigger.discourse.last_signed = signed or trigger.discourse.last_signed
    return [trigger.event(trigger.rule.event_type, roles, 0.75, place=trigger.place(agents), signed=signed)]


def _meeting_parties(trigger: Trigger) -> list[str]:
    meeting_event = trigger.discourse.last_meeting
    folded = [w.folded for w in trigger.sentence.words[: trigger.start]]
    inside = any(phrase_at(folded, k, p) for k in range(len(folded)) for p in trigger.ctx.lex.inside_meeting)
    if meeting_event is None or not inside:
        return []
    return [e for r, e in meeting_event.roles if r in {"agent", "counterpart"}]


def _home_first(trigger: Trigger, agents: list[str]) -> list[str]:
    """The host signs first: of the country the signing is in, else (for "Nazirlər ...") of the home country."""
    named = any(m.entity in agents and m.end <= trigger.start for m in trigger.mentions)
    host = _host_country(trigger, agents)
    home = host or trigger.ctx.names.find(trigger.ctx.lex.home_country)
    if (named and host is None) or len(agents) < 2 or home is None:
        return agents
    hosts = {m.entity for ms in trigger.ctx.mentions.values() for m in ms if m.country == home}
    hosts |= {a for a in agents if trigger.ctx.names.entities[a].country == home}  # the host's own ministry
    hosts |= {a for a in agents if home in trigger.ctx.holders.get(a, set())}  # one whose post is the host's
    hosts.add(home)  # "iki ölkə arasında ... Astanada imzalanmış": the host country itself
    # one whose post is another country's is the guest: the other side, its post unnamed, is the host's
    holders = trigger.ctx.holders
    guests = {a for a in agents if holders.get(a, set()) - {home} or _country(trigger, a) not in {None, home}}
    return sorted(agents, key=lambda a: 0 if a in hosts else 2 if a in guests else 1)


def _country(trigger: Trigger, entity: str) -> str | None:
    info = trigger.ctx.names.entities.get(entity)
    return info.country if info else None


def _host_country(trigger: Trigger, agents: list[str]) -> str | None:
    """The country the signing (or the meeting it ends) takes place in: "Ankarada ..." → Türkiyə hosts."""
    meeting = trigger.discourse.last_meeting
    place = trigger.place(agents) or (meeting.place if meeting else None)
    info = trigger.ctx.names.entities.get(place or "")
    if info and info.type == "City":
        return info.country
    visit = trigger.discourse.last_visit  # "... Lyublyana şəhərində olmuşdur. ... imzalamışlar": the visit's host
    hosts = [e for r, e in visit.roles if r == "counterpart" and trigger.kind(e) == "Country"] if visit else []
    visitors = {e for r, e in visit.roles if r == "agent"} if visit else set()
    return hosts[0] if hosts and visitors & set(agents) else None


def _before_word(trigger: Trigger, word: str) -> list[str]:
    stop = next((k for k, w in enumerate(trigger.sentence.words) if w.folded == word), None)
    if stop is None:
        return []
    actors = [m for m in participants(trigger.mentions) if trigger.kind(m.entity) in ACTORS and m.end <= stop]
    joined = [m for m in actors if m.case == "between"]  # "J.Martenlə görüşün sonunda A ilə B arasında": A, B
    return [m.entity for m in joined or actors]


FRAMES: dict[str, Callable[[Trigger, list[str]], list[DraftEvent]]] = {
    "meeting": meeting,
    "participation": participation,
    "continued": continued,
    "call": call,
    "visit": visit,
    "ceremony": ceremony,
    "exercise": exercise,
    "enterprise_visit": enterprise_visit,
    "credentials": credentials,
    "presented": presented,
    "welcome": welcome,
    "hosted_welcome": hosted_welcome,
    "honour_guard": honour_guard,
    "decision": decision,
    "statement": statement,
    "signing": signing,
    "appointment": appointment,
    "sides": led_sides,
    "members": members,
    "received_by": received_by,
}
