"""The main job: articles → graph → validation → Turtle, from one article to thousands.

Each article is compiled on its own: its facts read and checked, mapped to
RDF, and validated together with the register entities it refers to. The
result (a ``Chunk``: its triples as a Turtle body, its violations and counts) is
cached by the hash of everything it depends on (``kg.cache``), so a rebuild
after editing one article compiles only that one; articles compile in parallel
with ``jobs``. The register is validated once. The output is the register's
chunk then each article's chunk, in folder-name order: the same bytes whether
it was built from scratch or from the cache.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from kg import resources
from kg.cache import Cache, code_digest, digest, file_digest
from kg.corpus import Corpus, corpus_folders, load_corpus
from kg.drafts import DRAFT_REGISTER, with_drafted_entities
from kg.errors import KgError
from kg.export import (
    FORMATS,
    TURTLE_HEADER,
    ntriples,
    parse_ntriples,
    serialize,
    turtle_body,
    turtle_to_ntriples,
    write_atomic,
)
from kg.facts import FACTS, METADATA, REGISTER, TEXT, Entity, Register, load_article, load_register
from kg.graph import add_article, add_register, article_graph_iri, entity_iri, register_graph_iri
from kg.namespaces import KGO, KGR, new_graph
from kg.ontology import ontology_graph, vocabulary
from kg.validate import Report, Violation, validate

OUTPUT_FORMATS = (*FORMATS, "nq")
BATCH = 200  # articles per task: one pyshacl-turbo call, or one process hand-off


@dataclass(frozen=True)
class Chunk:
    """What one article (or the register) contributes to the graph.

    Its triples are kept as a Turtle body (no @prefix lines, about half the size
    of N-Triples), which is what the output file is made of; ``nt`` gives them
    back as N-Triples, in the same (sorted) order.
    """

    name: str  # the article's folder name, or "" for the register
    folder: str
    ttl: bytes
    triples: int
    violations: tuple[Violation, ...]
    events: dict[str, int] = field(default_factory=dict)  # event class → count
    posts: tuple[tuple[str, str, str, int], ...] = ()  # (holder, post, as of, line in facts.yaml)
    quotes: int = 0

    @cached_property
    def nt(self) -> bytes:
        return turtle_to_ntriples(self.ttl)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name, "folder": self.folder, "ttl": self.ttl.decode("utf-8"), "triples": self.triples,
            "violations": [v.__dict__ for v in self.violations], "events": self.events,
            "posts": [list(p) for p in self.posts], "quotes": self.quotes,
        }  # fmt: skip

    @classmethod
    def from_json(cls, entry: dict[str, Any], folder: str) -> Chunk:
        return cls(
            name=entry["name"], folder=folder, ttl=entry["ttl"].encode("utf-8"), triples=entry["triples"],
            violations=tuple(Violation(**v) for v in entry["violations"]), events=entry["events"],
            posts=tuple((h, p, d, line) for h, p, d, line in entry["posts"]), quotes=entry["quotes"],
        )  # fmt: skip


@dataclass(frozen=True)
class Build:
    """A built corpus: the register's chunk, every article's chunk, and the SHACL report."""

    register: Register
    register_chunk: Chunk
    articles: tuple[Chunk, ...]
    report: Report
    compiled: int  # articles compiled in this run (the rest came from the cache)
    include_drafts: bool = False

    def summary(self) -> dict[str, int]:
        events: Counter[str] = Counter()
        for chunk in self.articles:
            events.update(chunk.events)
        return {
            "articles": len(self.articles),
            "entities": len(self.register.entities),
            "events": sum(events.values()),
            "post holdings": sum(len(c.posts) for c in self.articles),
            "evidence quotes": sum(c.quotes for c in self.articles),
            "triples": self.triples,
        } | {f"  {kind}": count for kind, count in sorted(events.items())}

    @cached_property
    def triples(self) -> int:
        return sum(chunk.triples for chunk in (self.register_chunk, *self.articles))

    @cached_property
    def nt(self) -> bytes:
        """The whole graph as N-Triples (the register, then each article)."""
        return b"".join(chunk.nt for chunk in (self.register_chunk, *self.articles))

    @cached_property
    def graph(self) -> Graph:
        """The whole graph in rdflib, for Python users (slow for very large corpora)."""
        return parse_ntriples(self.nt)

    @cached_property
    def corpus(self) -> Corpus:
        """The articles' facts as dataclasses (read again from their files)."""
        return load_corpus([Path(chunk.folder) for chunk in self.articles], self.include_drafts)

    def serialize(self, fmt: str = "ttl") -> bytes:
        """The graph in ``fmt``; Turtle, N-Triples and N-Quads are written chunk by chunk."""
        chunks = (self.register_chunk, *self.articles)
        if fmt == "ttl":
            return TURTLE_HEADER + b"".join(chunk.ttl for chunk in chunks)
        if fmt == "nt":
            return self.nt
        if fmt == "nq":
            return b"".join(_quads(chunk) for chunk in chunks)
        return serialize(self.graph, fmt)


def _quads(chunk: Chunk) -> bytes:
    graph = register_graph_iri() if not chunk.name else article_graph_iri(chunk.name)
    suffix = f" <{graph}> .\n".encode()
    return b"".join(line[:-2] + suffix for line in chunk.nt.splitlines(keepends=True))


class NotValid(KgError):
    """The graph was built but does not conform to the shapes; nothing was written."""

    def __init__(self, report: Report) -> None:
        super().__init__(f"the graph does not conform to the shapes ({len(report.violations)} violations)")
        self.report = report


# --- compiling one article -------------------------------------------------------


@dataclass
class _Entities:
    """The register and its triples (canonical N-Triples), with views made on demand."""

    register: Register
    nt: bytes

    @cached_property
    def graph(self) -> Graph:
        return parse_ntriples(self.nt)

    @cached_property
    def by_subject(self) -> dict[str, bytes]:
        """Each entity's own triples, as N-Triples."""
        found: dict[str, list[bytes]] = {}
        for line in self.nt.splitlines(keepends=True):
            found.setdefault(line[1 : line.index(b">")].decode("utf-8"), []).append(line)
        return {subject: b"".join(lines) for subject, lines in found.items()}


_registers: dict[tuple[str, str], _Entities] = {}


def _entity(entry: dict[str, Any]) -> Entity:
    return Entity(
        id=entry["id"], type=URIRef(entry["type"]), labels=entry["labels"],
        aliases={language: tuple(names) for language, names in entry["aliases"].items()},
        same_as=tuple(entry["same_as"]), links=entry["links"], attributes=entry["attributes"], url=entry["url"],
    )  # fmt: skip


def _register(path: Path, key: str, include_drafts: bool = False, cache: str | None = None) -> _Entities:
    """The register and its triples, read once per process and kept in the cache.

    Reading and checking a register of a few thousand entities takes about a
    second; its cache entry loads in a few milliseconds.
    """
    if (str(path), key) in _registers:
        return _registers[(str(path), key)]
    store = Cache(Path(cache)) if cache else None
    entry = store.get(key) if store else None
    if entry is not None:
        register = Register(path, {e["id"]: _entity(e) for e in entry["entities"]})
        entities = _Entities(register, entry["nt"].encode("utf-8"))
    else:
        register = load_register(path, vocabulary())
        drafted: frozenset[str] = frozenset()
        if include_drafts:
            register, drafted = with_drafted_entities(register, vocabulary())
        graph = new_graph()
        add_register(graph, register)
        for entity_id in sorted(drafted):
            graph.add((entity_iri(entity_id), KGO.reviewStatus, KGO.draft))
        entities = _Entities(register, ntriples(graph))
        if store:
            entries = [asdict(entity) for entity in register.entities.values()]
            store.put(key, {"entities": entries, "nt": entities.nt.decode("utf-8")})
    _registers.clear()
    _registers[(str(path), key)] = entities
    return entities


def _chunk(name: str, folder: str, graph: Graph, violations: tuple[Violation, ...], **counts: Any) -> Chunk:
    nt = ntriples(graph)
    return Chunk(name, folder, turtle_body(nt), nt.count(b"\n"), violations, **counts)


def _referenced(graph: Graph) -> set[str]:
    return {str(t) for triple in graph for t in triple if isinstance(t, URIRef) and t.startswith(str(KGR))}


def _with_entities(graph: Graph, entities: _Entities) -> Graph:
    """``graph`` plus what the register says of the entities it refers to."""
    check = new_graph()
    check += graph
    for term in _referenced(graph):
        for triple in entities.graph.triples((URIRef(term), None, None)):
            check.add(triple)
    return check


def _article_of(focus: str) -> str:
    """The folder name of the article a focus node belongs to ("" for register entities)."""
    prefix = str(KGR) + "article/"
    return focus[len(prefix) :].split("/", 1)[0] if focus.startswith(prefix) else ""


def compile_articles(
    folders: Sequence[Path],
    register_path: Path,
    key: str,
    validator: str = "pyshacl",
    include_drafts: bool = False,
    cache: str | None = None,
) -> list[Chunk]:
    """Read, map and validate articles, each with the register entities it refers to.

    pySHACL validates one article at a time (its SPARQL constraints grow faster
    than linearly with the graph); pyshacl-turbo validates the whole batch in
    one call, and each violation goes back to the article its node belongs to.
    """
    entities = _register(register_path, key, include_drafts, cache)
    mapped = []
    for folder in folders:
        article = load_article(folder, entities.register, include_drafts=include_drafts)
        graph = new_graph("SimpleMemory")
        add_article(graph, article, entities.register)
        mapped.append((folder, article, graph, ntriples(graph)))
    found: dict[str, list[Violation]] = {article.slug: [] for _, article, _, _ in mapped}
    if validator == "turbo":
        parts = [ntriples(ontology_graph())]
        referenced: set[str] = set()
        for _, _, graph, nt in mapped:
            parts.append(nt)
            referenced |= _referenced(graph)
        parts.extend(entities.by_subject[term] for term in sorted(referenced) if term in entities.by_subject)
        labels = new_graph()
        for _, _, graph, _ in mapped:
            labels += graph.triples((None, RDFS.label, None))
        for violation in validate(b"".join(parts), validator=validator, labels=labels).violations:
            found.get(_article_of(violation.focus), []).append(violation)
    else:
        for _, article, graph, _ in mapped:
            found[article.slug] = list(validate(_with_entities(graph, entities), validator=validator).violations)
    chunks = []
    for folder, article, _, nt in mapped:
        published = article.published_date.isoformat()
        chunks.append(
            Chunk(
                article.slug, str(folder), turtle_body(nt), nt.count(b"\n"), tuple(found[article.slug]),
                events=dict(Counter(e.type.fragment for e in article.events)),
                posts=tuple((h.holder, h.post, published, h.line) for h in article.posts),
                quotes=sum(len(e.evidence) for e in article.events) + sum(len(h.evidence) for h in article.posts)
                + (len(article.source.evidence) if article.source else 0),
            )
        )  # fmt: skip
    return chunks


def _compile_task(args: tuple[list[str], str, str, str, bool, str | None]) -> list[dict[str, Any]]:
    folders, register_path, key, validator, include_drafts, cache = args
    try:
        paths = [Path(f) for f in folders]
        compiled = compile_articles(paths, Path(register_path), key, validator, include_drafts, cache)
        return [chunk.to_json() for chunk in compiled]
    except KgError as err:
        return [{"error": [err.message, str(err.where) if err.where else None, err.line, err.field]}]


# --- the corpus ------------------------------------------------------------------------


def build(
    paths: Sequence[Path] | None = None,
    *,
    jobs: int = 1,
    cache: Path | None = None,
    validator: str = "pyshacl",
    progress: Callable[[int, int], None] | None = None,
    include_drafts: bool = False,
) -> Build:
    """Build the articles that ``paths`` name (the bundled corpus by default).

    ``cache`` is a folder for compiled articles (None: no cache); ``jobs`` the
    number of processes; ``progress(done, total)`` is called as articles finish.
    With ``include_drafts``, items of drafted fact files still marked
    ``review: draft`` (and the drafted entities of ``entities.draft.yaml``) are
    built too, and the graph marks them.
    """
    folders, register_path = corpus_folders(paths)
    drafts = [b"drafts", file_digest(register_path.parent / DRAFT_REGISTER).encode()] if include_drafts else []
    context = digest(
        [
            code_digest().encode(), validator.encode(),
            file_digest(resources.ONTOLOGY, resources.SHAPES, register_path).encode(), *drafts,
        ]
    )  # fmt: skip
    cache_folder = str(cache) if cache is not None else None
    entities = _register(register_path, context, include_drafts, cache_folder)
    store = Cache(cache) if cache is not None else None

    register_key = digest([context.encode(), REGISTER.encode()])
    register_chunk = _cached(store, register_key, "")
    if register_chunk is None:
        report = validate(entities.graph, validator=validator)
        register_chunk = _chunk("", str(register_path), entities.graph, report.violations)
        if store:
            store.put(register_key, register_chunk.to_json())

    keys = {
        str(f): digest([context.encode(), file_digest(f / TEXT, f / METADATA, f / FACTS).encode()]) for f in folders
    }
    chunks: dict[str, Chunk] = {}
    for folder in folders:
        found = _cached(store, keys[str(folder)], str(folder))
        if found is not None:
            chunks[str(folder)] = found
    todo = [str(f) for f in folders if str(f) not in chunks]
    done = len(chunks)
    if progress:
        progress(done, len(folders))
    size = BATCH if validator == "turbo" else max(1, min(BATCH, len(todo) // (jobs * 4) or 1))
    batches = [todo[i : i + size] for i in range(0, len(todo), size)]
    tasks = [(batch, str(register_path), context, validator, include_drafts, cache_folder) for batch in batches]
    pool = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 and len(tasks) > 1 else None
    try:
        for entries in pool.map(_compile_task, tasks) if pool else map(_compile_task, tasks):
            for entry in entries:
                chunk = _accept(entry, store, keys)
                chunks[chunk.folder] = chunk
                done += 1
            if progress:
                progress(done, len(folders))
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)

    articles = tuple(sorted(chunks.values(), key=lambda c: c.name))
    _check_posts(articles)
    violations = {(v.focus, v.path, v.message, v.value): v for c in (register_chunk, *articles) for v in c.violations}
    report = Report(not violations, tuple(violations[k] for k in sorted(violations, key=lambda k: tuple(map(str, k)))))
    return Build(entities.register, register_chunk, articles, report, len(todo), include_drafts)


def _cached(store: Cache | None, key: str, folder: str) -> Chunk | None:
    entry = store.get(key) if store else None
    return Chunk.from_json(entry, folder) if entry else None


def _accept(entry: dict[str, Any], store: Cache | None, keys: dict[str, str]) -> Chunk:
    if "error" in entry:
        message, where, line, name = entry["error"]
        raise KgError(message, where=where, line=line, field=name)
    if store:
        store.put(keys[entry["folder"]], entry)
    return Chunk.from_json(entry, entry["folder"])


def _check_posts(articles: tuple[Chunk, ...]) -> None:
    """Two articles of the same date must not give one person different posts."""
    stated: dict[tuple[str, str], tuple[frozenset[str], Chunk]] = {}
    by_article: dict[tuple[str, str, str], set[str]] = {}
    for chunk in articles:
        for holder, post, as_of, _ in chunk.posts:
            by_article.setdefault((holder, as_of, chunk.folder), set()).add(post)
    chunks = {c.folder: c for c in articles}
    for (holder, as_of, folder), posts in sorted(by_article.items()):
        chunk = chunks[folder]
        first = stated.setdefault((holder, as_of), (frozenset(posts), chunk))
        if first[0] != posts:
            other = first[1]
            line = next(line for h, _, _, line in chunk.posts if h == holder)
            other_line = next(line for h, _, _, line in other.posts if h == holder)
            raise KgError(
                f"{holder!r} holds {', '.join(sorted(posts))} here but {', '.join(sorted(first[0]))} in "
                f"{Path(other.folder) / FACTS}:{other_line}, both as of {as_of}; "
                "one person, one set of posts on a date: correct one of the two fact files",
                where=Path(folder) / FACTS, line=line, field="posts",
            )  # fmt: skip


def build_to_file(paths: Sequence[Path] | None, output: Path, fmt: str | None = None, **options: Any) -> Build:
    """Build and, only if the graph conforms, write it to ``output`` atomically."""
    from kg.export import format_for

    fmt = fmt or ("nq" if output.suffix == ".nq" else format_for(output))
    if fmt not in OUTPUT_FORMATS:
        raise KgError(f"unknown format {fmt!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
    result = build(paths, **options)
    if not result.report.conforms:
        raise NotValid(result.report)
    write_atomic(output, result.serialize(fmt))
    return result
