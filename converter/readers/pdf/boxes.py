"""Ruled boxes on a page: a frame drawn around text ("Core principle I" and its text).

Word draws a framed paragraph or a one-cell table either as one rectangle path or as four
thin rules.  Both are read from the page's path objects as (x0, top, x1, bottom) boxes;
the lines a box holds are one table cell, as the UN writes such a box.
"""

from __future__ import annotations

import ctypes
from ctypes import c_float, c_int, c_void_p
from dataclasses import dataclass

import pypdfium2.raw as pdfium

from converter.readers.pdf.runs import address_arg, bare


class _Handle(c_void_p):
    """A page object's handle as pdfium returns it: ctypes hands back the pointer object
    itself (not an int) for a subclass, which the next calls take as it is."""


# asked of every object of every page: (page, index), (object), (object, 4 float addresses)
_GET_OBJECT = bare(pdfium.FPDFPage_GetObject, _Handle)
_GET_TYPE = bare(pdfium.FPDFPageObj_GetType, c_int)
_GET_BOUNDS = bare(pdfium.FPDFPageObj_GetBounds, c_int)

_THIN = 2.5      # a rule is at most this thick, in points
_SNAP = 3.0      # edges of one frame meet within this many points
_MIN_SIDE = 12.0  # a frame is at least this wide and high
_MAX_RULES = 200  # past this many rules (a drawing, a ruled grid) no frame is assembled
_MAX_HEIGHT = 0.5  # a frame taller than half the page is a page border, not a box


Rect = tuple[float, float, float, float]   # x0, top, x1, bottom


@dataclass(frozen=True, slots=True)
class Box:
    x0: float
    top: float
    x1: float
    bottom: float

    def touches(self, other: Box) -> bool:
        """The two frames overlap or share an edge."""
        return (self.x0 - _SNAP <= other.x1 and other.x0 - _SNAP <= self.x1
                and self.top - _SNAP <= other.bottom and other.top - _SNAP <= self.bottom)

    def holds(self, x0: float, top: float, x1: float, bottom: float) -> bool:
        return (self.x0 - 1 <= x0 and x1 <= self.x1 + 1
                and self.top - 1 <= top and bottom <= self.bottom + 1)


def page_boxes(rects: list[Rect], height: float) -> list[Box]:
    """The frames drawn on a page (rectangle paths, and four rules that meet) that stand
    alone: not a page border, and not part of a ruled grid (a frame that holds or touches
    another is a table's border or cell, which the table reader reads by its columns).
    `rects` are the page's paths (`page_paths`)."""
    frames = sorted({b for b in _frames(rects) if b.bottom - b.top <= _MAX_HEIGHT * height},
                    key=lambda b: (b.top, b.x0))
    return [b for b in frames if not any(o is not b and b.touches(o) for o in frames)]


def short_rules(rects: list[Rect], width: float) -> list[tuple[float, float]]:
    """Where short horizontal rules stand (left end, top): the separator a word processor
    draws over a page's footnotes, a tenth to a half of the page wide (a table's rules run
    longer or come with others, which the footnote area asks of what stands below)."""
    return [(r[0], r[1]) for r in rects
            if r[3] - r[1] <= _THIN and width / 10 <= r[2] - r[0] <= width / 2]


def _frames(rects: list[Rect]) -> list[Box]:
    boxes = [Box(*r) for r in rects if r[2] - r[0] >= _MIN_SIDE and r[3] - r[1] >= _MIN_SIDE]
    across = [r for r in rects if r[3] - r[1] <= _THIN and r[2] - r[0] >= _MIN_SIDE]
    down = [r for r in rects if r[2] - r[0] <= _THIN and r[3] - r[1] >= _MIN_SIDE]
    if len(across) + len(down) > _MAX_RULES:
        return boxes
    for i, upper in enumerate(across):
        for lower in across[i + 1:]:
            top, bottom = sorted((upper, lower), key=lambda r: r[1])
            if abs(top[0] - bottom[0]) > _SNAP or abs(top[2] - bottom[2]) > _SNAP \
                    or bottom[1] - top[1] < _MIN_SIDE:
                continue
            sides = [v for v in down if v[1] <= top[3] + _SNAP and v[3] >= bottom[1] - _SNAP]
            if any(abs(v[0] - top[0]) <= _SNAP for v in sides) and \
                    any(abs(v[2] - top[2]) <= _SNAP for v in sides):
                boxes.append(Box(top[0], top[1], top[2], bottom[3]))
    return boxes


def page_paths(page, height: float) -> list[Rect]:
    """(x0, top, x1, bottom) of every path object, top-down."""
    out = []
    left, bottom, right, top = (c_float() for _ in range(4))
    at = [ctypes.byref(v) for v in (left, bottom, right, top)]
    handle = address_arg(page)
    path = pdfium.FPDF_PAGEOBJ_PATH
    for i in range(pdfium.FPDFPage_CountObjects(page)):
        obj = _GET_OBJECT(handle, i)
        if _GET_TYPE(obj) != path:
            continue
        if _GET_BOUNDS(obj, *at):
            out.append((left.value, height - top.value, right.value, height - bottom.value))
    return out
