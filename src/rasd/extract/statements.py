"""Stance statements: who denied, confirmed, claimed, condemned, accused, dismissed,
threatened or demanded what.

A statement comes from a stance cue (``stance_cues.tsv``): a verb whose subject is the
speaker (``نفت حركة طالبان ...``، ``طالبان تنفي ...``، ``أعلن تنظيم داعش مسؤوليته عن ...``),
a participle or noun that speaks for the sentence's speaker (``مستنكراً``، ``بمطالبة``),
or a phrase inside what someone said (``قوله إن هذه التقارير «غير ذات صلة»`` → dismiss).
Speakers come from the same speech analysis as quotes; a spokesman's statement is
attributed to whom he speaks for (``متحدث باسم الكرملين`` → the Kremlin). A negated cue
(``لم تتبنّ أي جهة``) states nothing. Inside what someone said, a first-person verb
(``ونطالب ...``) and a denial phrase (``لا علاقة لها``، ``عارية عن الصحة``) are that speaker's.
An about that is only a pronoun (``مسؤوليته عنه``) is replaced by the attack it refers to.
A headline and the lede that restates it give one statement; in the body one speaker's
statements of one stance are merged when they share a sentence or most of their about
(claims of responsibility always: an article restates its claim).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.arabic.lexdata import word_set
from rasd.arabic.normalize import normalize
from rasd.extract.quotes import (
    ATTACHED_PRONOUNS,
    CLOSERS,
    LONG_SUBJECT_WINDOW,
    OPENERS,
    RESUMPTIVE_DURING,
    SPEECH_WORDS,
    Speaker,
    SpeechAnalysis,
    SpeechEvent,
    SpeechText,
    function_words_of,
    governing_event,
    needed_word_before,
    needs_follow,
    positions_of,
    speaker_head,
    speech_of,
    speech_participle_at,
)
from rasd.lexicon.speech import (
    Cue,
    bare_forms,
    is_event_noun,
    needs_met,
    stance_cues,
    stance_elicitors,
    stance_non_speakers,
)
from rasd.model import Span, Statement

if TYPE_CHECKING:
    from rasd.pipeline import Doc

MAX_ABOUT = 15  # tokens
SCARE_QUOTE_WORDS = 4  # quoted words inside a clause that continue it rather than quote someone
SAME_ABOUT = 0.5  # share of the shorter about's words two statements of one speaker must share to be one
# «مسؤوليته عنه»: an about that is only a pronoun refers back (normalized forms)
PRONOUN_ABOUT = frozenset({"عنه", "عنها", "عنهم", "عنهما", "به", "بها", "له", "لها"})
WORD_EDGE_MARKS = ".,،:;؛!?؟\"'«»“”()[]"  # punctuation a word of running text may carry
# prepositions the function-word table leaves out (على is also the name Ali there), normalized
NOT_NAMING = frozenset({"علي", "ضد", "بين", "حول", "قرب", "داخل", "امام"})
# a group claims the attack the article is about, and the article says so again in other words
RESTATED = frozenset({"claim_responsibility"})
# where "what it is about" starts for cues with a required word (``needs``): after it for
# «أعلن مسؤوليته عن [X]» and «دعا إلى [X]», at it for «رفض [اتهامات ...]»، «طالب [بالإفراج ...]»
_ABOUT_AFTER_NEEDS = {"claim_responsibility"}
# «مسؤولية» normalized, with the hamza on its two seats (مسؤولية، مسئولية) and with ال
RESPONSIBILITY_STEMS = ("مسوول", "مسيول", "المسوول", "المسيول")
# stances whose verb joins what it is about with ب: «هدد بإسقاط ...»، «توعد بسحق ...»
BI_COMPLEMENT = frozenset({"threaten"})
# stances whose about drops a leading ب wherever it starts: «طالب [ب]الإفراج ...»، «للتنديد [ب]اختطاف ...»
BI_ANYWHERE = frozenset({"demand", "condemn", "threaten"})


def _statement_speaker(sp: Speaker | None) -> Speaker | None:
    """A spokesman speaks for someone: «متحدث باسم الكرملين» → the Kremlin. A bare quantifier
    («ويتبنى معظم هذه الهجمات تنظيم ...») and a gathering («مظاهرات تطالب») are no one."""
    if sp is not None and sp.principal is not None:
        return sp.principal
    if sp is not None and (_bare_quantifier(sp.text) or _gathering(sp)):
        return None
    return sp


def _gathering(sp: Speaker) -> bool:
    """«مظاهرات عارمة تطالب برحيل الحكومة»: a protest is an event; its people hold the stance."""
    if sp.entity is not None:
        return False
    words = normalize(sp.text).split()
    first = words[0] if words else ""
    first = first[2:] if first.startswith("ال") else first
    return first in stance_non_speakers()


def _not_a_holder(sp: Speaker) -> bool:
    """Is a speaker phrase found by position an act rather than someone: one that opens with a
    noun of an attack or a stance word («استهداف ثكنات»، «ضرورة تقاسم المعلومات»)?"""
    if sp.entity is not None:
        return False
    words = normalize(sp.text).split()
    if not words:
        return False
    return is_event_noun(words[0]) or any(c.kind in {"noun", "verb"} for c, _e in stance_cues().match(words, 0))


def _bare_quantifier(text: str) -> bool:
    words = normalize(text).split()
    return len(words) == 1 and "quantifier" in function_words_of(words[0])


def _about(st: SpeechText, start: int, sent: int, *, stop_at_closer: bool = False, charge: bool = False) -> Span | None:
    """From ``start`` to the end of the clause (a comma, a colon, the sentence end, a quote
    that does not open the clause; a closing mark when ``stop_at_closer``), at most
    ``MAX_ABOUT`` tokens."""
    end_limit = st.sent_tokens[sent][1]
    j = start
    # «توعد أمس بالقضاء ...»، «منددة بشدة بـ...»: words of time or manner before what it is about
    while j < end_limit and (
        (st.is_punct(j) and j not in st.pair_at_open) or "lead_in" in function_words_of(st.norms[j])
        or (j == start and st.norms[j] in RESUMPTIVE_DURING)  # «أدان [فيه] التفجير»: the medium it was said in
    ):
        j += 1
    a = j
    while j < end_limit and j - a < MAX_ABOUT:
        raw = st.raw(j)
        if j in st.pair_at_open:
            if j > a and not _scare_quote(st, j):
                break
            j = st.pairs[st.pair_at_open[j]].close_tok + 1
            continue
        if charge and raw in {"،", ","} and j + 1 < end_limit and _charge_word(st.norms[j + 1]):
            j += 1  # «اتهموا الحكومة، بالفساد»: the charge after a comma still belongs to it
            continue
        if raw in {"،", ",", ":", "؛", ";", "."} or (raw in OPENERS and j > a):
            break
        if j > a and "subordinator" in function_words_of(st.norms[j]):
            break  # «بالتصدي لطالبان [بعدما] حصد تفجير ...»: a clause of time is not what was demanded
        if stop_at_closer and raw in CLOSERS:
            break
        if j > a and speech_participle_at(st, j):
            break  # «تنفيذ الهجوم [قائلة] في بيان إن ...»: a participle of speech opens what was said
        if j > a and any(c.kind == "participle" for c, _e in stance_cues().match(st.norms, j)):
            break  # «وتبنت المجموعة الهجوم [متوعدة] ...»: a participle of stance opens another stance
        j += 1
    if j <= a:
        return None
    return st.span(a, j)


def _scare_quote(st: SpeechText, open_tok: int) -> bool:
    """«بالقضاء على التمرد "قريبا"»، «بهذا "العمل الشنيع"»: a few quoted words inside a clause are
    part of it, not a new quotation."""
    pair = st.pairs[st.pair_at_open[open_tok]]
    return pair.close_tok - open_tok - 1 <= SCARE_QUOTE_WORDS


def _charge_word(norm: str) -> bool:
    """«بالفساد»، «بدعم»: a ب-word, what someone is accused of."""
    return len(norm) > 3 and norm[0] == "ب"


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
    if ev.object_np is not None:  # «وأكد [هذه الحصيلة] مسؤول»
        return st.span(*ev.object_np)
    before = needed_word_before(st, cue, a)
    if before is not None:  # «في هجوم تبنته حركة طالبان»: the verb's pronoun is that attack
        # «تفجير خان بني سعد [الذي وقع أمس و]تبناه»: the attack, not the relative clause on it
        end = next((j for j in range(before + 1, a) if "relative" in function_words_of(st.norms[j])), a)
        return _without_proclitic(st.span(before, end))
    if cue.needs:
        # the needed word comes after the subject: «دعا المبعوث [إلى] اليمن ... [إلى] تمديد الهدنة»
        after_np = ev.np[1] if ev.np is not None and not ev.subject_first and ev.np[0] >= b else b
        for k in range(after_np, min(b + LONG_SUBJECT_WINDOW, len(st.toks))):
            if st.sent_of[k] != ev.sentence:
                break
            if needs_met(cue.needs, st.norms[k]):
                k = _plain_needed_word(st, cue, k, ev.sentence)
                if cue.stance == "accuse" and k + 1 < len(st.toks) and st.norms[k + 1] in {"على", "علي"}:
                    k += 2  # «أنحى باللائمة على [المتمردين]»: who is blamed follows على
                    if k < len(st.toks) and st.sent_of[k] == ev.sentence:
                        return _about(st, k, ev.sentence, charge=True)
                if _condemnation_noun(st.norms[k]):
                    # «أعرب عن [إدانته واستنكاره الشديدين] للتفجير»: the stance's own nouns, then what
                    k += 1
                    while k < len(st.toks) and st.sent_of[k] == ev.sentence and (
                            _condemnation_noun(st.norms[k]) or st.norms[k] in INTENSIFIERS or st.norms[k] == "و"):
                        k += 1
                    return _about(st, k, ev.sentence) if k < len(st.toks) and st.sent_of[k] == ev.sentence else None
                if _after_needed_word(cue.stance, st.norms[k]):
                    k += 1
                    if k < len(st.toks) and st.norms[k] in {"عن", "الي", "على", "علي"}:
                        k += 1
                    elif k + 1 < len(st.toks) and st.norms[k + 1] == "عن" and not st.is_punct(k):
                        k += 2  # «مسؤولية [الجماعة] عن التفجير»: whose responsibility, then what for
                about = _about(st, k, ev.sentence)
                if about is not None and cue.stance in BI_COMPLEMENT:
                    if about.text[:1] == "ب" and any(w.startswith("ب") and w != "ب*" for w in cue.needs):
                        # «تعهد [ب]شن هجمات»: the ب the cue needs joins it, even to a short noun
                        about = Span(about.start + 1, about.end, about.text[1:])
                    else:
                        about = _without_bi(about)  # «يهدد [ب]قتل الرهائن»
                return about
    if ev.subject_first or ev.np is None:
        start = b
    else:
        start = ev.extent if ev.extent is not None else ev.np[1]
    if ev.np is not None and not ev.subject_first:
        start = _past_apposition(st, start, ev.sentence)
    charge = cue.stance == "accuse"
    about = _about(st, start, ev.sentence, charge=charge) or _about_before(st, a, ev.sentence)
    if about is not None and cue.stance in BI_COMPLEMENT and start == b:
        about = _without_bi(about)
    return about


CONDEMNATION_STEMS = ("ادانت", "استنكار", "تنديد", "شجب")  # normalized verbal nouns of condemning
# «استنكاره الشديد»، «إدانتها البالغة»: adjectives of degree after them (normalized)
INTENSIFIERS = word_set("stance_intensifiers.tsv")


def _condemnation_noun(norm: str) -> bool:
    """«إدانته»، «واستنكارها»: a verbal noun of condemning with the condemner's pronoun."""
    return norm.endswith(ATTACHED_PRONOUNS) and any(f.startswith(CONDEMNATION_STEMS) for f in bare_forms(norm))


def _plain_needed_word(st: SpeechText, cue: Cue, k: int, sent: int) -> int:
    """«دعا الأمين العام [للأمم] المتحدة الأطراف [إلى] وقف ...»: a لل-word met as a prefix may be
    the speaker's genitive; a plain needed word (إلى) later in the clause is the complement."""
    if not st.norms[k].startswith(("لل", "ولل")):
        return k
    plain = tuple(w for w in cue.needs if not w.endswith("*"))
    for j in range(k + 1, min(k + LONG_SUBJECT_WINDOW, len(st.toks))):
        if st.sent_of[j] != sent or st.raw(j) in {"،", ",", ":", "؛", ";", "."}:
            break
        if needs_met(plain, st.norms[j]):
            return j
    return k


MAX_APPOSITION = 10  # tokens of a title set off by commas after a speaker's name


def _past_apposition(st: SpeechText, start: int, sent: int) -> int:
    """«أدان ديفيد كاميرون، [رئيس الوزراء البريطاني]، الهجوم»: a title between commas after the
    speaker describes him; what the stance is about comes after it."""
    end = st.sent_tokens[sent][1]
    if start + 1 >= end or st.raw(start) not in {"،", ","} or not speaker_head(st.norms[start + 1]):
        return start
    for j in range(start + 2, min(start + 2 + MAX_APPOSITION, end)):
        if st.raw(j) in {"،", ","}:
            return j + 1
        if st.is_punct(j):
            break
    return start


def _without_proclitic(span: Span) -> Span:
    """«[ب]التفجير»، «[ل]لتفجيرين» → the noun itself."""
    at = span.text.find("ال")
    if 0 < at <= 2 and span.text[:at] in {"ب", "ل", "و", "وب", "ول", "ف"}:
        return Span(span.start + at, span.end, span.text[at:])
    return span  # «لتفجيرين»: a ب/ل before an indefinite noun may be the word's own letter


def _after_needed_word(stance: str | None, norm: str) -> bool:
    """Does what a cue is about start after its needed word? After «مسؤوليته» in «أعلن
    مسؤوليته عن [الهجوم]» and after «إلى» in «دعا إلى [...]»; at it when the needed word is
    the object itself: «تبنى التنظيم [التفجير ...]»."""
    if norm in {"الي", "إلى", "علي", "على"}:
        return True
    return stance in _ABOUT_AFTER_NEEDS and any(
        f.startswith(RESPONSIBILITY_STEMS) for f in bare_forms(norm, nouns=True))


def _bare_about(about: Span | None, stance: str) -> Span | None:
    """Drop the joining ب only before the article or a demonstrative («[ب]الإفراج»، «[ب]هذا العمل»):
    in «بحثها» or «بيان» the ب is the word's own."""
    if about is None or stance not in BI_ANYWHERE or not normalize(about.text).startswith(("بال", "بهذ")):
        return about
    return _without_bi(about)


def _without_bi(about: Span) -> Span:
    """«هدد [ب]إسقاط الحكومة»: the ب that joins a threat or a demand to the verb is not what
    it is about."""
    text = about.text
    k = 1
    while k < len(text) and text[k] == "\u0640":
        k += 1  # «بـ»
    if text[0] != "ب" or len(text.split()[0]) - k < 3:
        return about
    return Span(about.start + k, about.end, text[k:])


def _antecedent(st: SpeechText, ev: SpeechEvent) -> Span | None:
    """The attack a pronoun about refers to: the nearest attack noun before the cue (in its
    sentence, else the two before), a definite one first («الهجوم» over «بهجوم سروج»), with its
    adjectives and relative clause up to the cue."""
    s_first = st.sent_tokens[max(ev.sentence - 2, 0)][0]
    found: int | None = None
    for j in range(ev.cue[0] - 1, s_first - 1, -1):
        if st.inside[j] != -1 or not is_event_noun(st.norms[j]):
            continue
        if "ال" in st.norms[j][:4]:
            found = j
            break
        if found is None:
            found = j
    if found is None:
        return None
    j = found
    k = j + 1
    relative = False
    while k < ev.cue[0] and k - j < MAX_ABOUT and st.sent_of[k] == st.sent_of[j] and not st.is_punct(k):
        norm = st.norms[k]
        if "relative" in function_words_of(norm):
            relative = True
        elif not relative and "ال" not in norm[:4]:
            break  # the noun and its adjectives, or a relative clause that describes it
        k += 1
    raw = st.raw(j)
    start = st.toks[j][0]
    at = raw.find("ال")
    if 0 < at <= 2:  # «بالتفجير» → «التفجير»
        start += at
    end = st.toks[k - 1][1]
    return Span(start, end, st.text[start:end])


def _phrase_statements(sa: SpeechAnalysis) -> list[Statement]:
    """Stance phrases inside speech: «قوله إن هذه التقارير «غير ذات صلة»» → dismiss."""
    st = sa.st
    out: list[Statement] = []
    table = stance_cues()
    i = 0  # the first token not yet read (a cue read skips its words)
    (starters,) = SPEECH_WORDS.words_in(st.norms, "stance")  # most tokens start no cue
    for at in positions_of(st.norms, starters):
        if at < i:
            continue
        i = at
        matched = table.match(st.norms, i)
        if not matched:
            i += 1
            continue
        hits = [
            (c, e) for c, e in matched
            if (c.kind == "phrase" and (not c.needs or _needed_next(st, c, e)))
            or (c.kind == "first_person" and (not c.needs or needs_follow(st, c, e)))
        ]
        if not hits:
            i += 1
            continue
        cue, end = hits[0]
        if cue.kind == "phrase" and cue.needs and _subject_unnamed(st, i):
            i += 1  # «أعلنت أنها تتحمل المسؤولية عن ...»، «لا تتحمل ...»: the speaker's own, or no charge
            continue
        if cue.kind == "phrase" and cue.words[-1] == "علي" and st.raw(end - 1) != "على":
            i += 1  # «إن علي عبدالله صالح ...»: the name Ali, not «على» (it is up to)
            continue
        ev, about = _speech_around(sa, i)
        if cue.kind == "first_person" or (cue.kind == "phrase" and cue.stance == "demand"):
            # «ونطالب رئيس الوزراء بأن ...»: what the speaker demands follows the verb
            about = _about(st, end, st.sent_of[i], stop_at_closer=True)
        elif cue.stance == "threaten":
            # «إنها "ستواصل استهداف" النواب»: the threat is the phrase and what it goes on to
            about = _about(st, i, st.sent_of[i])
        elif (cue.stance == "deny" or cue.needs) and about is not None:
            # «أن هذه الشبكة لا علاقة لها بتفجير ...»: the denied link runs on after the phrase;
            # «أن حماس تتحمل المسؤولية عن أي اعتداء»: so does the charge
            after = _about(st, end, st.sent_of[i], stop_at_closer=True)
            if after is not None and after.start >= about.end and after.start == st.toks[min(end, len(st.toks) - 1)][0]:
                # (only what runs straight on: after «غير صحيحة،» a new clause starts)
                about = Span(about.start, after.end, st.text[about.start:after.end])
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


PHRASE_NEEDS_REACH = 2  # tokens after a phrase in which the word it needs must come


def _needed_next(st: SpeechText, cue: Cue, end: int) -> bool:
    """Does the word a phrase needs come right after it, in its sentence? «تتحمل المسؤولية [عن]
    أي اعتداء» blames; «تتحمل مسؤولية كبيرة في رعاية الشباب» states a duty."""
    sent = st.sent_of[end - 1]
    for j in range(end, min(end + PHRASE_NEEDS_REACH, len(st.toks))):
        if st.sent_of[j] != sent or st.is_punct(j):
            return False
        if needs_met(cue.needs, st.norms[j]):
            return True
    return False


def _subject_unnamed(st: SpeechText, i: int) -> bool:
    """Is a phrase's verb negated or its subject only a pronoun after أن/إن? «أعلنت أنها تتحمل
    المسؤولية» is the speaker's own; «لا تتحمل المسؤولية» blames no one."""
    if i == 0 or st.sent_of[i - 1] != st.sent_of[i]:
        return False
    before = st.norms[i - 1]
    fclasses = function_words_of(before)
    return "negator" in fclasses or ("complementizer" in fclasses and before.endswith(ATTACHED_PRONOUNS))


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
        words_before = any(not st.is_punct(j) for j in range(start, pair.open_tok))  # not only «:»»»
        about = st.span(start, pair.open_tok) if words_before else pair.span
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


def _counted(st: SpeechText, i: int) -> bool:
    """Is the word at ``i`` counted by a number in figures right before it (past an opening bracket)?"""
    j = i - 1
    while j >= 0 and st.raw(j) in {"(", "["}:
        j -= 1
    if j < 0 or st.sent_of[j] != st.sent_of[i]:
        return False
    if st.raw(j).strip("()[]").isdigit():
        return True
    # «29 متهما ومتهمة»: a second participle joined to a counted one is counted with it
    return any(c.kind == "participle" for c, _e in stance_cues().match(st.norms, j)) and _counted(st, j)


def _undergone(st: SpeechText, cue: tuple[int, int]) -> bool:
    """Is a stance noun a reaction the sentence's subject met rather than its own stance? After
    a verb of provoking or meeting («أثارت [استنكاراً] شديداً»، «لقي الهجوم [إدانات]»، «أثار موجة
    [استنكار]»), others hold it; a verbal noun whose pronoun is followed straight by the charge
    («على خلفية [اتهامه] في قضايا عنف»، «[اتهامها] بالتجسس») is passive: the pronoun is the accused
    (the active reading names its object: «اتهامه للحكومة»، «اتهامه الحكومة بـ»)."""
    a, b = cue
    s0 = st.sent_tokens[st.sent_of[a]][0]
    for j in range(a - 1, max(s0, a - 3) - 1, -1):
        if st.is_punct(j):
            break
        if any(f in stance_elicitors() for f in bare_forms(st.norms[j])):
            return True
    norm = st.norms[b - 1]
    if not norm.endswith(ATTACHED_PRONOUNS) or b >= len(st.toks) or st.sent_of[b] != st.sent_of[a]:
        return False
    nxt = st.norms[b]
    return nxt == "في" or (len(nxt) > 3 and nxt[0] == "ب" and nxt[1:].startswith("ال"))


CARRY_OUT = "تنفيذ"  # normalized: «أعلن X تنفيذ الهجوم» claims the attack
CARRY_OUT_REACH = 4  # tokens after تنفيذ in which the attack noun comes («تنفيذ أحد أعضائها الهجوم»)
# «عمليات اعتقال»: an operation may be a security sweep, not an attack
AMBIGUOUS_ATTACK_NOUNS = frozenset({"عمليه", "عمليات", "العمليه", "العمليات", "حادث", "حادثه"})


def _carry_out_cue(cue: Cue | None) -> bool:
    return cue is not None and cue.stance == "claim_responsibility" and any(w.startswith(CARRY_OUT) for w in cue.needs)


def _attack_carried_out(st: SpeechText, ev: SpeechEvent) -> bool:
    """Does a noun of an attack follow the تنفيذ that a claim cue needs, in its clause?"""
    sent = ev.sentence
    for k in range(ev.cue[1], min(ev.cue[1] + LONG_SUBJECT_WINDOW, len(st.toks))):
        if st.sent_of[k] != sent:
            return False
        if CARRY_OUT in st.norms[k][:7]:
            for j in range(k + 1, min(k + 1 + CARRY_OUT_REACH, len(st.toks))):
                if st.sent_of[j] != sent or st.is_punct(j):
                    break
                if is_event_noun(st.norms[j]) and not any(
                        f in AMBIGUOUS_ATTACK_NOUNS for f in bare_forms(st.norms[j], nouns=True)):
                    return True
            return False
    return False


# «دعا جميع الأطراف إلى ...»، «حث كافة القوى على ...»: after a verb of calling, «all» opens whom it
# calls on (normalized); the subject is a pronoun («كل من X وY» is «both X and Y», a subject: not here)
ADDRESSEE_WORDS = frozenset({"جميع", "كافه", "الجميع"})
ATTRIBUTE_STEM = "نسب"  # normalized: «نسبته الحكومة إلى التنظيم» (attributed it to)
ATTRIBUTED_TO_REACH = 6  # tokens after the verb in which إلى comes (past the subject)


def _attribution_cue(cue: Cue | None) -> bool:
    return cue is not None and cue.stance == "accuse" and cue.words[0].startswith(ATTRIBUTE_STEM)


def _attributed_to(st: SpeechText, ev: SpeechEvent) -> Span | None:
    """Whom «هجوم ... نسبته الحكومة إلى التنظيم» pins the attack on: what follows إلى, when the
    attack noun comes right before the verb and no number after it («ما نسبته 13 في المائة»)."""
    assert ev.stance is not None
    a, b = ev.cue
    if needed_word_before(st, ev.stance, a) is None or b >= len(st.toks) or st.raw(b)[:1].isdigit():
        return None
    for k in range(b, min(b + ATTRIBUTED_TO_REACH, len(st.toks))):
        if st.sent_of[k] != ev.sentence or (st.is_punct(k) and k not in st.pair_at_open):
            return None
        if st.norms[k] in {"الي", "إلى"}:
            return _about(st, k + 1, ev.sentence) if k + 1 < len(st.toks) else None
    return None


OBJECT_MENTION_TYPES = frozenset({"ORG", "LOC"})  # an object named inside a verb-first subject phrase


def _object_in_subject(sa: SpeechAnalysis, ev: SpeechEvent, sp: Speaker) -> tuple[Speaker | None, int] | None:
    """Who speaks when the phrase after a stance verb holds its object: (the speaker, the first
    token of the object), or None when the phrase is the subject alone.
    «وحمل رئيس الوزراء العراقي [تنظيم داعش] المسؤولية»: a definite description ended, and a
    named body or country starts the object; «واتهم [جهات خارجية] بدعم المسلحين»: a charge
    (a ب-word) right after the phrase makes it the accused, and the subject is the pronoun,
    whoever spoke last in the paragraph."""
    st = sa.st
    if ev.kind != "stance_verb" or ev.np is None or ev.subject_first or ev.object_np is not None:
        return None
    a, e = ev.np[0], ev.extent if ev.extent is not None else ev.np[1]
    for k in range(a + 1, min(e, len(st.toks))):
        m = st.mention_at[k]
        prev = st.norms[k - 1]
        if (
            m is None or m.type not in OBJECT_MENTION_TYPES or m.span.start < st.toks[k][0]
            or not prev.startswith("ال") or st.raw(k)[:1] in {"ل", "ب", "و"}
        ):
            continue
        if sp.span is not None and sp.span.end <= st.toks[k][0]:
            return None  # the speaker was already found before the object
        span = st.span(a, k)
        return Speaker(span.text, span, None, "description"), k
    if ev.stance is not None and ev.stance.stance == "demand" and st.norms[a] in ADDRESSEE_WORDS:
        return _last_speaker(sa, ev), a  # «ودعت [جميع المتمردين] إلى الانضمام»: whom the call is to
    if (
        ev.stance is None or ev.stance.stance != "accuse" or ev.stance.needs or e >= len(st.toks)
        or st.sent_of[e] != ev.sentence or not _charge_word(st.norms[e]) or st.norms[e] in {"باسم"}
    ):
        return None
    return _last_speaker(sa, ev), a


DAMMA = "\u064f"


def _passive_voweled(raw: str) -> bool:
    """Is a verb written with a damma on its first letter (after و/ف)? That vowel marks the
    passive; most text has no vowels, and then this says nothing."""
    if raw[:1] in {"و", "ف"} and len(raw) > 2 and raw[1] != DAMMA:
        raw = raw[1:].lstrip("\u064e")  # «وَأُلقي»: the conjunction with its own fatha
    return len(raw) > 2 and raw[1] == DAMMA


def _in_relative_clause(st: SpeechText, sp: Speaker, ev: SpeechEvent) -> bool:
    """Is the speaker a subjectless verb borrowed from its sentence named inside a relative
    clause before the verb (after «الذين/التي ...»)? That names whom the clause describes, not
    the sentence's subject."""
    if sp.span is None:
        return False
    s0 = st.sent_tokens[ev.sentence][0]
    if not (st.toks[s0][0] <= sp.span.start < st.toks[ev.cue[0]][0]):
        return False
    for j in range(s0, ev.cue[0]):
        if st.toks[j][0] >= sp.span.start:
            break
        if "relative" in function_words_of(st.norms[j]):
            return True
    return False


def _last_speaker(sa: SpeechAnalysis, ev: SpeechEvent) -> Speaker | None:
    """The speaker named last before ``ev`` in its paragraph (None when the paragraph named none)."""
    st = sa.st
    par = st.paragraph_of[ev.cue[0]]
    last = None
    for prev in sa.events:
        if prev.cue[0] >= ev.cue[0]:
            break
        if prev.explicit and prev.speaker is not None and prev.kind != "after" and st.paragraph_of[prev.cue[0]] == par:
            sp = _statement_speaker(prev.speaker)
            if sp is None or not _not_a_holder(sp):
                last = sp
    return last


def _sentence_span(st: SpeechText, sent: int) -> Span | None:
    a, b = st.sent_tokens[sent]
    return st.span(a, b) if b > a else None


def statements_from_speech(
    sa: SpeechAnalysis, headlines: tuple[tuple[int, int], ...] = (), lede: tuple[int, int] | None = None
) -> list[Statement]:
    """Statements of one article; ``headlines`` are the (start, end) offsets of its title and
    subtitle, which restate what the body says, and ``lede`` those of its first paragraph."""
    st = sa.st
    out: list[Statement] = []
    for ev in sa.events:
        if ev.stance is None or ev.speaker is None:
            continue  # a stance without anyone to hold it is not worth a statement
        sp = _statement_speaker(ev.speaker)
        if sp is not None and _not_a_holder(sp):
            sp = _last_speaker(sa, ev)  # «بيانا أعلنت فيه استهداف ثكنات ...، متوعدة»: an act holds no stance
        if sp is None:
            continue  # «ويتبنى معظم هذه الهجمات ...»: the quantifier is not a speaker
        if ev.kind == "stance_participle" and _counted(st, ev.cue[0]):
            continue  # «القبض على 1651 متهمًا»، «(431 متهما)»: a number makes the participle a noun, the accused
        if ev.kind == "stance_noun" and _undergone(st, ev.cue):
            continue  # «عملية أثارت استنكاراً»، «على خلفية اتهامه في»: a stance someone met, not held
        if _carry_out_cue(ev.stance) and not _attack_carried_out(st, ev):
            continue  # «أعلنت الوزارة تنفيذ حكم الإعدام»: carrying out a sentence or a plan claims no attack
        if _attribution_cue(ev.stance):
            about = _attributed_to(st, ev)
            if about is None:
                continue  # «ما نسبته 13 %»: a share, not an attack pinned on anyone
        else:
            about = _bare_about(_event_about(st, ev), ev.stance.stance or "")
        if ev.kind == "stance_verb" and _passive_voweled(st.raw(ev.cue[0])):
            continue  # «وأُلْقِيَ باللائمة على ...»، «اُتُّهِم»: the vowels say passive, no one speaks
        if ev.kind == "stance_verb" and ev.np is None and _in_relative_clause(st, sp, ev):
            continue  # «خرجوا ... للمطالبة بمن تحتفظ بهم [الحركة] ، ودعوا إلى»: not who called
        fixed = _object_in_subject(sa, ev, sp)
        if fixed is not None:  # «واتهم [المعارضة] بدعم ...»: the phrase after the verb is its object
            sp, obj_start = fixed
            if sp is None:
                continue
            if ev.stance.stance == "accuse" and not ev.stance.needs:
                about = _about(st, obj_start, ev.sentence, charge=True) or about
        if about is not None and normalize(about.text) in PRONOUN_ABOUT:
            about = _antecedent(st, ev) or about  # «وأعلن التنظيم مسؤوليته عنه»: عنه is the attack
        cue_span = st.span(*ev.cue)
        out.append(Statement(
            stance=ev.stance.stance or "", speaker=sp.text if sp else None,
            about=about or cue_span, cue=cue_span,
            speaker_span=sp.span if sp else None, speaker_entity=sp.entity if sp else None,
            evidence=_sentence_span(st, ev.sentence), confidence=1.0 if sp else 0.5,
        ))
    out.extend(_phrase_statements(sa))
    out.sort(key=lambda s: s.cue.start)
    return _one_per_speaker(out, headlines, lede)


def _one_per_speaker(
    statements: list[Statement], headlines: tuple[tuple[int, int], ...] = (), lede: tuple[int, int] | None = None
) -> list[Statement]:
    """A headline and its lede state the same thing twice: of statements with one stance and
    speaker keep one (the lede's, which says it in full), unless both are in the body and are about different things
    (two attacks claimed, two denials); statements without a speaker are all kept."""
    kept: dict[tuple[str, str], list[Statement]] = {}
    headline_at: dict[tuple[str, str], int] = {}  # a headline statement no lede restated yet → its index
    out = []
    for s in statements:
        if s.speaker is not None:
            key = (s.stance, " ".join(s.speaker.split()))
            earlier = kept.setdefault(key, [])
            if _in_headline(s, headlines):
                if earlier:
                    continue
                headline_at[key] = len(out)
            elif key in headline_at:
                # the lede says what the headline said, in full: its about replaces the headline's
                out[headline_at.pop(key)] = s
                earlier.append(s)  # later restatements are measured against it
                continue
            elif any(_same_statement(e, s) for e in earlier if not _in_headline(e, headlines)):
                continue
            earlier.append(s)
        out.append(s)
    # «واشنطن "تدين" الاعتداء» over «الولايات المتحدة "تدين بشدة الاعتداء"»: a headline may name the
    # speaker another way; the lede's statement of that stance about the same thing says it in full
    # (later paragraphs give others' reactions to the same attack), and so does a body statement
    # whose speaker shares a name word with the headline's («ديمرتاش» / «صلاح الدين ديمرتاش»)
    return [s for s in out if not (_in_headline(s, headlines) and any(
        b.stance == s.stance and not _in_headline(b, headlines) and _shared_about(s, b)
        and ((lede is not None and lede[0] <= b.cue.start < lede[1]) or _shared_name(s, b)) for b in out))]


def _shared_name(a: Statement, b: Statement) -> bool:
    """Do two speakers as written share a word (not a title or a common noun with ال)?"""
    return bool(_name_words(a) & _name_words(b))


def _name_words(s: Statement) -> set[str]:
    return {w for w in normalize(s.speaker or "").split() if not w.startswith("ال") and len(w) > 2}


def _shared_about(a: Statement, b: Statement) -> bool:
    """Are two statements about one thing (both abouts have content words, enough of them shared)?"""
    ta, tb = _about_words(a), _about_words(b)
    return bool(ta) and bool(tb) and _overlap(ta, tb)


def _overlap(ta: set[str], tb: set[str]) -> bool:
    """Do two non-empty sets of about words share at least SAME_ABOUT of the smaller one?"""
    return len(ta & tb) / min(len(ta), len(tb)) >= SAME_ABOUT


def _same_statement(a: Statement, b: Statement) -> bool:
    """Do two statements of one speaker and stance in the body say one thing?"""
    if a.stance in RESTATED:
        # «أعلنت طالبان مسؤوليتها عن الهجوم على القاعدة العسكرية ... كما أعلنت مسؤوليتها عن هجوم
        # قندوز»: two attacks told apart by what names them; «الهجوم»، «هذا الهجوم» restate one
        na, nb = _naming_words(a), _naming_words(b)
        if not nb:
            return True
        if na:
            return bool(na & nb)
        # «في هجوم تبنته طالبان في قندوز»: the earlier claim's sentence may name what its about does not
        return a.evidence is None or bool(nb & _content_words(a.evidence.text))
    if a.evidence is not None and b.evidence is not None and a.evidence.start == b.evidence.start:
        return True  # «اتهم ... بالوقوف وراء التفجير واتهمته بدعم ...»: one accusation, one sentence
    ta, tb = _about_words(a), _about_words(b)
    return not ta or not tb or _overlap(ta, tb)


def _naming_words(s: Statement) -> set[str]:
    """What tells one attack from another in an about: its words less the attack nouns and the
    function words («[الهجوم] [على] القاعدة العسكرية» → القاعدة، العسكرية)."""
    return {w for w in _about_words(s) if not is_event_noun(w) and not function_words_of(w)
            and not is_event_noun("ال" + w) and w not in NOT_NAMING}


def _in_headline(s: Statement, headlines: tuple[tuple[int, int], ...]) -> bool:
    return any(start <= s.cue.start < end for start, end in headlines)


def _about_words(s: Statement) -> set[str]:
    """Content words of what a statement is about (normalized, without ال and short words)."""
    return _content_words(s.about.text if s.about else "")


def _content_words(text: str) -> set[str]:
    words = set()
    for raw in normalize(text).split():
        w = raw.strip(WORD_EDGE_MARKS)  # «قندوز.»، «"العمل»
        if w[:3] in {"بال", "لل", "وال"} and len(w) > 5:
            w = w[1:] if w[1] == "ا" else "ال" + w[2:]  # «بالإفراج» is «الإفراج»
        w = w[2:] if w.startswith("ال") and len(w) > 4 else w
        if len(w) > 2:
            words.add(w)
    return words


def extract_statements(doc: Doc) -> None:
    """Pipeline stage: stance statements into ``doc.analysis.statements``."""
    heads = tuple((b.start, b.end) for b in doc.article.blocks if b.kind in ("title", "subtitle"))
    lede = next(((b.start, b.end) for b in doc.article.blocks if b.kind == "paragraph"), None)
    doc.analysis.statements.extend(statements_from_speech(speech_of(doc), heads, lede))
