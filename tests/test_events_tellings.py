"""One happening told several times: the tellings merge, and the event takes the best
arguments any of them gives (invented news)."""

from __future__ import annotations

from event_docs import build
from event_docs import run_events as run


def test_the_quarter_named_in_a_retelling_wins_over_its_city():
    doc = build([("title", "انفجار في القاهرة"),
                 ("paragraph", "أصيب ثلاثة شرطيين في انفجار عبوة ناسفة في القاهرة امس."),
                 ("paragraph", "وانفجرت العبوة قرب تمركز أمني في حي مصر الجديدة.")],
                times=[("امس", "2024-03-09")], quantities=[("ثلاثة شرطيين", 3)])
    evs = run(doc)
    assert len(evs) == 1
    assert evs[0].place is not None and evs[0].place.name == "Heliopolis"


def test_same_group_same_toll_other_words_for_the_target_is_one_strike():
    doc = build([("paragraph", "أصيب خمسة مواطنين امس في غارة شنها الطيران الحربي الإسرائيلي على موقع تدريب "
                               "في قطاع غزة."),
                 ("paragraph", "وقال شهود إن الطيران الحربي الإسرائيلي قصف مخيم النصيرات وأصيب 5 مواطنين.")],
                times=[("امس", "2024-03-09")], quantities=[("خمسة مواطنين", 5), ("5 مواطنين", 5)],
                mentions=[("الطيران الحربي الإسرائيلي", "ORG", "Israeli Air Force", "military", "IL")])
    evs = run(doc)
    assert len(evs) == 1
    assert evs[0].injured == 5


def test_a_continent_neither_splits_nor_places_the_happening():
    doc = build([("title", "هجوم انتحاري على فندق في الصومال"),
                 ("paragraph", "قتل ستة اشخاص امس في هجوم انتحاري نفذه متمردون ينشطون في شرق أفريقيا.")],
                times=[("امس", "2024-03-09")], quantities=[("ستة اشخاص", 6)])
    evs = run(doc)
    assert len(evs) == 1
    assert evs[0].place is not None and evs[0].place.name == "Somalia"


def test_the_doer_of_the_cause_is_not_blamed_for_the_kidnapping():
    doc = build([("paragraph", "وكان مجهولون خطفوا امس ثلاثة سياح على طريق المطار، ورجحت المعلومات أن يكون "
                               "الخطف مرتبطا بتوقيف السلطات الفرنسية لرجل أعمال.")],
                times=[("امس", "2024-03-09")],
                mentions=[("السلطات الفرنسية", "ORG", "French authorities", "government", "FR")])
    evs = [e for e in run(doc) if e.type == "abduction"]
    assert evs and evs[0].actor1 != "French authorities"
    assert evs[0].claim != "attributed"


def test_the_group_that_claims_after_the_happening_word_and_its_bracketed_name():
    doc = build([("paragraph", "قتل أربعة جنود امس في انفجار عبوة ناسفة استهدف دوريتهم شمال المدينة."),
                 ("paragraph", "وتبنت الهجوم جماعة (جند الفجر) في بيان نشر على الانترنت.")],
                times=[("امس", "2024-03-09")], quantities=[("أربعة جنود", 4)],
                mentions=[("جند الفجر", "ORG", "Jund al-Fajr", "armed_group", None)])
    evs = run(doc)
    assert len(evs) == 1
    assert evs[0].actor1 == "Jund al-Fajr"
    assert evs[0].claim == "claimed"
