"""Events stage: words of violence, agreement or arrest that report no happening of their own
(a name that opens with a quotation mark, terrorism in general, a possibility). Every
sentence is invented for these tests; documents are built by hand (see event_docs)."""

from __future__ import annotations

from event_docs import build, run_events


def types_of(text: str) -> list[str]:
    return [e.type for e in run_events(build([("paragraph", text)]))]


def test_a_quoted_name_with_fajr_is_no_bombing():
    assert types_of('وكانت ميليشيات "فجر الوادي" قد هددت أمس بهدم السور الجديد.') == []
    assert types_of("وتخضع المدينة لسيطرة قوات «فجر الوادي» منذ الشتاء الماضي.") == []
    # a quotation mark opening the bomber's words leaves the blast
    assert types_of("وقال الضابط أمس إن «مسلحين فجروا عبوة ناسفة قرب الحاجز» مما أدى إلى مقتل جنديين.") == ["bombing"]


def test_acts_of_terror_in_the_plural_are_terrorism_in_general():
    assert types_of("واعتقلت الشرطة أمس رجلين كانا يعدان لتنفيذ أعمال إرهابية في المدينة.") == ["arrest"]
    assert types_of("وأدانت الوزارة أمس كل العمليات الإرهابية التي تحدث في أنحاء العالم.") == []
    # one terrorist act named in the singular is still a happening
    assert types_of("وقتل ثلاثة أشخاص أمس في عملية إرهابية استهدفت سوق المدينة.") == ["attack"]


def test_the_possibility_of_an_agreement_is_no_agreement():
    assert types_of("وسأل الصحفي الوزير أمس عن إمكانية التوصل إلى اتفاق مع المعارضة.") == []
    assert types_of("وتوصل الطرفان أمس إلى اتفاق لتبادل الأسرى.") == ["agreement"]


def test_a_happening_named_in_the_start_of_a_period_is_no_report():
    assert types_of("وقال المحامي أمس إنه منذ بدأت موجة العنف بتفجير المساجد لمس الناس وعيا جديدا.") == []
    # a verb after the "since" phrase tells a happening of its own
    assert types_of("وفي صباح أمس منذ بدء الهجوم قصفت الطائرات مواقع المسلحين.") == ["air_strike"]


def test_happenings_condemned_in_the_plural_are_a_campaign():
    assert types_of("وأدانت الحكومة أمس الجمعة هجمات الجماعة على القرى في البلدين.") == []
    # a happening condemned in the singular is still the one happening
    assert types_of("وأدانت الحكومة التفجير الانتحاري الذي وقع أمس في السوق.") == ["suicide_bombing"]
