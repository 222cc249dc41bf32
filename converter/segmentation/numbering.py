"""Paragraph and part numbers (`1.`, `I.`, `A.`) and the values of letters and roman numerals."""

from __future__ import annotations

import re

ROMAN = re.compile(r"^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
# "12. Decides", and Arabic "12 - تقرر" (the number printed as it is: "12 -")
_OPERATIVE = re.compile(r"^(?P<num>\d+)(?P<mark>\.|\s+-)\s+")
_PART = re.compile(r"^(?P<num>[IVXL]+|[A-Z])\.\s+(?P<rest>.*)$")


# Arabic texts letter their lists in the abjad order: (أ), (ب), (ج), (د), (هـ), (و) …
_ABJAD = ("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف",
          "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ")
_ABJAD_VALUES = {**{letter: i for i, letter in enumerate(_ABJAD, start=1)}, "ه": 5}  # (ه) = (هـ)
ABJAD_LABEL = "|".join(sorted(_ABJAD_VALUES, key=len, reverse=True))


def abjad_value(label: str) -> int:
    """(أ) -> 1, (ب) -> 2 … ; 0 for any other label."""
    return _ABJAD_VALUES.get(label, 0)


_LOOK_ALIKES = str.maketrans("асеорх", "aceopx")   # Cyrillic letters printed as list letters


def ascii_label(label: str) -> str:
    """A list label in Latin letters, for eIds: "(ب)" -> "b" (its place in the abjad order),
    Cyrillic "а)" -> "a"."""
    value = abjad_value(label)
    if value:
        return chr(ord("a") + value - 1) if value <= 26 else f"a{value}"
    return label.translate(_LOOK_ALIKES)


def roman_numeral(value: int) -> str:
    """17 -> "XVII" (a session of the Assembly, 1 to 399)."""
    out = []
    for numeral, worth in (("C", 100), ("XC", 90), ("L", 50), ("XL", 40), ("X", 10), ("IX", 9),
                           ("V", 5), ("IV", 4), ("I", 1)):
        count, value = divmod(value, worth)
        out.append(numeral * count)
    return "".join(out)


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


def operative_number(text: str) -> tuple[str, int] | None:
    """("12.", where the paragraph's text begins) for "12. Decides …"."""
    m = _OPERATIVE.match(text)
    if not m:
        return None
    return f"{m['num']}{m['mark'].replace(chr(9), ' ')}", m.end()


def part_number(text: str) -> tuple[str, str] | None:
    """`II. Financing` -> ("II", "Financing") for headings of parts."""
    m = _PART.match(text)
    if not m:
        return None
    return m["num"], m["rest"]
