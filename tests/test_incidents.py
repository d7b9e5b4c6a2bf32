"""Incidents: two invented reports of one attack become one incident; different happenings stay apart."""

from __future__ import annotations

import random

from rasd.arabic.tokens import segment_doc
from rasd.extract.events import extract_events
from rasd.extract.places import resolve_places
from rasd.incidents import dates_close, figures_compatible, merge_incidents, same_place
from rasd.model import Analysis, Article, Event, Place, Quantity, Span, TimeExpr
from rasd.pipeline import Doc

KABUL = Place(name="Kabul", country="AF", admin1="Kabul Province", lat=34.5, lon=69.2, precision="city",
              geonameid=1138958)
PAGHMAN = Place(name="Paghmān", country="AF", admin1="Kabul Province", lat=34.6, lon=68.9, precision="city")
KANDAHAR = Place(name="Kandahar", country="AF", admin1="Kandahar Province", lat=31.6, lon=65.7, precision="city")


def ev(eid: str, type_: str = "suicide_bombing", date: str | None = "2015-08-07", place: Place | None = KABUL,
       killed: int | None = None, killed_min: int | None = None) -> Event:
    return Event(type=type_, evidence=Span(0, 1, "x"), date=date, place=place, killed=killed,
                 killed_min=killed_min, id=eid)


def analyze_invented(text: str, published: str, times, quantities) -> list[Event]:
    art = Article.from_parts([("paragraph", text)], published=published, source="invented")
    doc = Doc(article=art, analysis=Analysis(article_id=art.id))
    segment_doc(doc)
    for surface, value in times:
        i = text.index(surface)
        doc.analysis.times.append(TimeExpr(Span(i, i + len(surface), surface), value))
    for surface, value in quantities:
        i = text.index(surface)
        doc.analysis.quantities.append(Quantity(Span(i, i + len(surface), surface), value))
    extract_events(doc)
    resolve_places(doc)
    return doc.analysis.events


def test_two_reports_of_one_attack_become_one_incident():
    first = analyze_invented(
        "قتل 15 شخصا الجمعة في تفجير شاحنة مفخخة استهدف حيا سكنيا في كابل.",
        "2015-08-07", [("الجمعة", "2015-08-07")], [("15 شخصا", 15)])
    second = analyze_invented(
        "ارتفعت حصيلة التفجير الانتحاري الذي ضرب حيا سكنيا في العاصمة الأفغانية كابل أمس إلى 18 قتيلا.",
        "2015-08-08", [("أمس", "2015-08-07")], [("18 قتيلا", 18)])
    assert len(first) == 1 and len(second) == 1
    incidents = merge_incidents([("a1", "Paper One", first[0]), ("a2", "Paper Two", second[0])])
    assert len(incidents) == 1
    inc = incidents[0]
    assert inc.article_ids == ["a1", "a2"] and inc.sources == ["Paper One", "Paper Two"]
    assert inc.killed_range == (15, 18)
    assert inc.type == "suicide_bombing" and inc.date == "2015-08-07" and inc.place.name == "Kabul"


def test_different_places_dates_or_families_stay_apart():
    events = [
        ("a1", "s1", ev("e1")),
        ("a2", "s2", ev("e2", place=KANDAHAR)),  # another city, another province
        ("a3", "s3", ev("e3", date="2015-08-20")),  # two weeks later
        ("a4", "s4", ev("e4", type_="protest")),  # another family
    ]
    assert len(merge_incidents(events)) == 4


def test_same_province_and_close_dates_merge():
    events = [("a1", "s1", ev("e1", type_="attack", date="2015-08-06")),
              ("a2", "s2", ev("e2", type_="bombing", date="2015-08-08", place=PAGHMAN))]
    (inc,) = merge_incidents(events)
    assert inc.type == "bombing" and len(inc.event_ids) == 2


def test_incompatible_tolls_stay_apart():
    assert not figures_compatible(ev("e1", killed=2), ev("e2", killed=40))
    assert figures_compatible(ev("e1", killed=27), ev("e2", killed=20))
    assert figures_compatible(ev("e1", killed_min=8), ev("e2", killed=15))
    events = [("a1", "s1", ev("e1", killed=2)), ("a2", "s2", ev("e2", killed=40))]
    assert len(merge_incidents(events)) == 2


def test_events_of_one_article_are_not_merged_again():
    events = [("a1", "s1", ev("e1")), ("a1", "s1", ev("e2"))]
    assert len(merge_incidents(events)) == 2


def test_merging_is_deterministic():
    events = [(f"a{i}", "s", ev(f"e{i}", date=f"2015-08-0{1 + i % 3}")) for i in range(6)]
    first = merge_incidents(events)
    shuffled = events[:]
    random.Random(7).shuffle(shuffled)
    assert [(i.id, i.event_ids) for i in merge_incidents(shuffled)] == [(i.id, i.event_ids) for i in first]


def test_helpers():
    assert dates_close("2015-08-07", "2015-08-09")
    assert not dates_close("2015-08-07", "2015-08-10")
    assert dates_close("2015-08", "2015-08-20")
    assert not dates_close(None, "2015-08-07")
    assert same_place(KABUL, PAGHMAN)  # same province
    assert not same_place(KABUL, KANDAHAR)
    assert not same_place(KABUL, None)


YEMEN = Place(name="Yemen", country="YE", precision="country")
ADEN = Place(name="Aden", country="YE", admin1="Aden Governorate", lat=12.8, lon=45.0, precision="city")
ADEN_GOV = Place(name="Aden Governorate", country="YE", admin1="Aden Governorate", precision="admin1")
TAIZ = Place(name="Taiz", country="YE", admin1="Taiz Governorate", lat=13.6, lon=44.0, precision="city")
WIRE = ("أعلنت السلطات المحلية مقتل جنديين وجرح أربعة آخرين مساء السبت في انفجار سيارة مفخخة "
        "استهدف قافلة عسكرية قرب مدخل المدينة الجنوبي")


def test_country_only_places_do_not_link_by_themselves():
    events = [(f"a{i}", f"s{i}", ev(f"e{i}", type_="air_strike", place=YEMEN)) for i in range(3)]
    assert len(merge_incidents(events)) == 3


def test_a_city_and_its_own_province_link():
    events = [("a1", "s1", ev("e1", type_="armed_clash", place=ADEN)),
              ("a2", "s2", ev("e2", type_="armed_clash", place=ADEN_GOV))]
    assert len(merge_incidents(events)) == 1


def test_daily_fighting_in_one_city_does_not_chain():
    # Clashes in Aden on four consecutive days: each pair of neighbours is within two days,
    # but the first and the last are not, so they cannot all be one incident.
    events = [(f"a{d}", f"s{d}", ev(f"e{d}", type_="armed_clash", date=f"2015-07-2{d}", place=ADEN))
              for d in range(4)]
    incidents = merge_incidents(events)
    assert len(incidents) >= 2
    for inc in incidents:
        days = sorted(int(e[1:]) for e in inc.event_ids)
        assert days[-1] - days[0] <= 2


def test_specific_types_of_one_family_stay_apart():
    events = [("a1", "s1", ev("e1", type_="air_strike", place=ADEN)),
              ("a2", "s2", ev("e2", type_="abduction", place=ADEN)),
              ("a3", "s3", ev("e3", type_="attack", place=ADEN))]
    incidents = merge_incidents(events)
    assert len(incidents) == 2  # the generic "attack" joins one of them, never both
    assert not any({"e1", "e2"} <= set(inc.event_ids) for inc in incidents)


def test_a_year_or_month_date_does_not_link():
    events = [("a1", "s1", ev("e1", date="2015", place=ADEN)),
              ("a2", "s2", ev("e2", date="2015-08", place=ADEN)),
              ("a3", "s3", ev("e3", date="2015-08-07", place=ADEN))]
    assert len(merge_incidents(events)) == 3


def test_wire_copies_link_even_when_one_place_is_coarser_or_misread():
    first = Event(type="bombing", evidence=Span(0, len(WIRE), WIRE), date="2015-07-25", place=TAIZ,
                  killed=2, injured=4, id="e1")
    copy = "و" + WIRE
    second = Event(type="suicide_bombing", evidence=Span(0, len(copy), copy), date="2015-07-26", place=YEMEN,
                   killed=2, injured=4, id="e2")
    misread = Event(type="attack", evidence=Span(0, len(WIRE), WIRE), date="2015-07-25", place=KABUL,
                    killed=2, id="e3")
    (inc,) = merge_incidents([("a1", "Paper One", first), ("a2", "Paper Two", second),
                              ("a3", "Paper Three", misread)])
    assert inc.place.name == "Taiz" and inc.type == "suicide_bombing"


def test_short_alike_sentences_are_not_wire_copies():
    text = "قتل جنديان في انفجار"
    events = [(f"a{i}", f"s{i}", Event(type="bombing", evidence=Span(0, len(text), text), date="2015-07-25",
                                        place=YEMEN, id=f"e{i}")) for i in range(2)]
    assert len(merge_incidents(events)) == 2


def test_an_unstated_date_may_be_a_few_days_after_the_happening():
    stated = ev("e1", date="2015-08-06")
    stated.date_span = Span(0, 1, "x")
    follow_up = ev("e2", date="2015-08-10")  # no date span: the article's own date
    assert len(merge_incidents([("a1", "s1", stated), ("a2", "s2", follow_up)])) == 1
    later_stated = ev("e3", date="2015-08-10")
    later_stated.date_span = Span(0, 1, "x")
    assert len(merge_incidents([("a1", "s1", stated), ("a3", "s3", later_stated)])) == 2


def test_large_merging_is_independent_of_input_order():
    places = [ADEN, ADEN_GOV, TAIZ, YEMEN]
    types = ["armed_clash", "attack", "shelling", "bombing"]
    events = [(f"a{i}", f"s{i % 5}", ev(f"e{i}", type_=types[i % 4], date=f"2015-07-{10 + i % 7}",
                                         place=places[(i // 4) % 4])) for i in range(60)]
    first = [(i.id, i.event_ids) for i in merge_incidents(events)]
    for seed in (1, 2):
        shuffled = events[:]
        random.Random(seed).shuffle(shuffled)
        assert [(i.id, i.event_ids) for i in merge_incidents(shuffled)] == first
