"""Tables on a page: runs of lines whose text stands in aligned columns.

A PDF has no table object: a table is lines cut by wide gaps into cells, the
cells of successive lines standing in the same columns.  Body text never has
gaps that wide, except after a list label ("1.", "(a)"), which does not count.
A line of one cell inside a table, set close below a row, is a cell wrapped
onto a second line ("Bolivia (Plurinational" / "State of)").  Header rows are
the leading bold rows; without bold, a first row of words over rows of figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from converter.readers.blocks import Block, BlockKind, Row
from converter.readers.pdf.lines import Line, make_line
from converter.readers.pdf.masthead import Item
from converter.readers.pdf.paragraphs import label_of
from converter.readers.pdf.spans import block_spans

CELL_GAP = 1.5      # a gap wider than this many type sizes separates two cells
_ROW_STEP = 1.6     # a wrapped cell's line sits at most this many sizes below its row
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
        self.bold.append(line.bold)
        self.last = line
        for column, cell in zip(self.columns, placed, strict=True):
            if cell is not None:
                column.x0, column.x1 = min(column.x0, cell.x0), max(column.x1, cell.x1)

    def wrap(self, line: Line, placed: list[_Cell | None]) -> None:
        """A line continuing the cells of the last row."""
        for i, cell in enumerate(placed):
            if cell is None:
                continue
            old = self.rows[-1][i]
            self.rows[-1][i] = cell if old is None else _Cell(old.x0, old.x1, old.lines + cell.lines)
        self.last = line

    def block(self) -> Block:
        rows: list[Row] = [[block_spans(c.lines) if c is not None else [] for c in row]
                           for row in self.rows]
        return Block([], BlockKind.TABLE, self.page, rows=rows, header_rows=self._header_rows(rows))

    def _header_rows(self, rows: list[Row]) -> int:
        bold = next((i for i, b in enumerate(self.bold) if not b), len(self.bold))
        if 0 < bold < len(rows):
            return bold
        texts = [["".join(s.text for s in cell).strip() for cell in row] for row in rows]
        figures = [any(t and _FIGURE.match(t) for t in row) for row in texts]
        return 1 if not figures[0] and any(figures[1:]) else 0


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


def split_tables(items: list[Item]) -> list[list[Item] | TableDraft]:
    """The page's items in order, runs of table lines replaced by TableDrafts."""
    out: list[list[Item] | TableDraft] = []
    i = 0
    while i < len(items):
        table, end = _table_at(items, i)
        if table is None:
            if not out or isinstance(out[-1], TableDraft):
                out.append([])
            out[-1].append(items[i])
            i += 1
        else:
            out.append(table)
            i = end
    return out


def _table_at(items: list[Item], start: int) -> tuple[TableDraft | None, int]:
    """The table starting at items[start] and the index after it, or (None, start)."""
    first = items[start]
    cells = cells_of(first.line)
    if first.alone or not _is_row(first.line, cells):
        return None, start
    table = TableDraft(first.page, [_Column(c.x0, c.x1) for c in cells])
    table.add(first.line, list(cells))
    end = start + 1
    rows_end = end
    while end < len(items) and not items[end].alone:
        line = items[end].line
        cells = cells_of(line)
        placed = table.place(cells)
        if placed is None:
            break
        if _is_row(line, cells):
            table.add(line, placed)
            rows_end = end + 1
        elif _is_wrapped(table, line):
            table.wrap(line, placed)
            rows_end = end + 1
        else:
            break
        end += 1
    if len(table.rows) < _MIN_ROWS or _is_labelled_list(table):
        return None, start
    return table, rows_end


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
