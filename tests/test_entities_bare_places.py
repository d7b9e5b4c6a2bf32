"""Entities: two ambiguous names joined by و, each a place of the article's country, are both places
(«بعد الضالع وعدن»); a foreign name after a place head written with a plain ه (حي بونريه) is no nisba
adjective; a bare name of two words whose second ends in ta marbuta is no verb (ناحية قرة تبة), and a
two-letter particle does not go on the name. Sentences written for the tests; the whole pipeline runs."""

from __future__ import annotations

from entity_docs import analyzed_mentions as _mentions


def test_two_ambiguous_towns_of_the_country_joined_by_and() -> None:
    got = _mentions("وقال مسؤول يمني في صنعاء إن القوات انسحبت بعد الضالع وعدن أمس.")
    assert ("الضالع", "LOC", "ad-dali") in got
    assert ("عدن", "LOC", "aden") in got


def test_a_foreign_quarter_name_written_with_ha() -> None:
    got = _mentions("وقالت مصادر في حي بونريه إن القتلى سقطوا.")
    assert [t for t, typ, _e in got if typ == "LOC"] == ["بونريه"]


def test_an_indefinite_nisba_after_a_head_stays_an_adjective() -> None:
    assert _mentions("ووقعت الاشتباكات في منطقة سكنية قرب الحدود.") == []


def test_a_local_name_of_two_bare_words() -> None:
    got = _mentions("وسيطرت القوات على ناحية قرة تبة أمس.")
    assert ("قرة تبة", "LOC") in {(t, typ) for t, typ, _e in got}
