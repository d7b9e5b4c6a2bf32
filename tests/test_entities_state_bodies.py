"""Entities: state bodies named by a head and its complement without a nationality (النيابة العامة،
مجلس القضاء الأعلى، الدفاع المدني، الجيش الثاني الميداني، طيران الجيش، قوات التحالف) are the
article's own bodies; «قوات التحالف» joins the coalition the article names in full; media by their
channel or truncated agency name. Sentences written for the tests; the whole pipeline runs."""

from __future__ import annotations

from entity_docs import analyzed_mentions as _mentions


def test_judicial_bodies_without_a_nationality() -> None:
    got = _mentions("وأحالت النيابة العامة المتهمين إلى المحكمة بعد موافقة مجلس القضاء الأعلى على الطلب.")
    texts = {(t, typ) for t, typ, _e in got}
    assert ("النيابة العامة", "ORG") in texts
    assert ("مجلس القضاء الأعلى", "ORG") in texts


def test_field_army_civil_defense_and_army_aviation() -> None:
    got = _mentions("وقال قائد الجيش الثاني الميداني إن الدفاع المدني انتشل الجثث بعدما قصف طيران الجيش المواقع.")
    texts = {(t, typ) for t, typ, _e in got}
    assert {("الجيش الثاني الميداني", "ORG"), ("الدفاع المدني", "ORG"), ("طيران الجيش", "ORG")} <= texts


def test_a_nationality_still_names_the_known_body() -> None:
    got = _mentions("وقال الدفاع المدني السوري إن الغارات قتلت خمسة مدنيين.")
    assert ("الدفاع المدني السوري", "ORG", "white-helmets") in got


def test_coalition_forces_join_the_coalition_named_in_full() -> None:
    got = _mentions("وشن طيران التحالف العربي غارات على صنعاء. وقالت قوات التحالف إن الغارات أصابت أهدافها.")
    assert ("قوات التحالف", "ORG", "saudi-led-coalition") in got


def test_channel_and_truncated_agency_name() -> None:
    got = _mentions("وقالت قناة الحدث نقلا عن وكالة فرانس إن وحدات الدفاع الشعبي هاجمت الموقع.")
    assert ("قناة الحدث", "ORG", "al-hadath") in got
    assert ("وكالة فرانس", "ORG", "agence-france-presse") in got
    assert ("وحدات الدفاع الشعبي", "ORG", "people-s-defence-forces") in got


def test_the_event_word_alone_is_no_channel() -> None:
    assert _mentions("وقال شهود إن الحدث وقع في ساعة متأخرة من الليل.") == []


def test_the_organization_word_does_not_refer_back_to_coalition_forces() -> None:
    got = _mentions("وألقت قوات التحالف منشورات على معقل التنظيم في الرقة.")
    assert [(t, typ) for t, typ, _e in got] == [("قوات التحالف", "ORG"), ("الرقة", "LOC")]
