"""Event places, tenth round: a name read after a place word, the circumstances of a killing,
villages and the district they belong to."""

from __future__ import annotations

from event_docs import event_place

from rasd.arabic.normalize import normalize


def test_an_adjective_after_a_quarter_name_is_not_part_of_it() -> None:
    place = event_place("attack", "أطلق مسلحون النار صباح اليوم على مقر البعثة في حي الكرامة الهادئ "
                                  "شمالي العاصمة دون أن يصاب أحد.")
    assert "الهادئ" not in place.name
    assert normalize(place.name) == normalize("الكرامة")


def test_an_ordinal_after_a_quarter_name_is_part_of_it() -> None:
    place = event_place("bombing", "انفجرت عبوة ناسفة مساء اليوم في حي القادسية الثانية غربي مدينة الحلة "
                                   "ما أدى إلى إصابة أربعة مدنيين.")
    assert place.name == "القادسية الثانية"


def test_a_town_named_in_the_while_clause_is_where_the_strike_killed_him() -> None:
    place = event_place("air_strike", "وقال الجيش الأمريكي إن القيادي في التنظيم قتل في غارة جوية في سوريا "
                                      "بينما كان يستقل دراجة نارية قرب بلدة الدانا يوم الأحد الماضي.")
    assert place.precision != "country"
    assert place.name == "Ad Dana"


def test_two_villages_belonging_to_a_district_are_placed_at_the_district() -> None:
    place = event_place("armed_clash", "وقالت مصادر أمنية إن اشتباكات عنيفة اندلعت أمس بين القوات العراقية ومسلحي "
                                       "التنظيم في قرى الزركة والحميدية التابعة لناحية كفري شمال شرقي بعقوبة.")
    assert place.name == "Kifri"


def test_a_place_told_before_the_saying_belongs_to_the_killing_before_it() -> None:
    place = event_place("air_strike", "وفيما قتل 12 من عناصر الشرطة في الرمادي، أعلن مصدر عسكري عن قصف طائرات "
                                      "التحالف لثلاثة مواقع للتنظيم في جنوب الموصل.")
    assert place.name == "Mosul"


def test_an_area_after_from_in_quotation_marks_is_where_they_came_from() -> None:
    place = event_place("armed_clash", "وقالت المصادر إن اشتباكات عنيفة اندلعت أمس في مدينة لودر بمحافظة أبين، "
                                       "حيث دفع المسلحون بتعزيزات من منطقة «الوضيع» القريبة.")
    assert "الوضيع" not in place.name
    assert normalize(place.name) == normalize("لودر")  # the town the clash was told in
