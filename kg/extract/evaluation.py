"""Measuring ``kg extract``: precision and recall of a draft against a reviewed fact file.

Three things are compared, each as precision (how much of the draft is in the
gold file) and recall (how much of the gold file the draft found):

- **entities**: the actors and places the facts refer to (participants,
  places, the source's author, the holders of posts) and the countries and
  organisations of the posts held and appointed to (``Türkiyənin milli
  müdafiə naziri`` names Türkiyə). A drafted new entity counts as the gold
  entity whose Azerbaijani label or alias it has.
- **events**: one-to-one pairs of the same type, with an agent in common and
  at least half of their participants in common (Jaccard ≥ 0.5 over entity
  ids, roles aside). ``events (exact)`` is stricter: the same type and the
  same participants in the same roles.
- **posts held**: (person, post) pairs, the post linked from the person's title (only when the gold
  file records posts). A drafted new post counts as the gold post of the same
  country and organisation.
- **dates**: paired events whose dates agree (value, precision and bounds).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from kg.errors import KgError
from kg.extract.model import Draft, DraftEvent
from kg.extract.pipeline import extract
from kg.extract.text import fold
from kg.facts.article import load_article
from kg.facts.dates import parse_when
from kg.facts.drafts import with_drafted_entities
from kg.facts.model import Article, Event, Register
from kg.facts.register import find_register, load_register
from kg.resources import CORPUS_DIR
from kg.store.render import table

JACCARD = 0.5


@dataclass(frozen=True)
class Score:
    name: str
    correct: int
    drafted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.correct / self.drafted if self.drafted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0


@dataclass(frozen=True)
class Evaluation:
    article: str
    scores: tuple[Score, ...]
    missed: tuple[str, ...]  # gold events the draft did not find
    extra: tuple[str, ...]  # drafted events that are not in the gold file

    def score(self, name: str) -> Score:
        return next(s for s in self.scores if s.name == name)

    def table(self) -> str:
        rows = [
            [s.name, str(s.gold), str(s.drafted), str(s.correct), f"{s.precision:.2f}", f"{s.recall:.2f}"]
            for s in self.scores
        ]
        text = table(["", "gold", "drafted", "correct", "precision", "recall"], rows, title=self.article)
        if self.missed:
            text += "missed: " + ", ".join(self.missed) + "\n"
        if self.extra:
            text += "extra: " + ", ".join(self.extra) + "\n"
        return text


def _gold_ids(draft: Draft, gold_register: Register) -> dict[str, str]:
    """Draft entity id → gold entity id (same id, or the same Azerbaijani name; posts by country and organisation)."""
    names: dict[str, str] = {}
    for entity in gold_register.entities.values():
        if entity.type.fragment == "Post":
            continue
        for name in (entity.labels.get("az", ""), *entity.aliases.get("az", ())):
            names.setdefault(fold(name), entity.id)
    mapping = {}
    for entity_id, info in draft.entities.items():
        if entity_id in gold_register.entities:
            mapping[entity_id] = entity_id
        elif info.type != "Post":
            mapping[entity_id] = names.get(fold(info.label), entity_id)
    return mapping


def _post_scores(gold: Article, gold_register: Register, draft: Draft, ids: dict[str, str]) -> tuple[int, int, int]:
    """(correct, drafted, gold) posts held: the same holder, and a post of the same country and organisation."""
    links = {e.id: (e.links.get("country"), e.links.get("organization")) for e in gold_register.entities.values()}
    wanted = [(h.holder, h.post, links.get(h.post, (None, None))) for h in gold.posts]
    drafted = []
    for held in draft.posts:
        info = draft.entities.get(held.post)
        mine = links.get(held.post) or (
            (ids.get(info.country or "", info.country), ids.get(info.organization or "", info.organization))
            if info
            else (None, None)
        )
        drafted.append((ids.get(held.holder, held.holder), held.post, mine))
    correct = 0
    # the closest pairs first (the same post, or the same country and organisation), then the looser ones:
    # a drafted post is not spent on a gold post another of the holder's drafted posts matches better
    for close in (True, False):
        for holder, post, mine in list(drafted):
            match = next((w for w in wanted if w[0] == holder and _paired(w, post, mine, close)), None)
            if match:
                wanted.remove(match)
                drafted.remove((holder, post, mine))
                correct += 1
    return correct, len(draft.posts), len(gold.posts)


def _paired(
    gold: tuple[str, str, tuple[str | None, str | None]], post: str, mine: tuple[str | None, str | None], close: bool
) -> bool:
    if close:
        return gold[1] == post or (None not in mine and gold[2] == mine)
    return _same_post(gold[2], mine)


def _same_post(gold: tuple[str | None, str | None], mine: tuple[str | None, str | None]) -> bool:
    """Country and organisation agree where both are known, and at least one is known and agrees."""
    agree = [g == m for g, m in zip(gold, mine, strict=True) if g and m]
    return bool(agree) and all(agree)


def _post_links(post: str | None, register_links: dict[str, tuple[str | None, str | None]]) -> set[str]:
    return {x for x in register_links.get(post or "", (None, None)) if x}


def _gold_entities(article: Article, gold_register: Register) -> set[str]:
    found = {entity for event in article.events for _, entity in event.participants}
    found |= {event.place for event in article.events if event.place}
    if article.source:
        found.add(article.source.author)
    links = {e.id: (e.links.get("country"), e.links.get("organization")) for e in gold_register.entities.values()}
    for held in article.posts:
        found |= {held.holder} | _post_links(held.post, links)
    for event in article.events:
        found |= _post_links(event.post, links)
    return found


def _drafted_entities(draft: Draft, ids: dict[str, str], with_posts: bool = True) -> set[str]:
    """The entities a draft refers to; without ``with_posts``, the posts held are left out (the gold records none)."""
    if not with_posts:
        draft = replace(draft, posts=[])
    kinds = {"Post", "Agreement"}  # scored as posts held; what was signed is not scored
    used = draft.used_entities()
    return {ids.get(e, e) for e in used if e not in draft.entities or draft.entities[e].type not in kinds}


def _participants(event: Event | DraftEvent, ids: dict[str, str] | None = None) -> set[tuple[str, str]]:
    if isinstance(event, DraftEvent):
        assert ids is not None
        return {(role, ids.get(entity, entity)) for role, entity in event.roles}
    return {(prop.fragment, entity) for prop, entity in event.participants}


def _pairs(gold: Article, draft: Draft, ids: dict[str, str]) -> list[tuple[Event, DraftEvent]]:
    free = list(draft.events)
    pairs = []
    for event in gold.events:
        mine = _participants(event)
        best, best_score = None, 0.0
        for candidate in free:
            if candidate.type != event.type.fragment:
                continue
            theirs = _participants(candidate, ids)
            agents = {e for r, e in mine if r == "agent"}
            if agents and not agents & {e for r, e in theirs if r == "agent"}:
                continue
            a, b = {e for _, e in mine}, {e for _, e in theirs}
            score = len(a & b) / len(a | b) if a | b else 1.0
            if score >= JACCARD and score > best_score:
                best, best_score = candidate, score
        if best is not None:
            free.remove(best)
            pairs.append((event, best))
    return pairs


def compare(gold: Article, gold_register: Register, draft: Draft) -> Evaluation:
    """Score a draft against the reviewed facts of the same article."""
    ids = _gold_ids(draft, gold_register)
    gold_entities = _gold_entities(gold, gold_register)
    drafted = _drafted_entities(draft, ids, with_posts=bool(gold.posts))
    pairs = _pairs(gold, draft, ids)
    exact = sum(1 for g, d in pairs if _participants(g) == _participants(d, ids))
    dated = 0
    for g, d in pairs:
        when = parse_when(d.date.spec if d.date else {"not_after": "published"}, draft.published)
        dated += when == g.when
    paired_gold = {g.id for g, _ in pairs}
    paired_draft = {id(d) for _, d in pairs}
    posts = _post_scores(gold, gold_register, draft, ids)
    scores = (
        Score("entities", len(gold_entities & drafted), len(drafted), len(gold_entities)),
        Score("events", len(pairs), len(draft.events), len(gold.events)),
        Score("events (exact)", exact, len(draft.events), len(gold.events)),
        Score("dates", dated, len(draft.events), len(gold.events)),
    )
    if gold.posts:  # a gold file that records no posts says nothing about drafted ones
        scores = (*scores[:1], Score("posts held", *posts), *scores[1:])
    return Evaluation(
        gold.slug,
        scores,
        tuple(e.id for e in gold.events if e.id not in paired_gold),
        tuple(e.id for e in draft.events if id(e) not in paired_draft),
    )


def evaluate(gold_path: Path, text_path: Path | None, register: Register) -> Evaluation:
    """Draft the article of ``gold_path`` (a fact file in an article folder) and score it.

    ``register`` is what the extractor links names to (the curator's register);
    the gold file is read with the register of its own corpus.
    """
    folder = gold_path.parent
    gold_register = load_register(find_register(folder))
    gold = load_article(folder, gold_register, include_drafts=False, facts_path=gold_path)
    text = gold.text
    if text_path is not None:
        try:
            text = text_path.read_bytes().decode("utf-8")
        except OSError as err:
            raise KgError(f"cannot read the text: {err.strerror}", where=text_path) from None
        except UnicodeDecodeError:
            raise KgError("not UTF-8 text; save it as UTF-8", where=text_path) from None
        if text != gold.text:
            raise KgError(
                f"this text is not the article of the gold facts ({folder / 'article.txt'}); "
                "evaluate a text against the facts of the same article",
                where=text_path,
            )
    draft = extract(text, gold.published_date, register, gold.publisher, where=str(text_path or folder))
    return compare(gold, gold_register, draft)


def extraction_register(corpus: Path | None) -> Register:
    """The register names are linked to: the corpus's (with its drafted entities), or the bundled one."""
    folder = corpus or CORPUS_DIR
    path = folder if folder.is_file() else find_register(folder)
    register, _ = with_drafted_entities(load_register(path))
    return register


@dataclass(frozen=True)
class SetEvaluation:
    """The figures of a set of gold articles (a folder of article folders), summed over its articles."""

    name: str
    articles: tuple[Evaluation, ...]

    def score(self, name: str) -> Score:
        found = [e.score(name) for e in self.articles if any(s.name == name for s in e.scores)]
        return Score(name, sum(s.correct for s in found), sum(s.drafted for s in found), sum(s.gold for s in found))

    def table(self) -> str:
        seen = {s.name for e in self.articles for s in e.scores}
        names = [n for n in ("entities", "posts held", "events", "events (exact)", "dates") if n in seen]
        rows = []
        for name in names:
            s = self.score(name)
            rows.append([name, str(s.gold), str(s.drafted), str(s.correct), f"{s.precision:.2f}", f"{s.recall:.2f}"])
        title = f"{self.name}: {len(self.articles)} articles"
        text = table(["", "gold", "drafted", "correct", "precision", "recall"], rows, title=title)
        for evaluation in self.articles:
            if evaluation.missed or evaluation.extra:
                text += f"{evaluation.article}: missed {', '.join(evaluation.missed) or '-'}; "
                text += f"extra {', '.join(evaluation.extra) or '-'}\n"
        return text


def evaluate_set(folder: Path, register: Register) -> SetEvaluation:
    """Draft and score every article folder (with a ``facts.yaml``) under ``folder``."""
    golds = sorted(p.parent for p in folder.glob("*/facts.yaml"))
    if not golds:
        raise KgError(
            "no article folder with a facts.yaml here; give a gold fact file or a folder of them", where=folder
        )
    return SetEvaluation(folder.name, tuple(evaluate(g / "facts.yaml", None, register) for g in golds))
