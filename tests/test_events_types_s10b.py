"""Event types: a happening told first as an attack on a target stays an attack when a
bare headline word comes first and the fighting is told later."""

from __future__ import annotations

from event_docs import news_events


def test_a_headline_attack_then_the_leads_target_then_clashes_stay_an_attack() -> None:
    evs = news_events("مقتل أربعة جنود في هجوم",
                      "قتل أربعة جنود أمس الأربعاء حين فتح مسلحون النار على قافلة عسكرية في ولاية بجاية.",
                      "وقالت مصادر أمنية إن المسلحين نصبوا كمينا للقافلة العسكرية، وإن الاشتباكات استمرت ساعتين.")
    violent = [e for e in evs if e.type in ("attack", "armed_clash")]
    assert [e.type for e in violent] == ["attack"]


def test_clashes_told_first_stay_clashes() -> None:
    evs = news_events("اندلعت اشتباكات عنيفة أمس بين الجيش ومسلحين في ولاية بجاية قتل فيها أربعة جنود.",
                      "وقالت مصادر إن المسلحين هاجموا دورية للجيش قبل أن تتوسع المواجهات.")
    assert "armed_clash" in [e.type for e in evs]
