"""Event detection, round 3 of session 8: a strike told by a dated relative clause after
"إثر", an operation followed by a strike, a counted crowd that gathered to protest."""

from event_docs import sorted_types as _types

# ------------------------------------------------------------------ a dated relative clause


def test_strikes_after_ithr_told_by_a_dated_relative_clause_are_reported():
    text = ("وأعلنت الجماعة النفير العام إثر الغارات التي نفذها الطيران الحربي فجر الأحد "
            "على مواقعها قرب مدينة حجة.")
    assert _types(text) == ["air_strike"]


def test_strikes_after_ithr_with_no_day_only_refer_back():
    assert _types("وأعلنت الجماعة النفير العام إثر الغارات التي نفذها الطيران الحربي على مواقعها.") == []


# ------------------------------------------------------------------ an operation, then a strike


def test_an_operation_followed_by_a_strike_is_a_clash_then_a_strike():
    text = ("وقتل 12 مسلحا على الأقل في ولاية هلمند بعد أن شنت القوات الأفغانية عملية عسكرية "
            "أعقبتها غارة جوية أمس الخميس.")
    assert _types(text) == ["air_strike", "armed_clash"]


def test_an_operation_launched_by_a_named_subject_is_a_clash():
    assert _types("وشنت القوات العراقية صباح أمس عملية عسكرية على قرى شمال بعقوبة.") == ["armed_clash"]


def test_strikes_with_no_word_of_sequel_are_not_split_off():
    text = "وشنت القوات الأفغانية أمس عملية عسكرية في ولاية هلمند بعد غارات جوية على المنطقة."
    assert len(_types(text)) == 1


# ------------------------------------------------------------------ a crowd gathered


def test_a_counted_crowd_gathered_with_pictures_protests():
    text = "وتجمع العشرات صباح الجمعة أمام مبنى المحافظة في مدينة الحلة وهم يرفعون صور المفقودين."
    assert _types(text) == ["protest"]


def test_a_counted_crowd_gathered_with_banners_protests():
    text = "وتجمعت المئات من النساء في ساحة التحرير ببغداد أمس رافعات لافتات تطالب بالإفراج عن المعتقلين."
    assert _types(text) == ["protest"]


def test_responders_gathered_at_a_scene_do_not_protest():
    assert _types("وتجمع عشرات من رجال الإطفاء والشرطة في موقع الحريق بمدينة الحلة أمس.") == []


def test_an_association_named_tajammu_is_no_gathering():
    assert _types("وقال تجمع عشرات المنظمات الحقوقية في بيان أمس إن الحكومة فشلت في حماية المدنيين.") == []
