"""Tellings of one happening merge, different happenings stay apart (invented news)."""

from __future__ import annotations

from event_docs import build
from event_docs import run_events as run


def test_rockets_fired_and_the_air_strike_are_two_happenings():
    doc = build([("title", "غارة إسرائيلية على غزة"),
                 ("paragraph", "قصفت طائرات حربية إسرائيلية موقعا في شمال قطاع غزة امس."),
                 ("paragraph", "وكانت ثلاثة صواريخ أطلقت من غزة باتجاه بلدة إسرائيلية قبل ساعات.")],
                times=[("امس", "2024-03-09")])
    types = sorted(e.type for e in run(doc))
    assert types == ["air_strike", "shelling"]


def test_a_missile_a_killing_was_done_with_stays_with_its_air_strike():
    doc = build([("title", "غارة في ولاية بكتيا"),
                 ("paragraph", "قتل أربعة مسلحين في غارة جوية امس في ولاية بكتيا."),
                 ("paragraph", "وقتل المسلحون بصاروخ أطلقته طائرة.")],
                times=[("امس", "2024-03-09")], quantities=[("أربعة مسلحين", 4)])
    assert [e.type for e in run(doc)] == ["air_strike"]


def test_the_attack_named_as_subject_then_described_is_the_attack_told_before():
    doc = build([("paragraph", "قتل خمسة أشخاص في هجوم استهدف سوقا في حي الزهور امس."),
                 ("paragraph", "وقال مصدر أمني إن الهجوم نفذه انتحاري يرتدي حزاما ناسفا.")],
                times=[("امس", "2024-03-09")], quantities=[("خمسة أشخاص", 5)])
    evs = run(doc)
    assert len(evs) == 1
    assert evs[0].type == "suicide_bombing"


def test_an_attack_after_a_preposition_is_another_happening():
    doc = build([("paragraph", "قصفت طائرات حربية موقعا للمسلحين امس."),
                 ("paragraph", "ويأتي هذا الهجوم بعد ساعات من سقوط صاروخ أطلق من البلدة.")],
                times=[("امس", "2024-03-09")])
    assert sorted(e.type for e in run(doc)) == ["air_strike", "shelling"]
