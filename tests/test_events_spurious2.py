"""Events stage: words of a happening that report none (a designation that describes a group,
the summit of a hill, the skills somebody was trained in). Every sentence is invented for these
tests and runs through the whole pipeline (see event_docs)."""

from __future__ import annotations

from event_docs import news_events, sorted_types


def test_a_designation_in_a_relative_clause_describes_the_group():
    assert sorted_types("وتنشط الجبهة التي صنفتها كندا إرهابية في المناطق الجبلية منذ سنوات.") == []
    # a designation told as a step, with its day, is a sanction
    assert sorted_types("وصنفت كندا أمس الجبهة منظمة إرهابية.") == ["sanction"]
    assert sorted_types("وأعلنت أوتاوا أن الجبهة التي صنفتها كندا أمس إرهابية ستخضع لتجميد أصول.") == ["sanction"]


def test_the_summit_of_a_hill_is_no_meeting():
    assert sorted_types("وتمركز مسلحو تنظيم داعش أمس على قمة التل المطل على مدينة تدمر.") == []
    assert sorted_types("وتمركز مسلحو تنظيم داعش أمس على قمة جبل يطل على مدينة تدمر.") == []
    assert sorted_types("والتقى الملك عبدالله الثاني الرئيس المصري عبد الفتاح السيسي أمس في قمة ثنائية بعمان.") == ["meet"]


def test_skills_trained_in_are_not_happenings():
    assert sorted_types("وتبين أن المتهم تلقى تدريبات مكثفة على صناعة العبوات وتنفيذ عمليات التفجير عن بعد.") == []
    assert sorted_types("وقالت الوزارة إن أفراد الخلية تدربوا على الاغتيال وزرع العبوات في معسكرات خارج البلاد.") == []
    # a blast told in a clause of its own is still one
    assert sorted_types("وقتل ثلاثة جنود أمس في انفجار عبوة ناسفة استهدفت دوريتهم قرب المدينة.") == ["bombing"]


def test_a_sanction_with_no_place_is_imposed_at_home():
    events = news_events("قتل قائد الجماعة أمس في انفجار سيارة مفخخة بمدينة قندهار.",
                         "وفي عام 2012 صنفته وزارة الخارجية الأمريكية إرهابيا عالميا.")
    sanctions = [e for e in events if e.type == "sanction"]
    assert len(sanctions) == 1 and sanctions[0].place.country == "US"
    # the blast stays in the town the article tells of
    assert [e.place.country for e in events if e.type == "bombing"] == ["AF"]


def test_a_happening_said_of_the_speakers_it_is_the_one_told():
    events = news_events("هاجم مسلحون أمس مطعما يرتاده أجانب في مدينة غاو شمال مالي.",
                         "وأضاف الضابط «إنها محاولة خطف فاشلة لرعايا أوروبيين».")
    assert len(events) == 1
    # a verb after "أنه" tells a deed of its own
    assert len(news_events("هاجم مسلحون أمس مطعما في مدينة غاو شمال مالي.",
                           "وأعلن الجيش أنه شن غارات على مواقع المسلحين قرب تمبكتو.")) == 2


def test_a_suicide_belt_worn_is_no_blast():
    assert "suicide_bombing" not in sorted_types("وقتلت الشرطة أمس مسلحا كان يرتدي حزاما ناسفا قرب المعبر.")
    assert sorted_types("وفجر انتحاري يرتدي حزاما ناسفا نفسه أمس وسط سوق المدينة.") == ["suicide_bombing"]
