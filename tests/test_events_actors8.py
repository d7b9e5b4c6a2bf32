"""Events: actors, round 8. Soldiers or policemen killed when a bomb goes off in, at or near
their vehicle or checkpoint were hit there: the vehicle or checkpoint is the target, the men its
casualties. Civilians killed by a bomb in a car are not moved to the car. Every sentence is
invented; the whole pipeline runs."""

from __future__ import annotations

from event_docs import events_of_type


def bombings(text: str) -> list:
    return events_of_type(text, "bombing", "suicide_bombing", "attack")


def test_a_mine_under_an_army_vehicle_hit_the_vehicle():
    evs = bombings("قتل جنديان أمس في ولاية كيدال عندما انفجر لغم أرضي في عربة عسكرية.")
    assert evs
    assert evs[0].actor2 == "عربة عسكرية"
    assert evs[0].killed == 2


def test_a_bomb_at_a_police_armoured_car_hit_the_armoured_car():
    evs = bombings("قتل شرطيان وأصيب ثلاثة آخرون في انفجار عبوة ناسفة بمدرعة تابعة للشرطة في مدينة العريش.")
    assert evs
    assert evs[0].actor2 == "مدرعة تابعة للشرطة"


def test_members_of_the_army_killed_at_a_checkpoint_were_hit_at_the_checkpoint():
    evs = bombings("قتل أربعة عناصر من الجيش في تفجير سيارة مفخخة عند نقطة تفتيش شمال مدينة سامراء.")
    assert evs
    assert evs[0].actor2 == "نقطة تفتيش"


def test_civilians_killed_near_a_vehicle_stay_the_target():
    evs = bombings("قتل ثلاثة مدنيين في انفجار عبوة ناسفة في عربة لنقل الخضار في سوق المدينة.")
    assert evs
    assert evs[0].actor2 == "مدنيين"
