"""Statements from blame phrases inside speech, gatherings as speakers, and «نقل» without a source."""

from __future__ import annotations

import pytest
from speech_docs import make_doc

from rasd.extract import quotes as quotes_mod
from rasd.extract.quotes import extract_quotes
from rasd.extract.statements import extract_statements
from rasd.pipeline import Doc


@pytest.fixture(autouse=True)
def no_actor_lexicon(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quotes_mod, "lookup_actor", None)


def statements(doc: Doc) -> list[tuple[str, str | None, str]]:
    extract_quotes(doc)
    extract_statements(doc)
    return [(s.stance, s.speaker, s.about.text) for s in doc.analysis.statements]


def test_bearing_responsibility_for_an_attack_is_an_accusation() -> None:
    doc = make_doc("وقال وزير الداخلية إن جبهة الخلاص تتحمل المسؤولية الكاملة عن أي هجوم ينطلق من الجبال.")
    ((stance, speaker, about),) = statements(doc)
    assert (stance, speaker) == ("accuse", "وزير الداخلية")
    assert "جبهة الخلاص" in about and about.endswith("ينطلق من الجبال")


def test_a_duty_is_no_charge() -> None:
    # «مسؤولية كبيرة في» states a duty: no عن follows
    doc = make_doc("وقال المحافظ إن الأسرة تتحمل مسؤولية كبيرة في حماية الشباب من التطرف.")
    assert [s for s in statements(doc) if s[0] == "accuse"] == []


def test_own_or_negated_responsibility_is_no_charge() -> None:
    doc = make_doc(
        "وقال المتحدث باسم الحركة إنها تتحمل المسؤولية عن الهجوم على الثكنة.",
        "وقال رئيس البلدية إن الشرطة لا تتحمل المسؤولية عن الحريق.",
    )
    assert [s for s in statements(doc) if s[0] == "accuse"] == []


def test_a_protest_holds_no_stance() -> None:
    doc = make_doc("وشارك الآلاف في المسيرة وسط المدينة.", title="مظاهرات حاشدة تطالب برحيل المحافظ")
    assert statements(doc) == []


def test_protesters_do_demand() -> None:
    doc = make_doc("وطالب المتظاهرون برحيل المحافظ ومحاسبة الفاسدين.")
    assert [(s[0], s[1]) for s in statements(doc)] == [("demand", "المتظاهرون")]


def test_naql_without_a_source_reports_nothing() -> None:
    # «نقل صلاحيات» moves powers; the next sentence's demand is not the powers' own
    doc = make_doc(
        "ودعا الخبراء إلى تطبيق آلية نقل صلاحيات الوزارات إلى المحافظات.",
        "ونظم مئات المواطنين تظاهرة أمام مبنى المحافظة لمطالبة الحكومة بتحسين الخدمات.",
    )
    assert all(s[1] != "صلاحيات" for s in statements(doc))
