"""Fast paths of the events stage's rules (src/rasd/extract/events.py): each must give the very
results of the slower path it replaces, on invented news."""

from __future__ import annotations

import pytest
from event_docs import build

from rasd.extract import events as ev
from rasd.lexicon.events import GAP, PhraseMatcher

# Invented news: claims, counts, purposes, support and agent verbs, sites, a semicolon, a
# clause about happenings in general, and clauses that name no happening at all.
ARTICLES = [
    build([
        ("title", "مقتل خمسة جنود في هجوم انتحاري على حاجز للجيش"),
        ("paragraph", "قال مسؤول أمني إن مسلحين مجهولين شنوا هجوما على حاجز للجيش في مدينة الرمادي أمس، "
                      "وأسفر عن مقتل خمسة جنود. وأعلن تنظيم داعش مسؤوليته عن الهجوم في بيان نشره على الإنترنت. "
                      "ولم يصب أحد من المدنيين. وقامت قوات الأمن بتفجير عبوة ناسفة عثرت عليها قرب مسجد في المدينة؛ "
                      "واعتقلت الشرطة ثلاثة مشتبه بهم في سوق المدينة."),
        ("paragraph", "وكانت الجماعة تستخدم السيارة لاستهداف القوات، بعد أن تعرضت المدينة لقصف جوي عنيف. "
                      "ويقوم الجيش عادة بدوريات في المنطقة. والطقس معتدل في المدينة هذا الأسبوع."),
    ], mentions=[("داعش", "ORG", "Islamic State", "armed_group", None),
                 ("الرمادي", "LOC", "Ramadi", "city", "IQ")],
        times=[("أمس", "2024-03-09")], quantities=[("خمسة", 5), ("ثلاثة", 3)]),
    build([
        ("title", "غارات للتحالف على مواقع التنظيم"),
        ("paragraph", "نفذت طائرات التحالف الدولي غارات على مواقع التنظيم في سوق المدينة القديمة، فيما تمكن "
                      "حرس الحدود من توقيف أربعة مهربين قرب المعبر. وتظاهر آلاف الطلاب أمام مبنى البرلمان "
                      "احتجاجا على الغارات، والتقى رئيس الوزراء بوفد من المتظاهرين في مكتبه."),
        ("paragraph", "ولم تعلن أي جهة مسؤوليتها عن الهجوم الذي استهدف كنيسة في حي الكرادة، وقتل فيه ثلاثة "
                      "أشخاص. ويعيش السكان في خوف منذ سنوات، ويتابعون الأخبار كل يوم."),
    ], mentions=[("التحالف الدولي", "ORG", "International Coalition", "military", None),
                 ("الكرادة", "LOC", "Karrada", "district", "IQ")],
        quantities=[("أربعة", 4), ("ثلاثة", 3)]),
]


def _contexts() -> list[tuple[ev.ArticleContext, list[ev.Clause]]]:
    out = []
    for doc in ARTICLES:
        ctx = ev.ArticleContext(doc)
        out.append((ctx, ev.clauses(ctx)))
    return out


def test_found_is_find_memoized() -> None:
    for ctx, cls in _contexts():
        for c in cls:
            for m in (ctx.lex.generic, ctx.lex.claims, ctx.lex.casualty):
                got = ctx.found(m, c.ts, c.te)
                assert got == m.find(ctx.norm, c.ts, c.te)
                assert ctx.found(m, c.ts, c.te) is got  # asked again: the same list, not found again


def test_found_within_is_find_over_the_range() -> None:
    """Every sub-range of every clause, with lexicons holding one-gap patterns."""
    checked = gapped = 0
    for ctx, cls in _contexts():
        lx = ctx.lex
        for c in cls:
            for m in (lx.generic, lx.claims, lx.triggers, lx.casualty):
                gapped += any(GAP in h.pattern.words for h in ctx.found(m, c.ts, c.te))
                for lo in range(c.ts, c.te + 1):
                    for hi in range(lo, c.te + 1):
                        assert ev._found_within(ctx, m, c, lo, hi) == m.find(ctx.norm, lo, hi), (m, lo, hi)
                        checked += 1
    assert checked > 5_000 and gapped  # "وأعلن تنظيم داعش مسؤوليته": اعلن ... مسؤوليته


def test_two_gap_lexicon_falls_back_to_find() -> None:
    two = PhraseMatcher.from_rows([["شنوا ... على ... للجيش", "x"], ["حاجز", "y"]])
    assert not ev._one_gap_at_most(two)
    assert ev._one_gap_at_most(ev.lexicons().generic) and ev._one_gap_at_most(ev.lexicons().claims)
    for ctx, cls in _contexts():
        for c in cls:
            for lo in range(c.ts, c.te + 1):
                for hi in range(lo, c.te + 1):
                    assert ev._found_within(ctx, two, c, lo, hi) == two.find(ctx.norm, lo, hi)


def test_detect_without_event_words_skips_only_what_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clauses with no event word and no claim or no-casualty cue return at once; the full path
    (the pre-test forced to say yes) must find nothing there either, and the same elsewhere."""
    fast = [[ev.detect(ctx, c) for c in cls] for ctx, cls in _contexts()]
    monkeypatch.setattr(ev, "_claims_or_counts", lambda ctx, c: True)
    slow = [[ev.detect(ctx, c) for c in cls] for ctx, cls in _contexts()]
    assert fast == slow
    skipped = [(ctx, c) for ctx, cls in _contexts() for c in cls if not ctx.triggers_in(c.ts, c.te)]
    assert len(skipped) >= 3  # the path is taken
    assert any(m.reference for per in fast for found in per for m in found)  # "وأعلن تنظيم داعش مسؤوليته"


def _agent_verbs_scan(ctx: ev.ArticleContext, c: ev.Clause, event_starts: list[int]) -> list[int]:
    """The slow path: every word of the clause asked."""
    return [k for k in range(c.ts, c.te) if ctx.has(k, ctx.lex.agent_verbs)
            and any(0 < s - k <= 8 for s in event_starts)]


def _support_verbs_scan(ctx: ev.ArticleContext, c: ev.Clause, event_starts: list[int]) -> dict[int, int]:
    support: dict[int, int] = {}
    for k in range(c.ts, c.te):
        if ctx.has(k, ev._support_verbs()):
            s = next((s for s in range(k + 1, min(c.te, k + 9)) if ev._verbal_noun_object(ctx, s) and (
                s in event_starts or (ctx.has(s, ctx.lex.agent_verbs) and any(0 < e - s <= 4 for e in event_starts)))),
                None)
            if s is not None:
                support[k] = s if ctx.norm[s - 1] not in ev._VERBAL_NOUN_PREPOSITIONS else s - 1
    return support


def test_agent_and_support_verbs_asked_near_event_words_only() -> None:
    found_agents = found_support = 0
    for ctx, cls in _contexts():
        for c in cls:
            triggers = [h.start for h in ctx.triggers_in(c.ts, c.te) if ev._role(h) == "event"]
            # the clause's event words, and every single word of it taken as one
            for starts in [triggers, [], *([k] for k in range(c.ts, c.te))]:
                agents = ev._agent_verbs_before(ctx, c, starts)
                support = ev._support_verbs_of(ctx, c, starts)
                assert agents == _agent_verbs_scan(ctx, c, starts)
                assert support == _support_verbs_scan(ctx, c, starts)
                found_agents += bool(agents)
                found_support += bool(support)
    assert found_agents and found_support  # "شنوا هجوما", "قامت ... بتفجير", "تمكن ... من توقيف"


def test_sites_only_where_a_site_word_stands(monkeypatch: pytest.MonkeyPatch) -> None:
    """_target asks _site_at only at words whose forms name a building or quarter: the same
    mentions as when every word of the clause is asked, and _site_at finds nothing elsewhere."""
    fast = [[ev.detect(ctx, c) for c in cls] for ctx, cls in _contexts()]
    monkeypatch.setattr(ev, "_site_positions", lambda ctx, c: list(range(c.ts, c.te)))
    assert [[ev.detect(ctx, c) for c in cls] for ctx, cls in _contexts()] == fast
    assert any(m.actor2 is not None and "مسجد" in m.actor2.span.text or m.actor2 is not None
               and "كنيسة" in m.actor2.span.text for per in fast for found in per for m in found)
    sites = 0
    for ctx, cls in _contexts():
        for c in cls:
            for k in range(c.ts, c.te):
                for genitive in (False, True):
                    if ev._site_at(ctx, k, c.te, genitive=genitive) is not None:
                        assert not ctx.lex.target_places.keys().isdisjoint(ctx.cands[k])
                        sites += 1
    assert sites  # "قرب مسجد", "في سوق المدينة", "كنيسة في حي الكرادة"


def test_semicolon_still_cuts_a_sentence() -> None:
    ctx, cls = _contexts()[0]
    cut = [c for c in cls if ctx.norm[c.ts - 1] in ev._SPLIT_PUNCT]
    assert len(cut) == 1 and ctx.text[cut[0].start:cut[0].end].startswith("واعتقلت")


class _Frozen(list):
    """A list that refuses to be changed in place."""

    def _refuse(self, *args: object, **kwargs: object) -> None:
        raise AssertionError("a rule changed a shared list of lexicon hits")

    append = extend = insert = remove = pop = clear = sort = reverse = _refuse  # type: ignore[assignment]
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse  # type: ignore[assignment]


def test_events_same_without_the_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole stage with the shared lists, then with each lexicon asked afresh every time:
    no rule may change a list it was handed."""
    def run() -> list:
        out = []
        for doc in ARTICLES:
            doc.analysis.events.clear()
            ev.extract_events(doc)
            out.append(list(doc.analysis.events))
        return out
    # the shared lists refuse every change while the stage runs
    memo_found = ev.ArticleContext.found
    monkeypatch.setattr(ev.ArticleContext, "found", lambda self, m, ts, te: _Frozen(memo_found(self, m, ts, te)))
    fast = run()
    monkeypatch.setattr(ev.ArticleContext, "found", lambda self, m, ts, te: m.find(self.norm, ts, te))
    monkeypatch.setattr(ev, "_found_within", lambda ctx, m, c, lo, hi: m.find(ctx.norm, lo, hi))
    assert run() == fast and any(fast)
