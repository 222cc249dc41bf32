"""The words of a language, from a maintained frequency list: evidence for mending a word
pdftotext broke by letter-spacing ("contrib ute") where the document itself gives none.

At joined lines, a compound absent from a general list is as often one word of UN usage
("stakeholders", "peacebuilding": the table's closed compounds) or an inflected form the
list leaves out ("seaports": the table's inflections) as a hyphenated one ("cost-saving"):
the list is asked there last, where the document itself gives no evidence.

The lists are pyspellchecker's (word frequencies from subtitles and Wikipedia, for English,
French, Spanish, Russian and Arabic among others).  A list is loaded on first use, once per
process (0.01-0.06 s, 1-10 MB), for plain text that needs one and for a PDF with a gap
between letters that only the words can judge (pdf/lines.py).
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
from functools import lru_cache
from pathlib import Path

_LAST_LETTERS = re.compile(r"[^\W\d_]+$")
_FIRST_LETTERS = re.compile(r"[^\W\d_]+")
_COMMON = 100   # occurrences in the list below which a word may be a fragment of its sources
# an entry of the packaged lists ({"word": count, ...}, lower-case words) counted _COMMON or
# more (three digits or more)
_COMMON_ENTRY = re.compile(r'"([^"\\]*)": [1-9]\d{2,}\b')


@lru_cache(maxsize=6)
def _common_words(name: str) -> frozenset[str]:
    """The words counted _COMMON times or more: scanned from the list's text rather than
    loaded whole (a PDF reader asks it too: 8 MB and 0.05 s instead of 37 MB and 0.12 s)."""
    spec = importlib.util.find_spec("spellchecker")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("pyspellchecker is not installed")
    path = Path(spec.origin).parent / "resources" / f"{name}.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        text = f.read()
    words = frozenset(m.group(1) for m in _COMMON_ENTRY.finditer(text))
    if not words:   # a format the scan does not know: read it whole
        words = frozenset(w.lower() for w, n in json.loads(text).items() if n >= _COMMON)
    return words


class Lexicon:
    """Whether a word (in small letters) is a common word of the language; knows nothing
    when the language has no list (`name` None: Chinese writes no spaces to break)."""

    def __init__(self, name: str | None) -> None:
        self._name = name
        self._words: frozenset[str] | None = None

    def knows(self, word: str) -> bool:
        if self._name is None:
            return False
        if self._words is None:
            self._words = _common_words(self._name)
        return word in self._words

    def knows_form(self, word: str, inflections: tuple[tuple[str, str], ...]) -> bool:
        """Whether `word` is a word of the list or an inflected form of one ("seaports",
        "underscoring", "indebtedness")."""
        return self.knows(word) or any(
            word.endswith(end) and len(word) - len(end) >= 3
            and self.knows(word[:len(word) - len(end)] + stem) for end, stem in inflections)

    def joins(self, a: str, b: str) -> bool:
        """Whether `a` and `b` are the fragments of one word: together a word, and one of them
        no word at all ("contrib ute", "a ltered"; not "see king")."""
        la, lb = a.lower(), b.lower()
        return self.knows(la + lb) and not (self.knows(la) and self.knows(lb))

    def separates(self, left: str, right: str) -> bool:
        """Whether a narrow gap between the texts `left` and `right` is a word space: the
        letters on either side are two words and together none ("human|rights", not
        "confer|ence", "see|king")."""
        a, b = _LAST_LETTERS.search(left), _FIRST_LETTERS.match(right)
        if a is None or b is None:
            return False
        la, lb = a.group().lower(), b.group().lower()
        return self.knows(la) and self.knows(lb) and not self.knows(la + lb)
