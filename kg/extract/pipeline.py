"""Drafting the fact file of an Azerbaijani news article from its text: the stages in order.

sentences and words (``text``) → base forms and cases (``morphology``) →
mentions with titles (``mentions``) linked to the register or drafted
(``linking``) → posts held (``posts``) → event frames around trigger phrases
(``reference``, ``frames``) with dates (``dates``) → one event per type and
participants. Rules and lexicons, not a trained model; every drafted item
keeps the sentence it rests on (with offsets) and a ``confidence``: a score of
how much of it the rules found in the text, not a probability.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.appointments import date_by_signing
from kg.extract.context import Context, read_context
from kg.extract.datelines import place_by_dateline
from kg.extract.dates import DateMention, find_dates
from kg.extract.frames import FRAMES
from kg.extract.lexicon import Rule, pattern_match, phrase_at
from kg.extract.mentions import find_mentions
from kg.extract.model import Draft, DraftEvent, Holding, Mention
from kg.extract.posts import dash_holding, holding
from kg.extract.reference import Discourse, after_participle, find_triggers, subject
from kg.extract.same_event import merge, same
from kg.extract.sources import citation_end, cited_source, is_header, is_unique_quote, names_source, source_author
from kg.extract.tenses import is_converb
from kg.extract.text import Sentence, check_azerbaijani, fold, quoted_words
from kg.extract.trigger import Trigger
from kg.facts.dates import parse_when
from kg.facts.model import Register


def extract(
    text: str, published: date, register: Register, publisher: str | None = None, where: str | None = None
) -> Draft:
    """Draft the facts of an Azerbaijani news text, linked to ``register``."""
    check_azerbaijani(text, where)
    ctx = read_context(text, published, register, publisher)
    for sentence in ctx.sentences:
        ctx.mentions[sentence.start] = find_mentions(ctx, sentence)
    posts = _holdings(ctx)
    discourse = Discourse()
    source: tuple[str, str] | None = None
    source_span: tuple[int, int] | None = None
    for sentence in ctx.sentences:
        if is_header(sentence):
            continue
        mentions = ctx.mentions_of(sentence)
        ctx.salience.update(m.entity for m in mentions if not m.quoted and not m.modifier)
        if names_source(sentence):
            author = source_author(ctx, mentions) if source is None else None
            if author and is_unique_quote(sentence.text, text):
                source, source_span = (author, sentence.text), (sentence.start, sentence.end)
                continue
            if "bu barədə" in " ".join(w.folded for w in sentence.words):
                continue
        elif source is None:
            cited = cited_source(ctx, sentence, mentions)
            if cited:
                source, source_span = cited
        _read_sentence(ctx, sentence, discourse, source)
    events = merge(discourse.events, ctx.names.entities, ctx.published)
    date_by_signing(ctx, events)
    place_by_dateline(ctx, events)
    posts += appointed_holdings(events, posts, ctx)
    draft = Draft(text, published, events, dict(ctx.names.entities), source, posts, source_span)
    name_events(draft)
    return draft


def _holdings(ctx: Context) -> list[Holding]:
    posts: list[Holding] = []
    for sentence in ctx.sentences:
        for mention in ctx.mentions_of(sentence):
            for held in (holding(ctx, sentence, mention), dash_holding(ctx, sentence, mention)):
                if held and not any((h.holder, h.post) == (held.holder, held.post) for h in posts):
                    posts.append(held)
                    ctx.posts_of.setdefault(held.holder, []).append(held.post)
                    country = ctx.names.entities[held.post].country if held.post in ctx.names.entities else None
                    ctx.holders.setdefault(held.holder, set()).update({country} if country else set())
        ctx.mentioned.update(m.entity for m in ctx.mentions_of(sentence))
    return posts


def appointed_holdings(events: list[DraftEvent], posts: list[Holding], ctx: Context) -> list[Holding]:
    """Who is appointed holds the post (as of the article): "X ... səfiri təyin edilib"."""
    found: list[Holding] = []
    for event in events:
        if event.type != "Appointment" or not event.post or not event.spans:
            continue
        for role, person in event.roles:
            known = [*posts, *found]
            if role != "affected" or ctx.kind(person) != "Person":
                continue
            if not any((h.holder, h.post) == (person, event.post) for h in known):
                start, end = event.spans[0]
                found.append(Holding(person, event.post, ctx.text[start:end], (start, end)))
    return found


_OWN_PARTICIPANTS = {
    "signing",
    "meeting",
    "received_by",
    "members",
    "continued",
    "welcome",
    "exercise",
}  # frames that need no subject


def _read_sentence(ctx: Context, sentence: Sentence, discourse: Discourse, source: tuple[str, str] | None) -> None:
    """The events of one sentence, added to the discourse."""
    dates = [d for d in find_dates(sentence.text, ctx.published, sentence.start) if not d.since]
    dates += _next_day(ctx, sentence, discourse)
    cited = citation_end(sentence)  # "Report Müdafiə Nazirliyinə istinadən xəbər verir ki, ...": not the subject
    mentions = [m for m in ctx.mentions_of(sentence) if m.start >= cited]
    told_by_converb: set[str] = set()  # "X ilə görüşərək ... müzakirə edib": one meeting, the converb's
    for rule, start, end in find_triggers(ctx, sentence):
        if rule.event_type in told_by_converb:
            continue
        if not is_unique_quote(sentence.text, ctx.text):
            return
        if start < cited:
            continue  # the citation's own verb ("... xidmətindən bildirilib ki"): who tells, not what happened
        noun = rule.frame == "visit" and (rule.nominal or sentence.words[start].folded.endswith("i"))
        agents = (
            after_participle(ctx, mentions, end)
            if rule.participle
            else subject(ctx, sentence, mentions, start, noun, discourse)
        )
        confidence = 0.0 if _named(mentions, agents, start) else -0.1
        if rule.passive and not agents and rule.frame == "statement" and source and not _in_meeting(ctx, sentence):
            agents, confidence = [source[0]], -0.1  # "Məlumatda qeyd olunur ki": the release's own statement
        if not agents and not (rule.passive and rule.frame in _OWN_PARTICIPANTS):
            continue
        trigger = Trigger(ctx, rule, sentence, mentions, start, end, dates, discourse, source[0] if source else None)
        events = FRAMES[rule.frame](trigger, agents)
        if events and is_converb(sentence.words[end - 1].text):
            told_by_converb |= {rule.event_type, *(e.type for e in events)}
        for event in events:
            event.confidence = round(min(max(event.confidence + confidence, 0.1), 0.95), 2)
            _same_stage(event, discourse)
            if rule.participle and rule.frame == "visit":  # "fevralın 13-də ... səfərdə olan X": not begun that day
                if sentence.words[end - 1].folded in {"olan", "olduğu"}:
                    event.inherited_date = True  # the day is the main clause's: a visit told again dates it
            else:
                _inherit_date(ctx, sentence, start, event, discourse)
            _remember(rule, event, discourse)
    day = [d for d in dates if d.when.precision == "day"]
    if day:
        discourse.last_day = day[-1]
    _remember_occasion(ctx, sentence, dates, mentions, discourse)


_END = "yekun*"  # "təlimin yekununda": at the end of the occasion
_SAME_DECREE = "həmin sərəncam"  # a key no single word matches


def _remember_occasion(
    ctx: Context, sentence: Sentence, dates: list[DateMention], mentions: list[Mention], discourse: Discourse
) -> None:
    """``Mərasim martın 5-də Bakıda keçirilib``: the occasion's date and place, for the sentences about it."""
    dated = [d for d in dates if d.when.precision in {"day", "month", "bounded"}]  # "Noyabrın 25-26-da"
    words = [w.folded for w in sentence.words]
    if not dated:  # "Təlimin yekununda bağlanış mərasimi keçirilib": the ceremony has the end's date
        told = _occasion_told(words, discourse)
        for pattern in ctx.lex.occasions if told else ():
            if pattern not in discourse.occasions and any(pattern_match(pattern, w) for w in words):
                discourse.occasions[pattern] = told
        return
    if any(phrase_at(words, k, p) for k in range(len(words)) for p in ctx.lex.occasion_ends):
        day = [d for d in dated if d.when.precision == "day"]  # "təlimi iyunun 15-də yekunlaşıb": its end
        if day:
            discourse.occasions.setdefault(_END, (day[-1], None))
    places = [
        m.entity
        for m in mentions
        if ctx.kind(m.entity) in {"City", "Facility"} and m.case in {"locative", "dative"}  # Bakıda, Tbilisiyə
    ]
    for pattern in ctx.lex.occasions:
        found = [k for k, w in enumerate(words) if pattern_match(pattern, w)]
        if not found:
            continue
        at = sentence.words[found[0]].start  # the date nearest before the occasion's word is its own
        before = [d for d in dated if d.start < at]
        when = max(before, key=lambda d: (d.when.precision == "day", d.start)) if before else dated[0]
        if pattern in ctx.lex.decrees and not any(_several(ctx, words, k) for k in found):
            discourse.occasions[_SAME_DECREE] = (when, None)  # only "Həmin Sərəncamla" (the same decree) has it
            continue  # one decree dated: "digər Sərəncamı ilə" is another, of its own date
        discourse.occasions[pattern] = (when, places[0] if places else None)


def _occasion_told(folded: list[str], discourse: Discourse) -> tuple[DateMention, str | None] | None:
    """The date and place of the first occasion the words name ("Mərasimdə ... təlimlərin": the ceremony).

    "Təlimin yekununda": the day the occasion ended, when the text told it ("təlim iyunun 15-də yekunlaşıb").
    """
    end = discourse.occasions.get(_END)
    if end is not None and any(pattern_match(_END, w) for w in folded):
        return end
    same = discourse.occasions.get(_SAME_DECREE)  # "2026-cı il 25 iyun tarixli Sərəncama əsasən ... Həmin Sərəncamla"
    if same is not None and any(w == "həmin" and folded[k + 1 : k + 2] and folded[k + 1].startswith(("sərəncam",
                                "fərman")) for k, w in enumerate(folded)):  # fmt: skip
        return same
    for word in folded:
        for pattern, told in discourse.occasions.items():
            if pattern_match(pattern, word):
                return told
    return None


def _several(ctx: Context, words: list[str], k: int) -> bool:
    """ "iki Sərəncam", "Sərəncamlar": several of them."""
    return (k > 0 and words[k - 1] in ctx.lex.several) or any(p in words[k] for p in ("lar", "lər"))


def _in_meeting(ctx: Context, sentence: Sentence) -> bool:
    """ "Görüşdə ... qeyd olunub": an impersonal remark of a meeting, a note of it rather than anyone's statement."""
    folded = [w.folded for w in sentence.words]
    return any(phrase_at(folded, k, p) for k in range(len(folded)) for p in ctx.lex.inside_meeting)


def _named(mentions: list[Mention], agents: list[str], start: int) -> bool:
    return bool(agents) and any(m.entity in agents and m.end <= start for m in mentions)


def _inherit_date(ctx: Context, sentence: Sentence, start: int, event: DraftEvent, discourse: Discourse) -> None:
    """ "Görüşdə ...", "Görüşün sonunda ...": the meeting's date; "həmin gün": the day last named."""
    if event.date is not None:
        return
    quoted = quoted_words(sentence)  # '"Gələn il təlimə ... hazırıq", - deyə X vurğulayıb': not the exercise
    folded = ["" if k in quoted else w.folded for k, w in enumerate(sentence.words[:start])]
    if any(phrase_at(folded, k, p) for k in range(len(folded)) for p in ctx.lex.same_day) and discourse.last_day:
        event.date, event.inherited_date = discourse.last_day, True
        return
    day = _day_of_visit(ctx, folded, discourse)
    if day is not None:
        event.date, event.inherited_date = day, True
        return
    visit = discourse.last_visit  # "səfər çərçivəsində ... görüşdü": during the visit, on its date
    within = any(phrase_at(folded, k, p) for k in range(len(folded)) for p in ctx.lex.within_visit)
    if within and visit is not None and visit is not event and _visit_spans_its_date(visit):
        event.date, event.inherited_date = visit.date, True
        return
    told = _occasion_told(folded, discourse)  # "Mərasimdə ...": the ceremony told before
    if told is not None:
        event.date, event.inherited_date = told[0], True
        event.place = event.place or told[1]
        return
    meeting = discourse.last_meeting
    gathering = next((e for e in reversed(discourse.events) if e.type in {"Meeting", "Ceremony"}), None)
    if gathering and gathering.type == "Ceremony":  # "Mərasimdə A, B iştirak ediblər. ... A deyib": that day
        meeting = gathering
    if meeting is None or meeting.date is None or meeting is event:
        pass
    elif any(phrase_at(folded, k, p) for k in range(len(folded)) for p in ctx.lex.inside_meeting):
        event.date, event.inherited_date = meeting.date, True
    elif event.type in {"Statement", "Intention"} and event.roles[0][1] in {e for _, e in meeting.roles}:
        event.date, event.inherited_date = meeting.date, True  # what one who met said, told after the meeting
    elif event.type == "Ceremony" and {e for _, e in event.roles} <= {e for _, e in meeting.roles}:
        event.date, event.inherited_date = meeting.date, True  # "nazirlər birgə mətbuat konfransı keçiriblər"
    if event.date is None:
        _on_the_day_of_arrival(ctx, event, discourse)


def _next_day(ctx: Context, sentence: Sentence, discourse: Discourse) -> list[DateMention]:
    """ "Ertəsi gün qonaqlar Astara rayonuna səfər edərək ...": the day after the one last named."""
    words, last = sentence.words, discourse.last_day
    folded = [w.folded for w in words]
    found = next(((k, p) for k in range(len(words)) for p in ctx.lex.next_day if phrase_at(folded, k, p)), None)
    if last is None or found is None or last.when.value is None:
        return []
    (at, phrase), day = found, (date.fromisoformat(last.when.value) + timedelta(days=1)).isoformat()
    start, end = words[at].start, words[at + len(phrase) - 1].end
    return [DateMention(start, end, ctx.text[start:end], day, parse_when(day, ctx.published))]


def _visit_spans_its_date(visit: DraftEvent) -> bool:
    """A visit on one day ("mayın 16-da İordaniyada oldu") or within bounds ("ötən həftə"), not an arrival
    ("noyabrın 17-də Bakıya gəlib": what it holds afterwards is of days the text does not name)."""
    if visit.date is None:
        return False
    arrived = any(w.startswith("gəl") for w in fold(visit.evidence[0]).split())
    return visit.date.when.precision == "bounded" or (visit.date.when.precision == "day" and not arrived)


def _on_the_day_of_arrival(ctx: Context, event: DraftEvent, discourse: Discourse) -> None:
    """ "X aprelin 16-da Azərbaycana rəsmi səfərə gəlib" in the news of the 16th: what the text tells next
    of the visit, undated, happened that day (GUIDE.md: what is said on a visit day has its date)."""
    visit = discourse.last_visit
    if visit is None or visit is event or visit.date is None or visit.date.when.precision != "day":
        return
    if visit.date.when.value == ctx.published.isoformat():
        event.date, event.inherited_date = visit.date, True


def _day_of_visit(ctx: Context, folded: list[str], discourse: Discourse) -> DateMention | None:
    """ "Səfərin ilk günü", "səfərin ikinci günü": counted from the day the visit began."""
    visit = discourse.last_visit
    if visit is None or visit.date is None or visit.date.when.precision != "day":
        return None
    for phrase, offset in ctx.lex.visit_days.items():
        found = next((k for k in range(len(folded)) if phrase_at(folded, k, phrase)), None)
        if found is not None:
            day = date.fromisoformat(visit.date.when.value) + timedelta(days=offset)
            return DateMention(-1, -1, " ".join(phrase), day.isoformat(), parse_when(day.isoformat(), ctx.published))
    return None


def _same_stage(event: DraftEvent, discourse: Discourse) -> None:
    """ "... geniş tərkibdə davam etdirilib. Tərəflər ... müzakirə ediblər": the parties at the stage just told."""
    last = discourse.last_meeting
    if event.type != "Meeting" or last is None or not last.stage or event.stage or event is last:
        return
    if {e for _, e in event.roles} <= {e for _, e in last.roles}:
        event.stage = last.stage
        if event.date is None:
            event.date, event.inherited_date = last.date, True


def _remember(rule: Rule, event: DraftEvent, discourse: Discourse) -> None:
    discourse.events.append(event)
    counterparts = [e for r, e in event.roles if r == "counterpart"]
    if event.type == "Meeting":
        again = discourse.last_meeting and same(discourse.last_meeting, event)  # "Tərəflər ...": the same meeting
        if (not again or discourse.last_meeting is None) and not _recalled(event, discourse.last_meeting):
            discourse.last_meeting = event
        if any(p[0] == "qəbul" for p in rule.phrases) and counterparts:  # "qəbul edib": the guest
            discourse.guest = discourse.guest or counterparts[0]
    if event.type == "Visit" and event.roles:
        discourse.guest = event.roles[0][1]
        discourse.last_visit = event


def _recalled(event: DraftEvent, last: DraftEvent | None) -> bool:
    """ "Nazirlər ötən ilin sentyabrında keçirdikləri görüşü xatırlayıblar": a meeting of a month before the
    day's meeting, told after it, is recalled; what follows is still about the day's meeting."""
    if last is None or last.date is None or event.date is None or event.date.when.precision == "day":
        return False
    latest, day = event.date.when.latest, last.date.when.earliest
    return latest is not None and day is not None and latest < day


def name_events(draft: Draft) -> None:
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
