"""Who a trigger is about: its trigger phrases, its subject, and words that refer back.

Azerbaijani ends the clause with its verb, so the subject is the nominative
actor before the trigger; a list joined by "və" and commas is a plural
subject (``Azərbaycan və Pakistan ... imzalayıblar``). Where the sentence
names no one, the subject is carried over: ``Tərəflər`` / ``Nazirlər`` (the
parties of the last meeting), ``Qonaq`` (the guest: the one received, or the
visitor), ``Dövlət başçısı`` (the president of the country the news is
written in), a title (``nazir``: the most salient person with that title),
``Hər iki ölkə`` (the two most-mentioned countries), ``Səfirlik``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.context import Context
from kg.extract.dates import DateMention
from kg.extract.demonyms import demonym_object, of_demonym
from kg.extract.holders import holder_on
from kg.extract.lexicon import Rule, pattern_match, phrase_at
from kg.extract.lists import nominative_list, plural_verb
from kg.extract.model import DraftEvent, Mention
from kg.extract.text import Sentence, fold

ACTORS = {"Person", "Organization", "Country"}
_HEAD_NOUNS = {"səfirlik": "səfirli", "nazirlik": "nazirli", "agentlik": "agentli", "təşkilat": "təşkilat"}
_PLURAL = ("lər", "lar", "lərin", "ların")
_PAIRS = {("hər", "iki", "ölkə"), ("iki", "ölkə"), ("hər", "iki", "tərəf")}


@dataclass
class Discourse:
    """What the text has told so far, for the sentences that refer back to it."""

    last_meeting: DraftEvent | None = None
    guest: str | None = None  # the one received ("qəbul edib"), or the visitor
    decree_signer: str | None = None
    last_day: DateMention | None = None
    last_visit: DraftEvent | None = None
    last_signed: str | None = None  # the agreement last signed
    delegation_leader: str | None = None  # "X-in başçılıq etdiyi nümayəndə heyəti": X
    occasions: dict[str, tuple[DateMention, str | None]] = field(default_factory=dict)  # stem → (date, place)
    events: list[DraftEvent] = field(default_factory=list)


def find_triggers(ctx: Context, sentence: Sentence) -> list[tuple[Rule, int, int]]:
    """The trigger phrases of a sentence: (rule, first word, end); the longest wins where they overlap."""
    folded = [w.folded for w in sentence.words]
    found: list[tuple[Rule, int, int]] = []
    for rule in ctx.lex.rules:
        if rule.requires and not any(pattern_match(r, w) for r in rule.requires for w in folded):
            continue
        for phrase in rule.phrases:
            for i in range(len(folded) - len(phrase) + 1):
                if phrase_at(folded, i, phrase):
                    end = i + len(phrase)
                    if not any(_covers(folded, ex, i, end) for ex in rule.excludes):
                        found.append((rule, i, end))
    found.sort(key=lambda f: (-(f[2] - f[1]), f[1]))
    chosen: list[tuple[Rule, int, int]] = []
    for rule, start, end in found:
        if not any(start < e and s < end for _, s, e in chosen):
            chosen.append((rule, start, end))
    return sorted(chosen, key=lambda f: f[1])


def _covers(folded: list[str], phrase: tuple[str, ...], start: int, end: int) -> bool:
    return any(phrase_at(folded, i, phrase) for i in range(max(0, end - len(phrase)), min(start + 1, len(folded))))


def participants(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if not m.quoted and not m.modifier]


def subject(
    ctx: Context, sentence: Sentence, mentions: list[Mention], before: int, noun: bool, discourse: Discourse
) -> list[str]:
    """The agent(s) of a trigger at word ``before``: named, or referred back to."""
    active = [m for m in participants(mentions) if m.end <= before and ctx.kind(m.entity) in ACTORS]
    if noun:  # "X-in Bakıya etdiyi səfər", "X-in səfəri çərçivəsində": the genitive just before is the agent
        genitive = [m for m in active if m.case == "genitive" and before - m.end <= 4]
        if genitive:
            return [genitive[-1].entity]
    leader = _leader(ctx, sentence, active)
    if leader:
        discourse.delegation_leader = leader[0]
        return leader
    led = _leader(ctx, sentence, active, cases={"accusative", "dative", "comitative"})
    if led:  # "X-in başçılıq etdiyi nümayəndə heyətini qəbul edib": X leads the delegation, not the subject
        discourse.delegation_leader = led[0]
    folded = [w.folded for w in sentence.words]
    objects = ctx.lex.references.get("objects", ())  # "Azərbaycan nümayəndə heyətinin rəhbərini X qəbul edib"
    owning = [m for m in active if ctx.kind(m.entity) != "Person" and any(phrase_at(folded, m.end, p) for p in objects)]
    named = [m for m in active if m.case == "nominative" and m not in owning]
    nominative = [m for m in named if not _owns_a_title(ctx, sentence, m, named)] or named
    owners = {k for m in named if m not in nominative for k in range(m.start, m.end)}  # "NATO Baş katibinin"
    titled = _titled_country(ctx, sentence, nominative[0], discourse) if nominative else None
    titled = titled or (countrys_person(ctx, sentence, nominative[0]) if nominative else None)
    if titled:
        return [titled]
    opening = _opening_reference(ctx, sentence, mentions, nominative[0].group_start, discourse) if nominative else []
    if opening:  # "Dövlətimizin başçısı Belarusun Avrasiya məkanında ... olduğunu vurğulayıb"
        return opening
    delegation = _delegation_of(ctx, sentence, nominative[0], discourse) if nominative else None
    if delegation:
        return [delegation]
    if nominative:
        return nominative_list(sentence, nominative, plural_verb(sentence, before), owners)
    pronoun = _pronoun(ctx, sentence, discourse)
    if pronoun:
        return pronoun
    return referred(ctx, sentence, mentions, before, discourse)


def _owns_a_title(ctx: Context, sentence: Sentence, mention: Mention, nominative: list[Mention]) -> bool:
    """ "NATO Baş katibinin ... xüsusi nümayəndəsi Henrik Sandvold": NATO owns the title, the person is the subject."""
    words = sentence.words[mention.end : mention.end + 3]
    genitive = [ctx.lex.is_title(w.text) and w.folded.endswith(("nin", "nın")) for w in words]  # "katibinin"
    owner = next((k for k, found in enumerate(genitive) if found), None)
    if owner is None:
        return False
    at = mention.end + owner
    return any(ctx.kind(m.entity) == "Person" and m.start > at for m in nominative)


def _delegation_of(ctx: Context, sentence: Sentence, first: Mention, discourse: Discourse) -> str | None:
    """ "BMT nümayəndə heyəti fevralın 7-də Bakıya gəlib": the delegation (of that body) is its leader told before."""
    if ctx.kind(first.entity) not in {"Organization", "Country"} or discourse.delegation_leader is None:
        return None
    after = [w.folded for w in sentence.words[first.end : first.end + 2]]
    return discourse.delegation_leader if after in (["nümayəndə", "heyəti"], ["heyəti"]) else None


def _pronoun(ctx: Context, sentence: Sentence, discourse: Discourse) -> list[str]:
    """ "O, ... olduğunu bildirib": "he" opening the sentence is the person who acted last."""
    words = sentence.words
    if len(words) < 2 or words[0].text != "O" or words[1].text != ",":
        return []
    people = [e for event in reversed(discourse.events) for r, e in event.roles[:1] if ctx.kind(e) == "Person"]
    return people[:1]


def after_participle(ctx: Context, mentions: list[Mention], end: int, reach: int = 8) -> list[str]:
    """ "ölkəmizə səfərə gələn ... admiral Luka Benedetti": the first person after the participle."""
    people = [m for m in participants(mentions) if m.start >= end and ctx.kind(m.entity) == "Person"]
    return [people[0].entity] if people and people[0].group_start - end <= reach else []


def _titled_country(ctx: Context, sentence: Sentence, first: Mention, discourse: Discourse) -> str | None:
    """ "Türkiyə Baş Qərargah rəisi dünən Bakıya gəlib": a country's title with no name is the person holding it."""
    if ctx.kind(first.entity) != "Country":
        return None
    words = sentence.words
    at = next((k for k in range(first.end, min(first.end + 4, len(words))) if ctx.lex.is_title(words[k].text)), None)
    if at is None:
        return None
    title = words[at]
    # a name before the title, or right after it, is the title's ("Türkiyə Baş Qərargah rəisi X"); one after
    # that is not ("Azərbaycan Prezidenti Finlandiya Respublikasının Prezidenti ... ilə görüşüb")
    named = [m for m in ctx.mentions_of(sentence) if first.start < m.start <= at + 1]
    if any(m.start <= at or ctx.kind(m.entity) == "Person" for m in named):
        return None
    people = [p for p in _titled(ctx, title.folded, discourse) if first.entity in ctx.holders.get(p, set())]
    return people[0] if len(people) == 1 else None


def countrys_person(ctx: Context, sentence: Sentence, first: Mention) -> str | None:
    """ "Azərbaycan diplomatı X ilə görüşüb", "Özbəkistan tərəfinin həmsədri isə ...": a country (or its side) and
    a noun for a person (no name) is its person named before."""
    words = sentence.words
    side = first.end < len(words) and words[first.end].folded == "tərəfinin"  # "Özbəkistan tərəfinin həmsədri"
    head = first.end + 1 if side else first.end
    if ctx.kind(first.entity) != "Country" or head >= len(words):
        return None
    if not any(words[head].folded.startswith(h) for h in ctx.lex.demonym_heads):
        return None
    if any(m.start == head + 1 and ctx.kind(m.entity) == "Person" for m in ctx.mentions_of(sentence)):
        return None  # "Azərbaycan səfiri X": the name follows
    people = [
        e
        for e, _ in ctx.salience.most_common()
        if ctx.kind(e) == "Person" and first.entity in ctx.holders.get(e, set())
    ]
    return people[0] if people else None


def _leader(
    ctx: Context, sentence: Sentence, active: list[Mention], cases: frozenset[str] | set[str] = frozenset()
) -> list[str]:
    """ "X-in rəhbərlik etdiyi nümayəndə heyəti ...": X, who leads the delegation (the subject, by default)."""
    cases = cases or {"genitive", "nominative"}
    folded = [w.folded for w in sentence.words]
    for mention in active:
        led = any(phrase_at(folded, mention.end, p) for p in ctx.lex.references.get("leader", ()))
        # the genitive before "başçılıq etdiyi", or the case the delegation it leads gave it: the subject's
        if led and mention.case in cases and ctx.kind(mention.entity) == "Person":
            return [mention.entity]
    return []


def guest_object(ctx: Context, sentence: Sentence, start: int, end: int, discourse: Discourse) -> str | None:
    """ "nümayəndə heyətini qəbul edib", "qonağı qarşılayıb": the guest told before, as an object."""
    folded = [w.folded for w in sentence.words]
    for k in range(start, end):
        # "Azərbaycan nümayəndə heyətinin rəhbəri ... tərəfindən qəbul olunub": the one who leads it
        heads = [*ctx.lex.references.get("delegation_head", ()), *ctx.lex.references.get("delegation_head_object", ())]
        head = any(phrase_at(folded, k, p) for p in heads)
        if head and (discourse.delegation_leader or discourse.guest):
            return discourse.delegation_leader or discourse.guest
        if any(phrase_at(folded, k, p) for p in ctx.lex.references.get("guest", ())) and discourse.guest:
            return discourse.guest
    return None


def referred(ctx: Context, sentence: Sentence, mentions: list[Mention], before: int, discourse: Discourse) -> list[str]:
    """Who "Tərəflər", "Qonaq", "Dövlət başçısı", "nazir", "Hər iki ölkə" ... before word ``before`` mean."""
    folded = [w.folded for w in sentence.words[:before]]
    covered = {k for m in mentions for k in range(m.group_start, m.end)}
    names = {k for m in mentions for k in range(m.start, m.end)}
    objects = ctx.lex.references.get("objects", ())  # "Qonağı salamlayan nazir ...": the minister, not the guest
    names |= {k + j for k in range(len(folded)) for p in objects if phrase_at(folded, k, p) for j in range(len(p))}
    for k in range(len(folded)):
        if k in names:
            continue
        found = _reference_at(ctx, folded, k, discourse)  # "Dövlət başçısı X-in ...": the reference, not X's title
        if found:
            return found
        if k in covered:
            continue
        word = folded[k]
        if word in _HEAD_NOUNS:
            orgs = [e for e, _ in ctx.salience.most_common() if ctx.kind(e) == "Organization"]
            orgs = [
                e
                for e in orgs
                if any(fold(w).startswith(_HEAD_NOUNS[word]) for w in ctx.names.entities[e].label.split())
            ]
            if orgs:
                return orgs[:1]
        if ctx.lex.is_rank(word) and sentence.words[k].text[:1].isalpha():  # "bu gün general ...": the general
            ranked = [
                e
                for e, _ in ctx.salience.most_common()
                if ctx.kind(e) == "Person" and any(r.startswith(word[:6]) for r in ctx.ranks_of.get(e, ()))
            ]
            if ranked:
                return ranked[:1]
        if ctx.lex.is_title(word) and sentence.words[k].text[:1].isalpha():
            people = _titled(ctx, word, discourse)
            of = [m.entity for m in mentions if m.case == "genitive" and 0 < k - m.end <= 2]
            countries = {e for e in of if ctx.kind(e) == "Country"}
            if countries:  # "Macarıstanın müdafiə naziri": the one whose post is of that country
                people = [p for p in people if ctx.holders.get(p, set()) & countries]
            plural = word.endswith(_PLURAL)  # "nazirlər", "nazirlərin təkbətək görüşü": the two of them
            if people and plural and discourse.last_meeting:
                parties = {e for _, e in discourse.last_meeting.roles}  # "nazir müavinləri": those who met
                return [p for p in people if p in parties] or people[:2]
            if people:
                return people[:2] if plural else people[:1]
    return []


def _opening_reference(
    ctx: Context, sentence: Sentence, mentions: list[Mention], before: int, discourse: Discourse
) -> list[str]:
    """A word that refers back ("Dövlətimizin başçısı", "Qonaq"), outside every name, before the first name."""
    folded = [w.folded for w in sentence.words[:before]]
    covered = {k for m in mentions for k in range(m.group_start, m.end)}
    objects = ctx.lex.references.get("objects", ())  # "qonaqları X qəbul edib": not the subject
    starts = {k + j for k in range(len(folded)) for p in objects if phrase_at(folded, k, p) for j in range(len(p))}
    for k in range(len(folded)):
        if k not in covered and k not in starts:  # "nümayəndə heyətini X qəbul edib": neither word
            found = _reference_at(ctx, folded, k, discourse)
            if found:
                return found
    if folded and 0 not in covered and ctx.lex.is_title(folded[0]) and ctx.reading(folded[0]).case == "nominative":
        return _titled(ctx, folded[0], discourse)[:1]  # "Səfir həmçinin Fransa şirkətlərinin ...": the ambassador
    return []


def _reference_at(ctx: Context, folded: list[str], k: int, discourse: Discourse) -> list[str]:
    refs = ctx.lex.references
    gathering = discourse.last_meeting or next(  # "İclasın yekununda tərəflər ...": the session's sides
        (e for e in reversed(discourse.events) if e.type == "Ceremony" and len(e.roles) >= 2), None
    )
    if any(phrase_at(folded, k, p) for p in refs.get("parties", ())) and gathering:
        return list(dict.fromkeys(e for r, e in gathering.roles if r in {"agent", "counterpart"}))
    head = discourse.delegation_leader or discourse.guest  # "Azərbaycan nümayəndə heyətinin rəhbəri": the visitor
    if any(phrase_at(folded, k, p) for p in refs.get("delegation_head", ())) and head:
        return [head]
    if any(phrase_at(folded, k, p) for p in refs.get("guest", ())) and discourse.guest:
        return [discourse.guest]
    if any(phrase_at(folded, k, p) for p in refs.get("head_of_state", ())):
        return head_of_state(ctx)[:1]
    if k + 1 < len(folded) and any(folded[k + 1].startswith(h) for h in ctx.lex.demonym_heads):
        if demonym_object(ctx, folded, k):
            return []  # "serbiyalı generalı X qəbul edib": the one received, not the subject
        found = of_demonym(ctx, folded[k])  # "Latviyalı diplomat isə ...": the Latvian named before
        if found:
            return found
    for pair in _PAIRS:
        if tuple(folded[k : k + len(pair)]) == pair and folded[k + len(pair) : k + len(pair) + 1] != ["arasında"]:
            return [e for e, _ in ctx.salience.most_common() if ctx.kind(e) == "Country"][:2]
    return []


def _titled(ctx: Context, word: str, discourse: Discourse) -> list[str]:
    """People with this title, the last meeting's parties first (its agent first), then by salience."""
    stem = word[:5]
    people = [
        e
        for e, _ in ctx.salience.most_common()
        if ctx.kind(e) == "Person" and any(t.startswith(stem) for t in ctx.titles_of.get(e, ()))
    ]
    if discourse.last_meeting:
        order = [e for _, e in discourse.last_meeting.roles]
        people.sort(key=lambda e: order.index(e) if e in order else len(order))
    return people


def head_of_state(ctx: Context) -> list[str]:
    """The president of the country the news is written in (or of no named country)."""
    home = ctx.names.find(ctx.lex.home_country)
    found = []
    for person, titles in ctx.titles_of.items():
        if any(t.startswith("prezident") for t in titles):
            countries = {m.country for ms in ctx.mentions.values() for m in ms if m.entity == person and m.country}
            if not countries or home in countries:
                found.append(person)
    if not found:  # "Prezidentin Sərəncamı ilə" with no president named: the one the corpus knows
        known = _known_president(ctx, home)
        found = [known] if known else []
    return sorted(found, key=lambda e: -ctx.salience[e])


def _known_president(ctx: Context, home: str | None) -> str | None:
    """Who the corpus says holds the presidency of ``home`` (the register's post with role Prezident)."""
    for post in sorted(ctx.register.entities.values(), key=lambda e: e.id):
        role = fold(post.attributes.get("role", {}).get("az", ""))
        if post.type.fragment == "Post" and post.links.get("country") == home and role.startswith("prezident"):
            holder = holder_on(ctx.holdings, post.id, ctx.published)
            if holder in ctx.names.entities:
                return holder
    return None


def with_participation(ctx: Context, sentence: Sentence, mentions: list[Mention], before: int) -> list[str]:
    """The actors named before "iştirakı ilə" (with the participation of), in the genitive of their list."""
    words = [w.folded for w in sentence.words[:before]]
    at = next((k for k in range(len(words) - 1) if words[k] == "iştirakı" and words[k + 1] == "ilə"), None)
    if at is None:
        return []
    found = [m for m in participants(mentions) if m.end <= at and m.case == "genitive"]
    return [m.entity for m in found if ctx.kind(m.entity) in ACTORS]


def leadership_of(ctx: Context, sentence: Sentence, mentions: list[Mention], before: int) -> list[str]:
    """ "X şirkətinin rəhbərliyi ilə görüşüb": the organisation whose leadership was met."""
    words = [w.folded for w in sentence.words[:before]]
    phrases = ctx.lex.references.get("leadership", ())
    found = [
        m.entity
        for m in participants(mentions)
        if m.case == "genitive"
        and ctx.kind(m.entity) == "Organization"
        and any(phrase_at(words, m.end, p) for p in phrases)
    ]
    if not found:  # "Qonaq şirkətin rəhbərliyi ilə görüşmüş": the company named before
        found = [
            e
            for k in range(1, len(words))
            if any(pattern_match(c, words[k - 1]) for c in ctx.lex.companies)
            and words[k - 1].endswith(("nin", "nın", "nun", "nün", "in", "ın", "un", "ün"))
            and any(phrase_at(words, k, p) for p in phrases)
            for e in _named_company(ctx)
        ]
    return found[:1]


def _named_company(ctx: Context) -> list[str]:
    """The organisation told before whose name is a company's ("Kartal Savunma" şirkəti), most told first."""
    return [e for e, _ in ctx.salience.most_common() if ctx.kind(e) == "Organization" and e in ctx.companies][:1]
