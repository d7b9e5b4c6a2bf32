"""Events: which day a happening is given when the paper prints a story written the day before.

Every article here is invented for the tests. They run the whole pipeline, so the days come
from the real time expressions and their values.
"""

from __future__ import annotations

from rasd.model import Article, Event
from rasd.pipeline import analyze


def events_of(paragraphs: list[str], published: str, title: str = "") -> list[Event]:
    art = Article.from_parts([("title", title)] + [("paragraph", p) for p in paragraphs])
    art.published = published
    return analyze(art).events


def test_last_night_in_said_words_counts_from_the_day_of_the_saying():
    # the officials spoke on Thursday: their "last night" is Wednesday night, not Thursday night
    events = events_of([
        "أعلن مسؤولون أمنيون عراقيون أمس الخميس مقتل ثمانية مسلحين وخمسة مدنيين في محافظة ديالى.",
        "وقال المسؤولون: إن قوة من الجيش شنت عملية عسكرية على قرى شمال بعقوبة قتلت خلالها ثمانية مسلحين، "
        "وأشاروا إلى مقتل خمسة مدنيين في انفجار عبوة ناسفة الليلة الماضية في قضاء المقدادية.",
    ], published="2016-03-11", title="مقتل مسلحين ومدنيين في ديالى")
    bombings = [e for e in events if e.type == "bombing"]
    assert bombings and all(e.date == "2016-03-09" for e in bombings)
    # the operation told before the new saying does not borrow the night of the blast
    assert all(e.date != "2016-03-09" for e in events if e.type != "bombing")


def test_this_morning_under_a_lead_dated_yesterday_is_yesterday():
    # a wire story printed a day later: its "this morning" is the lead's yesterday
    events = events_of([
        "قتل 12 شخصا أمس عندما فجر انتحاري نفسه في سوق مزدحمة في ولاية قندهار الأفغانية.",
        "وقال قائد الشرطة إن الهجوم استهدف سوقا شعبيا.",
        "وأعلن حاكم الولاية، هذا الصباح فجر انتحاري سترته الناسفة داخل سوق في قندهار.",
    ], published="2016-05-04", title="هجوم انتحاري يوقع 12 قتيلا في أفغانستان")
    attacks = [e for e in events if e.type in ("suicide_bombing", "bombing", "attack")]
    assert attacks and all(e.date == "2016-05-03" for e in attacks)


def test_plain_yesterday_in_reported_words_stays_the_papers_yesterday():
    # "أمس" in words reported without quotation marks is most often the paper's own day
    events = events_of([
        "أعلن الجيش أمس الأحد مقتل عشرة مسلحين في غارات جوية.",
        "وقال المتحدث باسم الجيش: إن طائرات حربية قصفت أمس مواقع للمسلحين قرب مدينة الرقة.",
    ], published="2016-06-13", title="غارات على مواقع المسلحين")
    strikes = [e for e in events if e.type == "air_strike"]
    assert strikes and all(e.date == "2016-06-12" for e in strikes)


def test_the_same_day_takes_the_date_of_the_happening_told_before():
    # "في اليوم نفسه": the day of the bombing told just before, not the day of the lead's attacks
    events = events_of([
        "قتل عشرة أشخاص أمس الخميس في هجوم استهدف سوقا شعبية في مدينة الموصل.",
        "وكان انفجار سيارة مفخخة قد أوقع ستة قتلى الثلاثاء في حي الجهاد غرب بغداد.",
        "كما انفجرت عبوة ناسفة في اليوم نفسه في منطقة الكرادة، ما أدى إلى مقتل ثلاثة أشخاص.",
    ], published="2016-10-07")
    karrada = [e for e in events if e.type == "bombing" and "الكرادة" in e.evidence.text]
    assert karrada and karrada[0].date == "2016-10-04"


def test_the_day_of_a_statement_after_its_speaker_is_not_the_day_of_the_happening():
    # "قالت الوزارة (...) في بيان أمس: إن": yesterday is when it was said; the happening's day
    # is told in the "بينما كان" clause of its circumstances
    events = events_of([
        "قالت وزارة الدفاع البريطانية (الوزارة) في بيان أمس: إن القيادي البارز في التنظيم فلان الفلاني "
        "قتل في ضربة جوية بريطانية في العراق بينما كان يستقل سيارة قرب مدينة الموصل في الثالث من مارس.",
    ], published="2016-03-20")
    strikes = [e for e in events if e.type == "air_strike"]
    assert [e.date for e in strikes] == ["2016-03-03"]


def test_a_dateline_line_is_not_the_lead():
    # the lead is the first paragraph that tells something, not the line "وكالات – بغداد" above it
    from event_docs import build

    from rasd.extract import events as ev

    doc = build([("title", "خطف عشرات المدنيين في الأنبار"), ("paragraph", "وكالات – بغداد"),
                 ("paragraph", "قال مسؤولون اليوم إن مسلحين خطفوا عشرات المدنيين بعد سيطرتهم على بلدة في الأنبار."),
                 ("paragraph", "وفي يناير الماضي خطف المسلحون 40 مدنيا.")])
    ctx = ev.ArticleContext(doc)
    assert ctx.lead_blocks == {0, 2}


def test_the_headline_happening_is_the_one_the_lead_dates_weeks_ago():
    # the lead's first sentence dates the headline's strike two weeks back: one happening, and
    # an undated retelling after a recalled older strike still goes on with it
    events = events_of([
        "قالت وزارة الدفاع الأمريكية إن القيادي في التنظيم فلان الفلاني قتل في غارة جوية أمريكية "
        "قرب مدينة الرقة في الثاني من مارس.",
        "وكان القيادي قد استهدف بغارة جوية أمريكية في أكتوبر 2014 دون أن يصاب.",
        "وأضافت الوزارة أن القيادي كان يستقل سيارة عندما أصيب في الغارة الجوية.",
    ], published="2016-03-17", title="واشنطن: مقتل قيادي بارز في غارة جوية")
    strikes = sorted((e for e in events if e.type == "air_strike"), key=lambda e: e.date)
    assert [e.date for e in strikes] == ["2014-10", "2016-03-02"]


def test_a_happening_in_the_night_between_two_days_is_dated_by_the_second():
    # "ليل الجمعة السبت": the night from Friday to Saturday; the killing is told by the day it
    # ended in. A source speaking that night about fighting still going on speaks of the first.
    events = events_of([
        "قتل تسعة مدنيين ليل الجمعة السبت في هجوم شنه مسلحون على قرية في ولاية بورنو.",
    ], published="2016-03-15")
    attacks = [e for e in events if e.type == "attack"]
    assert [e.date for e in attacks] == ["2016-03-12"]
    events = events_of([
        "ذكرت مصادر محلية، ليل الجمعة السبت، أن اشتباكات عنيفة تدور بين الجيش والمسلحين في مدينة تعز.",
    ], published="2016-03-15")
    clashes = [e for e in events if e.type == "armed_clash"]
    assert [e.date for e in clashes] == ["2016-03-11"]


def test_a_toll_announced_on_a_named_day_dates_its_undated_happening():
    # the colonel told the toll on Thursday; the blast he then describes names no day of its
    # own: the day of the telling, not the day of an older happening told earlier in the paragraph
    events = events_of([
        "وقتل 12 شخصا الأربعاء في هجوم على سوق في بغداد. وكشف العقيد فلان الفلاني في شرطة الأنبار "
        "امس الخميس عن مقتل 30 من عناصر التنظيم قرب الرمادي. وقال العقيد إن عبوة ناسفة انفجرت عند مرور "
        "رتل للتنظيم قرب مدخل مدينة الرمادي ما اسفر عن مقتل 30 منهم.",
    ], published="2016-03-18")
    bombings = [e for e in events if e.type == "bombing" and e.killed == 30]
    assert [e.date for e in bombings] == ["2016-03-17"]


def test_a_happening_counted_back_from_the_day_after_it():
    # "بعد يومين من مقتل": the killing came two days before the day the sentence speaks of
    events = events_of([
        "تأتي تصريحات الوزير بعد يومين من مقتل ثلاثة مزارعين برصاص مسلحين مجهولين في قرية قرب مدينة الخليل.",
    ], published="2016-04-10", title="الوزير يتوعد")
    killings = [e for e in events if e.type == "attack"]
    assert [e.date for e in killings] == ["2016-04-08"]
    # the day the sentence names before "بعد" is the one counted from, not the happening's own
    events = events_of([
        "وقال مسؤولون إن الشرطة اعتقلت أمس السبت خمسة مشتبهين بعد ثلاثة أيام على هجوم انتحاري في سوق المدينة.",
    ], published="2016-04-10")
    bombings = [e for e in events if e.type == "suicide_bombing"]
    assert [e.date for e in bombings] == ["2016-04-06"]


def test_a_wave_of_violence_announced_on_a_named_day_dates_the_happenings_told_after_it():
    # the summary "في موجة عنف" is no event, but its day of telling dates the operation the
    # officials then describe, not the older kidnapping told earlier in the paragraph
    events = events_of([
        "وخطف مسلحون الثلاثاء خمسة موظفين في مدينة تكريت. كما أعلن مسؤولون أمنيون امس الخميس مقتل 9 "
        "مسلحين و4 مدنيين في موجة عنف جديدة في محافظة ديالى. وقال المسؤولون إن قوة من الجيش شنت عملية "
        "عسكرية على قرى شمال بعقوبة تمكنت خلالها من قتل 9 مسلحين.",
    ], published="2016-05-13")
    operations = [e for e in events if e.type == "armed_clash"]
    assert [e.date for e in operations] == ["2016-05-12"]


def test_bombers_named_as_a_role_do_not_take_the_day_of_the_attack_told_after_them():
    # "كمفجرين انتحاريين" (as suicide bombers) names a role, no happening; the bombing told
    # after the comma keeps its own day
    events = events_of([
        "وتزايد تجنيد الجماعة للقاصرين كمفجرين انتحاريين منذ أن أعلنت ولاءها للتنظيم، وفي هجوم وقع "
        "يوم الأحد الماضي فجر فتى نفسه في سوق بمدينة كانو مما أسفر عن مقتل سبعة أشخاص.",
    ], published="2016-06-15")
    bombings = [e for e in events if e.type == "suicide_bombing"]
    assert [e.date for e in bombings] == ["2016-06-12"]


def test_a_happening_of_years_ago_does_not_date_the_news_told_sentences_later():
    # the raid "قبل أربع سنوات" is background; the blast told three sentences later in the same
    # paragraph names no day: it is today's news (the lead's day), not one of four years ago
    events = events_of([
        "قتل ثلاثة جنود أمس الأحد في هجوم مسلح على نقطة تفتيش في محافظة ديار بكر.",
        "وكانت الشرطة قد اعتقلت زعيم الخلية بعد أن نفذ أنصاره هجوما على مركز للشرطة قبل أربع سنوات. "
        "وتطالب المعارضة بالإفراج عنه. ويقول محاموه إنه بريء. "
        "ووسط هذا التوتر قتل شرطيان في انفجار عبوة ناسفة على طريق في منطقة سيلوبي.",
    ], published="2016-05-16")
    blasts = [e for e in events if e.type == "bombing"]
    assert [e.date for e in blasts] == ["2016-05-15"]


def test_a_named_day_that_is_the_publication_day_is_not_moved_back_with_the_lead():
    # the lead tells of Saturday evening; the paper came out on Sunday, and "صباح الأحد" in the
    # body names that Sunday (only a bare "this morning" would count from the day of writing)
    events = events_of([
        "شهدت مدينة غاو هجوما مسلحا مساء السبت نفذه مجهولون على حاجز للجيش واسفر عن مقتل خمسة جنود.",
        "وتتواصل الهجمات في المنطقة وطاول آخرها صباح الأحد مدينة تمبكتو حيث وقعت عملية انتحارية اسفرت "
        "عن سقوط ما لا يقل عن ثمانية قتلى في السوق الرئيسية بالمدينة.",
    ], published="2016-05-15")
    bombings = [e for e in events if e.type == "suicide_bombing"]
    assert [e.date for e in bombings] == ["2016-05-15"]


def test_last_night_pointed_to_by_a_source_in_the_lead_paragraph_counts_from_its_day():
    # one long first paragraph: its first sentence says the sources spoke on Tuesday; the
    # "last night" they then point to ("وأشارت إلى مقتل") is Monday night
    events = events_of([
        "أفادت مصادر أمنية أمس الثلاثاء بمقتل 11 مدنيا في محافظة ديالى. وقالت المصادر إن عبوة ناسفة "
        "انفجرت امس في سوق شعبي غربي بعقوبة ما أدى إلى مقتل ستة مدنيين. وأشارت إلى مقتل خمسة مدنيين "
        "جراء سقوط قذائف هاون الليلة الماضية على منازل في ناحية كنعان.",
    ], published="2016-05-18")
    shelling = [e for e in events if e.type == "shelling"]
    assert [e.date for e in shelling] == ["2016-05-16"]


def test_the_same_day_is_the_day_of_the_happening_before_it_not_today():
    # "في ذات اليوم": the day of the blast told before, though the times stage reads "اليوم" as today
    events = events_of([
        "انفجرت سيارة مفخخة منتصف الأسبوع الماضي في سوق شعبي بمدينة الحلة. "
        "وقتل في ذات اليوم ثلاثة جنود في هجوم مسلح على حاجز للجيش قرب مدينة الفلوجة.",
    ], published="2016-05-23")
    attacks = [e for e in events if e.type == "attack"]
    assert [e.date for e in attacks] == ["2016-W20"]


def test_a_weekday_named_in_the_quoted_words_of_a_source_who_spoke_that_day_is_that_day():
    # the lead: the official spoke on Thursday; his quoted "ظهر الخميس" is that Thursday, not
    # the day before it (only "أمس", "الليلة الماضية" count back from the day of the saying),
    # so the quoted telling with its toll is the lead's strike
    events = events_of([
        "أعلن مسؤول محلي الخميس عن مقتل وإصابة 20 مدنيا في قصف جوي استهدف سوقا في بلدة القائم.",
        "وقال المسؤول لوكالة أنباء محلية إن \"طائرة حربية أطلقت صاروخا على السوق ظهر الخميس في وسط "
        "بلدة القائم ما أسفر عن مقتل ثمانية مدنيين وإصابة 12 آخرين\".",
    ], published="2016-05-20")
    strikes = [e for e in events if e.type == "air_strike"]
    assert [(e.date, e.killed) for e in strikes] == [("2016-05-19", 8)]
