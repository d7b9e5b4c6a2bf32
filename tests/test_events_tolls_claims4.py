"""Events: tolls and claims, round 4. "أعلنت <a long subject> مسؤولية الجماعة عن التفجير"
claims past the claim cues' gap; a clause of the same sentence that lists its own victims and
its own happening shares the casualty verb told before it ("وقتل طفلان في غارة، وامرأة وطفلها
في قصف"). Every sentence is invented; the whole pipeline runs."""

from __future__ import annotations

from event_docs import events_of_text as events_of


def violent(text: str) -> list:
    return [e for e in events_of(text) if e.claim is not None]


def test_claim_with_a_long_subject_claims():
    evs = violent("قال مسؤولون إن انفجارا وقع أمس أمام مركز للشرطة في مدينة الإسكندرية وأصاب ثلاثة مجندين.\n"
                  "وأعلنت ما يسمى مكتب الإعلام الناطق باسم جماعة (أنصار بيت المقدس) في سيناء مسؤولية "
                  "الجماعة عن التفجير.")
    assert [e.claim for e in evs] == ["claimed"]


def test_responsibility_for_nothing_is_no_long_claim():
    evs = violent("قال مسؤولون إن انفجارا وقع أمس أمام مركز للشرطة في مدينة الإسكندرية وأصاب ثلاثة مجندين.\n"
                  "وأعلن وزير الداخلية في مؤتمر صحفي عقده مساء أمس في مقر الوزارة بالعاصمة أنه يتحمل "
                  "المسؤولية السياسية.")
    assert [e.claim for e in evs] == ["unclaimed"]


def test_negated_long_claim_is_unclaimed():
    evs = violent("قتل خمسة أشخاص أمس في انفجار سيارة مفخخة في سوق بمدينة بعقوبة.\n"
                  "ولم تعلن حتى مساء أمس أي جهة من الجماعات المسلحة الناشطة في المحافظة والمناطق المجاورة "
                  "مسؤوليتها عن التفجير.")
    assert [e.claim for e in evs] == ["unclaimed"]


def test_victims_of_a_gapped_clause_share_the_verb():
    evs = violent("وقتل طفلان شقيقان أمس في غارة من طائرات حربية على مدينة معرة النعمان، وامرأة وطفلها "
                  "في قصف جوي على قرية كفرنبل في ريف إدلب.")
    assert sorted((e.type, e.killed) for e in evs) == [("air_strike", 2), ("air_strike", 2)]


def test_a_number_in_a_gapped_clause_shares_the_verb():
    evs = violent("وقتل خمسة جنود أمس في هجوم على حاجز في مدينة الرمادي، و3 مدنيين في تفجير عبوة ناسفة "
                  "في مدينة الفلوجة.")
    assert sorted((e.type, e.killed) for e in evs) == [("attack", 5), ("bombing", 3)]


def test_a_clause_of_other_doers_counts_no_victims():
    evs = violent("وقتل جنديان أمس في كمين بمدينة درنة، ومسلحون يهاجمون حاجزا في سرت.")
    assert all(e.killed in (2, None) for e in evs)
    assert [e.killed for e in evs if e.killed is not None] == [2]
