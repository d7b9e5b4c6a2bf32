"""Search on both backends: Arabic normalization and stemming, phrases, OR, filters, snippets, safety.

Both backends must find the same things, so every test asserts the same answer
for sqlite and postgresql (the latter skipped with a reason when RASD_TEST_PG_URL
is unset; see ci/postgres.sh).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rasd.model import Analysis, Article, Event, Place, Span
from rasd.store import SearchSyntaxError, open_store
from rasd.store.analyzer import analyze, fallback_stem
from rasd.store.query import parse_query
from rasd.store.testing import sample_items, temporary_pg_schema

PG_URL = os.environ.get("RASD_TEST_PG_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path):
    if request.param == "sqlite":
        with open_store(str(tmp_path / "search.db")) as s:
            yield s
        return
    if not PG_URL:
        pytest.skip("RASD_TEST_PG_URL is not set (eval \"$(bash ci/postgres.sh)\" starts a local PostgreSQL)")
    with temporary_pg_schema(PG_URL) as url, open_store(url) as s:
        yield s


def _article(title: str, body: str, n: int, published: str = "2015-07-20", source: str = "s") -> Article:
    return Article.from_parts([("title", title), ("paragraph", body)], source=source,
                              url=f"https://example.org/{n}", published=published)


# Each spelling of a name or a word lives in an article of its own.
FORMS = {
    "shadda": ("بيان جديد", "أصدرت شبكة حقّاني بيانا مساء الاثنين."),
    "article": ("لقاء في إسلام آباد", "التقى الوفد القيادي الحقاني في العاصمة."),
    "preposition": ("رسالة مفتوحة", "وجه الرئيس رسالة لحقاني يدعوه فيها إلى الحوار."),
    "definite": ("دوي في المدينة", "سمع السكان دوي الانفجار من مسافة بعيدة."),
    "plural": ("ليلة صاخبة", "هزت انفجارات متتالية المنطقة الصناعية ليلا."),
    "unrelated": ("أسعار النفط", "ارتفعت أسعار النفط في الأسواق العالمية اليوم."),
}


@pytest.fixture
def forms_store(store):
    arts = {k: _article(t, b, i) for i, (k, (t, b)) in enumerate(FORMS.items())}
    store.save_batch([(a, Analysis(a.id), None) for a in arts.values()])
    return store, {a.id: k for k, a in arts.items()}


def _found(store, q: str, **kw) -> set[str]:
    return {h["article_id"] for h in store.search(q, limit=50, **kw)["hits"]}


def test_analyzer_folds_spelling_and_clitics():
    assert analyze("حقاني") == analyze("حقّاني") == analyze("الحقاني") == analyze("لحقاني")
    assert analyze("انفجار") == analyze("الانفجار") == analyze("انفجارات") == analyze("وبالانفجار")
    assert analyze("إرهابيّة") == analyze("ارهابيه")
    assert analyze("١٢٣ ISIS") == ["123", "isis"]
    assert analyze("«...»،") == []
    assert fallback_stem("عمان") == "عمان"  # too short to lose a suffix


def test_name_found_in_every_spelling(forms_store):
    store, kind = forms_store
    found = {kind[i] for i in _found(store, "حقاني")}
    assert found == {"shadda", "article", "preposition"}
    assert {kind[i] for i in _found(store, "الحقاني")} == found  # the query is analyzed the same way


def test_word_found_with_article_and_plural(forms_store):
    store, kind = forms_store
    assert {kind[i] for i in _found(store, "انفجار")} == {"definite", "plural"}


def test_and_phrase_or(forms_store):
    store, kind = forms_store
    assert {kind[i] for i in _found(store, "انفجار ليلا")} == {"plural"}
    assert {kind[i] for i in _found(store, '"دوي الانفجار"')} == {"definite"}
    assert _found(store, '"الانفجار دوي"') == set()  # a phrase keeps its order
    assert {kind[i] for i in _found(store, "النفط OR حقاني")} == {"shadda", "article", "preposition", "unrelated"}
    assert {kind[i] for i in _found(store, "النفط | لحقاني")} == {"shadda", "article", "preposition", "unrelated"}


@pytest.mark.parametrize("q", [
    '"', '"""', "OR", "OR OR انفجار", "انفجار OR", "AND NOT (", "* ^ : - +", "'; DROP TABLE articles; --",
    "NEAR(انفجار", "انفجار*", "col:انفجار", "\\", "%_%", "\x00", "«انفجار", "😀",
])
def test_odd_queries_never_raise(forms_store, q):
    store, _ = forms_store
    result = store.search(q)
    assert result["total"] >= 0
    assert store.stats()["articles"] == 6


def test_odd_queries_mean_what_they_say(forms_store):
    store, kind = forms_store
    assert {kind[i] for i in _found(store, "«انفجار")} == {"definite", "plural"}  # unbalanced quote
    assert {kind[i] for i in _found(store, "انفجار OR")} == {"definite", "plural"}
    assert store.search("!!! ؟")["total"] == 0


def test_too_long_query_is_a_clear_error(forms_store):
    store, _ = forms_store
    with pytest.raises(SearchSyntaxError, match="too long"):
        store.search("انفجار " * 300)
    with pytest.raises(SearchSyntaxError, match="at most"):
        store.search(" ".join(f"كلمة{i}" for i in range(40)))
    with pytest.raises(SearchSyntaxError, match="date_from"):
        store.search("انفجار", date_from="yesterday")
    assert issubclass(SearchSyntaxError, ValueError)


def test_title_match_ranks_first(store):
    in_title = _article("انفجار في الميناء", "قال شهود إن الدخان غطى المكان.", 1)
    in_body = _article("أخبار المساء", "وفي خبر آخر وقع انفجار صغير قرب الميناء دون إصابات ثم عاد الهدوء.", 2)
    store.save_batch([(a, Analysis(a.id), None) for a in (in_body, in_title)])
    hits = store.search("انفجار")["hits"]
    assert [h["article_id"] for h in hits] == [in_title.id, in_body.id]
    assert hits[0]["score"] >= hits[1]["score"]


def test_snippets_mark_original_spelling_and_escape_html(store):
    art = _article("خبر <b>عاجل</b>", "قال مصدر <script>alert(1)</script> إن شبكة حقّاني نفت الهجوم.", 1)
    store.save_batch([(art, Analysis(art.id), None)])
    hit = store.search("حقاني")["hits"][0]
    assert "<mark>حقّاني</mark>" in hit["snippet"]
    assert "<script" not in hit["snippet"] and "&lt;/script&gt;" in hit["snippet"]
    assert hit["title"] == "خبر <b>عاجل</b>"  # plain text; escaping is the renderer's job


def test_filters(store):
    store.save_batch(sample_items())
    assert store.search("حقاني")["total"] == 3
    assert store.search("حقاني", source="other-paper")["total"] == 1
    assert store.search("حقاني", date_from="2015-07-20")["total"] == 2
    assert store.search("حقاني", date_to="2015-07")["total"] == 2
    assert store.search("حقاني", country="AF")["total"] == 1
    assert store.search("حقاني", country="Yemen")["total"] == 1
    assert store.search("حقاني", event_type="protest")["total"] == 1
    assert store.search("حقاني", entity="haqqani_network")["total"] == 1
    assert store.search("حقاني", entity="Haqqani Network")["total"] == 1
    assert store.search("حقاني", entity="شبكة الحقاني")["total"] == 1
    assert store.search("", event_type="air_strike")["total"] == 1  # filters alone list articles
    assert store.search("")["total"] == 3  # duplicates are not listed twice


def test_pagination(store):
    arts = [_article(f"خبر {i}", f"وقع انفجار في الحي رقم {i}.", i, published=f"2015-07-{10 + i:02d}")
            for i in range(7)]
    store.save_batch([(a, Analysis(a.id), None) for a in arts])
    first = store.search("انفجار", limit=3)
    rest = store.search("انفجار", limit=10, offset=3)
    assert first["total"] == rest["total"] == 7
    ids = [h["article_id"] for h in first["hits"] + rest["hits"]]
    assert sorted(ids) == sorted(a.id for a in arts)


def test_event_q_uses_the_same_analyzer(store):
    art = _article("اشتباكات", "اندلعت اشتباكات عنيفة بين الجيش والمسلحين في الأحياء الشرقية.", 1)
    ev = Event("armed_clash", Span.of(art.text, art.text.index("اندلعت"), len(art.text) - 1),
               place=Place("Aleppo", "SY"))
    store.save_batch([(art, Analysis(art.id, events=[ev]), None)])
    assert store.events(q="الاشتباكات")["total"] == 1
    assert store.events(q="المسلح")["total"] == 1
    assert store.events(q="غارة")["total"] == 0


def test_query_parser_builds_quoted_terms_only():
    q = parse_query('حقاني "هجوم انتحاري" OR انفجار')
    assert q.fts5() == '"حقان" AND ("هجوم انتحار" OR "انفجار")'
    assert q.tsquery() == "'حقان' & (('هجوم' <-> 'انتحار') | 'انفجار')"
    assert not parse_query("  ")
