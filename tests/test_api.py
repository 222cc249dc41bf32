"""The Python API: `converter.convert` and `converter.validate` on paths, bytes and text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from lxml import etree

import converter
from converter.errors import (
    ConversionError,
    NotAResolutionError,
    UnreadableInputError,
    UsageError,
)
from converter.segmentation.model import DocType, Resolution
from converter.validator.findings import Finding, Severity
from tests.conftest import SAMPLES, xpath
from tests.mdgen import masthead
from tests.pdfgen import build_pdf, resolution_page

TEXT = masthead("79/990", "A short resolution") + (
    "*Recalling* its resolution 70/1 of 25 September 2015,\n\n"
    "1. *Decides* to remain seized of the matter.\n\n"
    "54th plenary meeting\n24 December 2024\n")
DAY = date(2025, 1, 1)


def test_convert_text_bytes_and_a_path_alike(tmp_path):
    path = tmp_path / "A_RES_79_990.md"
    path.write_text(TEXT, encoding="utf-8")
    results = [converter.convert(source, markup_date=DAY)
               for source in (TEXT, TEXT.encode("utf-8"), path)]
    assert len({r.xml for r in results}) == 1
    result = results[0]
    assert isinstance(result, converter.Result)
    assert result.xml.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<akomaNtoso")
    assert result.xml.endswith(etree.tostring(result.tree, pretty_print=True))
    assert isinstance(result.model, Resolution) and result.model.doc_type is DocType.RESOLUTION
    assert (result.valid, result.findings, result.warnings) == (True, [], [])
    assert xpath(result.tree, "//a:docNumber/text()") == ["A/RES/79/990", "79/990."]


def test_convert_a_pdf_held_in_memory():
    result = converter.convert(build_pdf([resolution_page([], 300)]), markup_date="2025-01-01")
    assert result.valid
    assert xpath(result.tree, "//a:FRBRManifestation/a:FRBRdate/@date") == ["2025-01-01"]
    assert result.model.masthead.symbol is not None
    assert result.model.masthead.symbol.text == "A/RES/79/998"


def test_parameters_symbol_language_and_a_name_for_in_memory_input():
    draft = TEXT.replace("Resolution adopted by the General Assembly on 24 December 2024\n\n79/990. ",
                         "")
    result = converter.convert(draft, symbol="A/C.3/79/L.99", language="eng", markup_date=DAY,
                               document_date="2024-12-01")
    assert result.model.masthead.symbol is not None
    assert result.model.masthead.symbol.text == "A/C.3/79/L.99"
    named = converter.convert(draft, name="A_C.3_79_L.99.md", markup_date=DAY,
                              document_date="2024-12-01")
    assert named.xml == result.xml


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"language": "ell"}, "language: "),
    ({"symbol": "A/../x"}, "symbol: 'A/../x' is not a UN document symbol"),
    ({"markup_date": "1/1/2025"}, "--markup-date: '1/1/2025' is not a date (expected YYYY-MM-DD)"),
])
def test_bad_parameters_are_usage_errors(kwargs, message):
    with pytest.raises(UsageError) as caught:
        converter.convert(TEXT, **kwargs)
    assert str(caught.value).startswith(message)
    assert caught.value.exit_code == 2
    assert isinstance(caught.value, ValueError)


def test_bad_input_raises_the_documented_errors_with_their_exit_codes():
    cases = [(b"", UnreadableInputError, 4, "<memory>: empty file"),
             ("Dear colleagues,\n\nPlease find attached the report.\n", NotAResolutionError, 8,
              "<memory>: no resolution structure found")]
    for source, kind, code, message in cases:
        with pytest.raises(ConversionError) as caught:
            converter.convert(source)
        assert type(caught.value) is kind
        assert (caught.value.exit_code, str(caught.value)[:len(message)]) == (code, message)


def test_a_str_naming_a_file_is_refused_rather_than_read_as_text():
    sample = str(SAMPLES / "A_RES_79_166.txt")
    with pytest.raises(UsageError, match=r"a str is the document's text; for a file, pass Path\("):
        converter.convert(sample)
    with pytest.raises(TypeError, match="source must be a path, bytes or str, not int"):
        converter.convert(7)  # type: ignore[arg-type]


def test_an_invalid_output_is_returned_with_its_findings_not_raised():
    headless = "*The General Assembly*,\n\n1. *Decides* to remain seized of the matter.\n"
    result = converter.convert(headless, symbol="A/RES/79/990", document_date=DAY, markup_date=DAY)
    assert not result.valid
    assert result.findings and all(isinstance(f, Finding) for f in result.findings)
    assert any(f.severity is Severity.ERROR for f in result.findings)
    assert result.warnings == ["<memory>: no masthead (organ, session, symbol) found; "
                               "converted without it"]


def test_validate_bytes_text_paths_and_trees(tmp_path):
    xml = converter.convert(TEXT, markup_date=DAY).xml
    path = tmp_path / "out.xml"
    path.write_bytes(xml)
    tree = etree.fromstring(xml).getroottree()
    for source in (xml, xml.decode(), path, tree, tree.getroot()):
        checked = converter.validate(source)
        assert isinstance(checked, converter.Validation)
        assert (checked.valid, checked.findings) == (True, [])
    for el in xpath(tree, "//a:FRBRManifestation/a:FRBRdate"):
        el.getparent().remove(el)
    broken = converter.validate(tree)
    assert not broken.valid
    assert [(f.rule, f.path) for f in broken.errors] == [
        ("xsd", "/akomaNtoso/statement/meta/identification/FRBRManifestation/FRBRauthor")]
    assert "Tag 'FRBRdate' expected" in broken.errors[0].message


def test_validate_refuses_what_is_not_xml():
    with pytest.raises(UnreadableInputError, match=r"^<memory>: not well-formed XML"):
        converter.validate(b"<akomaNtoso>")
    with pytest.raises(UnreadableInputError, match=r"^x\.xml: .*DOCTYPE"):
        converter.validate(b'<!DOCTYPE a SYSTEM "/etc/passwd"><a/>', name="x.xml")
    with pytest.raises(UnreadableInputError, match=r"^nope\.xml: "):
        converter.validate(Path("nope.xml"))
