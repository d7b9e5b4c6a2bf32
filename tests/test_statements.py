"""Stance statements on invented news sentences (one construction per test)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from speech_docs import add_mention, make_doc

from rasd.arabic.normalize import normalize
from rasd.arabic.tokens import segment_doc
from rasd.extract import quotes as quotes_mod
from rasd.extract.quotes import extract_quotes
from rasd.extract.statements import extract_statements
from rasd.lexicon.speech import stance_cues
from rasd.model import STANCES, Analysis, Article, Entity, Mention, Span
from rasd.pipeline import Doc

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(autouse=True)
def no_actor_lexicon(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quotes_mod, "lookup_actor", None)


def stances(doc: Doc) -> list[tuple[str, str | None]]:
    extract_quotes(doc)
    extract_statements(doc)
    return [(s.stance, s.speaker) for s in doc.analysis.statements]


def test_deny_verb_first() -> None:
    doc = make_doc("نفت وزارة الدفاع التقارير عن سقوط طائرة حربية قرب الحدود.")
    extract_statements(doc)
    (s,) = doc.analysis.statements
    assert (s.stance, s.speaker) == ("deny", "وزارة الدفاع")
    assert s.about.text.startswith("التقارير عن سقوط طائرة")
    assert s.cue.text == "نفت"


def test_headline_subject_first_and_one_statement_per_speaker() -> None:
    doc = make_doc("نفى الجيش بشكل قاطع استهداف المدنيين في القرية.", title="الجيش ينفي استهداف المدنيين")
    assert stances(doc) == [("deny", "الجيش")]


def test_claim_of_responsibility() -> None:
    doc = make_doc("وأعلنت جماعة «أنصار الفجر» مسؤوليتها عن الهجوم على القاعدة العسكرية.")
    extract_statements(doc)
    (s,) = doc.analysis.statements
    assert (s.stance, s.speaker) == ("claim_responsibility", "أنصار الفجر")
    assert s.about.text == "الهجوم على القاعدة العسكرية"


def test_claim_verb_tabanna() -> None:
    doc = make_doc("وتبنى تنظيم «داعش» الهجوم الانتحاري في السوق.")
    assert stances(doc) == [("claim_responsibility", "داعش")]


def test_negated_claims_state_nothing() -> None:
    doc = make_doc(
        "ولم تتبنّ أي جهة الهجوم حتى الآن.",
        "ولا تعلن الجماعات المسلحة عادة مسؤوليتها عن هجمات كهذه.",
        "وقال مسؤول إنه لم يتبن أحد التفجير.",
    )
    assert [s for s, _ in stances(doc) if s == "claim_responsibility"] == []


def test_adopting_a_policy_is_no_claim() -> None:
    doc = make_doc("وتتبنى الحكومة سياسة جديدة لدعم المزارعين.")
    assert stances(doc) == []


def test_condemn_by_a_spokesman_goes_to_his_principal() -> None:
    doc = make_doc(
        "تسلمت حركة طالبان السلطة في كابل.",
        "واستنكر الناطق باسم حكومة الحركة «هجوماً جباناً» على مسجد في المدينة.",
    )
    assert stances(doc) == [("condemn", "طالبان")]


def test_accuse_and_blame() -> None:
    doc = make_doc(
        "واتهمت المعارضة الحكومة بالتقصير في حماية المدنيين.",
        "وحمّل وزير الداخلية الميليشيات مسؤولية الهجوم على القافلة.",
    )
    assert stances(doc) == [("accuse", "المعارضة"), ("accuse", "وزير الداخلية")]


def test_dismiss_reports_through_a_spokesman() -> None:
    doc = make_doc(
        "ونقلت الصحيفة عن متحدث باسم الرئاسة قوله إن هذه التقارير «غير ذات صلة».",
    )
    extract_quotes(doc)
    extract_statements(doc)
    (s,) = doc.analysis.statements
    assert (s.stance, s.speaker) == ("dismiss", "الرئاسة")
    assert s.about.text == "هذه التقارير"
    (q,) = [q for q in doc.analysis.quotes if q.direct]
    assert (q.span.text, q.speaker) == ("غير ذات صلة", "متحدث باسم الرئاسة")


def test_threaten_with_group_back_reference() -> None:
    doc = make_doc(
        "وكان تنظيم «جند الحق» قد نشر صورا للرهائن.",
        "وهدد التنظيم بشن هجمات جديدة على العاصمة.",
    )
    assert stances(doc) == [("threaten", "جند الحق")]


def test_demand() -> None:
    doc = make_doc("وطالب المحتجون الحكومة بالإفراج عن المعتقلين فورا.")
    extract_statements(doc)
    (s,) = doc.analysis.statements
    assert (s.stance, s.speaker) == ("demand", "المحتجون")
    assert s.about.text.startswith("الإفراج عن المعتقلين")  # the gold's about has no joining ب


def test_participle_speaks_for_the_sentence_speaker() -> None:
    doc = make_doc("وقال قائد الشرطة إن الوضع هادئ، نافياً وقوع أي اشتباكات في المدينة.")
    extract_statements(doc)
    (s,) = doc.analysis.statements
    assert (s.stance, s.speaker) == ("deny", "قائد الشرطة")
    assert s.about.text == "وقوع أي اشتباكات في المدينة"


def test_rejecting_accusations_is_a_denial() -> None:
    doc = make_doc("ورفض رئيس الوزراء اتهامات المعارضة بتزوير الانتخابات.")
    assert stances(doc) == [("deny", "رئيس الوزراء")]


def test_named_speaker_from_mentions() -> None:
    doc = make_doc("ودان الرئيس الفرنسي جان دوبوا الهجوم على السفارة.")
    start = doc.text.index("جان دوبوا")
    doc.analysis.mentions.append(Mention(Span(start, start + 9, "جان دوبوا"), "PER", "jean-dubois"))
    doc.analysis.entities.append(Entity(id="jean-dubois", name="Jean Dubois", type="PER"))
    extract_statements(doc)
    (s,) = doc.analysis.statements
    assert (s.stance, s.speaker, s.speaker_entity) == ("condemn", "Jean Dubois", "jean-dubois")


def test_statement_spans_index_the_text() -> None:
    doc = make_doc(
        "نفت وزارة الدفاع التقارير.",
        "وأعلنت جماعة «أنصار الفجر» مسؤوليتها عن الهجوم.",
        title="الجيش ينفي استهداف المدنيين",
    )
    extract_statements(doc)
    for s in doc.analysis.statements:
        for span in (s.about, s.cue, s.speaker_span, s.evidence):
            if span is not None:
                assert doc.text[span.start:span.end] == span.text


def test_every_stance_cue_has_a_known_stance() -> None:
    found = {c.stance for cues in stance_cues().by_first.values() for c in cues}
    assert found <= set(STANCES)
    assert found == set(STANCES)


# ------------------------------------------------------------------ the seed (needs ../shared)


@pytest.mark.shared
def test_seed_statements(monkeypatch: pytest.MonkeyPatch) -> None:
    gold_path = SHARED / "gold" / "dev" / "seed-000.json"
    if not gold_path.exists():
        pytest.skip(f"{gold_path} is absent (../shared is not mounted)")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["articles"][0]
    parts = [("title", gold["title"]), ("subtitle", gold["subtitle"])] + [("paragraph", p) for p in gold["paragraphs"]]
    art = Article.from_parts(parts)  # type: ignore[arg-type]
    doc = Doc(article=art, analysis=Analysis(article_id=art.id))
    segment_doc(doc)
    extract_quotes(doc)
    extract_statements(doc)
    forms = {"Taliban": {"taliban", normalize("طالبان"), normalize("حركة طالبان")},
             "Kremlin": {"kremlin", normalize("الكرملين")}}
    got = {(s.stance, normalize(s.speaker or "").lower()) for s in doc.analysis.statements}
    assert any(("deny", f) in got for f in forms["Taliban"]), got
    assert any(("dismiss", f) in got for f in forms["Kremlin"]), got


def test_claim_in_a_relative_clause_needs_an_attack_before_it() -> None:
    doc = make_doc(
        "وقتل عشرة أشخاص في الهجوم الذي تبناه تنظيم «جند الحق» في السوق.",
        "وانتقد النواب السياسات التي تبناها الوزير السابق.",
    )
    assert stances(doc) == [("claim_responsibility", "جند الحق")]


def test_confirming_a_death() -> None:
    doc = make_doc("وأكدت مصادر طبية مقتل ثلاثة مدنيين في القصف.", "وأكدت الحكومة وفقا لوكالة الأنباء الرسمية أنها سترسل المساعدات.")
    extract_statements(doc)
    assert [(s.stance, s.speaker, s.about.text) for s in doc.analysis.statements] == [
        ("confirm", "مصادر طبية", "مقتل ثلاثة مدنيين في القصف"),
    ]


def test_confirm_with_the_object_before_the_subject() -> None:
    # verb, object, subject: «وأكد هذه الحصيلة [X]»
    doc = make_doc("وأكد هذه الحصيلة سامي الخطيب، المتحدث باسم الدفاع المدني.")
    extract_quotes(doc)
    extract_statements(doc)
    assert [(s.stance, s.speaker, s.about.text) for s in doc.analysis.statements] == [
        ("confirm", "سامي الخطيب", "هذه الحصيلة"),
    ]
    doc = make_doc("وأكدت مقتل القائد الميداني مصادر محلية في البلدة.")
    extract_statements(doc)
    assert [(s.stance, s.speaker, s.about.text) for s in doc.analysis.statements] == [
        ("confirm", "مصادر محلية في البلدة", "مقتل القائد الميداني"),
    ]


def test_no_link_and_no_truth_are_denials() -> None:
    doc = make_doc(
        "وأكدت وزارة الداخلية أن الخلية لا علاقة لها بتفجير السوق المركزي.",
        "وقال المتحدث باسم الجيش إن هذه الأنباء عارية عن الصحة.",
    )
    extract_quotes(doc)
    extract_statements(doc)
    got = [(s.stance, s.speaker, s.about.text) for s in doc.analysis.statements]
    assert got[0][:2] == ("deny", "وزارة الداخلية") and "بتفجير السوق المركزي" in got[0][2]
    assert got[1][:2] == ("deny", "الجيش")  # the spokesman speaks for the army
    assert len(got) == 2


def test_denial_in_a_quoted_predicate_after_a_relative_clause() -> None:
    doc = make_doc("وذكر مصدر أمني أن الخلية التي أعلن عن ضبطها أمس «لا صلة لها» بالهجوم على السوق.")
    assert stances(doc) == [("deny", "مصدر أمني")]
    assert ("لا صلة لها", "مصدر أمني") in [(q.span.text, q.speaker) for q in doc.analysis.quotes if q.direct]


def test_bringing_charges_is_an_accusation() -> None:
    doc = make_doc(
        "ووجهت النيابة العامة اتهامات بالقتل العمد لثلاثة موقوفين في القضية.",
        "ووجه الادعاء اتهاما رسميا للمدير السابق بالاختلاس.",
        "ووجه الرئيس كلمة إلى الشعب مساء أمس.",
    )
    assert stances(doc) == [("accuse", "النيابة العامة"), ("accuse", "الادعاء")]


def test_first_person_demand_inside_a_quote_is_the_quoted_speakers() -> None:
    doc = make_doc("وقال رئيس النقابة: «نرفض هذه السياسات، ونطالب الحكومة بزيادة الأجور فورا».")
    extract_quotes(doc)
    extract_statements(doc)
    (s,) = doc.analysis.statements
    assert (s.stance, s.speaker) == ("demand", "رئيس النقابة")
    assert s.about.text == "الحكومة بزيادة الأجور فورا"


def test_plural_verb_keeps_its_subject_and_the_next_phrase_is_the_accused() -> None:
    doc = make_doc(
        "ونقلت وكالة الأنباء عن قادة في المعارضة قولهم إن «المفاوضات متعثرة منذ أسابيع».",
        "كما اتهموا الجيش بقصف الأحياء السكنية.",
    )
    extract_quotes(doc)
    extract_statements(doc)
    (s,) = doc.analysis.statements
    assert (s.stance, s.speaker) == ("accuse", "قادة في المعارضة")
    assert s.about.text == "الجيش بقصف الأحياء السكنية"


def test_claim_about_a_pronoun_refers_back_to_the_attack() -> None:
    doc = make_doc(
        "وقتل خمسة أشخاص في الانفجار الذي استهدف حافلة للركاب، وأعلنت جماعة «أنصار الفجر» مسؤوليتها عنه.",
    )
    extract_statements(doc)
    (s,) = doc.analysis.statements
    assert (s.stance, s.speaker) == ("claim_responsibility", "أنصار الفجر")
    assert s.about.text == "الانفجار الذي استهدف حافلة للركاب"


def test_one_speaker_denying_two_things_makes_two_statements() -> None:
    doc = make_doc(
        "ونفى الجيش قصف المستشفى في المدينة.",
        "وفي تطور آخر، نفى الجيش أن تكون قواته قد دخلت القرية.",
        title="الجيش ينفي قصف المستشفى",
    )
    extract_statements(doc)
    abouts = [s.about.text for s in doc.analysis.statements]
    # the headline says it first; the lede restates it; the second denial is about something else
    assert len(abouts) == 2 and abouts[0].startswith("قصف المستشفى") and "دخلت القرية" in abouts[1]


def test_accusation_charge_after_a_comma_and_people_counted_as_speakers() -> None:
    doc = make_doc("ويتهم المحتجون الطبقة السياسية التي تحكم البلاد، بالفساد وسوء الإدارة.")
    extract_statements(doc)
    (s,) = doc.analysis.statements
    assert (s.stance, s.speaker) == ("accuse", "المحتجون")
    assert s.about.text == "الطبقة السياسية التي تحكم البلاد، بالفساد وسوء الإدارة"


def test_first_person_cues_do_not_read_as_past_tense_verbs() -> None:
    # «أتهم» (I accuse) normalizes like «اتهم» (he accused): such forms must not be first-person cues
    table = stance_cues()
    firsts = {c.words for cues in table.by_first.values() for c in cues if c.kind == "first_person"}
    others = {c.words for cues in table.by_first.values() for c in cues if c.kind != "first_person"}
    assert firsts and not firsts & others


# ------------------------------------------------------------------ cues and speakers on papers beyond one style


def test_dispelled_rumours_with_a_comma_after_the_subject() -> None:
    doc = make_doc("بددت وزارة الصحة، الشائعات عن انتشار وباء في المدينة الساحلية.")
    extract_statements(doc)
    (s,) = doc.analysis.statements
    assert (s.stance, s.speaker) == ("deny", "وزارة الصحة")
    assert s.about.text.startswith("الشائعات عن انتشار وباء")


def test_dispelled_needs_rumours_or_claims() -> None:
    doc = make_doc("وبدد الوزير الأموال العامة على مشاريع فاشلة.")
    extract_statements(doc)
    assert doc.analysis.statements == []


def test_threatening_participle_and_its_about_without_bi() -> None:
    doc = make_doc("وزعم تنظيم الجبهة أن قائده في خطر، مهدداً بنشر الفوضى في حالة وفاته.")
    add_mention(doc, "تنظيم الجبهة", "ORG", "The Front")
    extract_statements(doc)
    (s,) = [s for s in doc.analysis.statements if s.stance == "threaten"]
    assert s.speaker == "The Front"
    assert s.about.text.startswith("نشر الفوضى")


def test_threatened_as_an_adjective_is_no_threat() -> None:
    doc = make_doc("وقال المحافظ إن المدينة أصبحت مهددة بالسقوط في أي لحظة.")
    assert [st for st, _ in stances(doc)] == []


def test_baseless_claims_are_denied() -> None:
    doc = make_doc("وقال الوزير إن «هذه الاتهامات لا أساس لها على الإطلاق».")
    assert ("deny", "الوزير") in stances(doc)


def test_a_past_stance_verb_after_anna_is_the_sentence_speakers() -> None:
    doc = make_doc("وقالت الحركة في بيان إنها سبق أن هددت بقصف المطار إذا استمر الحصار.")
    assert ("threaten", "الحركة") in stances(doc)
    # a present verb after أن is what should happen, not what was said
    doc = make_doc("ودعا الوزير إلى أن تدين الهجوم على السفارة.")
    assert stances(doc) == [("demand", "الوزير")]


def test_the_lede_says_in_full_what_the_headline_said() -> None:
    doc = make_doc(
        "نفت وزارة الداخلية، الشائعات عن محاولة لاغتيال السجين داخل السجن المركزي.",
        title="وزارة الداخلية تنفي مزاعم الاغتيال",
    )
    extract_statements(doc)
    (s,) = doc.analysis.statements
    assert s.stance == "deny" and s.about.text.startswith("الشائعات عن محاولة لاغتيال")


def test_confirmed_killing_keeps_the_last_speaker() -> None:
    doc = make_doc("وقالت قيادة الشرطة إنها اعتقلت عشرة مسلحين. وأكدت قتل خمسة عناصر أثناء المواجهة.")
    extract_statements(doc)
    (s,) = doc.analysis.statements
    assert (s.stance, s.speaker) == ("confirm", "قيادة الشرطة")
    assert s.about.text.startswith("قتل خمسة عناصر")


def test_group_named_in_brackets_claims() -> None:
    doc = make_doc("وتبنت التفجير جماعة (سرايا الجبل) المرتبطة بتنظيم القاعدة في بيان على الإنترنت.")
    assert stances(doc) == [("claim_responsibility", "سرايا الجبل")]


def test_slogans_that_demand_are_the_protesters_demand() -> None:
    doc = make_doc(
        "وطالب المتظاهرون بسرعة الإفراج عن المعتقلين بدون شروط.",
        "ورفع المتظاهرون لافتات تطالب بالإفراج عن أبنائهم.",
    )
    assert stances(doc) == [("demand", "المتظاهرون")]  # one demand, said twice


def test_we_will_keep_targeting_is_a_threat() -> None:
    doc = make_doc("وقالت جماعة «أنصار الفجر» في بيان إنها ستواصل استهداف قوافل الجيش في المنطقة.")
    extract_quotes(doc)
    extract_statements(doc)
    threats = [(s.speaker, s.about.text) for s in doc.analysis.statements if s.stance == "threaten"]
    assert threats == [("أنصار الفجر", "ستواصل استهداف قوافل الجيش في المنطقة")]


def test_call_with_verbal_noun_is_demand() -> None:
    doc = make_doc("دعا رئيس البرلمان الحكومة اليوم للضرب بقوة على أيدي المهربين في الموانئ.")
    assert stances(doc) == [("demand", "رئيس البرلمان")]


def test_quoted_communique_opening_with_stance_verb() -> None:
    doc = make_doc(
        "وأصدرت الكتيبة الرابعة بيانا جاء فيه: «استنكرت قيادة الكتيبة الرابعة قيام مسلحين بخطف المقدم سالم الراشد قرب الحدود»."
    )
    assert ("condemn", "قيادة الكتيبة الرابعة") in stances(doc)


def test_numbered_unit_is_its_own_name() -> None:
    doc = make_doc("وأصدرت قيادة اللواء 12 بيانا. وأدانت قيادة اللواء 12 خطف جنودها قرب المعبر.")
    assert ("condemn", "اللواء 12") in stances(doc)


def test_quote_after_definite_head_is_not_its_name() -> None:
    doc = make_doc("وطالبت الكتيبة «الإخوة في الفصائل بإطلاق» الأسرى «بأسرع وقت».")
    assert stances(doc) == [("demand", "الكتيبة")]


def test_purpose_noun_after_title_is_not_a_name() -> None:
    doc = make_doc('وتوعد قائد القوة المشتركة الجديدة لمحاربة المتمردين أمس بالقضاء على التمرد "قريبا".')
    assert stances(doc) == [("threaten", "قائد القوة المشتركة الجديدة لمحاربة المتمردين")]


def test_committing_crimes_in_what_someone_said_is_accuse() -> None:
    doc = make_doc(
        "وأوضح سكان محليون أن القصف أوقع 20 قتيلا، مؤكدين بأن المسلحين يرتكبون جرائم خطيرة بحق المدنيين."
    )
    assert ("accuse", "سكان محليون") in stances(doc)


def test_bare_head_refers_back_to_numbered_unit() -> None:
    doc = make_doc(
        "وجاء في البيان: «أدانت قيادة اللواء 12 خطف جنودها قرب المعبر». وطالب اللواء «الخاطفين بإطلاق» الجنود فورا."
    )
    assert [sp for st_, sp in stances(doc) if st_ == "demand"] == ["اللواء 12"]


def _statements_of(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    doc = make_doc(*paragraphs)
    extract_quotes(doc)
    extract_statements(doc)
    return [(s.stance, s.speaker, s.about.text if s.about else None) for s in doc.analysis.statements]


def test_hath_ala_with_its_waw_is_a_demand() -> None:
    # «وحث» is three letters: the و is still a proclitic, and على joins what is urged
    got = _statements_of("وحث وزير الداخلية المواطنين على التعاون مع قوات الأمن.")
    assert [(s, a) for s, _sp, a in got] == [("demand", "التعاون مع قوات الأمن")]


def test_darura_is_a_demand_of_the_sentence_speaker() -> None:
    assert _statements_of("وشددت الوزارة على ضرورة محاسبة المتورطين في الهجوم.") == [
        ("demand", "الوزارة", "محاسبة المتورطين في الهجوم")
    ]
    got = _statements_of("أعلن المجلس الوطني تمسكه بضرورة النظر في التعديلات قبل العودة إلى المفاوضات.")
    assert got == [("demand", "المجلس الوطني", "النظر في التعديلات قبل العودة إلى المفاوضات")]


def test_yajib_ala_inside_speech_demands_what_follows() -> None:
    got = _statements_of("وقال الوزير: «يجب على الحكومة المجاورة إغلاق معسكرات التدريب».")
    assert [(s, a) for s, _sp, a in got] == [("demand", "الحكومة المجاورة إغلاق معسكرات التدريب")]


def test_about_skips_time_and_manner_and_keeps_scare_quotes() -> None:
    got = _statements_of("فيما توعد قائد القوة المشتركة أمس بالقضاء على المتمردين \"قريبا\".")
    assert got == [("threaten", "قائد القوة المشتركة", "القضاء على المتمردين \"قريبا\"")]
    got = _statements_of("وقالت وزارة الداخلية في بيانها إن \"الانفجار وقع قرب السوق\"، منددة بشدة بهذا \"العمل الجبان\".")
    assert got == [("condemn", "وزارة الداخلية", "هذا \"العمل الجبان\"")]


def test_demand_about_drops_the_joining_bi_only() -> None:
    got = _statements_of("وطالبت المنظمة الحكومة بالإفراج عن المعتقلين.")
    assert [(s, a) for s, _sp, a in got] == [("demand", "الإفراج عن المعتقلين")]
    # in «بحث» the ب is the word's own
    got = _statements_of("وأكد المجلس ضرورة بحث التعديلات المقترحة.")
    assert [(s, a) for s, _sp, a in got] == [("demand", "بحث التعديلات المقترحة")]


def test_purpose_noun_tandid_is_condemn_but_not_indefinite_li_tandid() -> None:
    doc = make_doc("ونظمت نقابة المعلمين وقفة أمام الوزارة للتنديد باعتقال أعضائها في السجون.")
    add_mention(doc, "نقابة المعلمين", "ORG", "Teachers Union")
    extract_quotes(doc)
    extract_statements(doc)
    (s,) = doc.analysis.statements
    assert (s.stance, s.about.text) == ("condemn", "باعتقال أعضائها في السجون")  # ب kept: not before ال
    # «تعرضها لتنديد الأسرة الدولية»: exposed to condemnation, nobody condemns
    assert _statements_of("وتؤكد الحكومة أن هذه المعلومات قد تعرضها لتنديد الأسرة الدولية.") == []


def test_inna_ala_after_a_saying_is_a_demand_but_not_the_name_ali() -> None:
    got = _statements_of("وقال الرئيس سامي الكريم إن على الحكومة المجاورة التصدي لمعسكرات التدريب على حدودها.")
    assert [(s, a) for s, _sp, a in got] == [("demand", "الحكومة المجاورة التصدي لمعسكرات التدريب على حدودها")]
    assert _statements_of("وقال المصدر إن علي عبدالله صالح غادر العاصمة.") == []


def test_a_bare_quantifier_is_no_speaker() -> None:
    assert _statements_of("ويتبنى معظم هذه الهجمات تنظيم الجبهة المسلحة الذي بايع تنظيم داعش.") == []


def test_object_pronoun_claim_after_the_attack_noun() -> None:
    # no relative pronoun after an indefinite noun: the verb's pronoun is the attack, its subject follows
    for text, group, about in (
        ("قتل تسعة أشخاص في هجوم تبنته جماعة أنصار الفجر قرب المعبر.", "جماعة أنصار الفجر", "هجوم"),
        ("وجاءت الحملة بعد تفجيرين داميين تبناهما تنظيم جند الحق الأسبوع الماضي.", "تنظيم جند الحق", "تفجيرين داميين"),
    ):
        doc = make_doc(text)
        add_mention(doc, group, "ORG", "Some Group")
        extract_quotes(doc)
        extract_statements(doc)
        got = [(s.stance, s.speaker, s.about.text) for s in doc.analysis.statements]
        assert got == [("claim_responsibility", "Some Group", about)]


def test_object_pronoun_verb_without_an_attack_is_no_claim() -> None:
    assert _statements_of("وأيد النواب القانون الذي تبناه المجلس البلدي.") == []


def test_claimed_object_is_what_the_claim_is_about() -> None:
    # «تبنى X التفجير»: the object itself, not the next clause; «مسئولية» with its other hamza seat
    got = _statements_of("وتبنت جماعة أنصار الفجر التفجير، وقالت في بيان إن العملية نجحت.")
    assert [(s, a) for s, _sp, a in got][:1] == [("claim_responsibility", "التفجير")]
    got = _statements_of("وتبنى تنظيم جند الحق مسئولية الهجوم، وقال في تغريدة إن مقاتليه عادوا.")
    assert [(s, a) for s, _sp, a in got][:1] == [("claim_responsibility", "الهجوم")]


def test_responsibility_spelled_with_hamza_on_ya() -> None:
    got = _statements_of("وأعلن تنظيم داعش مسئوليته عن الهجوم على الحاجز.")
    assert [(s, a) for s, _sp, a in got] == [("claim_responsibility", "الهجوم على الحاجز")]


def test_so_called_group_speaking_for_another_claims_for_it() -> None:
    # «ما تسمى» (so-called) before the name; «الناطقة بلسان X» speaks for X; the needed word comes
    # after a long subject with a bracketed name
    doc = make_doc(
        "وأعلنت ما تسمى مؤسسة الفجر الإعلامية الناطقة بلسان جماعة (كتائب النور) مسؤولية الجماعة عن تفجير الجسر."
    )
    add_mention(doc, "كتائب النور", "ORG", "Kataib al-Nur")
    extract_quotes(doc)
    extract_statements(doc)
    (s,) = doc.analysis.statements
    assert s.stance == "claim_responsibility"
    assert s.speaker == "Kataib al-Nur"
    assert s.about.text == "تفجير الجسر"


def test_announcing_after_a_that_clause_is_no_claim() -> None:
    # past the usual window a clause opened by أن is what was announced, not the verb's object
    doc = make_doc(
        "وأعلنت وزارة الداخلية في العاصمة الشمالية للبلاد صباح اليوم الثلاثاء أن الحكومة تتحمل المسؤولية كاملة."
    )
    assert all(st != "claim_responsibility" for st, _sp in stances(doc))


def test_about_ends_at_a_clause_of_time() -> None:
    doc = make_doc("طالب وزير الخارجية الحكومة المجاورة بتسليم المطلوبين بعدما قتل مسلحون ثلاثة جنود.")
    extract_quotes(doc)
    extract_statements(doc)
    (s,) = doc.analysis.statements
    assert s.stance == "demand"
    assert s.about.text == "بتسليم المطلوبين"  # an indefinite ب-noun keeps its ب (it may be the word's own)


def test_report_verb_after_a_relative_has_no_subject_after_it() -> None:
    # «التقارير التي أفادت بخطف ...»: the reports did the reporting; «بخطف» is what they said
    doc = make_doc(
        "وقالت السفارة الفرنسية في العاصمة: إن التقارير التي أفادت بخطف مهندسين فرنسيين غير صحيحة."
    )
    speakers = [sp for st, sp in stances(doc) if st == "deny"]
    assert speakers and all(sp is not None and not sp.startswith("بخطف") for sp in speakers)


def test_a_stance_noun_after_a_verb_of_provoking_is_no_ones_statement() -> None:
    # «أثارت استنكاراً واسعاً»: others condemned; the sentence's speaker did not
    doc = make_doc("وقال مسؤول محلي إن عملية الخطف التي أثارت استنكارا واسعا في البلاد وقعت ليلا.")
    assert stances(doc) == []


def test_a_noun_of_accusing_followed_by_the_charge_is_passive() -> None:
    # «على خلفية اتهامه في قضايا عنف»: he was accused, he accused no one
    doc = make_doc("وقال المحامي سامي الشريف إن موكله غادر البلاد على خلفية اتهامه في قضايا عنف.")
    assert [s for s, _sp in stances(doc)] == []


def test_a_noun_of_accusing_with_its_object_is_active() -> None:
    doc = make_doc("وجدد النائب سامي الشريف اتهامه للحكومة بالتقصير في حماية الحدود.")
    assert [s for s, _sp in stances(doc)] == ["accuse"]


def test_a_needed_word_after_a_clause_of_reason_does_not_count() -> None:
    # «يتبنى تكتيكات ... لأن ... قصفه»: adopting tactics is not claiming an attack
    doc = make_doc("وقال القائد إن العدو اضطر أن يتبنى تكتيكات جديدة لأن مواقعه لم تعد تحتمل القصف الجوي.")
    assert [s for s, _sp in stances(doc)] == []


def test_a_demand_after_a_speaker_with_a_post() -> None:
    # «دعا المبعوث إلى اليمن ... إلى تمديد الهدنة»: the first إلى names the post, the second the demand
    doc = make_doc("ودعا المبعوث الأممي إلى اليمن كريم السعدي إلى تمديد الهدنة أسبوعا آخر.")
    add_mention(doc, "كريم السعدي", "PER", "Karim al-Saadi")
    extract_quotes(doc)
    extract_statements(doc)
    (s,) = doc.analysis.statements
    assert (s.stance, s.speaker) == ("demand", "Karim al-Saadi")
    assert s.about.text.startswith("تمديد الهدنة")


def test_a_title_in_commas_after_the_speaker_is_not_what_he_condemned() -> None:
    doc = make_doc("وأدان سامي الشريف، وزير الخارجية، الهجوم على السفارة.")
    add_mention(doc, "سامي الشريف", "PER", "Sami al-Sharif")
    extract_quotes(doc)
    extract_statements(doc)
    (s,) = doc.analysis.statements
    assert (s.stance, s.speaker) == ("condemn", "Sami al-Sharif")
    assert s.about.text.startswith("الهجوم على السفارة")


def test_a_named_group_after_bi_is_not_the_subject_of_a_later_verb() -> None:
    # «ووصفت ... الحركة بالميليشيات ... واتهمتها بـ»: the ب-phrase names who is accused, not who accuses
    doc = make_doc("وفي المقابلة نفسها شبهت عناصر الحركة بالميليشيات الإرهابية، واتهمتها بدعم الإرهاب في المنطقة.")
    add_mention(doc, "بالميليشيات", "ORG", "Some Militia")
    assert all(sp != "Some Militia" for _s, sp in stances(doc))
