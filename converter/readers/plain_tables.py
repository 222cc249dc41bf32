"""Tables in plain text: two or more lines whose cells are set apart by tabs or wide spaces.

`pdftotext` in its default mode writes body text with single spaces, so a run of
lines cut by tabs or by two or more spaces into two or more cells is a table
(as a typed text or `pdftotext -layout` sets one).  A line of dashes or `=`
under the first rows ends the header; without one, a first row of words over
rows of figures is the header.
"""

from __future__ import annotations

import re

from converter.readers.blocks import Block, BlockKind, Span

_CELL_SEPARATOR = re.compile(r"\t+| {2,}")
_RULE = re.compile(r"^[-=|+][-=\s|+]{2,}$")   # (underscores rule off the footnotes)
_FIGURE = re.compile(r"^[\d\s.,%()\-–−]+$")
_MIN_ROWS = 2


def _cells(line: str) -> list[str]:
    return [c for c in _CELL_SEPARATOR.split(line.strip()) if c]


def _is_row(line: str) -> bool:
    return len(_cells(line)) >= 2


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
    rows: list[list[str]] = []
    rule_after: int | None = None
    for line in lines:
        if _RULE.match(line):
            rule_after = rule_after if rule_after is not None else len(rows)
        else:
            rows.append(_cells(line))
    return Block([], BlockKind.TABLE, page, rows=[[[Span(c)] for c in row] for row in rows],
                 header_rows=_header_rows(rows, rule_after))


def split_table_lines(lines: list[str]) -> list[tuple[bool, list[str]]]:
    """The page's lines in runs: (True, table lines) or (False, other lines)."""
    out: list[tuple[bool, list[str]]] = []
    i = 0
    while i < len(lines):
        end = _table_end(lines, i) if _is_row(lines[i]) else i
        rows = sum(1 for line in lines[i:end] if not _RULE.match(line))
        if rows >= _MIN_ROWS:
            out.append((True, lines[i:end]))
            i = end
            continue
        if not out or out[-1][0]:
            out.append((False, []))
        out[-1][1].append(lines[i])
        i += 1
    return out
