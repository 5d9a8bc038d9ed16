"""The main job: articles → graph → validation → Turtle, from one article to thousands.

Each article is compiled on its own: its facts read and checked, mapped to
RDF, and validated together with the register entities it refers to. The
result (a ``Chunk``: its triples as a Turtle body, its violations and counts) is
cached by the hash of everything it depends on (``kg.build.cache``), so a rebuild
after editing one article compiles only that one; articles compile in parallel
with ``jobs``. The register is validated once. The output is the register's
chunk then each article's chunk, in folder-name order: the same bytes whether
it was built from scratch or from the cache.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from kg import resources
from kg.atomic import check_target, write_atomic
from kg.build import OUTPUT_FORMATS
from kg.build.cache import Cache, code_digest, digest, file_digest
from kg.build.chunks import Build, Chunk, NotValid
from kg.build.compile import BATCH, compile_task, make_chunk
from kg.build.register import load_entities
from kg.errors import KgError
from kg.facts.corpus import corpus_folders
from kg.facts.drafts import DRAFT_REGISTER
from kg.facts.model import FACTS, METADATA, REGISTER, TEXT
from kg.validate.shacl import Report, validate


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
    context = _context(register_path, validator, include_drafts)
    cache_folder = str(cache) if cache is not None else None
    entities = load_entities(register_path, context, include_drafts, cache_folder)
    store = Cache(cache) if cache is not None else None

    register_key = digest([context.encode(), REGISTER.encode()])
    register_chunk = _cached(store, register_key, "")
    if register_chunk is None:
        report = validate(entities.graph, validator=validator)
        register_chunk = make_chunk("", str(register_path), entities.graph, report.violations)
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
    tasks = _tasks(todo, (str(register_path), context, validator, include_drafts, cache_folder), jobs)
    _compile(tasks, jobs, chunks, store, keys, lambda done: progress(done, len(folders)) if progress else None)

    articles = tuple(sorted(chunks.values(), key=lambda c: c.name))
    _check_posts(articles)
    violations = {(v.focus, v.path, v.message, v.value): v for c in (register_chunk, *articles) for v in c.violations}
    report = Report(not violations, tuple(violations[k] for k in sorted(violations, key=lambda k: tuple(map(str, k)))))
    return Build(entities.register, register_chunk, articles, report, len(todo), include_drafts)


def _context(register_path: Path, validator: str, include_drafts: bool) -> str:
    """The hash of what every chunk depends on: kg's code, the validator, ontology, shapes, register (and drafts)."""
    drafts = [b"drafts", file_digest(register_path.parent / DRAFT_REGISTER).encode()] if include_drafts else []
    return digest(
        [
            code_digest().encode(), validator.encode(),
            file_digest(resources.ONTOLOGY, resources.SHAPES, register_path).encode(), *drafts,
        ]
    )  # fmt: skip


def _tasks(todo: list[str], shared: tuple[str, str, str, bool, str | None], jobs: int) -> list[tuple[Any, ...]]:
    """Batches of articles to compile: one pyshacl-turbo call each, or a few per process for pySHACL."""
    size = BATCH if shared[2] == "turbo" else max(1, min(BATCH, len(todo) // (jobs * 4) or 1))
    return [(todo[i : i + size], *shared) for i in range(0, len(todo), size)]


def _compile(
    tasks: list[tuple[Any, ...]],
    jobs: int,
    chunks: dict[str, Chunk],
    store: Cache | None,
    keys: dict[str, str],
    progress: Callable[[int], None],
) -> None:
    """Compile the batches (in ``jobs`` processes), adding each article's chunk to ``chunks`` as it comes."""
    done = len(chunks)
    progress(done)
    pool = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 and len(tasks) > 1 else None
    try:
        for entries in pool.map(compile_task, tasks) if pool else map(compile_task, tasks):
            for entry in entries:
                chunk = _accept(entry, store, keys)
                chunks[chunk.folder] = chunk
                done += 1
            progress(done)
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)


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
    from kg.graph.serialization import format_for

    fmt = fmt or ("nq" if output.suffix == ".nq" else format_for(output))
    if fmt not in OUTPUT_FORMATS:
        raise KgError(f"unknown format {fmt!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
    check_target(output)
    result = build(paths, **options)
    if not result.report.conforms:
        raise NotValid(result.report)
    write_atomic(output, result.serialize(fmt))
    return result
