"""Reader for the markdown-like dialect: one paragraph per line, notes where a page ended.

Pages are separated by three or more blank lines; footnote lines start with a
superscript marker (`¹ …`) or `* …`, perhaps under a `__________` rule.  A paragraph cut by a page break
continues in the first line after that page's notes: segmentation rejoins it.
Tables are pipe tables (`| a | b |`); a `|---|---|` line ends the header rows.
"""

from __future__ import annotations

import re

from converter.languages.table import LanguageTable
from converter.readers.blocks import Block, BlockKind, Row, SourceDocument
from converter.readers.inline_md import SUPERSCRIPT_DIGITS, parse_inline, superscript_marker
from converter.readers.run_in import split_run_in
from converter.readers.spacing import close_digit_ranges, mend_hyphens, respace

_PAGE_BREAK = re.compile(r"\n[ \t]*\n[ \t]*\n[ \t]*\n")
_TABLE_ROW = re.compile(r"^\|.*\|$")
_HEADER_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+$")
# (with the full-width and Arabic marks: "。", "；", "،", "؛")
_CLOSING = re.compile(r"[.,;:!?)\]*”’\"。，；：！？）،؛؟]\s*$")
_OPENS_PARAGRAPH = re.compile(r"\d{1,3}\.\s|\d{1,3} - |\([a-z]{1,5}\)\s|\*[A-Z]")
_PARAGRAPH_LENGTH = 100   # a line this long that opens like a paragraph is (part of) one
_NOTE_RULE = re.compile(r"^_{5,}$")   # the rule above a page's footnotes: furniture


def _cells(line: str) -> Row:
    """The cells of a pipe-table row (`\\|` is a literal bar)."""
    texts = re.split(r"(?<!\\)\|", line.strip()[1:-1])
    return [parse_inline(t.strip().replace("\\|", "|"))[0] for t in texts]


class _TableRows:
    """Pipe-table lines being gathered into one TABLE block."""

    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.header_rows = 0
        self.line = 0

    def _reset(self) -> None:
        self.rows, self.header_rows, self.line = [], 0, 0

    def add(self, line: str, line_no: int) -> None:
        if not self.rows:
            self.line = line_no
        if _HEADER_RULE.match(line):
            self.header_rows = len(self.rows)
        else:
            self.rows.append(_cells(line))

    def flush(self, blocks: list[Block], page: int) -> None:
        if self.rows:
            blocks.append(Block([], BlockKind.TABLE, page, source_line=self.line, rows=self.rows,
                                header_rows=self.header_rows))
        self._reset()


def looks_like_markdown(text: str) -> bool:
    """The dialect shows itself by superscript markers, `[x](#)` links, `*italics*`, or
    unwrapped paragraphs; pdftotext output has form feeds and wraps lines (~90 chars)."""
    if "\f" in text:
        return False
    if re.search(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]|\]\(#?[^)\s]*\)|(?:^|\s)\*[A-Z][^*\n]+\*", text):
        return True
    if re.search(r"^\|(?:\s*:?-{3,}:?\s*\|)+\s*$", text, re.M):
        return True   # a pipe table's header rule
    return any(len(line) > 150 for line in text.splitlines())


_NUMBER_NOT_PARAGRAPH = re.compile(r"\d+(?![.\d]*\.\s)")


def _may_continue(line: str) -> bool:
    """Pages can break without a visible mark: a line that opens lowercase, or a long line
    opening with a number that is not a paragraph number ("11 to 15 October 2021, and…"),
    may continue the previous paragraph.  (Short lines such as dates are masthead.)"""
    if line[0].islower():
        return True
    return len(line) > 40 and bool(_NUMBER_NOT_PARAGRAPH.match(line))


def _cut_short(line: str, language: LanguageTable) -> bool:
    """A paragraph-long line that stops without punctuation was cut by a page break the text
    does not mark (a single blank line): the next line may continue it.  Only a paragraph
    that opens like one ("1.", "(a)", an italic or preambular phrase): masthead titles are
    long too."""
    if len(line) <= _PARAGRAPH_LENGTH:
        return False
    opens = _OPENS_PARAGRAPH.match(line) or language.preamble_regex.match(line)
    text = line.rstrip(SUPERSCRIPT_DIGITS + "*")
    # (the mark can only be the last printed character: searched from there)
    return bool(opens) and not _CLOSING.search(text, max(0, len(text.rstrip()) - 1))


def read_markdown(text: str, language: LanguageTable) -> SourceDocument:
    blocks: list[Block] = []
    pages = [p for p in _PAGE_BREAK.split(text.replace("\r\n", "\n"))]
    page_no = 0
    line_no = 0
    previous = ""   # the last text line, across pages
    for page_text in pages:
        if page_text.strip():
            page_no += 1
        italic = False
        after_break = page_no > 1   # a line after a page break or notes may continue a paragraph
        table = _TableRows()
        for raw in page_text.split("\n"):
            line_no += 1
            line = close_digit_ranges(raw.strip())
            if not italic and _TABLE_ROW.match(line):
                table.add(line, line_no)
                continue
            table.flush(blocks, page_no)
            if not line or _NOTE_RULE.match(line):
                continue
            note = None if italic else superscript_marker(line)
            if note is not None:
                marker, body = note
                spans, italic = parse_inline(body)
                blocks.append(Block(spans, BlockKind.FOOTNOTE, page_no, marker=marker,
                                    source_line=line_no))
                after_break = True
                continue
            spans, italic_after = parse_inline(line, italic)
            starts: bool | None = not italic  # a line inside an open italic run continues it
            if starts and (after_break or _may_continue(line) or _cut_short(previous, language)):
                starts = None   # segmentation decides: a page break may have cut a paragraph
            after_break = False
            previous = line
            blocks.append(Block(spans, BlockKind.TEXT, page_no, starts_paragraph=starts,
                                source_line=line_no))
            italic = italic_after
        table.flush(blocks, page_no)
    respace(blocks, lambda text: mend_hyphens(text, language))
    blocks = split_run_in(blocks, language)
    return SourceDocument(blocks, max(page_no, 1), "md")
