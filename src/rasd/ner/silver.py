"""A name lexicon rasd learns by tagging raw news with a first model ("silver" tags).

A name that is hard to recognize in one sentence is often easy in another
(after a title, in a list of cities). Tagging the whole news corpus once and
counting, per word, how often it came out as part of a PER, ORG, LOC or MISC name
gives the final tagger that evidence as a feature of the word. Built by
``rasd train ner`` into ``rasd/models/ner_silver.tsv``; words seen fewer than
``min_count`` times are left out.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from rasd.arabic.tokens import sentences, tokenize

SILVER_PATH = Path(__file__).resolve().parent.parent / "models" / "ner_silver.tsv"
TYPES = ("PER", "ORG", "LOC", "MISC")


def news_documents(paths: Iterable[str | Path], limit: int | None = None) -> Iterator[list[list[str]]]:
    """Articles of JSONL news files as lists of sentences of token strings."""
    n = 0
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                text = "\n".join([rec.get("title") or "", rec.get("content") or ""])
                doc = []
                for s, e in sentences(text):
                    toks = [text[a:b] for a, b in tokenize(text, s, e)]
                    if toks:
                        doc.append(toks)
                if doc:
                    yield doc
                n += 1
                if limit and n >= limit:
                    return


def count_tags(tag_document, docs: Iterable[list[list[str]]], key) -> dict[str, Counter]:
    """word key -> Counter of entity types (and "O") over all tagged occurrences."""
    counts: dict[str, Counter] = {}
    for doc in docs:
        for toks, tags in zip(doc, tag_document(doc), strict=True):
            for tok, tag in zip(toks, tags, strict=True):
                k = key(tok)
                if not k or not any(ch.isalpha() for ch in k):
                    continue
                c = counts.get(k)
                if c is None:
                    c = counts[k] = Counter()
                c[tag[2:] if tag != "O" else "O"] += 1
    return counts


def silver_table(counts: dict[str, Counter], min_count: int = 3) -> dict[str, str]:
    """word -> compact feature value, e.g. "PER:hi" or "LOC:mid|PER:lo"."""
    out: dict[str, str] = {}
    for word, c in counts.items():
        total = sum(c.values())
        if total < min_count:
            continue
        parts = []
        for t in TYPES:
            frac = c[t] / total
            if frac >= 0.1:
                parts.append(f"{t}:{'hi' if frac >= 0.7 else 'mid' if frac >= 0.35 else 'lo'}")
        out[word] = "|".join(parts) if parts else "O"
    return out


def write_silver(table: dict[str, str], output: str | Path = SILVER_PATH) -> None:
    with open(output, "w", encoding="utf-8") as fh:
        fh.write("# word\tshare of its occurrences in raw news tagged as part of a name, by type "
                 "(hi >= .7, mid >= .35, lo >= .1; O = rarely), learned by rasd.ner.silver\n")
        for w in sorted(table):
            fh.write(f"{w}\t{table[w]}\n")


@lru_cache(maxsize=4)
def load_silver(path: str | None = None) -> dict[str, str]:
    p = Path(path) if path else SILVER_PATH
    if not p.exists():
        return {}
    out = {}
    with open(p, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            w, _, v = line.rstrip("\n").partition("\t")
            if v:
                out[w] = v
    return out
