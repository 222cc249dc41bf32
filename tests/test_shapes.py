"""Resolution shapes the seeds do not show, built as small inputs in the test data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from converter.pipeline import convert_file
from converter.segmentation.lists import ListNesting
from converter.segmentation.model import Item
from tests.conftest import CONVERTED, text_of, xpath
from tests.mdgen import masthead
from tests.pdfgen import LEFT, Text, build_pdf, resolution_page

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def two_parts():
    result = convert_file(DATA / "two_parts.md", symbol=None, converted=CONVERTED)
    assert result.errors == []
    return result.tree


def test_parts_become_a_document_collection(two_parts):
    assert xpath(two_parts, "/a:akomaNtoso/a:documentCollection/@name") == ["publication"]
    parts = xpath(two_parts, "//a:collectionBody/a:component/a:statement")
    assert [p.get("name") for p in parts] == ["resolution", "resolution"]
    assert xpath(two_parts, "//a:component/a:statement/a:preface/a:p/a:docNumber/text()") == [
        "A", "B"]
    assert [text_of(t) for t in xpath(two_parts, "//a:component//a:preface//a:docTitle")] == [
        "Oceans and seas", "Mountains"]
    assert xpath(two_parts, "//a:component/@eId") == ["component_1", "component_2"]


def test_each_part_has_its_own_text_and_identification(two_parts):
    first, second = xpath(two_parts, "//a:component/a:statement")
    assert xpath(first, ".//a:FRBRWork/a:FRBRthis/@value") == [
        "/akn/un/statement/deliberation/unga/2024-12-24/79-999/!main/A"]
    assert [text_of(c) for c in xpath(first, "a:preamble/a:container")] == [
        "Recalling its resolution 78/1 of 1 December 2023,A note on part A."]
    assert xpath(first, "a:mainBody/a:paragraph/@eId") == [
        "component_1__para_1", "component_1__para_2"]
    assert xpath(first, ".//a:point/@eId") == [
        "component_1__para_2__list_1__point_a", "component_1__para_2__list_1__point_b"]
    assert xpath(second, "a:mainBody/a:paragraph/@eId") == ["component_2__para_1"]
    assert [xpath(s, "a:conclusions//a:docDate/@date") for s in (first, second)] == [
        ["2024-12-24"], ["2024-12-24"]]


def test_collection_keeps_the_masthead(two_parts):
    assert xpath(two_parts, "/a:akomaNtoso/a:documentCollection/a:coverPage//a:docNumber/text()") == [
        "A/RES/79/999"]
    assert xpath(two_parts, "//a:documentCollection/a:preface//a:docNumber/text()") == ["79/999."]
    assert xpath(two_parts, "//a:documentCollection/a:meta//a:FRBRWork/a:FRBRthis/@value") == [
        "/akn/un/statement/deliberation/unga/2024-12-24/79-999/!main"]


def test_decision_without_preamble_or_committee():
    result = convert_file(DATA / "decision.md", converted=CONVERTED)
    tree = result.tree
    assert result.errors == []
    assert xpath(tree, "/a:akomaNtoso/a:statement/@name") == ["decision"]
    assert xpath(tree, "//a:coverPage//a:docNumber/text()") == ["A/DEC/79/545"]
    assert xpath(tree, "//a:FRBRWork/a:FRBRthis/@value") == [
        "/akn/un/statement/deliberation/unga/2024-12-20/79-545/!main"]
    assert [text_of(p) for p in xpath(tree, "//a:docProponent")] == [
        "[without reference to a Main Committee (A/79/L.40)]"]
    assert xpath(tree, "//a:preamble") == []
    assert [text_of(p) for p in xpath(tree, "//a:mainBody/a:paragraph")] == [
        "The General Assembly decided to defer consideration of the question and to include it "
        "in the provisional agenda of its eightieth session."]
    assert xpath(tree, "//a:mainBody/a:paragraph/@eId") == ["para_u1"]


def test_emergency_special_session_and_three_list_levels_with_wrap_up():
    tree = convert_file(DATA / "emergency_session.md", converted=CONVERTED).tree
    assert xpath(tree, "//a:session/@value") == ["10"]
    assert xpath(tree, "//a:coverPage//a:docNumber/text()") == ["A/RES/ES-10/23"]
    assert xpath(tree, "//a:FRBRWork/a:FRBRuri/@value") == [
        "/akn/un/statement/deliberation/unga/2024-05-10/ES-10-23"]
    assert xpath(tree, "//a:point/@eId") == [
        "para_1__list_1__point_a",
        "para_1__list_1__point_a__list_1__point_i",
        "para_1__list_1__point_a__list_1__point_ii",
        "para_1__list_1__point_a__list_1__point_ii__list_1__point_a",
        "para_1__list_1__point_a__list_1__point_ii__list_1__point_b",
        "para_1__list_1__point_b",
    ]
    assert xpath(tree, "//a:point[a:num='(ii)']/a:list/a:intro/a:p/text()") == [
        "Of article 5, including:"]
    assert xpath(tree, "//a:paragraph[@eId='para_1']/a:list/a:wrapUp/a:p/text()") == [
        "and recommends accordingly;"]


def _nesting(labels: list[str]) -> list:
    """Feed "(a) …"-style lines to one paragraph's list; return its items as nested nums."""
    nesting = ListNesting()
    owner = Item("1.", [])
    nesting.reset(owner)
    for text in labels:
        label = nesting.label(f"{text} text")
        assert label is not None, text
        nesting.place(label, Item(label.printed, []))

    def tree(item: Item) -> list:
        return [(sub.num, tree(sub)) if sub.items else sub.num for sub in item.items]
    return tree(owner)


def test_lists_nest_to_any_depth_by_numbering_style():
    assert _nesting(["(a)", "(i)", "a.", "i.", "(1)", "(2)", "ii.", "b.", "(ii)", "(b)"]) == [
        ("(a)", [("(i)", [("a.", [("i.", ["(1)", "(2)"]), "ii."]), "b."]), "(ii)"]), "(b)"]


def test_ambiguous_letters_continue_the_run_they_fit():
    # (i) after (h) is the ninth letter; (v) after (iv) the fifth roman; (c) closes the romans
    assert _nesting(["(g)", "(h)", "(i)", "(j)"]) == ["(g)", "(h)", "(i)", "(j)"]
    assert _nesting(["(a)", "(i)", "(ii)", "(iii)", "(iv)", "(v)", "(b)", "(c)"]) == [
        ("(a)", ["(i)", "(ii)", "(iii)", "(iv)", "(v)"]), "(b)", "(c)"]
    assert _nesting(["(u)", "(v)", "(w)", "(x)"]) == ["(u)", "(v)", "(w)", "(x)"]
    assert _nesting(["(y)", "(z)", "(aa)", "(bb)"]) == ["(y)", "(z)", "(aa)", "(bb)"]


def test_a_gap_in_the_numbering_stays_on_its_level():
    assert _nesting(["(a)", "(i)", "(iii)", "(d)"]) == [("(a)", ["(i)", "(iii)"]), "(d)"]


def test_a_dotted_label_opens_a_list_only_as_its_first_item():
    # the Council prints "a.", "i." directly under a paragraph; "b." or "mix." cannot open one
    nesting = ListNesting()
    nesting.reset(Item("1.", []))
    assert nesting.label("a. text").values == {"dotted-letter": 1}
    assert nesting.label("i. text").values == {"dotted-letter": 9, "dotted-roman": 1}
    assert nesting.label("b. text") is None
    assert nesting.label("mix. text") is None
    assert nesting.label("(A) text").values == {"upper": 1}
    assert nesting.label("(a) text").values == {"letter": 1}
    assert nesting.label("(i) text").values == {"letter": 9, "roman": 1}
    assert nesting.label("(abc) text") is None


PARTS_MD = masthead("79/996", "Joint Inspection Unit", issued="30 April 2025",
                    adopted="11 April 2025", agenda="140") + """\
*Recalling* its previous resolutions on the Joint Inspection Unit,

{first_heading}1. *Reaffirms* its role;

II

{long_heading}

*Having considered* the note by the Secretary-General,

2. *Takes note* of the note;

3. *Adopts* the following declaration:

Guiding principles

We, the Heads of State and Government, commit ourselves to the principles set out in the \
present declaration and to their implementation at every level.

*63rd plenary meeting
11 April 2025*
"""
LONG_HEADING = ("Implementation of the Agreement for the Implementation of the Provisions of the "
                "United Nations Convention on the Law of the Sea of 10 December 1982 relating to the "
                "Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks")


def _parts_tree(tmp_path, first_heading: str = "", tail: str | None = None):
    text = PARTS_MD.format(long_heading=LONG_HEADING, first_heading=first_heading)
    if tail is not None:
        text = text.split("1. *Reaffirms*")[0] + tail
    source = tmp_path / "A_RES_79_996.md"
    source.write_text(text, encoding="utf-8")
    return convert_file(source, converted=CONVERTED).tree


def test_a_heading_between_the_preamble_and_paragraph_one(tmp_path):
    tree = _parts_tree(tmp_path, "Role and authority of the General Assembly\n\n")
    assert [c.get("name") for c in xpath(tree, "//a:preamble/a:container")] == ["Recalling"]
    first = xpath(tree, "//a:mainBody/a:section")[0]
    assert xpath(first, "a:num") == []
    assert text_of(xpath(first, "a:heading")[0]) == "Role and authority of the General Assembly"
    assert xpath(first, "a:paragraph/a:num/text()") == ["1."]


def test_heading_after_a_lone_numeral_at_any_length_and_part_preambles(tmp_path):
    tree = _parts_tree(tmp_path)
    assert [c.get("name") for c in xpath(tree, "//a:preamble/a:container")] == ["Recalling"]
    assert xpath(tree, "//a:mainBody/a:paragraph/a:num/text()") == ["1."]
    second = xpath(tree, "//a:mainBody/a:section")[0]
    assert xpath(second, "a:num/text()") == ["II"]
    assert text_of(xpath(second, "a:heading")[0]) == LONG_HEADING
    assert len(LONG_HEADING) > 200
    cross = xpath(second, "a:crossHeading")
    assert [(c.get("refersTo"), text_of(c)) for c in cross] == [
        ("#preamble", "Having considered the note by the Secretary-General,")]
    assert xpath(second, "a:paragraph/a:num/text()") == ["2.", "3."]
    # "3. Adopts … declaration:" introduces a heading and the text under it, not a list
    assert text_of(xpath(second, "a:subsection/a:heading")[0]) == "Guiding principles"
    assert xpath(second, "a:subsection/a:paragraph[not(a:num)]/a:content/a:p/text()") == [
        "We, the Heads of State and Government, commit ourselves to the principles set out in the "
        "present declaration and to their implementation at every level."]


def test_an_unnumbered_adopting_paragraph_ending_with_a_colon_is_operative(tmp_path):
    tree = _parts_tree(tmp_path, tail=(
        "*Adopts* the following Pact for the Future and its annexes:\n\n"
        "The Pact for the Future\n\n"
        "1. We, the Heads of State and Government, have gathered at United Nations Headquarters.\n\n"
        "*63rd plenary meeting\n11 April 2025*\n"))
    assert [c.get("name") for c in xpath(tree, "//a:preamble/a:container")] == ["Recalling"]
    assert text_of(xpath(tree, "//a:mainBody/a:paragraph")[0]) == (
        "Adopts the following Pact for the Future and its annexes:")
    assert text_of(xpath(tree, "//a:mainBody/a:section/a:heading")[0]) == "The Pact for the Future"
    assert xpath(tree, "//a:mainBody/a:section/a:paragraph/a:num/text()") == ["1."]


VOTE_MD = masthead("55/25", "Situation of human rights in the Syrian Arab Republic",
                   issued="12 April 2024", adopted="4 April 2024", organ="Human Rights Council",
                   session="Fifty-fifth session", agenda="4") + """\
*Recalling* its previous resolutions,

1. *Decides* to extend the mandate.

*59th meeting
4 April 2024*

{vote}
"""


@pytest.mark.parametrize(("vote", "outcome", "counts"), [
    ("[Adopted by a recorded vote of 28 to none, with 13 abstentions.]", "#adoptedRecordedVote",
     [("#inFavour", "28"), ("#against", "0"), ("#abstaining", "13")]),
    ("[Adopted by 114 votes to 4, with 52 abstentions.]", "#adoptedRecordedVote",
     [("#inFavour", "114"), ("#against", "4"), ("#abstaining", "52")]),
    ("[Adopted without a vote.]", "#adoptedWithoutVote", []),
])
def test_a_printed_vote_is_kept_in_the_conclusions_and_counted_in_the_analysis(
        tmp_path, vote, outcome, counts):
    source = tmp_path / "A_HRC_RES_55_25.md"
    source.write_text(VOTE_MD.format(vote=vote), encoding="utf-8")
    result = convert_file(source, converted=CONVERTED)
    assert result.errors == []
    tree = result.tree
    assert [text_of(p) for p in xpath(tree, "//a:conclusions/a:p")] == [
        "59th meeting4 April 2024", vote]   # the meeting and its date are two lines (<eol/>)
    assert xpath(tree, "//a:conclusions//a:location/text()") == ["59th meeting"]
    assert xpath(tree, "//a:conclusions//a:docDate/@date") == ["2024-04-04"]
    assert xpath(tree, "//a:meta/a:analysis/a:parliamentary/a:voting/@outcome") == [outcome]
    assert [(c.get("refersTo"), c.get("value")) for c in xpath(tree, "//a:voting/a:count")] == counts
    assert len(xpath(tree, "//a:voting/a:quorum")) == (0 if counts else 1)
    concepts = {c.get("eId") for c in xpath(tree, "//a:references/a:TLCConcept")}
    assert {outcome[1:], *(side[1:] for side, _ in counts)} <= concepts
    assert xpath(tree, "//a:mainBody/a:paragraph/a:num/text()") == ["1."]


def test_a_convention_in_an_annex_keeps_its_chapters_and_articles():
    result = convert_file(DATA / "convention.md", converted=CONVERTED)
    assert result.errors == []
    tree = result.tree
    first, second = xpath(tree, "//a:attachments/a:attachment/a:doc[@name='annex']")
    assert [text_of(t) for t in xpath(first, "a:preface//a:docTitle")] == [
        "Annex I", "Convention on the protection of records", "Preamble"]
    chapters = xpath(first, "a:mainBody/a:chapter")
    assert [(xpath(c, "string(a:num)"), text_of(xpath(c, "a:heading")[0]), c.get("eId"))
            for c in chapters] == [("Chapter I", "General provisions", "annex_1__chp_I"),
                                   ("Chapter II", "Final provisions", "annex_1__chp_II")]
    articles = xpath(first, ".//a:article")
    assert [(xpath(a, "string(a:num)"), xpath(a, "string(a:heading)"), a.get("eId"))
            for a in articles] == [
        ("Article 1", "Statement of purpose", "annex_1__chp_I__art_1"),
        ("Article 2", "Use of terms", "annex_1__chp_I__art_2"),
        ("Article 3", "", "annex_1__chp_II__art_3")]
    assert xpath(articles[2], "a:heading") == []
    assert xpath(articles[0], ".//a:point/a:num/text()") == ["(a)", "(b)"]
    assert xpath(articles[2], "a:paragraph/@eId") == [
        "annex_1__chp_II__art_3__para_1", "annex_1__chp_II__art_3__para_2"]
    # annex paragraphs are not clauses of the resolution: no operative verb in italics
    assert xpath(articles[2], ".//a:i") == []
    assert xpath(second, "a:mainBody/a:paragraph/@eId") == ["annex_2__para_1"]
    assert xpath(second, ".//a:FRBRWork/a:FRBRthis/@value") == [
        "/akn/un/statement/deliberation/unga/2024-12-24/79-998/!main/annex_2"]


def test_roman_parts_lettered_sub_parts_unnumbered_headings_and_restarted_numbering():
    result = convert_file(DATA / "sections.md", converted=CONVERTED)
    assert result.errors == []
    body = xpath(result.tree, "//a:mainBody")[0]
    outline = [(el.tag.rpartition("}")[2], el.get("eId"), xpath(el, "string(a:num)"),
                xpath(el, "string(a:heading)"))
               for el in xpath(body, ".//a:section|.//a:subsection|.//a:paragraph|.//a:crossHeading")]
    assert outline == [
        ("section", "sec_I", "I", "Financing of the Organization"),
        ("subsection", "sec_I__subsec_A", "A.", "Budget estimates"),
        ("paragraph", "sec_I__subsec_A__para_1", "1.", ""),
        ("paragraph", "sec_I__subsec_A__para_2", "2.", ""),
        ("subsection", "sec_I__subsec_B", "B.", "Staff matters"),
        ("paragraph", "sec_I__subsec_B__para_1", "1.", ""),
        ("section", "sec_II", "II.", "Oversight"),
        ("crossHeading", "crossHeading_1", "", ""),
        ("paragraph", "sec_II__para_1", "1.", ""),
        ("subsection", "sec_II__subsec_u1", "", "Oceans and the law of the sea"),
        ("paragraph", "sec_II__subsec_u1__para_2", "2.", ""),
    ]
    assert text_of(xpath(body, ".//a:crossHeading")[0]) == (
        "Having considered the report of the Board of Auditors,")
    assert [c.get("name") for c in xpath(result.tree, "//a:preamble/a:container")] == ["Recalling"]


def divisions(annex, kinds: str = ".//a:chapter|.//a:article") -> list[tuple[str, str, str, str]]:
    """(element, eId, num, heading) of the divisions of an annex (`kinds`: an XPath)."""
    return [(el.tag.rpartition("}")[2], el.get("eId"), xpath(el, "string(a:num)"),
             text_of(xpath(el, "a:heading")[0]) if xpath(el, "a:heading") else "")
            for el in xpath(annex, kinds)]


def test_a_convention_from_plain_text_keeps_its_chapters_and_articles():
    result = convert_file(DATA / "convention.txt", converted=CONVERTED)
    assert result.errors == []
    annex = xpath(result.tree, "//a:attachment/a:doc")[0]
    assert [text_of(t) for t in xpath(annex, "a:preface//a:docTitle")] == [
        "Annex", "Convention on the protection of records"]
    assert divisions(annex) == [
        ("chapter", "annex_1__chp_I", "Chapter I", "General provisions"),
        ("article", "annex_1__chp_I__art_1", "Article 1", "Statement of purpose"),
        ("article", "annex_1__chp_I__art_2", "Article 2", "Use of terms"),
        ("chapter", "annex_1__chp_II", "Chapter II", "Final provisions"),
        ("article", "annex_1__chp_II__art_3", "Article 3", "")]
    assert xpath(annex, ".//a:article[@eId='annex_1__chp_I__art_2']//a:point/a:num/text()") == [
        "(a)", "(b)"]
    assert xpath(annex, ".//a:article[@eId='annex_1__chp_II__art_3']/a:paragraph/a:num/text()") == [
        "1."]


def _centred(y: float, text: str) -> Text:
    return Text(297 - 2.6 * len(text), y, text, "Times-Bold")


def test_a_convention_from_pdf_keeps_its_chapters_and_articles(tmp_path):
    annex_page = [
        _centred(80, "Annex"), _centred(100, "Convention on the protection of records"),
        _centred(130, "Chapter I"), _centred(144, "General provisions"),
        _centred(170, "Article 1"), _centred(184, "Statement of purpose"),
        Text(LEFT + 36, 210, "The purposes of this Convention are:"),
        Text(LEFT + 36, 228, "(a)"), Text(LEFT + 72, 228, "To promote the protection of records;"),
        Text(LEFT + 36, 246, "(b)"), Text(LEFT + 72, 246, "To promote international cooperation."),
        _centred(276, "Article 2"), _centred(290, "Use of terms"),
        Text(LEFT + 36, 316, "1."), Text(LEFT + 72, 316, "“Record” shall mean any information."),
    ]
    pdf = tmp_path / "A_RES_79_998.pdf"
    pdf.write_bytes(build_pdf([resolution_page([], 300), annex_page]))
    result = convert_file(pdf, converted=CONVERTED)
    assert result.errors == []
    annex = xpath(result.tree, "//a:attachment/a:doc")[0]
    assert divisions(annex) == [
        ("chapter", "annex_1__chp_I", "Chapter I", "General provisions"),
        ("article", "annex_1__chp_I__art_1", "Article 1", "Statement of purpose"),
        ("article", "annex_1__chp_I__art_2", "Article 2", "Use of terms")]
    assert [text_of(p) for p in xpath(annex, ".//a:article[1]//a:point")] == [
        "(a)To promote the protection of records;", "(b)To promote international cooperation."]
    assert xpath(annex, ".//a:article[2]/a:paragraph/a:num/text()") == ["1."]


def test_letters_run_on_under_the_next_roman_item():
    # "(i) Protection of civilians" (a) … (g), "(ii) Disarmament" (h) (i) (j): the letters go on
    assert _nesting(["(i)", "(a)", "(b)", "(ii)", "(c)", "(h)", "(i)", "(j)", "(iii)", "(k)"]) == [
        ("(i)", ["(a)", "(b)"]), ("(ii)", ["(c)", "(h)", "(i)", "(j)"]), ("(iii)", ["(k)"])]
    assert _nesting(["(a)", "(i)", "(ii)", "(b)", "(i)"]) == [("(a)", ["(i)", "(ii)"]), ("(b)", ["(i)"])]
