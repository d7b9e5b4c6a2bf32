"""Cleaning: dumps split into articles with title, deck, captions, headings, paragraphs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.arabic import normalize
from rasd.clean import articles_from_document
from rasd.clean.furniture import furniture_kind, is_separator, photo_credit
from rasd.model import Article, Document
from rasd.sources import read_articles

FURNITURE = {"TT", "A A", "شارك", "طباعة", "الرئيسية", "نسخ الرابط"}


def dump(text: str, **kw: object) -> list[Article]:
    return articles_from_document(Document(path="dump.txt", format="text", content=text, **kw))  # type: ignore[arg-type]


def structure(art: Article) -> dict:
    return {"title": art.title, "subtitle": art.subtitle, "captions": art.captions,
            "headings": art.headings, "paragraphs": art.paragraphs}


def assert_well_formed(arts: list[Article]) -> None:
    for art in arts:
        for block in art.blocks:
            piece = art.text[block.start:block.end]
            assert piece and piece == piece.strip()
            assert piece not in FURNITURE
            assert not piece.startswith("اقرأ أيضاً")


# ------------------------------------------------------------------ the canonical seed


def _seed(shared: Path) -> tuple[Path, dict]:
    gold = json.loads((shared / "gold" / "dev" / "seed-000.json").read_text(encoding="utf-8"))
    return shared / "seed" / "000_ce84b0a20565e171.txt", gold


def test_seed_matches_gold_exactly(shared: Path) -> None:
    seed, gold = _seed(shared)
    arts = [a for a in read_articles([str(seed)]) if isinstance(a, Article)]
    assert len(arts) == len(gold["articles"]) == 2
    for art, want in zip(arts, gold["articles"], strict=True):
        assert structure(art) == {k: want[k] for k in ("title", "subtitle", "captions", "headings", "paragraphs")}
        boiler = {normalize(b) for b in want["boilerplate"]}
        assert not any(normalize(art.text[b.start:b.end]) in boiler for b in art.blocks)
    assert_well_formed(arts)


def test_seed_survives_cp1256_and_crlf(shared: Path, tmp_path: Path) -> None:
    seed, gold = _seed(shared)
    text = seed.read_text(encoding="utf-8")
    legacy = tmp_path / "seed-legacy.txt"
    legacy.write_bytes(text.replace("\n", "\r\n").encode("cp1256", errors="replace"))
    arts = [a for a in read_articles([str(legacy)]) if isinstance(a, Article)]
    assert [a.title for a in arts] == [g["title"] for g in gold["articles"]]
    assert [len(a.captions) for a in arts] == [0, 3]
    assert [a.headings for a in arts] == [g["headings"] for g in gold["articles"]]


def test_seed_without_its_repeated_headlines(shared: Path) -> None:
    """The structure must not hinge on one signal: drop the headline repeats and the TT."""
    seed, gold = _seed(shared)
    lines = seed.read_text(encoding="utf-8").splitlines()
    titles = {g["title"] for g in gold["articles"]}
    kept, seen = [], set()
    for line in lines:
        if line.strip() in titles:
            if line.strip() in seen:
                continue
            seen.add(line.strip())
        if line.strip() != "TT":
            kept.append(line)
    arts = dump("\n".join(kept))
    assert [a.title for a in arts] == [g["title"] for g in gold["articles"]]
    assert arts[0].subtitle == gold["articles"][0]["subtitle"]
    assert arts[1].captions == gold["articles"][1]["captions"]
    assert [a.paragraphs for a in arts] == [g["paragraphs"] for g in gold["articles"]]


# ------------------------------------------------------------------ invented dumps (other outlets)

# Three articles from an invented outlet: navigation and share/print labels, a
# "read also" link, captions credited to (رويترز)/(أ.ف.ب) and one printed twice,
# rule lines between articles, and a middle article with no deck.
THREE_ARTICLES = """الرئيسية
شارك
طباعة
وزير الخارجية الأردني يبحث في بغداد أمن الحدود المشتركة
زيارة هي الثانية خلال عام وتتناول ملف المعابر والتجارة
وزير الخارجية الأردني لدى وصوله إلى مطار بغداد الدولي (رويترز)
وزير الخارجية الأردني لدى وصوله إلى مطار بغداد الدولي (رويترز)
وصل وزير الخارجية الأردني إلى بغداد صباح الأحد في زيارة رسمية تستمر يومين، يلتقي خلالها رئيس الوزراء العراقي ووزير الداخلية لبحث أمن الحدود المشتركة.
وقال المتحدث باسم الخارجية الأردنية إن الزيارة «تأتي في إطار التنسيق الدائم بين البلدين»، مضيفاً أن ملف المعابر الحدودية سيكون على رأس جدول الأعمال.
اقرأ أيضاً: الأردن والعراق يوقعان اتفاقية للربط الكهربائي
ملف المعابر
وكانت الحكومتان قد أعادتا فتح معبر طريبيل أمام حركة الشاحنات العام الماضي بعد إغلاق دام أشهراً.
ويتوقع مراقبون أن تتناول المحادثات أيضاً مشروع أنبوب النفط من البصرة إلى العقبة.
نسخ الرابط
-----------
ارتفاع حصيلة ضحايا السيول في جنوب اليمن إلى 12 قتيلاً
شارك
طباعة
ارتفعت حصيلة ضحايا السيول التي ضربت محافظة حضرموت إلى 12 قتيلاً على الأقل، بحسب ما أعلنت السلطات المحلية مساء الاثنين.
سيارات غمرتها المياه في أحد شوارع المكلا (أ.ف.ب)
وأوضح مسؤول في الدفاع المدني أن فرق الإنقاذ ما زالت تبحث عن مفقودين في الأودية القريبة من المدينة.
-----------
البرلمان اللبناني يفشل مجدداً في انتخاب رئيس للجمهورية
الجلسة الثالثة عشرة تنتهي من دون اكتمال النصاب
فشل مجلس النواب اللبناني، الخميس، للمرة الثالثة عشرة في انتخاب رئيس جديد للجمهورية، بعد انسحاب عدد من النواب من الجلسة قبل الدورة الثانية.
تصويت وتسويات
وقال رئيس المجلس إنه سيدعو إلى جلسة جديدة «عندما تتوفر ظروف التوافق».
اقرأ المزيد
شارك
"""


def test_three_articles_with_share_print_and_read_more() -> None:
    arts = dump(THREE_ARTICLES)
    assert len(arts) == 3
    first, second, third = (structure(a) for a in arts)
    assert first == {
        "title": "وزير الخارجية الأردني يبحث في بغداد أمن الحدود المشتركة",
        "subtitle": "زيارة هي الثانية خلال عام وتتناول ملف المعابر والتجارة",
        "captions": ["وزير الخارجية الأردني لدى وصوله إلى مطار بغداد الدولي (رويترز)"],
        "headings": ["ملف المعابر"],
        "paragraphs": [
            "وصل وزير الخارجية الأردني إلى بغداد صباح الأحد في زيارة رسمية تستمر يومين، يلتقي خلالها رئيس الوزراء العراقي ووزير الداخلية لبحث أمن الحدود المشتركة.",
            "وقال المتحدث باسم الخارجية الأردنية إن الزيارة «تأتي في إطار التنسيق الدائم بين البلدين»، مضيفاً أن ملف المعابر الحدودية سيكون على رأس جدول الأعمال.",
            "وكانت الحكومتان قد أعادتا فتح معبر طريبيل أمام حركة الشاحنات العام الماضي بعد إغلاق دام أشهراً.",
            "ويتوقع مراقبون أن تتناول المحادثات أيضاً مشروع أنبوب النفط من البصرة إلى العقبة.",
        ],
    }
    assert second["title"] == "ارتفاع حصيلة ضحايا السيول في جنوب اليمن إلى 12 قتيلاً"
    assert second["subtitle"] is None  # the first line after the headline is the lead paragraph
    assert second["captions"] == ["سيارات غمرتها المياه في أحد شوارع المكلا (أ.ف.ب)"]
    assert second["headings"] == [] and len(second["paragraphs"]) == 2
    assert third["subtitle"] == "الجلسة الثالثة عشرة تنتهي من دون اكتمال النصاب"
    assert third["headings"] == ["تصويت وتسويات"] and len(third["paragraphs"]) == 2
    assert len({a.id for a in arts}) == 3
    assert_well_formed(arts)


# The Asharq-like layout from another invented outlet: the headline printed again and
# again, a caption without credit printed twice in a row next to it, the "A A" font
# control, a date line and a URL line, CRLF endings, and a wide gap between articles.
REPEATED_HEADLINES = """الجيش السوداني يعلن استعادة السيطرة على جسر استراتيجي في الخرطوم
URL: https://news.example.sd/2024/05/bridge
نشر في: 2024-05-04

الجيش السوداني يعلن استعادة السيطرة على جسر استراتيجي في الخرطوم
A A

عناصر من الجيش السوداني قرب الجسر
عناصر من الجيش السوداني قرب الجسر

الجيش السوداني يعلن استعادة السيطرة على جسر استراتيجي في الخرطوم

أعلن الجيش السوداني، السبت، أنه استعاد السيطرة على جسر الحلفايا الذي يربط مدينتي الخرطوم بحري وأم درمان، بعد معارك استمرت ثلاثة أيام.

وقال الناطق باسم الجيش في بيان إن القوات «كبّدت المتمردين خسائر فادحة في الأرواح والعتاد».

مواقف دولية

ودعت الأمم المتحدة الطرفين إلى وقف فوري لإطلاق النار وفتح ممرات آمنة لإيصال المساعدات إلى المدنيين.

نازحون يعبرون الجسر باتجاه أم درمان (الأناضول)

وتقدّر منظمات إنسانية عدد النازحين من العاصمة منذ بداية الحرب بأكثر من ثلاثة ملايين شخص.



تركيا ترفع أسعار الفائدة للمرة الثالثة هذا العام

البنك المركزي يتوقع تراجع التضخم في الربع الأخير

تركيا ترفع أسعار الفائدة للمرة الثالثة هذا العام

قرر البنك المركزي التركي، الخميس، رفع سعر الفائدة الرئيسي بمقدار خمس نقاط مئوية، في خطوة قال إنها تهدف إلى كبح التضخم.

وجاء القرار أعلى من توقعات معظم المحللين الذين استطلعت آراءهم وكالات الأنباء.
""".replace("\n", "\r\n")


def test_repeated_headlines_other_outlet() -> None:
    sudan, turkey = dump(REPEATED_HEADLINES)
    assert sudan.title == "الجيش السوداني يعلن استعادة السيطرة على جسر استراتيجي في الخرطوم"
    assert sudan.subtitle is None
    assert sudan.captions == ["عناصر من الجيش السوداني قرب الجسر", "نازحون يعبرون الجسر باتجاه أم درمان (الأناضول)"]
    assert sudan.headings == ["مواقف دولية"]
    assert len(sudan.paragraphs) == 4 and sudan.paragraphs[0].startswith("أعلن الجيش السوداني")
    assert sudan.url == "https://news.example.sd/2024/05/bridge"
    assert sudan.published == "2024-05-04"
    assert turkey.title == "تركيا ترفع أسعار الفائدة للمرة الثالثة هذا العام"
    assert turkey.subtitle == "البنك المركزي يتوقع تراجع التضخم في الربع الأخير"
    assert turkey.captions == [] and len(turkey.paragraphs) == 2
    assert turkey.url is None
    assert_well_formed([sudan, turkey])


def test_metadata_date_wins_over_a_date_line() -> None:
    (first, _) = dump(REPEATED_HEADLINES, published="2024-05-05")
    assert first.published == "2024-05-05"


def test_single_article_without_deck_or_repeats() -> None:
    text = (
        "الشرطة المغربية توقف خلية من أربعة أشخاص في طنجة\n\n"
        "أوقفت الشرطة المغربية أربعة أشخاص يشتبه في انتمائهم إلى خلية كانت تخطط لهجمات، وفق بيان رسمي.\n\n"
        "وأضاف البيان أن عمليات التفتيش أسفرت عن حجز مواد تستعمل في صنع المتفجرات.\n"
    )
    (art,) = dump(text)
    assert art.title.startswith("الشرطة المغربية") and art.subtitle is None
    assert len(art.paragraphs) == 2 and art.captions == [] and art.headings == []


def test_only_furniture_gives_no_article() -> None:
    assert dump("TT\nشارك\nطباعة\n\n-----\n") == []
    assert dump("") == []


def test_paragraph_printed_twice_is_kept_once() -> None:
    para = "وقال المتحدث إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة العمانية مسقط بحضور الوسطاء."
    text = f"استئناف المفاوضات بين الطرفين الأسبوع المقبل\n\n{para}\n\n{para}\n\nوأكد أن الأجواء إيجابية.\n"
    (art,) = dump(text)
    assert art.paragraphs == [para, "وأكد أن الأجواء إيجابية."]


# ------------------------------------------------------------------ records and HTML


def test_record_is_title_and_lines() -> None:
    doc = Document(path="x.jsonl:3", format="record", title=" عنوان الخبر ",
                   content="الفقرة الأولى.\n\n  الفقرة الثانية.  \n", published="2015-07-22")
    (art,) = articles_from_document(doc)
    assert art.title == "عنوان الخبر" and art.paragraphs == ["الفقرة الأولى.", "الفقرة الثانية."]
    assert art.published == "2015-07-22" and art.path == "x.jsonl:3"


def test_record_with_html_content() -> None:
    doc = Document(path="x.jsonl:1", format="record", title="عنوان",
                   content="<p>الفقرة الأولى.</p><p>الفقرة الثانية.<br>سطر بعد فاصل.</p>")
    (art,) = articles_from_document(doc)
    assert art.paragraphs == ["الفقرة الأولى.", "الفقرة الثانية.", "سطر بعد فاصل."]


def test_html_fragment_without_page() -> None:
    doc = Document(path="feed.xml:1", format="html", title="عنوان الخبر",
                   content="<p>قُتل ثلاثة أشخاص في انفجار.</p><p>وقال مسؤول إن التحقيق جار.</p>")
    (art,) = articles_from_document(doc)
    assert art.title == "عنوان الخبر"
    assert art.paragraphs == ["قُتل ثلاثة أشخاص في انفجار.", "وقال مسؤول إن التحقيق جار."]


@pytest.mark.parametrize("junk", ["", "<html></html>", "<p>", "<<<>>>", "\x00\x01", "<?xml version='1.0'?>"])
def test_html_junk_gives_nothing_and_does_not_raise(junk: str) -> None:
    assert articles_from_document(Document(path="j.html", format="html", content=junk)) == []


# ------------------------------------------------------------------ line signals


def test_line_signals() -> None:
    assert furniture_kind("TT") and furniture_kind("شارك") and furniture_kind("إقرأ أيضاً: عنوان آخر")
    assert furniture_kind("نشر في: 2024-05-04") == "date"
    assert furniture_kind("نشر في الصحيفة تقرير مطول عن الحرب") is None
    assert furniture_kind("وقال المتحدث إن الزيارة ناجحة.") is None
    assert photo_credit("صورة للوزير في كابل (أ.ف.ب)") == "أ.ف.ب"
    assert photo_credit("جنود قرب الحدود (رويترز)") == "رويترز"
    assert photo_credit("صورة من الموقع (تصوير: أحمد علي)") == "تصوير: أحمد علي"
    assert photo_credit("هكذا بدت المدينة بعد العاصفة (فيديو)") is None
    assert photo_credit("اجتمع الطرفان في سبتمبر (أيلول)") is None
    assert is_separator("-----") and is_separator("* * *") and not is_separator("2024")


def test_stray_double_blank_before_a_heading_does_not_split() -> None:
    text = (
        "الحكومة العراقية تقر موازنة العام المقبل بعد أشهر من الخلافات\n\n"
        "أقر مجلس الوزراء العراقي، الثلاثاء، مشروع موازنة العام المقبل وأحاله إلى البرلمان للتصويت عليه.\n\n"
        "وقال المتحدث باسم الحكومة إن الموازنة تتضمن زيادة في مخصصات الكهرباء والخدمات.\n\n\n"
        "خلافات مع إقليم كردستان\n\n"
        "وكانت الخلافات حول حصة الإقليم من الإيرادات النفطية قد أخرت إقرار المشروع.\n"
    )
    (art,) = dump(text)
    assert art.headings == ["خلافات مع إقليم كردستان"] and len(art.paragraphs) == 3
