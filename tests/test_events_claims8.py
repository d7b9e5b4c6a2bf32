"""Claim status, round 8: a state's own force fighting militants or an armed group in its own
country tells of it (claimed); against civilians, or abroad, it stays attributed. Invented
sentences."""
from event_docs import news_events


def test_a_states_force_against_insurgents_at_home_is_claimed() -> None:
    (ev,) = news_events("وقتل 12 متمردا على الأقل في ولاية هلمند جنوب البلاد بعد أن شنت قوات الأمن "
                        "الأفغانية عملية عسكرية أمس الخميس.")
    assert (ev.actor1, ev.claim) == ("Afghan security forces", "claimed")


def test_a_states_force_against_a_civilian_stays_attributed() -> None:
    (ev,) = news_events("قتل شاب فلسطيني برصاص الجيش الإسرائيلي قرب مدينة الخليل أمس.")
    assert (ev.actor1, ev.claim) == ("Israel Defense Forces", "attributed")


def test_a_foreign_coalitions_strike_on_militants_stays_attributed() -> None:
    (ev,) = news_events("قصفت طائرات التحالف الدولي مواقع للمتمردين في ريف حلب أمس.")
    assert ev.claim == "attributed"


def test_an_army_announcing_militants_killed_in_a_strike_did_it() -> None:
    (ev,) = news_events("وأعلن الجيش المصري عن مقتل خمسة عناصر إرهابية إثر قصف جوي لمروحيات الجيش "
                        "جنوب مدينة رفح أمس.")
    assert (ev.type, ev.actor1, ev.claim) == ("air_strike", "Egyptian Armed Forces", "claimed")


def test_an_army_announcing_its_own_soldiers_killed_names_no_doer() -> None:
    (ev,) = news_events("أعلن الجيش التركي مقتل ثلاثة جنود في انفجار عبوة ناسفة في ولاية شرناق أمس.")
    assert (ev.actor1, ev.claim) == (None, "unclaimed")


def test_projectiles_named_by_a_groups_adjective_are_the_groups() -> None:
    (ev,) = news_events("تعرض مركز حدودي في منطقة جازان أمس لمقذوفات حوثية من داخل الأراضي اليمنية دون وقوع إصابات.")
    assert (ev.type, ev.actor1) == ("shelling", "Houthis")


def test_the_land_a_shell_came_from_names_no_army() -> None:
    (ev,) = news_events("سقط مقذوف عسكري قادم من الأراضي اليمنية على منزل في مدينة نجران أمس مما أدى إلى إصابة طفلين.")
    assert (ev.type, ev.actor1) == ("shelling", None)


def test_a_claim_of_the_days_attacks_is_carried_to_each_attack_the_group_did() -> None:
    evs = news_events("قتل 12 شخصا أمس في أفغانستان في هجومين تبنتهما حركة طالبان. وقتل خمسة أشخاص أمس "
                      "في عملية انتحارية نفذتها طالبان واستهدفت مركزا للشرطة في مدينة غزنة.")
    (ev,) = [e for e in evs if e.type == "suicide_bombing"]
    assert (ev.actor1, ev.claim) == ("Taliban", "claimed")


def test_a_groups_spokesman_saying_the_group_did_it_claims_it() -> None:
    # the body's spokesman says its own fighters did it: the body claims it
    (ev,) = news_events("وقال المتحدث باسم حركة طالبان ذبيح الله مجاهد إن مقاتلي الحركة نفذوا هجوما على "
                        "مركز للشرطة في ولاية لوغار أمس.")
    assert (ev.actor1, ev.claim) == ("Taliban", "claimed")
    # another body's spokesman blaming the group: attributed
    (ev,) = news_events("وقال المتحدث باسم وزارة الداخلية الأفغانية إن مقاتلي حركة طالبان نفذوا هجوما على "
                        "مركز للشرطة في ولاية لوغار أمس.")
    assert (ev.actor1, ev.claim) == ("Taliban", "attributed")
