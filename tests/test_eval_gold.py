"""The gold scorer on the shared development gold (skipped without ../shared)."""

from __future__ import annotations

from rasd.evaluate.gold import Aliases, evaluate_gold, token_overlap


def test_seed_segmentation_is_perfect(shared):
    report = evaluate_gold([str(shared / "gold/dev/seed-000.json")], shared=str(shared))
    seg = report["segmentation"]
    assert seg["articles_gold"] == 2 and seg["articles_found"] == 2
    assert seg["title_accuracy"] == 1.0 and seg["subtitle_accuracy"] == 1.0
    assert seg["caption_f1"] == 1.0 and seg["heading_f1"] == 1.0 and seg["paragraph_f1"] == 1.0
    assert seg["boilerplate_leaks"] == 0
    for group in ("entities", "times", "numbers", "quotes", "statements", "events"):
        assert {"p", "r", "f1"} <= set(report[group])


def test_overlap_and_aliases():
    assert token_overlap("«غير ذات صلة»", "غير ذات صلة") == 1.0
    assert token_overlap("a b c d", "a b") == 0.5
    al = Aliases([{"name": "Taliban", "mentions": ["طالبان", "حركة طالبان"]}])
    assert al.same("Taliban", "حركة طالبان")
    assert al.same("Taliban", "Taliban")
    assert not al.same("Taliban", "داعش")


def test_aliases_align_a_predicted_name_by_its_mentions():
    gold = [{"name": "Ministry of Interior of Egypt", "mentions": ["وزارة الداخلية المصرية"]}]
    pred = [{"name": "Egyptian Ministry of Interior", "mentions": {"وزاره الداخليه المصريه"}},
            {"name": "Egypt", "mentions": {"مصر"}}]
    al = Aliases(gold, pred)
    assert al.same("Ministry of Interior of Egypt", "Egyptian Ministry of Interior")  # found at the same words
    assert not al.same("Ministry of Interior of Egypt", "Egypt")
    assert not Aliases(gold).same("Ministry of Interior of Egypt", "Egyptian Ministry of Interior")


def test_a_gold_value_written_as_an_entitys_mention_names_that_entity():
    gold = [{"name": "Syrian Armed Forces", "mentions": ["قوات النظام", "الجيش السوري"]}]
    pred = [{"name": "Syrian Arab Army", "mentions": {"قوات النظام"}},
            {"name": "Free Syrian Army", "mentions": {"الجيش الحر"}}]
    al = Aliases(gold, pred)
    assert al.same("قوات النظام", "Syrian Arab Army")  # rasd linked the very words
    assert al.same("قوات النظام", "الجيش السوري")  # another mention of the same entity
    assert not al.same("قوات النظام", "Free Syrian Army")
    assert not al.same("مسلحون مجهولون", "Syrian Arab Army")  # a description of no entity


def test_counts_empty_and_missing():
    from rasd.evaluate.gold import Counts

    assert Counts().prf()["f1"] == 1.0  # nothing in the gold, nothing predicted
    assert Counts(fn=3).prf()["f1"] == 0.0  # the gold has items, rasd found none
    assert Counts(tp=1, fp=1, fn=1).prf() == {"p": 0.5, "r": 0.5, "f1": 0.5}


def test_a_country_level_place_answers_a_gold_event_without_a_finer_place():
    from rasd.evaluate.gold import Counts, score_events
    from rasd.model import Analysis, Event, Place, Span

    gold = {"events": [{"type": "armed_clash", "date": "2015-08-03", "place": None, "country": "UA",
                        "evidence": "اشتباكات في شرق أوكرانيا"}]}

    def place_score(place: Place) -> list[int]:
        ev = Event(type="armed_clash", evidence=Span(0, 23, "اشتباكات في شرق أوكرانيا"), date="2015-08-03",
                   place=place)
        c = Counts()
        score_events(gold, Analysis(article_id="a", events=[ev]), c, Aliases([]))
        return c.extra.get("place", [0, 0])

    assert place_score(Place(name="Ukraine", country="UA", precision="country")) == [1, 1]
    assert place_score(Place(name="Donetsk", country="UA", precision="city")) == [0, 1]  # finer than the gold
    assert place_score(Place(name="Russia", country="RU", precision="country")) == [0, 0]  # not the event


def test_an_alternative_figure_written_bare_counts_like_a_list() -> None:
    from rasd.evaluate.gold import _count_ok

    assert _count_ok({"killed": 5, "killed_alt": 4}, "killed", 4, None)
    assert _count_ok({"killed": 5, "killed_alt": [4, 6]}, "killed", 6, None)
    assert not _count_ok({"killed": 5, "killed_alt": 4}, "killed", 3, None)
    # a lower bound from one source and an exact figure from another: either is right
    assert _count_ok({"killed_min": 13, "killed_alt": [4]}, "killed", 4, None)
    assert _count_ok({"killed_min": 13, "killed_alt": [4]}, "killed", None, 15)
    assert not _count_ok({"killed_min": 13, "killed_alt": [4]}, "killed", 5, None)
