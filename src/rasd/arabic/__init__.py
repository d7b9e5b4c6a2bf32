"""Arabic text core: normalization for matching, tokens, sentences, clitics, stems, numbers, calendars."""

from rasd.arabic.clitics import split_clitics
from rasd.arabic.normalize import normalize, normalize_with_map
from rasd.arabic.numbers import parse_number
from rasd.arabic.stem import light_stem
from rasd.arabic.tokens import sentences, tokenize

__all__ = ["normalize", "normalize_with_map", "tokenize", "sentences", "split_clitics", "light_stem", "parse_number"]
