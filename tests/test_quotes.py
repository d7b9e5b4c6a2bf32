"""Quotes and their speakers, on invented news sentences (one construction per test)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from speech_docs import add_mention, make_doc

from rasd.arabic.normalize import normalize
from rasd.arabic.tokens import segment_doc
from rasd.extract import quotes as quotes_mod
from rasd.extract.quotes import extract_quotes
from rasd.lexicon.speech import load_rows, reporting_cues, speaker_words
from rasd.model import Analysis, Article
from rasd.pipeline import Doc

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(autouse=True)
def no_actor_lexicon(monkeypatch: pytest.MonkeyPatch) -> None:
    """Speakers come from the text alone unless a test adds mentions or the actor lexicon."""
    monkeypatch.setattr(quotes_mod, "lookup_actor", None)


def direct(doc: Doc) -> list[tuple[str, str | None]]:
    extract_quotes(doc)
    return [(q.span.text, q.speaker) for q in doc.analysis.quotes if q.direct]


def test_named_speaker_from_mention_after_colon() -> None:
    doc = make_doc("وقال وزير الداخلية سامر الحداد للصحافيين: «سنلاحق المهاجمين أينما كانوا».")
    add_mention(doc, "سامر الحداد", "PER", "Samer al-Haddad")
    extract_quotes(doc)
    (q,) = [q for q in doc.analysis.quotes if q.direct]
    assert q.span.text == "سنلاحق المهاجمين أينما كانوا"
    assert q.speaker == "Samer al-Haddad" and q.speaker_entity == "samer-al-haddad"
    assert q.cue is not None and q.cue.text == "وقال"


def test_name_after_title_without_mentions() -> None:
    doc = make_doc("وقال الرئيس الموريتاني محمد ولد سالم إن «الحوار هو الطريق الوحيد لإنهاء الأزمة».")
    assert direct(doc) == [("الحوار هو الطريق الوحيد لإنهاء الأزمة", "محمد ولد سالم")]


def test_description_speakers() -> None:
    doc = make_doc(
        "وقال مصدر أمني رفيع إن «القوات طوقت الحي بالكامل».",
        "وأوضح متحدث باسم الجيش أن «العملية ستستمر حتى تطهير المنطقة».",
    )
    assert direct(doc) == [
        ("القوات طوقت الحي بالكامل", "مصدر أمني رفيع"),
        ("العملية ستستمر حتى تطهير المنطقة", "متحدث باسم الجيش"),
    ]


def test_continuations_refer_back_to_the_last_speaker() -> None:
    doc = make_doc(
        "وقالت حركة النهضة في بيان إنها لن تشارك في الانتخابات.",
        "وتابعت الحركة: «لن نكون شهود زور على مسرحية انتخابية».",
        "وأضافت: «ندعو أنصارنا إلى التظاهر السلمي يوم الجمعة».",
    )
    add_mention(doc, "النهضة", "ORG", "Ennahda")
    assert direct(doc) == [
        ("لن نكون شهود زور على مسرحية انتخابية", "Ennahda"),
        ("ندعو أنصارنا إلى التظاهر السلمي يوم الجمعة", "Ennahda"),
    ]


def test_movement_named_after_its_head_word_without_mentions() -> None:
    doc = make_doc(
        "نفت حركة طالبان تقارير عن محادثات سرية.",
        "وتابعت الحركة مستخدمة اسمها الرسمي: «لم نجر أي محادثات مع أي طرف».",
    )
    assert direct(doc) == [("لم نجر أي محادثات مع أي طرف", "طالبان")]


def test_definite_description_refers_back() -> None:
    doc = make_doc(
        "وأكد مصدر طبي في المستشفى أن «الجرحى في حالة مستقرة».",
        "وأوضح المصدر، الذي طلب عدم ذكر اسمه: «نقلنا ثلاثة منهم إلى العاصمة».",
    )
    assert direct(doc) == [
        ("الجرحى في حالة مستقرة", "مصدر طبي في المستشفى"),
        ("نقلنا ثلاثة منهم إلى العاصمة", "مصدر طبي في المستشفى"),
    ]


def test_attribution_chain_newspaper_quoting_an_official() -> None:
    doc = make_doc(
        "ونقلت صحيفة «الأيام» المحلية أمس عن مسؤول وصفته بأنه «قيادي بارز في الجماعة» قوله إن "
        "«المفاوضات ستستأنف الشهر المقبل».",
        "وقالت الصحيفة: «الاجتماع عقد في منزل أحد الوسطاء».",
    )
    extract_quotes(doc)
    qs = [q for q in doc.analysis.quotes if q.direct]
    assert [(q.span.text, q.speaker) for q in qs] == [
        ("المفاوضات ستستأنف الشهر المقبل", "قيادي بارز في الجماعة"),
        ("الاجتماع عقد في منزل أحد الوسطاء", "الأيام"),
    ]
    assert qs[0].channel == "الأيام"


def test_quoted_names_are_not_quotes() -> None:
    doc = make_doc(
        "وقال مسؤول محلي إن تنظيم «داعش» وحركة «الشباب» نشرا على منصة «إكس» بيانا، "
        "كما نقلت «وكالة الأنباء الوطنية».",
    )
    assert direct(doc) == []


def test_short_fragment_after_a_cue_is_a_quote() -> None:
    doc = make_doc("واستنكر الناطق باسم الحكومة «عملاً جباناً» استهدف سوقا شعبية.")
    assert direct(doc) == [("عملاً جباناً", "الناطق باسم الحكومة")]


def test_one_word_quote_needs_a_tight_cue() -> None:
    doc = make_doc("وقال المحافظ إن الهجوم الذي وصفته الصحف المحلية في تقاريرها المطولة أمس بالمروع أوقع «مجزرة».")
    assert direct(doc) == []


def test_subject_before_verb() -> None:
    doc = make_doc("لكن الجيش يؤكد في بيانه أن خصومه «لا يسيطرون إلا على قرى معزولة».")
    assert direct(doc) == [("لا يسيطرون إلا على قرى معزولة", "الجيش")]


def test_reporting_cue_after_the_quote() -> None:
    doc = make_doc("وسقطت القذيفة «قرب مدخل المدرسة الرئيسي»، وفق ما أفاد به مصدر طبي.")
    assert direct(doc) == [("قرب مدخل المدرسة الرئيسي", "مصدر طبي")]


def test_name_set_off_by_commas_after_a_title() -> None:
    doc = make_doc("وقالت المتحدثة باسم المفوضية، ماريا سانتوس، أمس إن «المساعدات لم تصل بعد».")
    assert direct(doc) == [("المساعدات لم تصل بعد", "ماريا سانتوس")]


def test_title_names_the_person_later() -> None:
    doc = make_doc(
        "وقال وزير الخارجية الأردني أيمن الصفدي إن بلاده ترفض التصعيد.",
        "وأضاف وزير الخارجية الأردني في مؤتمر صحافي: «لن نسمح بتهجير أحد».",
    )
    assert direct(doc) == [("لن نسمح بتهجير أحد", "أيمن الصفدي")]


def test_stray_closing_mark_yields_nothing_and_swallows_nothing() -> None:
    doc = make_doc(
        "وتخشى الحكومة من انتشار المسلحين إلى الدول المجاورة».",
        "وقال المتحدث إن «الوضع تحت السيطرة».",
    )
    assert direct(doc) == [("الوضع تحت السيطرة", "المتحدث")]


def test_unclosed_mark_never_crosses_a_paragraph() -> None:
    doc = make_doc(
        "وقال الوزير: «سنعيد بناء كل ما دمرته الحرب",
        "وفي سياق آخر، قال مسؤول محلي إن «الطرق ما زالت مغلقة».",
    )
    extract_quotes(doc)
    for q in doc.analysis.quotes:
        assert "\n" not in q.span.text
    assert direct(doc)[-1] == ("الطرق ما زالت مغلقة", "مسؤول محلي")


def test_indirect_speech_is_kept_as_indirect() -> None:
    doc = make_doc("وقال المتحدث باسم الشرطة إن القوات اعتقلت خمسة مشتبه بهم في الحي.")
    extract_quotes(doc)
    (q,) = doc.analysis.quotes
    assert not q.direct
    assert q.span.text == "القوات اعتقلت خمسة مشتبه بهم في الحي"
    assert q.speaker == "المتحدث باسم الشرطة"


def test_group_back_reference_finds_the_last_group() -> None:
    doc = make_doc(
        "وتبنى تنظيم «أنصار الفجر» هجوما على نقطة تفتيش.",
        "وأكدت المجموعة أن هدفها كان «الانتقام لقادتها المعتقلين».",
    )
    assert direct(doc) == [("الانتقام لقادتها المعتقلين", "أنصار الفجر")]


def test_uncued_long_quote_takes_the_sentence_speaker() -> None:
    doc = make_doc("وطالب رئيس البلدية سعيد الكعبي السكان بالبقاء في منازلهم «حتى تنتهي فرق الإنقاذ من عملها».")
    add_mention(doc, "سعيد الكعبي", "PER", "Said al-Kaabi")
    assert direct(doc) == [("حتى تنتهي فرق الإنقاذ من عملها", "Said al-Kaabi")]


def test_spans_index_the_article_text() -> None:
    doc = make_doc(
        "وقال مصدر حكومي إن «الوضع هادئ».",
        "ونقلت صحيفة «النهار» عن مسؤول قوله إن «الحدود ستفتح غدا».",
        title="الحكومة: الوضع هادئ",
    )
    extract_quotes(doc)
    assert doc.analysis.quotes
    for q in doc.analysis.quotes:
        for span in (q.span, q.speaker_span, q.cue, q.channel_span):
            if span is not None:
                assert doc.text[span.start:span.end] == span.text


def test_uses_the_actor_lexicon_when_present(monkeypatch: pytest.MonkeyPatch) -> None:
    actors = pytest.importorskip("rasd.lexicon.actors")
    if actors.lookup_actor("طالبان") is None:
        pytest.skip("the actor lexicon does not know طالبان")
    monkeypatch.setattr(quotes_mod, "lookup_actor", actors.lookup_actor)
    doc = make_doc("وقالت طالبان في بيان: «لم نتلق أي دعم من الخارج».")
    assert direct(doc) == [("لم نتلق أي دعم من الخارج", "Taliban")]


def test_lexicons_have_headers_and_known_classes() -> None:
    for name in ("reporting_verbs.tsv", "stance_cues.tsv", "quote_speaker_words.tsv", "quote_function_words.tsv"):
        path = Path(quotes_mod.__file__).parents[1] / "lexicon" / "data" / name
        assert path.read_text(encoding="utf-8").startswith("#"), name
        assert load_rows(name)
    kinds = {c.kind for cues in reporting_cues().by_first.values() for c in cues}
    assert kinds <= {"say", "add", "describe", "transmit", "participle", "after", "quote_noun"}
    assert {"title", "title_bare", "description", "media", "group", "body"} >= {c for v in speaker_words().values() for c in v}


# ------------------------------------------------------------------ the seed (needs ../shared)


def _gold_doc(gold_article: dict) -> Doc:
    parts = [("title", gold_article["title"])]
    if gold_article.get("subtitle"):
        parts.append(("subtitle", gold_article["subtitle"]))
    parts += [("paragraph", p) for p in gold_article["paragraphs"]]
    art = Article.from_parts(parts)  # type: ignore[arg-type]
    doc = Doc(article=art, analysis=Analysis(article_id=art.id))
    segment_doc(doc)
    return doc


def _same_speaker(gold: dict, gold_speaker: str, predicted: str | None) -> bool:
    if predicted is None:
        return False
    forms = {normalize(gold_speaker)}
    for e in gold.get("entities", []):
        if e["name"] == gold_speaker:
            forms |= {normalize(m) for m in e.get("mentions", [])}
    return normalize(predicted) in forms


@pytest.mark.shared
def test_seed_quotes_and_speakers() -> None:
    gold_path = SHARED / "gold" / "dev" / "seed-000.json"
    if not gold_path.exists():
        pytest.skip(f"{gold_path} is absent (../shared is not mounted)")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["articles"][0]
    doc = _gold_doc(gold)
    extract_quotes(doc)
    pred = [q for q in doc.analysis.quotes if q.direct]
    for g in gold["quotes"]:
        match = [q for q in pred if normalize(q.span.text) == normalize(g["text"])]
        assert match, g["text"]
        assert _same_speaker(gold, g["speaker"], match[0].speaker), (g["text"], match[0].speaker)


def test_source_after_according_to_and_tokens_left_alone() -> None:
    doc = make_doc("ووفقا لمصدر أمني في المدينة، انسحب المسلحون «بعد اشتباكات استمرت ساعتين».")
    tokens_before = list(doc.tokens)
    assert direct(doc) == [("بعد اشتباكات استمرت ساعتين", "مصدر أمني في المدينة")]
    assert doc.tokens == tokens_before


def test_standalone_tatweel_tokens_are_harmless() -> None:
    doc = make_doc("وقال الرئيس ـ وهو يغادر القاعة ـ إن «الجلسة انتهت».")
    extract_quotes(doc)
    assert [q.span.text for q in doc.analysis.quotes if q.direct] == ["الجلسة انتهت"]


def test_also_announced_continues_the_last_speaker() -> None:
    doc = make_doc(
        "وقال وزير الصحة كريم المصري إن المستشفيات تعمل بكامل طاقتها.",
        "كما أعلن تشكيل لجنة طبية «لمتابعة حالة الجرحى في كل المحافظات».",
    )
    assert direct(doc) == [("لمتابعة حالة الجرحى في كل المحافظات", "كريم المصري")]


def test_full_name_from_a_mention_or_before_an_apposition() -> None:
    text = "وقال سالم عبد الكريم أمين، محافظ المدينة، إن «الوضع تحت السيطرة الكاملة»."
    # without mentions: a title word (أمين) at the end of the phrase is the last part of the name
    assert direct(make_doc(text)) == [("الوضع تحت السيطرة الكاملة", "سالم عبد الكريم أمين")]
    doc = make_doc(text)
    add_mention(doc, "سالم عبد الكريم أمين", "PER", "Salem Abdulkarim Amin")
    assert direct(doc) == [("الوضع تحت السيطرة الكاملة", "Salem Abdulkarim Amin")]


def test_name_after_the_title_wins_over_an_earlier_speaker_with_that_title() -> None:
    doc = make_doc(
        "وقال المتحدث باسم الشرطة إن «الطرق مغلقة حتى المساء».",
        "وذكر المتحدث العسكري سمير داود «القوات انسحبت من المواقع كلها».",
        "وقال المتحدث رامي يوسف إن «الإمدادات وصلت إلى المدينة».",
    )
    assert [s for _, s in direct(doc)] == ["المتحدث باسم الشرطة", "سمير داود", "رامي يوسف"]


def test_a_title_the_tagger_linked_back_does_not_name_a_new_speaker() -> None:
    # the tagger links «المتحدث» inside «نائبة المتحدث» and «الحركة» to the wrong entities
    doc = make_doc(
        "وقال المتحدث العسكري كمال ناصر إن «الهدنة صامدة في معظم الجبهات».",
        "وقالت نائبة المتحدث باسم الحكومة، ليلى حداد، إن «الزيارة غير مناسبة في الوقت الحالي».",
        "وقالت حركة «النهضة» في بيان إن «الانتخابات مزورة بالكامل».",
        "وتابعت الحركة: «لن نعترف بالنتائج المعلنة أمس».",
        "وكان تنظيم «الفجر» قد هاجم المدينة.",
    )
    add_mention(doc, "كمال ناصر", "PER", "Kamal Nasser")
    add_mention(doc, "المتحدث", "PER", "Kamal Nasser", nth=1)
    add_mention(doc, "ليلى حداد", "PER", "Layla Haddad")
    add_mention(doc, "النهضة", "ORG", "Nahda")
    add_mention(doc, "الحركة", "ORG", "Fajr")
    add_mention(doc, "الفجر", "ORG", "Fajr")
    assert [s for _, s in direct(doc)] == ["Kamal Nasser", "Layla Haddad", "Nahda", "Nahda"]


def test_own_words_after_the_quote_and_a_quantified_subject() -> None:
    doc = make_doc(
        "وقال الوزير كريم المصري إن «الحكومة لن تستقيل».",
        "وتعهد بعض المحتجين بالبقاء في الساحة حتى «سقوط الحكومة»، حسب قولهم.",
        "وقال أحد الشهود: «رأيت الدخان يتصاعد من المبنى».",
    )
    add_mention(doc, "كريم المصري", "PER", "Karim al-Masri")
    assert direct(doc) == [
        ("الحكومة لن تستقيل", "Karim al-Masri"),
        ("سقوط الحكومة", "بعض المحتجين"),  # not carried over from the minister
        ("رأيت الدخان يتصاعد من المبنى", "أحد الشهود"),
    ]


def test_negated_quote_after_a_relative_clause_belongs_to_the_speaker_before() -> None:
    doc = make_doc("وذكر مصدر أمني أن الخلية التي أعلن عن ضبطها أمس «لا صلة لها» بالهجوم على السوق.")
    assert direct(doc) == [("لا صلة لها", "مصدر أمني")]
    # a label inside the relative clause is still not the source's words
    doc = make_doc("وقال المسؤول إن الجماعة التي صنفتها الحكومة «منظمة إرهابية» انسحبت.")
    assert direct(doc) == []


def test_a_pronoun_after_a_passive_verb_is_no_speaker() -> None:
    doc = make_doc("ورفع المحتجون لافتة كتب عليها «لا للفساد ولا للمحاصصة بعد اليوم».")
    assert direct(doc) == [("لا للفساد ولا للمحاصصة بعد اليوم", "المحتجون")]


# ------------------------------------------------------------------ speakers on papers beyond one style


def test_a_subject_before_the_verb_holds_no_ala_phrase() -> None:
    doc = make_doc(
        "وجاء الهجوم بعد أن نشرت جماعة أنصار الحق تسجيلا على الإنترنت أعلنت فيه أنها لم تهزم، "
        "ومتوعدة «سنعود إليكم أقوى من قبل»."
    )
    add_mention(doc, "جماعة أنصار الحق", "ORG", "Ansar al-Haqq")
    assert direct(doc) == [("سنعود إليكم أقوى من قبل", "Ansar al-Haqq")]


def test_after_a_relative_a_possessed_noun_is_the_object() -> None:
    doc = make_doc(
        "وتقاتل القوات الجماعة التي أعلنت ولاءها للتنظيم. ونفذ الهجوم شابان «لم يتجاوز عمرهما عشرين عاما»."
    )
    extract_quotes(doc)
    assert all(q.speaker != "ولاءها" for q in doc.analysis.quotes)


def test_a_source_at_the_end_of_the_sentence_vouches_for_an_uncued_quote() -> None:
    doc = make_doc(
        "ونفذت الهجوم فتاتان «لا يتجاوز عمرهما خمسة عشر عاما» فجرتا نفسيهما في السوق، بحسب حاكم الولاية موسى بكاري."
    )
    assert direct(doc) == [("لا يتجاوز عمرهما خمسة عشر عاما", "موسى بكاري")]


def test_a_singular_title_takes_no_plural_after_it() -> None:
    doc = make_doc("ودعا الرئيس المواطنين إلى «التزام الهدوء والتعاون مع الأمن».")
    assert direct(doc) == [("التزام الهدوء والتعاون مع الأمن", "الرئيس")]


def test_a_quoted_name_with_a_colon_after_the_verb_is_the_speaker() -> None:
    doc = make_doc('وقال المنتقدون إن الغارات دمرت الحي. وقال "الزوي": "القوات صدت الهجوم بكل الأسلحة المتاحة".')
    assert direct(doc) == [("القوات صدت الهجوم بكل الأسلحة المتاحة", "الزوي")]


def test_a_body_is_named_without_the_body_it_belongs_to() -> None:
    doc = make_doc("وقالت خلية الصقور الاستخبارية التابعة لوزارة الداخلية إن «العناصر اعترفوا بكل العمليات».")
    assert direct(doc) == [("العناصر اعترفوا بكل العمليات", "خلية الصقور الاستخبارية")]


def test_a_paper_that_commented_goes_on_speaking() -> None:
    doc = make_doc(
        "وقال الرئيس إن «الزيارة ناجحة». وعلقت صحيفة «لوموند» الفرنسية على الزيارة. "
        "وقالت «إنها زيارة بلا نتائج تذكر على الإطلاق»."
    )
    assert direct(doc)[-1] == ("إنها زيارة بلا نتائج تذكر على الإطلاق", "لوموند")


def test_a_long_quote_after_a_quoted_channel_name_is_speech() -> None:
    doc = make_doc("وقالت سارة لوبيز في تصريح لقناة «تي في إي»، «في هذه اللحظة لا نعرف شيئا عن مصيرهم».")
    assert direct(doc) == [("في هذه اللحظة لا نعرف شيئا عن مصيرهم", "سارة لوبيز")]


def test_a_person_named_right_after_a_title_is_who_that_title_means_later() -> None:
    doc = make_doc(
        "أعلنت رئيسة «اتحاد الكتاب العرب» أن ثلاثة كتاب فقدوا. وقالت ليلى حسن «لا نعرف أين هم الآن». "
        "وتابعت المنظمات بحثها. وأضافت رئيسة اتحاد الكتاب «المنطقة خطرة ونحن قلقون جدا»."
    )
    add_mention(doc, "ليلى حسن", "PER", "Leila Hassan")
    assert direct(doc) == [
        ("لا نعرف أين هم الآن", "Leila Hassan"),
        ("المنطقة خطرة ونحن قلقون جدا", "Leila Hassan"),
    ]


def test_a_quoted_list_of_places_is_no_speech() -> None:
    doc = make_doc('ومدد الرئيس حظر التجول في مدن "العريش والشيخ زويد ورفح". وقصف الجيش مواقع قرب رفح.')
    add_mention(doc, "العريش", "LOC", "Arish")
    add_mention(doc, "الشيخ زويد", "LOC", "Sheikh Zuweid")
    add_mention(doc, "رفح", "LOC", "Rafah", nth=1)
    assert direct(doc) == []


def test_long_quoted_organisation_before_fi_bayan_is_the_speaker() -> None:
    doc = make_doc(
        'وقالت "رابطة أسر المفقودين في سجون الجماعات المسلحة بالشمال" في بيان إن "أبناءنا ما زالوا مجهولي المصير".',
        'وقال البيان إن "الصمت الرسمي لم يعد مقبولا".',
    )
    name = "رابطة أسر المفقودين في سجون الجماعات المسلحة بالشمال"
    assert direct(doc) == [
        ("أبناءنا ما زالوا مجهولي المصير", name),
        ("الصمت الرسمي لم يعد مقبولا", name),  # «البيان» is the statement it issued
    ]


def test_family_name_in_al_before_a_title() -> None:
    doc = make_doc('لكن ماهر السويدي المتحدث باسم الشرطة قال في مؤتمر صحافي إن "التحقيق ما زال جاريا".')
    assert direct(doc) == [("التحقيق ما زال جاريا", "ماهر السويدي")]


def test_envoy_with_post_then_name() -> None:
    doc = make_doc('وندد المبعوث الخاص للاتحاد الأفريقي في مالي بيير دوبوا بالهجوم، واصفا إياه بأنه "جريمة نكراء".')
    add_mention(doc, "بيير دوبوا", "PER", "Pierre Dubois")
    assert direct(doc) == [("جريمة نكراء", "Pierre Dubois")]


def test_members_of_a_group_speak_for_it() -> None:
    doc = make_doc('وقال مقاتلو حركة النصر الشعبية في تسجيل مصور إن "المعركة لم تنته بعد".')
    add_mention(doc, "حركة النصر الشعبية", "ORG", "Popular Victory Movement")
    assert direct(doc) == [("المعركة لم تنته بعد", "Popular Victory Movement")]


def test_unclosed_guillemet_ends_at_next_reported_clause() -> None:
    # the closer of the first quote is missing; «وأضاف» opens the next piece of speech
    doc = make_doc(
        "وقال خالد المنصوري رئيس اللجنة إن «اللجنة ماضية في عملها حتى نهاية العام "
        "وأضاف أن الحكومة «ستقدم تقريرا مفصلا خلال أسبوعين."
    )
    found = direct(doc)
    assert ("اللجنة ماضية في عملها حتى نهاية العام", "خالد المنصوري") in found
    assert any(text.startswith("ستقدم تقريرا مفصلا") for text, _ in found)


def test_nested_guillemets_still_pair() -> None:
    doc = make_doc("وقال سامي العلي: «نحن نرفض ما تسميه الجماعة «الحل الأخير» ولن نقبل به».")
    assert [t for t, _ in direct(doc)][0] == "نحن نرفض ما تسميه الجماعة «الحل الأخير» ولن نقبل به"


def test_quote_runs_over_a_line_wrapped_mid_sentence() -> None:
    # scraped copy breaks lines inside a sentence; “ is closed by a double prime ″
    doc = make_doc(
        "وأشارت المصادر إلى أن “القوات تمكنت من تطويق المسلحين في",
        "الحي الشرقي وإجبارهم على الانسحاب″.",
    )
    ((text, speaker),) = direct(doc)
    assert text.startswith("القوات تمكنت من تطويق المسلحين في")
    assert text.endswith("وإجبارهم على الانسحاب")
    assert speaker == "المصادر"


def test_quote_does_not_cross_a_finished_paragraph() -> None:
    doc = make_doc("وقال مدير المستشفى أحمد ناصر: «استقبلنا عشرات الجرحى.", "وتواصل القصف على المدينة طوال الليل.")
    ((text, _),) = direct(doc)
    assert text == "استقبلنا عشرات الجرحى"


def test_person_told_agency_is_the_speaker(monkeypatch: pytest.MonkeyPatch) -> None:
    # «X لفرانس برس»: X told the agency; the agency is not part of X's name
    from rasd.lexicon.actors import lookup_actor

    monkeypatch.setattr(quotes_mod, "lookup_actor", lookup_actor)
    doc = make_doc('وقال قائد الشرطة المحلية مراد لفرانس برس "لقد أغلقنا كل الطرق المؤدية إلى السوق".')
    ((text, speaker),) = direct(doc)
    assert text == "لقد أغلقنا كل الطرق المؤدية إلى السوق"
    assert speaker is not None and "فرانس" not in speaker and "مراد" in speaker


def test_quote_after_ja_fihi_is_speech() -> None:
    # «جاء فيه:» — فيه is the pronoun complement, not the noun فئة («a category called ...»)
    doc = make_doc("وأصدرت الهيئة بيانا جاء فيه: «نرفض أي تدخل في شؤون المجلس المحلي للمدينة».")
    assert [t for t, _ in direct(doc)] == ["نرفض أي تدخل في شؤون المجلس المحلي للمدينة"]


def _speakers_of(*paragraphs: str) -> list[tuple[str | None, str]]:
    doc = make_doc(*paragraphs)
    extract_quotes(doc)
    return [(q.speaker, q.span.text) for q in doc.analysis.quotes]


def test_participle_of_saying_is_not_a_subject() -> None:
    # «وأضاف قائلا»: قائلا says how; the speaker is the one of the sentence before
    got = _speakers_of("وقال العقيد سالم الهادي: «تقدمت قواتنا».", "وأضاف قائلا: «سنطهر المدينة قريبا».")
    assert [s for s, _t in got] == ["سالم الهادي", "سالم الهادي"]  # the title is not kept


def test_description_then_its_name_gives_the_name() -> None:
    got = _speakers_of("وقال أحد السكان ويدعى مراد يوسف لوكالة الأنباء: «احترق السوق كله».")
    assert got == [("مراد يوسف", "احترق السوق كله")]
    got = _speakers_of("وقال شاهد عيان يدعى خالد سعيد إن المسلحين فروا.")
    assert [s for s, _t in got] == ["خالد سعيد"]


def test_rank_stays_with_the_description() -> None:
    got = _speakers_of("وقال ضابط في الجيش برتبة مقدم: «صدت قواتنا الهجوم».")
    assert got == [("ضابط في الجيش برتبة مقدم", "صدت قواتنا الهجوم")]


def test_straight_opener_never_closed_ends_before_the_next_reported_clause() -> None:
    # the first mark opens (glued to the word after it) and is never closed; «وأضافت» starts
    # a new clause of reported speech, so the fragments after it pair among themselves
    doc = make_doc(
        'وقالت الشرطة إنها تمكنت من "تفكيك شبكة تهريب تضم عشرة اعضاء في مدن الساحل. '
        'وأضافت الشرطة ان الشبكة كانت مرتبطة ب"تجار" في الخارج.'
    )
    quoted = [text for text, _sp in direct(doc)]
    assert quoted == ["تفكيك شبكة تهريب تضم عشرة اعضاء في مدن الساحل", "تجار"]


def test_nested_straight_quote_keeps_the_outer_quote() -> None:
    doc = make_doc('وقال الحزب في بيان، "نعلن إلغاء المهرجان. وبسبب هذا القرار، ألغت "قائمة الأمل" التجمع".')
    quoted = [text for text, _sp in direct(doc)]
    assert quoted[0].startswith("نعلن إلغاء المهرجان")


def test_long_quoted_phrase_after_li_is_not_a_name() -> None:
    doc = make_doc('وقال وزير الداخلية إن اعضاء الخلية كانوا يخططون ل"سلسلة هجمات على مقار حكومية في العاصمة".')
    assert direct(doc) == [("سلسلة هجمات على مقار حكومية في العاصمة", "وزير الداخلية")]


def test_the_same_source_is_the_last_speaker() -> None:
    doc = make_doc(
        "وقالت وزارة الداخلية إن الشرطة اعتقلت خمسة اشخاص. "
        'وبحسب المصدر نفسه كان الموقوفون يخططون لمهاجمة "مواقع حساسة" في المدينة.'
    )
    assert direct(doc) == [("مواقع حساسة", "وزارة الداخلية")]


def all_quotes(doc: Doc) -> list[tuple[str, str | None]]:
    extract_quotes(doc)
    return [(q.span.text, q.speaker) for q in doc.analysis.quotes]


def test_a_bi_or_li_phrase_after_the_verb_is_no_speaker() -> None:
    # «تابع» (subordinate to) is no «وتابع» (he went on): «لسياسات» is its complement, not who speaks
    doc = make_doc(
        "وقال القيادي في الحزب سالم العمري إن البلاد تجاوزت الأزمة، مضيفا أن كل من هو تابع لسياسات خارجية سيخسر. "
        "ولفت إلى أن الانتخابات ستجري في موعدها."
    )
    add_mention(doc, "سالم العمري", "PER", "Salem al-Omari")
    speakers = {sp for _text, sp in all_quotes(doc)}
    assert speakers == {"Salem al-Omari"}


def test_an_accusative_noun_after_the_verb_is_its_object() -> None:
    # «تضيف مزيداً من»: the accusative alif marks the object; the later «وقال» has no subject here
    doc = make_doc(
        "وقال وزير السياحة إن عدد الزوار ارتفع هذا العام.",
        "ويمكن أن تضيف مزيدا من الإثارة إلى الرحلة. وقال في مذكراته إنه زار المدينة مرتين.",
    )
    assert ("إنه زار المدينة مرتين", "وزير السياحة") in all_quotes(doc)


def test_a_speaker_paragraphs_back_does_not_go_on() -> None:
    # after several paragraphs of narration, a subjectless «وقال» is not the last speaker's
    doc = make_doc(
        "وقال وزير السياحة إن عدد الزوار ارتفع هذا العام.",
        "ويقع القصر على تلة قرب النهر.",
        "وتحيط بالقصر حدائق واسعة.",
        "وقال في مذكراته إنه قضى فيه أجمل أيامه.",
    )
    quotes = all_quotes(doc)
    assert ("عدد الزوار ارتفع هذا العام", "وزير السياحة") in quotes
    assert ("إنه قضى فيه أجمل أيامه", None) in quotes


def test_a_continuation_in_the_next_paragraph_keeps_its_speaker() -> None:
    doc = make_doc("وقال وزير السياحة إن عدد الزوار ارتفع هذا العام.", "وأضاف أن الفنادق امتلأت بالكامل.")
    assert ("الفنادق امتلأت بالكامل", "وزير السياحة") in all_quotes(doc)


def test_a_title_with_its_post_after_ila_then_the_name() -> None:
    doc = make_doc("وقال المبعوث الأممي إلى ليبيا كريم السعدي إن الحوار سيستأنف الأسبوع المقبل.")
    add_mention(doc, "كريم السعدي", "PER", "Karim al-Saadi")
    assert all_quotes(doc) == [("الحوار سيستأنف الأسبوع المقبل", "Karim al-Saadi")]


def test_a_quantifier_ends_the_speaker_phrase() -> None:
    # «يقول الكاتب كل ما يريد»: «كل» opens the object, it is not part of who speaks
    doc = make_doc("ويقول الكاتب كل ما يريد ثم يكتب «لقد قلت كل شيء».")
    assert {sp for _t, sp in all_quotes(doc)} <= {"الكاتب"}
