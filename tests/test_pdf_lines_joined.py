"""Where PDF lines join into one paragraph: page breaks inside an indented item, a larger
punctuation mark, an indent after a line that stops mid-sentence."""

from __future__ import annotations

from pathlib import Path

from converter.languages import get_language
from converter.readers.blocks import BlockKind
from converter.readers.pdf.extract import extract_pages
from converter.readers.pdf.reader import read_pdf
from tests.pdfgen import LEFT, Text, build_pdf, resolution_page

ITEM_X, ITEM_TEXT_X = LEFT + 36, LEFT + 60
NO_PARAGRAPH_2 = 9999.0

ENG = get_language("eng")


def end_of(tmp_path: Path, text: Text) -> float:
    """Where `text` ends on the page (the right edge pdfium reports)."""
    pdf = tmp_path / "measure.pdf"
    pdf.write_bytes(build_pdf([[text]]))
    return extract_pages(pdf)[0].lines[0].x1


def blocks(tmp_path: Path, pages: list[list[Text]]) -> list[tuple[int, bool | None, str]]:
    pdf = tmp_path / "A_RES_79_998.pdf"
    pdf.write_bytes(build_pdf(pages))
    return [(b.page, b.starts_paragraph, b.text) for b in read_pdf(pdf, ENG).blocks
            if b.kind is BlockKind.TEXT]


def page_one(inserted: list[Text]) -> list[Text]:
    """Page 1 of a resolution ending with `inserted` (paragraph 2 is on page 2)."""
    return [t for t in resolution_page(inserted, NO_PARAGRAPH_2) if t.y < NO_PARAGRAPH_2]


DECIDES = ("to review the scale in 2027 and to report thereon to the General Assembly",
           "at its eighty-second session under the item entitled scale of assessments.")
PAYMENT = "The payment of pensions and travel and removal expenses of retiring judges"
GRANTS = "and travel and removal expenses and installation grants of "


def page_two(first: list[Text], after: float = 108) -> list[Text]:
    """Page 2: `first`, then paragraph 2 at `after`; its right margin is at 443 pt."""
    return [*first,
            Text(LEFT, after, "2."), Text(LEFT + 36, after, "Decides", "Times-Italic"),
            Text(LEFT + 76, after, DECIDES[0]), Text(LEFT, after + 12, DECIDES[1]),
            Text(LEFT + 200, after + 52, "54th plenary meeting"),
            Text(LEFT + 200, after + 66, "24 December 2024")]


def item_a(y: float) -> list[Text]:
    return [Text(ITEM_X, y, "(a)"),
            Text(ITEM_TEXT_X, y, PAYMENT)]


ITEM_A = item_a(298)


def test_pdf_page_break_inside_an_indented_item_continues_it(tmp_path):
    last = Text(ITEM_X, 310, GRANTS + "the elected members of")
    found = blocks(tmp_path, [page_one([*ITEM_A, last]),
                              page_two([Text(ITEM_X, 90, "the Court, not exceeding 205,000 dollars;")])])
    assert found[-5:-3] == [
        (1, True, "(a) The payment of pensions and travel and removal expenses of retiring judges and "
                  "travel and removal expenses and installation grants of the elected members of"),
        (2, False, "the Court, not exceeding 205,000 dollars;"),
    ]


def test_pdf_page_break_after_an_indented_line_ending_with_a_comma_is_left_to_the_text(tmp_path):
    last = Text(ITEM_X, 310, GRANTS + "all elected members,")
    found = blocks(tmp_path, [page_one([*ITEM_A, last]),
                              page_two([Text(ITEM_X, 90, "the Court, not exceeding 205,000 dollars;")])])
    assert found[-4] == (2, None, "the Court, not exceeding 205,000 dollars;")


def test_pdf_page_break_after_an_indented_line_ending_a_sentence_starts_a_paragraph(tmp_path):
    last = Text(ITEM_X, 310, GRANTS + "the elected members;")
    found = blocks(tmp_path, [page_one([*ITEM_A, last]),
                              page_two([Text(ITEM_X, 90, "(b) The payment of 205,000 dollars;")])])
    assert found[-4] == (2, True, "(b) The payment of 205,000 dollars;")


def test_pdf_larger_comma_does_not_cut_its_line_from_the_paragraph(tmp_path):
    words = Text(ITEM_TEXT_X, 90, "Ensure that relevant stakeholders can meaningfully participate", size=9.96)
    comma = end_of(tmp_path, words) + 0.95
    item = [
        Text(ITEM_X, 90, "(a)", size=9.96), words,
        Text(comma, 90, ",", size=11.04),
        Text(comma + 7.3, 90, "in their respective roles", size=9.96),
        Text(LEFT, 102, "and responsibilities, in relevant United Nations processes;", size=9.96),
    ]
    found = blocks(tmp_path, [page_one([]), page_two(item, 120)])
    assert (2, True, "(a) Ensure that relevant stakeholders can meaningfully participate, in their "
                     "respective roles and responsibilities, in relevant United Nations processes;") \
        in found


FULL_LINE = "Illegal, Unreported and Unregulated Fishing that was adopted by the Food and Agriculture"


def test_pdf_indented_line_after_a_full_line_stopping_mid_sentence_goes_on(tmp_path):
    item = [*item_a(90), Text(LEFT, 102, FULL_LINE), Text(ITEM_X, 114, "Organization of the United Nations;")]
    found = blocks(tmp_path, [page_one([]), page_two(item, 132)])
    assert (2, True, "(a) The payment of pensions and travel and removal expenses of retiring judges "
                     f"{FULL_LINE} Organization of the United Nations;") in found


def test_pdf_indented_line_after_a_full_line_ending_with_a_comma_starts_a_paragraph(tmp_path):
    item = [*item_a(90), Text(LEFT, 102, FULL_LINE + ","), Text(ITEM_X, 114, "(b) Organization;")]
    found = blocks(tmp_path, [page_one([]), page_two(item, 132)])
    assert (2, True, "(b) Organization;") in found
