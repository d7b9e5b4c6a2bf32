"""Time expressions: every family, with invented news sentences."""

from __future__ import annotations

import pytest

from rasd.arabic.calendars import hijri_to_gregorian
from rasd.extract.times import extract_times, find_times
from rasd.model import Analysis, Article, TimeExpr
from rasd.pipeline import Doc


def times(text: str, published: str | None) -> list[TimeExpr]:
    found = find_times(text, published)
    for t in found:
        assert text[t.span.start:t.span.end] == t.span.text
    return found


def values(text: str, published: str | None) -> dict[str, str]:
    return {t.span.text: t.value for t in times(text, published)}


def one(text: str, published: str | None) -> TimeExpr:
    found = times(text, published)
    assert len(found) == 1, [(t.span.text, t.value) for t in found]
    return found[0]


# ------------------------------------------------------------------ months


def test_paired_month_without_year_is_the_latest_not_after_publication() -> None:
    assert values("واجتمع الوفدان في مارس (آذار) لبحث الهدنة.", "2019-06-10") == {"مارس (آذار)": "2019-03"}
    assert values("وزار الرئيس القاهرة في نوفمبر (تشرين الثاني).", "2019-06-10") == {
        "نوفمبر (تشرين الثاني)": "2018-11"}


def test_paired_month_with_year() -> None:
    t = one("وفي نوفمبر (تشرين الثاني) 2009، أدرجته الخزانة على قائمة العقوبات.", "2020-01-01")
    assert (t.span.text, t.value, t.resolution, t.precision) == ("نوفمبر (تشرين الثاني) 2009", "2009-11", "absolute",
                                                                  "month")


def test_month_paired_after_a_dash_or_a_slash_is_one_expression() -> None:
    assert values("ونفذت الحركة هجوما في نيسان - إبريل الماضي على المطار.", "2015-07-30") == {
        "نيسان - إبريل الماضي": "2015-04"}
    assert values("وفي السابع من تموز - يوليو قصفت الطائرات الجسر.", "2015-07-30") == {
        "السابع من تموز - يوليو": "2015-07-07"}
    assert values("وبدأ الحصار في يوليو/تموز 2014.", "2015-07-30") == {"يوليو/تموز 2014": "2014-07"}
    # a dash between two different months is a range, not one month in two series
    assert "مارس - أبريل" not in values("وتستمر الحملة مارس - أبريل.", "2015-07-30")


def test_first_of_a_month_written_awal() -> None:
    assert values("ويبدأ تطبيق القرار اعتبارا من أول يوليو تموز.", "2015-06-20") == {"أول يوليو تموز": "2015-07-01"}
    assert values("وتعقد الجلسة أول الشهر.", "2015-06-20") == {"أول الشهر": "2015-06"}  # its start, not a day


def test_this_morning_and_this_evening() -> None:
    assert values("وقال شهود إن انفجارا وقع هذا الصباح قرب السوق.", "2015-07-22") == {"هذا الصباح": "2015-07-22TMO"}
    assert values("ويصل الوفد هذا المساء إلى جنيف.", "2015-07-22") == {"هذا المساء": "2015-07-22TEV"}


def test_late_last_month_and_the_one_before_it() -> None:
    text = ("وفي أواخر مارس (آذار) الماضي، قُتل ثلاثة جنود في كمين. "
            "وفي نوفمبر (تشرين الثاني) الذي سبقه، هاجم مسلحون قافلة للإغاثة.")
    found = times(text, "2021-02-10")
    assert [(t.span.text, t.value) for t in found] == [
        ("أواخر مارس (آذار) الماضي", "2020-03"), ("نوفمبر (تشرين الثاني) الذي سبقه", "2019-11")]
    assert found[0].modifier == "END"
    assert found[1].resolution == "relative_to_date"


def test_levantine_and_maghrebi_month_names_alone() -> None:
    assert values("وتعود القضية إلى أيار 2014.", "2020-01-01") == {"أيار 2014": "2014-05"}
    assert values("انطلقت الحملة في جويلية 2018.", "2020-01-01") == {"جويلية 2018": "2018-07"}


def test_ambiguous_month_words_need_a_date_context() -> None:
    assert values("مارس الضغط على الحكومة.", "2020-05-01") == {}
    assert values("مارس 2016 كان شهرا صعبا.", "2020-05-01") == {"مارس 2016": "2016-03"}


def test_full_dates() -> None:
    assert values("وصل الوزير إلى بغداد يوم 3 مارس 2019 (رويترز)", "2024-01-01") == {"3 مارس 2019": "2019-03-03"}
    assert values("بين الأول من يناير (كانون الثاني) و30 يونيو (حزيران) سقط مئات الضحايا.", "2017-08-07") == {
        "الأول من يناير (كانون الثاني)": "2017-01-01", "30 يونيو (حزيران)": "2017-06-30"}
    assert values("ووقع الحادث في 14/2/2005 في بيروت.", None) == {"14/2/2005": "2005-02-14"}


def test_date_of_month_mentioned_relative_to_publication() -> None:
    assert values("بدأت العملية في 24 من الشهر الماضي.", "2018-04-03") == {"24 من الشهر الماضي": "2018-03-24"}
    assert values("جرت الجولة الأولى في 22 يوليو (تموز).", "2016-08-02") == {"22 يوليو (تموز)": "2016-07-22"}


def test_dates_that_are_names_are_not_times() -> None:
    assert values("افتتح مصنع جديد في مدينة السادس من أكتوبر.", "2016-05-01") == {}
    assert values("وشارك في ثورة 25 يناير.", "2016-05-01") == {}


# ------------------------------------------------------------------ years, seasons, decades


def test_years_keep_their_keyword_but_not_the_preposition() -> None:
    assert values("وكانت الحركة قد تأسست عام 1987 في غزة.", "2020-01-01") == {"عام 1987": "1987"}
    assert values("وتوفي القائد في 2013 بحسب مصادر.", "2020-01-01") == {"2013": "2013"}
    assert values("بقي الاتفاق ساريا منذ العام 1998.", "2020-01-01") == {"العام 1998": "1998"}


def test_counts_are_not_years() -> None:
    assert values("ونزح 2000 شخص من القرية.", "2020-01-01") == {}


def test_half_years_and_seasons() -> None:
    assert values("تراجعت الصادرات في النصف الأول من 2014.", "2015-01-01") == {"النصف الأول من 2014": "2014-H1"}
    assert values("ولم يُعلن الخبر إلا صيف 2018.", "2020-01-01") == {"صيف 2018": "2018-SU"}
    assert values("انتهت الأشغال في الخريف الماضي.", "2020-03-01") == {"الخريف الماضي": "2019-FA"}
    assert values("الربيع العربي غيّر المنطقة.", "2020-03-01") == {}


def test_decades_and_centuries() -> None:
    assert values("نشأت الجماعة في ثمانينات القرن الماضي.", "2019-01-01") == {"ثمانينات القرن الماضي": "198X"}
    assert values("عرف المسرح ازدهارا في الستينيات.", "2019-01-01") == {"الستينيات": "196X"}
    assert values("شهدت المدينة نهضة في القرن التاسع عشر.", "2019-01-01") == {"القرن التاسع عشر": "18"}


# ------------------------------------------------------------------ days and weeks


def test_weekday_is_the_latest_such_day_on_or_before_publication() -> None:
    assert one("وأعلنت الشرطة الأحد اعتقال خمسة مشتبهين.", "2023-03-08").value == "2023-03-05"
    assert one("قُتل الوزير الأربعاء في تفجير.", "2023-03-08").value == "2023-03-08"
    assert one("وتُعقد الجلسة الخميس المقبل.", "2023-03-08").value == "2023-03-09"


def test_today_yesterday_tomorrow_with_weekdays() -> None:
    assert values("وقالت الوزارة أمس إن الحدود مغلقة.", "2022-01-01") == {"أمس": "2021-12-31"}
    assert values("وتبدأ المحادثات غدا.", "2022-01-01") == {"غدا": "2022-01-02"}
    assert values("قُتل جنديان اليوم (الخميس) في هجوم.", "2024-05-16") == {"اليوم (الخميس)": "2024-05-16"}
    # the paper came out the morning after: the weekday is exact
    assert values("ونشرت الصحف اليوم الثلاثاء صور الضحايا.", "2024-05-15") == {"اليوم الثلاثاء": "2024-05-14"}


def test_parts_of_day_and_clock_times() -> None:
    t = one("انفجرت العبوة مساء أمس قرب السوق.", "2022-01-10")
    assert (t.value, t.type) == ("2022-01-09TEV", "TIME")
    assert one("وقع الانفجار ليل الخميس الجمعة.", "2022-01-10").value == "2022-01-06TNI"
    assert values("وقع الهجوم في نحو الساعة 10:30 صباح أمس.", "2022-01-10") == {
        "الساعة 10:30 صباح أمس": "2022-01-09T10:30"}


def test_not_today() -> None:
    assert values("احتفل العالم باليوم العالمي للمرأة.", "2022-03-09") == {}
    assert values("والمدينة في أمس الحاجة إلى المساعدات.", "2022-03-09") == {}
    assert values("فالقرى بأمس الحاجة للمياه.", "2022-03-09") == {}


def test_yesterday_before_a_definite_subject() -> None:
    # Verb-first news sentences put «أمس» between the verb and its subject or object.
    assert values("أعلنت أمس الحكومة حظر التجول.", "2022-03-09") == {"أمس": "2022-03-08"}
    assert values("واستعادت امس القوات السيطرة على الجسر.", "2022-03-09") == {"امس": "2022-03-08"}


def test_weeks_months_years_relative_to_publication() -> None:
    got = values("نشرت البعثة تقريرها هذا الأسبوع، بعد زيارة الأسبوع الماضي.", "2015-12-24")
    assert got == {"هذا الأسبوع": "2015-W52", "الأسبوع الماضي": "2015-W51"}
    assert values("وتجري الانتخابات الشهر المقبل.", "2020-12-15") == {"الشهر المقبل": "2021-01"}
    assert values("وارتفعت الأسعار العام الماضي.", "2020-12-15") == {"العام الماضي": "2019"}
    assert values("انخفضت التدفقات منذ بداية العام.", "2020-12-15") == {"منذ بداية العام": "2020"}


def test_month_precision_publication_keeps_day_words_at_month_precision() -> None:
    assert values("وأعلن المتحدث هذا الأسبوع موقفه.", "2015-12") == {"هذا الأسبوع": "2015-12"}


# ------------------------------------------------------------------ ago, since, durations, sets


def test_ago_and_after() -> None:
    assert values("سقطت الهدنة قبل عشرة أيام.", "2015-08-02") == {"قبل عشرة أيام": "2015-07-23"}
    assert values("توفي قبل عامين.", "2015-07-30") == {"قبل عامين": "2013"}
    t = one("طُرح المشروع قبل أكثر من عام.", "2015-12-24")
    assert (t.value, t.modifier) == ("2014", "MORE_THAN")


def test_durations() -> None:
    t = one("وخاضت الجماعة تمردا لثلاثة عقود ضد الدولة.", "2015-07-22")
    assert (t.span.text, t.value, t.type) == ("لثلاثة عقود", "P30Y", "DURATION")
    assert values("وأدى النزاع إلى مقتل الآلاف في 30 عاما.", "2015-08-02") == {"30 عاما": "P30Y"}
    assert values("وتكتمت الحركة لسنتين على الخبر.", "2015-08-07") == {"لسنتين": "P2Y"}
    assert values("يتمركزون هناك منذ سنوات.", "2015-08-02") == {"منذ سنوات": "PXY"}
    assert values("نفذ الهجوم خلال أقل من 24 ساعة.", "2015-08-02") == {"أقل من 24 ساعة": "PT24H"}
    assert values("وتستمر الدورة نصف ساعة.", "2015-08-02") == {"نصف ساعة": "PT30M"}


def test_sets_and_vague_references() -> None:
    assert values("يصدر كتابا جديدا كل عامين.", "2015-08-02") == {"كل عامين": "P2Y"}
    t = one("ويقصد المئات المكتب يوميا.", "2015-08-02")
    assert (t.value, t.type) == ("P1D", "SET")
    assert values("تعمل الوزارة حاليا على خطة.", "2015-08-02") == {"حاليا": "PRESENT_REF"}
    assert values("وكانت الشرطة قريبا من المكان.", "2015-08-02") == {}


def test_hijri_dates() -> None:
    expected = hijri_to_gregorian(1440, 9, 15).isoformat()
    assert values("وصدر القرار في 15 رمضان 1440 هـ.", None) == {"15 رمضان 1440 هـ": expected}
    assert values("عُقد المؤتمر في شوال 1436هـ.", None) == {"شوال 1436هـ": "2015-08"}


# ------------------------------------------------------------------ anchors and missing dates


def test_no_publication_date_infers_a_lower_bound_from_the_article() -> None:
    text = "وقع الهجوم في 12 مايو (أيار) 2016. وفي اليوم التالي أعلنت الحركة مسؤوليتها، وقال متحدث أمس إن التحقيق مستمر."
    found = {t.span.text: t for t in times(text, None)}
    assert found["12 مايو (أيار) 2016"].resolution == "absolute"
    assert (found["اليوم التالي"].value, found["اليوم التالي"].resolution) == ("2016-05-13", "relative_to_date")
    assert (found["أمس"].value, found["أمس"].resolution) == ("2016-05-11", "inferred")


def test_nothing_to_resolve_against() -> None:
    t = one("وصل الوفد أمس.", None)
    assert (t.value, t.resolution) == ("XXXX-XX-XX", "unresolved")


# ------------------------------------------------------------------ the stage


def test_stage_appends_to_the_analysis() -> None:
    article = Article.from_parts(
        [("title", "مقتل وزير في تفجير"), ("paragraph", "قُتل الوزير الأربعاء في تفجير، وكان قد نجا من هجوم عام 2019.")],
        published="2024-12-11",
    )
    doc = Doc(article=article, analysis=Analysis(article_id=article.id))
    extract_times(doc)
    assert [(t.span.text, t.value) for t in doc.analysis.times] == [("الأربعاء", "2024-12-11"), ("عام 2019", "2019")]


@pytest.mark.parametrize("published", ["2015-08-02", "2015-08", "2015", None])
def test_spans_index_the_text_at_any_publication_precision(published: str | None) -> None:
    text = "قُتل ٣ جنود أمسِ الأحدِ، وفي أواخر يوليو (تموز) الماضي أصيب 13 آخرون منذ 22 يوليو (تموز) 2015."
    for t in times(text, published):
        assert t.value


# ------------------------------------------------------------------ a unit word heading a date


def test_year_after_since_is_a_year_not_a_duration() -> None:
    assert values("ويعيش النازحون في المخيم منذ عام 2003 حتى اليوم.", "2016-03-10") == {
        "عام 2003": "2003", "اليوم": "2016-03-10"}
    assert values("وأغلق المصنع قبل عام 2010 بقليل.", "2016-03-10") == {"عام 2010": "2010"}


def test_month_or_weekday_after_a_unit_word_is_a_date() -> None:
    assert values("ويتولى المجلس السلطة منذ شهر أغسطس الماضي.", "2016-03-10") == {"شهر أغسطس الماضي": "2015-08"}
    assert values("ولم يظهر القائد منذ يوم الجمعة الماضي.", "2016-03-10") == {"يوم الجمعة الماضي": "2016-03-04"}
    # In Saturday's paper "last Friday" is the week before: yesterday would be «أمس الجمعة».
    assert values("وخرجت مظاهرة مماثلة الجمعة الماضية.", "2016-03-12") == {"الجمعة الماضية": "2016-03-04"}
    assert values("وخرجت مظاهرة مماثلة أمس الجمعة.", "2016-03-12") == {"أمس الجمعة": "2016-03-11"}


def test_unit_word_alone_after_since_stays_a_duration() -> None:
    assert values("وغادر الصحافي المدينة منذ عام وعاد قبل يومين.", "2016-03-10") == {
        "منذ عام": "P1Y", "قبل يومين": "2016-03-08"}


# ------------------------------------------------------------------ clock times in UTC and local time


def test_dotted_clock_time_with_greenwich_is_a_time() -> None:
    found_local, found_utc = times("ووقع القصف في الساعة الرابعة فجرا (1.30 توقيت غرينتش) على الطريق.", "2016-03-10")
    assert (found_local.span.text, found_local.value) == ("الساعة الرابعة فجرا", "2016-03-10T04:00")
    assert (found_utc.span.text, found_utc.value, found_utc.type) == ("1.30 توقيت غرينتش", "2016-03-10T01:30Z", "TIME")
    found = {x.span.text: x.value for x in times("ووقع الانفجار نحو 1.30 ت.غ. قرب الجسر.", "2016-03-10")}
    assert found == {"1.30 ت.غ": "2016-03-10T01:30Z"}


def test_clock_with_local_time_of_a_place() -> None:
    assert values("وبدأ الاجتماع الساعة 20:30 بتوقيت بغداد.", "2016-03-10") == {
        "الساعة 20:30 بتوقيت بغداد": "2016-03-10T20:30"}


def test_colon_clock_alone_is_a_time_but_a_dotted_number_alone_is_not() -> None:
    assert values("وبدأ القصف عند 20:30 واستمر ساعتين.", "2016-03-10") == {
        "20:30": "2016-03-10T20:30", "ساعتين": "PT2H"}
    assert values("وارتفع المؤشر 1.30 نقطة.", "2016-03-10") == {}


# ------------------------------------------------------------------ a qualifier before a period


def test_earlier_this_month_keeps_its_qualifier() -> None:
    assert values("وكان الوزير أعلن في وقت سابق من الشهر الحالي عن خطة جديدة.", "2016-03-10") == {
        "في وقت سابق من الشهر الحالي": "2016-03"}
    assert values("وستعقد القمة في وقت لاحق من العام المقبل.", "2016-03-10") == {
        "في وقت لاحق من العام المقبل": "2017"}
    assert values("وقال المتحدث في وقت سابق اليوم إن المحادثات ستستأنف.", "2016-03-10") == {
        "في وقت سابق اليوم": "2016-03-10"}


# ------------------------------------------------------------------ ordinal decades, prepositions as cues


def test_ordinal_decade_of_a_century_is_dated_by_the_century() -> None:
    assert values("وازدهرت صناعة النسيج في المدينة خلال العقد الأول من القرن الماضي.", "2016-03-10") == {
        "العقد الأول": "190X", "القرن الماضي": "19"}
    assert values("وتراجعت الزراعة في العقد الأخير من القرن العشرين.", "2016-03-10") == {
        "العقد الأخير": "199X", "القرن العشرين": "19"}
    found = times("وسيكتمل السد في أواخر العقد الثالث من القرن الحادي والعشرين.", "2016-03-10")
    assert [(t.span.text, t.value, t.modifier) for t in found][0] == ("أواخر العقد الثالث", "202X", "END")


def test_ordinal_contract_without_a_century_is_not_a_time() -> None:
    assert values("ووقعت الوزارة العقد الأول من نوعه مع شركة محلية.", "2016-03-10") == {}


def test_preposition_before_a_vague_reference_stays_out_of_its_span() -> None:
    # «وفي الوقت نفسه» is the connective «meanwhile», not a time
    assert values("ولا تنوي الحكومة في الوقت الراهن رفع الأسعار، وفي الوقت نفسه تدرس خفض الدعم.", "2016-03-10") == {
        "الوقت الراهن": "PRESENT_REF"}
    assert values("وقد يتغير ذلك في المستقبل.", "2016-03-10") == {"المستقبل": "FUTURE_REF"}


# ------------------------------------------------------------------ conventions seen on more papers


def test_a_day_of_this_month_called_last_or_next_stays_in_this_year() -> None:
    assert values("وفي 12 يوليو الماضي وقع تفجير، وتنتشر القوة بحلول 30 يوليو المقبل.", "2015-07-22") == {
        "12 يوليو الماضي": "2015-07-12", "30 يوليو المقبل": "2015-07-30"}
    assert values("وكان ذلك في 25 يوليو الماضي.", "2015-07-22") == {"25 يوليو الماضي": "2014-07-25"}


def test_since_and_about_stay_outside_a_counted_duration() -> None:
    assert values("ويستمر التمرد منذ ست سنوات، وتحاصر الميليشيا المدينة منذ قرابة أربعة أشهر.", "2015-07-22") == {
        "ست سنوات": "P6Y", "أربعة أشهر": "P4M"}
    assert values("وتقاتل القوات في المدينة منذ أكثر من عام.", "2015-07-22") == {"أكثر من عام": "P1Y"}


def test_minutes_after_another_event_are_a_duration() -> None:
    assert values("ووقع انفجار ثان بعد حوالي 20 دقيقة في المحطة.", "2015-07-22") == {"20 دقيقة": "PT20M"}


def test_the_night_before_last_and_the_day_word() -> None:
    assert values("واعتقلت الشرطة ثلاثة رجال الليلة قبل الماضية.", "2015-07-25") == {
        "الليلة قبل الماضية": "2015-07-23TNI"}
    assert values("وخطف مسلحون جنديا يوم أول أمس.", "2015-07-23") == {"يوم أول أمس": "2015-07-21"}


def test_a_weekday_and_the_date_after_it_are_one_expression() -> None:
    assert values("وفرضت الطوارئ يوم الأحد 26 أبريل الماضي.", "2015-07-25") == {
        "يوم الأحد 26 أبريل الماضي": "2015-04-26"}


def test_a_day_of_the_same_month_as_the_date_before() -> None:
    assert values("ووصلوا في العاشر من مايو وفقد الاتصال بهم في الـ 12 من الشهر نفسه.", "2015-07-23") == {
        "العاشر من مايو": "2015-05-10", "الـ 12 من الشهر نفسه": "2015-05-12"}


def test_a_day_word_that_names_a_paper_or_a_channel_is_no_time() -> None:
    assert values("وقال مدير الشرطة لـ«اليوم» إن التحقيق مستمر.", "2015-07-22") == {}
    assert values("ونقلت صحيفة اليوم عن مصادر أن الاجتماع عقد أمس.", "2015-07-22") == {"أمس": "2015-07-21"}
    assert values("وأفادت قناة الغد الإخبارية بوقوع انفجار.", "2015-07-22") == {}
    assert values("وقال إن «الحكومة ستجتمع اليوم».", "2015-07-22") == {"اليوم": "2015-07-22"}


def test_month_with_its_other_series_name_unbracketed_is_one_time() -> None:
    assert values("وفي مارس آذار الماضي سيطر المسلحون على البلدة.", "2016-06-10") == {"مارس آذار الماضي": "2016-03"}


def test_day_word_in_a_news_site_name_is_not_a_time() -> None:
    assert values("عين اليوم – القاهرة", "2016-06-10") == {}


# ------------------------------------------------------------------ span conventions: what stays with the expression


def test_another_counted_duration_keeps_its_adjective() -> None:
    assert values("وقررت الحكومة تمديد حظر التجول لثلاثة أشهر أخرى في المحافظة.", "2015-07-27") == {
        "لثلاثة أشهر أخرى": "P3M"}
    assert values("وسيبقى الجنود هناك لمدة ستة أسابيع إضافية.", "2015-07-27") == {"ستة أسابيع إضافية": "P6W"}


def test_clock_time_with_part_of_a_named_day_is_one_expression() -> None:
    assert values("ويبدأ سريان القرار من الساعة الثانية من صباح الخميس المقبل.", "2016-03-08") == {
        "الساعة الثانية من صباح الخميس المقبل": "2016-03-10T02:00"}
    # a clock time followed by من and no part of the day keeps its own span
    assert values("ووصل الوفد عند الساعة العاشرة من أجل الاجتماع.", "2016-03-08") == {
        "الساعة العاشرة": "2016-03-08T10:00"}


def test_part_of_day_before_an_explicit_date() -> None:
    assert values("وهاجم مسلحون القرية مساء 3 مارس الجاري.", "2016-03-08") == {"مساء 3 مارس الجاري": "2016-03-03TEV"}


def test_season_keeps_its_head_noun() -> None:
    assert values("وتبدأ المعارك عادة مع حلول فصل الصيف في الجبال.", "2016-03-08") == {"فصل الصيف": "2016-SU"}


def test_earlier_this_week_without_min() -> None:
    assert values("واعتقلت الشرطة خمسة مشتبهين في وقت سابق هذا الأسبوع.", "2016-03-10") == {
        "في وقت سابق هذا الأسبوع": "2016-W10"}


def test_until_now_phrases() -> None:
    assert values("ولم تعلن أي جهة مسؤوليتها حتى اللحظة، ولم يعرف مصير الرهائن إلى الآن.", "2016-03-08") == {
        "حتى اللحظة": "PRESENT_REF", "إلى الآن": "PRESENT_REF"}
    # حتى الساعة before a clock time is the clock time, not "until now"
    assert values("ويستمر الحظر حتى الساعة السادسة صباحا.", "2016-03-08") == {
        "الساعة السادسة صباحا": "2016-03-08T06:00"}


def test_vague_offset_counted_from_an_event_keeps_its_cue() -> None:
    assert values("واغتيل النائب بعد أيام على مقتل زميله في الهجوم.", "2016-03-08") == {"بعد أيام": "PXD"}
    # a counted one is read as the duration alone
    assert values("وانسحبت القوات بعد ثلاثة أشهر على بدء العملية.", "2016-03-08") == {"ثلاثة أشهر": "P3M"}


def test_by_the_hands_of_is_not_an_anchor_event() -> None:
    assert values("وخُطف المهندس قبل خمسة أيام على أيدي مسلحين مجهولين.", "2016-03-08") == {
        "قبل خمسة أيام": "2016-03-03"}


def test_bare_adverbial_part_of_day_dates_the_last_day_mentioned() -> None:
    assert values("وفي يوم الاثنين 7 مارس ألقت الطائرات براميل متفجرة صباحا على القرية.", "2016-03-08") == {
        "يوم الاثنين 7 مارس": "2016-03-07", "صباحا": "2016-03-07TMO"}
    # ليلا ونهارا is around the clock
    assert values("وتقصف المدفعية الأحياء ليلا ونهارا.", "2016-03-08") == {}


def test_an_age_in_parentheses_is_not_a_duration() -> None:
    assert values("وأصيب شاب يدعى محمد ع. (25 عاما) بطلق ناري، والنزاع مستمر منذ 25 عاما.", "2016-03-08") == {
        "25 عاما": "P25Y"}
    found = times("وأصيب شاب يدعى محمد ع. (25 عاما) بطلق ناري، والنزاع مستمر منذ 25 عاما.", "2016-03-08")
    assert len(found) == 1 and found[0].span.start > 40


def test_bare_part_of_day_is_of_the_story_day_unless_its_sentence_names_one() -> None:
    text = ("قتل مسلحون عشرة قرويين أمس. وكان هجوم مماثل وقع مساء الأربعاء الماضي. وشهد الشهر الماضي "
            "هجمات عدة. وقال شاهد: وقع الهجوم صباحا في السوق.")
    got = {t.span.text: t.value for t in find_times(text, published="2015-08-01")}
    assert got["صباحا"] == "2015-07-31TMO"  # أمس, not Wednesday nor the month named since
    got = {t.span.text: t.value for t in find_times("وفي يوم 20 يوليو قصفت الطائرات القرية صباحا.", published="2015-08-01")}
    assert got["صباحا"] == "2015-07-20TMO"
