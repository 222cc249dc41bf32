"""Blocks -> paragraphs: rejoin text cut by line and page breaks, gather footnotes."""

from __future__ import annotations

import re
from collections import defaultdict, deque
from dataclasses import dataclass

from converter.languages import LanguageTable
from converter.readers.blocks import Block, BlockKind, Span
from converter.segmentation.model import Note, RichText, Table, plain_text
from converter.segmentation.richtext import join, merge_adjacent, strip

_ENDS_SENTENCE = re.compile(r"[.;:!?\]。；：！？؛؟]\s*$")   # full-width and Arabic marks too
_ITEM_START = re.compile(   # "1.", "(a)", "(iv)", "IV.", "A.", the Council's "a." and "iv.", and
    # "a)" as French, Spanish and Russian print it (Russian sometimes with a Cyrillic "а)")
    r"^(?:\d+\.\s|\d+ - |\((?:[a-z]|([a-z])\1{1,3}|[ivxl]{1,8})\)\s|(?:[a-z]|[ivxl]{1,8})\.\s"
    r"|(?:[a-z]|[ivxl]{1,8}|[асеорх])\)\s"
    r"|[IVXL]+\.\s|[A-Z]\.\s|[A-Z]$|[IVXL]+$)")

_LETTERED = re.compile(r"^\(?(?:[a-z]|[ivxl]{1,8}|[асеорх])\)\s")   # "(f) ", "f) ", "(iv) "


@dataclass
class Paragraph:
    """A paragraph of text, or a table (then `text` is empty)."""

    text: RichText
    page: int
    table: Table | None = None

    @property
    def plain(self) -> str:
        return plain_text(self.text)


def _starts_new(prev: Paragraph, block: Block, language: LanguageTable) -> bool:
    """For a block whose source could not tell: does it open a new paragraph?"""
    text = block.text.lstrip()
    if not text:
        return False
    if _ITEM_START.match(text) or language.preamble_regex.match(text) or language.formula_regex.match(text):
        return True
    before = _before_markers(prev.text)
    if language.formula_regex.match(before.strip()):
        return True   # the formula is a paragraph of its own (a Russian recital opens in small letters)
    if text[0].islower():   # a wrap-up or sub-item after a clause; else the sentence goes on
        return before.rstrip().endswith((";", ":")) or _closes_list(before, text, language)
    if language.date_regex.search(before[-30:]) and before.rstrip()[-1:].isdigit():
        return True   # after the date closing a meeting line
    # a comma or no punctuation at all: the sentence goes on across the break
    return bool(_ENDS_SENTENCE.search(before))


def _before_markers(text: RichText) -> str:
    """The plain text without the note markers that end it: a sentence ends at its full
    stop, not at the marker of a note set after it ("… session.²")."""
    end = len(text)
    while end and isinstance(last := text[end - 1], Span) and (last.note_ref or not last.text.strip()):
        end -= 1
    return plain_text(text[:end])


def _closes_list(prev: str, text: str, language: LanguageTable) -> bool:
    """A conjunction after the last item of a list set off by commas: the end of the sentence
    that introduced the list ("(f) …, " then "and in the commitments contained therein,"),
    not the item's own text cut by a page break (which a break after its comma and a
    conjunction would need).  Only after a lettered item: a numbered paragraph cut after a
    comma goes on with "and" as often as not."""
    return (prev.rstrip().endswith(",") and bool(_LETTERED.match(prev))
            and text.split(" ", 1)[0] in language.conjunctions)


def join_paragraphs(blocks: list[Block], language: LanguageTable) -> tuple[list[Paragraph], list[Note]]:
    """Paragraphs in reading order, and the footnotes (continuations joined)."""
    paragraphs: list[Paragraph] = []
    notes: list[Note] = []
    for block in blocks:
        if block.kind is BlockKind.FOOTNOTE:
            if block.marker is None and notes:
                notes[-1].content = join(notes[-1].content, block.spans)
            else:
                notes.append(Note(block.marker or "*", merge_adjacent(strip(block.spans))))
            continue
        if block.kind is BlockKind.TABLE:
            _add_table(paragraphs, block)
            continue
        starts = block.starts_paragraph
        if starts is None and paragraphs:
            starts = paragraphs[-1].table is not None or _starts_new(paragraphs[-1], block, language)
        if starts or not paragraphs:
            paragraphs.append(Paragraph(merge_adjacent(strip(block.spans)), block.page))
        else:
            paragraphs[-1].text = join(paragraphs[-1].text, strip(block.spans))
    return [p for p in paragraphs if p.text or p.table], notes   # (no text, no plain text)


def _add_table(paragraphs: list[Paragraph], block: Block) -> None:
    """A new table, or the rest of the previous one when a page break cut it (same columns;
    the header repeated on the new page is dropped)."""
    rows = [[merge_adjacent(strip(cell)) for cell in row] for row in block.rows or []]
    if not rows:
        return
    table = Table(rows, block.header_rows)
    prev = paragraphs[-1].table if paragraphs else None
    if prev is None or block.page == paragraphs[-1].page or prev.columns != table.columns:
        paragraphs.append(Paragraph([], block.page, table))
        return
    if table.header_rows and _texts(rows[:table.header_rows]) == _texts(prev.rows[:prev.header_rows]):
        rows = rows[table.header_rows:]
    prev.rows.extend(rows)
    paragraphs[-1].page = block.page


def _texts(rows: list[list[RichText]]) -> list[list[str]]:
    return [[plain_text(cell) for cell in row] for row in rows]


def anchor_notes(paragraphs: list[Paragraph], notes: list[Note]) -> list[Note]:
    """Replace each marker span by its note, in document order; return unanchored notes."""
    queues: dict[str, deque[Note]] = defaultdict(deque)
    for note in notes:
        queues[note.marker].append(note)
    for para in paragraphs:
        para.text = _anchored(para.text, queues)
        if para.table is not None:
            para.table.rows = [[_anchored(cell, queues) for cell in row] for row in para.table.rows]
    return [n for q in queues.values() for n in q]


def _anchored(text: RichText, queues: dict[str, deque[Note]]) -> RichText:
    out: RichText = []
    for x in text:
        if isinstance(x, Span) and x.note_ref:
            queue = queues.get(x.text)
            if queue:
                out.append(queue.popleft())
            continue
        out.append(x)
    return out
