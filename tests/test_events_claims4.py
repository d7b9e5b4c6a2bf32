"""Events: claim status, round 4. A party that says "it" did the happening ("أعلن الجيش أنه قصف",
"قالت جماعة إنها أطلقت") carried it out and claims it; people who say they heard or saw it, and
a bomber spoken of with "أنه فجر نفسه", claim nothing. Every sentence is invented; the whole
pipeline runs."""

from __future__ import annotations

from event_docs import events_of_text as events_of


def violent(text: str) -> list:
    return [e for e in events_of(text) if e.type in ("attack", "air_strike", "bombing", "shelling",
                                                      "suicide_bombing", "armed_clash")]


def test_an_army_saying_it_shelled_a_village_did_it_and_claims_it():
    evs = violent("وأعلن الجيش الكاميروني أمس أنه قصف قرية نائية قرب الحدود مع تشاد.")
    assert evs and evs[0].type == "shelling"
    assert evs[0].actor1 == "Cameroon Armed Forces"
    assert evs[0].claim == "claimed"


def test_a_described_group_saying_it_fired_the_rocket_is_the_perpetrator_in_full():
    evs = violent("وقالت جماعة مسلحة مغمورة إنها أطلقت القذيفة على بلدة حدودية.")
    assert evs
    assert evs[0].actor1 == "جماعة مسلحة مغمورة"
    assert evs[0].claim == "claimed"


def test_a_force_saying_it_managed_to_kill_fighters_claims_the_attack():
    evs = violent("وقال الجيش الأردني إنه شن غارات على مواقع للمتشددين في جنوب سوريا.")
    assert evs and evs[0].type == "air_strike"
    assert evs[0].actor1 == "Jordanian Armed Forces"
    assert evs[0].claim == "claimed"


def test_witnesses_saying_they_heard_a_blast_claim_nothing():
    evs = violent("وقال سكان إنهم سمعوا انفجارا عنيفا قرب السوق الرئيسية في المدينة.")
    assert evs
    assert evs[0].actor1 is None
    assert evs[0].claim == "unclaimed"


def test_authorities_saying_the_bomber_blew_himself_up_did_not_do_it():
    evs = violent("وأشارت السلطات الباكستانية إلى أنه فجر نفسه وسط حشد من المصلين في بيشاور.")
    assert evs
    assert evs[0].actor1 != "Pakistani authorities"
    assert evs[0].claim != "claimed"


def test_police_saying_they_arrested_suspects_made_the_arrest():
    evs = [e for e in events_of("وأعلنت الشرطة الإيطالية أنها اعتقلت ثلاثة رجال في مدينة ميلانو.")
           if e.type == "arrest"]
    assert evs
    assert evs[0].actor1 is not None and "Police" in evs[0].actor1
