"""Synthetic corpora that look like the seed: for measuring kg at scale.

``python -m benchmarks.generate OUT --articles N`` writes a corpus folder:
an entity register of a few thousand people, organisations, countries,
cities and posts, and N article folders whose texts are Azerbaijani-style
agency sentences and whose fact files hold visits, meetings, ceremonies,
appointments, embargo decisions, agreements and statements. Every evidence
quote is a sentence that really occurs in the generated text. Actors are
drawn with a Zipf-like skew (a few ministers appear in many articles), and
each person holds one post throughout, so the corpus is consistent.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import yaml

from kg.facts.dates import MONTHS_AZ

SYLLABLES = ["ka", "ri", "mo", "ze", "lu", "na", "te", "vo", "sa", "di", "ra", "me", "ko", "ba", "li", "go", "fa", "ne"]


@dataclass(frozen=True)
class Entity:
    id: str
    type: str
    en: str
    az: str


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def register(rng: random.Random, people: int) -> dict[str, list[Entity]]:
    """Countries, cities, ministries, people and one post per person."""
    countries = [Entity(f"country-{i}", "Country", f"{n}land", f"{n}stan") for i, n in
                 enumerate(_name(rng, 2) for _ in range(60))]  # fmt: skip
    cities = [Entity(f"city-{i}", "City", f"{n}burg", f"{n}abad") for i, n in
              enumerate(_name(rng, 2) for _ in range(200))]  # fmt: skip
    ministries = [Entity(f"ministry-{i}", "Organization", f"Ministry of Defence of {c.en}", f"{c.az} Müdafiə Nazirliyi")
                  for i, c in enumerate(countries)]  # fmt: skip
    persons, posts = [], []
    for i in range(people):
        first, last = _name(rng, 2), _name(rng, 3)
        persons.append(Entity(f"person-{i}", "Person", f"{first} {last}", f"{first} {last}ov"))
        country = i % len(countries)
        posts.append(Entity(f"post-{i}", "Post", f"Deputy Minister of Defence No. {i} of {countries[country].en}",
                            f"{countries[country].az} müdafiə nazirinin {i} saylı müavini"))  # fmt: skip
    return {"countries": countries, "cities": cities, "ministries": ministries, "persons": persons, "posts": posts}


def write_register(folder: Path, entities: dict[str, list[Entity]]) -> None:
    data: dict[str, dict[str, object]] = {}
    for kind in ("countries", "cities", "ministries", "persons"):
        for e in entities[kind]:
            data[e.id] = {"type": e.type, "label": {"en": e.en, "az": e.az}}
    for i, e in enumerate(entities["posts"]):
        country = entities["countries"][i % len(entities["countries"])]
        data[e.id] = {
            "type": "Post", "label": {"en": e.en, "az": e.az}, "role": {"en": "Deputy Minister of Defence"},
            "organization": f"ministry-{i % len(entities['countries'])}", "country": country.id,
        }  # fmt: skip
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200)
    (folder / "entities.yaml").write_text("# Synthetic register (benchmarks.generate)\n" + text, encoding="utf-8")


def _skewed(rng: random.Random, items: list[Entity]) -> Entity:
    """Zipf-like: item k is drawn with weight about 1/k."""
    index = int(len(items) ** rng.random()) - 1
    return items[min(index, len(items) - 1)]


def article(rng: random.Random, number: int, entities: dict[str, list[Entity]]) -> tuple[str, dict, dict]:
    """The text, metadata and facts of one synthetic article."""
    published = date(2024, 1, 1) + timedelta(days=number % 700)
    persons = entities["persons"]
    visitor, host = _skewed(rng, persons), _skewed(rng, persons)
    while host == visitor:
        host = rng.choice(persons)
    i_visitor, i_host = int(visitor.id.split("-")[1]), int(host.id.split("-")[1])
    country = entities["countries"][i_host % len(entities["countries"])]
    other = rng.choice(entities["countries"])
    city = _skewed(rng, entities["cities"])
    month = rng.randint(1, published.month) if published.month > 1 else 1
    sentences = [
        f"Xəbər nömrəsi {number}: {visitor.az} {city.az} şəhərinə səfər edib.",
        f"Səfər zamanı {visitor.az} {host.az} ilə görüş keçirib (xəbər {number}).",
        f"{country.az} {MONTHS_AZ[month - 1]} ayında {other.az} ilə müdafiə sazişi imzalayıb (xəbər {number}).",
        f"{country.az} {other.az} ölkəsinə tətbiq olunan silah embarqosunu aradan qaldırıb (xəbər {number}).",
        f'"Əməkdaşlığımız güclənir", - {visitor.az} xəbər {number} üçün bildirib.',
    ]
    text = f"Synthetic article {number}\n" + "\n".join(sentences)
    meta = {"title": f"Synthetic article {number}", "publisher": "ministry-0",
            "published": f"{published.isoformat()}T12:00:00+04:00", "language": "az"}  # fmt: skip
    facts = {
        "posts": [
            {"holder": visitor.id, "post": f"post-{i_visitor}", "evidence": sentences[0].split(" şəhərinə")[0]},
        ],
        "events": {
            "visit": {"type": "Visit", "agent": visitor.id, "counterpart": country.id, "place": city.id,
                      "date": {"not_after": "published"}, "evidence": sentences[0]},
            "meeting": {"type": "Meeting", "part_of": "visit", "agent": visitor.id, "counterpart": host.id,
                        "place": city.id, "date": {"not_after": "published"}, "evidence": sentences[1]},
            "agreement": {"type": "AgreementSigning", "agent": country.id, "counterpart": other.id,
                          "date": {"month": month}, "date_text": f"{MONTHS_AZ[month - 1]} ayında",
                          "evidence": sentences[2]},
            "embargo": {"type": "EmbargoLifting", "agent": country.id, "affected": other.id,
                        "date": {"not_after": "published"}, "evidence": sentences[3]},
            "statement": {"type": "Statement", "agent": visitor.id, "date": {"not_after": "published"},
                          "quotation": "Əməkdaşlığımız güclənir", "evidence": sentences[4]},
        },
    }  # fmt: skip
    optional = ["meeting", "statement"] + (["agreement", "embargo"] if other != country else [])
    keep = {"visit", *rng.sample(optional, 2)}  # three events an article, about 100 triples
    facts["events"] = {name: event for name, event in facts["events"].items() if name in keep}
    return text, meta, facts


def generate(folder: Path, articles: int, people: int = 2000, seed: int = 7) -> Path:
    """Write a synthetic corpus of ``articles`` articles into ``folder``."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    folder.mkdir(parents=True, exist_ok=True)
    entities = register(rng, people)
    write_register(folder, entities)
    for number in range(articles):
        text, meta, facts = article(rng, number, entities)
        target = folder / f"synthetic-{number:06d}"
        target.mkdir(exist_ok=True)
        (target / "article.txt").write_text(text, encoding="utf-8")
        (target / "article.yaml").write_text(
            yaml.safe_dump(meta, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
        (target / "facts.yaml").write_text(yaml.safe_dump(facts, allow_unicode=True, sort_keys=False, width=200),
                                           encoding="utf-8")  # fmt: skip
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate(args.folder, args.articles, args.people, args.seed)


if __name__ == "__main__":
    main()
