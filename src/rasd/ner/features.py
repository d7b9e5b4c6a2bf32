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

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain, compress, repeat
from operator import attrgetter
from typing import Protocol

import numpy as np
import regex

from rasd.arabic.memo import shared, word_memo
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


@word_memo(262_144)  # asked for every token by the tagger, the entity rules and the linker
def norm_word(token: str) -> str:
    """Normalized form of one token for features and lexicon lookups."""
    n = normalize_token(token)
    return n.lower() if n.isascii() else n


@word_memo(262_144)  # asked for every token by the tagger, the lexicon matcher and the linker
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
    return tuple(map(sys.intern, out))  # the variants are words other memos are asked about too


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
    """Everything about one distinct word that does not depend on its context.

    Its feature lists (``own``, ``around``) are built on first use: the tagger reads the
    summed weights of most words from its word table (rasd.ner.wordtable) and never
    needs their strings."""

    key: str  # normalized form used by neighbours
    stem: str
    classes: tuple[str, ...]  # lexicon word classes: title, org_head, given, nisba...
    person_title: bool
    shape: str = "ar"
    cluster: str = ""  # fine word-cluster id ("" when the word is unknown)
    silver: tuple[str, ...] = ()  # name types raw news gave this word, with a share bucket
    token: str = ""  # the word as written
    coarse: str | None = None  # coarse word-cluster id (None when the word has no cluster)
    article: bool = False  # carries the definite article (the ``al`` feature)

    @cached_property
    def own(self) -> list[str]:
        """Features of the word itself."""
        n, stem = self.key, self.stem
        f = [f"w={n}", f"st={stem}", f"sh={self.shape}", f"p2={n[:2]}", f"p3={n[:3]}",
             f"s1={n[-1:]}", f"s2={n[-2:]}", f"s3={n[-3:]}", f"s4={n[-4:]}", f"ss2={stem[-2:]}",
             f"sp3={stem[:3]}", f"len={min(len(stem), 8)}"]
        if self.token != n:
            f.append(f"raw={self.token}")
        if self.article:
            f.append("al")
        f.extend(f"c={c}" for c in self.classes)
        if self.coarse is not None:
            f.extend((f"k1={self.coarse}", f"k2={self.cluster}"))
        f.extend(f"sv={x}" for x in self.silver)
        return f

    @cached_property
    def around(self) -> tuple[list[str], ...]:
        """Features this word gives its neighbours, by offset (-2, -1, +1, +2)."""
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
        return tuple(near)


def forget_feature_lists(wi: WordInfo) -> None:
    """Drop the word's built ``own``/``around`` lists: they are rebuilt, equal, on the next use,
    and a process that keeps 100,000 words' infos should not keep their strings too."""
    wi.__dict__.pop("own", None)
    wi.__dict__.pop("around", None)


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

    def info(self, token: str, stored: Callable[[str], WordInfo | None] | None = None) -> WordInfo:
        """The word's :class:`WordInfo`, computed once. ``stored``: where the infos of common
        words were kept (a word table's ``info``, rasd.ner.wordtable), equal to computed ones."""
        wi = self._cache.get(token)
        if wi is None:
            token = sys.intern(token)  # the key, the info's token and the tagger's row key: one string
            wi = (stored and stored(token)) or self._compute(token)
            if len(self._cache) > 300_000:  # bound memory on huge runs
                self._cache.clear()
            self._cache[token] = wi
        return wi

    def _compute(self, token: str) -> WordInfo:
        n = norm_word(token)
        variants = clitic_variants(n)
        stem = variants[-1] if variants else n
        shape = shape_of(n) if n else "p"
        article = n.startswith("ال") or (bool(variants) and variants[-1] != n and n.find("ال") in (1, 2))
        classes: tuple[str, ...] = ()
        if self.lexicon is not None and shape in ("ar", "Lu", "lat", "mix"):
            found: list[str] = []
            for form in (n, *variants):
                for c in self.lexicon.word_classes(form):
                    if c not in found:
                        found.append(c)
            classes = shared(tuple(found))  # a few hundred distinct tuples among 100,000 words
        cl = self.clusters.get(n) or self.clusters.get(stem)
        coarse: str | None = None
        cluster = ""
        if cl:
            coarse, _, cluster = map(sys.intern, cl.partition(":"))  # cluster ids: one string each
        sv = self.silver.get(n) or self.silver.get(stem)
        silver: tuple[str, ...] = shared(tuple(map(sys.intern, sv.split("|")))) if sv else ()
        return WordInfo(key=n, stem=stem, classes=classes, person_title="title" in classes, shape=shape,
                        cluster=cluster, silver=silver, token=token, coarse=coarse, article=article)

    # ------------------------------------------------------------ per document

    def document_layout(self, sentences: Sequence[Sequence[str]]
                        ) -> tuple[list[list[WordInfo]], list[list[list[str]]]]:
        """Every token's features in two parts: the cached :class:`WordInfo` of each
        token (whose ``own`` and ``around`` lists a token takes from itself and its
        neighbours, see :func:`token_features`) and the features of each position.

        The tagger encodes the word parts once per distinct word; training and
        tests see the same features flattened by :meth:`document_features`.
        """
        infos, hits, ctx = self.document_words(sentences)
        return infos, [self._positions(row, h, _quote_flags(tokens), ctx)
                       for row, h, tokens in zip(infos, hits, sentences, strict=True)]

    def document_words(self, sentences: Sequence[Sequence[str]],
                       stored: Callable[[str], WordInfo | None] | None = None
                       ) -> tuple[list[list[WordInfo]], list[list[str]], DocContext]:
        """What the position features are made of: each token's :class:`WordInfo`, its
        lexicon BIO tag, and the document's context. ``stored``: as for :meth:`info`."""
        # the word cache read inline (a WordInfo is always truthy), the call only for new words
        cache = self._cache
        infos = [[cache.get(t) or self.info(t, stored) for t in tokens] for tokens in sentences]
        hits = [self._hits(row) for row in infos]
        return infos, hits, self._doc_context(infos, hits)

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

    def position_ids(self, sentences: Sequence[Sequence[str]], infos: list[list[WordInfo]],
                     hits: list[list[str]], doc: DocContext, ids: dict[str, int], unknown: int,
                     pairs: dict[tuple[str, str], tuple[int, int]]) -> np.ndarray:
        """The ids (in ``ids``; ``unknown`` for a name it lacks) of the features :meth:`_positions`
        lists, for every token of the document: a (tokens, POSITION_SLOTS) array, one column per
        kind of feature in the order ``_positions`` adds them, ``unknown`` where a position has
        none of that kind. Summing the weight rows column by column gives a position's score
        with the same additions, in the same order, as summing its feature list; the features are
        built per column, in C-level passes where possible, instead of a list per position.
        ``pairs``: :func:`pair_feature_ids` of ``ids``. Must list what ``_positions`` lists
        (tests/test_fast_paths2.py compares them)."""
        flat = list(chain.from_iterable(infos))
        size = len(flat)
        cols = np.full((size, POSITION_SLOTS), unknown, dtype=np.intp)
        if not size:
            return cols
        get = ids.get
        lengths = [len(row) for row in infos]
        ends = np.cumsum(lengths)
        some = np.asarray(lengths) > 0  # an empty sentence has no first nor last token
        firsts, lasts = (ends - lengths)[some], (ends - 1)[some]
        cols[:, 0] = get("b", unknown)
        cols[firsts, 1] = get("BOS", unknown)
        cols[lasts, 2] = get("EOS", unknown)
        keys = list(map(_KEY, flat))
        # most pairs of words are no pair any model knows: one lookup each, no strings built
        known = list(map(pairs.get, zip(keys[:-1], keys[1:], strict=True)))
        # only the pairs found are visited in Python (compress skips the Nones at C level)
        at = list(compress(range(size - 1), known))
        if at:
            found = np.array([known[k] for k in at], dtype=np.intp).reshape(-1, 2)
            left = np.array(at, dtype=np.intp)
            cols[left + 1, 3] = found[:, 0]  # w-1w, to the right word of a pair
            cols[left, 4] = found[:, 1]  # ww+1, to the left one
        cols[firsts, 3] = unknown  # pairs across a sentence boundary are no pairs
        cols[lasts, 4] = unknown
        tags = list(chain.from_iterable(hits))
        if any(tags):
            lex = {t: get("lex=" + t, unknown) if t else unknown for t in set(tags)}
            cols[:, 5] = list(map(lex.__getitem__, tags))
        inq = get("inq", unknown)
        for tokens, first in zip(sentences, ends - lengths, strict=True):
            if not OPEN_QUOTES.isdisjoint(tokens):  # no token is inside a quotation before one opens
                flags = np.fromiter(_quote_flags(tokens), dtype=bool, count=len(tokens))
                cols[first + np.flatnonzero(flags), 6] = inq
        stems = list(map(_STEM, flat))
        after = np.fromiter(map(doc.after_title.__contains__, stems), dtype=bool, count=size)
        cols[after, 7] = get("d_title", unknown)
        if doc.lex_type:
            # one feature name per stem of a lexicon match, not per token
            lex_ids = {stem: get(f"d_lex={t}", unknown) if t else unknown for stem, t in doc.lex_type.items()}
            cols[:, 8] = np.fromiter(map(lex_ids.get, stems, repeat(unknown)), dtype=np.intp, count=size)
        given = np.fromiter(map(doc.near_given.__contains__, stems), dtype=bool, count=size)
        cols[given, 9] = get("d_given", unknown)
        counts = np.fromiter(map(doc.counts.get, stems, repeat(0)), dtype=np.intp, count=size)
        cols[(counts > 1) & (counts < 4), 10] = get("d_rep", unknown)
        cols[counts >= 4, 10] = get("d_rep4", unknown)
        return cols

    def _hits(self, infos: list[WordInfo]) -> list[str]:
        """BIO lexicon tag per position from the longest lexicon matches."""
        tags = [""] * len(infos)
        if self.lexicon is None:
            return tags
        for start, end, typ in self.lexicon.span_hits(list(map(_KEY, infos))):
            tags[start] = "B-" + typ
            for k in range(start + 1, end):
                tags[k] = "I-" + typ
        return tags


def pair_feature_ids(ids: dict[str, int], unknown: int) -> dict[tuple[str, str], tuple[int, int]]:
    """The ids of the two features a pair of neighbouring words (a, b) gives (``w-1w=a|b`` to b,
    ``ww+1=a|b`` to a; ``unknown`` for one not in ``ids``), for every pair ``ids`` has a feature of.
    A feature name is split at each ``|`` it has, so a word holding one is found too."""
    out: dict[tuple[str, str], list[int]] = {}
    for name, i in ids.items():
        slot = 0 if name.startswith("w-1w=") else 1 if name.startswith("ww+1=") else None
        if slot is None:
            continue
        body = name[5:]
        at = body.find("|")
        while at >= 0:
            out.setdefault((body[:at], body[at + 1:]), [unknown, unknown])[slot] = i
            at = body.find("|", at + 1)
    return {k: (v[0], v[1]) for k, v in out.items()}


_KEY = attrgetter("key")
_STEM = attrgetter("stem")

# Kinds of position features (:meth:`FeatureExtractor.position_ids`): b, BOS, EOS, w-1w, ww+1,
# lex, inq, d_title, d_lex, d_given, d_rep/d_rep4.
POSITION_SLOTS = 11

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
