"""Quotes and statements, round 3: guillemets printed the other way round, a spokesman's quoted
name, media published by a speaker, construct group names, and a denial's about."""

from __future__ import annotations

import pytest
from speech_docs import direct_quotes, make_doc
from speech_docs import run_speech as run
from speech_docs import statement_triples as statements

from rasd.extract import quotes as quotes_mod


@pytest.fixture(autouse=True)
def no_actor_lexicon(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quotes_mod, "lookup_actor", None)


# ------------------------------------------------------------------ reversed guillemets


def test_reversed_guillemets_open_after_a_colon_and_close_before_punctuation() -> None:
    doc = run(make_doc("وقال محافظ المدينة سالم العبيدي :» إن القوات استعادت السيطرة على الحي الشرقي «.. وأضاف أن الوضع هادئ."))
    assert direct_quotes(doc) == [("سالم العبيدي", "إن القوات استعادت السيطرة على الحي الشرقي")]


def test_a_doubled_reversed_opener_is_not_part_of_the_quote() -> None:
    doc = run(make_doc("وقال سالم العبيدي في تصريح له :»» إن الجماعة تتحمل المسؤولية عن أي اعتداء على القرية «."))
    ((speaker, text),) = direct_quotes(doc)
    assert speaker == "سالم العبيدي"
    assert text.startswith("إن الجماعة") and text.endswith("على القرية")
    ((stance, st_speaker, about),) = statements(doc)
    assert (stance, st_speaker) == ("accuse", "سالم العبيدي")
    assert not about.startswith("»")


def test_an_unclosed_reversed_quote_ends_where_the_next_one_is_reported() -> None:
    doc = run(make_doc(
        "وقالت مصادر محلية :» إن الطائرات قصفت مخزنا للسلاح قرب الميناء.. بدوره قال سالم العبيدي :»إن القصف استهدف مدنيين «."
    ))
    assert direct_quotes(doc) == [
        ("مصادر محلية", "إن الطائرات قصفت مخزنا للسلاح قرب الميناء"),
        ("سالم العبيدي", "إن القصف استهدف مدنيين"),
    ]


def test_a_mark_glued_to_a_word_inside_a_reversed_quote_does_not_close_it() -> None:
    doc = run(make_doc("وقال سالم العبيدي :» إن المحكمة قررت سجن الناشط»دون تهمة»."))
    ((_speaker, text),) = direct_quotes(doc)
    assert text.startswith("إن المحكمة") and text.endswith("دون تهمة")


def test_ordinary_guillemets_are_unchanged() -> None:
    doc = run(make_doc("وقال سالم العبيدي: «الوضع تحت السيطرة»."))
    assert direct_quotes(doc) == [("سالم العبيدي", "الوضع تحت السيطرة")]


# ------------------------------------------------------------------ a spokesman's quoted name


def test_a_quoted_name_after_a_spokesman_title_is_the_speaker() -> None:
    doc = run(make_doc(
        "وقال المتحدث باسم الجيش “سامر الحلبي” إن الجماعة تتحمل المسؤولية عن أي اعتداء ينطلق من الجبال."
    ))
    ((stance, speaker, _about),) = statements(doc)
    assert (stance, speaker) == ("accuse", "سامر الحلبي")


def test_a_quoted_object_after_a_spokesman_is_not_his_name() -> None:
    doc = run(make_doc("واستنكر الناطق باسم حكومة الحركة «هجوماً دنيئاً» على السوق."))
    assert all(sp != "هجوماً دنيئاً" for _st, sp, _ab in statements(doc))
    assert all(sp != "هجوماً دنيئاً" for sp, _t in direct_quotes(doc))


# ------------------------------------------------------------------ published media


def test_who_published_a_video_speaks_through_it() -> None:
    doc = run(make_doc("ومؤخرا بث مسلحون موالون للتنظيم تسجيل فيديو يدعو الى مهاجمة مقرات الشرطة."))
    ((stance, speaker, about),) = statements(doc)
    assert (stance, speaker) == ("demand", "مسلحون موالون للتنظيم")
    assert about == "مهاجمة مقرات الشرطة"


def test_a_statement_issued_after_a_comma_is_still_its_publishers() -> None:
    doc = run(make_doc("قبل الجولة الأخيرة، أصدرت الجبهة الشعبية بيانا تطالب فيه بالإفراج عن المعتقلين."))
    ((stance, speaker, _about),) = statements(doc)
    assert (stance, speaker) == ("demand", "الجبهة الشعبية")


def test_the_publisher_before_the_verb_of_publishing_speaks() -> None:
    doc = run(make_doc("وكان الفرع الجنوبي للتنظيم بث تسجيل فيديو الأربعاء، يهدد بإعدام رهينة."))
    ((stance, speaker, _about),) = statements(doc)
    assert stance == "threaten"
    assert speaker == "الفرع الجنوبي للتنظيم"


def test_slogans_raised_still_speak_for_the_protesters() -> None:
    # no verb of publishing: the earlier rule («رفع [المحتجون] شعارات تطالب») still applies
    doc = run(make_doc("ورفع المحتجون شعارات تطالب برحيل المحافظ."))
    ((stance, speaker, _about),) = statements(doc)
    assert (stance, speaker) == ("demand", "المحتجون")


# ------------------------------------------------------------------ construct group names


def test_an_unknown_group_name_in_construct_keeps_both_words() -> None:
    doc = run(make_doc("وأعلن تنظيم احفاد الصحابة عن مسؤوليته عن استهداف البلدة بصاروخين."))
    ((stance, speaker, _about),) = statements(doc)
    assert (stance, speaker) == ("claim_responsibility", "احفاد الصحابة")


def test_an_attack_after_an_unknown_group_name_is_not_part_of_it() -> None:
    doc = run(make_doc("وتبنت جماعة غرباء الهجوم على الحاجز."))
    ((stance, speaker, _about),) = statements(doc)
    assert (stance, speaker) == ("claim_responsibility", "غرباء")


# ------------------------------------------------------------------ denial about


def test_a_denial_phrase_before_a_comma_does_not_run_into_the_next_clause() -> None:
    doc = run(make_doc(
        "وقالت السفارة في العاصمة: إن التقارير عن خطف ثلاثة طيارين غير صحيحة، ونقلت وكالة الأنباء عن السفارة قولها إنها تتابع."
    ))
    denials = [s for s in statements(doc) if s[0] == "deny"]
    ((_stance, _speaker, about),) = denials
    assert "خطف ثلاثة طيارين" in about
    assert "ونقلت" not in about
