"""Event detection, session 10 (helper F): happenings a filter threw away (a habit told in a
relative clause about the place, plural air strikes that were carried out)."""

from event_docs import events_of_text
from event_docs import sorted_types as _types

# ------------------------------------------------------------------ a habit told of the place, not of the happening


def test_habit_of_the_region_in_a_relative_clause_keeps_the_bombing():
    evs = events_of_text("قتل 12 شخصا السبت في تفجير نفذه انتحاري في سوق بلدة كولوفاتا، "
                         "المنطقة التي يهاجمها بانتظام مسلحو الجماعة.")
    assert [e.type for e in evs] == ["suicide_bombing"]


def test_usual_crowd_of_the_place_keeps_the_blast():
    assert _types("وقتل خمسة أشخاص الأحد في انفجار عبوة ناسفة في مقهى بوسط المدينة "
                  "التي تكون مكتظة عادة في المساء.") == ["bombing"]


def test_habit_before_any_relative_is_still_general():
    assert _types("ويستهدف المسلحون بانتظام قوافل الجيش في المنطقة.") == []


def test_habit_of_the_attacks_themselves_is_still_general():
    assert _types("وقتل ثلاثة جنود في الهجمات التي يشنها عادة المتمردون على الطريق.") == []


# ------------------------------------------------------------------ plural air strikes carried out


def test_indefinite_strikes_that_hit_targets_are_reported():
    assert _types("وقالت مصادر محلية إن غارات عنيفة استهدفت مواقع المتمردين في محافظة صعدة.") == ["air_strike"]


def test_strikes_that_target_in_the_present_are_not():
    assert _types("وقالت مصادر إن غارات تستهدف مواقع المتمردين في محافظة صعدة.") == []


def test_a_number_of_strikes_launched_by_aircraft_after_a_long_subject():
    assert _types('وشنت طائرات الأباتشي و"اف 16" عددا من الغارات المكثفة على مواقع '
                  "المتمردين في محافظة صعدة.") == ["air_strike"]


def test_a_number_of_strikes_over_the_years_is_no_report():
    assert _types("وتعرضت المدينة لعدد من الغارات خلال السنوات الماضية.") == []


def test_a_series_of_attacks_that_hit_people_sums_up():
    assert _types("وتبنى التنظيم سلسلة هجمات استهدفت مدنيين ومسؤولين في العاصمة.") == []


def test_hypothesis_in_a_relative_clause_still_reaches_the_whole_clause():
    assert _types("وما حصل من مظاهرات في المدينة يجعل الشهرين اللذين يليان الانتخابات "
                  "مرشحين لتطورات خطيرة في حال لم تتفق الكتل.") == []


# ------------------------------------------------------------------ what happened before, recalled


def test_attacks_undergone_before_are_not_another_attack():
    evs = events_of_text("وقتل ثلاثة أشخاص أمس في هجوم على فندق في العاصمة. وكان الفندق قد تعرض "
                         "في السابق لهجمات مماثلة، وتسبب هجوم أمس في تصاعد الدخان فوق الساحل.")
    assert [e.type for e in evs] == ["attack"]
    assert evs[0].date == "2024-03-09"
