"""Arabic text core: normalization for matching, tokens, sentences, clitics, stems."""

from rasd.arabic.normalize import normalize, normalize_with_map
from rasd.arabic.tokens import sentences, tokenize

__all__ = ["normalize", "normalize_with_map", "tokenize", "sentences"]
