"""rasd's lexicons seen by the tagger: word classes and lexicon span hits.

Everything comes from rasd's own data files (titles, given names, countries and
their nisba adjectives, the actor lexicon, places); nothing from the training
corpora's gazetteers, whose raw lists fire on common words more often than on
names (see ../shared/README.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rasd.arabic.lexdata import read_tsv
from rasd.lexicon.actors import ActorMatcher, alias_tokens, get_matcher
from rasd.lexicon.geo import country_of_nisba


class Gazetteer:
    """Implements :class:`rasd.ner.features.Lexicon` over rasd's lexicons."""

    def __init__(self, matcher: ActorMatcher | None = None):
        self.matcher = matcher or get_matcher()
        classes: dict[str, set[str]] = {}
        for row in read_tsv("titles.tsv"):
            if len(row) > 1:
                toks = alias_tokens(row[0])
                if len(toks) == 1:
                    classes.setdefault(toks[0], set()).add(row[1])
        for row in read_tsv("given_names.tsv"):
            toks = alias_tokens(row[0])
            if toks:
                classes.setdefault(toks[0], set()).add("given")
        # Single-token aliases of the lexicon, by type, ambiguous ones apart.
        for toks, payload in self.matcher.index.items():
            if len(toks) != 1:
                continue
            for entry, amb in payload:
                kind = entry.entity.kind or ""
                cls = "country" if kind == "country" else f"a_{entry.entity.type}"
                classes.setdefault(toks[0], set()).add(cls + ("?" if amb else ""))
        self._classes = {w: tuple(sorted(c)) for w, c in classes.items()}

    def word_classes(self, n: str) -> tuple[str, ...]:
        c = self._classes.get(n, ())
        if country_of_nisba(n):
            c = (*c, "nisba")
        return c

    def span_hits(self, norms: Sequence[str]) -> list[tuple[int, int, str]]:
        out = []
        for m in self.matcher.find(norms):
            typ = m.entity.type if m.named else m.entity.type + "~"
            out.append((m.start, m.end, typ + ("?" if m.ambiguous else "")))
        return out


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    return Gazetteer()
