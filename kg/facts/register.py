"""The entity register: one identity per person, organisation, place, course and post."""

from __future__ import annotations

from pathlib import Path

from kg.errors import KgError
from kg.facts.model import (
    LANGUAGES,
    REGISTER,
    Entity,
    Register,
)
from kg.facts.reader import Reader, check_id
from kg.facts.yamlfile import Located, load_yaml
from kg.ontology import Vocabulary, vocabulary

_ENTITY_LINKS = ("country", "located_in", "organization")
_ENTITY_ATTRIBUTES = ("rank", "honorific", "role")


def load_register(path: Path, vocab: Vocabulary | None = None) -> Register:
    """Read ``entities.yaml``: a mapping from entity id to its description."""
    vocab = vocab or vocabulary()
    reader = Reader(path)
    data = load_yaml(path)
    if data is None:
        data = Located()
    top = reader.mapping(data, "")
    entities: dict[str, Entity] = {}
    for entity_id, node in top.items():
        name = entity_id
        check_id(reader, top, entity_id, name, "an entity id")
        node = reader.mapping(node, name, top, entity_id)
        reader.fields(
            node,
            name,
            ("type", "label"),
            ("aliases", "same_as", "url", *_ENTITY_LINKS, *_ENTITY_ATTRIBUTES),
        )
        kind = reader.text(node, "type", f"{name}.type")
        if kind not in vocab.entity_types:
            raise reader.error(
                f"unknown entity type {kind!r}; the ontology has: {', '.join(vocab.entity_types)}",
                node,
                "type",
                f"{name}.type",
            )
        aliases = _aliases(reader, node, name) if "aliases" in node else {}
        same_as = _same_as(reader, node, name) if "same_as" in node else ()
        entities[entity_id] = Entity(
            id=entity_id,
            type=vocab.entity_types[kind],
            labels=reader.texts(node, "label", f"{name}.label", required=LANGUAGES),
            aliases=aliases,
            same_as=same_as,
            links={k: reader.text(node, k, f"{name}.{k}") for k in _ENTITY_LINKS if k in node},
            attributes={k: reader.texts(node, k, f"{name}.{k}") for k in _ENTITY_ATTRIBUTES if k in node},
            url=reader.url(node, "url", f"{name}.url") if "url" in node else None,
        )
    for entity in entities.values():
        for link, target in entity.links.items():
            if target not in entities:
                node = top[entity.id]
                raise reader.error(unknown_entity(target, entities), node, link, f"{entity.id}.{link}")
    return Register(path, entities)


def _aliases(reader: Reader, node: Located, name: str) -> dict[str, tuple[str, ...]]:
    aliases: dict[str, tuple[str, ...]] = {}
    alias_node = reader.mapping(node["aliases"], f"{name}.aliases", node, "aliases")
    for language, names in alias_node.items():
        if isinstance(names, str):
            names = [names]
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise reader.error("expected a list of names", alias_node, language, f"{name}.aliases.{language}")
        aliases[language] = tuple(names)
    return aliases


def _same_as(reader: Reader, node: Located, name: str) -> tuple[str, ...]:
    values = node["same_as"] if isinstance(node["same_as"], list) else [node["same_as"]]
    for value in values:
        if not isinstance(value, str) or not (value.startswith("wd:Q") or value.startswith("http")):
            raise reader.error(
                f"{value!r} is not a Wikidata item (wd:Q123) or an IRI", node, "same_as", f"{name}.same_as"
            )
    return tuple(values)


def unknown_entity(entity_id: str, entities: dict[str, Entity]) -> str:
    from difflib import get_close_matches

    close = get_close_matches(entity_id, list(entities), n=3)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    return f"no entity {entity_id!r} in the register{hint}; add it to {REGISTER} or fix the id"


def find_register(folder: Path) -> Path:
    """The register that serves an article folder: the nearest ``entities.yaml`` above it."""
    for candidate in (folder, *folder.parents):
        if (candidate / REGISTER).is_file():
            return candidate / REGISTER
    raise KgError(f"no {REGISTER} in this folder or above it; a corpus needs an entity register", where=folder)
