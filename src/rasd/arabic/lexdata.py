"""Read the text core's lexicon files (TSV in ``rasd/lexicon/data``).

A lexicon file has a ``#`` header line naming its columns, then one entry per line,
columns separated by tabs. Blank lines and lines starting with ``#`` are skipped.
Files are read once per process (lru_cache): stages load their lexicons at import.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from rasd.arabic.normalize import normalize


@cache
def read_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of ``rasd/lexicon/data/<name>`` as tuples of stripped columns."""
    text = resources.files("rasd.lexicon").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(col.strip() for col in line.split("\t")))
    return tuple(rows)


@cache
def word_set(name: str, column: int = 0) -> frozenset[str]:
    """The normalized forms in one column of a lexicon file."""
    return frozenset(normalize(row[column]) for row in read_tsv(name) if len(row) > column and row[column])
