"""Entities: places of places.tsv added in round 10: East Jerusalem (القدس الشرقية) is a place of its
own, not Jerusalem; Dhahran al-Janub (ظهران الجنوب) is not Dhahran; Pul-i-Alam (بولي علم).
Sentences written for the tests; the whole pipeline runs."""

from __future__ import annotations

from entity_docs import analyzed_mentions as _mentions


def test_east_jerusalem_is_its_own_place() -> None:
    got = _mentions("وهدمت جرافات منزلين في القدس الشرقية المحتلة، فيما شهدت القدس مواجهات.")
    assert ("القدس الشرقية المحتلة", "LOC", "east-jerusalem") in got
    assert ("القدس", "LOC", "jerusalem") in got


def test_two_word_towns_are_not_their_first_word() -> None:
    got = _mentions("وسقطت قذيفة على محافظة ظهران الجنوب، كما انفجرت عبوة في مدينة بولي علم.")
    assert ("ظهران الجنوب", "LOC", "dhahran-al-janub") in got
    assert ("بولي علم", "LOC", "pul-i-alam") in got
