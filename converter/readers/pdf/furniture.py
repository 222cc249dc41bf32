"""Page furniture: running heads, footers, barcodes — recognised by position, not wording."""

from __future__ import annotations

import re

from converter.readers.page_numbers import is_page_number
from converter.readers.pdf.extract import Page
from converter.readers.pdf.lines import Line, part_of

HEAD_ZONE = 68.0    # running heads sit in the top ~65 pt of pages after the first
FOOT_ZONE = 50.0    # job number, page counter, barcode: the bottom ~50 pt
_SYMBOL = re.compile(r"^[A-Z]{1,5}(?:/[A-Za-z0-9.\-()]+)+$")


FOOT_DEPTH = 0.15   # the barcode block of page 1 stands in the bottom 15% of the page


def body_lines(page: Page) -> list[Line]:
    """The page's lines without furniture."""
    coded = [any(r.font.barcode for r in ln.runs) for ln in page.lines]   # (most: none)
    floor = _footer_top(page, coded)
    kept = []
    for line, barcode in zip(page.lines, coded, strict=True):
        if page.height - line.base < FOOT_ZONE or line.base >= floor:
            continue
        if page.number > 1 and line.base < HEAD_ZONE:
            continue
        if barcode:
            if all(r.font.barcode for r in line.runs):
                continue
            line = part_of(line, [r for r in line.runs if not r.font.barcode])
        kept.append(line)
    return _without_page_number(kept, page.number)


def _without_page_number(lines: list[Line], number: int) -> list[Line]:
    """The lines without a page number set off at the page's foot or head, where a template
    prints it away from the zones of the UN's ("2", "- 2 -", "Page 2 of 5", "2/5"): it is
    the page's own number, on a line of its own, with space between it and the text."""
    if len(lines) < 2:
        return lines
    for end, neighbour in ((-1, -2), (0, 1)):
        line, other = lines[end], lines[neighbour]
        if is_page_number(line.text.strip(), number) and abs(line.base - other.base) > line.size:
            return lines[:-1] if end == -1 else lines[1:]
    return lines


def _footer_top(page: Page, coded: list[bool]) -> float:
    """Where the footer over a barcode at the page foot begins: the job number ("23-25931
    (E)") is set beside the barcode or on the line just above it, wherever the template
    puts the block; no body text comes that close.  The page height when there is none.
    `coded` tells which of the page's lines hold a run in a barcode font."""
    foot = [ln for ln, barcode in zip(page.lines, coded, strict=True)
            if barcode and page.height - ln.base < FOOT_DEPTH * page.height]
    if not foot:
        return page.height
    barcode = max(foot, key=lambda ln: ln.base)
    top = min(r.base - r.size for r in barcode.runs if r.font.barcode)
    above = [ln for ln in page.lines if ln.base < barcode.base and top - ln.base < 0.5 * ln.size]
    return min([barcode.top, *(ln.top for ln in above)]) - 0.1


def symbol_hint(pages: list[Page]) -> str | None:
    """The symbol printed top right on page 1, else in the running head of page 2."""
    candidates = []
    if pages:
        first = pages[0]
        top = [ln for ln in first.lines if ln.base < first.height * 0.15]
        candidates += [r for ln in top for r in _fragments(ln) if r[0] > first.width / 2]
    if len(pages) > 1:
        second = pages[1]
        head = [ln for ln in second.lines if ln.base < HEAD_ZONE]
        candidates += [r for ln in head for r in _fragments(ln)]
    for _, text in candidates:
        compact = text.replace(" ", "")
        if _SYMBOL.match(compact):
            return compact
    return None


def _fragments(line: Line) -> list[tuple[float, str]]:
    """(x0, text) of the parts of a line separated by wide gaps."""
    parts: list[tuple[float, list[str]]] = []
    for run, gap in zip(line.runs, line.gaps, strict=True):
        if not parts or gap > 20:
            parts.append((run.x0, [run.text]))
        else:
            parts[-1][1].append(run.text)
    return [(x, "".join(t)) for x, t in parts]
