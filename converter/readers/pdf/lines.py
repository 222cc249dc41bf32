"""Group runs into lines: same baseline, superscripts attached, spaces restored."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import pairwise
from operator import attrgetter

from converter.readers.pdf.runs import Run
from converter.readers.script import is_wide

_SAME_LINE = 1.6      # points between baselines of runs on one line
_SUP_RATIO = 0.8      # a superscript is at most this size of its line's text
_SUP_RISE = (0.8, 7.0)  # how far above its line's baseline a superscript sits
_DASHES = "-‐‑–—"
_TAB = 1.5            # of the type size: a gap this wide in Chinese text is a tab, not justification
_CLOSERS = ")],;:"
# The gap pieces() puts between runs (or inside one, at its inner_gaps): a space, or a gap too
# narrow to tell a word space from letter spacing by geometry ("human|rights" in a tight
# justified line, "confer|ence" in a letter-spaced one), which the words on either side
# decide (spans.block_spans).
SPACE = " "
UNSURE_GAP = ""
_X0 = attrgetter("x0")
_BASE_X0 = attrgetter("base", "x0")


@dataclass(slots=True)
class Line:
    runs: list[Run]
    base: float
    size: float                 # size of the line's main text
    gaps: list[float] = field(default_factory=list)  # gap before each run (0 for the first)
    # left and right end, when the runs are not in the order they stand (a right-to-left
    # line's left-to-right words: readers/pdf/direction.py)
    extent: tuple[float, float] | None = None
    _text: str | None = None
    _pieces: list[tuple[Run | None, str]] | None = None   # worked out once (text, spans)
    _bold: bool | None = None     # bold and italic, once asked (a line's runs do not change)
    _italic: bool | None = None

    @property
    def x0(self) -> float:
        return self.runs[0].x0 if self.extent is None else self.extent[0]

    @property
    def x1(self) -> float:
        return self.runs[-1].x1 if self.extent is None else self.extent[1]

    @property
    def top(self) -> float:
        return self.base - self.size

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "".join([t for _, t in self.pieces()])   # (an unsure gap adds nothing)
        return self._text

    @property
    def bold(self) -> bool:
        """Every word is bold: a star or a comma set in regular weight among bold words (a
        sponsor list's "Yemen:*") does not make the line regular."""
        if self._bold is None:
            self._bold = not any(not r.font.bold and not r.raised and not _marks_only(r.text)
                                 for r in self.runs)
        return self._bold

    @property
    def italic(self) -> bool:
        if self._italic is None:
            self._italic = not any(not r.font.italic and not r.raised for r in self.runs)
        return self._italic

    def pieces(self) -> list[tuple[Run | None, str]]:
        """(run, text) in order, with (None, SPACE) where a space separates runs and (None,
        UNSURE_GAP) where a gap may be one."""
        if self._pieces is None:
            self._pieces = self._find_pieces()
        return self._pieces

    def _find_pieces(self) -> list[tuple[Run | None, str]]:
        if len(self.runs) == 1 and not self.runs[0].inner_gaps:
            return [(self.runs[0], self.runs[0].text)]   # (half the lines of a page)
        out: list[tuple[Run | None, str]] = []
        size = self.size
        prev: Run | None = None
        for run, gap in zip(self.runs, self.gaps, strict=True):
            if prev is not None and (between := space_between(prev, run, gap, size)) is not None:
                out.append((None, between))   # (UNSURE_GAP is "": asked for None)
            if run.inner_gaps:
                start = 0
                for at in run.inner_gaps:
                    out += [(run, run.text[start:at]), (None, UNSURE_GAP)]
                    start = at
                out.append((run, run.text[start:]))
            else:
                out.append((run, run.text))
            prev = run
        return out


def _marks_only(text: str) -> bool:
    return not any(ch.isalnum() for ch in text)


def space_between(prev: Run, run: Run, gap: float, size: float) -> str | None:
    """What stands between two runs of a line: SPACE, UNSURE_GAP (0.10-0.17 em between
    letters: a word space in a tight justified line, letter spacing in a loose one, the
    same width in both) or nothing (None)."""
    if run.raised and not prev.raised:
        return None   # a note marker is glued to its word: "1993,¹", even across a gap
    if prev.space_after or run.space_before:
        return None if _swallowed(prev, run, gap, size) else SPACE
    left, right = prev.text[-1], run.text[0]
    if is_wide(left) or is_wide(right):
        # Chinese sets no space between words: a gap is justification, or (an em and more)
        # the tab after a paragraph's number ("1." then "决定")
        return SPACE if gap > _TAB * size and not prev.raised else None
    if prev.raised and not run.raised:
        return SPACE if gap > 0.12 * size else None
    gap = max(gap, _pen_gap(prev, run))
    if gap > 0.17 * size:
        return SPACE
    if gap < 0.1 * size:
        return None
    if left in _CLOSERS and right.isalpha():
        return SPACE   # "(mm) Designing", "rights, and" in a tight line: no letter gap follows these
    if run.raised or not (left.isalpha() and right.isalpha()):
        return None   # (two raised runs: a gap between markers)
    return UNSURE_GAP


def _swallowed(prev: Run, run: Run, gap: float, size: float) -> bool:
    """A space character beside a hyphen or dash that takes no room ("well- coordinated",
    "2015 –2030" drawn as "well-coordinated", "2015–2030"): the next text is set over it."""
    return gap < 0.1 * size and (prev.text[-1] in _DASHES or run.text[0] in _DASHES)


def _pen_gap(prev: Run, run: Run) -> float:
    """The gap between pen positions where pdfium generated a space: glyph boxes overhang
    ("of" + "the": the roman f reaches 1 pt past its advance; italic "f" starts 1.7 pt before
    its origin), so box edges can make a word space look as narrow as a kerned pair."""
    if run.pen_before is None or not prev.x0 < run.pen_before <= run.origin:
        return 0.0
    return run.origin - run.pen_before


def split_line(line: Line, min_gap: float) -> list[Line]:
    """Cut a line where the horizontal gap exceeds `min_gap` (masthead columns)."""
    parts: list[Line] = []
    current: list[Run] = []
    for run, gap in zip(line.runs, line.gaps, strict=True):
        if current and gap > min_gap:
            parts.append(part_of(line, current))
            current = []
        current.append(run)
    parts.append(part_of(line, current))
    return parts


def build_lines(runs: list[Run]) -> list[Line]:
    """Lines top to bottom; within a line, runs left to right."""
    rows: list[list[Run]] = []
    for run in sorted(runs, key=_BASE_X0):
        if rows and abs(rows[-1][0].base - run.base) <= _SAME_LINE:
            rows[-1].append(run)
        else:
            rows.append([run])
    lines = [make_line(row) for row in rows]
    return _attach_superscripts(lines)


def in_order(runs: list[Run]) -> Line:
    """A line of runs already in reading order (a right-to-left line's, `direction.py`): not
    sorted by place; the gap before each run is the space between it and the run before,
    whichever side it stands."""
    made = make_line(runs)   # (baseline and size)
    gaps = [0.0] + [max(b.x0 - a.x1, a.x0 - b.x1) for a, b in pairwise(runs)]
    return replace(made, runs=list(runs), gaps=gaps,
                   extent=(min(r.x0 for r in runs), max(r.x1 for r in runs)))


def part_of(line: Line, runs: list[Run]) -> Line:
    """A line of some of `line`'s runs, in `line`'s order (a line put in reading order is
    not sorted by place again: its left-to-right words would turn back)."""
    return make_line(runs) if line.extent is None else in_order(runs)


def make_line(runs: list[Run]) -> Line:
    runs = sorted(runs, key=_X0)
    if len(runs) == 1:
        return Line(runs, runs[0].base, runs[0].size, [0.0])
    main = [r for r in runs if not r.raised] or runs
    longest = main[0]   # the first of the longest main runs gives the baseline
    most = len(longest.text)
    for r in main:
        if len(r.text) > most:
            longest, most = r, len(r.text)
    gaps = [0.0]
    right = runs[0].x1
    for r in runs[1:]:
        gaps.append(r.x0 - right)
        right = r.x1
    return Line(runs, longest.base, _main_size(main), gaps)


def _main_size(runs: list[Run]) -> float:
    """The size covering most characters: a lone comma set larger is not the line's size."""
    size = runs[0].size
    for r in runs:
        if r.size != size:
            break
    else:
        return size
    chars: dict[float, int] = {}
    for r in runs:
        chars[r.size] = chars.get(r.size, 0) + len(r.text)
    return max(chars, key=lambda s: (chars[s], s))


def _attach_superscripts(lines: list[Line]) -> list[Line]:
    """Merge a line of small raised runs into the line just below it."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        below = lines[i + 1] if i + 1 < len(lines) else None
        if below is not None and _is_superscript_of(line, below):
            for run in line.runs:
                run.raised = True
            lines[i + 1] = make_line(below.runs + line.runs)
        else:
            out.append(line)
        i += 1
    return out


def _is_superscript_of(line: Line, below: Line) -> bool:
    rise = below.base - line.base
    if not (_SUP_RISE[0] <= rise <= _SUP_RISE[1]):
        return False
    if max(r.size for r in line.runs) > _SUP_RATIO * below.size:
        return False
    return all(len(r.text) <= 4 for r in line.runs)
