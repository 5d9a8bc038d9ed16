"""A cache of compiled articles, keyed by the hash of everything they depend on.

An article's entry depends on its three files, the entity register, the
ontology, the shapes, the validator and kg's own code: change any of them and
the key changes, so a stale entry is never used. Entries are small JSON files
under the cache folder (``.kg-cache`` by default), written atomically, each
opening with the SHA-256 of its JSON on a line of its own: an entry that is
truncated, garbled or edited does not match it and is compiled again (and
rewritten), never trusted. The folder is safe to delete at any time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kg import resources
from kg.errors import KgError

DEFAULT_FOLDER = Path(".kg-cache")
_FORMAT = 2


def digest(parts: Iterable[bytes]) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(len(part).to_bytes(8, "big"))
        hasher.update(part)
    return hasher.hexdigest()


def file_digest(*paths: Path) -> str:
    """The digest of files' contents (a missing file counts as empty and is caught later)."""
    return digest(path.read_bytes() if path.is_file() else b"" for path in paths)


@cache
def code_digest() -> str:
    """kg's own source: a new kg never reuses what an old one compiled."""
    return digest(p.read_bytes() for p in sorted(resources.PACKAGE_DIR.rglob("*.py")))


@dataclass(frozen=True)
class Cache:
    folder: Path

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        """The entry under ``key``, or None if there is none or it is damaged."""
        try:
            check, _, body = self._path(key).read_bytes().partition(b"\n")
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError, PermissionError):
            return None
        if check.decode("ascii", "replace") != hashlib.sha256(body).hexdigest():
            return None  # truncated, garbled, edited or of an older kg: compile again
        try:
            entry = json.loads(body)
        except ValueError:
            return None
        return entry if isinstance(entry, dict) and entry.get("format") == _FORMAT else None

    def put(self, key: str, entry: dict[str, Any]) -> None:
        from kg.atomic import write_atomic

        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            message = f"cannot create the cache folder: {err.strerror}; use --no-cache"
            raise KgError(message, where=path.parent) from None
        body = json.dumps({"format": _FORMAT, **entry}, ensure_ascii=False).encode("utf-8")
        write_atomic(path, hashlib.sha256(body).hexdigest().encode("ascii") + b"\n" + body, durable=False)
