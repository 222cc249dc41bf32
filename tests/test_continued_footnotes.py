"""A footnote whose text runs onto the next page's footnote area is one note."""

from __future__ import annotations

from converter.languages import get_language
from converter.readers.blocks import Block, BlockKind, Span
from converter.readers.pdf.footnotes import group_notes
from converter.readers.pdf.lines import make_line
from converter.readers.pdf.runs import Font, Run
from converter.segmentation.paragraphs import anchor_notes, join_paragraphs

PLAIN = Font("TimesNewRomanPSMT", italic=False, bold=False, barcode=False)


def run(text: str, x0: float, size: float = 10.0, raised: bool = False) -> Run:
    return Run(text, x0, x0 + 5.0 * len(text), 700.0, size, PLAIN, 0, raised=raised)


def test_pdf_note_area_without_marker_continues_the_previous_note():
    page_two = [make_line([run("the rest of note 3.", 72.0)]),
                make_line([run("4", 72.0, 6.5, raised=True), run("Resolution 66/3.", 80.0)])]
    notes = group_notes(page_two)
    assert [n.marker for n in notes] == [None, "4"]
    assert [n.lines[0].text for n in notes] == ["the rest of note 3.", "Resolution 66/3."]


def test_continuation_block_joins_its_note():
    blocks = [
        Block([Span("held on 10 July 2024"), Span("3", note_ref=True), Span(" and the rest,")]),
        Block([Span("See Official Records of the")], BlockKind.FOOTNOTE, 1, marker="3"),
        Block([Span("General Assembly, chap. V.")], BlockKind.FOOTNOTE, 2, marker=None),
    ]
    paragraphs, notes = join_paragraphs(blocks, get_language("eng"))
    assert [(n.marker, n.content) for n in notes] == [
        ("3", [Span("See Official Records of the General Assembly, chap. V.")])]
    assert anchor_notes(paragraphs, notes) == []
    assert paragraphs[0].text[1] is notes[0]
