"""The entities stage: linking with clitics, context for ambiguous names, coreference, output form.

Sentences are invented news written for these tests.
"""

from __future__ import annotations

import pytest

from rasd.arabic.tokens import segment_doc
from rasd.extract.entities import extract_entities
from rasd.model import Analysis, Article
from rasd.ner.tagger import MODEL_PATH
from rasd.pipeline import STAGES, Doc

needs_model = pytest.mark.skipif(not MODEL_PATH.exists(), reason="the shipped NER model is not built")


def run(*paragraphs: str, title: str = "") -> Doc:
    parts = ([("title", title)] if title else []) + [("paragraph", p) for p in paragraphs]
    art = Article.from_parts(parts)
    doc = Doc(article=art, analysis=Analysis(article_id=art.id))
    segment_doc(doc)
    extract_entities(doc)
    return doc


def by_name(doc: Doc) -> dict:
    return {e.name: e for e in doc.analysis.entities}


def test_stage_is_registered():
    assert ("entities", "rasd.extract.entities:extract_entities") in STAGES


def test_links_names_with_clitics_and_spans_leave_the_clitic_out():
    doc = run("وقال مسؤول إن الاتصالات مع لطالبان لم تنقطع، وإن الحرب على بداعش مستمرة، "
              "فيما أكدت و«طالبان» موقفها.")
    ents = by_name(doc)
    assert ents["Taliban"].type == "ORG" and ents["Taliban"].kind == "armed_group"
    assert ents["Islamic State"].id == "islamic-state"
    taliban = [m for m in doc.analysis.mentions if m.entity_id == "taliban"]
    assert len(taliban) == 2 and {m.span.text for m in taliban} == {"طالبان"}
    assert ents["Taliban"].mentions == ["طالبان"]
    assert [m.span.text for m in doc.analysis.mentions if m.entity_id == "islamic-state"] == ["داعش"]


def test_every_span_indexes_the_article_text():
    doc = run("نفت حركة طالبان تقارير عن لقاء مع مسؤولين من روسيا في موسكو.",
              "وقالت الحركة في بيان إنها لا تحتاج إلى دعم ضد تنظيم «داعش».", title="طالبان تنفي")
    text = doc.article.text
    assert doc.analysis.mentions
    for m in doc.analysis.mentions:
        assert text[m.span.start:m.span.end] == m.span.text
        assert m.entity_id in {e.id for e in doc.analysis.entities}


def test_canonical_entities_and_their_surface_forms():
    doc = run("التقى الرئيس الروسي فلاديمير بوتين زعيم طالبان الملا أختر منصور في طاجيكستان، "
              "بحسب ما نقلت «وكالة الصحافة الفرنسية» (أ.ف.ب). وقال بوتين إن الكرملين يتابع الوضع.")
    ents = by_name(doc)
    assert set(ents) >= {"Vladimir Putin", "Taliban", "Akhtar Mansour", "Tajikistan", "Agence France-Presse",
                         "Kremlin"}
    assert set(ents["Vladimir Putin"].mentions) >= {"فلاديمير بوتين", "بوتين"}
    assert "الملا أختر منصور" in ents["Akhtar Mansour"].mentions  # with the title that precedes it
    assert set(ents["Agence France-Presse"].mentions) >= {"وكالة الصحافة الفرنسية", "أ.ف.ب"}
    assert ents["Tajikistan"].type == "LOC" and ents["Tajikistan"].country == "TJ"
    assert ents["Kremlin"].type == "ORG"


def test_institutions_named_by_nationality():
    doc = run("وأعلنت الحكومة الأفغانية أن وزارة الخارجية التركية استدعت السفير، "
              "فيما انسحبت القوات الأميركية من القاعدة.")
    ents = by_name(doc)
    assert "Government of Afghanistan" in ents
    assert "Ministry of Foreign Affairs of Turkey" in ents
    assert not any("forces" in name.lower() for name in ents)  # القوات الأميركية: not a name


def test_ambiguous_lexicon_names_need_context():
    plain = run("شارك الشباب في المسيرة أمام مبنى البلدية.")
    assert "al-Shabaab" not in by_name(plain)
    named = run("أعلنت حركة الشباب مسؤوليتها عن الهجوم، وقال متحدث باسم «الشباب» إن العملية نجحت.")
    shabaab = by_name(named)["al-Shabaab"]
    assert set(shabaab.mentions) >= {"حركة الشباب", "الشباب"}


def test_a_quoted_newspaper_is_not_the_region():
    doc = run("وقال مصدر أمني لـ«الشرق الأوسط» إن التحقيق مستمر، في وقت تشهد منطقة الشرق الأوسط توترا.")
    ents = by_name(doc)
    assert ents["Asharq Al-Awsat"].type == "ORG"
    assert ents["Middle East"].type == "LOC"


def test_coreference_of_movement_minister_and_newspaper():
    doc = run("نفت حركة طالبان أي اتصال مع موسكو. وقالت الحركة في بيان إنها ماضية في القتال.",
              "وكان وزير الداخلية سراج الدين حقاني قد زار قندهار. وأكد الوزير أن الأمن مستتب.",
              "ونقلت صحيفة «صنداي تايمز» عن مسؤول قوله إن اللقاء تم. وقالت الصحيفة إن المصدر موثوق.")
    corefs = {m.span.text: m.entity_id for m in doc.analysis.mentions if m.source == "coref"}
    assert corefs.get("الحركة") == "taliban"
    assert corefs.get("الوزير") == "sirajuddin-haqqani"
    assert corefs.get("الصحيفة") == "the-sunday-times"
    # back-references are mentions, not names: they stay out of the entity's surface forms
    assert "الحركة" not in by_name(doc)["Taliban"].mentions


def test_coreference_skips_descriptions_and_incompatible_entities():
    doc = run("وصل الرئيس الروسي إلى أنقرة. وقالت الحركة إن الوفد غادر.")
    assert not [m for m in doc.analysis.mentions if m.source == "coref"]


def test_place_inside_an_organization_name():
    doc = run("ورحب مكتب طالبان في قطر بالمبادرة.")
    ents = by_name(doc)
    assert "Qatar" in ents and ents["Qatar"].mentions == ["قطر"]


@needs_model
def test_unknown_people_become_article_entities_with_partial_names():
    doc = run("قال المتحدث باسم الشرطة العقيد سامر الخطيب إن التحقيقات جارية في الحادث.",
              "وأضاف الخطيب أن الشرطة اعتقلت ثلاثة أشخاص في مدينة حمص.")
    people = [e for e in doc.analysis.entities if e.type == "PER"]
    assert len(people) == 1
    person = people[0]
    assert person.name == "سامر الخطيب" and person.id.startswith("local-per-")
    assert set(person.mentions) >= {"سامر الخطيب", "الخطيب"}
    assert "Homs" in by_name(doc)


@needs_model
def test_partial_name_of_a_known_person_from_the_family_name():
    doc = run("وكان خليل الرحمن شقيق جلال الدين الذي أسس شبكة حقاني في السبعينات.")
    ents = by_name(doc)
    assert "Haqqani Network" in ents
    assert "Jalaluddin Haqqani" in ents and "جلال الدين" in ents["Jalaluddin Haqqani"].mentions


def test_empty_article():
    art = Article.from_parts([])
    doc = Doc(article=art, analysis=Analysis(article_id=art.id))
    extract_entities(doc)
    assert doc.analysis.entities == [] and doc.analysis.mentions == []


def test_a_capital_as_the_subject_of_an_actors_verb_is_its_state():
    doc = run("ورصدت الولايات المتحدة مكافأة للقبض عليه، وصنفته واشنطن إرهابيا، ثم وصل وفد إلى واشنطن.")
    ents = by_name(doc)
    assert "واشنطن" in ents["United States"].mentions
    assert ents["Washington, D.C."].mentions == ["واشنطن"]  # after إلى it is the city


# ------------------------------------------------------------------ common words, titles, prepositions


def _linked(doc: Doc) -> dict[str, str]:
    """Mention text -> linked entity id (lexicon entities only)."""
    return {m.span.text: m.entity_id for m in doc.analysis.mentions if not m.entity_id.startswith("local-")}


def test_an_island_or_a_region_called_al_jazira_is_not_algiers():
    doc = run("وقتل ثلاثة جنود في بلدة الجزيرة جنوب شرقي تركيا، ونزح السكان إلى منطقة الجزيرة السورية.",
              "وانفجرت سيارة مفخخة أمام فندق «الجزيرة» في مقديشو عاصمة الصومال.")
    ids = {m.entity_id for m in doc.analysis.mentions}
    assert "algiers" not in ids and "al-jazeera" not in ids
    places = [m for m in doc.analysis.mentions if m.span.text == "الجزيرة"]
    assert places and all(m.type == "LOC" and m.entity_id.startswith("local-") for m in places)
    channel = run("وقال مراسل قناة «الجزيرة» إن الاشتباكات استمرت حتى المساء.")
    assert "al-jazeera" in {m.entity_id for m in channel.analysis.mentions}


def test_common_nouns_that_are_also_names_need_the_full_name():
    doc = run("ووصل الفريق إلى مطار مدينة ميلانو الإيطالية، وتحول ميناء المدينة إلى مركز للاجئين.",
              "وقال المهندس المسؤول عن المشروع إن العمل سينتهي قريبا.")
    ids = {m.entity_id for m in doc.analysis.mentions}
    assert not ids & {"medina", "madinah", "abu-mahdi-al-muhandis"}
    full = run("وقتل أبو مهدي المهندس في غارة قرب بغداد.", "ونقل جثمان الحاج إلى المدينة المنورة.")
    assert {"abu-mahdi-al-muhandis", "medina"} <= {m.entity_id for m in full.analysis.mentions}


def test_the_preposition_ala_is_never_a_person():
    doc = run("وأكد على ضرورة الحوار، وقال إن هذه الصفات تنطبق على لودريان أكثر من غيره.",
              "وشن المتظاهرون هجوما لفظيا على خامنئي.")
    for m in doc.analysis.mentions:
        assert not m.span.text.startswith("على"), m.span.text
    assert _linked(doc).get("خامنئي") == "ali-khamenei"


@needs_model
def test_a_title_of_several_words_is_one_unit_before_the_name():
    doc = run("وقال آية الله العظمى علي السيستاني في بيان إن الفتوى باقية.",
              "وأمر المرشد الأعلى آية الله علي خامنئي بإعادة النظر في المناهج.")
    for m in doc.analysis.mentions:  # no mention starts inside the title (الله، آية الله)
        assert m.span.text not in ("آية الله", "الله") and not m.span.text.startswith(("الله", "آية"))
    ents = by_name(doc)
    assert "آية الله العظمى علي السيستاني" in ents["Ali al-Sistani"].mentions
    assert "آية الله علي خامنئي" in ents["Ali Khamenei"].mentions


def test_a_description_alias_is_not_cut_down_to_its_adjective():
    doc = run("وقال المرشد الإيراني إن بلاده لن تتراجع عن برنامجها.")
    assert [m.span.text for m in doc.analysis.mentions if m.entity_id == "ali-khamenei"] == ["المرشد الإيراني"]


def _locs(doc: Doc) -> set[str]:
    return {m.span.text for m in doc.analysis.mentions if m.type == "LOC"}


def test_places_the_lexicon_does_not_know_are_named_by_their_head_word():
    doc = run("قصفت الطائرات قرية تل الزهور وبلدة النسيم بحي الورود، وسقطت قذيفة على معسكر الرمانة الجوي.")
    locs = _locs(doc)
    assert {"تل الزهور", "النسيم", "الورود", "معسكر الرمانة الجوي"} <= locs
    ents = {e.name: e for e in doc.analysis.entities}
    assert "الورود" in ents and "حي الورود" in ents["الورود"].mentions  # the form with the head, no ب
    assert "الرمانة" in ents["معسكر الرمانة الجوي"].mentions  # a facility without its head and adjective


def test_a_plural_head_names_a_list_of_places():
    doc = run("وأصبحت مناطق الشعب وبئر سالم والمنصورية تحت سيطرة المسلحين.")
    assert {"الشعب", "بئر سالم", "المنصورية"} <= _locs(doc)
    assert all(not m.span.text.startswith("و") for m in doc.analysis.mentions)


def test_adjectives_and_descriptions_after_a_head_are_not_places():
    doc = run("سقطت قذيفة على حي سكني ومنطقة حدودية قرب مخيم اللاجئين، وحاول المسلحون الحفاظ على "
              "مناطق سيطرتهم، وقال المسؤول سالم جامع إن المدينة الساحلية هادئة.")
    assert not _locs(doc) & {"سكني", "حدودية", "اللاجئين", "سيطرتهم", "جامع", "الساحلية"}
    assert not any(m.span.text.startswith("جامع") for m in doc.analysis.mentions)


def test_a_ministry_without_its_nationality_is_an_organization():
    doc = run("نفت وزارة الداخلية المصرية الشائعات. وقالت وزارة الداخلية في بيان إن القوات المسلحة تمشط المنطقة.")
    orgs = [e for e in doc.analysis.entities if e.type == "ORG"]
    interior = [e for e in orgs if "وزارة الداخلية" in e.mentions]
    assert len(interior) == 1 and interior[0].country == "EG"  # joins the named ministry
    assert any("القوات المسلحة" in e.mentions for e in orgs)


@needs_model
def test_a_given_name_after_a_conjunction_leaves_the_conjunction_out():
    doc = run("وتضم القائمة سالم عبيد (مواليد 1980)، وفهد حمد (مواليد 1990) من سكان المدينة.")
    texts = {m.span.text for m in doc.analysis.mentions if m.type == "PER"}
    assert "وفهد حمد" not in texts


def test_a_local_name_of_two_bare_words_after_a_head_is_one_place():
    doc = run("اندلعت اشتباكات في ناحية سردم كوه شمال المدينة، وفر السكان إلى منطقة جمجم عرش.")
    locs = _locs(doc)
    assert {"سردم كوه", "جمجم عرش"} <= locs
    assert not locs & {"سردم", "جمجم"}


def test_a_second_word_that_is_an_adjective_or_a_verb_is_not_part_of_the_name():
    doc = run("وصلت ناقلة إلى ميناء زويتينة نفطي، وقصفت الطائرات منطقة سردم تشهد معارك.")
    locs = _locs(doc)
    assert "زويتينة نفطي" not in locs and "سردم تشهد" not in locs
    assert {"ميناء زويتينة", "سردم"} <= locs  # the names themselves still stand


def test_junctions_keep_their_head():
    doc = run("كمن المسلحون لدورية قرب مفرق الزهراء، ثم سيطروا على مثلث الوادي.")
    assert {"مفرق الزهراء", "مثلث الوادي"} <= _locs(doc)


def test_words_of_there_and_security_are_not_places():
    doc = run("وقالت مديرية أمن المحافظة إن هناك قتلى، وإن المناطق واقعة تحت سيطرة الجيش.")
    assert not _locs(doc) & {"أمن", "هناك", "واقعة"}


def test_a_leaders_family_name_alone_in_an_article_on_his_country():
    doc = run("سقطت صواريخ الأسد على أحياء في حلب وإدلب، وقالت المعارضة السورية إن القصف متواصل.")
    assert "الأسد" in by_name(doc)["Bashar al-Assad"].mentions
    doc = run("زار الوفد حديقة الحيوان في برلين، حيث ولد الأسد الصغير.")  # the lion, in Germany
    assert "Bashar al-Assad" not in by_name(doc)


def test_a_compound_abd_name_joined_or_split_links_the_same_person():
    doc = run("وهاجمت قوات الرئيس السابق علي عبدالله صالح مواقع المقاومة.")
    assert "علي عبدالله صالح" in by_name(doc)["Ali Abdullah Saleh"].mentions


def test_houthi_adjectives_name_the_movement():
    doc = run("قتل قيادي حوثي في اشتباكات مع العناصر الحوثية قرب تعز.")
    assert {"حوثي", "الحوثية"} <= set(by_name(doc)["Houthis"].mentions)


def test_a_participle_after_a_local_name_is_not_part_of_it():
    doc = run("ووصلت إمدادات عسكرية إلى منطقة سردم قادمة من المحافظة المجاورة.")
    assert "سردم قادمة" not in _locs(doc)


@needs_model
def test_known_names_the_tagger_glued_together_stand_apart():
    doc = run("واستدرجت المقاومة عناصر ميليشيات كتائب الحسين الحوثية إلى كمين.",
              "وقال قائد الشرطة المحلية سيف لفرانس برس إن المسلحين فروا.")
    ents = by_name(doc)
    assert "كتائب الحسين" in ents["Hussein Brigades"].mentions
    assert "Agence France-Presse" in ents
    assert not any(len(m.span.text.split()) > 3 for m in doc.analysis.mentions)
