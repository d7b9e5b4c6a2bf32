"""Token features for the CRF tagger.

Speed matters (the tagger must see ≥ 20,000 tokens/s with features), so every
feature that depends only on the word itself is computed once per distinct word
and cached; per position we only glue together neighbours' cached keys.

Features, by family:
- the word: raw form, normalized form, clitic-stripped stem, prefixes/suffixes,
  shape/script, length, definite article, learned word cluster;
- neighbours ±2: normalized forms and stems, bigrams with the word;
- lexicons: title words before the word (الرئيس، الملا، وزير، الناطق باسم),
  organization and place heads (وزارة، حركة، مدينة، ولاية), given names,
  nisba adjectives of known places, and BIO hits of the longest actor/place
  lexicon match covering the word;
- context: inside a quotation, first token of the sentence;
- document: did the same stem appear elsewhere in the document after a person
  title, inside a lexicon match of some type, or next to a given name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import regex

from rasd.arabic.normalize import normalize_token

_ARABIC = regex.compile(r"^[\p{Arabic}]+$")
_LATIN = regex.compile(r"^[\p{Latin}]+$")
_DIGITS = regex.compile(r"^[\p{N}.,٫٬]+$")
_HAS_DIGIT = regex.compile(r"\p{N}")
_PUNCT = regex.compile(r"^[\p{P}\p{S}]+$")
OPEN_QUOTES = frozenset({"«", "“", "\u201e"})
CLOSE_QUOTES = frozenset({"»", "”"})

# Proclitics, longest first. Conjunctions (و ف) come before prepositions (ب ل ك),
# which come before the article (ال); لل is ل + ال with the alef dropped.
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


def norm_word(token: str) -> str:
    """Normalized form of one token for features and lexicon lookups."""
    n = normalize_token(token)
    return n.lower() if n.isascii() else n


def clitic_variants(n: str) -> list[str]:
    """Forms of a normalized word with proclitics removed, most stripped last.

    Guarded by length only: the caller decides which variant to trust (a lexicon
    hit, a known word). ``وللحركة`` → [``للحركة``, ``الحركة``, ``حركة``].
    """
    out: list[str] = []
    w = n
    if len(w) > 3 and w[0] in _CONJ:
        w = w[1:]
        out.append(w)
    if len(w) > 3 and w.startswith("لل"):
        w = "ال" + w[2:]
        out.append(w)
    elif len(w) > 3 and w[0] in _PREP:
        w = w[1:]
        out.append(w)
    if len(w) > 4 and w.startswith("ال"):
        out.append(w[2:])
    return out


def stem_of(n: str) -> str:
    """The most-stripped clitic variant (the bare word) or the word itself."""
    v = clitic_variants(n)
    return v[-1] if v else n


def shape_of(token: str) -> str:
    if _ARABIC.match(token):
        return "ar"
    if _LATIN.match(token):
        return "Lu" if token[:1].isupper() else "lat"
    if _DIGITS.match(token):
        return "num"
    if _PUNCT.match(token):
        return "p"
    if _HAS_DIGIT.search(token):
        return "mixnum"
    return "mix"


class Lexicon(Protocol):
    """What the feature extractor needs from rasd's lexicons (see rasd.ner.gazetteer)."""

    def word_classes(self, n: str) -> tuple[str, ...]: ...

    def span_hits(self, norms: Sequence[str]) -> list[tuple[int, int, str]]: ...


@dataclass
class WordInfo:
    """Everything about one distinct word that does not depend on its context."""

    own: list[str]  # features of the word itself
    key: str  # normalized form used by neighbours
    stem: str
    classes: tuple[str, ...]  # lexicon word classes: title, org_head, given, nisba...
    person_title: bool


@dataclass
class DocContext:
    """Document-level evidence: stems seen elsewhere in the document in telling contexts."""

    after_title: set[str] = field(default_factory=set)
    lex_type: dict[str, str] = field(default_factory=dict)
    near_given: set[str] = field(default_factory=set)
    counts: dict[str, int] = field(default_factory=dict)


class FeatureExtractor:
    """Turns token strings into CRF feature lists; one instance per process."""

    def __init__(self, lexicon: Lexicon | None = None, clusters: dict[str, str] | None = None):
        self.lexicon = lexicon
        self.clusters = clusters or {}
        self._cache: dict[str, WordInfo] = {}

    # ------------------------------------------------------------ per word

    def info(self, token: str) -> WordInfo:
        wi = self._cache.get(token)
        if wi is None:
            wi = self._compute(token)
            if len(self._cache) > 300_000:  # bound memory on huge runs
                self._cache.clear()
            self._cache[token] = wi
        return wi

    def _compute(self, token: str) -> WordInfo:
        n = norm_word(token)
        variants = clitic_variants(n)
        stem = variants[-1] if variants else n
        shape = shape_of(n) if n else "p"
        f = [f"w={n}", f"st={stem}", f"sh={shape}", f"p2={n[:2]}", f"p3={n[:3]}",
             f"s1={n[-1:]}", f"s2={n[-2:]}", f"s3={n[-3:]}", f"s4={n[-4:]}", f"ss2={stem[-2:]}",
             f"sp3={stem[:3]}", f"len={min(len(stem), 8)}"]
        if token != n:
            f.append(f"raw={token}")
        if n.startswith("ال") or (variants and variants[-1] != n and n.find("ال") in (1, 2)):
            f.append("al")
        classes: tuple[str, ...] = ()
        if self.lexicon is not None and shape in ("ar", "Lu", "lat", "mix"):
            found: list[str] = []
            for form in (n, *variants):
                for c in self.lexicon.word_classes(form):
                    if c not in found:
                        found.append(c)
            classes = tuple(found)
            f.extend(f"c={c}" for c in classes)
        cl = self.clusters.get(n) or self.clusters.get(stem)
        if cl:
            f.extend((f"k4={cl[:4]}", f"k6={cl[:6]}", f"k={cl}"))
        return WordInfo(own=f, key=n, stem=stem, classes=classes, person_title="title" in classes)

    # ------------------------------------------------------------ per sentence

    def sentence_features(self, tokens: Sequence[str], doc: DocContext | None = None) -> list[list[str]]:
        infos = [self.info(t) for t in tokens]
        n_tok = len(infos)
        hits = self._hits(infos)
        quoted = _quote_flags(tokens)
        out: list[list[str]] = []
        for i, wi in enumerate(infos):
            f = ["b", *wi.own]
            if i == 0:
                f.append("BOS")
            if i == n_tok - 1:
                f.append("EOS")
            for off in (-2, -1, 1, 2):
                j = i + off
                if 0 <= j < n_tok:
                    nb = infos[j]
                    f.append(f"w{off}={nb.key}")
                    if off in (-1, 1):
                        f.append(f"st{off}={nb.stem}")
                        for c in nb.classes:
                            f.append(f"c{off}={c}")
                    elif nb.person_title:
                        f.append(f"c{off}=title")
            if i > 0:
                f.append(f"w-1w={infos[i - 1].key}|{wi.key}")
            if i + 1 < n_tok:
                f.append(f"ww+1={wi.key}|{infos[i + 1].key}")
            if hits[i]:
                f.append(f"lex={hits[i]}")
            if quoted[i]:
                f.append("inq")
            if doc is not None:
                _doc_features(f, wi.stem, doc)
            out.append(f)
        return out

    def _hits(self, infos: list[WordInfo]) -> list[str]:
        """BIO lexicon tag per position from the longest lexicon matches."""
        tags = [""] * len(infos)
        if self.lexicon is None:
            return tags
        for start, end, typ in self.lexicon.span_hits([wi.key for wi in infos]):
            tags[start] = "B-" + typ
            for k in range(start + 1, end):
                tags[k] = "I-" + typ
        return tags

    # ------------------------------------------------------------ per document

    def doc_context(self, sentences: Sequence[Sequence[str]]) -> DocContext:
        """Collect document-level evidence from all sentences of one document."""
        ctx = DocContext()
        for tokens in sentences:
            infos = [self.info(t) for t in tokens]
            for i, wi in enumerate(infos):
                if len(wi.stem) < 3:
                    continue
                ctx.counts[wi.stem] = ctx.counts.get(wi.stem, 0) + 1
                if i > 0 and infos[i - 1].person_title:
                    ctx.after_title.add(wi.stem)
                if "given" in wi.classes and i + 1 < len(infos):
                    ctx.near_given.add(infos[i + 1].stem)
            if self.lexicon is not None:
                for start, end, typ in self.lexicon.span_hits([wi.key for wi in infos]):
                    for k in range(start, end):
                        ctx.lex_type.setdefault(infos[k].stem, typ)
        return ctx


def _doc_features(f: list[str], stem: str, doc: DocContext) -> None:
    if stem in doc.after_title:
        f.append("d_title")
    t = doc.lex_type.get(stem)
    if t:
        f.append(f"d_lex={t}")
    if stem in doc.near_given:
        f.append("d_given")
    c = doc.counts.get(stem, 0)
    if c > 1:
        f.append("d_rep" if c < 4 else "d_rep4")


def _quote_flags(tokens: Sequence[str]) -> list[bool]:
    flags = []
    inside = False
    for t in tokens:
        if t in OPEN_QUOTES:
            inside = True
            flags.append(False)
            continue
        if t in CLOSE_QUOTES:
            inside = False
            flags.append(False)
            continue
        flags.append(inside)
    return flags
