"""The adversarial suite: hostile or broken input, each case one clear line.

Every case asserts a non-zero exit, exactly one ``kg: error:`` line naming the
file (and the line and field where they apply), no traceback, and no output
written or truncated.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from click.testing import Result

KG_ARGS = ["-c", "from kg.cli import main; main()"]


def one_error(result: Result, *fragments: str, code: int = 2) -> str:
    """The one error line of a failed command, checked for ``fragments``."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == code, (result.exit_code, result.output)
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), lines
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    return lines[0]


def digest(path: Path) -> str | None:
    """The file's SHA-256, or None if it does not exist (to assert 'unchanged')."""
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None
