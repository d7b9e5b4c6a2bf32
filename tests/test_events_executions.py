"""Events: people put to death (invented sentences).

- an execution by an armed group or by militants is an attack of that group;
- a court's sentence or a state's execution is no conflict event.
"""

from __future__ import annotations

from event_docs import events_of_text


def test_execution_by_an_armed_group_is_its_attack():
    evs = events_of_text("وكان تنظيم داعش قد أعدم نحو 300 من الأسرى في معسكر قرب مدينة الموصل في مايو 2015.",
                         published="2015-09-01")
    assert [(e.type, e.date) for e in evs] == [("attack", "2015-05")]
    assert evs[0].actor1 == "Islamic State"


def test_execution_by_militants_is_an_attack():
    evs = events_of_text("أعدم مسلحون مساء الأحد أربعة عمال في مدينة درنة.", published="2015-09-01")
    assert [e.type for e in evs] == ["attack"]


def test_execution_at_the_hands_of_a_group():
    evs = events_of_text("وشهدت مدينة الرقة أمس إعدام ستة رجال على يد مسلحي تنظيم داعش.", published="2015-09-01")
    assert [(e.type, e.date) for e in evs] == [("attack", "2015-08-31")]


def test_court_sentence_and_state_execution_are_no_event():
    assert events_of_text("أصدرت محكمة في بغداد أمس حكما بإعدام سبعة متهمين.", published="2015-09-01") == []
    assert events_of_text("نفذت السلطات أمس حكم الإعدام بحق مدان بجريمة قتل في العاصمة.", published="2015-09-01") == []
