"""The words of a language, from a maintained frequency list: evidence for mending a word
pdftotext broke by letter-spacing ("contrib ute") where the document itself gives none.

(Not for hyphens lost at joined lines: a compound absent from a general list is as often
one word of UN usage, "stakeholders", "Centre", as a hyphenated one, "energy-efficient".)

The lists are pyspellchecker's (word frequencies from subtitles and Wikipedia, for English,
French, Spanish, Russian and Arabic among others).  A list is loaded on first use, once per
process (a few tenths of a second), and only for plain text that needs one.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

_COMMON = 100   # occurrences in the list below which a word may be a fragment of its sources


@lru_cache(maxsize=6)
def _frequencies(name: str) -> Mapping[str, int]:
    from spellchecker import SpellChecker  # imported here: only plain text needs it

    return SpellChecker(language=name, case_sensitive=False, distance=1).word_frequency.dictionary


class Lexicon:
    """Whether a word (in small letters) is a common word of the language; knows nothing
    when the language has no list (`name` None: Chinese writes no spaces to break)."""

    def __init__(self, name: str | None) -> None:
        self._name = name
        self._words: Mapping[str, int] | None = None

    def knows(self, word: str) -> bool:
        if self._name is None:
            return False
        if self._words is None:
            self._words = _frequencies(self._name)
        return self._words.get(word, 0) >= _COMMON

    def joins(self, a: str, b: str) -> bool:
        """Whether `a` and `b` are the fragments of one word: together a word, and one of them
        no word at all ("contrib ute", "a ltered"; not "see king")."""
        la, lb = a.lower(), b.lower()
        return self.knows(la + lb) and not (self.knows(la) and self.knows(lb))
