"""analyze(article) -> Analysis, and the runners that apply it to many articles.

Stages are small functions ``stage(doc) -> None`` that read what earlier stages
left on the :class:`Doc` and add their own output to ``doc.analysis``. They are
named in :data:`STAGES` in the order they run; a new stage is one module plus one
line there.
"""

from __future__ import annotations

import gc
import importlib
import itertools
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, TypeVar

from rasd.model import Analysis, Article

# (name, "module:function") in the order they run. Data flows one way: a stage may
# read the output of the stages above it, never below.
STAGES: list[tuple[str, str]] = [
    ("text", "rasd.arabic.tokens:segment_doc"),
    ("entities", "rasd.extract.entities:extract_entities"),
    ("times", "rasd.extract.times:extract_times"),
    ("numbers", "rasd.extract.numbers:extract_numbers"),
    ("quotes", "rasd.extract.quotes:extract_quotes"),
    ("statements", "rasd.extract.statements:extract_statements"),
    ("events", "rasd.extract.events:extract_events"),
    ("places", "rasd.extract.places:resolve_places"),
]


@dataclass
class Doc:
    """The working state of one article while the stages run."""

    article: Article
    analysis: Analysis
    tokens: list[tuple[int, int]] = field(default_factory=list)  # (start, end) into article.text
    sentences: list[tuple[int, int]] = field(default_factory=list)
    # Derived data several stages read (normalized tokens, places found in the text):
    # computed once per article, see :func:`memoized`.
    memo: dict[str, tuple[Any, Any]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.article.text


T = TypeVar("T")


def memoized(doc: Any, key: str, stamp: Any, compute: Callable[[], T]) -> T:
    """``compute()`` once per article: the value is kept on ``doc.memo`` under ``key``
    and reused while ``stamp`` (what the value was derived from) is unchanged. Works
    with any doc-like object; one without a ``memo`` dict just computes."""
    memo = getattr(doc, "memo", None)
    if memo is None:
        return compute()
    got = memo.get(key)
    if got is not None and got[0] == stamp:
        return got[1]
    value = compute()
    memo[key] = (stamp, value)
    return value


StageFn = Callable[[Doc], None]
_loaded: list[tuple[str, StageFn]] | None = None


def load_stages() -> list[tuple[str, StageFn]]:
    """Import every stage once per process (models load here, not per article)."""
    global _loaded
    if _loaded is None:
        stages = []
        for name, target in STAGES:
            module_name, fn_name = target.split(":")
            module = importlib.import_module(module_name)
            stages.append((name, getattr(module, fn_name)))
            preload = getattr(module, "preload", None)  # a stage module may build its tables up front
            if callable(preload):
                preload()
        _loaded = stages
        _warm_up()
        _settle_gc()
    return _loaded


# An invented report that walks every stage through its lexicons and models.
_WARM_UP_PARTS: list[tuple[str, str]] = [
    ("title", "مقتل خمسة أشخاص في انفجار سيارة مفخخة بمدينة الموصل"),
    ("paragraph", "قال المتحدث باسم وزارة الداخلية العراقية، يوم الأحد 12 مارس (آذار) 2017، إن انفجاراً "
                  "استهدف سوقاً شعبية في مدينة الموصل شمال العراق، ما أسفر عن مقتل خمسة أشخاص وإصابة 20 آخرين. "
                  "وأعلن تنظيم داعش مسؤوليته عن الهجوم، فيما نفت الحكومة التركية أي علاقة لها بالحادث."),
    ("paragraph", "وأدان الرئيس الأميركي باراك أوباما الهجوم، ووصفه بأنه «عمل إرهابي جبان»، مؤكداً أن "
                  "بلاده ستواصل دعم بغداد."),
]


# Young-generation size before a collection: analysis allocates many small objects per
# article, and at Python's default (700) collections ran several times per article.
GC_YOUNG_THRESHOLD = 10_000


def _settle_gc() -> None:
    """Leave what loading built (lexicons, gazetteers, models: long-lived by nature) out
    of every later garbage collection, and collect less often. Full collections used to
    walk those hundreds of thousands of objects again and again: ~15% of analysis time.
    Only raises the threshold, so a program's own tuning stays."""
    gc.collect()
    gc.freeze()
    young, middle, old = gc.get_threshold()
    if 0 < young < GC_YOUNG_THRESHOLD:  # 0: collection turned off on purpose
        gc.set_threshold(GC_YOUNG_THRESHOLD, middle, old)


def _warm_up() -> None:
    """Analyze one short article so that what the stages build on first use (lexicon
    indexes, gazetteers, tagger) is built at start-up, once per process, not inside the
    first article's time."""
    article = Article.from_parts(_WARM_UP_PARTS, published="2017-03-12")  # type: ignore[arg-type]
    analyze(article)


# Longer than any news article (~35,000 words): a longer "article" is a dump, a book or an attack,
# and a few stages grow faster than linearly with it. Such text is stored and searchable, not analyzed.
MAX_ANALYZED_CHARS = 200_000


def too_long(article: Article) -> str | None:
    """Why an article is not analyzed ("too long: ..."), or None when it is."""
    if len(article.text) <= MAX_ANALYZED_CHARS:
        return None
    return f"too long: {len(article.text):,} characters (analysis stops at {MAX_ANALYZED_CHARS:,}); stored unanalyzed"


def analyze(article: Article, timings: dict[str, float] | None = None) -> Analysis:
    """Run every stage over one article. Pure: same article, same analysis."""
    doc = Doc(article=article, analysis=Analysis(article_id=article.id))
    if (why := too_long(article)) is not None:
        doc.analysis.errors.append(why)
        return doc.analysis
    for name, fn in load_stages():
        t0 = time.perf_counter()
        try:
            fn(doc)
        except Exception as exc:  # a stage bug must not lose the article or the batch
            doc.analysis.errors.append(f"{name}: {type(exc).__name__}: {exc}")
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + time.perf_counter() - t0
    return doc.analysis


def _init_worker(parent: int | None = None) -> None:
    _exit_with_parent(parent)
    load_stages()


def _exit_with_parent(parent: int | None) -> None:
    """A pool worker ends when the process that started it (``parent``) is gone: SIGKILL gives the
    pool no chance to shut down, and an orphaned worker would wait on its queue for ever. The pid
    comes from the parent itself, so a worker forked just before the kill still sees the change."""
    import threading

    parent = parent or os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="rasd-parent-watch", daemon=True).start()


def analyze_chunk(articles: list[Article]) -> list[Analysis]:
    """Analyze a chunk of articles: the unit of work sent to a pool worker (only the
    analyses travel back; the caller still holds the articles)."""
    return [analyze(a) for a in articles]


def new_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes, each loading the stages once."""
    return ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(os.getpid(),))


def analyze_many(
    articles: Iterable[Article], workers: int = 1, chunksize: int = 8
) -> Iterator[tuple[Article, Analysis]]:
    """Analyze articles in order, in this process or in a pool of ``workers``.

    A stream in, a stream out: at most a few chunks per worker are read ahead, so a
    corpus of any size flows through in bounded memory.
    """
    if workers <= 1:
        for art in articles:
            yield art, analyze(art)
        return
    with new_pool(workers) as pool:
        yield from ordered_chunks(pool, articles, chunksize, ahead=2 * workers)


def ordered_chunks(
    pool: Executor, articles: Iterable[Article], chunksize: int, ahead: int
) -> Iterator[tuple[Article, Analysis]]:
    """(article, analysis) in input order, keeping ``ahead`` chunks at work in ``pool``.

    (``Executor.map`` would submit the whole input at once: a 2 GB file in memory.) A
    slow chunk does not idle the other workers: chunks finished behind it are kept
    (up to ``4 * ahead``) while new ones are submitted.
    """
    source = iter(articles)
    pending: deque[tuple[list[Article], Future[list[Analysis]]]] = deque()
    exhausted = False

    def refill() -> None:
        nonlocal exhausted
        working = sum(not f.done() for _, f in pending)
        while not exhausted and working < max(1, ahead) and len(pending) < 4 * max(1, ahead):
            chunk = list(itertools.islice(source, chunksize))
            if not chunk:
                exhausted = True
                return
            pending.append((chunk, pool.submit(analyze_chunk, chunk)))
            working += 1

    refill()
    while pending:
        chunk, future = pending[0]
        while not future.done():
            wait([f for _, f in pending if not f.done()], return_when=FIRST_COMPLETED)
            refill()
        pending.popleft()
        analyses = future.result()
        refill()
        yield from zip(chunk, analyses, strict=True)
