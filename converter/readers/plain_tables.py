"""Tables in plain text: two or more lines whose cells are set apart by tabs or wide spaces.

`pdftotext` in its default mode writes body text with single spaces, so a run of
lines cut by tabs or by two or more spaces into two or more cells is a table
(as a typed text or `pdftotext -layout` sets one).  A line of dashes or `=`
under the first rows ends the header; without one, a first row of words over
rows of figures is the header.

A borderless table in that default mode comes out a cell a line: short lines and row
labels, several of them bare figures (`_figure_table`), rather than headings and
paragraphs.  Printed row by row, its rows are rebuilt; printed column by column ("Posts",
"Non-post resources", …, "1 234 500", "12 300", …), where its columns are is not in the
text, so it is one column, its lines in the order printed (`_cell_lines_table`).
"""

from __future__ import annotations

import re

from converter.readers.blocks import Block, BlockKind, Span

_CELL_SEPARATOR = re.compile(r"\t+| {2,}")
_RULE = re.compile(r"^[-=|+][-=\s|+]{2,}$")   # (underscores rule off the footnotes)
_FIGURE = re.compile(r"^[\d\s.,%()\-–−]+$")
_MIN_ROWS = 2
# a cell of figures, with a note letter after it: "50 000 a", "(1 000)", "12.5"
_FIGURE_CELL = re.compile(r"^\(?[\d][\d\s.,%]*\)?(?: [a-z])?$")
# what starts a paragraph, never a cell: "2.", "(a) ", "(iv) "
_PARAGRAPH_LABEL = re.compile(r"^(?:\d+\.(?:\s|$)|\((?:[a-z]{1,2}|[ivxl]+)\)\s)")
_UNITS = re.compile(r"^\(.+\)$")   # "(United States dollars)" over the figures
_TABLE_NOTE = re.compile(r"^(?:[a-z] [A-Z]|Notes?:|Sources?:)")
_MIN_FIGURES = 3
_SHORT = 0.5   # of the wrap width: a column's cell, never a wrapped line of text
_NARROWEST = 80   # the wrap width assumed at least (a short text tells its width badly)


def _cells(line: str) -> list[str]:
    return [c for c in _CELL_SEPARATOR.split(line.strip()) if c]


def _is_row(line: str) -> bool:
    text = line.strip()
    if "\t" not in text and "  " not in text:
        return False   # one cell without a separator (most lines: not split)
    return len(_cells(text)) >= 2


def _table_end(lines: list[str], start: int) -> int:
    """The index after the rows (and header rules) from `start`."""
    end = start
    while end < len(lines) and (_is_row(lines[end]) or (end > start and _RULE.match(lines[end]))):
        end += 1
    while end > start and _RULE.match(lines[end - 1]):
        end -= 1
    return end


def _header_rows(rows: list[list[str]], rule_after: int | None) -> int:
    if rule_after is not None:
        return rule_after
    figures = [any(_FIGURE.match(c) for c in row) for row in rows]
    return 1 if not figures[0] and any(figures[1:]) else 0


def table_block(lines: list[str], page: int) -> Block:
    if not any(_is_row(line) for line in lines):
        return _cell_lines_table([line for line in lines if line], page)
    rows: list[list[str]] = []
    rule_after: int | None = None
    for line in lines:
        if _RULE.match(line):
            rule_after = rule_after if rule_after is not None else len(rows)
        else:
            rows.append(_cells(line))
    return Block([], BlockKind.TABLE, page, rows=[[[Span(c)] for c in row] for row in rows],
                 header_rows=_header_rows(rows, rule_after))


def one_column(block: Block) -> bool:
    """Whether `block` is a table kept as one column (its columns not in the text): a typed
    table's rows have two cells or more, a rebuilt one's labels their figures."""
    return block.kind is BlockKind.TABLE and bool(block.rows) and all(
        len(row) == 1 for row in block.rows or [])


def _cell_lines_table(lines: list[str], page: int) -> Block:
    """A table printed a cell a line.  Row by row (each label, then its figures: "1. Overall
    policymaking …", "123 456 700"), its rows are rebuilt, the lines down to its units
    ("(United States dollars)") its heading; column by column, its lines stay one column in
    the order printed."""
    figure = [bool(_FIGURE_CELL.match(line)) for line in lines]
    rows = _label_rows(lines, figure)
    if rows is None:
        return Block([], BlockKind.TABLE, page, rows=[[[Span(line)]] for line in lines],
                     header_rows=0)
    first_label = figure.index(True) - 1
    units = [i for i in range(first_label) if _UNITS.match(lines[i])]
    head = units[-1] + 1 if units else 0
    return Block([], BlockKind.TABLE, page, rows=[[[Span(c)] for c in row] for row in rows],
                 header_rows=head)


def _label_rows(lines: list[str], figure: list[bool]) -> list[list[str]] | None:
    """The rows, a line each but a label's figures beside it, when each label followed by
    figures has as many of them (two or more such rows); else None (printed by columns)."""
    if figure[0] or not any(figure):
        return None
    rows: list[list[str]] = []
    for line, is_figure in zip(lines, figure, strict=True):
        if is_figure:
            rows[-1].append(line)
        else:
            rows.append([line])
    widths = {len(row) for row in rows if len(row) > 1}
    return rows if len(widths) == 1 and sum(len(row) > 1 for row in rows) >= 2 else None


def _cell_line(line: str, width: int) -> bool:
    return (0 < len(line) < _SHORT * max(width, _NARROWEST) and not _PARAGRAPH_LABEL.match(line)
            and not _is_row(line) and not _RULE.match(line))


def _row_label(lines: list[str], i: int, width: int) -> bool:
    """A row's label of any kind ("1. Overall policymaking …", "Part I. Political affairs",
    "Total, part I") that its figure follows: a bare figure within the next two lines."""
    if not lines[i] or len(lines[i]) > max(width, _NARROWEST) or _FIGURE_CELL.match(lines[i]):
        return False
    after = [line for line in lines[i + 1:i + 6] if line][:2]
    return any(_FIGURE_CELL.match(line) for line in after)


def _figure_table(lines: list[str], start: int, width: int) -> tuple[int, int, int]:
    """In the run of short lines [start, end), the lines [begin, last) of a table printed a
    cell a line, as (begin, last, end); begin == last when there is none.  The table runs
    from after the sentence that introduces it (its last line ends with a colon, or a blank
    line stands before the table) to its last figure and the table's notes ("a Includes …")."""
    end = start
    while end < len(lines) and (not lines[end] or _cell_line(lines[end], width)
                                or _row_label(lines, end, width)):
        end += 1
    figures = [i for i in range(start, end) if _FIGURE_CELL.match(lines[i])]
    if len(figures) < _MIN_FIGURES:
        return start, start, end
    begin = start
    for i in range(start, figures[0]):
        if lines[i].endswith(":"):
            begin = i + 1
    if begin == start and start > 0 and lines[start - 1] and not lines[start - 1].endswith(":"):
        # the run opens with the last line of a sentence: the table starts after a blank
        begin = next((i + 1 for i in range(start, figures[0]) if not lines[i]), figures[0])
    last = _notes_end(lines, figures[-1] + 1, end)
    while begin < last and not lines[begin]:
        begin += 1
    return begin, last, end


def _notes_end(lines: list[str], start: int, end: int) -> int:
    """The end of the notes under a table from `start` ("a Includes …" and the lines in small
    letters that go on with it), blank lines between them; `start` when there are none."""
    last, in_note = start, False
    for i in range(start, end):
        line = lines[i]
        if not line:
            continue
        if not (_TABLE_NOTE.match(line) or (in_note and line[:1].islower())):
            break
        last, in_note = i + 1, True
    return last


def split_table_lines(lines: list[str], width: int = 0) -> list[tuple[bool, list[str]]]:
    """The page's lines in runs: (True, table lines) or (False, other lines); with the wrap
    `width`, tables printed a cell a line too."""
    out: list[tuple[bool, list[str]]] = []
    i = 0
    while i < len(lines):
        if _is_row(lines[i]):
            end = _table_end(lines, i)
            if sum(1 for line in lines[i:end] if not _RULE.match(line)) >= _MIN_ROWS:
                out.append((True, lines[i:end]))
                i = end
                continue
        if width and _cell_line(lines[i], width):
            begin, last, end = _figure_table(lines, i, width)
            if not out or out[-1][0]:
                out.append((False, []))
            out[-1][1].extend(lines[i:begin if begin < last else end])
            if begin < last:
                out.append((True, lines[begin:last]))
            i = last if begin < last else end
            continue
        end = _plain_end(lines, i + 1, _SHORT * max(width, _NARROWEST) if width else 0)
        if not out or out[-1][0]:
            out.append((False, []))
        out[-1][1].extend(lines[i:end])
        i = end
    return out


def _plain_end(lines: list[str], start: int, short: float) -> int:
    """The first line from `start` that may open a table: one with a tab or wide space (a
    row: `_is_row`), or, `short` given, a line shorter (a cell: `_cell_line`).  (The lines
    before it are text: found without asking each of them the tests in full.)"""
    for k in range(start, len(lines)):
        line = lines[k]
        if "\t" in line or "  " in line or 0 < len(line) < short:
            return k
    return len(lines)
