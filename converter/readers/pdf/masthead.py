"""Reading order of the page-1 masthead: left column, then right column, then the rest.

The masthead is two columns ("United Nations" / "General Assembly" on the
left; symbol, "Distr.: …", date, "Original: …" on the right) whose lines
share baselines, so plain top-to-bottom order would interleave them.
"""

from __future__ import annotations

from dataclasses import dataclass

from converter.readers.pdf.lines import Line, split_line

COLUMN_GAP = 40.0     # a gap this wide inside a masthead line separates the columns
RIGHT_COLUMN = 0.6    # right-column items start beyond this fraction of the width
MASTHEAD_DEPTH = 0.35  # and sit in this top fraction of the page


@dataclass(slots=True)
class Item:
    line: Line
    page: int
    alone: bool = False   # a masthead line: always a block of its own


def order_first_page(lines: list[Line], width: float, height: float) -> list[Item]:
    fragments = [(part, line) for line in lines for part in split_line(line, COLUMN_GAP)]
    right = [p for p, _ in fragments
             if p.x0 >= RIGHT_COLUMN * width and p.base < MASTHEAD_DEPTH * height]
    if not right:
        return [Item(line, 1) for line in lines]
    band_end = max(p.base for p in right) + 1.0
    left = [p for p, line in fragments if line.base <= band_end and p not in right]
    rest = [line for line in lines if line.base > band_end]
    return ([Item(p, 1, alone=True) for p in left]
            + [Item(p, 1, alone=True) for p in right]
            + [Item(line, 1) for line in rest])
