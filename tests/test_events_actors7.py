"""Event targets, round 3: the other side of a clash told with "من جهة", locative phrases
after "على", and a hedge between the dead and their group.
The sentences are invented."""
from rasd.model import Article
from rasd.pipeline import analyze


def _events(text: str) -> list:
    art = Article.from_parts([("title", "خبر"), ("paragraph", text)], published="2015-07-20")
    return analyze(art).events


def _one(text: str, type_: str):
    found = [e for e in _events(text) if e.type == type_]
    assert found, [e.type for e in _events(text)]
    return found[0]


def test_other_side_after_min_jiha() -> None:
    ev = _one("اندلعت اشتباكات عنيفة أمس بين الجيش والقبائل من جهة ومسلحي حركة الشباب من جهة أخرى "
              "في مدينة كسمايو.", "armed_clash")
    assert ev.actor2 == "al-Shabaab"


def test_other_side_after_comma() -> None:
    ev = _one("اندلعت أمس اشتباكات بين الجيش من جهة، ومسلحي حركة الشباب من جهة أخرى في مدينة كسمايو.",
              "armed_clash")
    assert ev.actor1 == "الجيش" and ev.actor2 == "al-Shabaab"


def test_near_is_no_target() -> None:
    ev = _one("انفجرت سيارة ملغومة أمس على مقربة من مدخل مطار العاصمة مما أسفر عن مقتل خمسة أشخاص.", "bombing")
    assert ev.actor2 is None or "مقرب" not in ev.actor2


def test_border_neighbour_is_no_target() -> None:
    ev = _one("وفجرت انتحارية نفسها على الحدود مع تشاد، ما أدى إلى مقتل 8 مدنيين وجندي.", "suicide_bombing")
    assert ev.actor2 not in ("Chad", "الحدود")


def test_road_is_no_target() -> None:
    ev = _one("شن الجيش هجوما أمس على الطريق المؤدية إلى المدينة.", "attack")
    assert ev.actor2 is None or "الطريق" not in ev.actor2


def test_attack_on_positions_still_read() -> None:
    ev = _one("شن الجيش هجوما أمس على مواقع حركة الشباب.", "attack")
    assert ev.actor2 == "al-Shabaab"


def test_site_named_far_stays_a_setting() -> None:
    ev = _one("قتل ثلاثة جنود أمس في هجوم شنه مسلحون، وقال مصدر طبي إن الجرحى نقلوا إلى مستشفى المدينة.",
              "attack")
    assert ev.actor2 is None or "مستشفى" not in ev.actor2


def test_hedge_between_dead_and_their_group() -> None:
    ev = _one("قتل 15 عنصرا على الاقل من تنظيم داعش في غارات للتحالف على مدينة الرقة.", "air_strike")
    assert ev.actor2 == "Islamic State"
