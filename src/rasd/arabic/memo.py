"""Per-word memos that cost little memory: a plain dict, emptied when full.

The stages ask the same questions of the same words millions of times (is it a title,
a nisba, a number word?), so the answers are memoized per word. ``functools.lru_cache``
keeps ~100 bytes of bookkeeping per entry and a copy of each key string per cache; a
:class:`WordMemo` keeps ~40 bytes per entry and interns its string keys and string
values, so every memo of a worker shares one string per word. Only for pure functions
of one hashable argument: the answer is the same whether memoized or not.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Hashable
from typing import Any, NamedTuple, TypeVar

R = TypeVar("R")

_intern = sys.intern


# Entries a per-word memo keeps before it is emptied: the commonest 50,000 words are ~97% of
# running news text, and a worker's memory stays bounded on any corpus.
MEMO_LIMIT = 50_000


class MemoInfo(NamedTuple):
    """What :meth:`WordMemo.cache_info` reports (the fields tools read from lru_cache's)."""

    currsize: int
    maxsize: int


class WordMemo(dict):  # type: ignore[type-arg]
    """``fn(key)`` memoized: a call on a known key is a C-level dict read (``__call__`` is
    ``dict.__getitem__``; ``__missing__`` computes the rest). Holds at most ``limit``
    entries: it is emptied before a new key would go past that (bounded memory, and no
    per-entry recency to keep)."""

    def __init__(self, fn: Callable[[Any], Any], limit: int):
        super().__init__()
        self.__wrapped__ = fn
        self.__doc__ = fn.__doc__
        self.__name__ = getattr(fn, "__name__", "memo")
        self.limit = limit

    __call__ = dict.__getitem__

    def __missing__(self, key: Hashable) -> Any:
        value = self.__wrapped__(key)
        if len(self) >= self.limit:
            self.clear()
        if type(key) is str:  # one shared string per word across every memo
            key = _intern(key)
        if type(value) is str:
            value = _intern(value)
        self[key] = value
        return value

    def cache_clear(self) -> None:
        self.clear()

    def cache_info(self) -> MemoInfo:
        return MemoInfo(len(self), self.limit)

    # One memo is one object, whatever it holds: equal only to itself, hashable like a function.
    __eq__ = object.__eq__  # type: ignore[assignment]
    __hash__ = object.__hash__  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<WordMemo {self.__name__} {len(self)}/{self.limit}>"


def word_memo(limit: int) -> Callable[[Callable[[Any], R]], Callable[[Any], R]]:
    """Decorator: memoize a pure function of one argument in a :class:`WordMemo` of ``limit``."""

    def wrap(fn: Callable[[Any], R]) -> Callable[[Any], R]:
        return WordMemo(fn, limit)

    return wrap


_shared: dict[Any, Any] = {}
SHARED_LIMIT = 4_096  # distinct small values (class sets, tuples of classes) kept shared


def shared(value: R) -> R:
    """One object for equal small immutable values (a frozenset of word classes, a tuple):
    a memo of 100,000 words then holds a few hundred distinct values, not 100,000 copies."""
    got = _shared.get(value)
    if got is None:
        if len(_shared) >= SHARED_LIMIT:
            return value
        got = _shared[value] = value
    return got  # type: ignore[no-any-return]
