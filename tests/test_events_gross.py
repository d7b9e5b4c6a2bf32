"""Events stage: gross errors an analyst would never make on ordinary articles. Actors that
are verbs, pronouns, quantifiers or event nouns; tolls that are no deaths of the happening;
words that name no happening. Every sentence is invented for these tests; documents are
built by hand (see event_docs) so the event rules are tested on their own."""

from __future__ import annotations

from event_docs import build
from event_docs import run_events as run

from rasd.extract.events import Actor, ArticleContext, party_or_none
from rasd.model import Span


def actor_on(text: str, words: str, entity_id: str | None = None) -> tuple[ArticleContext, Actor]:
    doc = build([("paragraph", text)])
    ctx = ArticleContext(doc)
    start = doc.text.index(words)
    span = Span(start, start + len(words), words)
    return ctx, Actor(words, span, entity_id, 1, False)


def test_a_preposition_with_a_pronoun_is_no_actor():
    ctx, a = actor_on("وأطلق المسلحون النار عليهم في السوق.", "عليهم")
    assert party_or_none(ctx, a) is None


def test_a_quantifier_or_a_number_word_alone_is_no_actor():
    ctx, a = actor_on("ونفذت الشرطة الكثير من الاعتقالات في الحي.", "الكثير")
    assert party_or_none(ctx, a) is None
    ctx, a = actor_on("وقتل في الهجمات 15 ألف شخص منذ بدء التمرد.", "ألف")
    assert party_or_none(ctx, a) is None


def test_an_event_noun_or_a_verb_is_no_actor():
    ctx, a = actor_on("مع تنفيذ عمليتين انتحاريتين في العاصمة.", "عمليتين")
    assert party_or_none(ctx, a) is None
    ctx, a = actor_on("رأيت القصف بعيني في الحي.", "رأيت")
    assert party_or_none(ctx, a) is None
    ctx, a = actor_on("ففي الفجر قام عدد من المسلحين بهجوم على القرية.", "قام عدد")
    assert party_or_none(ctx, a) is None


def test_the_people_counted_stay_the_party():
    ctx, a = actor_on("وخرج عشرات المتظاهرين إلى الساحة.", "عشرات المتظاهرين")
    assert party_or_none(ctx, a) is a


def test_a_relation_word_before_the_party_is_dropped():
    ctx, a = actor_on("وصدر أمر اعتقال بحق الطالب الأجنبي أمس.", "بحق الطالب الأجنبي")
    kept = party_or_none(ctx, a)
    assert kept is not None and kept.span.text == "الطالب الأجنبي"
    assert ctx.text[kept.span.start:kept.span.end] == kept.span.text


def test_an_entity_is_always_a_party():
    ctx, a = actor_on("وقال الكثير من السكان إن القصف استمر.", "الكثير", entity_id="x")
    assert party_or_none(ctx, a) is a


def test_stopping_flights_arrests_nobody():
    doc = build([("paragraph", "أوقفت شركة الطيران الوطنية أمس رحلاتها من وإلى مطار العاصمة.")])
    assert not [ev for ev in run(doc) if ev.type == "arrest"]


def test_stopping_people_is_an_arrest():
    doc = build([("paragraph", "أوقفت الشرطة أمس ثلاثة أشخاص في مطار العاصمة.")])
    (ev,) = run(doc)
    assert ev.type == "arrest"


def test_a_wars_toll_over_months_is_no_happening():
    doc = build([("paragraph", "خلفت الحرب في البلاد ثلاثة آلاف قتيل خلال خمسة أشهر بحسب الأمم المتحدة.")],
                quantities=[("ثلاثة آلاف", 3000)])
    assert run(doc) == []


def test_a_toll_of_one_blast_is_still_read():
    doc = build([("paragraph", "قتل 12 شخصا في انفجار سيارة مفخخة في سوق المدينة.")])
    (ev,) = run(doc)
    assert ev.killed == 12


def test_a_threat_to_kill_counts_no_dead():
    doc = build([("paragraph", "ويحتجز التنظيم نحو 50 ألف شخص في المدينة ويهدد بالقتل كل من يحاول الفرار.")],
                quantities=[("50 ألف", 50000)])
    assert not [ev for ev in run(doc) if ev.killed or ev.killed_min]


def test_countries_that_see_clashes_are_no_clash():
    doc = build([("paragraph", "وتعد البلاد من الدول التي تشهد اشتباكات مسلحة متكررة، بحسب التقرير.")])
    assert run(doc) == []


def test_clashes_a_town_sees_now_are_a_clash():
    doc = build([("paragraph", "وتشهد المدينة اشتباكات مسلحة منذ أمس بين الجيش والمتمردين.")])
    (ev,) = run(doc)
    assert ev.type == "armed_clash"


def test_the_target_of_a_bombing_is_not_its_perpetrator():
    doc = build([("paragraph", "وأحيا السكان ذكرى ضحايا تفجير السفارة الأمريكية عام 1998.")],
                times=[("عام 1998", "1998")])
    for ev in run(doc):
        assert ev.actor1 is None or ev.actor1 != ev.actor2


def test_a_neighbourhood_shelled_is_not_who_shelled():
    doc = build([("paragraph", "وقد قصف حي الزهور بالدبابات أمس وقتل خمسة أشخاص.")])
    for ev in run(doc):
        assert ev.actor1 is None or not ev.actor1.startswith("حي")


def test_an_adjective_or_ordinal_of_the_happening_is_no_actor():
    ctx, a = actor_on("وتقوم المليشيات بقصف عشوائي على الأحياء.", "عشوائي")
    assert party_or_none(ctx, a) is None
    ctx, a = actor_on("وقال المصدر إن قصفا مكثفا استهدف المعسكر.", "مكثفا")
    assert party_or_none(ctx, a) is None


def test_a_trailing_ordinal_is_cut_from_the_actor():
    ctx, a = actor_on("ونفذت الطائرات الجديدة أولى الغارات على المواقع.", "الطائرات الجديدة أولى")
    kept = party_or_none(ctx, a)
    assert kept is not None and kept.span.text == "الطائرات الجديدة"


def test_a_unit_of_distance_or_a_seizure_noun_is_no_actor():
    ctx, a = actor_on("وتقع البلدة على بعد 40 كيلو متر غربي العاصمة.", "كيلو متر غربي")
    assert party_or_none(ctx, a) is None
    ctx, a = actor_on("وألقت الشرطة القبض على السائق.", "القبض")
    assert party_or_none(ctx, a) is None
