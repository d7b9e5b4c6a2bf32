"""Hand-built sample data for the store, API and UI tests (and for trying `rasd serve` empty-handed).

The news below is invented for rasd: no sentence is copied from anywhere. The
analyses are written by hand (offsets found with ``str.find``), so the store,
search and UI can be tested before, and independently of, the extractors.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator

from rasd.model import (
    Analysis,
    Article,
    Entity,
    Event,
    Mention,
    Place,
    Quantity,
    Quote,
    Span,
    Statement,
    TimeExpr,
)


def span_of(article: Article, needle: str, nth: int = 0, within: Span | None = None) -> Span:
    """The ``nth`` occurrence of ``needle`` in the article's text (or inside ``within``), as a Span."""
    start = within.start - 1 if within else -1
    for _ in range(nth + 1):
        start = article.text.find(needle, start + 1, within.end if within else len(article.text))
        if start < 0:
            raise ValueError(f"{needle!r} not in article {article.id}")
    return Span(start, start + len(needle), needle)


HAQQANI = Entity("haqqani_network", "Haqqani Network", "ORG", name_ar="شبكة حقاني", kind="armed_group",
                 country="AF", aliases=["الحقانيون"])
KABUL = Entity("kabul", "Kabul", "LOC", name_ar="كابل", kind="city", country="AF")
BAGHDAD = Entity("baghdad", "Baghdad", "LOC", name_ar="بغداد", kind="city", country="IQ")
SANAA = Entity("sanaa", "Sanaa", "LOC", name_ar="صنعاء", kind="city", country="YE")
AFGHAN_POLICE = Entity("afghan_police", "Afghan National Police", "ORG", name_ar="الشرطة الأفغانية",
                       kind="police", country="AF")
COALITION = Entity("arab_coalition", "Saudi-led coalition", "ORG", name_ar="التحالف العربي", kind="military")


def _kabul_bombing() -> tuple[Article, Analysis]:
    art = Article.from_parts([
        ("title", "مقتل 12 شخصا في انفجار سيارة مفخخة بسوق في كابل"),
        ("subtitle", "شبكة حقّاني تنفي مسؤوليتها والشرطة تعتقل ثلاثة مشتبه بهم"),
        ("caption", "عناصر من الشرطة الأفغانية في موقع الانفجار (أ.ف.ب)"),
        ("paragraph", "كابل: قال مسؤول في الشرطة الأفغانية إن 12 شخصا قتلوا وأصيب 30 آخرون في انفجار "
                      "سيارة مفخخة بسوق شعبي وسط كابل صباح الأربعاء."),
        ("paragraph", "ونفت شبكة حقاني في بيان أي علاقة لها بالهجوم، وقال المتحدث باسمها: "
                      "«لم نشارك في هذا العمل ولا نستهدف الأسواق»."),
        ("heading", "اعتقالات"),
        ("paragraph", "وأعلنت الشرطة الأفغانية اعتقال ثلاثة مشتبه بهم في الانفجارات التي شهدتها العاصمة "
                      "خلال الأسبوع الماضي."),
    ], source="sample-news", url="https://example.org/news/kabul-market", published="2015-07-16")
    an = Analysis(article_id=art.id)
    police = span_of(art, "الشرطة الأفغانية")
    haqqani = span_of(art, "شبكة حقاني")
    an.mentions = [
        Mention(span_of(art, "شبكة حقّاني"), "ORG", "haqqani_network"),
        Mention(haqqani, "ORG", "haqqani_network"),
        Mention(police, "ORG", "afghan_police"),
        Mention(span_of(art, "كابل"), "LOC", "kabul"),
        Mention(span_of(art, "كابل", 2), "LOC", "kabul"),
    ]
    an.entities = [HAQQANI, AFGHAN_POLICE, KABUL]
    an.times = [TimeExpr(span_of(art, "صباح الأربعاء"), "2015-07-15", precision="day",
                         resolution="relative_to_publication", anchor="2015-07-16"),
                TimeExpr(span_of(art, "الأسبوع الماضي"), "2015-W28", precision="week",
                         resolution="relative_to_publication", anchor="2015-07-16")]
    an.quantities = [Quantity(span_of(art, "12 شخصا", 1), 12, "people"),
                     Quantity(span_of(art, "30 آخرون"), 30, "people")]
    quote = span_of(art, "لم نشارك في هذا العمل ولا نستهدف الأسواق")
    an.quotes = [Quote(quote, speaker="Haqqani Network", speaker_entity="haqqani_network",
                       speaker_span=span_of(art, "المتحدث باسمها"), cue=span_of(art, "وقال"))]
    an.statements = [Statement("deny", "Haqqani Network", span_of(art, "أي علاقة لها بالهجوم"),
                               span_of(art, "ونفت"), speaker_span=haqqani, speaker_entity="haqqani_network")]
    evidence = span_of(art, "إن 12 شخصا قتلوا وأصيب 30 آخرون في انفجار سيارة مفخخة بسوق شعبي وسط كابل")
    arrest = span_of(art, "وأعلنت الشرطة الأفغانية اعتقال ثلاثة مشتبه بهم")
    an.events = [
        Event("bombing", evidence, trigger=span_of(art, "انفجار", within=evidence), date="2015-07-15",
              place=Place("Kabul", "AF", "Kabul", 34.5281, 69.1723, "city"),
              actor2="سوق شعبي", killed=12, injured=30, claim="denied", rule="test"),
        Event("arrest", arrest, trigger=span_of(art, "اعتقال", within=arrest), date="2015-07-16",
              place=Place("Kabul", "AF", "Kabul", 34.5281, 69.1723, "city"),
              actor1="Afghan National Police", actor1_entity="afghan_police", actor2="ثلاثة مشتبه بهم",
              rule="test"),
    ]
    return art, an


def _baghdad_protest() -> tuple[Article, Analysis]:
    art = Article.from_parts([
        ("title", "آلاف المتظاهرين في بغداد يطالبون بإصلاح الكهرباء"),
        ("paragraph", "بغداد: خرج آلاف المتظاهرين الجمعة إلى ساحة التحرير في بغداد احتجاجا على انقطاع "
                      "الكهرباء، ورفعوا لافتات تطالب الحكومة بمحاسبة المسؤولين."),
        ("paragraph", "وقال أحد المنظمين إن التظاهرات ستستمر كل جمعة حتى تتحقق المطالب، مشيرا إلى أن "
                      "القيادي الحقاني السابق لا علاقة له بالعراق."),
    ], source="sample-news", url="https://example.org/news/baghdad-protest", published="2015-07-31")
    an = Analysis(article_id=art.id)
    an.mentions = [Mention(span_of(art, "بغداد"), "LOC", "baghdad"),
                   Mention(span_of(art, "بغداد", 2), "LOC", "baghdad")]
    an.entities = [BAGHDAD]
    an.times = [TimeExpr(span_of(art, "الجمعة"), "2015-07-31", precision="day",
                         resolution="relative_to_publication", anchor="2015-07-31")]
    an.events = [Event("protest", span_of(art, "خرج آلاف المتظاهرين الجمعة إلى ساحة التحرير في بغداد"),
                       trigger=span_of(art, "خرج"), date="2015-07-31",
                       place=Place("Baghdad", "IQ", "Baghdad", 33.3152, 44.3661, "city"),
                       actor1="متظاهرون", rule="test")]
    return art, an


def _sanaa_strike() -> tuple[Article, Analysis]:
    art = Article.from_parts([
        ("title", "غارات جوية على مواقع للمتمردين قرب صنعاء"),
        ("paragraph", "صنعاء: شن التحالف العربي غارات جوية على مواقع للمتمردين شمال صنعاء مساء الثلاثاء، "
                      "ما أسفر عن مقتل ثمانية مسلحين بحسب مصادر محلية."),
        ("paragraph", "وقال متحدث حكومي في رسالة لحقاني: «عمليات التحالف العربي لن تتوقف قبل انسحاب المسلحين من المدن»."),
    ], source="other-paper", url="https://example.org/other/sanaa", published="2015-08-05")
    an = Analysis(article_id=art.id)
    coalition = span_of(art, "التحالف العربي")
    an.mentions = [Mention(coalition, "ORG", "arab_coalition"),
                   Mention(span_of(art, "التحالف العربي", 1), "ORG", "arab_coalition"),
                   Mention(span_of(art, "صنعاء", 1), "LOC", "sanaa")]
    an.entities = [COALITION, SANAA]
    an.quantities = [Quantity(span_of(art, "ثمانية مسلحين"), 8, "people")]
    an.quotes = [Quote(span_of(art, "عمليات التحالف العربي لن تتوقف قبل انسحاب المسلحين من المدن"), speaker="متحدث حكومي",
                       speaker_span=span_of(art, "متحدث حكومي"), cue=span_of(art, "وقال"))]
    strike = span_of(art, "شن التحالف العربي غارات جوية على مواقع للمتمردين شمال صنعاء")
    an.events = [Event("air_strike", strike, trigger=span_of(art, "غارات جوية", within=strike), date="2015-08-04",
                       place=Place("Sanaa", "YE", "Amanat Al Asimah", 15.3694, 44.191, "city"),
                       actor1="Saudi-led coalition", actor1_entity="arab_coalition", actor2="المتمردين",
                       killed=8, rule="test")]
    return art, an


def _kabul_copy(original: Article) -> Article:
    """The same wire story republished by another outlet: an exact duplicate."""
    parts = [(b.kind, original.text[b.start:b.end]) for b in original.blocks]
    art = Article.from_parts(parts, source="copy-paper", url="https://example.net/kabul",
                             published="2015-07-16")
    art.duplicate_of = original.id
    return art


def sample_items() -> list[tuple[Article, Analysis | None, bytes | None]]:
    """Three analyzed articles and one exact duplicate, as ``Store.save_batch`` takes them."""
    kabul, kabul_an = _kabul_bombing()
    baghdad, baghdad_an = _baghdad_protest()
    sanaa, sanaa_an = _sanaa_strike()
    return [
        (kabul, kabul_an, b"sig-kabul"),
        (baghdad, baghdad_an, b"sig-baghdad"),
        (sanaa, sanaa_an, b"sig-sanaa"),
        (_kabul_copy(kabul), None, None),
    ]


@contextlib.contextmanager
def temporary_pg_schema(url: str) -> Iterator[str]:
    """A fresh PostgreSQL schema for one test; yields a URL whose search_path is that schema."""
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{name}"')
    sep = "&" if "?" in url else "?"
    try:
        yield f"{url}{sep}options=-csearch_path%3D{name}"
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{name}" CASCADE')
