"""Events: actors, round 9. Civilian victims are written as the text words them (the ACLED
export still codes them Civilians); "بين الطرفين" names the two parties told before; an arrest
with no one making it was made by the army or police told of last; a target phrase runs to the
end of the place it names, and a bare site noun is the named site the event took place at;
"أعضائه" is members too. Every sentence is invented; the whole pipeline runs."""

from __future__ import annotations

from event_docs import events_of_type as of_type

from rasd.export import acled_row
from rasd.model import Article


def test_civilians_are_written_as_the_text_words_them():
    evs = of_type("قتل 12 مدنيين وأصيب 20 آخرون في انفجار سيارة مفخخة في مدينة كركوك.", "bombing")
    assert evs
    assert evs[0].actor2 == "مدنيين"


def test_the_acled_export_still_codes_the_civilians_as_civilians():
    text = "قتل 12 مدنيين وأصيب 20 آخرون في انفجار سيارة مفخخة في مدينة كركوك."
    evs = of_type(text, "bombing")
    assert evs and evs[0].actor2 == "مدنيين"
    row = acled_row(Article.from_parts([("paragraph", text)]), evs[0])
    assert row is not None and row["actor2"].startswith("Civilians")


def test_a_clash_between_the_two_sides_takes_the_parties_named_before():
    evs = of_type("طردت قوات المقاومة الشعبية الحوثيين من مدينة الضالع أمس بعد معارك عنيفة بين الطرفين.",
                  "armed_clash")
    assert evs
    assert evs[0].actor1 == "Popular Resistance"
    assert evs[0].actor2 == "Houthis"


def test_the_two_sides_may_be_named_in_the_sentence_before():
    evs = of_type("وتتنافس قبائل التبو والطوارق على السيطرة على مدينة أوباري. "
                  "وقال مسؤول محلي إن اشتباكات اندلعت بين الطرفين أمس في المدينة.", "armed_clash")
    assert evs
    assert {evs[0].actor1, evs[0].actor2} == {"Tebu", "Tuareg"}


def test_an_agentless_arrest_was_made_by_the_army_told_of_before():
    evs = of_type("وقال الجيش النيجيري إنه هاجم معسكرا لبوكو حرام قرب مدينة باما أمس. "
                  "وأضاف أنه تم القبض على قائد ميداني في الحركة.", "arrest")
    assert evs
    assert evs[0].actor1 == "Nigerian Armed Forces"


def test_an_agentless_arrest_takes_the_police_as_the_text_words_them():
    evs = of_type("وطوقت الشرطة المبنى بعد تبادل لإطلاق النار في مدينة إزمير. "
                  "وقال مكتب المحافظ إنه جرى اعتقال أحد المهاجمين بعد إصابته.", "arrest")
    assert evs
    assert evs[0].actor1 == "الشرطة"


def test_a_word_after_a_relative_verb_is_no_arrester():
    evs = of_type("وقالت الشرطة إن الرجل الذي اعتقل يبلغ من العمر 40 عاما في مدينة أضنة.", "arrest")
    assert [e.actor1 for e in evs] == ["الشرطة"]
    # nor is the present-tense verb the one arrested (or abducted)
    assert all(e.actor2 != "يبلغ" for e in evs)
    evs = of_type("وأفاد المصدر بأن الشاب الذي خطف يعمل في شركة نفطية في مدينة بنغازي.", "abduction")
    assert evs and all(e.actor2 != "يعمل" for e in evs)
    # a name that starts like such a verb is still the one arrested
    evs = of_type("واعتقلت قوات الأمن يوسف الحمداني في مدينة الموصل.", "arrest")
    assert evs and evs[0].actor2 == "يوسف الحمداني"
    # a nisba noun in ي is a people, not a verb
    evs = of_type("وهناك جرائم كثيرة حيث قتل أكثر من 40 يمنيا في المدينة.", "attack")
    assert [e.actor2 for e in evs] == ["يمنيا"]


def test_a_target_runs_to_the_end_of_the_city_it_names():
    evs = of_type("قصفت قوات النظام أحد أحياء مدينة حمص أمس مما أدى إلى مقتل ثلاثة أطفال.", "shelling")
    assert evs
    assert evs[0].actor2 == "أحد أحياء مدينة حمص"


def test_a_bare_site_noun_is_the_named_site_the_attack_took_place_at():
    evs = of_type("قتل مسلحون سبعة أشخاص في هجوم على قرية شمالي نيجيريا. "
                  "وأحرق المهاجمون عشرات المنازل في قرية دالوري المتاخمة للحدود.", "attack")
    assert evs
    assert evs[0].actor2 == "قرية دالوري"


def test_members_with_a_pronoun_after_the_hamza_seat_are_the_group():
    evs = of_type("اعترفت حركة طالبان بمقتل ثلاثة من أعضائها في غارة جوية على ولاية هلمند.", "air_strike")
    assert evs
    assert evs[0].actor2 == "Taliban"
