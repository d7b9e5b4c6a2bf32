"""Speed round 7: the quote stage's indexes are built from the text's few line breaks, quote
marks and sentence starts instead of a pass over every token; these tests hold the fast
paths to the plain per-token definitions they replace, on invented news."""

from __future__ import annotations

from rasd.arabic import sentences, tokenize
from rasd.extract import quotes as Q

TEXT = (
    "قال المتحدث باسم وزارة الداخلية «إن القوات ضبطت خلية في المدينة» وأضاف أن التحقيق مستمر.\n"
    "وأعلنت حركة «الأحرار» مسؤوليتها عن الهجوم، فيما نفى الجيش \"أي علاقة\" بالحادث.\n\n"
    "وقال الرئيس الأفغاني أشرف غني: » إن الحكومة لن تتفاوض« مع المسلحين.\n"
    "«نص لم يغلق في سطره\n"
    "ويستمر هنا» حسب المصدر.   \n"
)


def _reference_sentence_index(toks: list[tuple[int, int]], sents: list[tuple[int, int]]
                              ) -> tuple[list[int], list[tuple[int, int]]]:
    """The per-token walk build_text did before."""
    sent_of = [0] * len(toks)
    sent_tokens: list[tuple[int, int]] = []
    si = 0
    first = 0
    for i, (s, _e) in enumerate(toks):
        while si + 1 < len(sents) and s >= sents[si + 1][0]:
            sent_tokens.append((first, i))
            first = i
            si += 1
        sent_of[i] = si
    sent_tokens.append((first, len(toks)))
    while len(sent_tokens) < len(sents):
        sent_tokens.append((len(toks), len(toks)))
    return sent_of, sent_tokens


def _reference_line_starts(text: str, toks: list[tuple[int, int]]) -> list[bool]:
    return [True] + ["\n" in text[toks[i - 1][1]:toks[i][0]] for i in range(1, len(toks))]


def _cases() -> list[str]:
    return [TEXT, "", "\n\n", "خبر واحد بلا نهاية", "\nسطر أول.\nسطر ثان. جملة ثالثة!\n", TEXT[:57]]


def test_sentence_index_matches_the_token_walk() -> None:
    for text in _cases():
        toks = tokenize(text)
        starts = [s for s, _ in toks]
        for sents in (sentences(text), [], sentences(text)[:1], sentences(text) + [(len(text), len(text))]):
            assert Q._sentence_index(starts, sents) == _reference_sentence_index(toks, sents), (text, sents)


def test_sentence_index_keeps_tokens_after_the_last_sentence_start_in_it() -> None:
    text = "وقال المسؤول إن الوضع هادئ. وأكد أن الطرق مفتوحة."
    toks = tokenize(text)
    sent_of, sent_tokens = Q._sentence_index([s for s, _ in toks], sentences(text))
    assert sent_of[0] == 0 and sent_of[-1] == 1
    assert sent_tokens[1][1] == len(toks)


def test_line_starts_match_the_gap_scan() -> None:
    for text in _cases():
        toks = tokenize(text)
        assert Q._line_starts(text, toks, [s for s, _ in toks]) == _reference_line_starts(text, toks)


def test_quote_pairs_are_found_from_marks_and_line_starts_only() -> None:
    toks = tokenize(TEXT)
    st = Q.SpeechText(TEXT, toks, [Q.normalize_token(TEXT[s:e]) or TEXT[s:e] for s, e in toks],
                      *Q._sentence_index([s for s, _ in toks], sentences(TEXT)),
                      _reference_line_starts(TEXT, toks), [None] * len(toks), {})
    visited = Q._mark_or_line_tokens(st)
    marks = {i for i, (s, e) in enumerate(toks) if TEXT[s:e] in Q.QUOTE_MARKS}
    lines = {i for i, b in enumerate(st.barrier_before) if b}
    assert visited == sorted(marks | lines)
    Q._find_pairs(st)
    quoted = [p.span.text for p in st.pairs]
    assert "إن القوات ضبطت خلية في المدينة" in quoted
    assert "الأحرار" in quoted and "أي علاقة" in quoted
    assert any(q.startswith("نص لم يغلق في سطره") and q.endswith("ويستمر هنا") for q in quoted)


def test_names_after_heads_and_title_aliases_on_invented_news() -> None:
    from rasd.model import Analysis, Article
    from rasd.pipeline import Doc

    text = ("أعلنت حركة «الأحرار» مسؤوليتها عن الهجوم، وقال تنظيم داعش في بيان إنه نفذ العملية.\n"
            "وقال الرئيس الأفغاني أشرف غني إن الحكومة لن تتفاوض. وأكد الرئيس الأفغاني أن القوات مستعدة.")
    doc = Doc(Article(id="t", text=text), Analysis(article_id="t"))
    doc.tokens = tokenize(text)
    doc.sentences = sentences(text)
    sa = Q.analyze_speech(doc)
    assert "الاحرار" in sa.names_after_heads and "داعش" in sa.names_after_heads
    assert any(key.startswith("الرييس الافغاني") for key in sa.aliases)
    cues = [sa.st.raw(ev.cue[0]) for ev in sa.events]
    assert "وقال" in cues and "وأكد" in cues
