"""Events stage: arguments that hold on unseen news (place, perpetrator, target, claim) and
one event per happening. Every sentence is invented for these tests; documents are built by
hand (tokens and sentences from rasd.arabic, hand-made mentions, times and quantities) so
the event rules are tested on their own, whatever the other stages do.
"""

from __future__ import annotations

from event_docs import build
from event_docs import run_events as run

from rasd.arabic.normalize import normalize
from rasd.extract.places import nisba_country


def of_type(events: list, family_types: tuple[str, ...]) -> list:
    return [e for e in events if e.type in family_types]


# ------------------------------------------------------------------ claims


def test_no_claim_when_the_claim_words_are_negated_from_afar():
    doc = build([("paragraph", "قتل تسعة أشخاص في هجوم انتحاري على سوق في بلدة الحلة. "
                               "ولم تعلن أي جهة على الفور المسؤولية عن الهجوم.")],
                quantities=[("تسعة أشخاص", 9)])
    (ev,) = run(doc)
    assert ev.claim == "unclaimed"
    assert ev.actor1 is None


def test_a_claim_in_an_arrest_clause_names_no_arrester():
    doc = build([("paragraph", "ألقت الشرطة القبض على ثلاثة مشتبهين بالتفجير الذي أعلن تنظيم داعش "
                               "مسؤوليته عنه.")],
                mentions=[("تنظيم داعش", "ORG", "Islamic State", "armed_group", None)])
    arrests = of_type(run(doc), ("arrest",))
    assert arrests
    assert all(e.actor1 != "Islamic State" for e in arrests)


def test_blame_on_nobody_named_is_no_attribution():
    doc = build([("paragraph", "قتل أربعة مدنيين في هجوم على حافلة على أيدي أعتى المجرمين.")],
                quantities=[("أربعة مدنيين", 4)])
    (ev,) = run(doc)
    assert ev.claim == "unclaimed"


# ------------------------------------------------------------------ places


def test_the_place_of_talks_after_a_killing_is_not_where_it_happened():
    doc = build([("title", "مقتل 3 جنود قبل محادثات سلام في جنيف")],
                quantities=[("3 جنود", 3)])
    violence = of_type(run(doc), ("attack", "armed_clash"))
    assert violence
    assert all(e.place is None or normalize(e.place.name) != normalize("Geneva") for e in violence)


def test_an_ally_is_no_place_and_describes_the_fighters():
    doc = build([("title", "مقتل جنديين في اليمن"),
                 ("paragraph", "أعلن الجيش أمس أن جنديين قتلا في قتال مع متمردين موالين لإيران "
                               "في شرق البلاد.")],
                times=[("أمس", "2024-03-09")], quantities=[("جنديين", 2)])
    (ev,) = run(doc)
    assert ev.type == "armed_clash"
    assert ev.actor1 == "متمردين موالين لإيران"
    assert ev.place is not None and ev.place.country == "YE"


def test_arrests_are_made_at_home_by_the_authorities_that_announce_them():
    doc = build([("paragraph", "أعلنت السلطات الكويتية، أمس، عن تفكيك خلية إرهابية قاتل بعض أفرادها "
                               "في سوريا.")],
                times=[("أمس", "2024-03-09")])
    (ev,) = run(doc)
    assert ev.type == "arrest"
    assert ev.date == "2024-03-09"
    assert ev.actor1_span is not None and ev.actor1_span.text == "السلطات الكويتية"
    assert ev.actor2 == "خلية إرهابية"
    assert ev.place is not None and ev.place.country == "KW"


def test_the_city_a_speaker_refers_to_is_more_specific_than_the_country():
    doc = build([("paragraph", "قتل 20 شخصا في اشتباكات قبلية جنوب ليبيا."),
                 ("paragraph", "وقال عميد بلدية مدينة سبها إن الاشتباكات تفجرت في ضاحية من ضواحي المدينة.")],
                quantities=[("20 شخصا", 20)])
    (ev,) = run(doc)
    assert ev.place is not None and ev.place.name == "Sabha"


def test_where_a_speaker_works_does_not_make_another_happening():
    doc = build([("paragraph", "قتل 20 شخصا في اشتباكات بين قبيلتين في مدينة سبها."),
                 ("paragraph", "وقالت مسؤولة محلية في قرية الطيبة إن ثمانية أشخاص قتلوا وجرح 18 آخرون.")],
                quantities=[("20 شخصا", 20), ("ثمانية أشخاص", 8), ("18", 18)])
    violence = run(doc)
    assert len(violence) == 1
    assert violence[0].killed == 20


# ------------------------------------------------------------------ perpetrators and targets


def test_soldiers_of_a_nation_are_its_army():
    doc = build([("paragraph", "أسفر هجوم أمس عن مقتل خمسة جنود أفغان في ولاية لوغار.")],
                times=[("أمس", "2024-03-09")], quantities=[("خمسة جنود", 5)])
    (ev,) = run(doc)
    assert ev.actor2 == "Afghan National Army"
    assert ev.killed == 5


def test_an_air_strike_named_by_a_nationality_is_that_state_army():
    doc = build([("paragraph", "قتل ثلاثة مسلحين في غارة أميركية على قرية في ولاية لوغار.")],
                quantities=[("ثلاثة مسلحين", 3)])
    (ev,) = run(doc)
    assert ev.type == "air_strike"
    assert ev.actor1 == "United States Armed Forces"


def test_the_building_named_after_the_attack_noun_was_hit():
    doc = build([("paragraph", "قتل 27 شخصا في تفجير جامع الإمام الصادق في العاصمة.")],
                quantities=[("27 شخصا", 27)])
    (ev,) = run(doc)
    assert ev.actor2 == "جامع الإمام الصادق"  # "الإمام" is the imam here, not "أمام" (in front of)


# ------------------------------------------------------------------ what is no event, and one event per happening


def test_preparing_for_an_attack_is_no_attack():
    doc = build([("paragraph", "وتتأهب القوات الحكومية لهجوم يستهدف استعادة المدينة من المتشددين.")])
    assert run(doc) == []


def test_a_bombing_named_by_its_name_in_a_headline_is_one_told_before():
    doc = build([("title", "القبض على خلية إرهابية لا علاقة لها بتفجير «الصادق»")])
    events = run(doc)
    assert not of_type(events, ("bombing", "suicide_bombing", "attack"))


def test_a_later_retelling_of_the_main_story_joins_it_not_the_recalled_attack():
    doc = build([
        ("title", "12 قتيلا في تفجير انتحاري شمال العراق"),
        ("paragraph", "قتل 12 شخصا على الأقل اليوم عندما هاجم انتحاريان حمام سباحة في بلدة طوز خورماتو."),
        ("paragraph", "ونفذ متشددون في وقت سابق من الشهر الحالي هجوما في محافظة ديالى أودى بحياة 100 شخص."),
        ("paragraph", "وقال رئيس البلدية إن مهاجما انتحاريا فجر سترته الناسفة في حمام سباحة مزدحم."),
    ], times=[("اليوم", "2024-03-10"), ("في وقت سابق من الشهر الحالي", "2024-03")],
        quantities=[("12 شخصا", 12), ("100 شخص", 100)])
    events = run(doc)
    main = [e for e in events if e.date == "2024-03-10"]
    assert len(main) == 1
    assert main[0].type == "suicide_bombing"
    assert main[0].rule is not None and "+" in main[0].rule  # the retelling joined the main story


# ------------------------------------------------------------------ nationality words


def test_plural_nationality_words_name_their_country():
    assert nisba_country(normalize("أوكرانيين")) == "UA"
    assert nisba_country(normalize("الأفغان")) == "AF"
    assert nisba_country(normalize("الأتراك")) == "TR"
    assert nisba_country(normalize("الأميركيون")) == "US"
    assert nisba_country(normalize("مدنيين")) is None


# ------------------------------------------------------------------ unseen papers (issue 6)


def test_a_toll_since_a_past_moment_is_no_event():
    # the dead of a whole insurgency or of a president's term are no happening, and taking
    # office "since" a date is no change of leader either
    for sentence in (
        "ويأتي ذلك في ظل تمرد مستمر منذ خمس سنوات أدى إلى مقتل 12 ألف شخص على الأقل.",
        "ومنذ تولي الرئيس سالم الحكم في 3 مارس، قتل أكثر من 400 شخص بحسب تعداد للأمم المتحدة.",
    ):
        doc = build([("paragraph", sentence)], quantities=[("12 ألف", 12000)] if "12" in sentence else [("400", 400)])
        assert run(doc) == [], sentence


def test_strikes_carried_out_by_a_long_subject_are_an_event():
    doc = build([("paragraph", "وشن طيران التحالف صباح أمس ثلاث غارات على مواقع للمتمردين في مدينة مأرب.")],
                times=[("صباح أمس", "2024-03-09")])
    (ev,) = of_type(run(doc), ("air_strike",))
    assert ev.date == "2024-03-09" and ev.place.name == "Marib"


def test_battles_between_two_sides_and_ambushes_are_clashes():
    doc = build([("paragraph", "وقال القائد إن معارك عنيفة تدور بين الجيش والمتمردين في مدينة حلب. "
                               "وفي محافظة إدلب نصب مسلحون كمينا لدورية عسكرية.")])
    events = run(doc)
    assert [e.type for e in events] == ["armed_clash", "armed_clash"]
    assert [e.place.name for e in events] == ["Aleppo", "Idlib Governorate"]


def test_battles_in_general_are_no_clash():
    doc = build([("paragraph", "وارتفع عدد الجرحى في المعارك بين المتمردين والجيش بنسبة كبيرة.")])
    assert of_type(run(doc), ("armed_clash",)) == []


def test_whether_it_was_a_suicide_bombing_does_not_make_it_one():
    doc = build([("paragraph", "وقع انفجار قوي في سوق بمدينة كركوك صباح اليوم. ولم يتضح ما إذا كان "
                               "تفجيرا انتحاريا أو عبوة ناسفة.")], times=[("صباح اليوم", "2024-03-10")])
    (ev,) = run(doc)
    assert ev.type == "bombing"


def test_a_second_toll_after_fima_is_another_happening():
    doc = build([("paragraph", "وقتل 5 أشخاص في هجوم على سوق في مدينة حمص فيما لقي 3 مصرعهم "
                               "في انفجار عبوة ناسفة في مدينة حلب.")])
    events = run(doc)
    assert sorted(e.place.name for e in events) == ["Aleppo", "Homs"]


def test_a_definite_region_word_is_no_place_prefix():
    doc = build([("paragraph", "وبسبب انقطاع الكهرباء في المنطقة كان من غير الممكن معرفة عدد الضحايا "
                               "بعد انفجار في سوق بمدينة الموصل.")],
                mentions=[("كان", "LOC", "Cannes", "city", "FR")])
    (ev,) = run(doc)
    assert ev.place.name == "Mosul"


def test_a_name_located_by_a_direction_is_a_place_even_if_a_common_word():
    doc = build([("paragraph", "قتل سبعة أشخاص في تفجير انتحاري استهدف سوقا في مروة بشمال الكاميرون.")])
    (ev,) = run(doc)
    assert (ev.place.name, ev.place.country) == ("Maroua", "CM")


# ------------------------------------------------------------------ issue 6: who did it, to whom


def test_unknown_gunmen_are_the_perpetrator_as_the_text_describes_them():
    doc = build([("title", "خطف في الريف"),
                 ("paragraph", "اختطف مجهولون أمس مهندسا من شركة الكهرباء في مدينة حمص.")],
                times=[("أمس", "2024-03-09")])
    ev = next(e for e in run(doc) if e.type == "abduction")
    assert ev.actor1 == "مجهولون"


def test_the_group_that_claimed_outranks_the_gunmen_described():
    doc = build([("title", "هجوم على مخفر"),
                 ("paragraph", "فتح مسلحون النار على مخفر للشرطة في مدينة حلب أمس، وأعلن تنظيم داعش مسؤوليته عن الهجوم.")],
                mentions=[("تنظيم داعش", "ORG", "Islamic State", "armed_group", None)],
                times=[("أمس", "2024-03-09")])
    ev = next(e for e in run(doc) if e.type == "attack")
    assert ev.actor1 == "Islamic State"


def test_instrument_after_bi_is_no_actor():
    doc = build([("title", "قصف بالبراميل على بلدة في ريف إدلب"),
                 ("paragraph", "قصف بالبراميل المتفجرة أمس أحياء في مدينة إدلب.")],
                times=[("أمس", "2024-03-09")])
    for ev in run(doc):
        assert ev.actor1 is None or "براميل" not in ev.actor1
        assert ev.actor2 is None or "براميل" not in ev.actor2


def test_killers_before_the_counted_dead():
    doc = build([("title", "قتلى في الشمال"),
                 ("paragraph", "وفي كيدال قتل مسلحين خمسة رعاة.")],
                quantities=[("خمسة", 5)])
    ev = run(doc)[-1]
    assert ev.actor1 is None and ev.actor1_span.text == "مسلحين"
    assert ev.actor2 is not None and "مسلحين" not in ev.actor2


def test_a_group_named_again_by_its_first_word():
    doc = build([("title", "غارات في اليمن"),
                 ("paragraph", "تقدمت قوات التحالف العربي في محافظة تعز. "
                               "وشن طيران التحالف أمس غارات على مدينة صعدة.")],
                mentions=[("التحالف العربي", "ORG", "Saudi-led coalition", "military", "SA")],
                times=[("أمس", "2024-03-09")])
    ev = next(e for e in run(doc) if e.type == "air_strike")
    assert ev.actor1 == "Saudi-led coalition"


def test_strike_on_a_groups_positions_targets_the_group():
    doc = build([("title", "غارات في اليمن"),
                 ("paragraph", "شن طيران التحالف العربي أمس غارات على مواقع وتجمعات لجماعة الحوثي في مدينة صعدة.")],
                mentions=[("التحالف العربي", "ORG", "Saudi-led coalition", "military", "SA"),
                          ("جماعة الحوثي", "ORG", "Houthis", "armed_group", "YE")],
                times=[("أمس", "2024-03-09")])
    ev = next(e for e in run(doc) if e.type == "air_strike")
    assert ev.actor1 == "Saudi-led coalition"
    assert ev.actor2 == "Houthis"


def test_group_blamed_for_the_days_attacks_carried_out_each_of_them():
    doc = build([("title", "قتلى في هجمات في تشاد"),
                 ("paragraph", "قتل 30 شخصا أمس في هجمات لحركة بوكو حرام في تشاد. "
                               "والهجوم في مدينة بول أسفر عن مقتل 12 شخصا. "
                               "وفي 2 مارس الماضي فجرت انتحارية نفسها في مدينة نجامينا.")],
                mentions=[("بوكو حرام", "ORG", "Boko Haram", "armed_group", "NG")],
                times=[("أمس", "2024-03-09"), ("2 مارس الماضي", "2024-03-02")],
                quantities=[("30", 30), ("12", 12)])
    evs = run(doc)
    bol = next(e for e in evs if e.place is not None and e.place.name == "Bol")
    assert bol.actor1 == "Boko Haram" and bol.claim == "attributed"
    recalled = [e for e in evs if e.date == "2024-03-02"]
    assert recalled and all(e.actor1 is None for e in recalled)  # another day: not blamed


# ------------------------------------------------------------------ round 3: perpetrators and targets


def test_plural_subject_claims_after_a_singular_verb():
    # VSO: "أعلن" stays singular before a plural subject, the pronoun is plural
    doc = build([("paragraph", "أعلن مقاتلو جبهة الأحرار أمس مسؤوليتهم عن قتل نائب محلي في مدينة كسلا.")],
                mentions=[("جبهة الأحرار", "ORG", "Liberation Front", "armed_group", None)],
                times=[("أمس", "2024-03-09")])
    ev = run(doc)[0]
    assert ev.actor1 == "Liberation Front"
    assert ev.claim == "claimed"


def test_described_bombers_after_an_object_pronoun():
    doc = build([("paragraph", "أصيب ضابط بانفجار عبوة ناسفة زرعتها عناصر إرهابية على طريق المطار أمس.")],
                times=[("أمس", "2024-03-09")])
    ev = run(doc)[0]
    assert ev.actor1 == "عناصر إرهابية"


def test_agent_after_the_verbal_noun_tanfidh():
    doc = build([("paragraph", "أعلنت وزارة الداخلية اليوم تنفيذ الشرطة الوطنية عمليات اعتقال في العاصمة.")],
                mentions=[("وزارة الداخلية", "ORG", "Interior Ministry", "government", None),
                          ("الشرطة الوطنية", "ORG", "National Police", "police", None)])
    ev = next(e for e in run(doc) if e.type == "arrest")
    assert ev.actor1 == "National Police"


def test_one_of_a_group_keeps_the_group_in_the_target():
    doc = build([("paragraph", "اختطف مجهولون أمس عنصراً من قوات الأمن في مدينة حمص.")],
                times=[("أمس", "2024-03-09")])
    ev = run(doc)[0]
    assert ev.actor2 == "عنصراً من قوات الأمن"


def test_counted_people_of_a_group_are_not_one_of_it():
    doc = build([("paragraph", "اختطف مجهولون أمس 20 شخصاً من المتظاهرين في مدينة حمص.")],
                times=[("أمس", "2024-03-09")], quantities=[("20", 20)])
    for ev in run(doc):
        assert ev.actor2 is None or "من المتظاهرين" not in ev.actor2


# ------------------------------------------------------------------ targets as written, sides of a clash


def test_a_suspicion_clause_belongs_to_the_target_and_the_warplane_is_no_target():
    doc = build([("paragraph", "وقصفت طائرة حربية أمس مواقع يشتبه في أنها تابعة للمتمردين المسلحين شمالي القرية.")],
                times=[("أمس", "2024-03-09")])
    (ev,) = run(doc)
    assert ev.type == "air_strike"
    assert ev.actor2 == "مواقع يشتبه في أنها تابعة للمتمردين المسلحين"  # not "حربية مواقع", not "شمالي القرية"


def test_suspects_arrested_keep_what_they_are_suspected_of():
    doc = build([("paragraph", "أعلنت الشرطة اليوم توقيف عناصر يشتبه في ضلوعهم في الهجمات على الحافلات.")])
    ev = next(e for e in run(doc) if e.type == "arrest")
    assert ev.actor2 == "عناصر يشتبه في ضلوعهم في الهجمات"


def test_the_sides_of_a_clash_outrank_its_dead():
    doc = build([("paragraph", "قتل أربعة أشخاص أمس خلال اشتباكات في جنوب البلاد بين قوات موالية "
                               "للحكومة المعترف بها دوليا وجماعات مسلحة.")],
                times=[("أمس", "2024-03-09")], quantities=[("أربعة أشخاص", 4)])
    (ev,) = run(doc)
    assert ev.type == "armed_clash"
    assert ev.actor1 == "قوات موالية للحكومة المعترف بها دوليا"  # to the adverb of "المعترف بها"
    assert ev.actor2 == "جماعات مسلحة"
    assert ev.killed == 4


def test_the_market_hit_says_more_than_counted_persons():
    doc = build([("paragraph", "قتل 12 شخصا اليوم عندما فجر انتحاري نفسه في سوق مكتظة وسط المدينة.")],
                quantities=[("12 شخصا", 12)])
    (ev,) = run(doc)
    assert ev.type == "suicide_bombing"
    assert ev.actor2 == "سوق مكتظة"


def test_counted_persons_name_no_target_when_no_site_is_named():
    # a toll of "persons" tells how many died, not what was attacked
    doc = build([("paragraph", "قتل 12 شخصا اليوم في هجوم انتحاري شمال البلاد.")],
                quantities=[("12 شخصا", 12)])
    (ev,) = run(doc)
    assert ev.actor2 is None


def test_the_reporter_before_a_colon_did_not_strike_and_the_described_aircraft_did():
    doc = build([("paragraph", "قال المرصد: قصف الطيران المروحي أمس مناطق في قرية الوادي شمال المدينة.")],
                times=[("أمس", "2024-03-09")],
                mentions=[("المرصد", "ORG", "Rights Monitor", "ngo", None)])
    ev = next(e for e in run(doc) if e.type == "air_strike")
    assert ev.actor1 == "الطيران المروحي"
    assert ev.claim != "attributed"


def test_one_person_killed_near_a_site_stays_the_target():
    doc = build([("paragraph", "قال مصدر أمني إن شخصا قتل في انفجار سيارة مفخخة قرب مدرسة في حي النور.")])
    (ev,) = run(doc)
    assert ev.actor2 in ("civilians", "شخصا")


def test_the_words_after_a_bomber_blowing_himself_up_are_not_his_name():
    doc = build([("paragraph", "وقال الضابط كنا نلاحقه عندما فجر نفسه بالقرب من حافلة للشرطة.")])
    ev = next(e for e in run(doc) if e.type == "suicide_bombing")
    assert ev.actor1 is None
    doc = build([("paragraph", "وفجرت نفسها فور وصولها الى باب السوق.")])
    ev = next(e for e in run(doc) if e.type == "suicide_bombing")
    assert ev.actor1 is None


def test_a_glued_at_least_hedge_is_no_target():
    doc = build([("paragraph", "اصيب مالايقل عن ثمانية من عناصر الشرطة في هجوم بقنبلة يدوية في البلدة.")],
                quantities=[("ثمانية", 8)])
    (ev,) = run(doc)
    assert ev.actor2 == "عناصر الشرطة"
    assert ev.injured_min == 8


# ------------------------------------------------------------------ perpetrators named through the article


def test_described_men_of_a_named_group_are_that_group():
    doc = build([("paragraph", "قتل ثلاثة جنود امس عندما اقتحم متشددون من جبهة الفجر نقطة تفتيش قرب البلدة.")],
                times=[("امس", "2024-03-09")], quantities=[("ثلاثة جنود", 3)],
                mentions=[("جبهة الفجر", "ORG", "Dawn Front", "armed_group", None)])
    ev = run(doc)[0]
    assert ev.actor1 == "Dawn Front"


def test_counted_dead_of_a_group_do_not_name_the_perpetrator():
    doc = build([("paragraph", "وشنت قوة أمنية عملية على قرى المنطقة تمكنت خلالها من قتل 11 مسلحا من جبهة الفجر.")],
                quantities=[("11", 11)],
                mentions=[("جبهة الفجر", "ORG", "Dawn Front", "armed_group", None)])
    for ev in run(doc):
        assert ev.actor1 != "Dawn Front"


def test_the_group_word_refers_back_to_the_one_group_named_before():
    doc = build([("title", "جبهة الفجر تسيطر على بلدة الوادي"),
                 ("paragraph", "وسيطر التنظيم على البلدة امس بعد قتال عنيف مع قوات الجيش.")],
                times=[("امس", "2024-03-09")],
                mentions=[("جبهة الفجر", "ORG", "Dawn Front", "armed_group", None)])
    ev = next(e for e in run(doc) if e.type == "armed_clash")
    assert ev.actor1 == "Dawn Front"


def test_the_group_word_stays_a_word_when_two_groups_were_named():
    doc = build([("paragraph", "تتنافس جبهة الفجر وحركة النور على المنطقة. وشن المتمردون امس هجوما على قرية الوادي.")],
                times=[("امس", "2024-03-09")],
                mentions=[("جبهة الفجر", "ORG", "Dawn Front", "armed_group", None),
                          ("حركة النور", "ORG", "Light Movement", "armed_group", None)])
    for ev in run(doc):
        assert ev.actor1 not in ("Dawn Front", "Light Movement")


def test_the_group_that_carried_out_the_attack_named_after_it():
    doc = build([("paragraph", "قتل 20 شخصا امس في تفجير انتحاري نفذته جبهة الفجر قرب مقر الشرطة.")],
                times=[("امس", "2024-03-09")], quantities=[("20 شخصا", 20)],
                mentions=[("جبهة الفجر", "ORG", "Dawn Front", "armed_group", None)])
    ev = run(doc)[0]
    assert ev.actor1 == "Dawn Front"
    assert ev.claim == "attributed"

