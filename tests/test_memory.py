"""Per-word memos stay bounded and answer as the plain functions do (rasd.arabic.memo)."""

from __future__ import annotations

import sys

from rasd.arabic.memo import WordMemo, shared, word_memo
from rasd.arabic.numbers import lookup_number_word, parse_digits
from rasd.extract import entities as ent
from rasd.extract.numbers import _dual_unit
from rasd.lexicon.events import candidate_forms, token_first_keys
from rasd.ner.features import WordInfo, clitic_variants, forget_feature_lists, norm_word

WORDS = ["وللحركة", "بمدينة", "الرئيس", "ومدينة", "حي", "بحي", "مطار", "الأفغانية", "وزيرين", "ثلاثة",
         "1,592", "3.5", "قال", "والوزير", "وكالة", "«", "abc", "هجومين", ""]


def test_memo_never_exceeds_its_limit() -> None:
    calls: list[str] = []

    @word_memo(4)
    def upper(w: str) -> str:
        calls.append(w)
        return w.upper()

    for k in range(50):
        assert upper(f"w{k % 9}") == f"W{k % 9}"
        assert len(upper) <= 4  # type: ignore[arg-type]
    assert upper.cache_info().currsize <= 4  # type: ignore[attr-defined]
    upper.cache_clear()  # type: ignore[attr-defined]
    assert len(upper) == 0  # type: ignore[arg-type]


def test_memo_keeps_none_answers_and_computes_once() -> None:
    calls: list[str] = []

    def nothing(w: str) -> None:
        calls.append(w)

    memo = WordMemo(nothing, 10)
    assert memo("x") is None and memo("x") is None
    assert calls == ["x"]


def test_memo_interns_string_keys_and_values() -> None:
    memo = WordMemo(lambda w: w + "ة", 10)
    key = "".join(["مد", "ين"])  # a fresh string, as a slice of an article's text is
    value = memo(key)
    assert value is sys.intern("مدينة")
    assert next(iter(memo)) is sys.intern("مدين")  # the stored key is the interned one


def test_memos_are_bounded_where_declared() -> None:
    for fn in (norm_word, clitic_variants, ent.classes_of_word, ent._indefinite_heads, ent._coref_spec,
               ent._titles_opened_by, _dual_unit, lookup_number_word, parse_digits):
        assert isinstance(fn, WordMemo)
        assert 0 < fn.limit <= 262_144
        assert len(fn) <= fn.limit


def test_memoized_answers_equal_the_plain_functions() -> None:
    for w in WORDS:
        n = norm_word(w)
        assert n == norm_word.__wrapped__(w)  # type: ignore[attr-defined]
        assert clitic_variants(n) == clitic_variants.__wrapped__(n)  # type: ignore[attr-defined]
        assert _dual_unit(n) == _dual_unit.__wrapped__(n)  # type: ignore[attr-defined]
        assert lookup_number_word(n) == lookup_number_word.__wrapped__(n)  # type: ignore[attr-defined]
        assert parse_digits(w) == parse_digits.__wrapped__(w)  # type: ignore[attr-defined]
        assert candidate_forms(n) == candidate_forms.__wrapped__(n)  # type: ignore[attr-defined]
        assert token_first_keys(n) == token_first_keys.__wrapped__(n)  # type: ignore[attr-defined]


def test_word_classes_per_word_equal_the_per_class_question() -> None:
    classes = ent._word_classes()
    every = {c for cs in classes.values() for c in cs}
    for w in WORDS + list(classes)[:300]:
        n = norm_word(w)
        forms = (n, *clitic_variants(n))
        for cls in every:
            assert ent.word_has_class(n, cls) == any(cls in classes.get(f, ()) for f in forms)


def test_indefinite_heads_equal_the_per_class_answer() -> None:
    for w in WORDS + ["بمعسكر", "المدينة", "وبلدة", "قرية"]:
        n = norm_word(w)
        for cls in ("facility_head", "loc_head", "loc_heads", "org_head"):
            assert ent._indefinite_head(n, cls) == ent._indefinite_head_of(n, cls)
        assert ent._any_place_head(n) == any(ent._indefinite_head_of(n, c) is not None
                                             for c in ("facility_head", "loc_head", "loc_heads"))


def test_shared_values_are_one_object() -> None:
    a, b = frozenset({"title", "given"}), frozenset({"given", "title"})
    assert shared(a) is shared(b)
    assert shared(frozenset()) is ent.classes_of_word(norm_word("xyzxyz"))


def test_forgotten_feature_lists_come_back_equal() -> None:
    wi = WordInfo(key="الرئيس", stem="رئيس", classes=("title",), person_title=True, token="الرئيس")
    own, around = list(wi.own), [list(x) for x in wi.around]
    forget_feature_lists(wi)
    assert "own" not in vars(wi) and "around" not in vars(wi)
    assert wi.own == own and [list(x) for x in wi.around] == around
