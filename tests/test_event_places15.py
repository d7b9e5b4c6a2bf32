"""Event places, fifteenth round: "في وقت شهدت فيه" and "في الوقت الذي" open the clause of
another happening, told with its own place."""

from __future__ import annotations

from event_docs import typed_places as _places


def test_a_time_while_clause_tells_its_own_place() -> None:
    # the fighting is in Aleppo, the subject of "شهدت"; the quarter belongs to the joining
    got = _places("وانضم مئات المقاتلين أمس إلى المجلس العسكري في منطقة الجبلين، في وقت شهدت فيه حلب "
                  "اشتباكات متقطعة في عدد من أحياء المدينة.")
    assert ("armed_clash", "Aleppo") in got
    got = _places("وصلت تعزيزات عسكرية أمس إلى حي الميدان في الوقت الذي اندلعت فيه اشتباكات عنيفة "
                  "في مدينة حمص.")
    assert ("armed_clash", "Homs") in got
