"""Readers for `token TAG` NER corpora, mapped to rasd's four types (BIO).

ANERcorp has no sentence breaks (sentences end at sentence-final punctuation),
carries U+200F marks and a few malformed lines; AQMAR has blank-line sentence
breaks and MIS0..MIS3 tags; WikiFANE has 50 fine classes, TAB separators and
LRM/BOM marks. All come out as lists of (tokens, tags) sentences.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import compress, repeat
from operator import ne
from pathlib import Path

Sentence = tuple[list[str], list[str]]

_MARKS = str.maketrans({c: None for c in "\u200e\u200f\ufeff\u202a\u202b\u202c"})
SENTENCE_FINAL = frozenset({".", "!", "?", "؟", "…"})
MAX_SENTENCE = 120  # lists without punctuation: cut them so no "sentence" is a whole article

# WikiFANE fine classes -> rasd types. Groups of people (nationalities, tribes)
# are not names in ANERcorp's guidelines, so they become O.
_FANE_PER = {"Politician", "Religious_PER", "Artist", "Other_PER", "Scientist", "Athlete",
             "Businessperson", "Engineer", "Lawyer", "Police"}
_FANE_LOC = {"Population-Center", "Nation", "Water-Body", "State-or-Province", "Building-Grounds",
             "Celestial", "Land-Region-Natural", "Path", "Continent", "GPE-Cluster",
             "County-or-District", "Airport", "Subarea-Facility"}
_FANE_ORG = {"Commercial", "Non-Governmental", "Government", "Educational", "Media", "Sports",
             "Religious_ORG", "Medical-Science", "Entertainment"}
_FANE_O = {"Group"}


def map_tag(tag: str) -> str:
    """Any corpus's tag to O / B-TYPE / I-TYPE with TYPE in PER, ORG, LOC, MISC."""
    tag = tag.strip().translate(_MARKS)
    if not tag or tag in {"O", "OO"} or len(tag) < 3 or tag[1] != "-" or tag[0] not in "BI":
        return "O"
    prefix, label = tag[0], tag[2:].strip("-`")
    if label in {"PERS", "PER"}:
        kind = "PER"
    elif label in {"LOC", "ORG"}:
        kind = label
    elif label.startswith("MIS") or label == "MISC":
        kind = "MISC"
    elif label in _FANE_PER:
        kind = "PER"
    elif label in _FANE_LOC:
        kind = "LOC"
    elif label in _FANE_ORG:
        kind = "ORG"
    elif label in _FANE_O:
        return "O"
    else:  # FANE products, weapons, vehicles, works...
        kind = "MISC"
    return f"{prefix}-{kind}"


def repair_bio(tags: list[str]) -> list[str]:
    """An I- that does not continue its type becomes B- (corpora have such slips)."""
    out = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def _pairs(path: Path) -> Iterator[tuple[str, str] | None]:
    """(token, tag) per line; None at a blank line (a sentence break)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n").translate(_MARKS)
            parts = line.replace("\t", " ").split()
            if not parts:
                yield None
                continue
            if len(parts) == 1:  # a token that was only a mark, or a tag with no token
                if parts[0] in {"O"} or parts[0][:2] in {"B-", "I-"}:
                    continue
                yield parts[0], "O"
                continue
            yield parts[0], parts[-1]


def read_conll(path: str | Path, split_on_punct: bool = True) -> list[Sentence]:
    """Sentences of a `token TAG` file: blank lines and (optionally) sentence-final punctuation end them."""
    out: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if toks:
            out.append((toks[:], repair_bio(tags)))
        toks.clear()
        tags.clear()

    for item in _pairs(Path(path)):
        if item is None:
            flush()
            continue
        tok, tag = item
        toks.append(tok)
        tags.append(map_tag(tag))
        if (split_on_punct and tok in SENTENCE_FINAL and tags[-1] == "O") or len(toks) >= MAX_SENTENCE:
            flush()
    flush()
    return out


def read_folder(path: str | Path) -> list[Sentence]:
    """Every *.txt file of a folder (AQMAR's articles), in name order."""
    out: list[Sentence] = []
    for f in sorted(Path(path).glob("*.txt")):
        out.extend(read_conll(f))
    return out


def read_corpus(path: str | Path) -> list[Sentence]:
    p = Path(path)
    return read_folder(p) if p.is_dir() else read_conll(p)


def group_documents(sentences: list[Sentence], size: int = 20) -> list[list[Sentence]]:
    """Pseudo-documents of consecutive sentences (ANERcorp has no article breaks).

    Document-level features need a document; runs of ``size`` sentences stand for
    an article about as long as a news story.
    """
    return [sentences[i:i + size] for i in range(0, len(sentences), size)]


def bio_spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) of every entity in a BIO sequence; a stray I- starts one."""
    spans: set[tuple[int, int, str]] = set()
    if tags.count("O") == len(tags):  # most sentences name nothing: one C-level pass says so
        return spans
    # Only the tagged positions are visited (an O between two ends the span before it).
    start, last, kind = -1, -1, ""
    for i in compress(range(len(tags)), map(ne, tags, repeat("O"))):
        tag = tags[i]
        if kind and i == last + 1 and tag.startswith("I-") and kind == tag[2:]:
            last = i
            continue
        if kind:
            spans.add((start, last + 1, kind))
            kind = ""
        if tag[:2] in ("B-", "I-"):
            start, last, kind = i, i, tag[2:]
    if kind:
        spans.add((start, last + 1, kind))
    return spans
