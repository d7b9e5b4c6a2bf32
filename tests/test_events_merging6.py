"""Merging, round 6: round-ups of several happenings (invented news, through the whole
pipeline)."""

from __future__ import annotations

from event_docs import news_events


def test_two_named_persons_arrested_are_two_arrests():
    # the same force arrests one named man, then another named man elsewhere
    events = news_events(
        "اعتقلت قوات الاحتلال امس الشاب خالد سمير العموري من بلدة عزون.",
        "وأضاف المصدر أن قوات الاحتلال اعتقلت الفتى يوسف رائد النجار من قرية بيت فوريك.")
    assert len([e for e in events if e.type == "arrest"]) == 2
    # while the arrested man named again is one arrest
    events = news_events(
        "اعتقلت قوات الاحتلال امس الشاب خالد سمير العموري من بلدة عزون.",
        "وأضاف المصدر أن قوات الاحتلال اعتقلت خالد العموري بعد مداهمة منزله.")
    assert len([e for e in events if e.type == "arrest"]) == 1


def test_a_clash_told_as_later_is_another_happening():
    # "ولاحقا وقعت اشتباكات": a later fight, not the attack told before
    events = news_events(
        "هاجم مسلحون امس مبنى البلدية في المدينة بالأسلحة الرشاشة.",
        "ولاحقا وقعت اشتباكات بين المهاجمين والشرطة استمرت ساعات.")
    assert len([e for e in events if e.type in ("attack", "armed_clash")]) == 2
    events = news_events(
        "هاجم مسلحون امس مبنى البلدية في المدينة بالأسلحة الرشاشة.",
        "وقتل شرطيان في تبادل لإطلاق النار لاحقا.")
    assert len([e for e in events if e.type in ("attack", "armed_clash")]) == 2
    # while "لاحقا" dating another verb leaves the happening told once
    events = news_events(
        "هاجم مسلحون امس مبنى البلدية في المدينة بالأسلحة الرشاشة.",
        "وقتل شرطيان في الهجوم الذي تبنته الجماعة لاحقا.")
    assert len([e for e in events if e.type in ("attack", "armed_clash")]) == 1


def test_a_placed_happening_is_not_one_recalled_from_years_before():
    # the attack recalled from three years before is placed only "في المدينة"; the bombing told
    # afresh, undated, at a known town of its own is another (today's) happening
    events = news_events(
        "واعتقلت الشرطة امس امرأة في كركوك.",
        "وكانت المرأة آوت مسلحين نفذا هجوما على مركز للشرطة في المدينة قبل ثلاث سنوات.",
        "ووسط هذا التوتر قتل ثلاثة جنود في انفجار عبوة ناسفة زرعت على طريق في مدينة الموصل.")
    violent = sorted((e.type, e.killed) for e in events if e.type in ("attack", "bombing"))
    assert violent == [("attack", None), ("bombing", 3)]


def test_a_toll_told_again_joins_the_happening_it_counted():
    # the 20 dead of today's bombing, then the 9 dead of an earlier bombing, recalled by its toll
    # after today's bombing was told again
    events = news_events(
        "قتل 20 شخصا في تفجير انتحاري امس في سوق مدينة مايدوغوري.",
        "وكانت المدينة شهدت قبل أسبوعين هجوما انتحاريا آخر أسفر عن مقتل 9 أشخاص.",
        "وقال مسؤول إن المهاجم فجر نفسه وسط المتسوقين.",
        "وجاء التدبير غداة هجوم انتحاري اسفر عن 9 قتلى و14 جريحا.")
    tolls = sorted((e.killed, e.injured) for e in events if e.type == "suicide_bombing")
    assert tolls == [(9, 14), (20, None)]


def test_a_happening_told_on_another_matter_is_another_one():
    # "من جهة أخرى": after the body told a clash, a new fight with its own dead is another one
    paragraphs = (
        "قتل قائد ميداني امس في اشتباكات مسلحة بمحور الصناعة في مدينة درنة.",
        "وقال مصدر عسكري إن الاشتباكات استمرت حتى ساعات الفجر.",
    )
    events = news_events(*paragraphs,
                         "من ناحية أخرى قال مسعفون إن ثلاثة جنود قتلوا في قتال بين القوات ومسلحين في وسط المدينة.")
    assert len([e for e in events if e.type == "armed_clash"]) == 2
    # while without the opener the new telling goes on with the clash told before
    events = news_events(*paragraphs, "وقال مسعفون إن ثلاثة جنود قتلوا في قتال بين القوات ومسلحين في وسط المدينة.")
    assert len([e for e in events if e.type == "armed_clash"]) == 1


def test_a_bare_and_a_definite_hotel_are_one_target():
    from rasd.extract.events import _target_stems

    # "فندق" bare also reads "ندق" (as if "ف" were "and"); "الفندق" reads "فندق": they share a reading
    assert set(_target_stems("فندق صغير")) & set(_target_stems("مدخل الفندق"))
    assert set(_target_stems("فصيلا معارضا")) & set(_target_stems("مقر الفصيل"))


def test_a_hotel_hit_then_its_gate_stormed_is_one_bombing():
    # the lead names "فندق" bare, the body "بوابة الفندق": one target, one happening
    events = news_events(
        "وقع انفجار بعد ظهر أمس في فندق بوسط مدينة الحلة يرتاده موظفون أجانب.",
        "وقال مسؤول في الشرطة إن سيارة ملغومة يقودها انتحاري اقتحمت بوابة الفندق وألحقت به أضرارا كبيرة.")
    assert [e.type for e in events] == ["suicide_bombing"]


def test_hostages_taken_in_a_deadly_attack_leave_it_an_attack():
    # the attack on the hotel is told first with its dead; the hostages taken in it are part of it
    events = news_events(
        "قتل ثلاثة أشخاص بينهم شرطي أمس في هجوم شنه مسلحون على فندق يقيم فيه أجانب في مدينة كيدال.",
        "وقال مصدر أمني إن المسلحين احتجزوا رهائن داخل الفندق قبل أن تقتحمه قوات الأمن.")
    assert [e.type for e in events if e.type in ("attack", "abduction")][:1] == ["attack"]
    assert not [e for e in events if e.type == "abduction"]
