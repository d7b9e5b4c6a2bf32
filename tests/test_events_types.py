"""Events stage, types, through the whole pipeline: which kind of happening a sentence tells
when its words could name two (a clash with a crowd, ...). Every sentence is invented for
these tests.
"""

from __future__ import annotations

from event_docs import news_events


def _types(*paragraphs: str) -> list[str]:
    return [e.type for e in news_events(*paragraphs)]


# ------------------------------------------------------------------ clashes with a crowd


def test_clashes_between_soldiers_and_youths_are_a_riot():
    assert _types("واندلعت أمس مواجهات بين الجنود والشبان في بلدة العيزرية أصيب فيها ثلاثة.") == ["riot"]


def test_clashes_with_stones_thrown_in_the_next_sentence_are_a_riot():
    assert _types("اندلعت اشتباكات اليوم في ساحة الجامع الكبير بمدينة الخليل. "
                  "وقالت الشرطة إن عشرات الملثمين ألقوا الحجارة على عناصرها.") == ["riot"]


def test_clashes_between_an_army_and_fighters_stay_a_clash():
    assert _types("واندلعت أمس اشتباكات بين الجيش ومسلحي التنظيم في بلدة العيزرية قتل فيها ثلاثة.") == ["armed_clash"]
