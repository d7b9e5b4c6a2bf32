"""Claim status, round 6: a strike whose perpetrator is told only by a nation's adjective
("ضربة جوية أمريكية") is that nation's armed forces, and its own defence ministry telling of it
claims it. Invented sentences."""
from event_docs import events_of_type


def test_a_strike_named_by_a_nations_adjective_is_claimed_by_its_defence_ministry() -> None:
    (ev,) = events_of_type("وقالت وزارة الدفاع الأمريكية في بيان اليوم إن قياديا في تنظيم القاعدة قتل "
                           "في ضربة جوية أمريكية قرب مدينة إدلب.", "air_strike")
    assert (ev.actor1, ev.claim) == ("United States Armed Forces", "claimed")


def test_a_strike_named_by_a_nations_adjective_told_by_others_stays_attributed() -> None:
    (ev,) = events_of_type("وقال ناشطون إن قياديا في تنظيم القاعدة قتل في ضربة جوية أمريكية قرب مدينة إدلب.",
                           "air_strike")
    assert (ev.actor1, ev.claim) == ("United States Armed Forces", "attributed")
