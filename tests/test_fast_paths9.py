"""Faster paths of the NER tagger and the times stage that must give the very same results as
the plain ones: word infos read from the word table instead of computed, the tagger's rows
found per distinct word, and the time recognizers found through an index of starting words."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from rasd.extract import times
from rasd.ner.features import FeatureExtractor
from rasd.ner.tagger import MODEL_PATH, Tagger
from rasd.ner.wordtable import build_word_table, info_record, load_word_table, parse_info, word_ids

# Invented news: common words, a repeated name, Latin, digits, signs and a made-up word.
DOC = [
    ["أعلن", "وزير", "الداخلية", "الزرنوقي", "أمس", "أن", "الشرطة", "اعتقلت", "3", "مشتبهين", "."],
    ["وقال", "الزرنوقي", "لوكالة", "Reuters", "إن", "«", "التحقيق", "مستمر", "»", "،", "وللحكومة", "رأي", "."],
    ["وأضاف", "أن", "الزرنوقي", "سيزور", "مدينة", "البصرة", "يوم", "الخميس", "المقبل", "ـ", "."],
]


@pytest.fixture(scope="module")
def taggers() -> tuple[Tagger, Tagger]:
    if not MODEL_PATH.exists():
        pytest.skip("NER model not built (rasd train ner)")
    return Tagger(MODEL_PATH, word_table=False), Tagger(MODEL_PATH)


def test_a_stored_word_info_equals_the_computed_one():
    fx = FeatureExtractor(None, {"شيء": "4", "كتاب": "7:12"}, {"كتاب": "PER3|LOC1"})
    # plain, Latin (lowercased key), clitics (stem differs), coarse cluster without a fine one,
    # silver types, a tatweel alone (empty key), digits, a sign
    for word in ("شيء", "Reuters", "وللكتاب", "كتاب", "ـ", "2015", "«", "الكتاب"):
        wi = fx._compute(word)
        assert parse_info(word, info_record(wi)) == wi, word


def test_the_shipped_table_holds_the_computed_infos(taggers):
    plain, fast = taggers
    table = fast.shipped_words()
    if table is None or table.record_ends is None:
        pytest.fail("the shipped word table is stale or holds no word infos: "
                    "rebuild it with `python -m rasd.ner.wordtable`")
    words = list(table.row)
    for w in words[:50] + words[50::997]:
        assert table.info(w) == plain.extractor._compute(w), w
    assert table.info("كلمةلاتوجدفيالجدول") is None


def test_the_tagger_gives_the_same_scores_and_tags_with_stored_infos(taggers):
    plain, fast = taggers
    # a fresh extractor each, so that the infos come from the table on one side only
    cold_plain = Tagger(MODEL_PATH, extractor=FeatureExtractor(plain.extractor.lexicon, plain.extractor.clusters,
                                                               plain.extractor.silver), word_table=False)
    cold_fast = Tagger(MODEL_PATH, extractor=FeatureExtractor(plain.extractor.lexicon, plain.extractor.clusters,
                                                              plain.extractor.silver))
    assert cold_fast.shipped_words() is not None
    a, b = cold_plain._scores(DOC), cold_fast._scores(DOC)
    assert np.array_equal(a.view(np.int64), b.view(np.int64))
    assert cold_plain.tag_document_with_confidence(DOC) == cold_fast.tag_document_with_confidence(DOC)
    # the same words again, in another order: every word has its row now
    again = [DOC[2], DOC[0][::-1], DOC[1]]
    assert np.array_equal(cold_plain._scores(again).view(np.int64), cold_fast._scores(again).view(np.int64))


def test_rows_found_per_distinct_word_match_a_token_by_token_walk(taggers):
    _, fast = taggers
    infos, _, _ = fast.extractor.document_words(DOC)
    rows = fast._rows(DOC, infos)
    # the slow path: each token's row looked up one by one, after the rows were added
    expect = [fast._word_row[t] for s in DOC for t in s]
    assert rows.tolist() == expect
    # a repeated word has one row
    assert len({rows[k] for k, t in enumerate(t for s in DOC for t in s) if t == "الزرنوقي"}) == 1


def test_a_table_without_stored_infos_still_gives_its_ids(taggers, tmp_path: Path):
    plain = taggers[0]
    out = tmp_path / "t_words.npz"
    build_word_table(plain, ["الحكومة", "الجيش", "قال"], out)
    with np.load(out) as z:
        arrays = {k: z[k] for k in z if k not in ("records", "record_ends")}
    with open(out, "wb") as fh:
        np.savez(fh, **arrays)
    table = load_word_table(out, plain._index.ids, plain.extractor)
    assert table is not None and table.info("الجيش") is None
    assert table.slots("الجيش") == word_ids(plain.extractor, plain._index.ids, "الجيش")


def test_a_table_whose_infos_are_stale_is_ignored(taggers, tmp_path: Path):
    plain = taggers[0]
    out = tmp_path / "t_words.npz"
    build_word_table(plain, ["الحكومة", "الجيش"], out)
    with np.load(out) as z:
        arrays = dict(z)
    # the stem of the first word changed since the table was written
    blob, cut = arrays["records"].tobytes(), int(arrays["record_ends"][1])  # byte offsets
    fields = blob[:cut].decode().split("\t")
    fields[1] = "=حك"
    first = "\t".join(fields).encode()
    arrays["records"] = np.frombuffer(first + blob[cut:], dtype=np.uint8)
    arrays["record_ends"] = np.asarray([0, len(first), len(first) + len(blob) - cut])
    with open(out, "wb") as fh:
        np.savez(fh, **arrays)
    assert load_word_table(out, plain._index.ids, plain.extractor) is None


def _recognizers_slow(word: str) -> tuple:
    """The definition the index replaces: every recognizer tried against its starting words."""
    number = word[:1].isdecimal() or times.lookup_number_word(word) is not None
    starters = times._starters()
    return tuple(rec for rec in times.RECOGNIZERS if word in starters[rec][0] or (number and starters[rec][1]))


def test_the_recognizers_index_gives_what_trying_each_recognizer_gives():
    starters = times._starters()
    words = {w for words, _ in starters.values() for w in words}
    words |= {"اجتماع", "الحكومة", "2015", "15", "ثلاثة", "الثلاثاء", "يوم", "صباح", "منذ", "عشرات", "خمسة", ""}
    for w in sorted(words):
        assert times._recognizers_for(w) == _recognizers_slow(w), w


def test_times_found_in_invented_news_are_unchanged_by_the_index():
    text = ("أعلنت الحكومة يوم الخميس الماضي أنها ستعقد اجتماعا بعد ثلاثة أيام، "
            "وقال الوزير صباح اليوم إن المفاوضات استمرت منذ عام 2015 حتى الساعة العاشرة مساء.")
    found = times.recognize(text)
    assert [text[f.start:f.end] for f in found] == [
        "يوم الخميس الماضي", "بعد ثلاثة أيام", "صباح اليوم", "عام 2015", "الساعة العاشرة مساء"]
