"""The footnote area of one `pdftotext` page: recover each note's marker and text.

pdftotext often prints the superscript markers of the notes as bare lines
("1", "2") apart from the note texts, in no reliable order.  The texts, though,
come in reading order.  So the bare numbers give the *count* and the values of
the markers (notes are numbered consecutively), and the text lines are cut
into that many notes where a note most plausibly starts: right after a bare
number, after a short line ending a sentence, never before a lowercase word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from converter.readers.plain_text import join_lines

_NUMBER = re.compile(r"^\d{1,3}$")
_STAR = re.compile(r"^(\*{1,3})\s*(\S.*)$")
_ENDS_NOTE = (".", ")", "”", '"', "]")


@dataclass(slots=True)
class _Line:
    text: str
    after_number: bool
    star: str | None


def _lines(area: list[str]) -> tuple[list[_Line], list[int]]:
    lines: list[_Line] = []
    numbers: list[int] = []
    after_number = False
    for raw in area:
        if _NUMBER.match(raw):
            numbers.append(int(raw))
            after_number = True
            continue
        star = _STAR.match(raw)
        if star:
            lines.append(_Line(star.group(2), False, star.group(1)))
        else:
            lines.append(_Line(raw, after_number, None))
        after_number = False
    return lines, numbers


def _break_score(prev: _Line, line: _Line, width: int) -> float:
    score = 3.0 if line.after_number else 0.0
    score += 1.0 if prev.text.endswith(_ENDS_NOTE) else -1.0
    score += 1.5 if len(prev.text) < 0.85 * width else -1.5
    if line.text[:1].islower():
        score -= 3.0
    return score


def note_ends(text: str) -> bool:
    """Whether a note text looks complete (else the next page's notes continue it)."""
    return text.rstrip().endswith(_ENDS_NOTE)


def parse_note_area(area: list[str], next_number: int, width: int,
                    previous_open: bool = False) -> list[tuple[str | None, str]]:
    """(marker, text) of each note; marker None for a note continued from the previous page."""
    lines, numbers = _lines(area)
    if not lines:
        return []
    stars = sum(1 for line in lines if line.star)
    continued = lines[0].star is None and not lines[0].after_number and (
        lines[0].text[:1].islower() or previous_open)
    forced = {i for i, line in enumerate(lines) if line.star or i == 0}
    scores = sorted(((_break_score(lines[i - 1], lines[i], width), -i)
                     for i in range(1, len(lines)) if i not in forced), reverse=True)
    if numbers:
        wanted = len(numbers) + stars + int(continued)
        extra = max(0, wanted - len(forced))
        breaks = forced | {-i for _, i in scores[:extra]}
    else:
        breaks = forced | {-i for s, i in scores if s > 0}
    starts = sorted(breaks)
    values = sorted(numbers)
    if not values or len(values) < len(starts) - stars - int(continued):
        first = values[0] if values else next_number
        count = len(starts) - stars - int(continued)
        values = list(range(first, first + count))
    notes: list[tuple[str | None, str]] = []
    numeric = iter(values)
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        text = join_lines([line.text for line in lines[start:end]])
        if lines[start].star:
            marker: str | None = lines[start].star
        elif k == 0 and continued:
            marker = None
        else:
            marker = str(next(numeric, next_number + k))
        notes.append((marker, text))
    return notes
