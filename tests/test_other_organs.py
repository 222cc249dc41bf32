"""Mastheads of the Security Council, the Human Rights Council and ECOSOC: one small
document of each kind, checked field by field."""

from __future__ import annotations

from datetime import date

import pytest

from converter.errors import MissingDateError
from converter.pipeline import convert_file
from converter.validator.rules import profile_findings
from tests.conftest import CONVERTED, convert_text, cover_lines, text_of, xpath
from tests.pdfgen import Text, build_pdf

convert = convert_text
cover = cover_lines


def frbr_work(tree) -> str:
    return xpath(tree, "//a:FRBRWork/a:FRBRthis/@value")[0]


SC_RESOLUTION = """United Nations

S/RES/2999 (2031)

Security Council

Distr.: General

14 March 2031

Resolution 2999 (2031)

Adopted by the Security Council at its 9901st meeting, on 12 March 2031

The Security Council,

Recalling its resolution 2990 (2030),

1. Decides to extend the mandate until 15 March 2032;

2. Decides to remain seized of the matter.
"""


def test_a_security_council_resolution_has_its_number_and_adoption_line_on_the_cover(tmp_path):
    tree = convert(tmp_path, "S_RES_2999_2031.txt", SC_RESOLUTION)
    assert xpath(tree, "/a:akomaNtoso/a:statement/@name") == ["resolution"]
    assert frbr_work(tree) == "/akn/un/statement/deliberation/unsc/2031-03-12/2999-2031/!main"
    assert cover(tree)[-2:] == [
        ("docTitle", "Resolution 2999 (2031)"),
        ("docTitle", "Adopted by the Security Council at its 9901st meeting, on 12 March 2031")]
    adoption = xpath(tree, "//a:coverPage//a:docTitle[@refersTo='#adoption']")[0]
    assert [(el.tag.split("}")[1], dict(el.attrib), el.text) for el in adoption] == [
        ("inline", {"name": "adoptionMeeting", "title": "9901st"}, "9901st meeting"),
        ("docDate", {"date": "2031-03-12", "refersTo": "#adoptionDate"}, "12 March 2031")]
    assert xpath(tree, "//a:preface") == []
    assert text_of(xpath(tree, "//a:formula")[0]) == "The Security Council,"
    assert [text_of(n) for n in xpath(tree, "//a:mainBody/a:paragraph/a:num")] == ["1.", "2."]
    assert xpath(tree, "//a:conclusions") == []


HRC_RESOLUTION = """United Nations

A/HRC/RES/61/7

General Assembly

Distr.: General

10 April 2031

Original: English

Human Rights Council

Sixty-first session

24 February–4 April 2031

Agenda item 4

Human rights situations that require the Council's attention

Resolution adopted by the Human Rights Council on 3 April 2031

61/7. Situation of human rights in a country

The Human Rights Council,

Guided by the Charter of the United Nations,

1. Decides to extend the mandate for one year.

52nd meeting
3 April 2031
"""


def test_a_human_rights_council_resolution_names_the_council_under_the_assembly(tmp_path):
    tree = convert(tmp_path, "A_HRC_RES_61_7.txt", HRC_RESOLUTION)
    assert frbr_work(tree) == "/akn/un/statement/deliberation/unga-hrc/2031-04-03/61-7/!main"
    assert cover(tree)[2:] == [
        ("docAuthority", "General Assembly"), ("docStatus", "Distr.: General"),
        ("docDate", "10 April 2031"), ("inline", "Original: English"),
        ("docAuthority", "Human Rights Council"), ("session", "Sixty-first session"),
        ("event", "24 February–4 April 2031"), ("inline", "Agenda item 4"),
        ("inline", "Human rights situations that require the Council's attention"),
        ("docTitle", "Resolution adopted by the Human Rights Council on 3 April 2031"),
        ("docNumber", "61/7."), ("docTitle", "Situation of human rights in a country")]
    assert xpath(tree, "//a:coverPage//a:docAuthority/@refersTo") == [
        "#publisher", "#issuingBody", "#subsidiaryBody"]
    assert xpath(tree, "//a:session/@refersTo") == ["#hrc"]
    assert [(d.get("date"), d.get("refersTo")) for d in xpath(tree, "//a:event[@refersTo='#session']/a:date")
            ] == [("2031-02-24", "#startDate"), ("2031-04-04", "#endDate")]
    assert xpath(tree, "//a:conclusions//a:docDate/@date") == ["2031-04-03"]


ECOSOC_RESOLUTION = """United Nations

E/RES/2031/5

Economic and Social Council

Distr.: General

20 June 2031

2031 session

Agenda item 18 (a)

Economic and environmental questions

Resolution adopted by the Economic and Social Council on 6 June 2031

[on the recommendation of the Commission for Social Development (E/2031/26)]

2031/5. Social dimensions of development

The Economic and Social Council,

Recalling its resolution 2030/4,

1. Encourages Member States to act.

25th plenary meeting
6 June 2031
"""


def test_an_ecosoc_resolution_has_a_yearly_session_and_a_commission_proposes_it(tmp_path):
    tree = convert(tmp_path, "E_RES_2031_5.txt", ECOSOC_RESOLUTION)
    assert frbr_work(tree) == "/akn/un/statement/deliberation/unecosoc/2031-06-06/2031-5/!main"
    assert [(s.get("value"), s.get("refersTo")) for s in xpath(tree, "//a:session")] == [("2031", "#ecosoc")]
    proponent = xpath(tree, "//a:docProponent")[0]
    assert proponent.get("refersTo") == "#commissionForSocialDevelopment"
    assert xpath(proponent, "a:inline/text()") == ["E/2031/26"]
    assert xpath(tree, "//a:TLCOrganization[@eId='commissionForSocialDevelopment']/@showAs") == [
        "Commission for Social Development"]
    assert cover(tree)[-2:] == [("docNumber", "2031/5."), ("docTitle", "Social dimensions of development")]


def test_an_ecosoc_proposal_considered_in_plenary_is_its_proponent(tmp_path):
    text = ECOSOC_RESOLUTION.replace(
        "[on the recommendation of the Commission for Social Development (E/2031/26)]",
        "[on a proposal considered in plenary meeting (E/2031/L.9)]")
    proponent = xpath(convert(tmp_path, "E_RES_2031_5.txt", text), "//a:docProponent")[0]
    assert (proponent.get("refersTo"), text_of(proponent)) == (
        "#plenaryMeeting", "[on a proposal considered in plenary meeting (E/2031/L.9)]")


def test_a_recorded_vote_printed_with_its_lists_stays_one_conclusion_with_its_voters(tmp_path):
    text = HRC_RESOLUTION + (
        "\n[Adopted by a recorded vote of 3 to 2, with 1 abstention. The voting was as follows:\n\n"
        "In favour:\n\nAlgeria, Benin, Viet Nam\n\nAgainst:\n\nMalawi, Paraguay\n\n"
        "Abstaining:\n\nAlbania]\n")
    tree = convert(tmp_path, "A_HRC_RES_61_7.txt", text)
    assert xpath(tree, "//a:voting/a:count/@value") == ["3", "2", "1"]
    vote = xpath(tree, "//a:conclusions/a:p")[1]
    assert [(el.tag.split("}")[1], el.text, el.tail) for el in vote] == [
        ("eol", None, "In favour:"), ("eol", None, None),
        ("organization", "Algeria, Benin, Viet Nam", None), ("eol", None, "Against:"), ("eol", None, None),
        ("organization", "Malawi, Paraguay", None), ("eol", None, "Abstaining:"), ("eol", None, None),
        ("organization", "Albania", "]")]
    assert vote.text == ("[Adopted by a recorded vote of 3 to 2, with 1 abstention. "
                         "The voting was as follows:")
    assert xpath(tree, "//a:mainBody//a:p[contains(., 'Algeria')]") == []


SC_DRAFT = """United Nations

S/2031/120

Security Council

Distr.: General

27 March 2031

Original: English

Albania and Japan: draft resolution

The Security Council,

Recalling its resolution 2990 (2030),

1. Decides to remain seized of the matter.
"""


def test_a_security_council_draft_is_dated_by_its_issue_and_submitted_by_its_sponsors(tmp_path):
    tree = convert(tmp_path, "S_2031_120.txt", SC_DRAFT)
    assert xpath(tree, "/a:akomaNtoso/a:statement/@name") == ["draftResolution"]
    assert frbr_work(tree) == "/akn/un/statement/deliberation/unsc/2031-03-27/2031-120/!main"
    assert xpath(tree, "//a:FRBRWork/a:FRBRdate/@name") == ["publication"]
    assert [dict(s.attrib) for s in xpath(tree, "//a:workflow/a:step")] == [
        {"date": "2031-03-27", "outcome": "#draftResolution", "by": "#sponsors"}]
    assert cover(tree)[-1] == ("docTitle", "Albania and Japan: draft resolution")


def test_a_presidential_statement_is_numbered_within_its_year(tmp_path):
    text = ("United Nations\n\nS/PRST/2031/4\n\nSecurity Council\n\nDistr.: General\n\n3 May 2031\n\n"
            "Statement by the President of the Security Council\n\n"
            "At the 9999th meeting of the Security Council, held on 3 May 2031, the President made the "
            "following statement on behalf of the Council:\n\n"
            "\u201cThe Security Council will remain seized of the matter.\u201d\n")
    tree = convert(tmp_path, "S_PRST_2031_4.txt", text)
    assert frbr_work(tree) == "/akn/un/statement/deliberation/unsc/2031-05-03/2031-4/!main"
    assert profile_findings(tree) == []   # no adoption line, no original language: none is due


def test_without_a_masthead_the_formula_names_the_author(tmp_path):
    text = SC_RESOLUTION[SC_RESOLUTION.index("The Security Council,"):]
    path = tmp_path / "S_RES_2999_2031.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MissingDateError):   # the text dates nothing: no date is invented
        convert_file(path, converted=CONVERTED)
    result = convert_file(path, converted=CONVERTED, document_date=date(2031, 3, 12))
    assert xpath(result.tree, "//a:FRBRWork/a:FRBRauthor/@href") == ["#sc"]
    assert xpath(result.tree, "//a:FRBRWork/a:FRBRthis/@value") == [
        "/akn/un/statement/deliberation/unsc/2031-03-12/2999-2031/!main"]


def sc_pdf_pages(first_page_footer: list[Text]) -> list[list[Text]]:
    """An SC resolution as the UN sets it: no session or agenda item, the symbol as the
    running head of page 2."""
    bold, roman, italic, margin = "Times-Bold", "Times-Roman", "Times-Italic", 123.4
    first = [
        Text(margin, 58, "United Nations", roman, 14), Text(430, 58, "S/RES/2999 (2031)", roman),
        Text(margin, 86, "Security Council", bold, 20), Text(430, 86, "Distr.: General", roman),
        Text(430, 98, "14 March 2031", roman), Text(margin, 200, "Resolution 2999 (2031)", bold, 12),
        Text(margin, 230, "Adopted by the Security Council at its 9901st meeting, on", bold),
        Text(margin, 242, "12 March 2031", bold), Text(147, 270, "The Security Council,", roman),
        Text(147, 289, "Recalling", italic), Text(190, 289, "its resolution 2990 (2030),", roman),
        Text(margin, 308, "1.", roman), Text(147, 308, "Decides", italic),
        Text(185, 308, "to extend the mandate of the Mission until 15 March 2032, and", roman),
        Text(margin, 320, "requests the Secretary-General to report;", roman), *first_page_footer]
    second = [Text(margin, 40, "S/RES/2999 (2031)", roman, 9), Text(margin, 80, "2.", roman),
              Text(147, 80, "Decides", italic), Text(185, 80, "to remain seized of the matter.", roman),
              Text(margin, 740, "2/2", roman, 8), Text(450, 740, "31-01234", roman, 8)]
    return [first, second]


def test_pdf_a_security_council_resolution_reads_its_own_masthead_and_running_head(tmp_path):
    path = tmp_path / "S_RES_2999_2031.pdf"
    path.write_bytes(build_pdf(sc_pdf_pages([])))
    result = convert_file(path, converted=CONVERTED)
    assert result.errors == []
    tree = result.tree
    assert cover(tree)[-2:] == [
        ("docTitle", "Resolution 2999 (2031)"),
        ("docTitle", "Adopted by the Security Council at its 9901st meeting, on 12 March 2031")]
    assert frbr_work(tree) == "/akn/un/statement/deliberation/unsc/2031-03-12/2999-2031/!main"
    assert [text_of(p) for p in xpath(tree, "//a:mainBody/a:paragraph/a:content")] == [
        "Decides to extend the mandate of the Mission until 15 March 2032, and requests the "
        "Secretary-General to report;", "Decides to remain seized of the matter."]


def test_pdf_a_human_rights_council_resolution_keeps_its_two_organs_and_session_dates(tmp_path):
    bold, roman, italic, margin = "Times-Bold", "Times-Roman", "Times-Italic", 123.4
    page = [
        Text(margin, 58, "United Nations", roman, 14), Text(430, 58, "A/HRC/RES/61/7", roman),
        Text(margin, 86, "General Assembly", bold, 20), Text(397, 86, "Distr.: General", roman),
        Text(397, 98, "10 April 2031", roman), Text(397, 122, "Original: English", roman),
        Text(60, 210, "Human Rights Council", bold, 12), Text(60, 224, "Sixty-first session", bold),
        Text(60, 236, "24 February\u20134 April 2031", roman), Text(60, 248, "Agenda item 4", roman),
        Text(60, 260, "Human rights situations that require the Council\u2019s attention", bold),
        Text(margin, 290, "Resolution adopted by the Human Rights Council on 3 April 2031", bold, 12),
        Text(margin, 320, "61/7.", bold, 12),
        Text(170, 320, "Situation of human rights in a country", bold, 12),
        Text(147, 350, "The Human Rights Council,", roman),
        Text(147, 369, "Guided", italic), Text(180, 369, "by the Charter of the United Nations,", roman),
        Text(margin, 388, "1.", roman), Text(147, 388, "Decides", italic),
        Text(185, 388, "to extend the mandate for one year.", roman),
        Text(330, 420, "52nd meeting", italic), Text(330, 432, "3 April 2031", italic)]
    path = tmp_path / "A_HRC_RES_61_7.pdf"
    path.write_bytes(build_pdf([page]))
    result = convert_file(path, converted=CONVERTED)
    assert result.errors == []
    assert cover(result.tree)[6:] == [
        ("docAuthority", "Human Rights Council"), ("session", "Sixty-first session"),
        ("event", "24 February\u20134 April 2031"), ("inline", "Agenda item 4"),
        ("inline", "Human rights situations that require the Council\u2019s attention"),
        ("docTitle", "Resolution adopted by the Human Rights Council on 3 April 2031"),
        ("docNumber", "61/7."), ("docTitle", "Situation of human rights in a country")]
    assert xpath(result.tree, "//a:conclusions//a:docDate/@date") == ["2031-04-03"]


def links(tree) -> list[tuple[str, str]]:
    return [(text_of(a), a.get("href").removeprefix("https://undocs.org/en/")) for a in xpath(tree, "//a:a")]


def test_a_council_cites_its_own_resolutions_by_year_and_the_assemblys_by_session(tmp_path):
    text = ECOSOC_RESOLUTION.replace(
        "Recalling its resolution 2030/4,",
        "Recalling its resolution 2030/4 and General Assembly resolution 70/1, and resolution 78/1,")
    assert links(convert(tmp_path, "E_RES_2031_5.txt", text)) == [
        ("2030/4", "E/RES/2030/4"), ("70/1", "A/RES/70/1"), ("78/1", "A/RES/78/1")]


def test_human_rights_council_texts_link_only_what_the_source_links(tmp_path):
    # the Council's own files link no citation the text merely prints: neither do we
    text = HRC_RESOLUTION.replace("Guided by the Charter of the United Nations,",
                                  "Recalling its resolution 58/2 and General Assembly resolution 70/1,")
    assert links(convert(tmp_path, "A_HRC_RES_61_7.txt", text)) == []
    marked = text.replace("resolution 58/2", "resolution [58/2](#)").replace(
        "*", "").replace("Guided", "*Guided*")
    assert links(convert(tmp_path, "A_HRC_RES_61_7.md", marked)) == [("58/2", "A/HRC/RES/58/2")]


def test_council_numbers_listed_after_the_word_resolutions_are_linked(tmp_path):
    text = SC_RESOLUTION.replace(
        "Recalling its resolution 2990 (2030),",
        "Recalling all its previous resolutions on the region, in particular 2500 (2019), "
        "2600 (2021) and 2990 (2030), and noting the Protocol of 1998 (1999 text),")
    assert links(convert(tmp_path, "S_RES_2999_2031.txt", text)) == [
        ("2500 (2019)", "S/RES/2500(2019)"), ("2600 (2021)", "S/RES/2600(2021)"),
        ("2990 (2030)", "S/RES/2990(2030)")]


SECTIONS_BODY = """Recalling its resolution 2030/4,

A

Work of the Committee on the transport of dangerous goods

Recognizing the importance of the work of the Committee,

1. Expresses its appreciation for the work of the Committee;

2. Requests the Secretary-General to circulate its recommendations;

B

Work of the Committee on the classification of chemicals

Bearing in mind the Plan of Implementation of the World Summit,

1. Commends the Secretary-General on the publication of the ninth edition;

2. Invites Governments to implement it.
"""


def test_sections_a_and_b_each_under_a_lone_letter_over_its_title_with_their_recitals(tmp_path):
    # one resolution in sections A and B (no meeting line between them: no parts of a
    # collection): each letter with the title under it heads a section of its own recitals
    # and paragraphs, numbered afresh (the "A" had been two recitals, "B" a heading apart)
    body = "Recalling its resolution 2030/4,\n\n1. Encourages Member States to act.\n"
    text = ECOSOC_RESOLUTION.replace(body, SECTIONS_BODY)
    tree = convert(tmp_path, "E_RES_2031_5.txt", text)
    assert [c.get("name") for c in xpath(tree, "//a:preamble/a:container")] == ["Recalling"]
    sections = xpath(tree, "//a:mainBody/a:section")
    assert [(s.get("eId"), xpath(s, "string(a:num)"), xpath(s, "string(a:heading)")) for s in sections] == [
        ("sec_A", "A", "Work of the Committee on the transport of dangerous goods"),
        ("sec_B", "B", "Work of the Committee on the classification of chemicals")]
    assert [[text_of(c) for c in xpath(s, "a:crossHeading")] for s in sections] == [
        ["Recognizing the importance of the work of the Committee,"],
        ["Bearing in mind the Plan of Implementation of the World Summit,"]]
    assert [xpath(s, "a:paragraph/@eId") for s in sections] == [
        ["sec_A__para_1", "sec_A__para_2"], ["sec_B__para_1", "sec_B__para_2"]]


def test_a_recital_of_a_section_that_lists_keeps_its_items_and_the_recitals_after_them(tmp_path):
    # "Noting with satisfaction:" then (a), (b) inside section B, then another recital and the
    # section's paragraphs: the recital stays a crossHeading (as each recital of a headed part
    # is), its items follow it as lettered paragraphs (a crossHeading holds text only: the
    # UN's files write them so), and "Aware …" after them is a recital again (the colon had
    # made the three an unnumbered operative paragraph with a list, "Aware …" another)
    listing = SECTIONS_BODY.replace(
        "Bearing in mind the Plan of Implementation of the World Summit,\n",
        "Bearing in mind the Plan of Implementation of the World Summit,\n\n"
        "Noting with satisfaction:\n\n"
        "(a) That the Commission has amended its instruments;\n\n"
        "(b) That many Member States have issued national legislation;\n\n"
        "Aware that effective implementation will require further cooperation,\n")
    body = "Recalling its resolution 2030/4,\n\n1. Encourages Member States to act.\n"
    tree = convert(tmp_path, "E_RES_2031_5.txt", ECOSOC_RESOLUTION.replace(body, listing))
    section_b = xpath(tree, "//a:section[@eId='sec_B']")[0]

    def shown(el) -> tuple[str, str, str]:
        tag = el.tag.split("}")[1]
        words = text_of(el) if tag == "crossHeading" else " ".join(map(text_of, el))
        return tag, el.get("eId"), words

    assert [shown(el) for el in section_b[2:]] == [
        ("crossHeading", "crossHeading_2", "Bearing in mind the Plan of Implementation of the World Summit,"),
        ("crossHeading", "crossHeading_3", "Noting with satisfaction:"),
        ("paragraph", "sec_B__para_a", "(a) That the Commission has amended its instruments;"),
        ("paragraph", "sec_B__para_b", "(b) That many Member States have issued national legislation;"),
        ("crossHeading", "crossHeading_4",
         "Aware that effective implementation will require further cooperation,"),
        ("paragraph", "sec_B__para_1",
         "1. Commends the Secretary-General on the publication of the ninth edition;"),
        ("paragraph", "sec_B__para_2", "2. Invites Governments to implement it.")]
    assert [text_of(i) for i in xpath(section_b, "a:crossHeading/a:i")] == [
        "Bearing in mind", "Noting with satisfaction", "Aware"]


TERMS_ANNEX = """
Annex

Revised terms of reference of the Committee

(a) The Committee is a centre for the consideration of all aspects of inland transport;

(b) The Committee provides a forum for:

(i) Cooperation and consultation;

(ii) The analysis of transport trends;

(c) The Committee reports to the Commission.
"""


def test_an_annex_lettered_from_a_with_no_paragraph_introducing_it_has_lettered_paragraphs(tmp_path):
    # terms of reference annexed as (a), (b), (c): each is a paragraph of the annex (the "(a)"
    # paragraph had lost its label to a list's intro and held the others as its points), and
    # (b)'s own (i), (ii) are its points
    tree = convert(tmp_path, "E_RES_2031_5.txt", ECOSOC_RESOLUTION + TERMS_ANNEX)
    body = xpath(tree, "//a:attachment//a:mainBody")[0]
    assert [(p.get("eId"), xpath(p, "string(a:num)")) for p in xpath(body, "a:paragraph")] == [
        ("annex_1__para_a", "(a)"), ("annex_1__para_b", "(b)"), ("annex_1__para_c", "(c)")]
    assert text_of(xpath(body, "a:paragraph[1]/a:content")[0]) == (
        "The Committee is a centre for the consideration of all aspects of inland transport;")
    assert [(p.get("eId"), text_of(p)) for p in xpath(body, "a:paragraph[2]//a:point")] == [
        ("annex_1__para_b__list_1__point_i", "(i)Cooperation and consultation;"),
        ("annex_1__para_b__list_1__point_ii", "(ii)The analysis of transport trends;")]
    # the resolution's own operative part keeps its numbers, and a paragraph's (a) its point
    assert xpath(tree, "//a:akomaNtoso/*/a:mainBody/a:paragraph/@eId") == ["para_1"]
