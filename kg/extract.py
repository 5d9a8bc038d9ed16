"""Drafting the fact file of an Azerbaijani news article from its text.

Rules, not a trained model: names are linked to the register by label and
alias (with their case endings removed, ``kg.aztext``); people, organisations
and places that the register lacks are drafted as new entities; events come
from the trigger phrases of ``ontology/triggers.yaml``, with participants
found by their grammatical case around the trigger, dates by ``kg.azdates``
and the sentence as evidence. Every drafted item says ``review: draft`` and
carries a ``confidence``: a score of how much of it the rules found in the
text (not a probability).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from kg.azdates import MONTHS, DateMention, find_dates
from kg.aztext import Analysis, Sentence, Word, analyses, base_name, check_azerbaijani, fold, sentences
from kg.facts.evidence import QuoteError, locate
from kg.facts.model import Register
from kg.triggers import Rule, lexicon, pattern_match

ACTORS = {"Person", "Organization", "Country"}
PLACES = {"City", "Country", "Facility", "Memorial"}
_STOP = {
    "və",
    "ilə",
    "ki",
    "bu",
    "da",
    "də",
    "isə",
    "həmçinin",
    "sonra",
    "daha",
    "bir",
    "olaraq",
    "arasında",
    "üçün",
    "zamanı",
    "tərəfindən",
    "ilk",
    "dəfə",
}
_HEAD_NOUNS = {"səfirlik": "səfirli", "nazirlik": "nazirli", "agentlik": "agentli", "təşkilat": "təşkilat"}
_PAIRS = {("hər", "iki", "ölkə"), ("iki", "ölkə"), ("hər", "iki", "tərəf")}


# --- Entities: known, and drafted -------------------------------------------------


@dataclass
class EntityInfo:
    id: str
    type: str
    label: str  # Azerbaijani base name
    new: bool = False
    evidence: str = ""
    confidence: float = 0.0
    country: str | None = None  # the country a place lies in (from the register)


@dataclass
class Mention:
    entity: str
    start: int  # word indices in the sentence, end exclusive
    end: int
    case: str
    group_start: int = -1  # where its titles and modifiers begin (people)
    titles: tuple[str, ...] = ()
    modifier: bool = False  # a country or organisation that only qualifies a following person's title
    quoted: bool = False

    def __post_init__(self) -> None:
        if self.group_start < 0:
            self.group_start = self.start


class Names:
    """The names of the register (and of entities drafted so far), by their words."""

    def __init__(self, register: Register) -> None:
        self.entities: dict[str, EntityInfo] = {}
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.known_bases: set[str] = set()
        for entity in register.entities.values():
            kind = entity.type.fragment
            if kind == "Post":
                continue
            self.entities[entity.id] = EntityInfo(
                entity.id, kind, entity.labels.get("az", entity.labels["en"]), country=entity.links.get("located_in")
            )
            names = [entity.labels.get("az", ""), *entity.aliases.get("az", ())]
            if "az" not in entity.aliases:
                names += entity.aliases.get("en", ())
            for name in names:
                self.add(name, entity.id)
            if kind == "Person":
                self.add(entity.labels.get("az", "").split()[-1], entity.id)

    def add(self, name: str, entity_id: str) -> None:
        words = tuple(fold(w) for w in name.split())
        if not words:
            return
        self.by_first.setdefault(words[0] if len(words) > 1 else "", []).append((words, entity_id))
        if len(words) == 1:
            self.by_first.setdefault("=" + words[0], []).append((words, entity_id))
        self.known_bases.add(words[-1])

    def match(self, words: tuple[Word, ...], i: int) -> tuple[str, int, Analysis] | None:
        """The longest name starting at word ``i``: (entity id, end, reading of the last word)."""
        best: tuple[str, int, Analysis] | None = None
        first = words[i].folded
        candidates = list(self.by_first.get(first, []))
        for reading in analyses(words[i].text):
            candidates += self.by_first.get("=" + fold(reading.base), [])
        for name, entity_id in candidates:
            n = len(name)
            if i + n > len(words) or (best and n <= best[1] - i):
                continue
            if any(words[i + k].folded != name[k] for k in range(n - 1)):
                continue
            last = words[i + n - 1]
            reading = next((a for a in analyses(last.text) if fold(a.base) == name[-1]), None)
            if reading is None or not words[i].text[:1].isupper():
                continue
            best = (entity_id, i + n, reading)
        return best


# --- The draft ---------------------------------------------------------------------


@dataclass
class DraftEvent:
    type: str
    roles: list[tuple[str, str]]  # (role, entity id), agent first
    evidence: list[str]
    confidence: float
    date: DateMention | None = None
    place: str | None = None
    quotation: str | None = None
    course: str | None = None
    post: str | None = None
    id: str = ""

    def key(self) -> tuple[str, frozenset[tuple[str, str]]]:
        return (self.type, frozenset(self.roles))


@dataclass
class Draft:
    """What the rules found in one text."""

    text: str
    published: date
    events: list[DraftEvent]
    entities: dict[str, EntityInfo]  # every entity the facts refer to
    source: tuple[str, str] | None = None  # (entity id, evidence)
    posts: list[tuple[str, str, str]] = field(default_factory=list)  # (holder, post, evidence)

    @property
    def new_entities(self) -> list[EntityInfo]:
        used = self.used_entities()
        return [e for e in self.entities.values() if e.new and e.id in used]

    def used_entities(self) -> set[str]:
        used = {entity for event in self.events for _, entity in event.roles}
        used |= {e.place for e in self.events if e.place} | {e.course for e in self.events if e.course}
        used |= {holder for holder, _, _ in self.posts}
        if self.source:
            used.add(self.source[0])
        return used


def _slug(text: str) -> str:
    table = str.maketrans("əğıöüşç", "egiousc")
    return re.sub(r"[^a-z0-9]+", "-", fold(text).translate(table)).strip("-") or "entity"


class _Extractor:
    def __init__(self, text: str, published: date, register: Register, publisher: str | None) -> None:
        self.text = text
        self.published = published
        self.register = register
        self.publisher = publisher
        self.lex = lexicon()
        self.names = Names(register)
        self.sentences = sentences(text)
        self.salience: Counter[str] = Counter()
        self.titles_of: dict[str, set[str]] = {}
        forms: dict[str, set[str]] = {}
        for sentence in self.sentences:
            for k, word in enumerate(sentence.words):
                if word.text[:1].isupper():
                    for reading in analyses(word.text):
                        forms.setdefault(fold(reading.base), set()).add(fold(word.text) + ("^" if k == 0 else ""))
        # a base written in two or more forms across the text is a name of the text (Gürcüstan, Gürcüstanın)
        self.text_bases = {
            base
            for base, seen in forms.items()
            if len({f.rstrip("^") for f in seen}) >= 2 or any(not f.endswith("^") and f == base for f in seen)
        }

    # names ----------------------------------------------------------------
    def base(self, word: str) -> str:
        readings = analyses(word)
        hits = [a for a in readings if fold(a.base) in self.names.known_bases]
        if not hits:  # the text's own names: another form of the word, not the word itself
            hits = [a for a in readings[1:] if fold(a.base) in self.text_bases]
        if hits:
            return max(hits, key=lambda a: len(a.ending)).base
        return base_name(word)

    def _reading(self, word: str) -> Analysis:
        base = self.base(word)
        return next(a for a in analyses(word) if a.base == base)

    def is_title(self, word: str) -> bool:
        folded = fold(word)
        return any(pattern_match(t, folded) for t in self.lex.titles)

    def new_entity(self, kind: str, label: str, sentence: Sentence, confidence: float) -> str:
        for entity in self.names.entities.values():
            if fold(entity.label) == fold(label):
                return entity.id
        entity_id = base = _slug(label)
        n = 2
        while entity_id in self.names.entities or entity_id in self.register.entities:
            entity_id, n = f"{base}-{n}", n + 1
        self.names.entities[entity_id] = EntityInfo(entity_id, kind, label, True, sentence.text, confidence)
        self.names.add(label, entity_id)
        if kind == "Person" and len(label.split()) > 1:
            self.names.add(label.split()[-1], entity_id)
        return entity_id

    def _unknown_run(self, sentence: Sentence, i: int) -> tuple[str, int, Analysis] | None:
        """A name the register lacks, starting at word ``i``: an organisation, a person or a place."""
        words = sentence.words
        if not words[i].text[:1].isupper() or fold(words[i].text) in MONTHS or self.is_title(words[i].text):
            return None
        # an organisation, facility or memorial: capitalised words (and "və") up to a head word
        j = i
        while j < len(words) and (words[j].text[:1].isupper() or (words[j].folded == "və" and j > i)):
            for reading in analyses(words[j].text):
                kind = self.lex.heads.get(fold(reading.base))
                if kind and j > i:
                    label = " ".join(w.text for w in words[i:j]) + " " + reading.base
                    return self.new_entity(kind, label, sentence, 0.6), j + 1, reading
            j += 1
        run = []
        j = i
        while j < len(words) and len(run) < 3 and words[j].text[:1].isupper() and self.names.match(words, j) is None:
            if fold(words[j].text) in MONTHS:
                break
            run.append(words[j])
            j += 1
            if any(a.case != "nominative" and not a.bare_vowel for a in analyses(words[j - 1].text)[1:]):
                break  # a case ending closes a name
        titled = i > 0 and self.is_title(words[i - 1].text)
        initial = len(run) == 1 and re.match(r"^[A-ZƏÇŞÖÜĞİ]\.\w", run[0].text)
        if 2 <= len(run) <= 3 or initial:
            last = self.base(run[-1].text)
            surname = any(fold(last).endswith(s) for s in self.lex.surnames)
            if titled or surname or initial:
                label = " ".join([w.text for w in run[:-1]] + [last])
                return (
                    self.new_entity("Person", label, sentence, 0.7 if titled else 0.5),
                    i + len(run),
                    self._reading(run[-1].text),
                )
            return None
        if len(run) == 1:
            base = self.base(run[0].text)
            reading = self._reading(run[0].text)
            repeated = fold(base) in self.text_bases
            cased = i > 0 and reading.case in {"locative", "dative", "ablative", "locative-ki"}
            if (repeated or cased) and len(base) > 2:
                kind = "Country" if re.search(r"(stan|iya|iyə)$", fold(base)) else "City"
                return self.new_entity(kind, base, sentence, 0.5 if repeated else 0.4), i + 1, reading
        return None

    def mentions(self, sentence: Sentence) -> list[Mention]:
        words = sentence.words
        quoted = _quoted_words(sentence)
        found: list[Mention] = []
        i = 0
        while i < len(words):
            known = self.names.match(words, i)
            unknown = self._unknown_run(sentence, i) if words[i].text[:1].isupper() else None
            best = max((m for m in (known, unknown) if m), key=lambda m: m[1], default=None)
            if best is None:
                i += 1
                continue
            entity_id, end, reading = best
            case = reading.case
            if end < len(words) and words[end].folded == "ilə":
                case = "comitative"
            found.append(Mention(entity_id, i, end, case, quoted=i in quoted))
            i = end
        self._groups(sentence, found)
        _chains(sentence, found)
        return found

    def _groups(self, sentence: Sentence, found: list[Mention]) -> None:
        """Attach titles (and the country or organisation they name) to the person they precede."""
        words = sentence.words
        for index, mention in enumerate(found):
            if self.names.entities[mention.entity].type != "Person":
                continue
            k = mention.start
            titles: list[str] = []
            while k > 0 and len(titles) < 5:
                word = words[k - 1]
                if (
                    not word.text[:1].isalpha()
                    or word.folded in _STOP
                    or (word.text[:1].isupper() and not self.is_title(word.text))
                ):
                    break
                titles.insert(0, word.folded)
                k -= 1
            if not any(self.is_title(t) for t in titles):
                continue
            mention.group_start, mention.titles = k, tuple(titles)
            self.titles_of.setdefault(mention.entity, set()).update(titles)
            before = found[index - 1] if index > 0 else None
            if before and before.end == k and self.names.entities[before.entity].type in {"Country", "Organization"}:
                before.modifier = True
                mention.group_start = before.start

    # events ----------------------------------------------------------------
    def run(self) -> Draft:
        events: list[DraftEvent] = []
        posts: list[tuple[str, str, str]] = []
        source: tuple[str, str] | None = None
        analysed = [(s, self.mentions(s)) for s in self.sentences]
        for sentence, mentions in analysed:
            for mention in mentions:
                holding = self._holding(sentence, mentions, mention)
                if holding and not any(h[:2] == holding[:2] for h in posts):
                    posts.append(holding)
        for sentence, mentions in analysed:
            if _is_header(sentence):
                continue
            for mention in mentions:
                if not mention.quoted and not mention.modifier:
                    self.salience[mention.entity] += 1
            if source is None and _names_source(sentence):
                author = self._source_author(mentions)
                if author and is_unique_quote(sentence.text, self.text):
                    source = (author, sentence.text)
                continue
            dates = [d for d in find_dates(sentence.text, self.published, sentence.start) if not d.since]
            for rule, start, end in self._triggers(sentence):
                events += self._frame(rule, sentence, mentions, start, end, dates, source)
        merged = _merge(events)
        entities = {k: v for k, v in self.names.entities.items()}
        draft = Draft(self.text, self.published, merged, entities, source, posts)
        _name_events(draft)
        return draft

    def _source_author(self, mentions: list[Mention]) -> str | None:
        for mention in mentions:
            entity = self.names.entities[mention.entity]
            if entity.type == "Organization" and mention.entity != self.publisher and fold(entity.label) != "report":
                return mention.entity
        return None

    def _triggers(self, sentence: Sentence) -> list[tuple[Rule, int, int]]:
        folded = [w.folded for w in sentence.words]
        found: list[tuple[Rule, int, int]] = []
        for rule in self.lex.rules:
            if rule.requires and not any(pattern_match(r, w) for r in rule.requires for w in folded):
                continue
            for phrase in rule.phrases:
                for i in range(len(folded) - len(phrase) + 1):
                    if all(pattern_match(p, folded[i + k]) for k, p in enumerate(phrase)):
                        end = i + len(phrase)
                        if any(_covers(folded, ex, i, end) for ex in rule.excludes):
                            continue
                        found.append((rule, i, end))
        found.sort(key=lambda f: (-(f[2] - f[1]), f[1]))
        chosen: list[tuple[Rule, int, int]] = []
        for rule, start, end in found:  # the longest phrase wins where triggers overlap
            if not any(start < e and s < end for _, s, e in chosen):
                chosen.append((rule, start, end))
        return sorted(chosen, key=lambda f: f[1])

    def _kind(self, entity_id: str) -> str:
        return self.names.entities[entity_id].type

    def _subject(self, sentence: Sentence, mentions: list[Mention], before: int, noun: bool) -> list[str]:
        """The agent(s) of a trigger: a nominative actor before it, or what a title or "both countries" refers to."""
        active = [
            m
            for m in mentions
            if not m.quoted and not m.modifier and m.end <= before and self._kind(m.entity) in ACTORS
        ]
        nominative = [m for m in active if m.case == "nominative"]
        if nominative:
            chain = [nominative[0]]
            return [m.entity for m in chain]
        if noun:
            genitive = [m for m in active if m.case == "genitive" and before - m.end <= 3]
            if genitive:
                return [genitive[-1].entity]
        folded = [w.folded for w in sentence.words[:before]]
        covered = {k for m in mentions for k in range(m.group_start, m.end)}
        for k, word in enumerate(sentence.words[:before]):
            for pair in _PAIRS:
                n = len(pair)
                if tuple(folded[k : k + n]) == pair and (folded[k + n : k + n + 1] != ["arasında"]):
                    countries = [e for e, _ in self.salience.most_common() if self._kind(e) == "Country"]
                    return countries[:2]
            if k in covered:
                continue
            if word.folded in _HEAD_NOUNS:
                stem = _HEAD_NOUNS[word.folded]
                orgs = [
                    e
                    for e, _ in self.salience.most_common()
                    if self._kind(e) == "Organization"
                    and any(fold(w).startswith(stem) for w in self.names.entities[e].label.split())
                ]
                if orgs:
                    return orgs[:1]
            if self.is_title(word.text) and word.text[:1].isalpha():
                plural = word.folded.endswith(("lər", "lar"))
                stem = word.folded[:5]
                people = [
                    e
                    for e, _ in self.salience.most_common()
                    if self._kind(e) == "Person" and any(t.startswith(stem) for t in self.titles_of.get(e, ()))
                ]
                if people:
                    return people[:2] if plural else people[:1]
        return []

    def _frame(
        self,
        rule: Rule,
        sentence: Sentence,
        mentions: list[Mention],
        start: int,
        end: int,
        dates: list[DateMention],
        source: tuple[str, str] | None,
    ) -> list[DraftEvent]:
        if not is_unique_quote(sentence.text, self.text):
            return []
        confidence = 0.5
        noun = rule.frame == "visit" and sentence.words[start].folded.endswith("i")
        agents = self._subject(sentence, mentions, start, noun)
        coreferred = agents and not any(m.entity in agents and m.end <= start for m in mentions)
        usable = [m for m in mentions if not m.quoted and not m.modifier and m.entity not in agents]
        actors = [m for m in usable if self._kind(m.entity) in ACTORS]
        places = [m for m in usable if self._kind(m.entity) in PLACES and m.case in {"locative", "dative", "ablative"}]
        if rule.passive and not agents and rule.frame == "statement" and source:
            agents, confidence = [source[0]], confidence - 0.1
        between: list[str] = []
        if rule.passive and rule.frame == "signing":
            between = _before_word(
                sentence,
                [m for m in mentions if not m.quoted and not m.modifier and self._kind(m.entity) in ACTORS],
                "arasında",
            )
            if between:  # "X ilə Y arasında ... imzalanıb": X and Y signed
                agents = between[:1]
        if rule.frame == "appointment" and rule.passive and agents:
            affected = agents
            genitive = [m.entity for m in actors if m.case == "genitive" and self._kind(m.entity) == "Country"]
            agents = genitive[:1]
            roles = [("agent", a) for a in agents] + [("affected", a) for a in affected]
            return [self._event(rule.event_type, roles, sentence, start, dates, confidence + 0.1)]
        if not agents:
            return []
        roles = [("agent", agents[0])]
        if len(agents) > 1:
            roles.append(("counterpart" if rule.frame in {"meeting", "signing"} else "agent", agents[1]))
        confidence += 0.15 - (0.1 if coreferred else 0)
        events: list[DraftEvent] = []
        place_mention = next((m for m in places if self._kind(m.entity) != "Country"), None)
        place = place_mention.entity if place_mention else None
        if rule.frame == "meeting":
            others = [m for m in actors if m.case in {"comitative", "accusative"}]
            people = [m for m in others if self._kind(m.entity) == "Person"] or others
            if not people and len(roles) == 1:
                return []
            for other in people or [None]:
                extra = [("counterpart", other.entity)] if other else []
                events.append(
                    self._event(rule.event_type, roles + extra, sentence, start, dates, confidence + 0.1, place=place)
                )
            return events
        if rule.frame == "visit":
            targets = [
                m for m in usable if self._kind(m.entity) in PLACES and m.case in {"dative", "locative", "accusative"}
            ]
            memorials = [m for m in targets if self._kind(m.entity) in rule.refine]
            if memorials:
                return [
                    self._event(
                        rule.refine[self._kind(m.entity)],
                        roles,
                        sentence,
                        start,
                        dates,
                        confidence + 0.1,
                        place=m.entity,
                    )
                    for m in memorials
                ]
            if not targets:
                return []
            target = targets[0].entity
            country = target if self._kind(target) == "Country" else self.names.entities[target].country
            extra = [("counterpart", country)] if country else []
            return [self._event(rule.event_type, roles + extra, sentence, start, dates, confidence + 0.1, place=target)]
        if rule.frame == "ceremony":
            organizers = [
                ("organizer", m.entity)
                for m in actors
                if m.case == "genitive" and self._kind(m.entity) == "Organization"
            ]
            course = next((m.entity for m in usable if self._kind(m.entity) == "Course"), None)
            return [
                self._event(
                    rule.event_type,
                    roles + organizers,
                    sentence,
                    start,
                    dates,
                    confidence + 0.1,
                    place=place,
                    course=course,
                )
            ]
        if rule.frame == "appointment":
            affected = [("affected", m.entity) for m in actors if m.case in {"accusative", "locative", "dative"}]
            event = self._event(rule.event_type, roles + affected, sentence, start, dates, confidence + 0.1)
            event.post = self._post(sentence, [e for _, e in event.roles])
            return [event]
        if rule.frame == "decision":
            affected = [("affected", m.entity) for m in actors if m.case == "dative"]
            concerns = [("concerns", m.entity) for m in actors if m.case != "dative" and m.end <= start]
            return [self._event(rule.event_type, roles + affected + concerns, sentence, start, dates, confidence + 0.1)]
        if rule.frame == "signing":
            others = [
                ("counterpart", m.entity)
                for m in actors
                if m.case in {"comitative", "nominative"} and ("counterpart", m.entity) not in roles
            ]
            if between:
                others = [("counterpart", entity) for entity in between[1:]]
            return [self._event(rule.event_type, roles + others, sentence, start, dates, confidence + 0.1, place=place)]
        event = self._event(rule.event_type, roles, sentence, start, dates, confidence)
        event.quotation = _quotation(sentence, self.text)
        return [event]

    def _holding(self, sentence: Sentence, mentions: list[Mention], mention: Mention) -> tuple[str, str, str] | None:
        """The post a titled person holds: "Azərbaycan Prezidenti İlham Əliyev" → president-of-azerbaijan."""
        if not mention.titles or mention.quoted or self._kind(mention.entity) != "Person":
            return None
        modifier = next((m for m in mentions if m.modifier and mention.group_start <= m.start < mention.start), None)
        country = modifier.entity if modifier and self._kind(modifier.entity) == "Country" else None
        scored: list[tuple[int, str]] = []
        for entity in self.register.entities.values():
            if entity.type.fragment != "Post" or (country and entity.links.get("country") != country):
                continue
            role = [fold(w) for w in entity.attributes.get("role", {}).get("az", "").split()]
            if role and all(any(_same_word(r, t) for t in mention.titles) for r in role):
                scored.append((len(role), entity.id))
        if not scored:
            return None
        scored.sort(reverse=True)
        if len(scored) > 1 and scored[0][0] == scored[1][0]:
            return None  # "müdafiə naziri" with no country: which country's minister is for the reviewer
        words = sentence.words
        quote = self.text[words[mention.group_start].start : words[mention.end - 1].end]
        return (mention.entity, scored[0][1], quote) if is_unique_quote(quote, self.text) else None

    def _post(self, sentence: Sentence, parties: list[str]) -> str | None:
        folded = [w.folded for w in sentence.words]
        for entity in self.register.entities.values():
            if entity.type.fragment != "Post" or entity.links.get("country") not in parties:
                continue
            role = [fold(w) for w in entity.attributes.get("role", {}).get("az", "").split()]
            if role and all(any(w.startswith(r) for w in folded) for r in role):
                return entity.id
        return None

    def _event(
        self,
        kind: str,
        roles: list[tuple[str, str]],
        sentence: Sentence,
        start: int,
        dates: list[DateMention],
        confidence: float,
        place: str | None = None,
        course: str | None = None,
    ) -> DraftEvent:
        trigger_at = sentence.words[start].start
        before = [d for d in dates if d.start < trigger_at]  # the verb ends its clause: later dates are another's
        rank = {"day": 0, "month": 1, "year": 2, "bounded": 3}
        when = min(before, key=lambda d: (rank[d.when.precision], d.start)) if before else None
        if when is not None:
            confidence += 0.05
        unique: list[tuple[str, str]] = []
        for role in roles:
            if role not in unique and not any(e == role[1] for _, e in unique):
                unique.append(role)
        return DraftEvent(
            kind, unique, [sentence.text], round(min(max(confidence, 0.1), 0.95), 2), when, place, course=course
        )


def _same_word(a: str, b: str) -> bool:
    """The same word, endings aside: naziri / nazirinin, attaşe / attaşesini."""
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    return a == b or (prefix >= 4 and prefix >= min(len(a), len(b)) - 1)


def _is_header(sentence: Sentence) -> bool:
    """The headline (first line) and the date and time lines under it."""
    return sentence.line == 0 or bool(re.match(r"^-\s*\d", sentence.text))


def _names_source(sentence: Sentence) -> bool:
    folded = " ".join(w.folded for w in sentence.words)
    return "xəbər verir" in folded or folded.startswith("bu barədə") or " bu barədə " in folded


def is_unique_quote(words: str, text: str) -> bool:
    """The words occur exactly once in the text (so they can serve as evidence)."""
    try:
        locate(words, text)
    except QuoteError:
        return False
    return True


def _covers(folded: list[str], phrase: tuple[str, ...], start: int, end: int) -> bool:
    for i in range(max(0, end - len(phrase)), min(start + 1, len(folded) - len(phrase) + 1)):
        if all(pattern_match(p, folded[i + k]) for k, p in enumerate(phrase)):
            return True
    return False


def _quoted_words(sentence: Sentence) -> set[int]:
    inside, quoted = False, set()
    for k, word in enumerate(sentence.words):
        if word.text in {'"', "«", "»", "“", "”"}:
            inside = word.text in {"«", "“"} or (word.text == '"' and not inside)
            continue
        if inside:
            quoted.add(k)
    return quoted


def _quotation(sentence: Sentence, text: str) -> str | None:
    match = re.match(r'^["«“](.+?)["»”],?\s*[-—]', sentence.text)
    if match and is_unique_quote(match.group(1), text):
        return match.group(1)
    return None


def _before_word(sentence: Sentence, actors: list[Mention], word: str) -> list[str]:
    stop = next((k for k, w in enumerate(sentence.words) if w.folded == word), None)
    if stop is None:
        return []
    return [m.entity for m in actors if m.end <= stop]


def _chains(sentence: Sentence, found: list[Mention]) -> None:
    """Mentions joined by commas and "və" share the case of the last one: "Azərbaycan və Ermənistana"."""
    words = sentence.words
    members = [m for m in found if not m.modifier]
    k = len(members) - 1
    while k > 0:
        last = members[k]
        j = k
        while j > 0:
            gap = [w.folded for w in words[members[j - 1].end : members[j].group_start]]
            if not gap or not all(g in {",", "və"} for g in gap):
                break
            j -= 1
        chain = members[j : k + 1]
        if len(chain) > 1 and any(words[m.end].folded == "və" for m in chain[:-1] if m.end < len(words)):
            for member in chain[:-1]:
                if member.case == "nominative":
                    member.case = last.case
        k = j - 1


def _merge(events: list[DraftEvent]) -> list[DraftEvent]:
    """One event per type and participants: a visit told in three sentences is one visit."""
    merged: dict[tuple[str, frozenset[tuple[str, str]]], DraftEvent] = {}
    for event in events:
        key = event.key()
        if key not in merged:
            merged[key] = event
            continue
        kept = merged[key]
        if event.place and event.place != kept.place:
            if kept.place is None:
                kept.place = event.place
            elif event.type in {"MemorialVisit"}:
                merged[(key[0], key[1] | {("place", event.place)})] = event
                continue
        kept.evidence += [e for e in event.evidence if e not in kept.evidence]
        kept.confidence = max(kept.confidence, event.confidence)
        if kept.date is None:
            kept.date = event.date
    return list(merged.values())


def _name_events(draft: Draft) -> None:
    taken: set[str] = set()
    for event in draft.events:
        kind = re.sub(r"(?<!^)(?=[A-Z])", "-", event.type).lower()
        parties = [e for r, e in event.roles if r != "agent"] or ([event.place] if event.place else [])
        base = f"{kind}-{parties[0]}" if parties else kind
        name, n = base, 2
        while name in taken:
            name, n = f"{base}-{n}", n + 1
        taken.add(name)
        event.id = name


# --- Public API ----------------------------------------------------------------------


def extract(
    text: str, published: date, register: Register, publisher: str | None = None, where: str | None = None
) -> Draft:
    """Draft the facts of an Azerbaijani news text, linked to ``register``."""
    check_azerbaijani(text, where)
    return _Extractor(text, published, register, publisher).run()
