"""Events stage, casualty figures through the whole pipeline: no casualties
said with the feminine verb, one wounded resident. Every sentence is invented for these tests."""

from __future__ import annotations

from event_docs import news_events


def test_no_casualties_said_with_the_feminine_verb_is_zero():
    events = news_events("أطلقت الجماعة أمس ثلاث قذائف هاون على معبر الحدود لم تسفر عن اي اصابات.")
    (ev,) = [e for e in events if e.type == "shelling"]
    assert ev.killed == 0 and ev.injured == 0


def test_one_resident_wounded_is_one():
    events = news_events("سقطت قذيفة أمس على مبنى في بلدة الحرث، ونتج عنها إصابة مقيم من جنسية آسيوية.")
    (ev,) = [e for e in events if e.type == "shelling"]
    assert ev.injured == 1
