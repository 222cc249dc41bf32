"""The patterns a text is searched with for citations look ahead at what a hit opens with
(citations._who_opens, languages.table.opening): the same hits as without."""

import random
import re

import pytest

from converter.languages import SUPPORTED, get_language
from converter.languages.table import opening
from converter.segmentation.citations import (
    _SYMBOL_OPENS,
    _who_opens,
    _whocitation_patterns,
    citation_patterns,
    symbol_with_part,
)
from converter.segmentation.links import _SC_LISTED

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


_CITED = ("General Assembly", "Security Council", "Human Rights Council", "Conseil de sécurité",
          "Asamblea General", "70/1", "ES-10/21", "S-26/2", "1514 (XV)", "217 A (III)", "2712 (2023)",
          "A/79/123", "A/CONF.157/24 (Part I)", "S/RES/2712", "CD/2229", "A/67/828-S/2013/210",
          "of", "de", "от", "7 December 2015", "20 de abril de 2020", "22 novembre 1967", "B", "and",
          "y", "et", "paras.", "annex", "resolution", "résolutions", "resolución", "резолюции",
          "decision", "(", ")", ",", ";", ".", "x", "2015", "\n")


@pytest.mark.parametrize("code", SUPPORTED)
def test_citation_patterns_look_ahead_keeps_every_hit(code: str) -> None:
    """The citing pattern, the dated number, the symbol and the Council number, each against
    itself without its look-ahead, on random runs of the pieces citations are made of."""
    language = get_language(code)
    cite, _, dated = citation_patterns(language)
    patterns = [(cite, cite.pattern.split("(?:", 1)[0]), (dated, dated.pattern.split("(?<!", 1)[0]),
                (symbol_with_part(language), _SYMBOL_OPENS), (_SC_LISTED, "(?=\\d)")]
    rng = random.Random(code)
    for pattern, look_ahead in patterns:
        assert look_ahead.startswith("(?=") and pattern.pattern.startswith(look_ahead)
        plain = re.compile(pattern.pattern.removeprefix(look_ahead))
        for _ in range(400):
            text = "".join(rng.choice(_CITED + _PIECES) + rng.choice(("", " ", " ", "  "))
                           for _ in range(rng.randrange(1, 30)))
            assert ([(m.span(), m.groupdict()) for m in pattern.finditer(text)]
                    == [(m.span(), m.groupdict()) for m in plain.finditer(text)]), (pattern, text)


def test_opening_is_the_first_characters_of_the_words() -> None:
    assert opening(["resolution", "Decision", "décision"]) == "(?=[Ddr])"
    assert opening(["ES-", "S-"], also="\\d") == "(?=[ES\\d])"
    assert opening(["resolution", ""]) == ""      # a hit may open with anything
    assert opening([]) == "(?!)"                   # no word: no hit
