"""Checking one YAML file's fields, with errors that name file, line and field."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.facts.model import Texts
from kg.facts.yamlfile import Located, LocatedList


class Reader:
    """Checks one YAML file's fields, raising errors that name file, line and field."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def error(self, message: str, node: Any, key: str | int | None, name: str) -> KgError:
        line = None
        if isinstance(node, Located) and isinstance(key, str):
            line = node.line_of(key)
        elif isinstance(node, LocatedList) and isinstance(key, int):
            line = node.line_of(key)
        elif isinstance(node, Located | LocatedList):
            line = node.line
        return KgError(message, where=self.path, line=line, field=name)

    def mapping(self, node: Any, name: str, parent: Any = None, key: str | None = None) -> Located:
        if not isinstance(node, Located):
            where = parent if parent is not None else node
            raise self.error(f"expected a mapping of fields, found {kind_of(node)}", where, key, name)
        return node

    def fields(self, node: Located, name: str, required: Iterable[str], allowed: Iterable[str]) -> None:
        allowed = set(allowed) | set(required)
        for key in node:
            if key not in allowed:
                raise self.error(
                    f"unknown field {key!r}; allowed here: {', '.join(sorted(allowed))}",
                    node,
                    key,
                    f"{name}.{key}" if name else key,
                )
        for key in required:
            if key not in node:
                raise self.error(f"the field {key!r} is required", node, None, f"{name}.{key}" if name else key)

    def text(self, node: Located, key: str, name: str) -> str:
        value = node[key]
        if not isinstance(value, str) or not value.strip():
            raise self.error(f"expected text, found {kind_of(value)}", node, key, name)
        return value

    def url(self, node: Located, key: str, name: str) -> str:
        """A web address: http or https only (a ``javascript:`` or ``data:`` URL is refused)."""
        value = self.text(node, key, name)
        if not re.match(r"https?://[^\s<>\"]+$", value, re.IGNORECASE):
            raise self.error(
                f"{value!r} is not a web address; write one that begins https:// (or http://)", node, key, name
            )
        return value

    def texts(self, node: Located, key: str, name: str, required: tuple[str, ...] = ()) -> Texts:
        value = node[key]
        if isinstance(value, str) and not required:
            return {"en": value}
        if not isinstance(value, Located):
            raise self.error(
                f"expected texts by language ({{en: ..., az: ...}}), found {kind_of(value)}", node, key, name
            )
        for language in required:
            if language not in value:
                raise self.error(
                    f"a text in {language!r} is required (labels are given in English and Azerbaijani)",
                    value,
                    None,
                    f"{name}.{language}",
                )
        for language, text in value.items():
            if not isinstance(text, str) or not text.strip():
                raise self.error(f"expected text, found {kind_of(text)}", value, language, f"{name}.{language}")
        return dict(value)

    def ids(self, node: Located, key: str, name: str) -> list[tuple[str, Any, str | int]]:
        """An id or a list of ids, with where each stands (for errors)."""
        value = node[key]
        if isinstance(value, str):
            return [(value, node, key)]
        if isinstance(value, LocatedList) and value and all(isinstance(v, str) for v in value):
            return [(v, value, i) for i, v in enumerate(value)]
        raise self.error(f"expected an entity id or a list of ids, found {kind_of(value)}", node, key, name)


def kind_of(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"{type(value).__name__} {value!r}"


SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_SAFE_CHARACTERS = "ASCII letters, digits, '-', '_' and '.' (e.g. vernon-coaker)"


def check_id(reader: Reader, node: Located, key: str, name: str, what: str) -> None:
    """An id becomes part of an IRI: refuse what would need escaping or add a path step."""
    if not SAFE_ID.fullmatch(key):
        raise reader.error(
            f"{key!r} cannot be {what}: ids become IRIs, so use only {_SAFE_CHARACTERS}", node, key, name
        )


def check_slug(folder: Path) -> str:
    """The article's folder name, which becomes its IRI (``kgr:article/<name>``)."""
    slug = folder.resolve().name
    if not SAFE_ID.fullmatch(slug):
        raise KgError(
            f"the folder name {slug!r} becomes the article's IRI: rename the folder using only {_SAFE_CHARACTERS}",
            where=folder,
        )
    return slug
