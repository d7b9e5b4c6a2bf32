"""Exports: JSON Lines, ACLED-style CSV, PLOVER JSON and GeoJSON of invented events."""

from __future__ import annotations

import csv
import io
import json

import pytest

from rasd.export import ACLED_COLUMNS, acled_date, export_events
from rasd.model import Analysis, Article, Event, Place, Span

TEXT = "قتل خمسة أشخاص في تفجير انتحاري في الموصل. والتقى الوزير نظيره في بغداد."


def rows() -> list[tuple[Article, Analysis]]:
    art = Article.from_parts([("paragraph", TEXT)], source="Invented Daily", url="https://example.org/1",
                             published="2016-03-05", id="art1")
    mosul = Place(name="Mosul", country="IQ", admin1="Nineveh Governorate", lat=36.34, lon=43.13,
                  precision="city", geonameid=99072, span=Span(36, 42, TEXT[36:42]))
    first = TEXT.index(".") + 1
    bombing = Event(type="suicide_bombing", evidence=Span(0, first, TEXT[:first]), date="2016-03-04", place=mosul,
                    actor1=None, actor1_span=Span(0, 3, TEXT[0:3]), actor2="civilians", killed=5,
                    claim="unclaimed", id="ev1")
    meeting = Event(type="meet", evidence=Span(first + 1, len(TEXT), TEXT[first + 1:]), date="2016-03",
                    actor1="Minister A", actor2="Minister B", id="ev2")
    return [(art, Analysis(article_id="art1", events=[bombing, meeting]))]


def test_jsonl_carries_everything():
    out = io.StringIO()
    assert export_events(rows(), "jsonl", out) == 1
    record = json.loads(out.getvalue())
    assert record["id"] == "art1" and record["paragraphs"] == [TEXT]
    assert [e["type"] for e in record["analysis"]["events"]] == ["suicide_bombing", "meet"]


def test_acled_csv_columns_and_values():
    out = io.StringIO()
    assert export_events(rows(), "acled-csv", out) == 1  # a meeting has no ACLED type
    reader = csv.DictReader(io.StringIO(out.getvalue()))
    assert tuple(reader.fieldnames) == ACLED_COLUMNS
    (row,) = list(reader)
    assert row["event_type"] == "Explosions/Remote violence" and row["sub_event_type"] == "Suicide bomb"
    assert row["event_date"] == "2016-03-04" and row["time_precision"] == "1"
    assert row["country"] == "Iraq" and row["admin1"] == "Nineveh Governorate" and row["location"] == "Mosul"
    assert row["actor1"] == "Unidentified Armed Group (Iraq)" and row["actor2"] == "Civilians (Iraq)"
    assert row["fatalities"] == "5" and row["geo_precision"] == "1"
    assert row["source"] == "Invented Daily" and row["notes"].startswith("قتل")


def test_plover_json_fields():
    out = io.StringIO()
    assert export_events(rows(), "plover-json", out) == 2
    bombing, meeting = json.loads(out.getvalue())
    assert bombing["event"] == ["ASSAULT"] and bombing["mode"] == ["suicide-attack"]
    assert bombing["size"] == {"dead": 5}
    assert bombing["event_loc"]["country_code"] == "IRQ" and bombing["event_loc"]["resolved_place"] == "Mosul"
    assert bombing["actor"][0]["entity_text"] == TEXT[0:3]
    assert meeting["event"] == ["CONSULT"]
    assert meeting["actor"] == [{"identifier_text": "Minister A"}]


def test_geojson_points_only_for_placed_events():
    out = io.StringIO()
    assert export_events(rows(), "geojson", out) == 1
    fc = json.loads(out.getvalue())
    (feature,) = fc["features"]
    assert fc["type"] == "FeatureCollection"
    assert feature["geometry"] == {"type": "Point", "coordinates": [43.13, 36.34]}
    assert feature["properties"]["type"] == "suicide_bombing" and feature["properties"]["killed"] == 5


def test_unknown_format():
    with pytest.raises(ValueError):
        export_events(rows(), "xml", io.StringIO())


def test_acled_dates_at_any_precision():
    assert acled_date("2016-03-04") == ("2016-03-04", 1)
    assert acled_date("2016-03") == ("2016-03-01", 3)
    assert acled_date("2015-W31") == ("2015-07-27", 2)
    assert acled_date("2015") == ("2015-01-01", 3)
    assert acled_date(None) == ("", 3)
