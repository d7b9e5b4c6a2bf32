"""Event places, eighth round: a tagged name run on into a weekday or a participle, a
country across a border ("قرب الحدود مع X") taken for the place, an unknown name's country
from another mention of it, a nationality adjective after an unknown place, and a camp
something was launched from.

All sentences are invented news."""

from __future__ import annotations

from event_docs import event_place as place_of
from event_docs import news_events

from rasd.arabic.normalize import normalize


def test_tagged_name_stops_at_a_weekday() -> None:
    p = place_of("attack", "ووقع الهجوم في منطقة واردوج الخميس، وقتل ثلاثة من رجال الشرطة الأفغانية.")
    assert normalize(p.name) == normalize("واردوج")


def test_name_stops_at_a_participle() -> None:
    p = place_of("shelling", "قتل ثلاثة مدنيين بقذيفة سقطت على حي الرملة الجديدة الخاضع لسيطرة قوات "
                 "الحكومة في مدينة حلب.")
    assert normalize(p.name) == normalize("الرملة الجديدة")


def test_country_across_the_border_is_not_where() -> None:
    # a Malian story: the ambush was near the Mauritanian border, not in Mauritania
    p = place_of("attack", "قتل جنديان ماليان في كمين نصبه مسلحون في منطقة كوسالا بوسط مالي قرب الحدود "
                 "مع موريتانيا.",
                 "وقالت الحكومة المالية إن الجيش المالي باشر ملاحقة المهاجمين في مالي.")
    assert p.country == "ML"


def test_unknown_name_keeps_the_country_of_its_other_mention() -> None:
    events = news_events("وقتل سبعة من عناصر البيشمركة بقصف صاروخي على قضاء دبيكان شرق الموصل.",
                         "وقال المرصد السوري إن طائرات التحالف قصفت مواقع في دير الزور والرقة وحلب وحمص "
                         "وحماة في سوريا.",
                         "وكان مسلحو داعش قد أطلقوا مساء الأربعاء عشرة صواريخ على قضاء دبيكان ما أسفر "
                         "عن إصابة أربعة.")
    ours = [e for e in events if e.place is not None and "دبيكان" in normalize(e.place.name)]
    assert len(ours) >= 2
    assert {e.place.country for e in ours} == {"IQ"}


def test_nationality_adjective_after_an_unknown_place() -> None:
    p = place_of("shelling", "قصفت الطائرات الإسرائيلية موقعا لحماس في مدينة غزة، وأصيب ثلاثة فلسطينيين في "
                 "قطاع غزة.",
                 "وسقط صاروخ أطلق من القطاع في منطقة المجلس الإقليمي الإسرائيلي دون إصابات.")
    assert p.country == "IL"


def test_camp_a_rocket_was_launched_from_is_not_where_it_fell() -> None:
    p = place_of("shelling", "قصفت الطائرات الإسرائيلية موقعا لحماس في قطاع غزة.",
                 "وذكرت مصادر إسرائيلية أن صاروخين أطلقا أمس من مخيم المغازي باتجاه البلدات "
                 "الإسرائيلية.")
    assert "المغازي" not in normalize(p.name)
    assert (p.name, p.country) == ("Israel", "IL")  # where the rockets were aimed, not the Gaza camp
