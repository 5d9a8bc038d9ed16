"""``kg extract``: drafting the fact file of an Azerbaijani news article from its text.

The stages, each its own module: ``text`` (sentences, words, case folding),
``morphology`` (case endings, from ``lexicon/endings.yaml``), ``mentions``
(names with their titles and ranks), ``linking`` (to the register, or drafted
once), ``posts`` (titles → posts held), ``reference`` and ``frames`` (trigger
phrases from ``lexicon/triggers.yaml`` and their participants), ``dates``
(resolved against the publication date), ``pipeline`` (the stages in order),
``draft`` (writing the fact file and ``entities.draft.yaml``) and
``evaluate`` (precision and recall against reviewed fact files).
"""

from kg.extract.draft import (
    draft_facts,
    draft_new_entities,
    parse_published,
    publisher_id,
    read_text,
    render_entities,
    render_facts,
)
from kg.extract.evaluate import Evaluation, SetEvaluation, compare, evaluate, evaluate_set, extraction_register
from kg.extract.model import Draft, DraftEvent, EntityInfo, Holding
from kg.extract.pipeline import extract, is_unique_quote

__all__ = [
    "Draft",
    "DraftEvent",
    "EntityInfo",
    "Evaluation",
    "Holding",
    "SetEvaluation",
    "compare",
    "draft_facts",
    "draft_new_entities",
    "evaluate",
    "evaluate_set",
    "extract",
    "extraction_register",
    "is_unique_quote",
    "parse_published",
    "publisher_id",
    "read_text",
    "render_entities",
    "render_facts",
]
