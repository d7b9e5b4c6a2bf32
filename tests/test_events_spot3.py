"""Events stage, third round on ordinary articles: words of violence that report no
happening of their type (a trophy "snatched", an attack of words, arms held or traded,
a diplomatic step "in protest", goods seized, the dawn, a list of kinds of acts, a
hypothetical step), and actor phrases that run into the object. Every sentence is
invented for these tests; documents are built by hand (see event_docs)."""

from __future__ import annotations

from event_docs import build

from rasd.extract.events import Actor, _one_party, extract_events
from rasd.model import Span
from rasd.pipeline import Doc


def events_of(text: str, **kw) -> list:
    doc: Doc = build([("paragraph", text)], **kw)
    extract_events(doc)
    assert not doc.analysis.errors
    return doc.analysis.events


def types_of(text: str) -> list[str]:
    return [e.type for e in events_of(text)]


def test_a_trophy_or_a_title_snatched_is_no_abduction():
    assert types_of("وخطف الفريق اللقب في المباراة النهائية أمس.") == []
    assert types_of("ويواصل النادي خطف الألقاب في البطولات الخارجية.") == []
    assert types_of("وخطف مسلحون مجهولون موظفا في المدينة أمس.") == ["abduction"]


def test_an_attack_made_of_words_is_no_attack():
    assert types_of("ويهاجم المرشح الجمهوري بانتقادات لاذعة سياسة الرئيس تجاه إيران.") == []
    assert types_of("وأطلق المرشح الكثير من التصريحات التي هاجم فيها روسيا.") == []
    # the statement cue before the verb, with no relative pronoun, is the saying, not the attack
    assert types_of("وقال في تصريح إن مسلحين هاجموا نقطة تفتيش للشرطة.") == ["attack"]


def test_weapons_found_taken_or_stocked_were_not_used():
    assert types_of("وعثرت قوات الأمن على حزام ناسف في مخبأ بالحي الشرقي.") == []
    assert types_of("واستولى المقاتلون على مئات الدبابات وكميات كبيرة من صواريخ غراد.") == []
    assert types_of("وأطلق المسلحون عشرات الصواريخ على المدينة أمس.") == ["shelling"]


def test_goods_stopped_are_no_arrest():
    assert types_of("وتمكنت الشرطة من توقيف شحنة أسلحة قادمة من الخارج.") == []
    assert types_of("وتمكنت الشرطة من توقيف ثلاثة مطلوبين في الحي.") == ["arrest"]


def test_a_diplomatic_step_in_protest_is_no_protest():
    assert types_of("واستدعت وزارة الخارجية القائم بأعمال السفارة احتجاجا على التصريحات.") == []
    # a demonstration of its own later in the clause stays a protest
    assert types_of("وبعد أن استدعت الشرطة الناشط للتحقيق تظاهر نحو 60 شابا أمام المبنى.") == ["protest"]


def test_the_dawn_and_a_name_with_fajr_are_no_bombing():
    assert types_of("ولم يعد صعبا الرهان على انبلاج فجر تحرير البلاد من العصابات.") == []
    assert types_of("وبدأت في استخدامها قوات فجر ليبيا في الجنوب.") == []
    assert types_of("وفجر انتحاري نفسه وسط السوق مما أدى إلى مقتل 5 أشخاص.") == ["suicide_bombing"]


def test_a_list_of_kinds_of_acts_is_no_happening():
    assert types_of("وعانى الناس من القهر والإذلال والاختطاف والسجن طوال سنوات.") == []
    # a list that is counted reports what happened
    assert types_of("وأسفر القصف والاشتباكات والاختطاف عن مقتل 20 شخصا.") != []


def test_a_step_that_may_be_taken_has_not_been_taken():
    assert types_of("وقال إن الإجراءات قد تشمل فرض عقوبات على الشركات.") == []


def test_a_definite_force_does_not_run_into_its_object():
    (e,) = events_of("وقصف الجيش مواقع المسلحين في ريف المدينة.")
    assert e.actor1 == "الجيش"
    (e,) = events_of("بالتزامن مع استهداف الطيران الحربي النظامي لقرى السهل بأكثر من 80 غارة.")
    assert e.actor1 == "الطيران الحربي النظامي"


def test_one_party_is_not_both_perpetrator_and_target():
    # the same entity read for both roles, or the very same words, is one party
    hamas = Actor("Hamas", Span(0, 4, "حماس"), "hamas", 3)
    again = Actor("Hamas", Span(20, 29, "حركة حماس"), "hamas", 3)
    army = Actor("الجيش", Span(0, 5, "الجيش"), None, 2)
    assert _one_party(hamas, again)
    assert _one_party(army, Actor("الجيش", Span(30, 35, "الجيش"), None, 2))
    assert not _one_party(hamas, army)
    assert not _one_party(hamas, None)


def test_a_bombing_operation_stays_a_bombing():
    # "عملية" names "فجر ليبيا"-like groups only before the word "فجر" itself
    assert types_of("وتبنت الحركة المسؤولية عن عملية تفجير عربة عسكرية على الطريق أمس.") == ["bombing"]
