"""The footnote area: lines below the `____` rule, grouped into notes by their markers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from converter.readers.pdf.lines import Line, part_of

_RULE = re.compile(r"^_{5,}$")
_MARKER = re.compile(r"^(?:\d{1,3}|\*{1,3}|[a-z])$")


_INLINE_MARKER = re.compile(r"^(\*{1,3})\s+(?=\S)")


@dataclass(slots=True)
class Note:
    marker: str | None       # None: continues the previous page's last note
    lines: list[Line] = field(default_factory=list)


def split_notes(lines: list[Line], body_size: float,
                rules: Sequence[tuple[float, float]] = ()) -> tuple[list[Line], list[Line]]:
    """(body lines, footnote-area lines): the area starts after the last rule line.

    A rule drawn rather than typed (`rules`: the left end and top of the page's short drawn
    rules) opens it where only small type stands below it, none of it left of the rule (a
    note going on from the page before opens with no marker).  Without a rule (some drafts
    draw none), the area is the run of small-type lines closing the page, set off by space
    and opened by a note marker.
    """
    for i in range(len(lines) - 1, -1, -1):
        if "_" in lines[i].text and _RULE.match(lines[i].text.replace(" ", "")):
            return lines[:i], lines[i + 1:]
    for left, top in sorted(rules, key=lambda r: r[1], reverse=True):
        start = next((i for i, line in enumerate(lines) if line.top > top), len(lines))
        below = lines[start:]
        if below and start > 0 and all(ln.size < 0.92 * body_size and ln.x0 >= left - 2.0
                                       for ln in below):
            return lines[:start], below
    start = len(lines)
    while start > 0 and lines[start - 1].size < 0.92 * body_size:
        start -= 1
    if start == len(lines) or start == 0:
        return lines, []
    gap = lines[start].base - lines[start - 1].base
    first = lines[start]
    if gap > 2.0 * body_size and _MARKER.match(first.runs[0].text.split(" ")[0]):
        return lines[:start], lines[start:]
    return lines, []


def group_notes(lines: list[Line]) -> list[Note]:
    notes: list[Note] = []
    for line in lines:
        marker, rest = _take_marker(line)
        if marker is not None:
            notes.append(Note(marker, [rest]))
        elif notes:
            notes[-1].lines.append(line)
        else:
            notes.append(Note(None, [line]))
    return notes


def _take_marker(line: Line) -> tuple[str | None, Line]:
    """The note marker that starts `line`, if any, and the line without it.

    A marker is a raised run first on the line, or a `*`/number set off by a
    gap (a tab) from the note's text.
    """
    first = line.runs[0]
    if _MARKER.match(first.text) and len(line.runs) > 1 and (
        first.raised or (line.gaps[1] > 0.45 * line.size and not first.text.isalpha())
    ):
        return first.text, part_of(line, line.runs[1:])
    m = _INLINE_MARKER.match(first.text)
    if m and not first.raised:
        # a new run, not the page's own: the pages may be read again (language detection)
        rest = replace(first, text=first.text[m.end():])
        return m.group(1), part_of(line, [rest, *line.runs[1:]])
    return None, line
