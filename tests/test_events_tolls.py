"""Events stage: tolls that are not one happening's dead. A count since the start of a long
period or up to a date, two counts of the dead told one after the other (not two groups to
add up), a model's number, a toll told "in a wave of violence", and penalties named by the
bare word "عقوبات". Every sentence is invented; documents are built by hand (see event_docs)."""

from __future__ import annotations

from event_docs import build

from rasd.extract.events import extract_events


def events_of(text: str, quantities=(), times=()) -> list:
    doc = build([("paragraph", text)], quantities=quantities, times=times)
    extract_events(doc)
    assert not doc.analysis.errors
    return doc.analysis.events


def test_a_toll_since_the_start_of_years_is_no_happening():
    evs = events_of("وأدت هجمات الجماعة إلى مقتل 20 ألف شخص منذ عام 2010، في شمال البلاد.",
                    quantities=[("20 ألف", 20000)], times=[("عام 2010", "2010")])
    assert all(e.killed != 20000 and e.killed_min != 20000 for e in evs)


def test_a_toll_up_to_a_date_is_no_happening_toll():
    evs = events_of("وقالت الوزارة إن 80 مسلحا قتلوا في الغارات وأصيب 300 حتى الخامس من مارس.",
                    times=[("الخامس من مارس", "2024-03-05")])
    assert all(e.injured != 300 for e in evs)


def test_a_toll_since_a_recent_day_is_kept():
    evs = events_of("وقتل 12 جنديا في هجوم على ثكنة عسكرية منذ صباح أمس في الجنوب.")
    assert [e.killed for e in evs] == [12]


def test_two_counts_of_the_dead_are_not_added_up():
    evs = events_of("وقتل نحو 40 ألف شخص في اليوم الأول من القصف وبنهاية العام كان قد قتل 70 ألف شخص.",
                    quantities=[("40 ألف", 40000), ("70 ألف", 70000)])
    assert evs and all(e.killed in (40000, 70000) or e.killed_min in (40000, 70000) for e in evs)


def test_coordinated_groups_of_the_dead_still_add_up():
    evs = events_of("قتل 12 جنديا و3 عمال في هجوم على قاعدة عسكرية أمس.")
    assert [e.killed for e in evs] == [15]


def test_a_model_number_counts_nobody():
    evs = events_of("وألقت طائرة من طراز بي52 قنابل على المدينة، وقتل 30 شخصا.")
    assert all(e.killed == 30 for e in evs if e.killed is not None)


def test_a_toll_in_a_wave_of_violence_is_no_happening_of_its_own():
    evs = events_of("أعلن مسؤولون أمنيون مقتل 9 مسلحين و6 مدنيين في موجة عنف جديدة شهدتها المحافظة.")
    assert evs == []


def test_bare_penalties_are_no_sanction():
    assert events_of("وتعرض الموظف لعقوبات إدارية من الوزارة بسبب مقالاته.") == []
    assert events_of("وتطالب المنظمات بإلغاء عقوبات الإعدام في البلاد.") == []


def test_imposed_sanctions_are_still_a_sanction():
    evs = events_of("وفرضت الحكومة عقوبات على خمس شركات أجنبية أمس.")
    assert [e.type for e in evs] == ["sanction"]
