"""Shared by the extract tests: the seed article, the invented texts and their registers."""

from __future__ import annotations

from pathlib import Path

from kg import resources
from kg.extract.model import Draft

SEED = resources.CORPUS_DIR / "report-2025-12-04-coaker-baku"
INVENTED_DIR = Path(__file__).parent.parent / "data" / "extract"
DEV_DIR = INVENTED_DIR / "dev"
TEST_DIR = INVENTED_DIR / "test"  # held out: the rules are never tuned on it
INVENTED = sorted(p for p in DEV_DIR.glob("invented-*") if (p / "facts.yaml").is_file())
HELD_OUT = sorted(p for p in TEST_DIR.glob("invented-*") if (p / "facts.yaml").is_file())
NAVY = DEV_DIR / "invented-2026-05-20-turkey-navy"  # published 2026-05-20; names Kemal Aksoy


def draft_of(
    body: str, published: str = "2026-01-12", register_path: Path | None = None, publisher: str | None = None
) -> Draft:
    """Draft a short text (with a headline: the extractor skips it) against a register (default: the bundled one)."""
    from datetime import date

    from kg.extract import extract, extraction_register

    register = extraction_register(register_path)
    return extract("Başlıq\n" + body, date.fromisoformat(published), register, publisher)


def roles(draft: Draft, kind: str) -> list[list[tuple[str, str]]]:
    return [e.roles for e in draft.events if e.type == kind]
