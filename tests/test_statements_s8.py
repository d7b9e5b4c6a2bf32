"""Statements, round s8: claims told in a relative clause that a name or other words keep
from its noun («تفجير سوق الخضار الذي تبنته ...»، «الهجوم الذي وقع أمس وتبناه ...»), admitting
responsibility («اعترف بمسؤوليته عن»). Whole pipeline, sentences written for the tests."""

from __future__ import annotations

from speech_docs import analyzed_triples as _triples

from rasd.model import Article
from rasd.pipeline import analyze


def test_claim_in_a_relative_clause_after_a_named_attack() -> None:
    got = _triples("وأعاد تفجير سوق الخضار الذي تبنته حركة الشباب المخاوف إلى المدينة.")
    assert [(s, a) for s, _sp, a in got] == [("claim_responsibility", "تفجير سوق الخضار")]


def test_claim_joined_to_a_relative_clause_with_wa() -> None:
    got = _triples("وزار الوزير جرحى الهجوم الانتحاري الذي وقع صباح أمس وتبناه تنظيم داعش.")
    assert [(s, a) for s, _sp, a in got] == [("claim_responsibility", "الهجوم الانتحاري")]
    # without و the verb after the clause is not the clause's
    assert _triples("وزار الوزير موقع الهجوم الذي وقع صباح أمس تبناه أحد.") == []


def test_admitting_responsibility_claims_the_attack() -> None:
    got = _triples("واعترفت الجماعة المسلحة بمسؤوليتها عن تفجير خط الأنابيب.")
    assert [(s, a) for s, _sp, a in got] == [("claim_responsibility", "تفجير خط الأنابيب")]
    # a plain admission stays a confirmation
    got = _triples("واعترف المتحدث العسكري بسقوط الطائرة.")
    assert [s for s, _sp, _a in got] == ["confirm"]


def test_a_call_on_all_parties_is_made_by_the_earlier_speaker() -> None:
    got = _triples("وقال الوسيط الدولي إن المفاوضات ستستأنف غدا، وحث جميع الأطراف على ضبط النفس.")
    assert got == [("demand", "الوسيط الدولي", "ضبط النفس")]
    # with no one named before, «all parties» is not who called
    assert _triples("ودعت جميع الأطراف إلى ضبط النفس.") == []


def test_a_phrase_that_opens_with_a_stance_noun_holds_no_stance() -> None:
    assert _triples("أكد ضرورة تبادل المعلومات بين أجهزة الأمن.") == []
    got = _triples("وقال رئيس اللجنة إن الاجتماع انتهى. وأكد ضرورة تبادل المعلومات بين أجهزة الأمن.")
    assert got == [("demand", "رئيس اللجنة", "تبادل المعلومات بين أجهزة الأمن")]


def test_attack_attributed_to_a_group_accuses_it() -> None:
    got = _triples("وجاءت الغارات بعد يومين على تفجير دام نسبته السلطات إلى الجماعة المتشددة.")
    assert [(s, sp, a) for s, sp, a in got if s == "accuse"] == [("accuse", "السلطات", "الجماعة المتشددة")]
    # «ما نسبته 20 في المائة»: a share
    assert _triples("وارتفعت الهجمات ما نسبته 20 في المائة إلى مستوى قياسي.") == []


def test_stance_verb_opening_a_named_subject_s_own_words() -> None:
    got = _triples("وقال المتحدث إن فرنسا «تدين بشدة الاعتداء على السفارة».")
    assert [(s, sp) for s, sp, _a in got] == [("condemn", "France")]


def test_headline_restated_by_the_body_under_another_name() -> None:
    art = Article.from_parts([
        ("title", "باريس «تدين بشدة» الاعتداء على السفارة"),
        ("paragraph", "أدانت فرنسا بشدة الاعتداء على السفارة في العاصمة."),
    ])
    got = [(s.stance, s.speaker) for s in analyze(art).statements]
    assert got == [("condemn", "France")]


def test_two_attacks_claimed_by_one_group_are_two_claims() -> None:
    got = _triples(
        "قتل عشرة أشخاص في هجوم تبنته حركة طالبان في مدينة قندوز.",
        "وأعلنت حركة طالبان مسؤوليتها عن الهجوم على المطار العسكري في العاصمة.",
        "كما أعلنت حركة طالبان مسؤوليتها عن هجوم قندوز.",
    )
    claims = [a for s, _sp, a in got if s == "claim_responsibility"]
    assert len(claims) == 2 and any("المطار" in a for a in claims)


def test_claim_about_stops_at_a_stance_participle() -> None:
    got = _triples("وتبنت الجماعة في بيان الهجوم متوعدة بمزيد من العمليات.")
    assert ("claim_responsibility", "الهجوم") in [(s, a) for s, _sp, a in got]


def test_headline_kept_when_only_a_later_paragraph_has_another_speaker_on_it() -> None:
    art = Article.from_parts([
        ("title", "المجمع الفقهي يدين الاعتداء على السفارة"),
        ("paragraph", "أعرب المجمع الفقهي عن حزنه للاعتداء على السفارة في العاصمة."),
        ("paragraph", "ومن جهته أدان وزير العدل الاعتداء على السفارة في العاصمة."),
    ])
    speakers = [s.speaker for s in analyze(art).statements if s.stance == "condemn"]
    assert len(speakers) == 2


def test_expressing_condemnation_condemns() -> None:
    got = _triples("وأعربت وزارة الخارجية عن إدانتها واستنكارها الشديدين للهجوم على القافلة.")
    assert got == [("condemn", "وزارة الخارجية", "للهجوم على القافلة")]
    # عبر alone is «via»
    got = _triples("ووصلت المساعدات عبر الحدود إلى المدينة.")
    assert got == []


def test_a_call_from_someone_during_which_he_condemned() -> None:
    got = _triples("وتلقى الوزير اتصالا هاتفيا أمس من رئيس البرلمان الفنلندي أعرب خلاله عن استنكاره للاعتداء على السفارة.")
    assert [(s, sp) for s, sp, _a in got] == [("condemn", "رئيس البرلمان الفنلندي")]


def test_stance_verb_after_a_relative_pronoun_is_its_antecedent_s() -> None:
    got = _triples("وانتقد الوزير تصريحات نائب الرئيس نوري المالكي الذي اتهم الجيران بدعم الإرهاب.")
    assert [(s, sp) for s, sp, _a in got] == [("accuse", "Nouri al-Maliki")]
    # «الذي اتهم بالفساد»: accused himself (passive), no statement of his
    assert _triples("وعاد نوري المالكي الذي اتهم بالفساد إلى بغداد.") == []


def test_relative_clause_on_a_noun_governing_the_name() -> None:
    got = _triples("وقال الوزير إن الاجتماع انتهى، مشيرا إلى ميثاق جامعة الدول العربية الذي يدعو إلى حسن الجوار.")
    assert got == []


def test_a_counted_participle_is_the_accused() -> None:
    assert _triples("وقال المتحدث الأمني إن الأجهزة قبضت على 120 متهما بالانتماء إلى الخلية.") == []
