"""Statements, round s9: where a speaker phrase ends. A ب-word on a verbal noun opens the
verb's object («اعترف المتحدث [بسقوط] الطائرة»); «المسؤول عن X» is one phrase. Whole pipeline,
sentences written for the tests."""

from __future__ import annotations

from speech_docs import analyzed_triples as _triples


def test_a_bi_verbal_noun_is_the_object_not_the_speaker() -> None:
    got = _triples("واعترف الناطق العسكري بسقوط المروحية قرب الحدود.")
    assert got == [("confirm", "الناطق العسكري", "بسقوط المروحية قرب الحدود")]
    got = _triples("وطالب رئيس البرلمان بإطلاق سراح الصحافيين المحتجزين.")
    assert [(s, sp) for s, sp, _a in got] == [("demand", "رئيس البرلمان")]


def test_an_institution_after_bi_still_describes_the_speaker() -> None:
    got = _triples("ونفى مسؤول بوزارة الدفاع وقوع أي إصابات في صفوف الجنود.")
    assert [(s, sp) for s, sp, _a in got] == [("deny", "مسؤول بوزارة الدفاع")]


def test_the_official_in_charge_of_something_is_one_speaker() -> None:
    got = _triples("ونفى المسؤول عن أمن المطار حدوث أي اختراق.")
    assert got == [("deny", "المسؤول عن أمن المطار", "حدوث أي اختراق")]
    # «عن» after other heads still names a source, not the speaker's charge
    got = _triples("ونفت الحكومة عن طريق متحدثها وقوع الهجوم.")
    assert [(s, sp) for s, sp, _a in got] == [("deny", "الحكومة")]
