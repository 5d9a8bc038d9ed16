"""Military exercises told by who takes part in them, not by a ceremony of theirs.

``Təlimdə Azərbaycan, Türkiyə və Gürcüstandan 400-dək hərbçi iştirak edir`` (servicemen *from*
Azerbaijan, Türkiye and Georgia take part in the exercise) and ``Təlimə Azərbaycan Hərbi Dəniz
Qüvvələrinin dörd, Qazaxıstan Hərbi Dəniz Qüvvələrinin isə iki gəmisi cəlb olunub`` (the two navies'
ships are drawn into it): the exercise is an occasion (a ``Ceremony``, GUIDE.md) of the countries or
forces named, whichever case they are in. The one "whose organised" exercise it is (``Müdafiə
Nazirliyinin təşkil etdiyi təlimdə``) organises it; a country that only qualifies a place
(``Gürcüstanın Vaziani hərbi bazasında``) takes no part. "İki ölkənin bölmələri" names no one: nothing
is drafted, since the gold writers told such exercises only through their opening or closing ceremony.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.model import DraftEvent
from kg.extract.reference import participants

if TYPE_CHECKING:
    from kg.extract.model import Mention
    from kg.extract.trigger import Trigger

FORCES = {"Country", "Organization"}
_ORGANISED = ("təşkil", "təşkilatçılığı")  # "X-in təşkil etdiyi təlimdə", "X-in təşkilatçılığı ilə"
_PLACE_WORDS = ("bazası", "poliqonu", "limanı", "ərazisi")  # "Gürcüstanın Vaziani hərbi bazasında"


def exercise(trigger: Trigger, agents: list[str]) -> list[DraftEvent]:
    """The exercise of the countries or forces whose troops, ships or pilots take part in it."""
    words = trigger.sentence.words
    if any(w.folded.startswith("mərasim") for w in words):  # the ceremony of the exercise: frames.ceremony
        return []
    named = [m for m in participants(trigger.mentions) if trigger.kind(m.entity) in FORCES]
    organizers = [m for m in named if m.case == "genitive" and _before(trigger, m, _ORGANISED)]
    sides = [m for m in named if m not in organizers and not _qualifies_a_place(trigger, m)]
    sides = [m for m in sides if m.case in {"nominative", "genitive", "ablative"} and m.end <= trigger.start]
    forces = [m.entity for m in sides if trigger.kind(m.entity) == "Organization"]
    countries = [m.entity for m in sides if trigger.kind(m.entity) == "Country"]
    taking_part = _unique(forces or countries)
    if not taking_part:
        return []
    roles = [("agent", e) for e in taking_part] + [("organizer", m.entity) for m in organizers]
    return [trigger.event("Ceremony", roles, 0.6, place=trigger.place(taking_part))]


def _before(trigger: Trigger, mention: Mention, stems: tuple[str, ...]) -> bool:
    words = trigger.sentence.words
    return any(w.folded.startswith(stems) for w in words[mention.end : mention.end + 1])


def _qualifies_a_place(trigger: Trigger, mention: Mention) -> bool:
    """ "Gürcüstanın Vaziani hərbi bazasında": a genitive three words or fewer before a base, ground or port."""
    if mention.case != "genitive":
        return False
    words = trigger.sentence.words[mention.end : mention.end + 4]
    return any(w.folded.startswith(_PLACE_WORDS) for w in words)


def _unique(entities: list[str]) -> list[str]:
    return list(dict.fromkeys(entities))
