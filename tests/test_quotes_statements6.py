"""Speakers and stances in round 6 (invented news sentences): an act named after a stance verb
is what it is about, not who holds it; a stance said with «أنها» or reported inside a quote; the
name set off after «، ويدعى»; names the tagger cut short; quotation marks that open nothing;
quoted by-names; «البيان» after a relative clause."""

from __future__ import annotations

from speech_docs import add_mention, direct_quotes, make_doc, run_speech, statement_triples


def stances(doc) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(stance, speaker) for stance, speaker, _about in statement_triples(run_speech(doc))]


# -- an act after a stance verb is its object; the last speaker goes on


def test_a_killing_after_a_subjectless_denial_is_what_is_denied() -> None:
    doc = make_doc("وقال المتحدث باسم الحركة إن «المستهدفين كانوا جنودا». ونفى مقتل أي مدنيين في القصف.")
    # a spokesman's statement is his principal's
    assert ("deny", "الحركة") in [(s, sp) for s, sp, _a in statement_triples(run_speech(doc))]
    abouts = [a for s, _sp, a in statement_triples(doc) if s == "deny"]
    assert abouts == ["مقتل أي مدنيين في القصف"]


def test_a_coordinated_condemnation_of_an_act_keeps_the_first_verbs_subject() -> None:
    doc = make_doc("وأدانت منظمة العفو الدولية الأحكام واستنكرت احتجاز الصحفيين دون محاكمة.")
    add_mention(doc, "منظمة العفو الدولية", "ORG", "Amnesty International")
    got = stances(doc)
    assert got and all(sp == "Amnesty International" for _s, sp in got)


def test_a_verbal_noun_that_names_a_source_still_speaks() -> None:
    doc = make_doc("وأكد تحقيق أممي مقتل عشرات المدنيين في القصف.")
    assert stances(doc) == [("confirm", "تحقيق أممي")]


def test_a_plural_of_people_is_no_act() -> None:
    doc = make_doc("واستنكر أبناء القبيلة الهجوم الإرهابي على المسجد.")
    got = stances(doc)
    assert len(got) == 1 and got[0][0] == "condemn" and (got[0][1] or "").startswith("أبناء")


# -- a stance said with «أنها», or reported inside a quote


def test_a_condemnation_after_annaha_is_the_speakers() -> None:
    doc = make_doc("وأكدت الحكومة في بيان أنها «تدين هذا العمل الجبان الذي لن يمر دون عقاب».")
    assert stances(doc) == [("condemn", "الحكومة")]


def test_an_unquoted_condemnation_after_annahu_is_the_speakers_too() -> None:
    doc = make_doc("وأكد الوزير أنه يدين هذا العمل الجبان.")
    assert stances(doc) == [("condemn", "الوزير")]


def test_a_described_threat_is_no_statement() -> None:
    doc = make_doc("ووصف الرئيس الهجوم بأنه يهدد استقرار البلاد.")
    assert stances(doc) == []


def test_a_named_subject_after_a_stance_verb_inside_a_quote_holds_it() -> None:
    doc = make_doc(
        "وقالت البعثة في بيان: «في ضوء التقدم الذي تحقق، يحث السيد يانسن الأطراف على تسريع المحادثات»."
    )
    add_mention(doc, "يانسن", "PER", "Erik Jansen")
    assert ("demand", "Erik Jansen") in stances(doc)


# -- names


def test_the_name_after_a_comma_and_yud3a_speaks() -> None:
    doc = make_doc("وقال أحد الصيادين ، ويدعى سالم حمدان، لوكالة الأنباء المحلية إن «القارب غرق قرب الشاطئ».")
    assert direct_quotes(run_speech(doc)) == [("سالم حمدان", "القارب غرق قرب الشاطئ")]


def test_a_given_name_the_tagger_left_out_joins_the_family_name() -> None:
    doc = make_doc('وقال المتحدث باسم الشرطة العقيد موسى كيلاني في بيان إن "الدورية تعرضت لإطلاق نار".')
    add_mention(doc, "كيلاني", "PER", "كيلاني")  # the tagger found only the family name
    assert direct_quotes(run_speech(doc)) == [("موسى كيلاني", "الدورية تعرضت لإطلاق نار")]


def test_a_family_name_in_b_before_who_was_told_is_part_of_the_name() -> None:
    doc = make_doc('وأعلن محافظ الإقليم عبدالغفار بارع للصحافيين "المهاجمون فروا نحو الجبال".')
    assert direct_quotes(run_speech(doc)) == [("عبدالغفار بارع", "المهاجمون فروا نحو الجبال")]


# -- quotation marks


def test_a_glued_straight_mark_before_a_comma_opens_no_quote() -> None:
    doc = make_doc(
        'وفي بيان نشره التنظيم، اعلن مسؤوليته عن تفجير عبوة في حي الكرادة"، واخرى في حي الشعب". '
        "وقال التنظيم ان التفجيرين استهدفا مقاتلين."
    )
    assert all(not q.startswith("،") for _sp, q in direct_quotes(run_speech(doc)))


def test_a_quoted_kunya_is_a_name_not_speech() -> None:
    doc = make_doc("وتبنى التنظيم الهجوم، وقال في بيان إن «أبوعمر الليبي» فجر سيارته المفخخة قرب الحاجز.")
    assert all("أبوعمر" not in q for _sp, q in direct_quotes(run_speech(doc)))


def test_a_quoted_family_name_of_an_earlier_speaker_is_a_name() -> None:
    doc = make_doc(
        'وقال الناطق باسم الوزارة إياد الحسني: إنه "تم توقيف عناصر يشتبه في ضلوعهم في التفجيرات". '
        'وشدد "الحسني" على أن الوزارة لن تسمح بالمس بالأمن.'
    )
    add_mention(doc, "إياد الحسني", "PER", "Iyad al-Husni")
    assert [q for _sp, q in direct_quotes(run_speech(doc))] == ["تم توقيف عناصر يشتبه في ضلوعهم في التفجيرات"]


def test_brackets_inside_a_quoted_group_name_do_not_push_the_claim_out_of_reach() -> None:
    doc = make_doc(
        'وتبنت جماعة مسلحة تطلق على نفسها اسم "احفاد (الفاتحين) في الساحل الغربي" في يونيو اطلاق صاروخين على ثكنة.'
    )
    assert stances(doc) == [("claim_responsibility", "احفاد (الفاتحين) في الساحل الغربي")]


# -- the statement a later «البيان» belongs to


def test_al_bayan_is_the_issuers_even_after_a_relative_clause() -> None:
    doc = make_doc(
        "وقالت اللجنة الدولية التي يرأسها القاضي ماركو فيري في بيان: «العمل سيستمر حتى نهاية الشهر».",
        "وأضاف البيان قائلا: «سيصدر التقرير النهائي في الخريف».",
    )
    add_mention(doc, "اللجنة الدولية", "ORG", "International Commission")
    got = dict((q, sp) for sp, q in direct_quotes(run_speech(doc)))
    assert got["سيصدر التقرير النهائي في الخريف"] == "International Commission"


def test_a_plural_verb_inside_a_quote_takes_no_named_subject() -> None:
    doc = make_doc("وقال المسؤول: «هؤلاء سبق واتهموا قوات الحماية بارتكاب تجاوزات في القرى».")
    add_mention(doc, "قوات الحماية", "ORG", "Protection Forces")
    assert all(sp != "Protection Forces" for _s, sp in stances(doc))


def test_an_adverb_before_a_tagged_name_is_no_given_name() -> None:
    doc = make_doc('وقال وزير الداخلية سابقا محمد كيلاني إن "الأمن هش في الجنوب".')
    add_mention(doc, "محمد كيلاني", "PER", "محمد كيلاني")
    assert direct_quotes(run_speech(doc)) == [("محمد كيلاني", "الأمن هش في الجنوب")]
