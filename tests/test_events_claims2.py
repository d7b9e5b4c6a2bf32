"""Events: claim status of happenings. A happening noun followed by its adjectives and a لـ-phrase
("هجمات مفترضة لحركة ...", "هجومين جديدين ل «...»") is blamed on that group, and the one group a
summary of the day's attacks is blamed on passes to each attack told without a perpetrator; a
state's strike told inside a quotation of its own forces' spokesman is claimed. Every sentence
is invented; the whole pipeline runs."""

from __future__ import annotations

from rasd.model import Article
from rasd.pipeline import analyze


def events_of(text: str, title: str = "") -> list:
    parts = ([("title", title)] if title else []) + [("paragraph", p) for p in text.split("\n") if p.strip()]
    art = Article.from_parts(parts)
    art.published = "2024-03-10"
    an = analyze(art)
    return [e for e in an.events if e.claim is not None]


def test_a_summary_blamed_past_its_adjective_lends_its_group_to_each_attack():
    evs = events_of(
        "قتل أكثر من 30 شخصا أمس في هجمات مفترضة لحركة بوكو حرام في شمال نيجيريا. "
        "والهجوم المزدوج في مدينة مايدوغوري أسفر عن مقتل 12 شخصا على الأقل، "
        "فيما لقي 18 شخصا مصرعهم في تفجيرين استهدفا سوقا في مدينة يولا.")
    assert evs, "the attacks are events"
    assert all(e.actor1 == "Boko Haram" and e.claim == "attributed" for e in evs)


def test_a_headline_with_the_preposition_written_apart_blames_the_group():
    evs = events_of(
        "قتل ستة أشخاص أمس في هجوم نفذته انتحارية في سوق مزدحمة في مدينة مايدوغوري.\n"
        "وفي ولاية يوبي، قتل أربعة أشخاص أمس في هجوم انتحاري على مسجد في مدينة داماتورو.",
        title="مقتل 10 أشخاص في هجومين جديدين ل «بوكو حرام» في نيجيريا")
    assert len(evs) == 2
    assert all((e.actor1, e.claim) == ("Boko Haram", "attributed") for e in evs)


def test_a_lam_word_is_the_group_not_an_adjective():
    # "لمسلحي" begins like the adjective "مسلح" but is the لـ-phrase that names the doer
    evs = events_of("قتل خمسة جنود أمس في هجوم لمسلحي حركة الشباب على قاعدة عسكرية في جنوب الصومال.")
    assert [(e.actor1, e.claim) for e in evs] == [("al-Shabaab", "attributed")]


def test_a_target_after_a_preposition_is_no_perpetrator():
    evs = events_of("قتل خمسة أشخاص أمس في هجوم على مقر جديد لحركة الشباب في مقديشو.")
    assert all(e.actor1 != "al-Shabaab" for e in evs)


def test_an_air_force_spokesman_quoted_claims_the_air_force_strike():
    evs = events_of(
        "وقال العقيد سالم الورفلي -وهو متحدث باسم القوات الجوية-: «سلاح الجو قام أمس بقصف "
        "تمركزات للمجموعات الإرهابية في منطقة الصابري».")
    assert [e.claim for e in evs if e.type == "air_strike"] == ["claimed"]


def test_a_quoted_strike_by_another_voice_is_not_claimed():
    evs = events_of(
        "وقال أحد سكان المنطقة: «سلاح الجو قام أمس بقصف منازل في منطقة الصابري».")
    assert [e.claim for e in evs if e.type == "air_strike"] == ["attributed"]
