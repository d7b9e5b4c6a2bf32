"""User search queries → safe term queries for FTS5 and PostgreSQL.

The grammar is deliberately small so that nothing a user types can be a syntax
error in the database: words (ANDed), ``"exact phrases"``, and ``OR`` (or ``|``)
between two items. Every word goes through the same analyzer as the index, and
the analyzer emits letters and digits only, so quoting terms is always safe.
An unbalanced quotation mark just closes at the end of the query.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from rasd.store.analyzer import analyze

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32

# A phrase in any quotation style (normalize() would fold these too), or a bare word.
_ITEM = regex.compile(r'["«»“”„]([^"«»“”„]*)["«»“”„]?|(\S+)')
_OR_WORDS = {"OR", "|"}


class SearchSyntaxError(ValueError):
    """A query (or filter) the user must fix; the message says how."""


@dataclass
class TermQuery:
    """AND of groups; each group is an OR of phrases; a phrase is 1+ terms in order."""

    groups: list[list[list[str]]] = field(default_factory=list)

    @property
    def terms(self) -> set[str]:
        return {t for g in self.groups for phrase in g for t in phrase}

    def __bool__(self) -> bool:
        return bool(self.groups)

    def fts5(self) -> str:
        """FTS5 MATCH string: "a" AND ("b c" OR "d")."""
        return " AND ".join(
            "(" + " OR ".join(f'"{" ".join(p)}"' for p in g) + ")" if len(g) > 1 else f'"{" ".join(g[0])}"'
            for g in self.groups
        )

    def tsquery(self) -> str:
        """PostgreSQL to_tsquery string: 'a' & ('b' <-> 'c' | 'd')."""

        def phrase(p: list[str]) -> str:
            inner = " <-> ".join(f"'{t}'" for t in p)
            return f"({inner})" if len(p) > 1 else inner

        return " & ".join(
            "(" + " | ".join(phrase(p) for p in g) + ")" if len(g) > 1 else phrase(g[0]) for g in self.groups
        )


def parse_query(q: str) -> TermQuery:
    """Parse what a user typed. Raises SearchSyntaxError only for absurd sizes."""
    if len(q) > MAX_QUERY_CHARS:
        raise SearchSyntaxError(f"query is too long ({len(q)} characters; at most {MAX_QUERY_CHARS})")
    items: list[list[str] | None] = []  # None marks an OR between neighbours
    for m in _ITEM.finditer(q):
        phrase_text, word = m.group(1), m.group(2)
        if word is not None and word in _OR_WORDS:
            items.append(None)
            continue
        terms = analyze(phrase_text if phrase_text is not None else word)
        if terms:
            items.append(terms)
    groups: list[list[list[str]]] = []
    join_next = False
    for item in items:
        if item is None:
            join_next = bool(groups)
            continue
        if join_next:
            groups[-1].append(item)
        else:
            groups.append([item])
        join_next = False
    query = TermQuery(groups)
    n_terms = sum(len(p) for g in groups for p in g)
    if n_terms > MAX_TERMS:
        raise SearchSyntaxError(f"query has {n_terms} terms; at most {MAX_TERMS}")
    return query
