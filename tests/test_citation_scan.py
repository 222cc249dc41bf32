"""The pattern of the name before a citing word ("Human Rights Council resolution") looks
ahead at what a hit opens with (citations._who_opens): the same hits as without."""

import random
import re

import pytest

from converter.languages import SUPPORTED, get_language
from converter.segmentation.citations import _who_opens, _whocitation_patterns

_PIECES = ("Human", "Rights", "Council", "Assembly", "its", "of", "the", "and", "in", "on",
           "resolution", "Resolutions", "DECISION", "decisions", "xresolution", "ſ", "70/1",
           "2397 (2017)", ",", ";", ".", "(", "“", "’s", "-", "Совета", "резолюция", "Резолюции",
           "решение", "قرار", "القرارات", "مقرر", "决议", "决定", "résolution", "Décision",
           "resolución", "de", "la", "\n")


@pytest.mark.parametrize("code", SUPPORTED)
def test_opening_look_ahead_keeps_every_hit(code: str) -> None:
    language = get_language(code)
    who = _whocitation_patterns(language)[0]
    plain = re.compile(who.pattern.removeprefix(_who_opens(language)))
    rng = random.Random(code)
    for _ in range(1500):
        text = "".join(rng.choice(_PIECES) + rng.choice(("", " ", " ", "  "))
                       for _ in range(rng.randrange(1, 40)))
        assert ([(m.span(), m["who"]) for m in who.finditer(text)]
                == [(m.span(), m["who"]) for m in plain.finditer(text)]), text


@pytest.mark.parametrize("code", SUPPORTED)
def test_opening_look_ahead_admits_every_first_letter(code: str) -> None:
    """Every character a citing word's first letter matches (any case, as the regex engine
    folds it) passes the look-ahead: checked over the whole Basic Multilingual Plane."""
    language = get_language(code)
    opens = re.compile(_who_opens(language))
    firsts = {w[0] for w in language.resolution_words + language.decision_words}
    for first in firsts:
        letter = re.compile(rf"(?i:{re.escape(first)})")
        for c in map(chr, range(0x10000)):
            if letter.match(c):
                assert opens.match(c), (first, c)
