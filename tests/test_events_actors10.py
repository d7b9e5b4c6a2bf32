"""Events: actors, round 10. A claim made by a spokesman ("تبنى المتحدث باسم حركة طالبان
فلان الهجوم") names the body he speaks for as the perpetrator, not his own title. Every
sentence is invented; the whole pipeline runs."""

from __future__ import annotations

from event_docs import events_of_text as events_of


def test_a_spokesman_claiming_the_attack_names_the_group_he_speaks_for():
    evs = [e for e in events_of("قتل ثلاثة جنود في هجوم انتحاري بسيارة مفخخة أمس قرب مدينة قندهار. "
                                "وتبنى المتحدث باسم حركة طالبان ذبيح الله مجاهد الهجوم.")
           if e.type in ("suicide_bombing", "bombing", "attack")]
    assert evs
    assert evs[0].actor1 == "Taliban"
