"""Reading articles, fact files and the entity register: YAML in, checked dataclasses out."""

from kg.exports import lazy

_API = {
    "load_article": "kg.facts.article", "find_register": "kg.facts.register", "load_register": "kg.facts.register",
    "Corpus": "kg.facts.corpus", "load_corpus": "kg.facts.corpus",
    **{name: "kg.facts.model" for name in ("Article", "Entity", "Event", "PostHolding", "Register", "Source")},
}  # fmt: skip
__all__ = list(_API)
__getattr__ = lazy(__name__, _API)
