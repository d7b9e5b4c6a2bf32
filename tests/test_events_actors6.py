"""Event perpetrators, round 6: a government's forces stay as written, a definite count is the
object and not the subject's adjective, the verb that announces a strike is no part of who
struck, "من قبل" names the agent, a unit "تابعة لـ" a named force is that force, and unnamed
warplanes announced by one state's military voice are its air force. Invented sentences."""
from rasd.model import Article
from rasd.pipeline import analyze


def _events(text: str, event_type: str) -> list:
    found = [e for e in analyze(Article(id="t", text=text, published="2016-03-10")).events if e.type == event_type]
    assert found, text
    return found


def _actor1_span_ok(text: str, ev) -> None:
    sp = ev.actor1_span
    assert sp is not None and text[sp.start:sp.end] == sp.text


def test_forces_of_a_government_named_before_stay_as_written() -> None:
    text = ("وأعلنت الحكومة اليمنية المعترف بها دوليا أمس خطة جديدة لتأمين مدينة تعز. "
            "وقالت مصادر محلية إن ثلاثة أشخاص قتلوا يوم الأربعاء في اشتباكات في وسط مدينة تعز "
            "بين قوات الحكومة ومسلحين قبليين.")
    ev = _events(text, "armed_clash")[0]
    assert ev.actor1 == "قوات الحكومة"
    _actor1_span_ok(text, ev)


def test_a_definite_count_after_the_subject_is_the_object() -> None:
    text = "واعتقلت القوات الأمنية العشرات من المطلوبين في حملة دهم بمدينة الفلوجة أمس."
    ev = _events(text, "arrest")[0]
    assert ev.actor1 == "القوات الأمنية"
    _actor1_span_ok(text, ev)


def test_the_announcing_verb_is_no_part_of_the_subject() -> None:
    text = "وأعلن الجيش شن ضربات جوية على قرية قرب الحدود مع تشاد أمس."
    ev = _events(text, "air_strike")[0]
    assert ev.actor1 is not None and not ev.actor1.startswith("وأعلن")
    _actor1_span_ok(text, ev)


def test_min_qibal_names_the_agent() -> None:
    text = "وأصيب شاب أمس جراء إطلاق النار عليه من قبل قوات الاحتلال قرب بلدة بيت لاهيا."
    ev = _events(text, "attack")[0]
    assert ev.actor1 is not None
    assert ev.actor1_span is not None and "قوات الاحتلال" in ev.actor1_span.text
    _actor1_span_ok(text, ev)


def test_min_qibal_of_a_later_predicate_is_not_the_agent() -> None:
    text = "وضبطت الشرطة حزاما ناسفا والمستخدم من قبل الموقوف في التدريب داخل منزله."
    for ev in analyze(Article(id="t", text=text, published="2016-03-10")).events:
        assert ev.actor1 != "الموقوف"


def test_a_unit_belonging_to_a_named_force_is_that_force() -> None:
    text = "وقال مسؤولون إن قوة خاصة تابعة لقوات البيشمركة الكردية شنت عملية عسكرية على قرى قرب كركوك أمس."
    ev = _events(text, "armed_clash")[0]
    assert ev.actor1 == "Peshmerga"
    _actor1_span_ok(text, ev)


def test_a_unit_belonging_to_a_ministry_is_not_read_as_its_owner() -> None:
    text = "وقال شهود إن لجنة تابعة لوزارة الصحة شنت حملة على المطاعم في المدينة أمس."
    for ev in analyze(Article(id="t", text=text, published="2016-03-10")).events:
        assert ev.actor1 is None or "وزارة" not in ev.actor1


def test_warplanes_announced_by_one_states_military_voice_are_its_air_force() -> None:
    text = ("أعلن متحدثون عسكريون أمس باسم الحكومة الليبية أن طائرات حربية أغرقت سفينة "
            "وهاجمت سفينة أخرى قرب ميناء درنة.")
    ev = _events(text, "air_strike")[0]
    assert ev.actor1 == "Libyan Air Force"
    _actor1_span_ok(text, ev)


def test_warplanes_told_by_a_voice_of_no_state_stay_unnamed() -> None:
    text = "وقال شاهد عيان إن طائرات حربية قصفت مواقع قرب مدينة درنة أمس."
    ev = _events(text, "air_strike")[0]
    assert ev.actor1 != "Libyan Air Force"
