"""Tables on a page: runs of lines whose text stands in aligned columns.

A PDF has no table object: a table is lines cut by wide gaps into cells, the
cells of successive lines standing in the same columns.  Body text never has
gaps that wide, except after a list label ("1.", "(a)"), which does not count.
A line of one cell inside a table, set close below a row, is a cell wrapped
onto a second line ("Bolivia (Plurinational" / "State of)"), unless a colon
ends it ("Of which:"), a row of its own that heads the rows below.  Column
headings need not have a cell in the first column (the row labels' stub): a
later row may open a column to the left of all others, and the heading lines
set close together are one row ("2025" / "estimates").  A short line set just
above the table over its figure columns ("(United States dollars)") is a
heading row, and notes under it ("a" raised, then text) are rows too.  Header
rows are the leading bold rows, else the leading rows without a row label,
else a first row of words over rows of figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from converter.readers.blocks import Block, BlockKind, Row
from converter.readers.pdf.boxes import Box
from converter.readers.pdf.lines import Line, make_line
from converter.readers.pdf.masthead import Item
from converter.readers.pdf.paragraphs import label_of
from converter.readers.pdf.spans import WordBreak, block_spans

CELL_GAP = 1.5      # a gap wider than this many type sizes separates two cells
_ROW_STEP = 1.6     # a wrapped cell's line sits at most this many sizes below its row
_EDGE_STEP = 3.0    # a units line above, or a note below, sits at most this many sizes away
_NOTE_MARK = re.compile(r"^(?:[a-z]|\*{1,3})$")   # table notes: a, b, c … or stars, raised
_MIN_ROWS = 2
_FIGURE = re.compile(r"^[\d\s.,%()\-–−]+$")
# list labels: "1.", "(a)", "Item 2.", "Article 3:", "Rule 12"
_LABEL = re.compile(r"^(?:\S+\s){0,2}\S*[.):]$|^[^\W\d]+\s\d+$")


@dataclass(slots=True)
class _Cell:
    x0: float
    x1: float
    lines: list[Line]


@dataclass(slots=True)
class _Column:
    x0: float
    x1: float

    def overlap(self, cell: _Cell) -> float:
        return min(self.x1, cell.x1) - max(self.x0, cell.x0)


@dataclass
class TableDraft:
    """A table found on one page, before its cells become spans."""

    page: int
    columns: list[_Column]
    rows: list[list[_Cell | None]] = field(default_factory=list)
    bold: list[bool] = field(default_factory=list)
    bases: list[float] = field(default_factory=list)   # each row's first baseline
    last: Line | None = None

    def place(self, cells: list[_Cell]) -> list[_Cell | None] | None:
        """The cells in their columns, or None when two fall into one column or one in none."""
        placed: list[_Cell | None] = [None] * len(self.columns)
        for cell in cells:
            hits = [i for i, column in enumerate(self.columns) if column.overlap(cell) > 0]
            if len(hits) != 1 or placed[hits[0]] is not None:
                return None   # outside the columns, across two of them, or a second in one
            placed[hits[0]] = cell
        return placed

    def add(self, line: Line, placed: list[_Cell | None]) -> None:
        self.rows.append(placed)
        self.bases.append(line.base)
        self.bold.append(line.bold)
        self.last = line
        for column, cell in zip(self.columns, placed, strict=True):
            if cell is not None:
                column.x0, column.x1 = min(column.x0, cell.x0), max(column.x1, cell.x1)

    def widen(self, cells: list[_Cell]) -> bool:
        """Open a column left of all others for cells that stand there (the row labels under
        column headings that had none); True when the cells then fit."""
        left = [c for c in cells if c.x1 < self.columns[0].x0]
        if not left or len(left) > 1:
            return False
        self.columns.insert(0, _Column(left[0].x0, left[0].x1))
        for row in self.rows:
            row.insert(0, None)
        if self.place(cells) is None:
            del self.columns[0]
            for row in self.rows:
                del row[0]
            return False
        return True

    @property
    def rows_labelled(self) -> int:
        return sum(1 for row in self.rows if row[0] is not None)

    def merge_headings(self) -> None:
        """Column headings over two lines ("2025" / "estimates") set at line spacing, with no
        row label, are one row; so is a first row of headings over the stub too ("Region",
        "Amount") with a line of words under its other headings ("(United States dollars)")."""
        i = 0
        while i + 1 < len(self.rows) and self.rows[i + 1][0] is None and (
                self.rows[i][0] is None or (i == 0 and self._words_under_headings())):
            upper, lower = self.rows[i], self.rows[i + 1]
            size = next(c for c in lower if c is not None).lines[0].size
            apart = self.bases[i + 1] - self.bases[i] > _ROW_STEP * size
            if _filled(upper) < 2 or _filled(lower) < 2 or apart:
                i += 1
                continue
            self.rows[i] = [u if w is None else w if u is None else _Cell(u.x0, u.x1, u.lines + w.lines)
                            for u, w in zip(upper, lower, strict=True)]
            del self.rows[i + 1], self.bold[i + 1], self.bases[i + 1]

    def _words_under_headings(self) -> bool:
        """Whether the first two rows hold words only, the second none in a column the first
        leaves empty, and rows follow them."""
        if len(self.rows) < 3:
            return False
        first, second = self.rows[0], self.rows[1]
        if any(w is not None and u is None for u, w in zip(first, second, strict=True)):
            return False
        return not any(_FIGURE.match(line.text) for row in (first, second) for cell in row
                       if cell is not None for line in cell.lines)

    def wrap(self, line: Line, placed: list[_Cell | None]) -> None:
        """A line continuing the cells of the last row."""
        for i, cell in enumerate(placed):
            if cell is None:
                continue
            old = self.rows[-1][i]
            self.rows[-1][i] = cell if old is None else _Cell(old.x0, old.x1, old.lines + cell.lines)
        self.last = line

    def block(self, word_break: WordBreak) -> Block:
        rows: list[Row] = [[block_spans(c.lines, word_break) if c is not None else [] for c in row]
                           for row in self.rows]
        return Block([], BlockKind.TABLE, self.page, rows=rows, header_rows=self._header_rows(rows))

    def _header_rows(self, rows: list[Row]) -> int:
        bold = next((i for i, b in enumerate(self.bold) if not b), len(self.bold))
        if 0 < bold < len(rows):
            return bold
        unlabelled = next((i for i, row in enumerate(self.rows) if row[0] is not None), 0)
        if 0 < unlabelled < len(rows) and len(self.columns) > 2:
            return unlabelled
        texts = [["".join(s.text for s in cell).strip() for cell in row] for row in rows]
        figures = [any(t and _FIGURE.match(t) for t in row) for row in texts]
        return 1 if not figures[0] and any(figures[1:]) else 0


def _filled(row: list[_Cell | None]) -> int:
    return sum(c is not None for c in row)


def _cell_count(line: Line) -> int:
    """How many cells `cells_of` cuts the line into (without building them)."""
    if len(line.runs) == 1:
        return 1   # (half the lines of a page)
    limit = CELL_GAP * line.size
    return 1 + sum(1 for run, gap in zip(line.runs[1:], line.gaps[1:], strict=True)
                   if gap > limit and not run.raised)


def cells_of(line: Line) -> list[_Cell]:
    """The line cut at gaps wider than CELL_GAP type sizes."""
    groups: list[list] = []
    for run, gap in zip(line.runs, line.gaps, strict=True):
        if not groups or (gap > CELL_GAP * line.size and not run.raised):
            groups.append([])
        groups[-1].append(run)
    return [_Cell(g[0].x0, max(r.x1 for r in g), [make_line(g)]) for g in groups]


def _is_row(line: Line, cells: list[_Cell]) -> bool:
    """Two or more cells, and not a list label followed by its paragraph's text."""
    return len(cells) >= 2 and not (len(cells) == 2 and label_of(line))


def split_tables(items: list[Item], boxes: Sequence[Box] = ()) -> list[list[Item] | TableDraft]:
    """The page's items in order, runs of table lines (and the lines a ruled box frames)
    replaced by TableDrafts."""
    out: list[list[Item] | TableDraft] = []
    i = 0
    while i < len(items):
        table, end = _boxed_at(items, i, boxes) if boxes else (None, i)
        if table is None:
            table, end = _table_at(items, i)
        if table is None:
            last = out[-1] if out else None
            if not isinstance(last, list):
                last = []
                out.append(last)
            last.append(items[i])
            i += 1
        else:
            if out and isinstance(out[-1], list) and out[-1] and _units_line(table, out[-1][-1]):
                out[-1].pop()
            out.append(table)
            i = _notes(table, items, end)
    return [part for part in out if not isinstance(part, list) or part]


def _boxed_at(items: list[Item], start: int, boxes: Sequence[Box]) -> tuple[TableDraft | None, int]:
    """The lines a ruled box frames, from items[start] on, as a table of one cell."""
    box = next((b for b in boxes if _inside(b, items[start])), None)
    if box is None or items[start].alone:
        return None, start
    end = start
    while end < len(items) and not items[end].alone and _inside(box, items[end]):
        end += 1
    lines = [item.line for item in items[start:end]]
    cell = _Cell(min(ln.x0 for ln in lines), max(ln.x1 for ln in lines), lines)
    table = TableDraft(items[start].page, [_Column(cell.x0, cell.x1)])
    table.add(lines[0], [cell])
    table.last = lines[-1]
    return table, end


def _inside(box: Box, item: Item) -> bool:
    line = item.line
    return box.holds(line.x0, line.top, line.x1, line.base)


def _units_line(table: TableDraft, item: Item) -> bool:
    """A one-cell line just above the table, over its figure columns ("(United States
    dollars)"): a heading row of the table, its text in the column where it begins."""
    line = item.line
    cells = cells_of(line)
    if item.alone or len(cells) != 1 or len(table.columns) < 3 or label_of(line):
        return False
    step = _first_base(table) - line.base
    if not (0 < step <= _EDGE_STEP * line.size):
        return False
    inside = [i for i, c in enumerate(table.columns) if c.overlap(cells[0]) > 0 or c.x0 > cells[0].x0]
    if not inside or inside[0] == 0 or cells[0].x1 > table.columns[-1].x1 + line.size:
        return False
    row: list[_Cell | None] = [None] * len(table.columns)
    row[inside[0]] = cells[0]
    table.rows.insert(0, row)
    table.bold.insert(0, line.bold)
    table.bases.insert(0, line.base)
    return True


def _first_base(table: TableDraft) -> float:
    return min(ln.base for c in table.rows[0] if c is not None for ln in c.lines)


def _notes(table: TableDraft, items: list[Item], start: int) -> int:
    """Notes set under the table (a raised "a", then its text, maybe wrapped) become rows
    of one cell; the index after them."""
    end = start
    while end < len(items) and not items[end].alone:
        line = items[end].line
        assert table.last is not None
        step = line.base - table.last.base
        first = line.runs[0]
        if first.raised and _NOTE_MARK.match(first.text) and 0 < step <= _EDGE_STEP * table.last.size:
            table.rows.append([_Cell(line.x0, line.x1, [line])] + [None] * (len(table.columns) - 1))
            table.bold.append(False)
            table.bases.append(line.base)
        elif table.rows[-1][0] is not None and _is_note(table.rows[-1][0]) and _is_wrapped(table, line) \
                and len(cells_of(line)) == 1:
            cell = table.rows[-1][0]
            table.rows[-1][0] = _Cell(cell.x0, max(cell.x1, line.x1), [*cell.lines, line])
        else:
            break
        table.last = line
        end += 1
    return end


def _is_note(cell: _Cell) -> bool:
    first = cell.lines[0].runs[0]
    return first.raised and bool(_NOTE_MARK.match(first.text))


def _table_at(items: list[Item], start: int) -> tuple[TableDraft | None, int]:
    """The table starting at items[start] and the index after it, or (None, start)."""
    first = items[start]
    if first.alone or _cell_count(first.line) < 2:   # most lines: no cells built
        return None, start
    cells = cells_of(first.line)
    if not _is_row(first.line, cells):
        return None, start
    table = TableDraft(first.page, [_Column(c.x0, c.x1) for c in cells])
    table.add(first.line, list(cells))
    end = start + 1
    rows_end, rows_kept = end, 1
    while end < len(items) and not items[end].alone:
        line = items[end].line
        cells = cells_of(line)
        placed = table.place(cells)
        if placed is None and _is_row(line, cells) and table.widen(cells):
            placed = table.place(cells)
        if placed is None:
            break
        if _is_row(line, cells):
            table.add(line, placed)
        elif _heads_rows(line, placed) and table.rows_labelled:
            table.add(line, placed)   # "Of which:": kept only when rows follow
            end += 1
            continue
        elif (following := _label_opening(table, items, end, placed)) is not None:
            table.add(items[end + 1].line, following)
            end += 1
        elif _is_wrapped(table, line) and not _ends_with_colon(table.rows[-1][0]):
            table.wrap(line, placed)
        else:
            break
        end += 1
        rows_end, rows_kept = end, len(table.rows)
    del table.rows[rows_kept:], table.bold[rows_kept:], table.bases[rows_kept:]
    table.merge_headings()
    if len(table.rows) < _MIN_ROWS or _is_labelled_list(table):
        return None, start
    return table, rows_end


def _label_opening(table: TableDraft, items: list[Item], at: int,
                   placed: list[_Cell | None]) -> list[_Cell | None] | None:
    """A row label alone whose figures stand on the next line, where the label goes on
    indented ("Grants and contributions to" / "  other bodies   5 000 …"): that row, the
    label's first line put in front of its first cell; else None."""
    label = placed[0]
    if label is None or any(c is not None for c in placed[1:]) or at + 1 >= len(items):
        return None
    line, below = items[at].line, items[at + 1]
    cells = cells_of(below.line)
    following = table.place(cells) if not below.alone and _is_row(below.line, cells) else None
    if following is None or following[0] is None:
        return None
    step = below.line.base - line.base
    if not (0 < step <= _ROW_STEP * line.size and following[0].x0 > label.x0 + 0.5 * line.size):
        return None
    rest = following[0]
    following[0] = _Cell(label.x0, max(label.x1, rest.x1), label.lines + rest.lines)
    return following


def _heads_rows(line: Line, placed: list[_Cell | None]) -> bool:
    """A row label alone that ends with a colon ("Of which:") heads the rows below it."""
    return placed[0] is not None and all(c is None for c in placed[1:]) \
        and line.text.rstrip().endswith(":")


def _ends_with_colon(cell: _Cell | None) -> bool:
    return cell is not None and cell.lines[-1].text.rstrip().endswith(":")


def _is_labelled_list(table: TableDraft) -> bool:
    """Two columns, labels ("Item 2.", "Article 3") then text: a list set with tabs."""
    if len(table.columns) != 2:
        return False
    labels = [row[0].lines[0].text.strip() if row[0] is not None else "" for row in table.rows]
    return all(_LABEL.match(label) for label in labels if label) and any(labels)


def _is_wrapped(table: TableDraft, line: Line) -> bool:
    assert table.last is not None
    step = line.base - table.last.base
    return 0 < step <= _ROW_STEP * line.size
