"""Event actors, round 4: a protesting crowd counted in round figures keeps its count, and a
news outlet spoken to is nobody's perpetrator. Invented sentences."""
from rasd.model import Article
from rasd.pipeline import analyze


def _events(text: str) -> list:
    return analyze(Article(id="t", text=text, published="2015-08-07")).events


def _protest(text: str):
    found = [e for e in _events(text) if e.type == "protest"]
    assert found, text
    return found[0]


def test_counted_crowd_after_protest_verb_keeps_its_count() -> None:
    ev = _protest("تظاهر عشرات الأكراد في مدينة أربيل أمس احتجاجا على القصف.")
    assert ev.actor1 == "عشرات الأكراد"
    assert ev.actor1_span is not None and ev.actor1_span.text == "عشرات الأكراد"


def test_counted_crowd_with_min_and_time_word_between() -> None:
    assert _protest("وتظاهر اليوم المئات من الطلاب أمام وزارة التعليم.").actor1 == "المئات من الطلاب"
    assert _protest("وتظاهر أمس آلاف المحتجين في ساحة التحرير.").actor1 == "آلاف المحتجين"


def test_counted_crowd_before_a_protest_noun() -> None:
    ev = _protest("خرج آلاف الموظفين اليوم الأحد في مدينة البصرة احتجاجا على تأخر الرواتب.")
    assert ev.actor1 == "آلاف الموظفين"


def test_uncounted_protesters_unchanged() -> None:
    assert _protest("تظاهر المحتجون أمام مبنى البرلمان أمس.").actor1 == "المحتجون"


def test_news_agency_spoken_to_is_no_perpetrator() -> None:
    for ev in _events("وقال أحد منظمي المظاهرات لوكالة الصحافة الفرنسية إن الحكومة فاسدة."):
        assert ev.actor1 != "Agence France-Presse"


def _actor1_of(text: str, event_type: str) -> str | None:
    found = [e for e in _events(text) if e.type == event_type]
    assert found, text
    return found[0].actor1


def test_relative_clause_between_subject_and_verb() -> None:
    text = "وقالت مصادر إن الجيش العراقي، الذي يحاصر المدينة منذ أسابيع، قصف مواقع المسلحين في الفلوجة أمس."
    assert _actor1_of(text, "shelling") == "Iraqi Armed Forces"


def test_circumstantial_clause_between_subject_and_verb() -> None:
    text = "وقال متحدث عسكري إن سلاح الجو الليبي، ومقره شرق البلاد، نفذ ضربة جوية على مواقع قرب مدينة درنة أمس."
    assert _actor1_of(text, "air_strike") == "Libyan Air Force"


def test_comma_closing_another_clause_still_blocks_the_subject() -> None:
    # "وقالت الشرطة، في بيان،": a phrase between commas that opens no parenthesis keeps the old reading
    text = "وقالت الشرطة، في بيان، إن مسلحين هاجموا نقطة تفتيش أمس."
    ev = next(e for e in _events(text) if e.type == "attack")
    assert ev.actor1 is None and ev.actor1_span.text == "مسلحين"  # unnamed gunmen: evidence only
