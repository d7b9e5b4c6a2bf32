"""Entities: persons cut short or glued by the tagger, family names used alone, state bodies named by
head + nationality (السلطات، خفر السواحل، الطيران الحربي), qualified governments, UN agencies and NGOs.

Sentences are invented news written for these tests.
"""

from __future__ import annotations

from test_entities import by_name, needs_model, run

from rasd.lexicon.actors import lookup_actor


def mentions(doc) -> set[str]:
    return {m for e in doc.analysis.entities for m in e.mentions}


@needs_model
def test_family_name_alone_after_a_verb_of_saying_completes_the_full_name():
    doc = run("وقال وزير النقل المهندس كمال طربوش إن الطرق ستفتح قريبا، وأضاف طربوش أن العمل مستمر.")
    per = [e for e in doc.analysis.entities if e.type == "PER"]
    assert len(per) == 1
    assert {"كمال طربوش", "طربوش"} <= set(per[0].mentions)


@needs_model
def test_complementizer_after_the_verb_is_no_family_name():
    doc = run("وقال المتحدث باسم الشرطة عبد الرحمن إن التحقيقات جارية.")
    assert not any(m.endswith(" إن") for m in mentions(doc))


@needs_model
def test_first_names_between_title_and_name_belong_to_it():
    doc = run("وقتل المواطن فرحات علي فرحان إسماعيل برصاص مجهولين في البلدة.")
    assert "فرحات علي فرحان إسماعيل" in mentions(doc)


@needs_model
def test_coordinated_given_name_starts_a_second_person():
    doc = run("وطالب المحتجون بالإفراج عن الموقوفين كريم سلامة وشادي الأسمر فورا.")
    names = {e.name for e in doc.analysis.entities if e.type == "PER"}
    assert not any("وشادي" in n for n in names)


@needs_model
def test_state_bodies_by_head_and_nationality():
    doc = run("وقالت السلطات المغربية إنها أوقفت خمسة أشخاص، فيما أنقذ خفر السواحل اليوناني مئات "
              "المهاجرين، وشن الطيران الحربي الإسرائيلي غارات على مواقع في القطاع.")
    ents = by_name(doc)
    assert ents["Moroccan authorities"].mentions == ["السلطات المغربية"]
    assert "Hellenic Coast Guard" in ents
    assert "Israeli Air Force" in ents


@needs_model
def test_warplanes_without_a_nationality_are_no_entity():
    doc = run("وشن الطيران الحربي غارات على مواقع المسلحين في الجبال.")
    assert "الطيران الحربي" not in mentions(doc)


@needs_model
def test_conjunction_is_left_out_of_an_institution_mention():
    doc = run("واندلعت اشتباكات بين المسلحين والجيش الليبي قرب الميناء.")
    assert "الجيش الليبي" in mentions(doc)
    assert "والجيش الليبي" not in mentions(doc)


@needs_model
def test_a_government_keeps_its_qualifier():
    doc = run("وقالت الحكومة اليمنية المعترف بها دوليا إن قواتها تقدمت نحو المدينة.")
    assert "الحكومة اليمنية المعترف بها دوليا" in mentions(doc)


def test_un_agencies_and_ngos_are_known():
    assert lookup_actor("المنظمة الدولية للهجرة").name == "International Organization for Migration"
    assert lookup_actor("وكالة الأمم المتحدة لشؤون اللاجئين").name == "UNHCR"
    assert lookup_actor("منظمة أنقذوا الأطفال").name == "Save the Children"
    assert lookup_actor("بعثة الأمم المتحدة بأفغانستان").name == "United Nations Assistance Mission in Afghanistan"
    assert lookup_actor("برنامج الأمم المتحدة الإنمائي").name == "United Nations Development Programme"
    assert lookup_actor("المجلس النرويجي للاجئين").name == "Norwegian Refugee Council"
