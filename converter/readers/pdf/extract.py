"""Pages of a PDF as lines of styled runs, links applied: the only module that talks to pdfium."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2.raw as pdfium

from converter import limits
from converter.errors import NoTextLayerError
from converter.readers.pdf.boxes import Box, page_boxes, page_paths, short_rules
from converter.readers.pdf.direction import (
    is_right_to_left,
    logical_order,
    mirror_boxes,
    mirror_runs,
    place_runs,
)
from converter.readers.pdf.document import open_document, open_page
from converter.readers.pdf.lines import Line, build_lines
from converter.readers.pdf.runs import Link, PageReader, Run


@dataclass(slots=True)
class Page:
    number: int      # 1-based
    width: float
    height: float
    lines: list[Line]
    boxes: list[Box] = field(default_factory=list)   # ruled frames around text
    # (left end, top) of short drawn rules: a note separator a word processor draws
    rules: list[tuple[float, float]] = field(default_factory=list)


def extract_pages(path: Path, data: bytes | None = None) -> list[Page]:
    """Every page's lines; raises `NoTextLayerError` when no page has any text."""
    pages: list[Page] = []
    bounds = limits.current()
    with open_document(path, data) as (doc, count):
        limits.check(str(path), count, bounds.pages, "PDF pages")
        reader = PageReader(doc)
        for index in range(count):
            with open_page(path, doc, index) as (page, textpage):
                limits.check(str(path), pdfium.FPDFText_CountChars(textpage), bounds.page_chars,
                             f"characters of text on page {index + 1}")
                width = pdfium.FPDF_GetPageWidthF(page)
                height = pdfium.FPDF_GetPageHeightF(page)
                runs = reader.runs(textpage, height)
                links = reader.links(page, height) if runs else []
                if links:
                    runs = apply_links(reader, textpage, runs, links)
                paths = page_paths(page, height) if runs else []
                boxes = page_boxes(paths, height)
                rules = short_rules(paths, width)
                rtl = is_right_to_left(runs)
                if rtl:
                    runs = place_runs(reader, textpage, runs)
            pages.append(_page(index + 1, width, height, runs, boxes, rules, rtl=rtl))
    if not any(p.lines for p in pages):
        raise NoTextLayerError(f"{path}: no text layer (scanned PDF?)")
    return pages


def _page(number: int, width: float, height: float, runs: list[Run], boxes: list[Box],
          rules: list[tuple[float, float]], *, rtl: bool) -> Page:
    """The page's lines; a page written right to left is read in a mirror (direction.py)."""
    if not rtl:
        return Page(number, width, height, build_lines(runs), boxes, rules)
    lines = build_lines(mirror_runs(runs, width))
    return Page(number, width, height, [logical_order(line) for line in lines],
                mirror_boxes(boxes, width), rules)


def apply_links(reader: PageReader, textpage, runs: list[Run], links: list[Link]) -> list[Run]:
    """Give runs under a URI annotation its target, splitting runs at the link's edges."""
    out: list[Run] = []
    top, bottom = min(k.top for k in links) - 1, max(k.bottom for k in links) + 1
    for run in runs:
        # the links whose box holds the run's middle height and overlaps it across (inline:
        # asked for every run and link, once the run's middle is within the links' band)
        middle = run.base - 0.3 * run.size
        hits = [k for k in links if k.top - 1 <= middle <= k.bottom + 1
                and run.x0 < k.x1 - 0.5 and run.x1 > k.x0 + 0.5] if top <= middle <= bottom else []
        if not hits:
            out.append(run)
        elif len(hits) == 1 and hits[0].x0 - 1 <= run.x0 and run.x1 <= hits[0].x1 + 1:
            run.href = hits[0].uri
            out.append(run)
        else:
            out.extend(_split_run(run, reader.char_lefts(textpage, run), hits))
    return out


def _split_run(run: Run, edges: list[tuple[float, float]], links: list[Link]) -> list[Run]:
    def target(i: int) -> str | None:
        left, right = edges[i]
        centre = (left + right) / 2
        return next((k.uri for k in links if k.x0 <= centre <= k.x1), None)

    pieces: list[Run] = []
    start = 0
    current = target(0)
    for i in range(1, len(run.text) + 1):
        end = i == len(run.text)   # past the last character: the last piece ends
        href = None if end else target(i)
        if end or href != current:
            text = run.text[start:i]
            pieces.append(Run(text, edges[start][0], edges[i - 1][1], run.base, run.size,
                              run.font, run.first + start,
                              space_after=run.space_after if i == len(run.text) else False,
                              href=current,
                              origin=run.origin if start == 0 else edges[start][0],
                              pen_before=run.pen_before if start == 0 else None))
            start, current = i, href
    return pieces
