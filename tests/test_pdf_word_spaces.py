"""Spaces between words drawn as separate text objects, and across line-end hyphens."""

from __future__ import annotations

from pathlib import Path

from converter.languages import get_language
from converter.readers.pdf.extract import extract_pages
from converter.readers.pdf.lines import Line
from converter.readers.pdf.reader import read_pdf
from tests.pdfgen import LEFT, Text, build_pdf

WORD_SPACE = 2.0   # a tight word space of justified 10 pt text, pen to pen


def lines(tmp_path: Path, texts: list[Text]) -> list[Line]:
    pdf = tmp_path / "words.pdf"
    pdf.write_bytes(build_pdf([texts]))
    return extract_pages(pdf)[0].lines


def pen_end(tmp_path: Path, text: Text) -> float:
    """Where the pen stops after `text`: pdfium starts the space it generates there."""
    after = lines(tmp_path, [text, Text(text.x + 200, text.y, "x", text.font)])[0].runs[1]
    assert after.pen_before is not None
    return after.pen_before


def box_end(tmp_path: Path, text: Text) -> float:
    """The right edge of the glyph box of the last character of `text`."""
    return lines(tmp_path, [text])[0].x1


def test_pdf_word_space_after_an_overhanging_roman_f(tmp_path):
    of = Text(LEFT, 100, "of")
    the = Text(pen_end(tmp_path, of) + WORD_SPACE, 100, "the Arab-Israeli conflict")
    line = lines(tmp_path, [of, the])[0]
    assert line.gaps[1] < 0.17 * line.size  # the glyph boxes alone say "no space"
    assert line.text == "of the Arab-Israeli conflict"


def test_pdf_word_space_before_an_italic_f_starting_left_of_its_origin(tmp_path):
    recalling = Text(LEFT, 100, "Recalling", "Times-Italic")
    further_x = pen_end(tmp_path, recalling) + WORD_SPACE
    further = Text(further_x, 100, "further", "Times-Italic")
    the = Text(pen_end(tmp_path, further) + 2.5, 100, "the meetings of the Committee")
    line = lines(tmp_path, [recalling, further, the])[0]
    assert line.gaps[1] < 0.17 * line.size
    assert line.text == "Recalling further the meetings of the Committee"


def test_pdf_kerned_pieces_of_one_word_stay_joined(tmp_path):
    first = Text(LEFT, 100, "Ara")
    rest = Text(pen_end(tmp_path, first) + 0.6, 100, "b States")
    assert lines(tmp_path, [first, rest])[0].text == "Arab States"


def test_pdf_space_after_a_hyphen_that_the_next_word_covers_is_no_space(tmp_path):
    well = Text(LEFT, 100, "in a well")
    hyphen_x = pen_end(tmp_path, well)
    hyphen = Text(hyphen_x, 100, "- ")   # a real space, but the next word is set over it
    coordinated = Text(box_end(tmp_path, Text(hyphen_x, 100, "-")) + 0.5, 100, "coordinated manner")
    line = lines(tmp_path, [well, hyphen, coordinated])[0]
    assert line.runs[1].space_after
    assert line.text == "in a well-coordinated manner"


def test_pdf_space_beside_a_dash_that_takes_room_is_kept(tmp_path):
    years = Text(LEFT, 100, "from 2015 ")
    dash_x = pen_end(tmp_path, Text(LEFT, 100, "from 2015")) + 2.5
    dash = Text(dash_x, 100, "– ")
    end = Text(box_end(tmp_path, Text(dash_x, 100, "–")) + 2.5, 100, "2030")
    assert lines(tmp_path, [years, dash, end])[0].text == "from 2015 – 2030"


def block_text(tmp_path: Path, first: str, second: str) -> str:
    """The text the PDF reader makes of two lines of one paragraph."""
    pdf = tmp_path / "lines.pdf"
    pdf.write_bytes(build_pdf([[Text(LEFT, 100, first), Text(LEFT, 112, second)]]))
    return " ".join(b.text for b in read_pdf(pdf, get_language("eng")).blocks)


def test_pdf_line_end_hyphen_joins_the_next_word(tmp_path):
    assert block_text(tmp_path, "for the well-", "being of all") == "for the well-being of all"


def test_pdf_line_end_hyphen_suspended_before_a_conjunction_keeps_its_space(tmp_path):
    assert block_text(tmp_path, "utilizing zero-", "and low-carbon fuels") == \
        "utilizing zero- and low-carbon fuels"
    assert block_text(tmp_path, "short-", "to medium-term plans") == "short- to medium-term plans"
    assert block_text(tmp_path, "hard-", "to-reach areas") == "hard-to-reach areas"


def test_pdf_range_dash_at_a_line_end_joins_the_next_number(tmp_path):
    assert block_text(tmp_path, "over the period 2024–", "2034 and beyond") == (
        "over the period 2024–2034 and beyond")
    assert block_text(tmp_path, "the Programme of Action –", "2034 and beyond") == (
        "the Programme of Action – 2034 and beyond")


def tight_line(tmp_path: Path, words: list[str], gap: float) -> str:
    """One line of `words` drawn as text objects `gap` points apart, pen to pen (10 pt
    type: a gap of 1.3 pt is 0.13 em), as the reader's paragraph text."""
    texts, x = [], LEFT
    for word in words:
        text = Text(x, 100, word)
        texts.append(text)
        x = pen_end(tmp_path, text) + gap
    pdf = tmp_path / "tight.pdf"
    pdf.write_bytes(build_pdf([texts]))
    return " ".join(b.text for b in read_pdf(pdf, get_language("eng")).blocks)


def test_pdf_narrow_word_space_of_a_tight_justified_line_is_a_space(tmp_path):
    # 0.13 em between words: as wide as the letter spacing pdfium splits words at elsewhere
    # ("confer ence"); the words on either side tell which it is
    assert tight_line(tmp_path, ["Recognizes the", "human", "rights of all"], 1.3) == (
        "Recognizes the human rights of all")


def test_pdf_equally_narrow_gap_inside_a_word_joins_it(tmp_path):
    assert tight_line(tmp_path, ["to the confer", "ence on", "see", "king peace"], 1.3) == (
        "to the conference on seeking peace")


def test_pdf_narrow_gap_after_a_closing_mark_is_a_space(tmp_path):
    assert tight_line(tmp_path, ["(mm)", "Designing policies"], 1.3) == "(mm) Designing policies"
    assert tight_line(tmp_path, ["human rights,", "and freedoms"], 1.3) == (
        "human rights, and freedoms")



def test_pdf_word_space_inside_one_text_object_narrower_than_pdfiums_is_judged_by_its_words(
        tmp_path):
    # "[(human)-90(rights)]TJ": one text object, a gap of 0.09 em pdfium makes no space of;
    # the same gap inside "confer|ence" is letter spacing
    from tests.pdfgen import raw_pdf

    pdf = tmp_path / "tj.pdf"
    pdf.write_bytes(raw_pdf([b"BT /F1 11 Tf 1 0 0 1 72 700 Tm [(We recognize the )]TJ "
                             b"[(human)-90(rights)]TJ [( of all and the )]TJ [(confer)-90(ence)]TJ "
                             b"[( on )]TJ [(human)-40(rights)]TJ ET"]))
    assert [b.text for b in read_pdf(pdf, get_language("eng")).blocks] == [
        "We recognize the human rights of all and the conference on humanrights"]
