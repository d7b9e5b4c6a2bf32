"""analyze(article) -> Analysis, and the runners that apply it to many articles.

Stages are small functions ``stage(doc) -> None`` that read what earlier stages
left on the :class:`Doc` and add their own output to ``doc.analysis``. They are
named in :data:`STAGES` in the order they run; a new stage is one module plus one
line there.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
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
        _loaded = stages
    return _loaded


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


def _init_worker() -> None:
    load_stages()


def _analyze_pair(article: Article) -> tuple[Article, Analysis]:
    return article, analyze(article)


def analyze_many(
    articles: Iterable[Article], workers: int = 1, chunksize: int = 8
) -> Iterator[tuple[Article, Analysis]]:
    """Analyze articles in order, in this process or in a pool of ``workers``."""
    if workers <= 1:
        for art in articles:
            yield art, analyze(art)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker) as pool:
        yield from pool.map(_analyze_pair, articles, chunksize=chunksize)
