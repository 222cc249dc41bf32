"""Pages written right to left (Arabic): read in the order they are written.

A PDF draws a right-to-left line as a word processor lays it out: each word where it
stands on the page, the letters of one text object in visual order, which pdfium reads back
into logical order.  The words themselves are ordered by their place, so the page is read in
a mirror: every x becomes `width - x`, and the first word of a line is the leftmost again.
Everything after (lines, indents, the masthead's columns, table cells) then reads an Arabic
page as it reads the English one, which is its mirror image.

Two things a mirror does not put right, mended line by line: left-to-right words inside
the line ("A/77/439", "70/1", a Latin phrase) keep their own order, and brackets drawn as
the reader sees them (a logical "(" is drawn ")" on a right-to-left line) are turned back.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from converter.readers.pdf.boxes import Box
from converter.readers.pdf.lines import Line, in_order
from converter.readers.pdf.runs import PageReader, Run

_RTL = re.compile(r"[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]")   # Hebrew, Arabic and their forms
_LTR = re.compile(r"[A-Za-z0-9\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]")   # Latin, Greek, Cyrillic, digits
_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]")
_BRACKETS = str.maketrans("()[]{}", ")(][}{")
_SEPARATORS = {"/", ".", ",", ":", "-", "+", "\u2010", "\u2011"}   # join two numbers ("76/132")
_SPACE = 0.17  # of the type size: a gap this wide between two runs is a word space
_APART = 0.2   # of the type size: letters of one run this far apart have another's between them
# a tatweel drawn on its own between a word's letters stretches the word to justify the line
# ("الخطـة" for "الخطة"); one typed in the word is drawn with its letters
_KASHIDA = "\u0640"


def is_right_to_left(runs: list[Run]) -> bool:
    """More right-to-left letters than letters of a left-to-right script."""
    if not _RTL.search("".join([r.text for r in runs])):
        return False   # (most pages: one pass over their text)
    rtl = sum(len(_RTL.findall(r.text)) for r in runs)
    return rtl > 0 and rtl > sum(len(_LETTER.findall(r.text)) for r in runs)


def place_runs(reader: PageReader, textpage, runs: list[Run]) -> list[Run]:
    """Runs of a right-to-left page where pdfium's reading of them goes wrong: a right-to-left
    run reaches from its last letter's left edge to its first letter's right edge (pdfium
    measured it the other way), and a left-to-right run on such a line has its letters in
    the order they stand (pdfium's reordering of the line moves "A/77/439" to "/77/439A").
    A run is also cut where its letters do not stand side by side: a word processor may draw
    one text object's letters around another's ("تشرين الثاني" "/" "نوفمبر", "A/RES/" "78"
    "/" "12"), which are then read in their places; a piece that is only a tatweel is the
    justification's, not the text's, and left out."""
    out: list[Run] = []
    for run in runs:
        edges = reader.char_lefts(textpage, run)
        if _RTL.search(run.text):
            order = _rtl_order(run.text, edges)
            gaps = [edges[a][0] - edges[b][1] for a, b in pairwise(order)]
        else:
            order = sorted(range(len(run.text)), key=lambda k: edges[k][0])
            gaps = [edges[b][0] - edges[a][1] for a, b in pairwise(order)]
        for piece in _cut(order, gaps, _APART * run.size):
            inked = [k for k in piece if not run.text[k].isspace()]   # (a space's box is no edge)
            if not inked:
                continue
            x0, x1 = min(edges[k][0] for k in inked), max(edges[k][1] for k in inked)
            if all(run.text[k] == _KASHIDA for k in inked):
                if out and out[-1].base == run.base:   # the word it stretches reaches over it
                    out[-1] = replace(out[-1], x0=min(out[-1].x0, x0), x1=max(out[-1].x1, x1))
                continue
            out.append(replace(run, text="".join(run.text[k] for k in piece).strip(),
                               first=run.first + min(piece), x0=x0, x1=x1))
    return out


def _cut(order: list[int], gaps: list[float], widest: float) -> list[list[int]]:
    """`order` in pieces, cut where the gap after a character is wider than `widest`."""
    pieces = [[order[0]]]
    for k, gap in zip(order[1:], gaps, strict=True):
        if gap > widest:
            pieces.append([k])
        else:
            pieces[-1].append(k)
    return pieces


def _rtl_order(text: str, edges: list[tuple[float, float]]) -> list[int]:
    """A right-to-left run's characters in reading order: pdfium's, but for marks it reads at
    the wrong end ("." drawn left of "المرفق ،" read first): a mark before the first letter
    that stands left of the letters goes last, one after the last that stands right of them
    goes first."""
    letters = [k for k, ch in enumerate(text) if ch.isalnum()]
    order = list(range(len(text)))
    if not letters:
        return order
    left, right = min(edges[k][0] for k in letters), max(edges[k][1] for k in letters)
    head, tail = order[:letters[0]], order[letters[-1] + 1:]
    if not all(edges[k][1] <= left + 0.5 for k in head if not text[k].isspace()):
        head = []
    if not all(edges[k][0] >= right - 0.5 for k in tail if not text[k].isspace()):
        tail = []
    if not any(not text[k].isspace() for k in head + tail):
        return order
    return [*tail[::-1], *order[len(head):len(order) - len(tail)], *head[::-1]]


def mirror_runs(runs: list[Run], width: float) -> list[Run]:
    """The runs as seen in a mirror.  Pen positions, which run the other way, are dropped, and
    so are the spaces pdfium reads beside a run: it reads them in its own order of the line,
    so the gaps between runs tell the word spaces (and the gaps inside a run, counted in an
    order place_runs may have changed, are left alone)."""
    for run in runs:
        run.x0, run.x1 = width - run.x1, width - run.x0
        run.origin, run.pen_before = run.x0, None
        run.space_before = run.space_after = False
        run.inner_gaps = ()
    return runs


def mirror_boxes(boxes: list[Box], width: float) -> list[Box]:
    return [Box(width - b.x1, b.top, width - b.x0, b.bottom) for b in boxes]


def logical_order(line: Line) -> Line:
    """A mirrored line in reading order: each stretch of left-to-right runs (with the neutral
    marks between them: "A/77/439" "," "para." ) turned back, brackets of the right-to-left
    text read as written."""
    runs = list(line.runs)
    kinds = [_kind(r.text) for r in runs]
    changed = False
    i = 0
    while i < len(runs):
        if kinds[i] != "ltr":
            i += 1
            continue
        j = _stretch_end(runs, kinds, i, line.size)
        if j > i:
            runs[i:j + 1] = runs[i:j + 1][::-1]
            kinds[i:j + 1] = kinds[i:j + 1][::-1]
            changed = True
        i = j + 1
    rtl_text = "".join(r.text for r, kind in zip(runs, kinds, strict=True) if kind != "ltr")
    if _closes_first(rtl_text):   # brackets drawn as the reader sees them: ")أ(" for "(أ)"
        runs = [r if kind == "ltr" else replace(r, text=r.text.translate(_BRACKETS))
                for r, kind in zip(runs, kinds, strict=True)]
        changed = True
    if not changed:
        return line
    return replace(in_order(runs), base=line.base, size=line.size)


def _stretch_end(runs: list[Run], kinds: list[str], i: int, size: float) -> int:
    """The last run of the left-to-right stretch that starts at run `i`: it goes on over the
    neutral marks between its runs, up to the next right-to-left run, but numbers with no
    Latin word among them stand apart unless one separator joins them ("76/132", not
    "1949" "(" "2" of "1949(²)", nor "2015" "2030" a space apart: there the marks and the
    space belong to the right-to-left line, as a bidirectional layout sets them)."""
    j, latin = i, _LETTER.search(runs[i].text) is not None
    for k in range(i + 1, len(runs)):
        if kinds[k] == "rtl":
            break
        if kinds[k] != "ltr":
            continue
        latin = latin or _LETTER.search(runs[k].text) is not None
        between = runs[j + 1:k]
        joined = (len(between) == 1 and between[0].text in _SEPARATORS) if between else (
            runs[k].x0 - runs[j].x1 < _SPACE * size)
        if not (latin or joined):
            break
        j = k
    return j


def _kind(text: str) -> str:
    if _RTL.search(text):
        return "rtl"
    return "ltr" if _LTR.search(text) else "neutral"


def _closes_first(text: str) -> bool:
    for ch in text:
        if ch in "([{":
            return False
        if ch in ")]}":
            return True
    return False
