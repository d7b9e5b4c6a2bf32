"""Fast paths of the event phrase matcher and of the speech stages (quotes, statements): each
must give the very results of the slower path it replaces."""

from __future__ import annotations

from dataclasses import asdict

import pytest
from speech_docs import add_mention, make_doc

from rasd.arabic.normalize import normalize, normalize_token
from rasd.arabic.tokens import tokenize
from rasd.extract import quotes as quotes_mod
from rasd.extract.quotes import SPEECH_WORDS, _is_title, _names_head, _sclasses, extract_quotes, positions_of
from rasd.extract.statements import extract_statements
from rasd.lexicon import events as lex
from rasd.lexicon import speech
from rasd.lexicon.events import Hit, PhraseMatcher, _match_rest
from rasd.lexicon.speech import WordClasses, reporting_cues, speaker_words, stance_cues

# Invented patterns: several share a first word, one has a gap, one a word taking no suffix,
# wild first and second words, a verb without article, a ta marbuta second word.
ROWS = [
    ["في", "in"],
    ["في حال!", "case"],
    ["في اطار", "frame"],
    ["في ... اشتباك", "gap"],
    ["على خلفية", "background"],
    ["غارة جوية", "strike"],
    ["شن غارة", "launch"],
    ["استهدف* موقع", "wild"],
    ["قصف مدفعي*", "shelling"],
    ["=فجر نفسه", "verb"],
    ["مقتل", "kill"],
    ["لم يصب! احد", "none"],
]

# Invented news.
TEXT = (
    "وفي حال استمرار القصف، قال المسؤول في اطار المفاوضات إن غارتها الجوية على خلفية "
    "الاشتباكات استهدفت موقعا للمسلحين، وفي وقت لاحق من الاشتباك فجر انتحاري في الفجر ثم فجر نفسه "
    "وأسفر عن مقتل خمسة وشنت الطائرات غارات ثم غارة وقصف مدفعيو الجيش القرية ولم يصب أحد في حالة خطرة في"
)


def _tokens(text: str = TEXT) -> list[str]:
    return [normalize_token(text[s:e]) for s, e in tokenize(text)]


def _word_by_word(m: PhraseMatcher, tokens: list[str], start: int, end: int) -> list[Hit]:
    """The hits found the slow way: each pattern whose first word matches, its rest matched word
    by word through the (word, token) memo."""
    end = min(end, len(tokens))
    hits = []
    for i in range(max(0, start), end):
        for p, _second in m._firsts_of(tokens[i]):
            stop = _match_rest(p.words, 1, tokens, i + 1, end)
            if stop is not None:
                hits.append(Hit(p, i, stop))
    return hits


def _every_range(tokens: list[str]) -> list[tuple[int, int]]:
    return [(s, e) for s in range(-1, len(tokens) + 1) for e in range(max(s, 0), len(tokens) + 2)]


@pytest.mark.parametrize("index_after", [0, 10**9])  # never index / index at the first range
def test_find_equals_word_by_word_matching_with_and_without_an_index(monkeypatch, index_after):
    monkeypatch.setattr(lex, "INDEX_AFTER", index_after)
    m = PhraseMatcher.from_rows(ROWS)
    tokens = _tokens()
    for start, end in _every_range(tokens):
        assert m.find(tokens, start, end) == _word_by_word(m, tokens, start, end), (start, end)
    assert (m._index is not None) == bool(index_after)


def test_find_reads_the_invented_story():
    m = PhraseMatcher.from_rows(ROWS)
    tokens = _tokens()
    found = {(h.pattern.value[0], " ".join(tokens[h.start:h.end])) for h in m.find(tokens)}
    assert ("case", "وفي حال") in found
    assert ("strike", "غارتها الجويه") in found  # ta marbuta before a suffix, as a first word
    assert ("launch", "وشنت الطائرات") not in found
    assert ("wild", "استهدفت موقعا") in found
    assert ("shelling", "وقصف مدفعيو") in found  # a wild second word
    assert ("verb", "فجر نفسه") in found
    assert ("none", "ولم يصب احد") in found
    assert ("gap", "وفي وقت لاحق من الاشتباك") in found


def test_an_index_follows_its_list_when_the_list_changes(monkeypatch):
    monkeypatch.setattr(lex, "INDEX_AFTER", 10**9)
    m = PhraseMatcher.from_rows(ROWS)
    tokens = _tokens()
    m.find(tokens)
    assert m._index is not None and m._index.tokens is tokens
    at = tokens.index("مقتل")
    tokens[at], tokens[at + 1] = "وغاره", "جويه"  # «مقتل خمسة» becomes «وغارة جوية»
    for start, end in _every_range(tokens):
        assert m.find(tokens, start, end) == _word_by_word(m, tokens, start, end), (start, end)
    tokens.append("مقتل")
    tokens.pop(0)
    for start, end in _every_range(tokens):
        assert m.find(tokens, start, end) == _word_by_word(m, tokens, start, end), (start, end)
    # an equal list of other strings is asked as itself
    other = list(tokens)
    assert m.find(other) == _word_by_word(m, other, 0, len(other))


def test_a_matcher_built_later_finds_words_no_earlier_lexicon_starts(monkeypatch):
    monkeypatch.setattr(lex, "INDEX_AFTER", 10**9)
    tokens = _tokens("أغلقت السلطات معبر الحدود الشمالي بعد احتجاجات المزارعين على أسعار القمح")
    first = PhraseMatcher.from_rows([["زلزال", "quake"]])
    assert first.find(tokens) == []
    assert "معبر" in lex._inert_everywhere  # no lexicon loaded so far starts there
    later = PhraseMatcher.from_rows([["معبر الحدود", "crossing"], ["احتجاج*", "protest"]])
    got = [(h.pattern.value[0], h.start, h.end) for h in later.find(tokens)]
    assert got == [("crossing", 2, 4), ("protest", 6, 7)]
    assert later.find(tokens) == _word_by_word(later, tokens, 0, len(tokens))
    assert first.find(tokens) == []


def test_a_plain_second_word_matches_exactly_the_tokens_whose_keys_hold_it():
    words = {w for row in ROWS for w in (lex._pattern_word(x) for x in row[0].split()) if lex._is_plain(w)}
    words |= {normalize(w) for w in ("غارة", "مسؤولية", "هجوم", "ته", "قصف")}
    tokens = set(_tokens()) | {normalize_token(t) for t in (
        "غارتها", "غاراتهم", "بمسؤوليته", "والهجومان", "للهجوم", "تتهم", "قصفته", "فالقصف", "ته", "تتها")}
    assert words and all(lex._is_plain(w) for w in words)
    for w in words:
        for t in tokens:
            assert (w in lex.token_first_keys(t)) == lex._word_matches(w, lex.candidate_forms(t)), (w, t)
    assert not lex._is_plain("حال!") and not lex._is_plain("=فجر") and not lex._is_plain("مدفعي*")
    assert not lex._is_plain(lex.GAP) and not lex._is_plain("و")


# ------------------------------------------------------------------ speech


def test_the_cue_shortcut_equals_building_the_forms():
    words = [normalize_token(w) for w in (
        "وقال", "فقالت", "قال", "وأكد", "المدينة", "للتنديد", "بالتنديد", "ونفت", "فدان", "وحث", "استنكار",
        "واستنكرت", "لاتهامها", "باتهام", "وباتهامه", "وبالتنديد", "القمح", "ال", "و", "لل", "يطالب", "ويطالبون", "تتحمل", "المسؤولية")]
    for table in (reporting_cues(), stance_cues()):
        for w in words:
            assert table._cues_starting(w) == table._cues_of_forms(w), w
    assert stance_cues().can_start(normalize_token("واستنكرت"))
    assert not stance_cues().can_start(normalize_token("المدينة"))


def test_word_classes_remember_across_texts_and_stay_bounded(monkeypatch):
    monkeypatch.setattr(speech, "MEMO_LIMIT", 12)
    asked: list[str] = []

    def long_word(w: str) -> bool:
        asked.append(w)
        return len(w) > 4

    classes = WordClasses({"long": long_word, "waw": lambda w: w.startswith("و")})
    texts = [_tokens(), _tokens("وقال المتحدث إن الاجتماع تأجل"), _tokens(), _tokens("قال المتحدث إن الوفد وصل")]
    for norms in texts:
        assert classes.words_in(norms, "waw", "long") == (
            {w for w in set(norms) if w.startswith("و")}, {w for w in set(norms) if len(w) > 4})
        assert len(classes.asked) <= max(12, len(set(norms)))
    monkeypatch.setattr(speech, "MEMO_LIMIT", 50_000)
    classes = WordClasses({"long": long_word})
    asked.clear()
    classes.words_in(texts[1], "long")
    assert classes.words_in(texts[3], "long") == ({"المتحدث", "الوفد"},)
    assert len(asked) == len(set(texts[1]) | set(texts[3]))  # each word asked once
    with pytest.raises(KeyError):
        classes.words_in(texts[3], "short")


def test_speech_words_are_the_words_passing_each_test():
    norms = _tokens("وقال الوزير ثم قال المتحدث وقالت الوزارة إنها تدين الهجوم وتنفي أي صلة بحركة أو صحيفة")
    heads, titles, reports, stances = SPEECH_WORDS.words_in(norms, "name_head", "title", "report", "stance")
    assert reports == {w for w in set(norms) if reporting_cues().can_start(w)} >= {"وقال", "قال", "وقالت"}
    assert stances == {w for w in set(norms) if stance_cues().can_start(w)} >= {"تدين", "وتنفي"}
    assert heads == {w for w in set(norms) if _names_head(w)} == {"صحيفه"}
    assert titles == {w for w in set(norms) if _is_title(w)} >= {"الوزير"}
    assert positions_of(norms, reports) == [0, 3, 5]
    assert positions_of(norms, set()) == []


def test_only_an_indefinite_media_group_or_body_word_can_be_referred_back_to():
    # _refer_back visits only _names_head words: every other word fails its own test
    words = list(speaker_words()) + ["ال" + w for w in speaker_words()] + _tokens()
    for w in words:
        cls, definite = _sclasses(w)
        if not _names_head(w):
            assert definite or not cls & {"media", "group", "body"}, w


# Invented stories, each with the stance cues it holds.
STORIES = [
    (("نفت حركة الأحرار تقارير عن مفاوضات سرية مع الحكومة.",
      "وتابعت الحركة في بيان: «لم نلتق أي مسؤول حكومي منذ أشهر».",
      "وأدانت وزارة الخارجية الهجوم على القافلة، وطالبت بتحقيق عاجل."),
     [("deny", "نفت"), ("condemn", "وأدانت"), ("demand", "وطالبت")]),
    (("قال المتحدث باسم الشرطة إن قوات الأمن اعتقلت ثلاثة مشتبه بهم.",
      "وأضاف: «التحقيقات مستمرة»، فيما اتهمت المعارضة الحكومة بالتقصير في حماية المدنيين.",
      "وأكد الوزير أن «الوضع تحت السيطرة»، وقال إن الحكومة تتحمل المسؤولية عن أمن المواطنين."),
     [("accuse", "اتهمت"), ("accuse", "تتحمل المسؤولية")]),
]


def _speech_outputs(story: tuple[str, ...]) -> tuple[list[dict], list[dict]]:
    doc = make_doc(*story)
    if "وزارة الخارجية" in doc.text:
        add_mention(doc, "وزارة الخارجية", "ORG", "Foreign Ministry")
    extract_quotes(doc)
    extract_statements(doc)
    return [asdict(q) for q in doc.analysis.quotes], [asdict(s) for s in doc.analysis.statements]


@pytest.mark.parametrize(("story", "cues"), STORIES)
def test_speech_stages_equal_their_token_by_token_reading(monkeypatch, story, cues):
    monkeypatch.setattr(quotes_mod, "lookup_actor", None)
    fast = _speech_outputs(story)
    assert fast[0] and [(s["stance"], s["cue"]["text"]) for s in fast[1]] == cues
    # the slow path: every word may start a cue (a match at every token) and the other word
    # tests are asked anew of each text
    def every_word(self: WordClasses, norms: list[str], *names: str) -> tuple[set[str], ...]:
        return tuple(set(norms) if name in ("report", "stance") else set(filter(self.tests[name], set(norms)))
                     for name in names)

    monkeypatch.setattr(WordClasses, "words_in", every_word)
    assert _speech_outputs(story) == fast
