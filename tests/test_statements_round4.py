"""Quotes and statements, round 4: a medium described by a past verb with «فيه», an unclosed
quote that a later quote shows was never closed, «أعلن X تنفيذ الهجوم», threatening pledges, the
Prophet's blessing, a spokesman's quoted name, and CueTable.can_start."""

from __future__ import annotations

import pytest
from speech_docs import direct_quotes, make_doc
from speech_docs import run_speech as run
from speech_docs import statement_triples as statements

from rasd.arabic.normalize import normalize
from rasd.extract import quotes as quotes_mod
from rasd.lexicon.speech import reporting_cues, stance_cues


@pytest.fixture(autouse=True)
def no_actor_lexicon(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quotes_mod, "lookup_actor", None)


def test_past_verb_with_fih_describes_the_published_medium() -> None:
    doc = run(make_doc(
        "وجاء الهجوم بعد ان نشرت الجماعة المتشددة شريط فيديو اعلنت فيه انها لم تهزم "
        "ومتوعدة «سنأتيكم من حيث لا تتوقعون»."))
    assert direct_quotes(doc) == [("الجماعة المتشددة", "سنأتيكم من حيث لا تتوقعون")]
    assert [(s[0], s[1]) for s in statements(doc)] == [("threaten", "الجماعة المتشددة")]


def test_unclosed_quote_ends_with_its_sentence_when_a_later_sentence_quotes_anew() -> None:
    doc = run(make_doc(
        "وتوعد القائد «سنضرب في كل مكان. وتنتشر القوة الجديدة قريبا في المنطقة. "
        "ونفذ الهجوم مسلحان «يقل عمرهما عن 20 عاما» بحسب حاكم الولاية."))
    texts = [t for _s, t in direct_quotes(doc)]
    assert "سنضرب في كل مكان" in texts
    assert "يقل عمرهما عن 20 عاما" in texts


def test_a_nested_quote_inside_a_closed_quote_stays_nested() -> None:
    doc = run(make_doc("وقال الوزير: «لن نقبل هذا. والمسلحون الذين يسمون أنفسهم «الدولة» لا يمثلون أحدا» وأضاف أن العمل مستمر."))
    assert direct_quotes(doc)[0] == ("الوزير", "لن نقبل هذا. والمسلحون الذين يسمون أنفسهم «الدولة» لا يمثلون أحدا")


def test_announcing_that_one_carried_out_an_attack_claims_it() -> None:
    doc = run(make_doc(
        "وأعلنت الجبهة الثورية اليسارية تنفيذ أحد أعضائها الهجوم على السفارة في العاصمة قائلة في بيان إن الحكومة عدو."))
    [(stance, speaker, about)] = statements(doc)
    assert (stance, speaker) == ("claim_responsibility", "الجبهة الثورية اليسارية")
    assert about == "تنفيذ أحد أعضائها الهجوم على السفارة في العاصمة"  # the participle of speech ends it


@pytest.mark.parametrize("text", [
    "وأعلنت وزارة الداخلية تنفيذ حكم الإعدام في ثلاثة مدانين.",
    "وأعلنت الشرطة تنفيذ عمليات اعتقال واسعة في المدينة.",
])
def test_carrying_out_a_sentence_or_a_sweep_claims_nothing(text: str) -> None:
    assert not [s for s in statements(run(make_doc(text))) if s[0] == "claim_responsibility"]


def test_a_pledge_of_force_is_a_threat_and_a_promise_is_not() -> None:
    doc = run(make_doc("وأطلقت الحركة هجومها السنوي وتعهدت بشن هجمات في جميع أنحاء البلاد."))
    assert statements(doc) == [("threaten", "الحركة", "شن هجمات في جميع أنحاء البلاد")]
    assert statements(run(make_doc("وتعهدت الدول المانحة بتقديم مساعدات للنازحين."))) == []


def test_the_blessing_is_no_part_of_the_speakers_name() -> None:
    doc = run(make_doc("وقال رسول الله صلى الله عليه وسلم: «المسلم من سلم المسلمون من لسانه ويده»."))
    assert direct_quotes(doc) == [("رسول الله", "المسلم من سلم المسلمون من لسانه ويده")]


def test_the_blessing_alone_stands_for_the_prophet() -> None:
    doc = run(make_doc("وأوضح المفتي أن الصبر واجب، قال صلى الله عليه وسلم: «أنصر أخاك ظالما أو مظلوما»."))
    assert direct_quotes(doc) == [("رسول الله", "أنصر أخاك ظالما أو مظلوما")]


def test_a_spokesmans_quoted_name_is_no_quote_and_his_words_follow_it() -> None:
    doc = run(make_doc("وقال المتحدث باسم الجماعة “قاري حمزة” إن المقاتلين سيطروا على المنطقة."))
    assert direct_quotes(doc) == []
    [q] = doc.analysis.quotes
    assert (q.speaker, q.span.text) == ("قاري حمزة", "المقاتلين سيطروا على المنطقة")


def test_cue_table_can_start() -> None:
    assert stance_cues().can_start(normalize("ونفت"))
    assert reporting_cues().can_start(normalize("وقال"))
    assert not stance_cues().can_start(normalize("المدينة"))
