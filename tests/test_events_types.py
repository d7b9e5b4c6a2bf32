"""Events stage, types, through the whole pipeline: which kind of happening a sentence tells
when its words could name two (a clash with a crowd, ...). Every sentence is invented for
these tests.
"""

from __future__ import annotations

from event_docs import news_types as _types

# ------------------------------------------------------------------ clashes with a crowd


def test_clashes_between_soldiers_and_youths_are_a_riot():
    assert _types("واندلعت أمس مواجهات بين الجنود والشبان في بلدة العيزرية أصيب فيها ثلاثة.") == ["riot"]


def test_clashes_with_stones_thrown_in_the_next_sentence_are_a_riot():
    assert _types("اندلعت اشتباكات اليوم في ساحة الجامع الكبير بمدينة الخليل. "
                  "وقالت الشرطة إن عشرات الملثمين ألقوا الحجارة على عناصرها.") == ["riot"]


def test_clashes_between_an_army_and_fighters_stay_a_clash():
    assert _types("واندلعت أمس اشتباكات بين الجيش ومسلحي التنظيم في بلدة العيزرية قتل فيها ثلاثة.") == ["armed_clash"]


# ------------------------------------------------------------------ a leader killed in an operation


def test_a_leader_killed_alone_is_an_assassination():
    assert _types("أعلنت الشرطة مقتل القيادي في الحزب سالم الهادي أمس في مدينة المكلا.") == ["assassination"]


def test_a_leader_killed_in_a_security_operation_is_no_assassination():
    assert _types("أعلنت الشرطة مقتل القيادي في التنظيم سالم الهادي أمس في عملية أمنية شنتها "
                  "قوات الأمن في مدينة المكلا.") == ["attack"]


def test_the_operation_that_killed_a_leader_is_the_air_strike_told_before():
    assert _types("قتل قيادي في التنظيم مع اثنين من مرافقيه في غارة أمريكية استهدفته أمس في ولاية زابل. "
                  "وقالت الوزارة إن العملية التي جرت في الولاية أدت إلى مقتل القيادي سالم الهادي.") == ["air_strike"]


# ------------------------------------------------------------------ a deadly attack that took hostages


def test_a_deadly_attack_told_as_hostage_taking_is_an_attack():
    assert _types("قتل ثلاثة أشخاص أمس في هجوم استهدف مطعما في مدينة كيدال، وقال مصدر أمني "
                  "إن الهجوم عملية احتجاز رهائن.") == ["attack"]


def test_hostages_taken_without_a_death_stay_an_abduction():
    assert _types("قال مصدر أمني إن مسلحين احتجزوا رهائن أمس في هجوم على مطعم في مدينة كيدال.") == ["abduction"]


# ------------------------------------------------------------------ an aircraft shot down


def test_a_helicopter_downed_by_a_missile_was_attacked_not_striking():
    assert _types("وقال المتمردون إنهم أسقطوا أمس مروحية عسكرية بصاروخ قرب مدينة قلات.") == ["attack"]


def test_a_helicopter_firing_a_missile_strikes_from_the_air():
    assert _types("وأطلقت مروحية عسكرية أمس صاروخا على سيارة قرب مدينة قلات.") == ["air_strike"]
