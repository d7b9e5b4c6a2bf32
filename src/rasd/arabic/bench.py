"""Throughput of the text core: normalize + tokenize, characters per second on one core."""

from __future__ import annotations

import time
from collections.abc import Iterable

from rasd.arabic.normalize import normalize
from rasd.arabic.tokens import tokenize

TARGET_CHARS_PER_S = 1_000_000


def bench_text_core(texts: Iterable[str], repeat: int = 3, quiet: bool = False) -> dict[str, float | int | bool]:
    """Time ``normalize`` and ``tokenize`` over ``texts`` (best of ``repeat`` runs) and print chars/s.

    Returns ``{"texts", "chars", "tokens", "seconds", "chars_per_s", "normalize_chars_per_s",
    "tokenize_chars_per_s", "meets_target"}``; the target is 1M characters/s for both together.
    """
    items = [t for t in texts if t]
    chars = sum(len(t) for t in items)
    best_norm = best_tok = float("inf")
    tokens = 0
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        for t in items:
            normalize(t)
        t1 = time.perf_counter()
        tokens = 0
        for t in items:
            tokens += len(tokenize(t))
        t2 = time.perf_counter()
        best_norm = min(best_norm, t1 - t0)
        best_tok = min(best_tok, t2 - t1)
    seconds = best_norm + best_tok
    rate = chars / seconds if seconds > 0 else float("inf")
    report: dict[str, float | int | bool] = {
        "texts": len(items),
        "chars": chars,
        "tokens": tokens,
        "seconds": round(seconds, 4),
        "chars_per_s": round(rate),
        "normalize_chars_per_s": round(chars / best_norm) if best_norm > 0 else 0,
        "tokenize_chars_per_s": round(chars / best_tok) if best_tok > 0 else 0,
        "meets_target": rate >= TARGET_CHARS_PER_S,
    }
    if not quiet:
        print(f"text core: {chars:,} chars in {seconds:.3f}s = {rate:,.0f} chars/s "
              f"(normalize {report['normalize_chars_per_s']:,}/s, tokenize {report['tokenize_chars_per_s']:,}/s)")
    return report
