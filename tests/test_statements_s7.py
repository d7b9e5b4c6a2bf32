"""Statements, round s7: plural and present verb forms, refuting (فند/دحض), blaming
(«أنحى باللائمة على»), «داعيا إلى», a دعا whose speaker ends in a لل-genitive, an accusation
whose phrase after the verb is the accused, an object named inside a verb-first subject phrase,
and a speaker borrowed from a relative clause. Whole pipeline, sentences written for the tests."""

from __future__ import annotations

from speech_docs import analyzed_triples as _triples


def test_plural_condemnation_continues_the_named_speakers() -> None:
    got = _triples("وقال وجهاء القبائل إن الهدوء عاد إلى المنطقة. واستنكروا الاعتداء على مسجد القرية.")
    assert ("condemn", "وجهاء القبائل", "الاعتداء على مسجد القرية") in got
    # a body named inside a relative clause before the verb is not who called
    got = _triples("وتجمع ذوو الصيادين الذين تحتجزهم البحرية الإريترية أمام الوزارة، ودعوا إلى الإفراج عنهم.")
    assert all(sp is None or ("البحرية" not in sp and "Eritrea" not in sp) for _s, sp, _a in got)


def test_refuting_claims_is_a_denial() -> None:
    got = _triples("وفندت وزارة الزراعة الادعاءات التي نشرتها الصحيفة.")
    assert [(s, a) for s, _sp, a in got] == [("deny", "الادعاءات التي نشرتها الصحيفة")]
    assert _triples("وفند المهندس الخطة بالأرقام.") == []  # refuting a plan denies nothing



def test_laying_the_blame_on_someone_accuses_them() -> None:
    got = _triples("وألقى محافظ المدينة باللائمة على عصابات التهريب في إشعال الحريق.")
    assert len(got) == 1
    stance, speaker, about = got[0]
    assert stance == "accuse" and speaker == "محافظ المدينة"
    assert about.startswith("عصابات التهريب")
    # «وأُلْقِيَ»: the vowels say passive; the last speaker did not blame anyone
    assert _triples("وقال شهود إن الطريق أغلق. وأُلْقِيَ باللائمة على المهربين في إغلاقه.") == []


def test_calling_for_participle_demands_for_the_sentence_speaker() -> None:
    got = _triples("وقال رئيس البلدية إن المياه ستعود غدا، داعيا إلى ترشيد الاستهلاك.")
    assert ("demand", "رئيس البلدية", "ترشيد الاستهلاك") in got


def test_call_whose_speaker_has_a_genitive_with_lil() -> None:
    got = _triples("ودعا المدير العام للهيئة الموظفين إلى الالتزام بالمواعيد.")
    assert [(s, a) for s, _sp, a in got] == [("demand", "الالتزام بالمواعيد")]


def test_accused_right_after_the_verb_is_not_the_accuser() -> None:
    got = _triples("وقال قائد الشرطة إن التحقيق مستمر. واتهم عصابات مسلحة بسرقة المواشي.")
    assert [(s, sp) for s, sp, _a in got] == [("accuse", "قائد الشرطة")]
    assert got[0][2].startswith("عصابات مسلحة")


def test_accusation_without_an_earlier_speaker_is_dropped() -> None:
    assert _triples("واتهم عصابات مسلحة بسرقة المواشي.") == []


def test_country_after_a_definite_title_is_the_object() -> None:
    got = _triples("واتهم الوزير الكندي روسيا بتزوير الأدلة.")
    assert [(s, sp) for s, sp, _a in got] == [("accuse", "الوزير الكندي")]



def test_claimed_responsibility_with_idda_a() -> None:
    got = _triples("وادعت الجبهة الشعبية مسؤوليتها عن خطف الصحفيين.")
    assert [(s, sp) for s, sp, _a in got] == [("claim_responsibility", "Popular Front for the Liberation of Palestine")]
