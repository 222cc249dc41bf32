"""Patterns rewritten for speed (their text first, the letter before it looked back at from
after it) match exactly where their look-behind-first spelling does."""

import random
import re

import pytest

from converter.languages import SUPPORTED, get_language
from converter.readers.plain_text import _SPACED_STOP, _spaced_hyphens
from converter.readers.spacing import _hyphen_rules, conjunctions

_PIECES = ("a", "b", "x", "1", "é", "и", "and", "or", "nor", "to", "y", "et", " ", " ", "-",
           " -", "- ", ",", ".", ";", ")", "”", "’", "\n")


@pytest.mark.parametrize("code", SUPPORTED)
def test_rewritten_patterns_match_as_before(code: str) -> None:
    language = get_language(code)
    conj = conjunctions(language)
    not_after = "".join(rf"(?<!\b{re.escape(c)})" for c in language.conjunctions)
    spaced, suspended = _spaced_hyphens(language)
    inside_word, glued_suspended = _hyphen_rules(language)
    pairs = [(rf"(?<=\w){not_after} -(?=\w)", spaced),
             (rf"(?<=\w) -(?=,| (?:{conj})\b)", suspended),
             (r"(?<=[\w)”’]) (?=[.,;:](?:\s|$))", _SPACED_STOP),
             (rf"(?<=\w)- (?!(?:{conj})\b)(?=\w)", inside_word),
             (rf"(?<=\w)-(?=(?:{conj}) )", glued_suspended)]
    rng = random.Random(code)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 25)))
        for before, now in pairs:
            assert ([m.span() for m in re.finditer(before, text)]
                    == [m.span() for m in now.finditer(text)]), (text, now.pattern)
