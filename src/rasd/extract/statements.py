"""Stance statements: who denied, confirmed, claimed, condemned, accused, dismissed,
threatened or demanded what.

A statement comes from a stance cue (``stance_cues.tsv``): a verb whose subject is the
speaker (``نفت حركة طالبان ...``، ``طالبان تنفي ...``، ``أعلن تنظيم داعش مسؤوليته عن ...``),
a participle or noun that speaks for the sentence's speaker (``مستنكراً``، ``بمطالبة``),
or a phrase inside what someone said (``قوله إن هذه التقارير «غير ذات صلة»`` → dismiss).
Speakers come from the same speech analysis as quotes; a spokesman's statement is
attributed to whom he speaks for (``متحدث باسم الكرملين`` → the Kremlin). A negated cue
(``لم تتبنّ أي جهة``) states nothing. One statement per speaker and stance per article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.extract.quotes import (
    OPENERS,
    Speaker,
    SpeechAnalysis,
    SpeechEvent,
    SpeechText,
    function_words_of,
    governing_event,
    speech_of,
)
from rasd.lexicon.speech import needs_met, stance_cues
from rasd.model import Span, Statement

if TYPE_CHECKING:
    from rasd.pipeline import Doc

MAX_ABOUT = 15  # tokens
# where "what it is about" starts for cues with a required word (``needs``): after it for
# «أعلن مسؤوليته عن [X]» and «دعا إلى [X]», at it for «رفض [اتهامات ...]»، «طالب [بالإفراج ...]»
_ABOUT_AFTER_NEEDS = {"claim_responsibility"}


def _statement_speaker(sp: Speaker | None) -> Speaker | None:
    """A spokesman speaks for someone: «متحدث باسم الكرملين» → the Kremlin."""
    if sp is not None and sp.principal is not None:
        return sp.principal
    return sp


def _about(st: SpeechText, start: int, sent: int) -> Span | None:
    """From ``start`` to the end of the clause (a comma, a colon, the sentence end, a quote
    that does not open the clause), at most ``MAX_ABOUT`` tokens."""
    end_limit = st.sent_tokens[sent][1]
    j = start
    while j < end_limit and st.is_punct(j) and j not in st.pair_at_open:
        j += 1
    a = j
    while j < end_limit and j - a < MAX_ABOUT:
        raw = st.raw(j)
        if j in st.pair_at_open:
            if j > a:
                break
            j = st.pairs[st.pair_at_open[j]].close_tok + 1
            continue
        if raw in {"،", ",", ":", "؛", ";", "."} or (raw in OPENERS and j > a):
            break
        j += 1
    if j <= a:
        return None
    return st.span(a, j)


def _about_before(st: SpeechText, cue: int, sent: int) -> Span | None:
    """«وهو الاتهام الذي نفاه ...»: what a relative clause's verb is about comes before it."""
    s0 = st.sent_tokens[sent][0]
    j = cue - 1
    if j < s0 or "relative" not in function_words_of(st.norms[j]):
        return None
    b = j
    a = b
    while a > s0 and b - a < MAX_ABOUT and not st.is_punct(a - 1):
        a -= 1
    return st.span(a, b) if b > a else None


def _event_about(st: SpeechText, ev: SpeechEvent) -> Span | None:
    cue = ev.stance
    assert cue is not None
    a, b = ev.cue
    if cue.needs:
        for k in range(b, min(b + 10, len(st.toks))):
            if st.sent_of[k] != ev.sentence:
                break
            if needs_met(cue.needs, st.norms[k]):
                if cue.stance in _ABOUT_AFTER_NEEDS or st.norms[k] in {"الي", "إلى"}:
                    k += 1
                    if k < len(st.toks) and st.norms[k] in {"عن", "الي", "على", "علي"}:
                        k += 1
                return _about(st, k, ev.sentence)
    if ev.subject_first or ev.np is None:
        start = b
    else:
        start = ev.extent if ev.extent is not None else ev.np[1]
    return _about(st, start, ev.sentence) or _about_before(st, a, ev.sentence)


def _phrase_statements(sa: SpeechAnalysis) -> list[Statement]:
    """Stance phrases inside speech: «قوله إن هذه التقارير «غير ذات صلة»» → dismiss."""
    st = sa.st
    out: list[Statement] = []
    table = stance_cues()
    i = 0
    while i < len(st.toks):
        hits = [(c, e) for c, e in table.match(st.norms, i) if c.kind == "phrase"]
        if not hits:
            i += 1
            continue
        cue, end = hits[0]
        ev, about = _speech_around(sa, i)
        if ev is not None and ev.speaker is not None:
            sp = _statement_speaker(ev.speaker)
            out.append(Statement(
                stance=cue.stance or "dismiss", speaker=sp.text if sp else None,
                about=about or st.span(i, end), cue=st.span(i, end),
                speaker_span=sp.span if sp else None, speaker_entity=sp.entity if sp else None,
                evidence=_sentence_span(st, ev.sentence),
            ))
        i = end
    return out


def _speech_around(sa: SpeechAnalysis, i: int) -> tuple[SpeechEvent | None, Span | None]:
    """The speech event whose words contain token ``i``, and what those words are about."""
    st = sa.st
    k = st.inside[i]
    if k != -1:
        pair = st.pairs[k]
        ev, _after = governing_event(sa, pair)
        if ev is None:
            return None, None
        start = ev.content if ev.content is not None and ev.content < pair.open_tok else pair.open_tok
        about = st.span(start, pair.open_tok) if start < pair.open_tok else pair.span
        return ev, about
    sent = st.sent_of[i]
    ev = None
    for e in sa.events:
        if e.sentence == sent and e.cue[1] <= i and e.kind != "after":
            ev = e
    if ev is None:
        return None, None
    start = ev.content if ev.content is not None and ev.content < i else i
    return ev, st.span(start, i) if start < i else None


def _sentence_span(st: SpeechText, sent: int) -> Span | None:
    a, b = st.sent_tokens[sent]
    return st.span(a, b) if b > a else None


def statements_from_speech(sa: SpeechAnalysis) -> list[Statement]:
    st = sa.st
    out: list[Statement] = []
    for ev in sa.events:
        if ev.stance is None or ev.speaker is None:
            continue  # a stance without anyone to hold it is not worth a statement
        sp = _statement_speaker(ev.speaker)
        about = _event_about(st, ev)
        cue_span = st.span(*ev.cue)
        out.append(Statement(
            stance=ev.stance.stance or "", speaker=sp.text if sp else None,
            about=about or cue_span, cue=cue_span,
            speaker_span=sp.span if sp else None, speaker_entity=sp.entity if sp else None,
            evidence=_sentence_span(st, ev.sentence), confidence=1.0 if sp else 0.5,
        ))
    out.extend(_phrase_statements(sa))
    out.sort(key=lambda s: s.cue.start)
    return _one_per_speaker(out)


def _one_per_speaker(statements: list[Statement]) -> list[Statement]:
    """A headline and its lede state the same thing twice: keep the first of each
    (stance, speaker); statements without a speaker are all kept."""
    seen: set[tuple[str, str]] = set()
    out = []
    for s in statements:
        if s.speaker is not None:
            key = (s.stance, " ".join(s.speaker.split()))
            if key in seen:
                continue
            seen.add(key)
        out.append(s)
    return out


def extract_statements(doc: Doc) -> None:
    """Pipeline stage: stance statements into ``doc.analysis.statements``."""
    doc.analysis.statements.extend(statements_from_speech(speech_of(doc)))
