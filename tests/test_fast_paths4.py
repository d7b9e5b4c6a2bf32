"""The tagger's shipped word table (rasd.ner.wordtable) and lazily built word feature lists:
faster paths that must give the very same numbers as the plain ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from rasd.ner.features import FeatureExtractor
from rasd.ner.tagger import MODEL_PATH, Tagger, aux_path
from rasd.ner.wordtable import (
    SLOTS,
    build_word_table,
    load_word_table,
    word_ids,
    words_path,
)

# Invented news: common words (in the table) next to rare and made-up ones (not in it).
DOC = [
    ["قال", "وزير", "الخارجية", "الزنبرقي", "إن", "الحكومة", "ستعقد", "اجتماعا", "في", "بغداد", "غدا", "."],
    ["وأعلنت", "حركة", "التلاليس", "مسؤوليتها", "عن", "الهجوم", "على", "مدينة", "الموصل", "."],
    ["«", "لن", "نتراجع", "»", "،", "قال", "المتحدث", "باسم", "الجيش", "العميد", "سمير", "القرطاوي", "."],
]


def _bits(a: np.ndarray) -> np.ndarray:
    return a.view(np.int64)


@pytest.fixture(scope="module")
def taggers() -> tuple[Tagger, Tagger]:
    if not MODEL_PATH.exists():
        pytest.skip("NER model not built (rasd train ner)")
    return Tagger(MODEL_PATH, word_table=False), Tagger(MODEL_PATH)


@pytest.fixture(scope="module")
def shipped(taggers: tuple[Tagger, Tagger]):
    table = taggers[1].shipped_words()
    # A stale table is ignored at run time (right but slower), so the suite is what notices it:
    # a model or lexicon change that feeds word features needs `python -m rasd.ner.wordtable`.
    assert table is not None, "the shipped word table does not match the model and lexicons: " \
        "rebuild it with `python -m rasd.ner.wordtable`"
    return table


def test_shipped_rows_equal_freshly_computed_rows_bit_for_bit(taggers, shipped):
    plain = taggers[0]
    words = list(shipped.row)
    sample = words[:40] + words[40::1999]
    from_table = (shipped.matrix(sample, len(plain._weights)) @ plain._weights)
    parts = [part for w in sample for part in (plain.extractor.info(w).own, *plain.extractor.info(w).around)]
    from_names = plain._index.encode(parts) @ plain._weights
    assert from_table.shape == (len(sample) * SLOTS, plain._weights.shape[1])
    assert np.array_equal(_bits(from_table), _bits(from_names))


def test_scores_and_tags_are_the_same_with_and_without_the_table(taggers, shipped):
    plain, fast = taggers
    words = {t for s in DOC for t in s}
    assert words & set(shipped.row) and words - set(shipped.row)  # both paths are taken
    assert np.array_equal(_bits(plain._scores(DOC)), _bits(fast._scores(DOC)))
    assert plain.tag_document_with_confidence(DOC) == fast.tag_document_with_confidence(DOC)
    # again, now that every word has its row
    assert np.array_equal(_bits(plain._scores(DOC[::-1])), _bits(fast._scores(DOC[::-1])))


def test_a_table_built_here_loads_back_with_the_same_ids(taggers, tmp_path: Path):
    plain = taggers[0]
    words = ["الحكومة", "وأعلنت", "القرطاوي", "بغداد", "«"]
    out = tmp_path / "t_words.npz"
    made = build_word_table(plain, words, out)
    assert made["words"] == len(words)
    table = load_word_table(out, plain._index.ids, plain.extractor)
    assert table is not None and list(table.row) == words
    for w in words:
        assert table.slots(w) == word_ids(plain.extractor, plain._index.ids, w)


def test_a_stale_table_is_ignored(taggers, tmp_path: Path):
    plain = taggers[0]
    ids, fx = plain._index.ids, plain.extractor
    out = tmp_path / "t_words.npz"
    build_word_table(plain, ["الحكومة", "الجيش", "قال"], out)
    # the model changed: one more feature name
    assert load_word_table(out, {**ids, "w=كلمةجديدة": len(ids)}, fx) is None
    # the word data changed: other clusters
    other = FeatureExtractor(fx.lexicon, {**fx.clusters, "الحكومة": "1:2"}, fx.silver)
    assert load_word_table(out, ids, other) is None
    # the stored ids do not match what the feature code gives now (a probe word differs)
    with np.load(out) as z:
        arrays = dict(z)
    arrays["ids"] = arrays["ids"].copy()
    arrays["ids"][0] += 1
    with open(out, "wb") as fh:
        np.savez(fh, **arrays)
    assert load_word_table(out, ids, fx) is None
    assert load_word_table(tmp_path / "missing.npz", ids, fx) is None


def test_a_model_without_its_table_tags_the_same(taggers, tmp_path: Path):
    model = tmp_path / "copy.crfsuite"
    shutil.copy(MODEL_PATH, model)
    if aux_path(MODEL_PATH).exists():
        shutil.copy(aux_path(MODEL_PATH), aux_path(model))
    alone = Tagger(model, extractor=taggers[0].extractor)
    assert not words_path(model).exists() and alone.shipped_words() is None
    assert alone.tag_document_with_confidence(DOC) == taggers[0].tag_document_with_confidence(DOC)


def test_word_feature_lists_are_built_on_first_use_and_complete():
    fx = FeatureExtractor(None, {"حكومه": "7:31"}, {"حكومه": "ORG3"})
    wi = fx.info("وللحكومة")
    assert "own" not in vars(wi) and "around" not in vars(wi)  # nothing built yet
    assert wi.own == ["w=وللحكومه", "st=حكومه", "sh=ar", "p2=ول", "p3=ولل", "s1=ه", "s2=مه", "s3=ومه",
                      "s4=كومه", "ss2=مه", "sp3=حكو", "len=5", "raw=وللحكومة",
                      "k1=7", "k2=31", "sv=ORG3"]
    assert wi.around == (["w-2=وللحكومه"], ["w-1=وللحكومه", "st-1=حكومه", "k-1=31", "sv-1=ORG3"],
                         ["w1=وللحكومه", "st1=حكومه", "k1=31", "sv1=ORG3"], ["w2=وللحكومه"])
    assert fx.info("وللحكومة") is wi and wi.own is wi.own  # built once
    assert "al" in fx.info("والحكومة").own and "al" not in wi.own  # ال after a conjunction, not لل
    # a cluster id without a fine part still gives both cluster features, as before
    assert FeatureExtractor(None, {"شيء": "4"}, {}).info("شيء").own[-2:] == ["k1=4", "k2="]
