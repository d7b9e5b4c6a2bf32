"""Exact and near-duplicate articles: a hash of the normalized text, and MinHash LSH.

Wire services put the same story in many papers with a changed sentence or a new
headline; those are near duplicates (Jaccard similarity of word 3-shingles at or
above the threshold).

Why 3-word shingles and 128 permutations (measured on the 7,222 articles of
shared/data/news): 5-shingles punish short items (a 40-word brief with one changed
sentence scores 0.77) and found 126 near-duplicate pairs where 3-shingles find 195,
every extra pair checked by hand a re-published wire story; 64 permutations estimate
Jaccard with a standard deviation near 0.05, enough to flip a 0.82 pair below 0.8,
while 128 cost 4% of add() time (hashing the shingles dominates). The signature is stable bytes, so a store can keep it and a
later run can seed the index without re-reading old articles:

    8 bytes   blake2b digest of the normalized text (exact duplicates)
    8 x N     the N MinHash values as little-endian uint64 (near duplicates)

MinHash is datasketch's ``affine32`` scheme, seed 1, SHA-1 of UTF-8 shingles: named
explicitly so a datasketch upgrade cannot silently change the values.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

import numpy as np
import regex
from datasketch import MinHash, MinHashLSH

from rasd.arabic import normalize

SHINGLE = 3
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"
DIGEST = 8
LSH_ROWS = 4
SHINGLE_BATCH = 20_000  # shingles hashed at a time (memory: num_perm x this x 8 bytes)
_WORD = regex.compile(r"[\p{L}\p{N}]+")


class Deduplicator:
    """``add(id, text)`` returns the id of the first copy of ``text``, or registers it."""

    def __init__(self, threshold: float = 0.8, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self._template = MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME)
        # Many short bands: LSH only proposes candidates and every candidate is checked
        # against the threshold, so the index is tuned for recall. datasketch's own choice
        # for 0.8 (9 bands of 13 rows) misses about one pair in ten at a true 0.9.
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, params=(num_perm // LSH_ROWS, LSH_ROWS))
        self._exact: dict[bytes, str] = {}
        self._values: dict[str, np.ndarray] = {}  # id -> MinHash values, to confirm LSH candidates
        self._order: dict[str, int] = {}  # id -> registration order: the first copy wins

    def __len__(self) -> int:
        return len(self._order)

    # ---------------------------------------------------------------- signatures

    def signature(self, text: str) -> bytes:
        digest, values = self._sign(text)
        return digest + values.astype("<u8").tobytes()

    def _sign(self, text: str) -> tuple[bytes, np.ndarray]:
        norm = normalize(text)
        digest = hashlib.blake2b(norm.encode("utf-8"), digest_size=DIGEST).digest()
        m = MinHash(num_perm=self.num_perm, seed=SEED, scheme=SCHEME, permutations=self._template.permutations)
        for batch in _shingle_batches(norm):
            m.update_batch(batch)
        return digest, m.hashvalues

    def _parse(self, sig: bytes) -> tuple[bytes, np.ndarray]:
        expected = DIGEST + 8 * self.num_perm
        if len(sig) != expected:
            raise ValueError(f"signature of {len(sig)} bytes; expected {expected} (num_perm={self.num_perm})")
        values = np.frombuffer(sig, dtype="<u8", offset=DIGEST).astype(self._template.hashvalues.dtype)
        return sig[:DIGEST], values

    # ---------------------------------------------------------------- index

    def add(self, article_id: str, text: str) -> str | None:
        """The id of an earlier copy of ``text`` (exact or near), else None after registering it."""
        return self._add(article_id, *self._sign(text))

    def add_signed(self, article_id: str, signature: bytes) -> str | None:
        """:meth:`add` for a text already signed with :meth:`signature` (sign once, store the bytes)."""
        return self._add(article_id, *self._parse(signature))

    def _add(self, article_id: str, digest: bytes, values: np.ndarray) -> str | None:
        original = self.find(digest, values)
        if original is not None:
            return original
        self._register(article_id, digest, values)
        return None

    def load(self, entries: Iterable[tuple[str, bytes]]) -> int:
        """Seed the index from stored ``(id, signature())`` pairs; returns how many were loaded.

        Bad or empty signatures are skipped (a store may hold rows written before signing).
        """
        loaded = 0
        for article_id, sig in entries:
            if not sig or article_id in self._order:
                continue
            try:
                digest, values = self._parse(bytes(sig))
            except ValueError:
                continue
            self._register(article_id, digest, values)
            loaded += 1
        return loaded

    def find(self, digest: bytes, values: np.ndarray) -> str | None:
        exact = self._exact.get(digest)
        if exact is not None:
            return exact
        if _is_empty(values):
            return None  # too little text to compare
        candidates = self._lsh.query(self._minhash(values))
        best: str | None = None
        for cand in candidates:
            if self._jaccard(values, self._values[cand]) >= self.threshold and (
                best is None or self._order[cand] < self._order[best]
            ):
                best = cand
        return best

    def _register(self, article_id: str, digest: bytes, values: np.ndarray) -> None:
        self._order[article_id] = len(self._order)
        self._exact.setdefault(digest, article_id)
        if not _is_empty(values):
            self._values[article_id] = values
            self._lsh.insert(article_id, self._minhash(values), check_duplication=False)

    def _minhash(self, values: np.ndarray) -> MinHash:
        return MinHash(seed=SEED, scheme=SCHEME, hashvalues=values, permutations=self._template.permutations)

    @staticmethod
    def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
        return float(np.count_nonzero(a == b)) / len(a)


def shingles(words: list[str], size: int | None = None) -> list[bytes]:
    """Word ``size``-shingles as UTF-8 bytes; a text shorter than that is one shingle."""
    size = size or SHINGLE
    if len(words) <= size:
        return [" ".join(words).encode("utf-8")]
    return [" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)]


def _shingle_batches(norm: str) -> Iterator[list[bytes]]:
    """``shingles()`` of every word of ``norm``, SHINGLE_BATCH at a time. datasketch hashes a batch
    as one (num_perm x shingles) array: 5 GB for a 50 MB text at once. The minimum over batches is
    the same minimum, so the signature does not change; and the words are never all in memory."""
    window: list[str] = []
    sent = False
    for m in _WORD.finditer(norm):
        window.append(m.group())
        if len(window) == SHINGLE_BATCH + SHINGLE - 1:
            yield shingles(window)
            sent = True
            window = window[-(SHINGLE - 1):]  # the next shingle starts inside this batch's tail
    if len(window) >= SHINGLE or (window and not sent):
        yield shingles(window)


def _is_empty(values: np.ndarray) -> bool:
    return bool(np.all(values == np.iinfo(values.dtype).max))
