"""What the speed work must not change: memoized matching answers as before, per-article
caches stay per article, the pool keeps input order and reads its input as a stream,
and ingest with workers stores what ingest without them stores."""

from __future__ import annotations

import itertools
import json
import os
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from rasd.arabic.normalize import _TABLE, normalize_with_map
from rasd.arabic.tokens import normalized_tokens, segment_doc
from rasd.extract.places import find_places, lookup
from rasd.ingest import ingest_articles
from rasd.lexicon.events import PhraseMatcher, token_candidates
from rasd.model import Analysis, Article, Mention, Span, to_dict
from rasd.pipeline import Doc, analyze, analyze_many, memoized, ordered_chunks
from rasd.store import open_store

STORIES = [
    ("اشتباكات في ريف حلب", "قتل ثلاثة مقاتلين وأصيب سبعة آخرون في اشتباكات عنيفة شهدها ريف حلب الشمالي أمس."),
    ("زيارة وزير الخارجية", "وصل وزير الخارجية المصري إلى عمّان، الثلاثاء، في زيارة تستغرق يومين."),
    ("غارة على معسكر", "استهدفت غارة جوية معسكرا للتدريب جنوب مدينة سرت الليبية، بحسب مصدر عسكري."),
    ("تظاهرات في الخرطوم", "خرج مئات المحتجين إلى شوارع الخرطوم للمطالبة بالإفراج عن المعتقلين."),
    ("اعتقال خلية", "أعلنت الشرطة التونسية اعتقال خمسة أشخاص يشتبه في انتمائهم إلى خلية إرهابية."),
]


def articles() -> list[Article]:
    return [
        Article.from_parts([("title", t), ("paragraph", p)], source="test", url=f"https://example.org/{i}",
                           published="2016-04-12")
        for i, (t, p) in enumerate(STORIES)
    ]


def _normalize_with_map_char_by_char(text: str) -> tuple[str, list[int]]:
    out, offsets = [], []
    for i, ch in enumerate(text):
        mapped = ch.translate(_TABLE)
        if mapped:
            out.append(mapped)
            offsets.append(i)
    return "".join(out), [*offsets, len(text)]


def test_normalize_with_map_maps_every_kept_character_back():
    for text in ["", "قُتِلَ", "الـــقـاهرة", "أمسِ، «قال»", "\u200fعمّان\u200c ٢٠١٥", "ـ", "بغداد"]:
        assert normalize_with_map(text) == _normalize_with_map_char_by_char(text)


def test_phrase_matcher_answers_the_same_when_asked_again():
    m = PhraseMatcher.from_rows([["تفجير", "bombing"], ["=فجر", "bomb_verb"], ["استهدف*", "target"],
                                 ["صنف ... ارهابي", "designation"], ["غارة جوية", "airstrike"]])
    tokens = ["والتفجير", "فجر", "الفجر", "استهدفت", "غارتها", "غاره", "جويه", "صنف", "الحزب", "ارهابي"]
    first = [(h.pattern.text, h.start, h.end) for h in m.find(tokens)]
    assert ("تفجير", 0, 1) in first
    assert ("=فجر", 1, 2) in first and ("=فجر", 2, 3) not in first  # the verb, not "dawn"
    assert ("استهدف*", 3, 4) in first
    assert ("غارة جوية", 5, 7) in first
    assert ("صنف ... ارهابي", 7, 10) in first
    assert [(h.pattern.text, h.start, h.end) for h in m.find(tokens)] == first
    # a range sees only its own tokens
    assert [(h.pattern.text, h.start) for h in m.find(tokens, 5, 6)] == []
    assert token_candidates("والتفجير") == token_candidates("والتفجير")
    token_candidates("والتفجير").append("x")  # a caller's copy: the memo is not touched
    assert "x" not in token_candidates("والتفجير")


def test_doc_memo_is_per_article_and_follows_its_inputs():
    doc = Doc(article=articles()[0], analysis=Analysis(article_id="a"))
    segment_doc(doc)
    norm = normalized_tokens(doc)
    assert normalized_tokens(doc) is norm
    calls = []
    assert memoized(doc, "k", 1, lambda: calls.append(1) or "v") == "v"
    assert memoized(doc, "k", 1, lambda: calls.append(1) or "w") == "v"
    assert memoized(doc, "k", 2, lambda: calls.append(1) or "w") == "w"
    assert len(calls) == 2
    other = Doc(article=articles()[1], analysis=Analysis(article_id="b"))
    segment_doc(other)
    assert normalized_tokens(other) != norm


def test_find_places_sees_mentions_added_after_a_first_look():
    art = Article.from_parts([("paragraph", "وقع الانفجار في حي الزهراء بمدينة حمص.")])
    doc = Doc(article=art, analysis=Analysis(article_id=art.id))
    segment_doc(doc)
    before = [p.surface for p in find_places(doc)]
    assert "حمص" in before
    start = art.text.index("الزهراء")
    doc.analysis.mentions.append(Mention(Span(start, start + 7, "الزهراء"), "LOC"))
    after = find_places(doc)
    assert any(p.tagged for p in after)
    assert lookup("حمص")[0].country == "SY"


def test_pool_keeps_order_and_results():
    arts = articles()
    alone = [(a.id, to_dict(x)) for a, x in analyze_many(arts, workers=1)]
    pooled = [(a.id, to_dict(x)) for a, x in analyze_many(arts, workers=2, chunksize=2)]
    assert pooled == alone
    assert [i for i, _ in alone] == [a.id for a in arts]


def test_pool_reads_its_input_as_a_stream():
    taken = []

    def feed():
        for a in itertools.cycle(articles()):
            taken.append(a.id)
            yield a

    with ThreadPoolExecutor(2) as pool:
        out = ordered_chunks(pool, feed(), chunksize=2, ahead=3)
        first = [next(out) for _ in range(3)]
    assert [a.id for a, _ in first] == taken[:3]
    # the two chunks handed out and at most 4 * ahead kept: never the whole (endless) input
    assert 5 * 2 <= len(taken) <= (2 + 4 * 3) * 2
    assert first[0][1] == analyze(first[0][0])


def test_ingest_with_workers_stores_what_ingest_alone_stores(tmp_path):
    def stored(workers: int) -> list[str]:
        db = str(tmp_path / f"w{workers}.db")
        with open_store(db) as store:
            arts = articles() + articles()[:2]  # the last two are read twice
            summary = ingest_articles(arts, store, workers=workers, batch_size=3)
            assert summary["stored"] == 5 and summary["already_stored"] == 2
            return [json.dumps([a.id, a.duplicate_of, to_dict(an)], sort_keys=True, ensure_ascii=False)
                    for a, an in store.iter_articles()]

    assert stored(2) == stored(1)


@pytest.mark.skipif(not os.path.exists("/proc/self/smaps_rollup"), reason="needs Linux /proc smaps_rollup")
def test_tree_memory_counts_a_workers_own_pages_once():
    """The bench's memory figure sums the process tree: a child's private allocation shows,
    and a page shared by parent and child is not counted twice."""
    import multiprocessing

    from rasd.bench import TreeMemory

    def hold(mib: int, ready, done) -> None:
        block = bytearray(os.urandom(1024)) * (mib * 1024)  # private, touched pages
        ready.set()
        done.wait(10)
        del block

    ctx = multiprocessing.get_context("fork")
    with TreeMemory(every=0.05) as idle:
        time.sleep(0.3)
    ready, done = ctx.Event(), ctx.Event()
    with TreeMemory(every=0.05) as busy:
        child = ctx.Process(target=hold, args=(80, ready, done))
        child.start()
        assert ready.wait(20)
        time.sleep(0.4)
        done.set()
        child.join(20)
    assert idle.peak_mb is not None and busy.peak_mb is not None
    # the child's 80 MiB are there; the pages it shares with this process add little more
    assert 70 <= busy.peak_mb - idle.peak_mb < 80 + 0.5 * idle.peak_mb
