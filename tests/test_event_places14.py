"""Event places, fourteenth round: fronts, valleys and plains are named places; a place
word that begins an organisation's name names the organisation."""

from __future__ import annotations

from event_docs import typed_places as _places


def test_a_front_is_the_place_of_the_fighting_there() -> None:
    got = _places("قتل خمسة مسلحين حوثيين أمس في غارة جوية لطيران التحالف على مواقعهم في جبهة الكسارة "
                  "بمحافظة مأرب.")
    assert got == [("air_strike", "جبهة الكسارة")]


def test_a_valley_is_more_specific_than_its_province() -> None:
    got = _places("قتل ثلاثة جنود أمس في كمين نصبه مسلحون في وادي المعجلة بمحافظة شبوة.")
    # the valley's name, not Shabwa's (its one word stands without its place word when the tagger knows it)
    assert len(got) == 1 and got[0][1] is not None and got[0][1].endswith("المعجلة")


def test_a_front_named_organisation_is_no_place() -> None:
    # "لجبهة النصرة" names the group the strikes hit; the town after "قرب" is where
    got = _places("قصفت طائرات حربية أمس مواقع لجبهة النصرة قرب بلدة سراقب في محافظة إدلب.")
    assert got == [("air_strike", "Saraqib")]


def test_a_present_tense_verb_after_a_facility_word_is_no_name() -> None:
    # "مخيم يستقبل النازحين": the verb describes the camp; it names no place
    got = _places("قتل ستة مدنيين أمس في قصف على مخيم يستقبل النازحين قرب مدينة إدلب.")
    assert all(place != "مخيم يستقبل" for _, place in got)
    # a name the gazetteer knows keeps its reading after the facility word ("مخيم يبرود")
    got = _places("قتل ستة مدنيين أمس في قصف على مخيم يبرود في ريف دمشق.")
    assert any(place and "يبرود" in place for _, place in got)
