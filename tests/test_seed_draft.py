"""The draft seed A/C.3/79/L.23 (markdown dialect, symbol not printed in the text)."""

from __future__ import annotations

import pytest

from converter.errors import MissingSymbolError
from converter.pipeline import convert_file
from converter.symbols import Symbol
from tests.conftest import CONVERTED, SAMPLES, text_of, xpath

SEED = SAMPLES / "A_C.3_79_L.23-draft.txt"


@pytest.fixture(scope="module")
def result():
    return convert_file(SEED, symbol=Symbol.parse("A/C.3/79/L.23"), converted=CONVERTED)


def test_valid_and_typed_as_draft(result):
    assert result.errors == []
    assert xpath(result.tree, "/a:akomaNtoso/a:statement/@name") == ["draftResolution"]


def test_work_iri_uses_issue_date_and_symbol(result):
    assert xpath(result.tree, "//a:FRBRWork/a:FRBRthis/@value") == [
        "/akn/un/statement/deliberation/unga/2024-10-31/A-C.3-79-L.23/!main"]
    assert xpath(result.tree, "//a:FRBRWork/a:FRBRdate/@name") == ["publication"]


def test_masthead(result):
    cover = xpath(result.tree, "//a:coverPage")[0]
    assert xpath(cover, ".//a:docStatus/text()") == ["Distr.: Limited"]
    assert xpath(cover, ".//a:docStatus/@refersTo") == ["#limitedDistribution"]
    assert xpath(cover, ".//a:inline[@name='originalLanguage']/text()") == ["Original: English"]
    assert xpath(cover, ".//a:docCommittee/text()") == ["Third Committee"]
    assert xpath(cover, ".//a:docCommittee/@refersTo") == ["#thirdCommittee"]
    sponsors = xpath(result.tree, "//a:preface//a:docTitle[@refersTo='#sponsors']")[0]
    assert text_of(sponsors).startswith("CubaOn behalf of the States Members")
    assert xpath(sponsors, "a:authorialNote/@marker") == ["*"]
    assert sponsors.xpath("string(a:authorialNote/following-sibling::node())",
                          namespaces={"a": sponsors.nsmap[None]}) == (
        " and Russian Federation: draft resolution")
    assert xpath(result.tree, "//a:preface//a:docTitle[@refersTo='#resolutionTitle']/text()") == [
        "Enhancement of international cooperation in the field of human rights"]


def test_counts(result):
    assert len(xpath(result.tree, "//a:preamble/a:container")) == 15
    assert len(xpath(result.tree, "//a:mainBody/a:paragraph")) == 17
    assert [n.get("marker") for n in xpath(result.tree, "//a:authorialNote")] == [
        "*", "1", "2", "3", "4", "5", "6"]
    assert xpath(result.tree, "//a:conclusions") == []


def test_symbol_from_file_name(tmp_path):
    named = tmp_path / "A_C.3_79_L.23.txt"
    named.write_bytes(SEED.read_bytes())
    result = convert_file(named, converted=CONVERTED)
    assert xpath(result.tree, "//a:docNumber[@refersTo='#symbol']/text()") == ["A/C.3/79/L.23"]


def test_no_symbol_anywhere_is_a_clear_error(tmp_path):
    anonymous = tmp_path / "draft.txt"
    anonymous.write_bytes(SEED.read_bytes())
    with pytest.raises(MissingSymbolError, match=r"draft.txt: the document symbol is not "
                                                 r"printed in the text; give it with --symbol"):
        convert_file(anonymous, converted=CONVERTED)


def test_workflow_step_of_the_draft(result):
    steps = xpath(result.tree, "/a:akomaNtoso/a:statement/a:meta/a:workflow/a:step")
    assert [(s.get("date"), s.get("outcome"), s.get("by")) for s in steps] == [
        ("2024-10-31", "#draftResolution", "#sponsors")]
    assert xpath(result.tree, "//a:references/a:TLCConcept[@eId='draftResolution']/@href") == [
        "/akn/ontology/concept/un/draftResolution"]
