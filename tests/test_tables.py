"""Tables (scale of assessments, budget tables) from each input format -> AKN <table>."""

from __future__ import annotations

from pathlib import Path

import pytest

from converter.languages import get_language
from converter.pipeline import convert_file
from converter.readers.blocks import BlockKind
from converter.readers.pdf.reader import read_pdf
from tests.conftest import CONVERTED, text_of, xpath
from tests.pdfgen import LEFT as L
from tests.pdfgen import Text, build_pdf, resolution_page

DATA = Path(__file__).parent / "data"

ENG = get_language("eng")


def rows_of(table) -> list[list[str]]:
    """Cell texts, without the text of the footnotes they hold."""
    return [[" ".join("".join(xpath(c, ".//text()[not(ancestor::a:authorialNote)]")).split())
             for c in xpath(tr, "a:th|a:td")] for tr in xpath(table, "a:tr")]


def convert(path: Path, **kw):
    result = convert_file(path, converted=CONVERTED, **kw)
    assert result.errors == []
    return result.tree


def test_markdown_table_in_the_paragraph_that_introduces_it():
    tree = convert(DATA / "scale_table.md")
    para = xpath(tree, "//a:mainBody/a:paragraph[@eId='para_1']")[0]
    assert [el.tag.rsplit("}")[1] for el in xpath(para, "a:content/*")] == ["p", "table"]
    table = xpath(para, "a:content/a:table")[0]
    assert table.get("eId") == "para_1__table_1"
    assert rows_of(table) == [["Member State", "Rate (per cent)"], ["Afghanistan", "0.006"],
                              ["Albania", "0.008"]]
    assert len(xpath(table, "a:tr[1]/a:th")) == 2 and not xpath(table, "a:tr[position()>1]/a:th")
    note = xpath(table, ".//a:authorialNote")[0]
    assert (note.get("marker"), text_of(note)) == (
        "1", "Including the adjustment decided in resolution 76/238.")
    assert xpath(note, ".//a:a/@href") == ["https://undocs.org/en/A/RES/76/238"]


def test_markdown_table_split_by_a_page_break_is_one_table():
    tree = convert(DATA / "scale_table.md")
    annex = xpath(tree, "//a:attachment/a:doc/a:mainBody")[0]
    assert xpath(annex, "a:paragraph/@eId") == ["annex_1__para_u1", "annex_1__para_u2"]
    tables = xpath(annex, ".//a:table")
    assert [t.get("eId") for t in tables] == ["annex_1__para_u1__table_1"]
    assert rows_of(tables[0]) == [["Year", "Ceiling (per cent)", "Floor (per cent)"],
                                  ["2025", "0.010", "0.001"], ["2026", "0.010", "0.001"],
                                  ["2027", "0.010", "0.001"]]
    assert text_of(xpath(annex, "a:paragraph[2]")[0]) == "The ceilings apply from 1 January of each year."


def test_plain_text_table_with_a_header_rule():
    tree = convert(DATA / "scale_table.txt")
    table = xpath(tree, "//a:paragraph[@eId='para_1']/a:content/a:table")[0]
    assert rows_of(table) == [["Member State", "Rate (per cent)"], ["Afghanistan", "0.006"],
                              ["Albania", "0.008"], ["Zimbabwe", "0.007"]]
    assert len(xpath(table, ".//a:th")) == 2
    assert text_of(xpath(tree, "//a:paragraph[@eId='para_2']/a:content")[0]) == (
        "Decides to review the scale at its eighty-second session.")


SCALE = [
    Text(L + 36, 304, "Member State", "Times-Bold"), Text(L + 250, 304, "Rate (per cent)", "Times-Bold"),
    Text(L + 36, 318, "Afghanistan"), Text(L + 270, 318, "0.006"),
    Text(L + 36, 332, "Bolivia (Plurinational"), Text(L + 270, 332, "0.019"),
    Text(L + 36, 344, "State of)"),
    Text(L + 36, 358, "Zimbabwe"), Text(L + 270, 358, "0.007"),
]


def test_pdf_table_from_aligned_columns(tmp_path):
    pdf = tmp_path / "A_RES_79_998.pdf"
    pdf.write_bytes(build_pdf([resolution_page(SCALE, 382)]))
    tree = convert(pdf)
    table = xpath(tree, "//a:paragraph[@eId='para_1']/a:content/a:table")[0]
    assert rows_of(table) == [["Member State", "Rate (per cent)"], ["Afghanistan", "0.006"],
                              ["Bolivia (Plurinational State of)", "0.019"], ["Zimbabwe", "0.007"]]
    assert xpath(table, "a:tr/a:th/a:p/a:b/text()") == ["Member State", "Rate (per cent)"]
    assert xpath(tree, "//a:mainBody/a:paragraph/a:num/text()") == ["1.", "2."]
    assert text_of(xpath(tree, "//a:paragraph[@eId='para_2']/a:content")[0]) == (
        "Decides to review the scale in 2027.")


def test_pdf_tab_set_labelled_list_is_not_a_table(tmp_path):
    items = [t for i, title in enumerate(["Crime prevention and criminal justice.",
                                          "International drug control.", "Advancement of women."])
             for t in (Text(L + 36, 304 + 14 * i, f"Item {i + 2}."), Text(L + 90, 304 + 14 * i, title))]
    pdf = tmp_path / "list.pdf"
    pdf.write_bytes(build_pdf([resolution_page(items, 360)]))
    source = read_pdf(pdf, ENG)
    assert not [b for b in source.blocks if b.kind is BlockKind.TABLE]
    assert "Item 3. International drug control." in [b.text for b in source.blocks]


@pytest.mark.parametrize("gap", [8.0, 14.0])
def test_pdf_body_text_with_ordinary_gaps_has_no_table(tmp_path, gap):
    """Words set a little apart (justified lines) are not cells."""
    words = [Text(L + 36 + i * (18.3 + gap), 304 + 14 * row, "word")   # "word": 18.3 pt wide
             for row in range(3) for i in range(6)]
    pdf = tmp_path / "words.pdf"
    pdf.write_bytes(build_pdf([resolution_page(words, 360)]))
    assert not [b for b in read_pdf(pdf, ENG).blocks if b.kind is BlockKind.TABLE]


def test_plain_table_printed_a_cell_a_line_stays_one_table_in_its_paragraph():
    # pdftotext's default mode writes a borderless table column by column, a cell a line:
    # the columns cannot be rebuilt, but no line becomes a heading or a paragraph of its own
    result = convert_file(DATA / "money_table_cells.txt", converted=CONVERTED)
    assert result.errors == []
    tables = xpath(result.tree, "//a:table")
    assert [t.get("eId") for t in tables] == ["para_1__table_1"]
    assert rows_of(tables[0]) == [[cell] for cell in [
        "(United States dollars)", "2024", "2025", "estimates", "Change", "Posts",
        "Other staff costs for temporary", "assistance", "Of which:", "Travel of staff",
        "1 234 500", "12 300", "1 300 000", "15 000", "65 500", "2 700", "50 000 a", "55 000",
        "5 000", "Total", "1 296 800", "1 370 000", "73 200",
        "a Includes travel of experts and of", "members of the Committee.",
        "b Excludes consultants."]]
    assert text_of(xpath(result.tree, "//a:paragraph[@eId='para_1']/a:content/a:p")[0]) == (
        "Approves the resources for the Office of the Special Envoy for 2025, as set out in "
        "the table below:")
    assert [text_of(p) for p in xpath(result.tree, "//a:mainBody/*")][1:] == [
        "2.Decides to review the resources of the Office at its eightieth session."]
    assert not xpath(result.tree, "//a:section|//a:heading")
    assert "page 1: a table printed a cell a line (its columns are not in plain text) is kept " \
           "as one column" in result.warnings


def test_plain_table_printed_row_by_row_a_cell_a_line_gets_its_rows_back():
    # a Fifth Committee appropriation: each row's label, then its figure; a part's heading
    # and a total are rows too, and the units line ends the table's heading
    result = convert_file(DATA / "appropriation_rows.txt", converted=CONVERTED)
    assert result.errors == []
    table = xpath(result.tree, "//a:paragraph[a:num='1.']/a:content/a:table")[0]
    assert rows_of(table) == [
        ["Section", ""], ["Amount", ""], ["(United States dollars)", ""],
        ["Part I. Overall policymaking, direction and coordination", ""],
        ["1. Overall policymaking, direction and coordination", "123 456 700"],
        ["2. General Assembly and Economic and Social Council affairs", "345 678 900"],
        ["Total, part I", "469 135 600"]]
    assert len(xpath(table, "a:tr/a:th")) == 6
    assert xpath(result.tree, "//a:mainBody//a:paragraph/a:num/text()") == ["1.", "2."]
    assert not any("kept as one column" in w for w in result.warnings)
