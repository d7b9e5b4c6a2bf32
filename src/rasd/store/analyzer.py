"""rasd's Arabic search analyzer: original text → index terms.

Both backends index the *same* terms (SQLite FTS5 and PostgreSQL's ``simple``
config only split on spaces and lowercase), so they find the same things. A term
is a token of :func:`rasd.arabic.tokenize`, normalized for matching
(:func:`rasd.arabic.normalize`: diacritics, hamza seats, ta marbuta, ...), stripped
of everything but letters and digits, lowercased, then light-stemmed so that
``الحقاني`` / ``لحقاني`` / ``حقّاني`` and ``الانفجار`` / ``انفجارات`` meet.

The stemmer is the text core's ``rasd.arabic.stem.light_stem`` when it exists;
otherwise a small prefix/suffix strip of our own. The index records a fingerprint
of the analyzer (:func:`analyzer_fingerprint`) so a store built with another
analyzer is re-indexed instead of silently missing matches.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import lru_cache

import regex

from rasd.arabic.normalize import normalize_token
from rasd.arabic.tokens import TOKEN_RE, tokenize

_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")

# Fallback light stemmer (in the spirit of Larkey's Light10), on normalized text.
# Definite article and conjunction/preposition clitics: longest first.
_ARTICLE_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال")
_SINGLE_PREFIXES = ("و", "ف")
_PREPOSITION_PREFIXES = ("ل", "ب", "ك")
_SUFFIXES = ("ات", "ون", "ين", "ان", "ها", "هم", "هن", "كم", "نا", "يه", "ه", "ي")
_MIN_STEM = 3


def fallback_stem(word: str) -> str:
    """Strip one conjunction, one article/preposition and up to two suffixes, keeping ≥3 letters."""
    w = word
    for p in _SINGLE_PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= _MIN_STEM + 1:
            w = w[len(p):]
            break
    for p in _ARTICLE_PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= _MIN_STEM - 1:
            w = w[len(p):]
            break
    else:
        # لحقاني، بغزة: a bare preposition only on longer words (short words often begin with it).
        for p in _PREPOSITION_PREFIXES:
            if w.startswith(p) and len(w) - len(p) >= _MIN_STEM + 1:
                w = w[len(p):]
                break
    for _ in range(2):
        for s in _SUFFIXES:
            if w.endswith(s) and len(w) - len(s) >= _MIN_STEM:
                w = w[: -len(s)]
                break
        else:
            break
    return w


def _load_stemmer() -> tuple[Callable[[str], str], str]:
    try:
        from rasd.arabic.stem import light_stem  # the text core's stemmer, when present
    except ImportError:
        return fallback_stem, "rasd.store.analyzer.fallback_stem"
    return light_stem, "rasd.arabic.stem.light_stem"


_stem, STEMMER_NAME = _load_stemmer()


@lru_cache(maxsize=262_144)
def analyze_token(token: str) -> str:
    """One original token → its index term ('' when it has no letters or digits)."""
    word = _NON_WORD.sub("", normalize_token(token)).lower()
    if not word:
        return ""
    if word.isascii():
        return word  # Latin words and numbers: lowercase only
    stemmed = _stem(word) or word
    # A stemmer may return normalized-but-not-cleaned text; keep terms letter/digit only.
    return _NON_WORD.sub("", stemmed) or word


def analyze_with_offsets(text: str) -> list[tuple[int, int, str]]:
    """(start, end, term) for every token of ``text`` that yields a term."""
    out = []
    for start, end in tokenize(text):
        term = analyze_token(text[start:end])
        if term:
            out.append((start, end, term))
    return out


def analyze(text: str) -> list[str]:
    """The index terms of ``text``, in order."""
    return [term for _, _, term in analyze_with_offsets(text)]


def index_text(text: str) -> str:
    """What goes into the index column: terms joined by spaces. Streamed, the same terms as
    :func:`analyze`: a 50 MB text must not become millions of tuples on the way."""
    terms = (analyze_token(m.group()) for m in TOKEN_RE.finditer(text))
    return " ".join(t for t in terms if t)


# Words whose analysis pins down the analyzer's behaviour; if any changes, the index must be rebuilt.
_PROBES = (
    "الحقاني لحقاني حقّاني وبالانفجار انفجارات للمسلحين والمتظاهرون بغداد ليبيا كتائبهم "
    "مسؤولون إرهابيّة القاعدة ١٢٣ ISIS Al-Qaeda أ.ف.ب"
)


def analyzer_fingerprint() -> str:
    """A short hash of what the analyzer does to a fixed set of probe words."""
    digest = hashlib.sha1(f"{STEMMER_NAME}|{index_text(_PROBES)}".encode()).hexdigest()
    return digest[:16]
