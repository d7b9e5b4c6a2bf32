"""Events stage: what is no happening the article reports: a toll over a whole month (a
statistic), what somebody hopes or calls for, and what a weapon is for (the lam of
purpose). Every sentence is invented for these tests; documents are built by hand (see
event_docs) so the event rules are tested alone.
"""

from __future__ import annotations

from event_docs import build
from event_docs import run_events as run

from rasd.pipeline import Doc


def _with_precision(doc: Doc, precision: str) -> Doc:
    for t in doc.analysis.times:
        t.precision = precision
    return doc


# ------------------------------------------------------------------ a toll over a whole month


def test_a_toll_in_a_named_month_is_a_statistic():
    doc = build([("paragraph", "ووفقا لإحصاءات رسمية، قتل 40 مدنيا وأصيب 120 في المحافظات الشرقية في مارس الماضي.")],
                times=[("مارس الماضي", "2024-03")], quantities=[("40", 40), ("120", 120)])
    assert run(_with_precision(doc, "month")) == []


def test_a_toll_dated_by_its_day_is_still_a_happening():
    doc = build([("paragraph", "قتل خمسة جنود أمس في هجوم على حاجز للجيش قرب بلدة الوادي.")],
                times=[("أمس", "2024-03-09")], quantities=[("خمسة", 5)])
    (ev,) = run(_with_precision(doc, "day"))
    assert ev.killed == 5


def test_a_year_heading_a_line_of_a_chronology_is_no_statistic():
    # "- عام 2012 ...": the year labels one happening of a list, it is not "in" a period
    doc = build([("paragraph", "- عام 2012 استشهاد اثنين من حرس الحدود برصاص مهربين قرب بلدة الوادي.")],
                times=[("عام 2012", "2012")], quantities=[("اثنين", 2)])
    (ev,) = run(_with_precision(doc, "year"))
    assert ev.killed == 2


# ------------------------------------------------------------------ hopes, calls and demands


def test_hoping_for_an_arrest_is_no_arrest():
    doc = build([("paragraph", "وأعرب وزير الخارجية عن أمله في إلقاء القبض على مرتكبي هذا العمل وتقديمهم إلى العدالة.")])
    assert [e for e in run(doc) if e.type == "arrest"] == []


def test_calling_for_an_arrest_is_no_arrest():
    doc = build([("paragraph", "ودعت منظمات حقوقية إلى اعتقال المسؤولين عن تعذيب السجناء في المدينة.")])
    assert [e for e in run(doc) if e.type == "arrest"] == []


def test_an_arrest_told_plainly_is_still_an_arrest():
    doc = build([("paragraph", "اعتقلت الشرطة أمس ثلاثة مشتبه بهم في بلدة الوادي.")],
                times=[("أمس", "2024-03-09")])
    assert [e.type for e in run(doc)] == ["arrest"]


# ------------------------------------------------------------------ the lam of purpose


def test_a_device_made_to_kill_is_no_happening():
    doc = build([("paragraph", "وقال المحققون إن المتهم صنع العبوة لقتل الجنود عند الحاجز.")])
    assert run(doc) == []


def test_an_area_undergoing_shelling_is_still_shelled():
    doc = build([("paragraph", "تعرضت مناطق في قرية الوادي بريف المدينة الشمالي أمس لقصف مدفعي عنيف.")],
                times=[("أمس", "2024-03-09")])
    (ev,) = run(doc)
    assert ev.type == "shelling"


def test_an_attempt_to_assassinate_is_still_reported():
    doc = build([("paragraph", "نجا محافظ المدينة أمس من محاولة لاغتيال نفذها مسلحون قرب منزله.")],
                times=[("أمس", "2024-03-09")])
    assert len(run(doc)) == 1
