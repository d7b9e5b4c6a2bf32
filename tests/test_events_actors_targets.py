"""Events stage, targets (actor2): a toll of "persons" names no target, the premises of a
report's source were not hit, and words that only count, repeat or point ("ثلاث مرات",
"إحدى", "تم") are no party. Every sentence is invented; the whole pipeline runs on it."""

from __future__ import annotations

from rasd.model import Article
from rasd.pipeline import analyze


def events(text: str) -> list:
    an = analyze(Article(id="t", text=text, published="2024-03-10"))
    for ev in an.events:  # every argument is tied to the words of the text
        for span in (ev.actor1_span, ev.actor2_span):
            if span is not None:
                assert text[span.start:span.end] == span.text
    return an.events


def test_a_toll_of_persons_names_no_target():
    (ev,) = events("قتل 12 شخصا أمس في هجوم بسيارة مفخخة في مدينة الموصل.")
    assert ev.killed == 12
    assert ev.actor2 is None


def test_a_toll_of_persons_told_with_a_number_word_names_no_target():
    (ev,) = events("انفجرت سيارة مفخخة في الزعفرانية جنوب بغداد ما أدى إلى مقتل خمسة أشخاص على الأقل.")
    assert ev.actor2 is None


def test_persons_killed_by_named_gunmen_keep_their_count():
    (ev,) = events("وفي ولاية يوبي قتل مسلحين خمسة أشخاص.")
    assert ev.actor1 is None and ev.actor1_span.text == "مسلحين"
    assert ev.actor2 == "خمسة أشخاص"


def test_the_site_hit_beats_a_toll_of_persons():
    (ev,) = events("قتل 9 أشخاص أمس عندما فجر انتحاري نفسه في سوق شعبية بمدينة كركوك.")
    assert ev.actor2 == "سوق شعبية"


def test_the_hospital_of_the_source_is_no_target():
    (ev,) = events("انفجرت عبوة ناسفة في بلدة الخالص أمس ما أدى إلى إصابة سبعة أشخاص، "
                   "بحسب مصدر طبي في مستشفى بعقوبة.")
    assert ev.actor2 is None


def test_a_ministry_quoted_as_source_is_no_target():
    (ev,) = events("انفجرت سيارة مفخخة في الزعفرانية أمس ما أدى إلى مقتل ثلاثة أشخاص، "
                   "بحسب مصدر في وزارة الداخلية.")
    assert ev.actor2 is None


def test_a_site_after_the_attack_is_still_the_target():
    (ev,) = events("قتل 4 أشخاص أمس في انفجار عبوة ناسفة داخل مستشفى في مدينة الرمادي.")
    assert ev.actor2 is not None and "مستشفى" in ev.actor2


def test_a_frequency_is_no_target():
    evs = events("واتهمت الشركة الحكومة بأنها قصفت ثلاث مرات ناقلات نفط في ميناء الزويتينة.")
    assert all(ev.actor2 != "ثلاث مرات" for ev in evs)


def test_one_of_alone_is_no_party():
    evs = events("قصفت إحدى طائرات سلاح الجو أحد المراكب قرب سواحل سرت.")
    assert all(ev.actor1 != "إحدى" and ev.actor2 != "إحدى" for ev in evs)


def test_one_of_with_its_noun_is_the_target():
    (ev,) = events("هاجم مسلحون إحدى المدرعات في شارع الجلاء بمدينة العريش.")
    assert ev.actor1 is None and ev.actor1_span.text == "مسلحون"
    assert ev.actor2 == "إحدى المدرعات"
