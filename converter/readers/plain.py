"""Reader for plain text as `pdftotext` (poppler, default mode) writes UN documents.

Pages are split at form feeds and cleaned of furniture (plain_pages), page 1's
masthead becomes one block per item (plain_masthead), body lines are regrouped
into paragraphs (plain_paragraphs), the footnote area is parsed into notes
(plain_notes) and the notes' markers are found back in the running text
(plain_markers).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from converter.languages.table import LanguageTable
from converter.readers.blocks import Block, BlockKind, SourceDocument, Span
from converter.readers.plain_hyphens import repair_hyphens
from converter.readers.plain_markers import attach_markers
from converter.readers.plain_masthead import body_start, masthead_items
from converter.readers.plain_notes import note_ends, parse_note_area
from converter.readers.plain_pages import PlainPage, split_pages
from converter.readers.plain_paragraphs import Para, ended_short, ends_sentence, split_paragraphs
from converter.readers.plain_tables import one_column, split_table_lines, table_block
from converter.readers.plain_text import (
    JOIN_EXCESS,
    Joined,
    joined_line,
    mend_plain_hyphens,
    normalize,
)
from converter.readers.run_in import split_run_in
from converter.readers.spacing import respace

_DEFAULT_WIDTH = 86
_FURNITURE_HINT = re.compile(
    r"^(?:_{5,}|\d{2}-\d{5}\s*\([A-Z]\)|\*\d{6,}\*|\d{1,3}/\d{1,3})$", re.MULTILINE)


def looks_like_pdftotext(text: str) -> bool:
    """Form feeds, job numbers, barcodes, page counters or `____` rules on lines of their own."""
    hints = len(_FURNITURE_HINT.findall(text[:200_000]))
    return hints >= 2 or ("\f" in text and hints >= 1)


def _width(lines: list[str]) -> int:
    """The wrap width: most body lines are full ones."""
    lengths = sorted(map(len, lines))
    del lengths[:bisect_right(lengths, 20)]   # (the lines of 20 characters or fewer)
    if len(lengths) < 5:
        return _DEFAULT_WIDTH
    return lengths[int(len(lengths) * 0.8)]


def _continues(para: Para, previous: str | None, last_line: str, width: int) -> bool:
    """Whether the first paragraph of a page continues the previous page's last one, whose
    last line is `last_line`: not when that line was short ("17 December 2024" / "Annex")."""
    if previous is None or para.marked:
        return False
    first = para.lines[0][:1]
    if first.islower() or first.isdigit() or not first.isalnum():
        return True
    return not ends_sentence(previous.rstrip()) and not ended_short(last_line, para.lines[0], width)


def _page_markers(notes: list[tuple[str | None, str]]) -> list[str]:
    return [m for m, _ in notes if m is not None]


def read_plain(text: str, language: LanguageTable) -> SourceDocument:
    pages, symbol = split_pages(text, language)
    width = _width([line for page in pages for line in page.body])
    note_width = _width([line for page in pages for line in page.notes])
    blocks: list[Block] = []
    warnings: list[str] = []
    next_note = 1
    last_text: str | None = None
    last_line = ""
    last_note: str | None = None
    joins: dict[int, list[Joined]] = {}
    for page in pages:
        page_blocks, page_joins, last_line = _page_text_blocks(page, language, width, symbol,
                                                               last_text, last_line)
        joins.update((len(blocks) + i, windows) for i, windows in page_joins.items())
        notes = parse_note_area(page.notes, next_note, note_width,
                                last_note is not None and not note_ends(last_note))
        warnings.extend(f"page {page.number}: a table printed a cell a line (its columns are "
                        "not in plain text) is kept as one column" for b in page_blocks
                        if one_column(b))
        missing = attach_markers(page_blocks, _page_markers(notes), language)
        warnings.extend(f"page {page.number}: note marker {m} not found in the text"
                        for m in missing if m != "*" or page.number > 1)
        note_joins = _joined_lines(page.notes, note_width)
        for marker, note in notes:
            if marker is not None and marker.isdigit():
                next_note = int(marker) + 1
            if found := [j for line, j in note_joins.items() if normalize(line) in note]:
                joins[len(blocks) + len(page_blocks)] = found   # "highlevel" in a note too
            page_blocks.append(Block([Span(note)], BlockKind.FOOTNOTE, page.number,
                                     marker=marker))
            last_note = note
        texts = [b for b in page_blocks if b.kind is BlockKind.TEXT]
        if texts:
            last_text = texts[-1].text
        blocks.extend(page_blocks)
    blocks = respace(blocks, lambda text: mend_plain_hyphens(text, language))
    mended = {i: [j.mended(lambda t: mend_plain_hyphens(normalize(t), language)) for j in js]
              for i, js in joins.items()}
    blocks = repair_hyphens(blocks, language, mended)
    blocks = split_run_in(blocks, language)
    return SourceDocument(blocks, max(len(pages), 1), "plain", symbol_hint=symbol,
                          warnings=warnings)


def _joined_lines(lines: list[str], width: int) -> dict[str, Joined]:
    """The over-long lines, by their text (the length asked first: most lines are not)."""
    longest = width + JOIN_EXCESS
    return {line: found for line in lines
            if len(line) > longest and (found := joined_line(line, width))}


def _para_joins(lines: list[str], joined: dict[str, Joined]) -> list[Joined]:
    """The over-long lines of a paragraph, a line perhaps led by its merged label."""
    if not joined:
        return []
    shortest = min(map(len, joined))   # (a shorter line is none of them, nor its tail)
    found = (joined.get(line) or joined.get(line.partition(" ")[2])
             for line in lines if len(line) >= shortest)
    return [j for j in found if j is not None]


def _page_text_blocks(page: PlainPage, language: LanguageTable, width: int, symbol: str | None,
                      previous: str | None, last_line: str
                      ) -> tuple[list[Block], dict[int, list[Joined]], str]:
    """The page's text and table blocks, by block index their over-long lines, and the last
    line of its last paragraph; `previous` and `last_line` are those of the page before."""
    lines = page.body
    blocks: list[Block] = []
    joins: dict[int, list[Joined]] = {}
    if page.number == 1:
        if symbol is not None:   # first, wherever pdftotext put it among the masthead's lines
            blocks.append(Block([Span(symbol)], page=1))
            if symbol in lines:
                at = lines.index(symbol)
                lines = lines[:at] + lines[at + 1:]
        start = body_start(lines, language)
        head_joins = _joined_lines(lines[:start], width)
        for item in masthead_items(lines[:start], language, width):
            if found := [j for line, j in head_joins.items() if normalize(line) in item]:
                joins[len(blocks)] = found   # "a nuclearweapon-free world" in a title
            blocks.append(Block([Span(item)], page=1))
        lines = lines[start:]
    joined = _joined_lines(lines, width)
    first = True
    for is_table, run in split_table_lines(lines, width):
        if is_table:
            blocks.append(table_block(run, page.number))
            previous, first = None, False
            continue
        for para in split_paragraphs(run, language, width, previous or ""):
            starts = para.starts
            if first and page.number > 1:
                starts = not _continues(para, previous, last_line, width)
            last_line = para.lines[-1]
            first = False
            if found := _para_joins(para.lines, joined):
                joins[len(blocks)] = found
            blocks.append(Block([Span(para.text)], page=page.number, starts_paragraph=starts))
    return blocks, joins, last_line


__all__ = ["looks_like_pdftotext", "read_plain"]
