"""Speaker phrases that point elsewhere: «المصادر ذاتها», a title the tagger took for a person,
a group that names itself, and speech verbs that report nothing (invented news sentences)."""

from __future__ import annotations

from speech_docs import add_mention, make_doc

from rasd.extract.quotes import extract_quotes
from rasd.extract.statements import extract_statements
from rasd.pipeline import Doc


def quotes_of(doc: Doc) -> list[tuple[str, str | None]]:
    extract_quotes(doc)
    return [(q.span.text, q.speaker) for q in doc.analysis.quotes if q.direct]


def stances_of(doc: Doc) -> list[tuple[str, str | None]]:
    extract_quotes(doc)
    extract_statements(doc)
    return [(s.stance, s.speaker) for s in doc.analysis.statements]


def test_the_same_sources_are_the_sources_cited_through_naqlan_an() -> None:
    doc = make_doc(
        "وذكرت وكالة الأنباء الرسمية نقلا عن مصادر عسكرية مطلعة، أن «الجيش استعاد السيطرة على التلال».",
        "وأوضحت المصادر ذاتها، أن «العملية استمرت ست ساعات».",
    )
    got = dict(quotes_of(doc))
    assert got["الجيش استعاد السيطرة على التلال"] == "مصادر عسكرية مطلعة"
    assert got["العملية استمرت ست ساعات"] == "مصادر عسكرية مطلعة"


def test_the_same_source_without_a_match_of_its_head_is_the_last_speaker() -> None:
    doc = make_doc(
        "وقال مسؤول في الميناء إن «السفن عادت إلى الرصيف».",
        "وأضاف المصدر نفسه أن «الحركة ستعود طبيعية غدا».",
    )
    assert dict(quotes_of(doc))["الحركة ستعود طبيعية غدا"] == "مسؤول في الميناء"


def test_a_title_tagged_as_a_person_gives_way_to_the_name_after_it() -> None:
    doc = make_doc("ودعا خطيب جمعة البصرة كاظم الحلفي المصلين إلى الهدوء، وقال «لن نسمح بالفوضى».")
    add_mention(doc, "خطيب جمعة", "PER", "خطيب جمعة")  # the tagger's mistake
    assert quotes_of(doc) == [("لن نسمح بالفوضى", "كاظم الحلفي")]


def test_a_definite_khatib_is_still_a_family_name() -> None:
    doc = make_doc("وقال سامي الخطيب إن «الأضرار محدودة».")
    assert quotes_of(doc) == [("الأضرار محدودة", "سامي الخطيب")]


def test_a_group_that_names_itself_speaks_under_that_name() -> None:
    doc = make_doc('وتبنت جماعة مسلحة تطلق على نفسها اسم "سرايا الفجر" في بيان تفجير العبوة قرب الجسر.')
    assert stances_of(doc) == [("claim_responsibility", "سرايا الفجر")]


def test_a_short_quoted_name_in_the_subject_does_not_push_the_needed_word_out() -> None:
    doc = make_doc(
        "وتبنت مجموعة صغيرة تنشط في الريف الشرقي منذ أشهر وتطلق على نفسها «كتائب النصر المبين» "
        "أمس الهجوم على الحاجز."
    )
    assert [st for st, _ in stances_of(doc)] == ["claim_responsibility"]


def test_a_speech_verb_after_an_is_no_report() -> None:
    # «محذرا من أن يقول الشعب كلمته في «...»»: the people have said nothing; the quote is the warner's
    doc = make_doc("وطالب النائب محمد الحلبي بحماية المحتجين، محذرا من أن يقول الشعب كلمته في «يوم لا ينفع الندم».")
    assert quotes_of(doc) == [("يوم لا ينفع الندم", "محمد الحلبي")]
    doc = make_doc("ومن المقرر أن يعلن الوزير مسؤوليته عن القرار غدا.")
    assert stances_of(doc) == []
