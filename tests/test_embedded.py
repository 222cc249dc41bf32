"""A resolution quoted whole inside a paragraph (the draft ECOSOC recommends to the General
Assembly): an <embeddedStructure> with its own formula, preamble and numbering, printed on
lines of its own or run into the paragraph that introduces it."""

from __future__ import annotations

import pytest

from tests.conftest import convert_text, text_of, xpath
from tests.test_other_organs import ECOSOC_RESOLUTION

QUOTED = [
    "The General Assembly,",
    "Reaffirming that terrorism constitutes one of the most serious threats to peace,",
    "Recalling its resolution 74/175 of 18 December 2019, in which it called for:",
    "1. Urges Member States to consider becoming parties to the conventions:",
    "(a) Within one year;",
    "(b) With the assistance of the Office;",
    "2. Requests the Secretary-General to report at its seventy-ninth session.",
]
INTRO = "Recommends to the General Assembly the adoption of the following draft resolution:"


def _resolution(body: str) -> str:
    head, _, rest = ECOSOC_RESOLUTION.partition("Recalling its resolution 2030/4,\n\n")
    return head + body + "\n\n" + rest.partition("\n\n")[2]


def _check_quoted(tree, host: str) -> None:
    paragraph = xpath(tree, f"//a:mainBody/a:paragraph[@eId='{host}']")[0]
    quoted = xpath(paragraph, "a:content/a:p/a:embeddedStructure")
    assert len(quoted) == 1
    assert text_of(xpath(paragraph, "a:content/a:p")[0]).startswith(INTRO)
    assert [(x.tag.rsplit("}")[1], x.get("name")) for x in quoted[0]] == [
        ("formula", "enactingFormula"), ("container", "Reaffirming"), ("container", "Recalling"),
        ("paragraph", None), ("paragraph", None)]
    assert xpath(quoted[0], "a:paragraph/@eId") == [f"{host}__para_1", f"{host}__para_2"]
    points = xpath(quoted[0], "a:paragraph[1]/a:list/a:point")
    assert [(xpath(p, "a:num/text()")[0], text_of(p)) for p in points] == [
        ("(a)", "(a)Within one year;"), ("(b)", "(b)With the assistance of the Office;")]
    # "its resolution" in the quoted text is the Assembly's, not the Council's
    assert xpath(quoted[0], ".//a:a/@href") == ["https://undocs.org/en/A/RES/74/175"]


def test_a_quoted_draft_on_lines_of_its_own_is_an_embedded_structure(tmp_path):
    tree = convert_text(tmp_path, "E_RES_2031_5.txt", _resolution("\n\n".join([INTRO, *QUOTED])))
    _check_quoted(tree, "para_u1")
    assert xpath(tree, "//a:conclusions//a:docDate/@date") == ["2031-06-06"]


def test_a_quoted_draft_run_into_its_paragraph_is_cut_into_its_paragraphs(tmp_path):
    # text made from the UN's XML prints the whole quoted draft as one line
    tree = convert_text(tmp_path, "E_RES_2031_5.txt", _resolution(" ".join([INTRO, *QUOTED])))
    _check_quoted(tree, "para_u1")


@pytest.mark.parametrize(("opener", "opens"), [
    ("Praising", True), ("Saluting", True),      # participles no table lists
    ("During", False), ("Following", False)])    # prepositions that end in "-ing"
def test_a_participle_the_table_does_not_list_opens_a_quoted_preambular_paragraph(tmp_path, opener, opens):
    praising = f"{opener} the Government of Japan for its preparations of the Congress,"
    quoted = [*QUOTED[:2], praising, *QUOTED[2:]]
    tree = convert_text(tmp_path, "E_RES_2031_5.txt", _resolution(" ".join([INTRO, *quoted])))
    containers = xpath(tree, "//a:embeddedStructure/a:container")
    assert [c.get("name") for c in containers] == (
        ["Reaffirming", opener, "Recalling"] if opens else ["Reaffirming", "Recalling"])
    assert text_of(containers[0]).endswith("peace," if opens else praising)


def test_the_introducing_paragraphs_numbering_goes_on_after_the_quoted_draft(tmp_path):
    body = "\n\n".join([
        f"1. {INTRO}", *QUOTED[:4], *QUOTED[6:], "2. Decides to consider the question at its 2032 session."])
    tree = convert_text(tmp_path, "E_RES_2031_5.txt", _resolution(body))
    assert xpath(tree, "//a:mainBody/a:paragraph/@eId") == ["para_1", "para_2"]
    assert xpath(tree, "//a:embeddedStructure/a:paragraph/a:num/text()") == ["1.", "2."]
    assert text_of(xpath(tree, "//a:mainBody/a:paragraph[2]")[0]) == (
        "2.Decides to consider the question at its 2032 session.")


@pytest.mark.parametrize("said", ["The General Assembly will consider the report",
                                  "The General Assembly, at its seventy-ninth session, will consider it"])
def test_an_organ_named_after_a_colon_inside_a_sentence_quotes_nothing(tmp_path, said):
    body = f"1. Decides as follows: {said}, Recalling that the report is due, 2. Requests a report."
    tree = convert_text(tmp_path, "E_RES_2031_5.txt", _resolution(body))
    assert xpath(tree, "//a:embeddedStructure") == []
    assert xpath(tree, "//a:mainBody/a:paragraph/@eId") == ["para_1"]


AGENDA = [
    "The General Assembly,",
    "Recalling its resolution 77/231 of 15 December 2022,",
    "1. Decides that the Congress shall be held in 2026;",
    "2. Approves the following provisional agenda for the Congress:",
    "1. Opening of the Congress.", "2. Organizational matters.",
    "3. Adoption of the report of the Congress.",
    "3. Decides that the following issues shall be considered in workshops:",
    "(a) Building resilient societies;", "(b) Ensuring equal access to justice;",
    "4. Requests the Secretary-General to report thereon.",
]


@pytest.mark.parametrize("joined", [" ", "\n\n"])
def test_a_list_numbered_from_1_in_a_quoted_paragraph_is_its_points(tmp_path, joined):
    # the quoted draft's paragraph 2 lists an agenda numbered 1, 2, 3 after its colon (run
    # into one line, as text made from the UN's XML prints it, or on lines of their own); its
    # "3." is not the draft's paragraph 3, which opens with a verb
    tree = convert_text(tmp_path, "E_RES_2031_5.txt", _resolution(joined.join([INTRO, *AGENDA])))
    quoted = xpath(tree, "//a:embeddedStructure")[0]
    assert xpath(quoted, "a:paragraph/a:num/text()") == ["1.", "2.", "3.", "4."]
    assert [(xpath(p, "string(a:num)"), text_of(xpath(p, "a:content")[0]))
            for p in xpath(quoted, "a:paragraph[2]/a:list/a:point")] == [
        ("1.", "Opening of the Congress."), ("2.", "Organizational matters."),
        ("3.", "Adoption of the report of the Congress.")]
    assert xpath(quoted, "a:paragraph[3]/a:list/a:point/a:num/text()") == ["(a)", "(b)"]
