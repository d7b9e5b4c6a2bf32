"""Events stage, precision round 5: a verbal noun governed by "with the aim of" ("بهدف",
"بغية", "من أجل") names what a step is for, not a happening. Every sentence is invented
for these tests; documents are built by hand (see event_docs) so the event rules are
tested alone.
"""

from __future__ import annotations

from event_docs import build
from event_docs import run_events as run


def test_an_arrest_aimed_at_is_no_arrest():
    doc = build([("paragraph", "وبدأت الشرطة أمس عملية تحقيق واسعة بهدف القبض على منفذي التفجير في المدينة.")],
                times=[("أمس", "2024-03-09")])
    assert [e.type for e in run(doc) if e.type == "arrest"] == []


def test_a_blast_aimed_at_is_no_bombing():
    doc = build([("paragraph", "وزرع المسلحون عبوات ناسفة قرب الجسر بغية تفجيرها عند مرور الدوريات.")])
    assert run(doc) == []


def test_an_arrest_told_before_its_aim_stays():
    doc = build([("paragraph", "واعتقلت قوات الأمن أمس خمسة مشتبه بهم في المدينة من أجل التحقيق معهم.")],
                times=[("أمس", "2024-03-09")])
    assert [e.type for e in run(doc)] == ["arrest"]


def test_a_raid_with_an_aim_stays_a_raid_and_the_aim_is_dropped():
    doc = build([("paragraph", "وشن مسلحون هجوما على قرية الوادي أمس بهدف اختطاف عدد من سكانها.")],
                times=[("أمس", "2024-03-09")])
    types = [e.type for e in run(doc)]
    assert "abduction" not in types
    assert types == ["attack"]
