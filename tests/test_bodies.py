"""Body and annex shapes of GA resolutions: built as small documents, converted, checked element by
element."""

from __future__ import annotations

from pathlib import Path

from converter.pipeline import convert_file
from tests.conftest import CONVERTED, text_of, xpath
from tests.mdgen import masthead
from tests.pdfgen import LEFT as L
from tests.pdfgen import Text, build_pdf, resolution_page


def convert(path: Path):
    result = convert_file(path, converted=CONVERTED)
    assert result.errors == []
    return result.tree


def pdf_of(tmp_path: Path, pages: list[list[Text]], name: str = "A_RES_79_998.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(build_pdf(pages))
    return path


ANNEX_TITLE = "Programme of Action: a decade of action; 2024–2034"


def _annex(tree) -> tuple[list[str], list[str]]:
    """(the annex's preface lines, its paragraph numbers)."""
    docs = xpath(tree, "//a:attachments/a:attachment/a:doc[@name='annex']")
    assert len(docs) == 1
    return ([text_of(p) for p in xpath(docs[0], "a:preface/a:p")],
            xpath(docs[0], "a:mainBody/a:paragraph/a:num/text()"))


def test_pdf_annex_whose_title_holds_a_colon_and_a_semicolon_is_opened(tmp_path):
    annex_page = [Text(L, 80, "Annex", "Times-Bold"), Text(L, 94, ANNEX_TITLE, "Times-Bold"),
                  Text(L, 120, "1."), Text(L + 36, 120, "The Programme applies to every country.")]
    tree = convert(pdf_of(tmp_path, [resolution_page([], 300), annex_page]))
    assert _annex(tree) == (["Annex", ANNEX_TITLE], ["1."])
    assert xpath(tree, "//a:statement/a:mainBody/a:paragraph/a:num/text()") == ["1.", "2."]
    assert not xpath(tree, "//a:statement/a:mainBody//a:heading")


def test_markdown_annex_title_with_a_colon_on_the_annex_line_is_opened(tmp_path):
    source = tmp_path / "A_RES_79_998.md"
    source.write_text(masthead("79/998", "Landlocked countries") + (
        "*Recalling* its resolution 78/1,\n\n1. *Adopts* the Programme of Action.\n\n"
        f"*54th plenary meeting\n24 December 2024*\n\n**Annex {ANNEX_TITLE}**\n\n"
        "1. The Programme applies to every country.\n"), encoding="utf-8")
    assert _annex(convert(source)) == (["Annex", ANNEX_TITLE], ["1."])
