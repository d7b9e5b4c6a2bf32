"""Event detection, round 4 of session 8: a strike from the air told by a destruction verb
joined by "و" after a fight in the same sentence."""

from event_docs import sorted_types as _types

# ------------------------------------------------------------------ fighting, then aircraft destroy


def test_aircraft_destroying_after_a_fight_are_another_happening():
    text = ("وقالت مصادر محلية أمس إن معارك عنيفة تدور بين القوات الحكومية والمتمردين قرب مدينة مأرب، "
            "ودمرت طائرات التحالف ثلاث آليات للمتمردين شرق المدينة.")
    assert _types(text) == ["air_strike", "armed_clash"]


def test_a_destruction_verb_with_no_aircraft_after_it_splits_nothing():
    text = ("وقالت مصادر محلية أمس إن معارك عنيفة تدور بين القوات الحكومية والمتمردين قرب مدينة مأرب، "
            "ودمر المتمردون جسرا شرق المدينة.")
    assert _types(text) == ["armed_clash"]


# ------------------------------------------------------------------ the townsfolk gathered


def test_townsfolk_gathered_under_a_slogan_protest():
    text = "واجتمع الأهالي صباح الجمعة في ساحة البلدية بمدينة صيدا وأقاموا وقفة تحت شعار لا للنسيان."
    assert _types(text) == ["protest"]


def test_townsfolk_gathered_with_no_sign_of_protest_do_nothing():
    assert _types("واجتمع الأهالي صباح الجمعة في ساحة البلدية بمدينة صيدا لتوزيع المساعدات.") == []
