"""Events stage: rules written from classes of errors seen in several articles of different
sets (cross-validation round). An air arm's strike is an air strike; the detention of someone
named, told by a possessed verbal noun ("اعتقاله"), is no new arrest; a clash and a strike named
by two nouns joined by "و" are two happenings. Every sentence is invented; documents are built
by hand (see event_docs)."""

from __future__ import annotations

from event_docs import build

from rasd.extract.events import extract_events


def events_of(parts, times=(), quantities=(), mentions=()) -> list:
    doc = build(parts, times=times, quantities=quantities, mentions=mentions)
    extract_events(doc)
    assert not doc.analysis.errors
    return doc.analysis.events


def test_an_air_arm_blowing_up_a_depot_is_an_air_strike():
    evs = events_of([("paragraph", "وقال المتحدث إن سلاح الجو قام بتفجير مخزن ذخيرة للمسلحين في المدينة أمس.")],
                    times=[("أمس", "2024-03-09")])
    assert [e.type for e in evs] == ["air_strike"]


def test_barrels_dropped_by_the_air_force_are_an_air_strike():
    evs = events_of([("paragraph", "وألقى الطيران الحربي براميل متفجرة على قرية الوادي صباح أمس.")],
                    times=[("أمس", "2024-03-09")])
    assert [e.type for e in evs] == ["air_strike"]


def test_a_bombing_by_unknown_men_stays_a_bombing():
    evs = events_of([("paragraph", "وفجر مجهولون عبوة ناسفة استهدفت سيارة للشرطة في المدينة أمس.")],
                    times=[("أمس", "2024-03-09")])
    assert [e.type for e in evs] == ["bombing"]


def test_a_possessed_detention_noun_reports_no_arrest():
    evs = events_of([("paragraph", "واعتصم العشرات أمام المحكمة احتجاجا على اعتقاله الإداري منذ شهرين دون تهمة.")])
    assert [e for e in evs if e.type == "arrest"] == []


def test_a_reported_arrest_is_still_an_arrest():
    evs = events_of([("paragraph", "واعتقلت الشرطة خمسة أشخاص في المدينة أمس.")],
                    times=[("أمس", "2024-03-09")])
    assert [e.type for e in evs] == ["arrest"]


def test_an_attack_and_a_clash_joined_by_and_are_two_happenings():
    evs = events_of([("paragraph", "وقتل ثلاثة جنود أمس في هجوم بمدينة العريش واشتباك بمدينة السويس.")],
                    times=[("أمس", "2024-03-09")])
    assert sorted(e.type for e in evs) == ["armed_clash", "attack"]


def test_clashes_and_suicide_bombings_joined_by_and_are_two_happenings():
    evs = events_of([("paragraph", "وقتل 20 مسلحا على الأقل أمس إثر اشتباكات بين الطرفين وتفجيرين انتحاريين في ريف المدينة.")],
                    times=[("أمس", "2024-03-09")])
    assert sorted(e.type for e in evs) == ["armed_clash", "suicide_bombing"]


def test_a_single_clash_is_not_cut():
    evs = events_of([("paragraph", "ودارت اشتباكات عنيفة وتبادل لإطلاق النار بين الجيش والمسلحين في المدينة أمس.")],
                    times=[("أمس", "2024-03-09")])
    assert [e.type for e in evs] == ["armed_clash"]
