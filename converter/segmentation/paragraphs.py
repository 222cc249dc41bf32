"""Blocks -> paragraphs: rejoin text cut by line and page breaks, gather footnotes."""

from __future__ import annotations

import re
from collections import defaultdict, deque
from dataclasses import dataclass

from converter.languages import LanguageTable
from converter.readers.blocks import Block, BlockKind, Span
from converter.segmentation.model import Note, RichText, plain_text
from converter.segmentation.richtext import join, merge_adjacent, strip

_ENDS_SENTENCE = re.compile(r"[.;:!?\]]\s*$")
_ITEM_START = re.compile(r"^(?:\d+\.\s|\([a-z]{1,4}\)\s|[IVXL]+\.\s|[A-Z]\.\s|[A-Z]$|[IVXL]+$)")


@dataclass
class Paragraph:
    text: RichText
    page: int

    @property
    def plain(self) -> str:
        return plain_text(self.text)


def _starts_new(prev: Paragraph, block: Block, language: LanguageTable) -> bool:
    """For a block whose source could not tell: does it open a new paragraph?"""
    text = block.text.lstrip()
    if not text:
        return False
    if _ITEM_START.match(text) or language.preamble_regex.match(text):
        return True
    if text[0].islower():   # a wrap-up or sub-item after a clause; else the sentence goes on
        return prev.plain.rstrip().endswith((";", ":"))
    if language.date_regex.search(prev.plain[-30:]) and prev.plain.rstrip()[-1:].isdigit():
        return True   # after the date closing a meeting line
    # a comma or no punctuation at all: the sentence goes on across the break
    return bool(_ENDS_SENTENCE.search(prev.plain))


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
        starts = block.starts_paragraph
        if starts is None and paragraphs:
            starts = _starts_new(paragraphs[-1], block, language)
        if starts or not paragraphs:
            paragraphs.append(Paragraph(merge_adjacent(strip(block.spans)), block.page))
        else:
            paragraphs[-1].text = join(paragraphs[-1].text, strip(block.spans))
    return [p for p in paragraphs if p.plain.strip() or p.text], notes


def anchor_notes(paragraphs: list[Paragraph], notes: list[Note]) -> list[Note]:
    """Replace each marker span by its note, in document order; return unanchored notes."""
    queues: dict[str, deque[Note]] = defaultdict(deque)
    for note in notes:
        queues[note.marker].append(note)
    for para in paragraphs:
        out: RichText = []
        for x in para.text:
            if isinstance(x, Span) and x.note_ref:
                queue = queues.get(x.text)
                if queue:
                    out.append(queue.popleft())
                continue
            out.append(x)
        para.text = out
    return [n for q in queues.values() for n in q]
