"""Posts held: a title before a name links a person to a post of a country or organisation.

``Azərbaycan Prezidenti İlham Əliyev`` → ``president-of-azerbaijan`` (the
register's post whose role words are among the title's, of that country).
A title whose post the register lacks is drafted as a new post, with its
role (the title words), its country and its organisation (the modifiers
before the title: ``Türkiyənin milli müdafiə naziri``, ``Quru Qoşunlarının
komandanı``). A title that names neither, and fits several posts of the
register (``müdafiə naziri``), is left to the reviewer.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.context import Context
from kg.extract.model import Holding, Mention
from kg.extract.organisations import ministry_of
from kg.extract.text import Sentence, fold


def same_word(a: str, b: str) -> bool:
    """The same word, endings aside: naziri / nazirinin, attaşe / attaşesini."""
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    return a == b or (prefix >= 4 and prefix >= min(len(a), len(b)) - 1)


def register_post(ctx: Context, titles: tuple[str, ...], country: str | None, organization: str | None) -> str | None:
    """The register's post whose role the titles spell, of that country (or organisation).

    The title's head (its last word, honorifics aside: ``müavini`` in ``müdafiə nazirinin müavini``)
    must be a word of the role: a deputy minister does not hold the minister's post.
    """
    heads = [t for t in titles if not ctx.lex.is_honorific(t) and not ctx.lex.is_rank(t)]
    if not heads:
        return None
    head = heads[-1]
    scored: list[tuple[int, str]] = []
    for entity in ctx.register.entities.values():
        if entity.type.fragment != "Post":
            continue
        if country and entity.links.get("country") not in {country, None}:
            continue
        if organization and entity.links.get("organization") not in {organization, None}:
            continue
        role = [fold(w) for w in entity.attributes.get("role", {}).get("az", "").split()]
        if role and all(any(same_word(r, t) for t in titles) for r in role) and any(same_word(head, r) for r in role):
            scored.append((len(role), entity.id))
    scored.sort(reverse=True)
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None  # "müdafiə naziri" with no country: which country's minister is for the reviewer
    return scored[0][1]


def holding(ctx: Context, sentence: Sentence, mention: Mention) -> Holding | None:
    """The post a titled person holds, from the register or drafted."""
    if not mention.titles or mention.quoted or ctx.kind(mention.entity) != "Person":
        return None
    if not any(ctx.lex.is_title(t) for t in mention.titles):
        return None
    if any(
        t.startswith("heyət") and k > 0 and mention.titles[k - 1] == "nümayəndə" for k, t in enumerate(mention.titles)
    ):
        return None  # "nümayəndə heyətinin rəhbəri": who leads a delegation holds no post by it
    words = sentence.words
    start, end = words[mention.group_start].start, words[mention.end - 1].end
    quote = ctx.text[start:end]
    if ctx.text.count(quote) != 1:
        return None
    if any(t.startswith("həmkar") for t in mention.titles):
        post = _counterpart_post(ctx, sentence, mention)
        return Holding(mention.entity, post, quote, (start, end)) if post else None
    post = register_post(ctx, mention.titles, mention.country, mention.organization)
    if post is None and (mention.country or mention.organization):
        post = _draft_post(ctx, sentence, mention)
    elif post is None:  # "Xarici işlər nazirinin müavini Fuad İsmayılov": a title of the home country's press
        post = _home_post(ctx, sentence, mention)
    return Holding(mention.entity, post, quote, (start, end)) if post else None


def dash_holding(ctx: Context, sentence: Sentence, mention: Mention) -> Holding | None:
    """ "Müdafiə nazirinin birinci müavini – Baş Qərargah rəisi X": the post before the dash is X's too."""
    words = sentence.words
    dash = mention.group_start - 1
    if dash < 1 or words[dash].text not in {"–", "—", "-"} or ctx.kind(mention.entity) != "Person":
        return None
    covered = {k for m in ctx.mentions_of(sentence) for k in range(m.group_start, m.end)}
    k = dash
    while k > 0 and k - 1 not in covered and words[k - 1].text[:1].isalpha():
        if words[k - 1].folded in ctx.lex.stop_words:
            break
        k -= 1
    titles = tuple(w.folded for w in words[k:dash])
    if not titles or not ctx.lex.is_title(titles[-1]) or any(t.startswith("həmkar") for t in titles):
        return None  # "X-in rəisi qazaxıstanlı həmkarı – ... Y": an apposition of someone else's post
    start, end = words[k].start, words[mention.end - 1].end
    quote = ctx.text[start:end]
    if ctx.text.count(quote) != 1:
        return None
    before = Mention(mention.entity, mention.start, mention.end, mention.case, group_start=k, titles=titles)
    post = _home_post(ctx, sentence, before, ignore_held=True)
    return Holding(mention.entity, post, quote, (start, end)) if post else None


def _home_post(ctx: Context, sentence: Sentence, mention: Mention, ignore_held: bool = False) -> str | None:
    """A title that names no country is the home country's: its post in the register, or drafted."""
    home = ctx.names.find(ctx.lex.home_country)
    if home is None or _foreign_before(ctx, sentence, mention, home):
        return None
    if (mention.entity in ctx.holders or mention.entity in ctx.mentioned) and not ignore_held:
        return None  # "Dövlət başçısı N.Sabitov", "Səfir S.Abdraxmanov": a later title of someone named before
    post = register_post(ctx, mention.titles, home, None)
    if post is None:
        post = _draft_post(ctx, sentence, replace(mention, country=home))
    return post


def _counterpart_post(ctx: Context, sentence: Sentence, mention: Mention) -> str | None:
    """ "müdafiə naziri X qazaxıstanlı həmkarı Y ilə": Y holds X's post, of the country the demonym names."""
    country = next((c for c in (demonym_country(ctx, t, sentence.text) for t in mention.titles) if c), None)
    before = [m for m in ctx.mentions_of(sentence) if m.end <= mention.group_start and ctx.kind(m.entity) == "Person"]
    other = next((m for m in reversed(before) if m.titles), before[-1] if before else None)
    if country is None or other is None:
        return None
    if not other.titles:  # "R.Normatov ... azərbaycanlı həmkarı Rafael Şirinov": the post R.Normatov was named with
        roles = [ctx.names.entities[p].role for p in ctx.posts_of.get(other.entity, []) if p in ctx.names.entities]
        found = [register_post(ctx, tuple(fold(w) for w in r.split()), country, None) for r in roles if r]
        return next((p for p in found if p), None)
    titles = tuple(t for t in other.titles if ctx.lex.is_title(t) or t.islower())
    post = register_post(ctx, titles, country, None)
    if post:
        return post
    words = [w.text for w in sentence.words[other.group_start : other.start] if w.folded in titles]
    if not words or words[0][:1].isupper():
        return None
    role = " ".join(words)
    label = f"{ctx.names.entities[country].label}: {role}"
    return ctx.names.new_entity("Post", label, sentence.text, 0.5, country=country, organization=None, role=role)


def _foreign_before(ctx: Context, sentence: Sentence, mention: Mention, home: str) -> bool:
    """A foreign country (or its organisation) named between the last person before and this one."""
    before = [m for m in ctx.mentions_of(sentence) if m.end <= mention.group_start]
    people = [m.end for m in before if ctx.kind(m.entity) == "Person"]
    since = max(people, default=0)
    for m in before:
        if m.start < since:
            continue
        info = ctx.names.entities[m.entity]
        country = m.entity if info.type == "Country" else info.country
        if country and country != home and info.type in {"Country", "Organization"}:
            return True
    return False


def demonym_country(ctx: Context, word: str, evidence: str) -> str | None:
    """The country a demonym names: qazaxıstanlı → Qazaxıstan, türkiyəli → Türkiyə, britaniyalı → Böyük Britaniya."""
    folded = fold(word)
    if not folded.endswith(("lı", "li", "lu", "lü")) or len(folded) < 5:
        return None
    stem = folded[:-2]
    for entity in ctx.names.entities.values():
        if entity.type == "Country" and fold(entity.label).split()[-1:] == [stem]:
            return entity.id
    for form, name in ctx.names.lexicon_countries.items():
        if form.split()[-1] == stem:
            return ctx.names.find(name) or ctx.names.new_entity("Country", name, evidence, 0.7)
    return None


def _draft_post(ctx: Context, sentence: Sentence, mention: Mention) -> str:
    words = sentence.words
    title_words = [w for w in words[mention.group_start : mention.start] if fold(w.text) in mention.titles]
    role = " ".join(w.text for w in title_words)
    organization = mention.organization or ministry_of(ctx, mention.country, role)
    owner = organization or mention.country
    owner_label = ctx.names.entities[owner].label if owner else ""
    label = f"{owner_label}: {role}" if owner_label else role
    return ctx.names.new_entity(
        "Post", label, sentence.text, 0.5, country=mention.country, organization=organization, role=role
    )


def appointed_post(ctx: Context, sentence: Sentence, start: int, end: int, parties: list[str]) -> str | None:
    """The post named between the appointed person and "təyin edilib": ``Quru Qoşunlarının komandanı``.

    "X ... Polşa Milli Müdafiə Nazirliyi tərəfindən Azərbaycandakı hərbi attaşe vəzifəsinə təyin edilib": the
    post follows the appointer ("tərəfindən", by), and is of the appointer's country, not of the place it is in.
    """
    by = next((k for k in range(start, end) if sentence.words[k].folded == "tərəfindən"), None)
    appointer = appointed_by(ctx, sentence, by) if by is not None else None
    if by is not None:
        start = by + 1
    words = sentence.words[start:end]
    titles = tuple(w.folded for w in words if w.text[:1].islower() or ctx.lex.is_title(w.text))
    titles = tuple(t for t in titles if t not in {"vəzifəsinə", "təyin"} and t not in ctx.lex.stop_words)
    if not any(ctx.lex.is_title(t) for t in titles):
        return _post_of_parties(ctx, sentence, parties)
    mentions = [m for m in ctx.mentions_of(sentence) if start <= m.start < end]
    organizations = [m.entity for m in mentions if ctx.kind(m.entity) == "Organization"]
    organization = organizations[-1] if organizations else None  # the nearest: "Müdafiə Nazirliyinin Quru Qoşunlarının"
    country = next((m.entity for m in mentions if ctx.kind(m.entity) == "Country" and m.case != "locative-ki"), None)
    if appointer and country is None and organization is None:
        info = ctx.names.entities[appointer]
        organization = appointer if info.type == "Organization" else None
        country = appointer if info.type == "Country" else info.country
    if organization and country is None:
        country = ctx.names.entities[organization].country
    post = register_post(ctx, titles, country, organization)
    if post or not (organization or country):
        return post or _post_of_parties(ctx, sentence, parties)
    role = " ".join(w.text for w in words if w.folded in titles)
    owner = ctx.names.entities[organization or country or ""].label
    return ctx.names.new_entity(
        "Post", f"{owner}: {role}", sentence.text, 0.5, country=country, organization=organization, role=role
    )


def appointed_by(ctx: Context, sentence: Sentence, by: int) -> str | None:
    """The organisation, country or person named right before "tərəfindən" (by)."""
    before = [m for m in ctx.mentions_of(sentence) if m.end == by]
    return (
        before[-1].entity if before and ctx.kind(before[-1].entity) in {"Organization", "Country", "Person"} else None
    )


def _post_of_parties(ctx: Context, sentence: Sentence, parties: list[str]) -> str | None:
    """A post of the appointing country whose role words the sentence has (the seed's attaché)."""
    folded = [w.folded for w in sentence.words]
    for entity in ctx.register.entities.values():
        if entity.type.fragment != "Post" or entity.links.get("country") not in parties:
            continue
        role = [fold(w) for w in entity.attributes.get("role", {}).get("az", "").split()]
        if role and all(any(w.startswith(r) for w in folded) for r in role):
            return entity.id
    return None
