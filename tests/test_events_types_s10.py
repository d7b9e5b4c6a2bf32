"""Events: the type and the day of a happening from what its words refer to (invented sentences).

- an RPG (a shoulder-fired launcher) told as the weapon of an attack makes no shelling;
- an aircraft that is the object of a masculine verb ("إطلاق نار استهدف مروحية") was attacked;
- "قصف طيران X" (an air arm in construct with its owner) is an air strike;
- "بعد منتصف ليل السبت" is early on Sunday;
- "الأول من أمس" is the day before yesterday.
"""

from __future__ import annotations

from event_docs import events_of_text

from rasd.extract.times import find_times


def _typed(text: str, published: str = "2024-03-10") -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in events_of_text(text, published)]


# ------------------------------------------------------------------ days


def test_the_first_of_yesterday_is_the_day_before_yesterday():
    got = {t.span.text: t.value for t in find_times("قتلت القوات فجر الأول من أمس شابا قرب المدينة.", "2024-03-10")}
    assert got == {"فجر الأول من أمس": "2024-03-08TMO"}
    got = {t.span.text: t.value for t in find_times("وقتل في الأول من أمس شاب.", "2024-03-10")}
    assert got == {"الأول من أمس": "2024-03-08"}
