"""Event places, third round: a referring noun that a verb of taking place follows ("الصاروخ
سقط على حي X") says where the happening was; a compass part of a countryside ("ريف حلب
الشمالي") is a region of its own; a quarter after "بحي" is read like one after "حي".

All sentences are invented news."""

from __future__ import annotations

from event_docs import news_events as events_of

from rasd.extract.places import compass_part_end, direction_adjectives
from rasd.model import Article
from rasd.pipeline import analyze


def first_place(*paragraphs: str):
    evs = [e for e in events_of(*paragraphs) if e.place is not None]
    assert evs, "no event with a place"
    return evs[0].place


def assert_span_indexes_text(*paragraphs: str) -> None:
    art = Article.from_parts([("title", "خبر")] + [("paragraph", p) for p in paragraphs],
                             published="2024-03-10", id="t")
    for ev in analyze(art).events:
        if ev.place is not None and ev.place.span is not None:
            s = ev.place.span
            assert art.text[s.start:s.end] == s.text


# ------------------------------------------------------------------ a verb of taking place


def test_the_quarter_where_the_shell_fell_is_the_place():
    text = ("قتل تسعة أشخاص أمس في سقوط قذيفة أطلقتها القوات الحكومية على حي سكني وسط مدينة حمص. "
            "وقال المرصد إن القذيفة، سقطت على حي الوعر الغربي في المدينة.")
    place = first_place(text)
    assert place.span is not None and place.span.text == "حي الوعر الغربي"
    assert place.country == "SY"
    assert_span_indexes_text(text)


def test_clashes_that_went_on_in_a_quarter_take_it():
    place = first_place("اندلعت اشتباكات بين الشرطة ومسلحين في مدينة إسطنبول أمس. "
                        "واستمرت الاشتباكات حتى فجر اليوم في حي كارتال على الجانب الآسيوي.")
    assert place.span is not None and place.span.text == "حي كارتال"
    assert place.country == "TR"


def test_a_referring_noun_without_such_a_verb_names_no_place():
    # the governor condemned the attack from Erbil: the attack stays in Kirkuk
    place = first_place("أصيب شرطيان في هجوم على دورية في مدينة كركوك. "
                        "وأدان المحافظ الهجوم في بيان وزعه في مدينة أربيل.")
    assert place.name == "Kirkuk"


def test_a_place_close_after_the_referring_noun_still_wins():
    # "الاشتباكات في X" names the place right away; later quarters of the clause do not
    place = first_place("واستمرت الاشتباكات في حي الميدان وفي منطقة الصناعة بمدينة دير الزور أمس.")
    assert place.span is not None and place.span.text == "حي الميدان"


# ------------------------------------------------------------------ a compass part of a countryside


def test_northern_countryside_is_a_region_of_its_own():
    place = first_place("قتل خمسة مسلحين في اشتباكات مع فصائل المعارضة في ريف حلب الشمالي أمس.")
    assert place.name == "ريف حلب الشمالي"
    assert place.country == "SY"
    assert place.lat is not None  # the governorate's coordinates


def test_countryside_without_a_compass_word_stays_the_governorate():
    place = first_place("قتل سبعة مدنيين في قصف استهدف ريف إدلب أمس.")
    assert place.name == "Idlib Governorate"


def test_compass_adjectives_are_data():
    assert "الشمالي" in direction_adjectives() and "الغربيه" in direction_adjectives()
    norm = ["ريف", "حلب", "الشمالي", "الغربي", "امس"]
    assert compass_part_end(norm, 2, len(norm)) == 4
    assert compass_part_end(norm, 1, len(norm)) == 1


# ------------------------------------------------------------------ "بحي"


def test_a_quarter_after_bi_hay_is_the_place():
    text = "قتل جنديان في انفجار عبوة ناسفة بحي الزهور في مدينة العريش أمس."
    place = first_place(text)
    assert place.span is not None and place.span.text == "حي الزهور"  # the clitic stays outside
    assert place.country == "EG"
    assert_span_indexes_text(text)
