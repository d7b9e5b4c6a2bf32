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
from functools import lru_cache
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


@lru_cache(maxsize=262_144)  # asked for every token by the tagger, the lexicon matcher and the linker
def clitic_variants(n: str) -> tuple[str, ...]:
    """Forms of a normalized word with proclitics removed, most stripped last.

    Guarded by length only: the caller decides which variant to trust (a lexicon
    hit, a known word). ``وللحركة`` → (``للحركة``, ``الحركة``, ``حركة``).
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
    return tuple(out)


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
    shape: str = "ar"
    cluster: str = ""  # fine word-cluster id ("" when the word is unknown)
    silver: tuple[str, ...] = ()  # name types raw news gave this word, with a share bucket
    # Features this word gives its neighbours, by offset (-2, -1, +1, +2): built once per word.
    around: tuple[list[str], ...] = ()

    def build_around(self) -> None:
        near = []
        for off in (-2, -1, 1, 2):
            f = [f"w{off}={self.key}"]
            if off in (-1, 1):
                f.append(f"st{off}={self.stem}")
                f.extend(f"c{off}={c}" for c in self.classes)
                if self.cluster:
                    f.append(f"k{off}={self.cluster}")
                f.extend(f"sv{off}={x}" for x in self.silver)
            elif self.person_title:
                f.append(f"c{off}=title")
            near.append(f)
        self.around = tuple(near)


@dataclass
class DocContext:
    """Document-level evidence: stems seen elsewhere in the document in telling contexts."""

    after_title: set[str] = field(default_factory=set)
    lex_type: dict[str, str] = field(default_factory=dict)
    near_given: set[str] = field(default_factory=set)
    counts: dict[str, int] = field(default_factory=dict)


class FeatureExtractor:
    """Turns token strings into CRF feature lists; one instance per process."""

    def __init__(self, lexicon: Lexicon | None = None, clusters: dict[str, str] | None = None,
                 silver: dict[str, str] | None = None):
        """``clusters``: normalized word -> "coarse:fine" cluster ids (rasd.ner.clusters);
        ``silver``: normalized word -> how often raw news tagged it as a name (rasd.ner.silver)."""
        self.lexicon = lexicon
        self.clusters = clusters or {}
        self.silver = silver or {}
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
        cluster = ""
        if cl:
            coarse, _, cluster = cl.partition(":")
            f.extend((f"k1={coarse}", f"k2={cluster}"))
        sv = self.silver.get(n) or self.silver.get(stem)
        silver: tuple[str, ...] = tuple(sv.split("|")) if sv else ()
        f.extend(f"sv={x}" for x in silver)
        wi = WordInfo(own=f, key=n, stem=stem, classes=classes, person_title="title" in classes,
                      shape=shape, cluster=cluster, silver=silver)
        wi.build_around()
        return wi

    # ------------------------------------------------------------ per document

    def document_layout(self, sentences: Sequence[Sequence[str]]
                        ) -> tuple[list[list[WordInfo]], list[list[list[str]]]]:
        """Every token's features in two parts: the cached :class:`WordInfo` of each
        token (whose ``own`` and ``around`` lists a token takes from itself and its
        neighbours, see :func:`token_features`) and the features of each position.

        The tagger encodes the word parts once per distinct word; training and
        tests see the same features flattened by :meth:`document_features`.
        """
        # the word cache read inline (a WordInfo is always truthy), the call only for new words
        cache = self._cache
        infos = [[cache.get(t) or self.info(t) for t in tokens] for tokens in sentences]
        hits = [self._hits(row) for row in infos]
        ctx = self._doc_context(infos, hits)
        return infos, [self._positions(row, h, _quote_flags(tokens), ctx)
                       for row, h, tokens in zip(infos, hits, sentences, strict=True)]

    def document_features(self, sentences: Sequence[Sequence[str]]) -> list[list[list[str]]]:
        """Feature lists for every token of every sentence of one document."""
        infos, positions = self.document_layout(sentences)
        return [[token_features(row, i, pos[i]) for i in range(len(row))]
                for row, pos in zip(infos, positions, strict=True)]

    def sentence_features(self, tokens: Sequence[str]) -> list[list[str]]:
        """Features of one sentence taken as a whole document."""
        return self.document_features([tokens])[0]

    def _doc_context(self, infos: list[list[WordInfo]], hits: list[list[str]]) -> DocContext:
        ctx = DocContext()
        for row, h in zip(infos, hits, strict=True):
            for i, wi in enumerate(row):
                if len(wi.stem) < 3 or wi.shape == "p":
                    continue
                ctx.counts[wi.stem] = ctx.counts.get(wi.stem, 0) + 1
                if i > 0 and row[i - 1].person_title:
                    ctx.after_title.add(wi.stem)
                if "given" in wi.classes and i + 1 < len(row):
                    ctx.near_given.add(row[i + 1].stem)
                if h[i]:
                    ctx.lex_type.setdefault(wi.stem, h[i][2:])
        return ctx

    def _positions(self, infos: list[WordInfo], hits: list[str], quoted: list[bool],
                   doc: DocContext) -> list[list[str]]:
        """The features of each position that are not a word's or a neighbour's cached lists."""
        n_tok = len(infos)
        out: list[list[str]] = []
        for i, wi in enumerate(infos):
            f = ["b"]
            if i == 0:
                f.append("BOS")
            if i == n_tok - 1:
                f.append("EOS")
            if i > 0:
                f.append(f"w-1w={infos[i - 1].key}|{wi.key}")
            if i + 1 < n_tok:
                f.append(f"ww+1={wi.key}|{infos[i + 1].key}")
            if hits[i]:
                f.append(f"lex={hits[i]}")
            if quoted[i]:
                f.append("inq")
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


# Which neighbour gives which of its ``around`` lists: offset -> index into WordInfo.around.
NEIGHBOURS = ((-2, 0), (-1, 1), (1, 2), (2, 3))


def token_features(row: Sequence[WordInfo], i: int, position: list[str]) -> list[str]:
    """The features of token i of a sentence: its own, its neighbours' and its position's."""
    f = [*row[i].own]
    n_tok = len(row)
    for off, k in NEIGHBOURS:
        if 0 <= i + off < n_tok:
            f.extend(row[i + off].around[k])
    f.extend(position)
    return f


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


def with_aux(feats: list[list[str]], aux_tags: Sequence[str]) -> list[list[str]]:
    """Add the auxiliary tagger's tags (trained on another corpus) around each token."""
    n = len(aux_tags)
    return [[*f, f"ax={aux_tags[i]}", f"ax-1={aux_tags[i - 1] if i else 'BOS'}",
             f"ax+1={aux_tags[i + 1] if i + 1 < n else 'EOS'}"] for i, f in enumerate(feats)]
