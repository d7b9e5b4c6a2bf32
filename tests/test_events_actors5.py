"""Event actors, round 5: what an attack was aimed at outranks casualties described by a noun
(but fighters killed stay the target), positions held by an armed group stand for the group,
and members named by a head word with a pronoun or before a group name are that group.
Invented sentences."""
from rasd.model import Article
from rasd.pipeline import analyze


def _event(text: str, event_type: str):
    found = [e for e in analyze(Article(id="t", text=text, published="2015-08-07")).events if e.type == event_type]
    assert found, text
    return found[0]


def _span_ok(text: str, ev) -> None:
    sp = ev.actor2_span
    assert sp is not None and text[sp.start:sp.end] == sp.text


def test_town_aimed_at_outranks_children_hurt() -> None:
    text = "وأصيب طفلان في غارة من طائرات حربية على مدينة كفرنبل بريف إدلب أمس."
    ev = _event(text, "air_strike")
    assert ev.actor2 == "مدينة كفرنبل"
    _span_ok(text, ev)


def test_fighters_killed_stay_the_target_over_an_area() -> None:
    text = "وسقطت صواريخ أمس على منطقة جبلية فقتلت 14 متمردا بحسب مسؤولين محليين."
    ev = _event(text, "shelling")
    assert ev.actor2 is not None and "متمرد" in ev.actor2


def test_positions_of_an_armed_group_are_the_group() -> None:
    text = "وقصفت طائرات التحالف مواقع للحوثيين في محافظة صعدة أمس."
    ev = _event(text, "air_strike")
    assert ev.actor2 == "Houthis"
    assert ev.actor2_span is not None and ev.actor2_span.text == "مواقع للحوثيين"
    _span_ok(text, ev)


def test_position_said_to_belong_to_a_group() -> None:
    text = "وقصفت الطائرات الإسرائيلية موقعا تابعا لكتائب القسام في وسط قطاع غزة."
    assert _event(text, "air_strike").actor2 == "Izz ad-Din al-Qassam Brigades"


def test_counted_positions_of_a_group() -> None:
    text = "وشنت الطائرات الحربية غارات على عدة مواقع لتنظيم داعش قرب مدينة سرت."
    assert _event(text, "air_strike").actor2 == "Islamic State"


def test_positions_of_police_stay_as_described() -> None:
    # only an armed group stands for its positions; a police post is the place hit
    text = "وهاجم مسلحون مواقع للشرطة في مدينة العريش أمس."
    assert _event(text, "attack").actor2 != "Egyptian National Police"


def test_members_with_a_pronoun_are_the_group_named_before() -> None:
    text = "واعترفت حركة حماس بمقتل ثلاثة من عناصرها في غارة إسرائيلية على رفح أمس."
    ev = _event(text, "air_strike")
    assert ev.actor2 == "Hamas"
    _span_ok(text, ev)


def test_terrorists_of_a_group_are_the_group() -> None:
    text = "وأعلن الجيش مقتل خمسة من إرهابيي داعش في غارة جوية شرق الفلوجة أمس."
    assert _event(text, "air_strike").actor2 == "Islamic State"


def test_militants_of_a_group_as_perpetrator() -> None:
    text = "وهاجم متشددو حركة الشباب قاعدة عسكرية في جنوب الصومال أمس."
    assert _event(text, "attack").actor1 == "al-Shabaab"
