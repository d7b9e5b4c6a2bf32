"""Events: claim status, round 5. A perpetrator the reporter names with a definite description
("العناصر التكفيرية", "المسلحون") or a construct with a definite second member ("مقاتلو
المعارضة") is a group the article knows, so the happening is attributed to it; an indefinite
one ("مسلحون") or unknown doers ("المسلحون المجهولون") leave it unclaimed. Every sentence is
invented; the whole pipeline runs."""

from __future__ import annotations

from event_docs import violent_events as violent


def test_a_definite_described_group_that_blew_up_a_house_is_blamed():
    evs = violent("وفجرت العناصر التكفيرية أمس منزل ضابط شرطة في مدينة رفح.")
    assert evs and evs[0].actor1 == "العناصر التكفيرية"
    assert evs[0].claim == "attributed"


def test_the_gunmen_attacking_a_town_are_blamed():
    evs = violent("وهاجم المسلحون مساء الجمعة بلدة دامبوا وأحرقوا عشرات المنازل.")
    assert evs and evs[0].actor1 == "المسلحون"
    assert evs[0].claim == "attributed"
    # indefinite gunmen, or the gunmen taking up unknown ones told before, blame no one
    evs = violent("وهاجم مسلحون مساء الجمعة بلدة دامبوا وأحرقوا عشرات المنازل.")
    assert evs and evs[0].claim == "unclaimed"
    evs = violent("وفتح مسلحون مجهولون النار على دورية للشرطة أمس. وهاجم المسلحون بعد ذلك بلدة دامبوا.")
    assert evs and all(e.claim == "unclaimed" for e in evs)


def test_fighters_of_the_opposition_firing_a_rocket_are_blamed():
    evs = violent("وقتل ثلاثة مدنيين أمس بقذيفة صاروخية أطلقها مقاتلو المعارضة على حي سكني في مدينة حماة.")
    assert evs and evs[0].actor1 == "مقاتلو"
    assert evs[0].claim == "attributed"
