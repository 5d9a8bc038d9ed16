"""Mapping an article's facts to RDF, in the ontology's terms.

Every node gets an IRI derived from ids in the fact files (no blank nodes),
so the same facts always give the same triples and the Turtle can be diffed.
"""

from __future__ import annotations

from functools import cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.facts.corpus import Corpus
from kg.facts.dates import When
from kg.facts.evidence import Quote
from kg.facts.model import Article, Entity, Event, PostHolding, Register, Source, Texts
from kg.graph.iris import article_iri, entity_iri, event_iri
from kg.namespaces import KGO, OA, SCHEMA, SEM, WD, new_graph
from kg.ontology import ontology_graph, vocabulary

_DATATYPE = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}
_LINKS = {"country": KGO.country, "located_in": SCHEMA.containedInPlace, "organization": ORG.postIn}
_ATTRIBUTES = {"rank": KGO.rank, "honorific": SCHEMA.honorificPrefix, "role": SCHEMA.roleName}


def to_graph(corpus: Corpus) -> Graph:
    """The whole corpus as one graph: the register's entities, then each article."""
    graph = new_graph()
    add_register(graph, corpus.register)
    for entity_id in sorted(corpus.drafted_entities):
        graph.add((entity_iri(entity_id), KGO.reviewStatus, KGO.draft))
    for article in corpus.articles:
        add_article(graph, article, corpus.register)
    return graph


def add_register(graph: Graph, register: Register) -> None:
    for entity in register.entities.values():
        _add_entity(graph, entity)


def _texts(graph: Graph, subject: URIRef, predicate: URIRef, texts: Texts) -> None:
    for language, text in texts.items():
        graph.add((subject, predicate, Literal(text, lang=language)))


def _add_entity(graph: Graph, entity: Entity) -> None:
    node = entity_iri(entity.id)
    graph.add((node, RDF.type, entity.type))
    _texts(graph, node, RDFS.label, entity.labels)
    for language, names in entity.aliases.items():
        for name in names:
            graph.add((node, SKOS.altLabel, Literal(name, lang=language)))
    for same in entity.same_as:
        graph.add((node, OWL.sameAs, WD[same[3:]] if same.startswith("wd:") else URIRef(same)))
    for link, target in entity.links.items():
        graph.add((node, _LINKS[link], entity_iri(target)))
    for attribute, texts in entity.attributes.items():
        _texts(graph, node, _ATTRIBUTES[attribute], texts)
    if entity.url:
        graph.add((node, SCHEMA.url, Literal(entity.url, datatype=XSD.anyURI)))


def add_article(graph: Graph, article: Article, register: Register) -> None:
    """The article, its source, the posts it states and its events."""
    node = article_iri(article.slug)
    graph.add((node, RDF.type, KGO.Article))
    graph.add((node, SCHEMA.headline, Literal(article.title, lang=article.language)))
    graph.add((node, SCHEMA.datePublished, Literal(article.published.isoformat(), datatype=XSD.dateTime)))
    graph.add((node, SCHEMA.publisher, entity_iri(article.publisher)))
    graph.add((node, SCHEMA.inLanguage, Literal(article.language)))
    graph.add((node, SCHEMA.text, Literal(article.text, lang=article.language)))
    if article.url:
        graph.add((node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.source:
        source = URIRef(f"{node}/source")
        author = register.entities[article.source.author]
        graph.add((node, SCHEMA.isBasedOn, source))
        graph.add((node, PROV.hadPrimarySource, source))
        graph.add((source, RDF.type, KGO.PressRelease))
        graph.add((source, SCHEMA.author, entity_iri(author.id)))
        for language, label in author.labels.items():
            words = "information released by" if language == "en" else "yaydığı məlumat:"
            graph.add((source, RDFS.label, Literal(f"{words} {label}", lang=language)))
        _add_evidence(graph, source, article, article.source.evidence)
        _add_review(graph, source, article.source)
    for holding in article.posts:
        holding_node = _add_holding(graph, article, holding.holder, holding.post, holding.evidence)
        _add_review(graph, holding_node, holding)
    labels = _class_labels()
    for event in article.events:
        _add_event(graph, article, event, register, labels)


def _add_review(graph: Graph, node: URIRef, item: Event | PostHolding | Source) -> None:
    """Say which facts were drafted by kg extract, reviewed or not, and how sure the draft was."""
    if item.review is not None:
        graph.add((node, KGO.reviewStatus, KGO[item.review]))
    if item.confidence is not None:
        graph.add((node, KGO.confidence, Literal(f"{item.confidence:.2f}", datatype=XSD.decimal)))


def _add_holding(graph: Graph, article: Article, holder: str, post: str, evidence: tuple[Quote, ...]) -> URIRef:
    node = URIRef(f"{article_iri(article.slug)}/holds/{holder}/{post}")
    person, office = entity_iri(holder), entity_iri(post)
    graph.add((person, ORG.holds, office))
    graph.add((office, ORG.heldBy, person))
    graph.add((node, RDF.type, KGO.PostHolding))
    graph.add((node, KGO.holder, person))
    graph.add((node, KGO.post, office))
    graph.add((node, KGO.asOf, Literal(article.published_date.isoformat(), datatype=XSD.date)))
    graph.add((node, PROV.wasDerivedFrom, article_iri(article.slug)))
    _add_evidence(graph, node, article, evidence)
    return node


@cache
def _class_labels() -> dict[URIRef, Texts]:
    ontology = ontology_graph()
    labels: dict[URIRef, Texts] = {}
    for cls, label in ontology.subject_objects(RDFS.label):
        if isinstance(cls, URIRef) and isinstance(label, Literal) and label.language:
            labels.setdefault(cls, {})[label.language] = str(label)
    return labels


def _add_event(
    graph: Graph, article: Article, event: Event, register: Register, class_labels: dict[URIRef, Texts]
) -> None:
    node = event_iri(article.slug, event.id)
    source = article_iri(article.slug)
    for cls in _types(event.type):
        graph.add((node, RDF.type, cls))
    concept = _concept(event.type)
    if concept is not None:
        graph.add((node, DCTERMS.type, concept))
    _texts(graph, node, RDFS.label, event.label or _generated_label(event, register, class_labels))
    for agreement in event.signed:
        graph.add((node, KGO.signed, entity_iri(agreement)))
    for prop, entity_id in event.participants:
        graph.add((node, prop, entity_iri(entity_id)))
    if event.place:
        graph.add((node, SCHEMA.location, entity_iri(event.place)))
    _add_when(graph, node, event.when, source)
    if event.date_text:
        graph.add((node, KGO.dateText, Literal(event.date_text.exact, lang=article.language)))
    if event.part_of:
        graph.add((node, SEM.subEventOf, event_iri(article.slug, event.part_of)))
    _texts(graph, node, KGO.purpose, event.purpose)
    for note in event.notes:
        _texts(graph, node, KGO.note, note)
    if event.quotation:
        graph.add((node, KGO.quotation, Literal(event.quotation.exact, lang=article.language)))
    if event.course:
        graph.add((node, KGO.course, entity_iri(event.course)))
    if event.post:
        graph.add((node, KGO.post, entity_iri(event.post)))
    graph.add((node, PROV.wasDerivedFrom, source))
    _add_evidence(graph, node, article, event.evidence)
    _add_review(graph, node, event)


def _generated_label(event: Event, register: Register, class_labels: dict[URIRef, Texts]) -> Texts:
    """The fallback label of an event whose facts give none: "type: participants (place)"."""
    labels = {}
    for language in ("en", "az"):
        names = [register.entities[e].labels[language] for _, e in event.participants]
        place = register.entities[event.place].labels[language] if event.place else None
        label = f"{class_labels.get(event.type, {}).get(language, event.type.fragment)}: {', '.join(names)}"
        labels[language] = f"{label} ({place})" if place else label
    return labels


def _concept(event_type: URIRef) -> URIRef | None:
    return vocabulary().event_type_concept.get(event_type)


def _types(event_type: URIRef) -> tuple[URIRef, ...]:
    """The event's class and, materialised, every class it implies up to kgo:Event
    and the standard event classes (``Vocabulary.event_types_closure``)."""
    return vocabulary().event_types_closure.get(event_type, (event_type,))


def _add_when(graph: Graph, node: URIRef, when: When, article: URIRef) -> None:
    if when.value is not None:
        graph.add((node, KGO.date, Literal(when.value, datatype=_DATATYPE[when.precision])))
    graph.add((node, KGO.datePrecision, KGO[when.precision]))
    if when.earliest:
        graph.add((node, SEM.hasEarliestBeginTimeStamp, Literal(when.earliest.isoformat(), datatype=XSD.date)))
    if when.latest:
        graph.add((node, SEM.hasLatestEndTimeStamp, Literal(when.latest.isoformat(), datatype=XSD.date)))
    if when.relative_to_publication:
        graph.add((node, KGO.dateResolvedAgainst, article))


def _add_evidence(graph: Graph, subject: URIRef, article: Article, quotes: tuple[Quote, ...]) -> None:
    for number, quote in enumerate(quotes, start=1):
        annotation = URIRef(f"{subject}/evidence/{number}")
        target = URIRef(f"{annotation}/target")
        by_quote, by_position = URIRef(f"{annotation}/quote"), URIRef(f"{annotation}/position")
        graph.add((subject, KGO.evidence, annotation))
        graph.add((annotation, RDF.type, KGO.Evidence))
        graph.add((annotation, OA.motivatedBy, OA.describing))
        graph.add((annotation, OA.hasBody, subject))
        graph.add((annotation, OA.hasTarget, target))
        graph.add((target, RDF.type, OA.SpecificResource))
        graph.add((target, OA.hasSource, article_iri(article.slug)))
        graph.add((target, OA.hasSelector, by_quote))
        graph.add((target, OA.hasSelector, by_position))
        graph.add((by_quote, RDF.type, OA.TextQuoteSelector))
        graph.add((by_quote, OA.exact, Literal(quote.exact)))
        graph.add((by_quote, OA.prefix, Literal(quote.prefix)))
        graph.add((by_quote, OA.suffix, Literal(quote.suffix)))
        graph.add((by_position, RDF.type, OA.TextPositionSelector))
        graph.add((by_position, OA.start, Literal(quote.start, datatype=XSD.nonNegativeInteger)))
        graph.add((by_position, OA.end, Literal(quote.end, datatype=XSD.nonNegativeInteger)))
