"""``kg extract``: drafting the fact file of an Azerbaijani news article from its text.

The stages, each its own module: ``text`` (sentences, words, case folding),
``morphology`` (case endings, from ``lexicon/endings.yaml``), ``mentions``,
``titles`` (names with their titles and ranks) and ``particles`` ("van", "əl-"
inside foreign names), ``linking`` (to the register, or drafted once), ``posts`` (titles → posts held), ``reference``,
``lists`` (the subjects listed before a verb), ``demonyms``, ``trigger``,
``frames``, ``visits`` and ``exercises`` (trigger phrases from ``lexicon/triggers.yaml`` and
their participants), ``dates`` (resolved against
the publication date), ``sources`` (who the news cites, quotations, evidence),
``same_event`` (one event per happening),
``pipeline`` (the stages in order),
``draft`` (writing the fact file and ``entities.draft.yaml``) and
``evaluation`` (precision and recall against reviewed fact files).
"""

from kg.exports import lazy

_API = {
    **{name: "kg.extract.draft" for name in (
        "draft_facts", "draft_new_entities", "parse_published", "publisher_id", "read_text", "render_entities",
        "render_facts",
    )},
    **{name: "kg.extract.evaluation" for name in (
        "Evaluation", "SetEvaluation", "compare", "evaluate", "evaluate_set", "extraction_register",
    )},
    **{name: "kg.extract.model" for name in ("Draft", "DraftEvent", "EntityInfo", "Holding")},
    "extract": "kg.extract.pipeline", "is_unique_quote": "kg.extract.sources",
}  # fmt: skip
__all__ = sorted(_API)
__getattr__ = lazy(__name__, _API)
