"""Who holds a post, as the corpus's reviewed fact files record it.

"Azərbaycan Respublikası Prezidentinin Sərəncamı ilə X ... təyin edilib" names no
president; the decree's signer is the one the corpus knows to hold the post
(GUIDE.md: "the President when the text says 'Prezidentin Sərəncamı' without a
name"), from the article published nearest in time to the text. Only reviewed
holdings count (``review: draft`` ones are not yet true); a fact file that does
not parse is left to ``kg build`` to report.
"""

from __future__ import annotations

import functools
from datetime import date, datetime
from pathlib import Path

import yaml

from kg.facts.model import FACTS

Holdings = dict[str, tuple[tuple[date, str], ...]]  # post id → (published, holder id), oldest first

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def corpus_holdings(folder: Path) -> Holdings:
    """The holdings of every article under ``folder`` (a corpus), read again only when a fact file changes."""
    if not folder.is_dir():
        return {}
    files = sorted(p for p in folder.glob(f"**/{FACTS}") if not any(part.startswith(".") for part in p.parts))
    stamp = tuple((str(p), p.stat().st_mtime_ns) for p in files)
    return _read(stamp)


def holder_on(holdings: Holdings, post: str, day: date) -> str | None:
    """The holder of ``post`` told nearest in time to ``day`` (the later one when two are as near)."""
    told = holdings.get(post, ())
    if not told:
        return None
    return min(told, key=lambda seen: (abs((seen[0] - day).days), seen[0] < day))[1]


@functools.cache
def _read(stamp: tuple[tuple[str, int], ...]) -> Holdings:
    found: dict[str, set[tuple[date, str]]] = {}
    for name, _ in stamp:
        facts_path = Path(name)
        published = _published(facts_path.parent / "article.yaml")
        facts = _load(facts_path)
        if published is None or not isinstance(facts, dict) or not isinstance(facts.get("posts"), list):
            continue
        for item in facts["posts"]:
            if isinstance(item, dict) and item.get("review") != "draft":
                holder, post = item.get("holder"), item.get("post")
                if isinstance(holder, str) and isinstance(post, str):
                    found.setdefault(post, set()).add((published, holder))
    return {post: tuple(sorted(seen)) for post, seen in sorted(found.items())}


def _published(path: Path) -> date | None:
    meta = _load(path)
    value = meta.get("published") if isinstance(meta, dict) else None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _load(path: Path) -> object:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 (a safe loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
