"""Word clusters that rasd learns from raw news (nothing downloaded).

Each frequent word gets two cluster ids (coarse and fine) from the words seen
just before and after it: a positive-PMI matrix of left/right neighbours is
reduced with a truncated SVD and grouped with k-means. Words used alike (names
of people, of towns, of months) fall into the same cluster, which lets the
tagger generalize to names it never saw in its training corpus.

Built once by ``rasd train ner`` (or ``python -m rasd.ner.clusters``) from
``../shared/data/news`` into ``rasd/models/ner_clusters.tsv``; the tagger only
reads that file.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from rasd.arabic.tokens import tokenize
from rasd.ner.features import norm_word

CLUSTERS_PATH = Path(__file__).resolve().parent.parent / "models" / "ner_clusters.tsv"


def news_sentences(paths: Iterable[str | Path], limit: int | None = None) -> Iterator[list[str]]:
    """Normalized token lists, one per line of title/content, from JSONL news files."""
    n = 0
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                for block in [rec.get("title") or "", *(rec.get("content") or "").split("\n")]:
                    toks = [norm_word(block[s:e]) for s, e in tokenize(block)]
                    if toks:
                        yield toks
                n += 1
                if limit and n >= limit:
                    return


def build_clusters(paths: Iterable[str | Path], output: str | Path = CLUSTERS_PATH, min_count: int = 5,
                   contexts: int = 3000, dims: int = 100, coarse: int = 64, fine: int = 500,
                   seed: int = 7) -> dict[str, int]:
    """Write ``word<TAB>coarse:fine`` for every word seen ``min_count`` times or more."""
    import numpy as np
    from scipy.cluster.vq import kmeans2
    from scipy.sparse import coo_matrix
    from scipy.sparse.linalg import svds

    sents = list(news_sentences(paths))
    freq = Counter(t for s in sents for t in s)
    vocab = [w for w, c in freq.most_common() if c >= min_count]
    vid = {w: i for i, w in enumerate(vocab)}
    ctx_words = [w for w, _ in freq.most_common(contexts)]
    cid = {w: i for i, w in enumerate(ctx_words)}
    pairs: Counter[tuple[int, int]] = Counter()
    for s in sents:
        padded = ["<s>", *s, "</s>"]
        for k in range(1, len(padded) - 1):
            w = vid.get(padded[k])
            if w is None:
                continue
            left, right = cid.get(padded[k - 1]), cid.get(padded[k + 1])
            if left is not None:
                pairs[(w, left)] += 1
            if right is not None:
                pairs[(w, contexts + right)] += 1
    rows = np.fromiter((p[0] for p in pairs), dtype=np.int32, count=len(pairs))
    cols = np.fromiter((p[1] for p in pairs), dtype=np.int32, count=len(pairs))
    vals = np.fromiter(pairs.values(), dtype=np.float64, count=len(pairs))
    # Positive PMI with context-distribution smoothing (alpha 0.75).
    row_sum = np.bincount(rows, weights=vals, minlength=len(vocab))
    col_sum = np.bincount(cols, weights=vals, minlength=2 * contexts) ** 0.75
    total = vals.sum()
    pmi = np.log(vals * total / (row_sum[rows] * col_sum[cols] * total / col_sum.sum()))
    keep = pmi > 0
    m = coo_matrix((pmi[keep], (rows[keep], cols[keep])), shape=(len(vocab), 2 * contexts)).tocsr()
    u, sigma, _ = svds(m, k=dims)
    vecs = u * np.sqrt(sigma)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    rng = np.random.default_rng(seed)
    _, coarse_ids = kmeans2(vecs, coarse, iter=20, minit="points", seed=rng)
    _, fine_ids = kmeans2(vecs, fine, iter=20, minit="points", seed=rng)
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# word\tcoarse:fine cluster ids, learned by rasd.ner.clusters from raw news text\n")
        for w, c1, c2 in zip(vocab, coarse_ids, fine_ids, strict=True):
            fh.write(f"{w}\t{c1}:{c2}\n")
    return {"sentences": len(sents), "tokens": sum(freq.values()), "words": len(vocab)}


@lru_cache(maxsize=4)
def load_clusters(path: str | None = None) -> dict[str, str]:
    """word -> "coarse:fine" (empty when the file is missing: the tagger then runs without them)."""
    p = Path(path) if path else CLUSTERS_PATH
    if not p.exists():
        return {}
    out: dict[str, str] = {}
    with open(p, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            word, _, ids = line.rstrip("\n").partition("\t")
            if ids:
                out[word] = ids
    return out


if __name__ == "__main__":
    import sys

    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
    print(build_clusters(sorted((shared / "data" / "news").glob("*.jsonl"))))
