"""Spacing artefacts that both text readers undo: a dash between digits with a space
on either side ("2015 – 2030", "6 –12 March") and a hyphen followed by a space inside
a word ("Non- Proliferation").  UN documents never space either."""

from __future__ import annotations

import re

_DIGIT_DASH = re.compile(r"(?<=\d)(?: –|– | – )(?=\d)")
# "Non- Proliferation", but not a suspended hyphen: "low- and middle-income".
_HYPHEN_SPACE = re.compile(r"(?<=\w)- (?!(?:and|or|nor|to)\b)(?=\w)")


def close_dashes(text: str) -> str:
    """`text` with spaced digit ranges and hyphen-space breaks inside words closed up."""
    if "– " in text or " –" in text:
        text = _DIGIT_DASH.sub("–", text)
    if "- " in text:
        text = _HYPHEN_SPACE.sub("-", text)
    return text
