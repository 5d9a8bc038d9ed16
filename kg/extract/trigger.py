"""A trigger of a sentence: the rule it matched, where, and what a frame reads around it.

``kg.extract.frames`` turns a trigger into drafted events; ``Trigger.event``
gives each the date the trigger's clause names.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.context import Context
from kg.extract.dates import DateMention
from kg.extract.lexicon import Rule
from kg.extract.model import DraftEvent, Mention
from kg.extract.reference import ACTORS, Discourse, find_triggers, participants
from kg.extract.text import Sentence

PLACES = {"City", "Country", "Facility", "Memorial"}
_RANK = {"day": 0, "month": 1, "year": 2, "bounded": 3}


@dataclass
class Trigger:
    """One trigger of a sentence, with what the frame needs to read it."""

    ctx: Context
    rule: Rule
    sentence: Sentence
    mentions: list[Mention]
    start: int
    end: int
    dates: list[DateMention]
    discourse: Discourse
    source: str | None

    def kind(self, entity: str) -> str:
        return self.ctx.kind(entity)

    def usable(self, agents: list[str]) -> list[Mention]:
        return [m for m in participants(self.mentions) if m.entity not in agents]

    def actors(self, agents: list[str], cases: set[str]) -> list[Mention]:
        return [m for m in self.usable(agents) if self.kind(m.entity) in ACTORS and m.case in cases]

    def place(self, agents: list[str]) -> str | None:
        places = [
            m
            for m in self.usable(agents)
            if self.kind(m.entity) in PLACES - {"Country"} and m.case in {"locative", "dative", "ablative"}
        ]
        return places[0].entity if places else None

    def _dates_a_signing(self, date: DateMention, kind: str) -> bool:
        """ "T.Ordubadlı martda Bakıda imzalanmış proqramın icrasını qeyd edib": March dates the signing told in
        a participle just after it, not what is said of it."""
        if kind == "AgreementSigning":
            return False
        k = next((k for k, w in enumerate(self.sentence.words) if w.start >= date.end), len(self.sentence.words))
        signings = [
            at for rule, at, _ in find_triggers(self.ctx, self.sentence) if rule.event_type == "AgreementSigning"
        ]
        return any(k <= at <= k + 2 and at < self.start for at in signings)

    def event(self, kind: str, roles: list[tuple[str, str]], confidence: float, **extra: str | None) -> DraftEvent:
        """A drafted event: its date is the most precise one before the trigger (the verb ends its clause).

        Of two as precise, the nearer: "İyunun 15-dən Fransada səfərdə olan nazir dünən sərgidə iştirak edib"
        took part yesterday; the 15th belongs to the participle's clause.
        """
        trigger_at = self.sentence.words[self.start].start
        before = [d for d in self.dates if d.start < trigger_at and not self._dates_a_signing(d, kind)]
        if kind == "Intention":  # "noyabrda ... keçirmək barədə razılığa gəliblər": the month of what is intended
            before = [d for d in before if d.when.precision == "day"]
        when = min(before, key=lambda d: (_RANK[d.when.precision], -d.start)) if before else None
        unique: list[tuple[str, str]] = []
        for role in roles:
            if role not in unique and not any(e == role[1] for _, e in unique):
                unique.append(role)
        event = DraftEvent(
            kind,
            unique,
            [self.sentence.text],
            round(min(max(confidence + (0.05 if when else 0), 0.1), 0.95), 2),
            when,
            spans=[(self.sentence.start, self.sentence.end)],
        )
        for key, value in extra.items():
            setattr(event, key, value)
        return event


def agent_roles(trigger: Trigger, agents: list[str], other: str = "counterpart") -> list[tuple[str, str]]:
    return [("agent", agents[0])] + [(other, a) for a in agents[1:]]
