"""Paragraph and item numbers: `1.`, `(a)`, `(i)`, `I.`, `A.` and which level they open."""

from __future__ import annotations

import re
from dataclasses import dataclass

ROMAN = re.compile(r"^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_OPERATIVE = re.compile(r"^(?P<num>\d+)\.\s+")
_ITEM = re.compile(r"^\((?P<label>[a-z]{1,5}|\d{1,3})\)\s+")
_SUB_ITEM = re.compile(r"^(?P<label>[a-z])\.\s+")   # "a." under "(i)": the third level
_PART = re.compile(r"^(?P<num>[IVXL]+|[A-Z])\.\s+(?P<rest>.*)$")


@dataclass(frozen=True)
class Number:
    kind: str     # "operative", "letter", "roman", "digit"
    label: str    # "1", "a", "iv"
    text: str     # as printed: "1.", "(a)"


def roman_value(label: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for ch, nxt in zip(label, [*label[1:], ""], strict=True):
        v = values[ch]
        total += -v if nxt and values[nxt] > v else v
    return total


def letter_value(label: str) -> int:
    """a..z, then aa, bb, ... (UN style) -> 1..26, 27, 28 ..."""
    if len(set(label)) == 1 and len(label) > 1:
        return 26 * (len(label) - 1) + ord(label[0]) - 96
    return ord(label[-1]) - 96 if len(label) == 1 else 0


def operative_number(text: str) -> tuple[Number, int] | None:
    m = _OPERATIVE.match(text)
    if not m:
        return None
    return Number("operative", m["num"], f"{m['num']}."), m.end()


def item_number(text: str, previous_letter: str | None, previous_roman: str | None,
                inside_letter: bool) -> tuple[Number, int] | None:
    """`(a)` / `(i)`: roman when it continues a roman run or opens one inside a lettered item."""
    m = _ITEM.match(text)
    if not m:
        return None
    label = m["label"]
    printed = f"({label})"
    if label.isdigit():
        return Number("digit", label, printed), m.end()
    is_roman = bool(ROMAN.match(label))
    letter_next = previous_letter is not None and letter_value(label) == letter_value(previous_letter) + 1
    roman_next = (previous_roman is not None and is_roman
                  and roman_value(label) == roman_value(previous_roman) + 1)
    if is_roman and (roman_next or (label == "i" and inside_letter and not letter_next)):
        return Number("roman", label, printed), m.end()
    return Number("letter", label, printed), m.end()


def sub_item_number(text: str) -> tuple[Number, int] | None:
    m = _SUB_ITEM.match(text)
    if not m:
        return None
    return Number("subletter", m["label"], f"{m['label']}."), m.end()


def part_number(text: str) -> tuple[str, str] | None:
    """`II. Financing` -> ("II", "Financing") for headings of parts."""
    m = _PART.match(text)
    if not m:
        return None
    return m["num"], m["rest"]
