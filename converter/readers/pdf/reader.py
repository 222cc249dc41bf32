"""PDF → SourceDocument: extraction, furniture, footnote areas, masthead order, paragraphs."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from converter.languages.table import LanguageTable
from converter.readers.blocks import Block, BlockKind, SourceDocument
from converter.readers.lexicon import Lexicon
from converter.readers.pdf.extract import Page, extract_pages
from converter.readers.pdf.footnotes import group_notes, split_notes
from converter.readers.pdf.furniture import body_lines, symbol_hint
from converter.readers.pdf.lines import Line
from converter.readers.pdf.masthead import Item, order_first_page
from converter.readers.pdf.paragraphs import Margins, group
from converter.readers.pdf.spans import WordBreak, block_spans
from converter.readers.pdf.stars import mark_star_markers
from converter.readers.pdf.tables import TableDraft, split_tables
from converter.readers.pdf.words import mend_dates
from converter.readers.spacing import mend_hyphens, respace


def read_pdf(path: Path, language: LanguageTable, data: bytes | None = None) -> SourceDocument:
    """Read a born-digital UN PDF into blocks; raises `ConversionError` subclasses.
    `language` gives the words hyphen repairs depend on ("zero- and low-carbon"); `data` is
    the file's content when it is already read (`path` then only names it)."""
    return read_pages(extract_pages(Path(path), data), language)


def read_pages(pages: list[Page], language: LanguageTable) -> SourceDocument:
    """Blocks of extracted pages; `pages` are left as they were, so they can be read again
    in another language without asking pdfium twice."""
    bodies: list[list[Line]] = []
    notes_by_page: list[list[Line]] = []
    size = body_size(pages)
    for page in pages:
        body, notes = split_notes(body_lines(page), size, page.rules)
        bodies.append(body)
        notes_by_page.append(notes)
    margins = Margins.of_text([ln for body in bodies[1:] or bodies for ln in body], size,
                              [ln for body in bodies for ln in body])

    word_break = Lexicon(language.lexicon).separates
    blocks: list[Block] = []
    last: Item | None = None  # the last body line so far: page breaks are judged from it
    for page, body, notes in zip(pages, bodies, notes_by_page, strict=True):
        if page.number == 1:
            items = order_first_page(body, page.width, page.height)
        else:
            items = [Item(line, page.number) for line in body]
        texts = _page_blocks(items, margins, last, page, word_break)
        note_blocks = _note_blocks(notes, page.number, word_break)
        mark_star_markers(texts, note_blocks)
        blocks += texts + note_blocks
        last = items[-1] if items else last
    respace(blocks, lambda text: mend_dates(mend_hyphens(text, language), language))
    return SourceDocument(blocks, len(pages), "pdf", symbol_hint=symbol_hint(pages))


def body_size(pages: list[Page]) -> float:
    """The most common type size, weighted by characters."""
    chars: dict[float, int] = {}   # by exact size first: a page has few, rounded once each
    for page in pages:
        for line in page.lines:
            for run in line.runs:
                chars[run.size] = chars.get(run.size, 0) + len(run.text)
    sizes: Counter[float] = Counter()
    for size, count in chars.items():
        sizes[round(size, 1)] += count
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _page_blocks(items: list[Item], margins: Margins, last: Item | None, page: Page,
                 word_break: WordBreak) -> list[Block]:
    """The page's TEXT and TABLE blocks in reading order."""
    out: list[Block] = []
    for segment in split_tables(items, page.boxes):
        if isinstance(segment, TableDraft):
            out.append(segment.block(word_break))
            last = None   # text after a table starts a paragraph of its own
        else:
            out += _text_blocks(segment, margins, last, word_break)
    return out


def _text_blocks(items: list[Item], margins: Margins, last: Item | None,
                 word_break: WordBreak) -> list[Block]:
    """TEXT blocks of one page; `last` (the previous page's last line) is context only."""
    drafts = group([last, *items] if last else items, margins)
    out = []
    for draft in drafts[1:] if last else drafts:
        spans = block_spans(draft.lines, word_break)
        if spans:
            out.append(Block(spans, BlockKind.TEXT, draft.page, starts_paragraph=draft.starts))
    return out


def _note_blocks(lines: list[Line], page: int, word_break: WordBreak) -> list[Block]:
    out = []
    for note in group_notes(lines):
        spans = block_spans(note.lines, word_break)
        if spans:
            out.append(Block(spans, BlockKind.FOOTNOTE, page, marker=note.marker))
    return out
