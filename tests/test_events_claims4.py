"""Events: claim status, round 4. A party that says "it" did the happening ("أعلن الجيش أنه قصف",
"قالت جماعة إنها أطلقت") carried it out and claims it; people who say they heard or saw it, and
a bomber spoken of with "أنه فجر نفسه", claim nothing. Every sentence is invented; the whole
pipeline runs."""

from __future__ import annotations

import pytest
from event_docs import events_of_type
from event_docs import violent_events as violent


@pytest.mark.parametrize("text, etype, actor1", [
    pytest.param("وأعلن الجيش الكاميروني أمس أنه قصف قرية نائية قرب الحدود مع تشاد.",
                 "shelling", "Cameroon Armed Forces", id="army-says-it-shelled-a-village"),
    pytest.param("وقال الجيش الأردني إنه شن غارات على مواقع للمتشددين في جنوب سوريا.",
                 "air_strike", "Jordanian Armed Forces", id="army-says-it-launched-strikes"),
])
def test_a_force_saying_it_did_the_happening_did_it_and_claims_it(text, etype, actor1):
    evs = violent(text)
    assert evs and evs[0].type == etype
    assert evs[0].actor1 == actor1
    assert evs[0].claim == "claimed"


def test_a_described_group_saying_it_fired_the_rocket_is_the_perpetrator_in_full():
    evs = violent("وقالت جماعة مسلحة مغمورة إنها أطلقت القذيفة على بلدة حدودية.")
    assert evs
    assert evs[0].actor1 == "جماعة مسلحة مغمورة"
    assert evs[0].claim == "claimed"


def test_witnesses_saying_they_heard_a_blast_claim_nothing():
    evs = violent("وقال سكان إنهم سمعوا انفجارا عنيفا قرب السوق الرئيسية في المدينة.")
    assert evs
    assert evs[0].actor1 is None
    assert evs[0].claim == "unclaimed"


def test_authorities_saying_the_bomber_blew_himself_up_did_not_do_it():
    evs = violent("وأشارت السلطات الباكستانية إلى أنه فجر نفسه وسط حشد من المصلين في بيشاور.")
    assert evs
    assert evs[0].actor1 is None
    assert evs[0].claim == "unclaimed"


def test_police_saying_they_arrested_suspects_made_the_arrest():
    evs = events_of_type("وأعلنت الشرطة الإيطالية أنها اعتقلت ثلاثة رجال في مدينة ميلانو.", "arrest")
    assert evs
    assert evs[0].actor1 is not None and "Police" in evs[0].actor1
