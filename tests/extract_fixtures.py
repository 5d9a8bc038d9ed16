"""Shared by the extract tests: the seed article, the invented texts and their registers."""

from __future__ import annotations

from pathlib import Path

from kg import resources

SEED = resources.CORPUS_DIR / "report-2025-12-04-coaker-baku"
INVENTED_DIR = Path(__file__).parent / "data" / "extract"
INVENTED = sorted(p for p in INVENTED_DIR.glob("dev/invented-*") if (p / "facts.yaml").is_file())
NAVY = INVENTED_DIR / "dev" / "invented-2026-05-20-turkey-navy"  # published 2026-05-20; names Kemal Aksoy
