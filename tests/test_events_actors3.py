"""Events stage, actors round 3 (perpetrators): the subject of a support verb whose object is
the happening's verbal noun ("قام ثلاثة مسلحين بخطف", "تمكنت الشرطة من اعتقال", "أقدم
مجهولون على اغتيال") carried it out, a counted group included; "عملية الخطف قام بها X" and a
dual pronoun ("تفجيرين نفذهما التنظيم") name the doer after the happening; a verbal noun
right after the support verb leaves no room for a subject. Every sentence is invented for these
tests; documents are built by hand (see event_docs) so the actor rules are tested on their own."""

from __future__ import annotations

from event_docs import build
from event_docs import run_events as run


def one(text: str, **kw) -> object:
    (ev,) = run(build([("paragraph", text)], **kw))
    return ev


def test_a_counted_group_after_a_support_verb_is_its_subject():
    ev = one("وقام أربعة ملثمين في الشهر الماضي بخطف مهندس زراعي في قرية الريحان.")
    assert ev.type == "abduction"
    assert ev.actor1 == "أربعة ملثمين"
    assert ev.actor2 is not None and ev.actor2.startswith("مهندس")


def test_the_subject_of_could_is_who_arrested():
    ev = one("تمكنت دوريات الجمارك مساء الأحد من توقيف شاحنة محملة بالأسلحة قرب المعبر.",
             mentions=[("دوريات الجمارك", "ORG", "Customs Patrols", "police", "JO")])
    assert ev.type == "arrest"
    assert ev.actor1 == "Customs Patrols"


def test_the_subject_of_dared_is_the_killer():
    ev = one("أقدم مسلحون على اغتيال قاض في مدينة الزهراء.")
    assert ev.actor1_span is not None and ev.actor1_span.text == "مسلحون"


def test_a_support_verb_with_its_pronoun_on_the_preposition_names_the_doer_after_it():
    ev = one("خطف مهندس في بلدة الريحان ويعتقد أن عملية الخطف قام بها جيش الأحرار.",
             mentions=[("جيش الأحرار", "ORG", "Army of the Free", "armed_group", "SY")])
    assert ev.actor1 == "Army of the Free"


def test_a_dual_pronoun_refers_to_two_attacks_and_the_group_named_before():
    events = run(build([("paragraph", "وكان جيش الأحرار قد توعد المدينة بالثأر. وقتل عشرون جنديا "
                                      "في تفجيرين انتحاريين نفذهما التنظيم في ريف المدينة.")],
                       mentions=[("جيش الأحرار", "ORG", "Army of the Free", "armed_group", "SY")]))
    bombings = [ev for ev in events if ev.type in ("bombing", "suicide_bombing")]
    assert bombings and all(ev.actor1 == "Army of the Free" for ev in bombings)


def test_a_verbal_noun_right_after_the_support_verb_leaves_no_subject():
    for ev in run(build([("paragraph", "وقال المحامي إن الجهة التي قامت بتنفيذ الهجوم على القرية معروفة.")])):
        assert ev.actor1_span is None or "بتنفيذ" not in ev.actor1_span.text
