"""Shapes of GA documents the corpus does not hold: drafts of the Fourth, Fifth and Sixth
Committees and of the plenary, resolutions issued in parts, texts quoted in a paragraph.
Each is a small document written as the UN prints it, checked element by element."""

from __future__ import annotations

from pathlib import Path

import pytest

from converter.errors import NotAResolutionError
from converter.pipeline import convert_file
from converter.validator import validate_tree
from tests.conftest import CONVERTED, convert_text, cover_lines, text_of, xpath
from tests.pdfgen import Text, build_pdf, justified
from tests.test_shapes import divisions

# ---- a resolution issued in parts A and B (the decolonization omnibus) -------------------

# pdftotext's default output: numbers on lines of their own, the title wrapped, the part's
# letter and title under it, sections I, II with their own recitals in part B
OMNIBUS_PLAIN = """\
A/RES/80/98 A-B

United Nations

General Assembly

Distr.: General
12 December 2025

Eightieth session
Agenda item 61
Information from Non-Self-Governing Territories transmitted
under Article 73 e of the Charter of the United Nations

{adopted} by the General Assembly on 8 December 2025
[on the report of the Special Political and Decolonization Committee
(Fourth Committee) (A/80/413)]
80/98. Questions of American Samoa, Anguilla, Bermuda, the British
Virgin Islands, the Cayman Islands and the United States Virgin Islands
A
General
The General Assembly,
Having considered the questions of American Samoa, Anguilla, Bermuda, the British
Virgin Islands, the Cayman Islands and the United States Virgin Islands,
1.
Reaffirms the inalienable right of the peoples of the Territories to self-determination;
2.
Requests the Secretary-General to report to the General Assembly at its eighty-first
session.
57th plenary meeting
8 December 2025
B
Individual Territories
The General Assembly,
Referring to resolution A above,

2/3

25-21001

\fA/RES/80/98 A-B

I
American Samoa
Taking note of the working paper prepared by the Secretariat on American Samoa,
1.
Reaffirms the inalienable right of the people of American Samoa to self-determination;
II
Anguilla
Taking note of the working paper prepared by the Secretariat on Anguilla,
1.
Stresses the importance of the constitutional review in the Territory.
57th plenary meeting
8 December 2025
"""


def parts_outline(tree) -> list[tuple[str, str, list[str], list[str], list[str]]]:
    """Per part: (letter, title, recitals, section headings, paragraph eIds)."""
    return [(xpath(s, "string(a:preface//a:docNumber)"), xpath(s, "string(a:preface//a:docTitle)"),
             [c.get("name") for c in xpath(s, "a:preamble/a:container")],
             [text_of(h) for h in xpath(s, "a:mainBody/a:section/a:heading")],
             xpath(s, "a:mainBody//a:paragraph/@eId"))
            for s in xpath(tree, "//a:collectionBody/a:component/a:statement")]


OMNIBUS_PARTS = [
    ("A", "General", ["Having considered"], [], ["component_1__para_1", "component_1__para_2"]),
    ("B", "Individual Territories", ["Referring"], ["American Samoa", "Anguilla"],
     ["component_2__sec_I__para_1", "component_2__sec_II__para_1"])]


@pytest.mark.parametrize("adopted", ["Resolution adopted", "Resolutions adopted"])
def test_plain_the_letter_of_part_a_under_the_title_opens_the_part(tmp_path, adopted):
    tree = convert_text(tmp_path, "A_RES_80_98.txt", OMNIBUS_PLAIN.format(adopted=adopted))
    assert xpath(tree, "/a:akomaNtoso/a:documentCollection/@name") == ["publication"]
    assert cover_lines(tree)[-9:] == [
        ("inline", "Information from Non-Self-Governing Territories transmitted under Article 73 e "
                   "of the Charter of the United Nations"),
        ("docTitle", f"{adopted} by the General Assembly on 8 December 2025"),
        ("docProponent", "[on the report of the Special Political and Decolonization Committee "
                         "(Fourth Committee) (A/80/413)]"),
        ("docNumber", "80/98."),
        ("docTitle", "Questions of American Samoa, Anguilla, Bermuda, the British Virgin Islands, "
                     "the Cayman Islands and the United States Virgin Islands"),
        ("docNumber", "A"), ("docTitle", "General"),
        ("docNumber", "B"), ("docTitle", "Individual Territories")]
    assert parts_outline(tree) == OMNIBUS_PARTS
    assert [xpath(s, "string(a:conclusions//a:docDate/@date)")
            for s in xpath(tree, "//a:component/a:statement")] == ["2025-12-08", "2025-12-08"]


# A draft in parts as the Fourth Committee prints it: no meeting line ends part A, so part B
# opens where its letter stands over its own title and formula.
M, RIGHT = 123.4, 488.0


def _draft_head(symbol: str, committee: list[str], agenda: list[str], submission: list[str],
                title: list[str], issued: str = "10 October 2025") -> tuple[list[Text], float]:
    page = [Text(M, 58, "United Nations", size=14), Text(482.7, 56.5, symbol),
            Text(124.2, 90.7, "General Assembly", "Times-Bold", 20), Text(397.2, 86.8, "Distr.: Limited"),
            Text(397.2, 98.5, issued), Text(397.4, 124.6, "Original: English"),
            Text(60, 224.4, "Eightieth session", "Times-Bold")]
    y = 236.4
    for line in committee:
        page.append(Text(60, y, line, "Times-Bold", 12))
        y += 12
    for k, line in enumerate(agenda):
        page.append(Text(60, y, line, "Times-Roman" if k == 0 else "Times-Bold"))
        y += 12
    y += 18
    for line in submission:
        page.append(Text(M, y, line, "Times-Bold"))
        y += 12
    y += 14
    for line in title:
        page.append(Text(M, y, line, "Times-Bold", 12))
        y += 14
    return page, y + 8


def _centred(y: float, text: str, size: float = 12.0) -> Text:
    return Text(305 - 0.25 * size * len(text), y, text, "Times-Bold", size)


def _recital(y: float, opener: str, rest: str) -> list[Text]:
    return [Text(147.8, y, opener, "Times-Italic"), Text(152 + 5.0 * len(opener), y, rest)]


def _paragraph(y: float, num: str, verb: str, rest: str) -> list[Text]:
    return [Text(148.3, y, num), Text(170.7, y, verb, "Times-Italic"),
            Text(175 + 5.0 * len(verb), y, rest)]


def test_pdf_a_draft_in_parts_opens_part_b_without_a_meeting_line(tmp_path):
    page, y = _draft_head(
        "A/C.4/80/L.8", ["Special Political and Decolonization Committee", "(Fourth Committee)"],
        ["Agenda item 61", "Implementation of the Declaration on the Granting of",
         "Independence to Colonial Countries and Peoples"],
        ["Draft resolution submitted by the Chair of the Committee"],
        ["Questions of American Samoa, Anguilla, Bermuda, the British Virgin",
         "Islands, the Cayman Islands and the United States Virgin Islands"])
    page += [
        _centred(y + 12, "A"), _centred(y + 26, "General"),
        Text(147.8, y + 48, "The General Assembly,", "Times-Italic"),
        *_recital(y + 66, "Having considered", "the questions of American Samoa and Anguilla,"),
        *_paragraph(y + 84, "1.", "Reaffirms", "the right of the peoples to self-determination;"),
        *_paragraph(y + 102, "2.", "Requests", "a report at its eighty-first session."),
        _centred(y + 126, "B"), _centred(y + 140, "Individual Territories"),
        Text(147.8, y + 162, "The General Assembly,", "Times-Italic"),
        *_recital(y + 180, "Referring", "to resolution A above,"),
        _centred(y + 204, "I", 10), _centred(y + 218, "American Samoa", 10),
        *_recital(y + 236, "Taking note", "of the working paper on American Samoa,"),
        *_paragraph(y + 254, "1.", "Reaffirms", "the right of the people of American Samoa;"),
        _centred(y + 278, "II", 10), _centred(y + 292, "Anguilla", 10),
        *_recital(y + 310, "Taking note", "of the working paper on Anguilla,"),
        *_paragraph(y + 328, "1.", "Stresses", "the importance of the constitutional review."),
    ]
    path = tmp_path / "A_C.4_80_L.8.pdf"
    path.write_bytes(build_pdf([page]))
    result = convert_file(path, converted=CONVERTED)
    assert result.errors == []
    tree = result.tree
    assert [text_of(t) for t in xpath(tree, "//a:documentCollection/a:preface//a:docTitle")] == [
        "Draft resolution submitted by the Chair of the Committee",
        "Questions of American Samoa, Anguilla, Bermuda, the British Virgin Islands, the Cayman "
        "Islands and the United States Virgin Islands"]
    # the parts are parts of a draft
    assert xpath(tree, "//a:component/a:statement/@name") == ["draftResolution", "draftResolution"]
    assert [dict(s.attrib) for s in xpath(tree, "//a:workflow/a:step")] == [
        {"date": "2025-10-10", "outcome": "#draftResolution", "by": "#chair"}]
    assert parts_outline(tree) == [
        ("A", "General", ["Having considered"], [], ["component_1__para_1", "component_1__para_2"]),
        ("B", "Individual Territories", ["Referring"], ["American Samoa", "Anguilla"],
         ["component_2__sec_I__para_1", "component_2__sec_II__para_1"])]
    assert xpath(tree, "//a:conclusions") == []


# ---- a treaty's items in small letters, from plain text ----------------------------------

# the masthead and body of a Sixth Committee draft as pdftotext prints them, from the line
# after the symbol (with "United Nations" and the organ above it or below it)
SIXTH_MASTHEAD = """\
Distr.: Limited
7 November 2025
Original: English

Eightieth session

Sixth Committee
Agenda item 81
Crimes against humanity
Draft resolution

Crimes against humanity
The General Assembly,
Recalling its resolution 79/122 of 4 December 2024,
1.
Decides to elaborate a convention on the basis of the draft articles annexed to the
present resolution.
"""
ARTICLES_PLAIN = "A/C.6/80/L.9\n\nUnited Nations\n\nGeneral Assembly\n\n" + SIXTH_MASTHEAD + """\
Annex
Draft articles on prevention and punishment of crimes against humanity
Article 3
Definition of crimes against humanity
1.
For the purpose of the present draft articles, “crime against humanity” means
any of the following acts when committed as part of a widespread or systematic
attack directed against any civilian population, with knowledge of the attack:
(a)
murder;
(b)
extermination;
(c)
deportation or forcible transfer of population;
2.
For the purpose of paragraph 1, “attack” means a course of conduct.
"""


def test_plain_items_in_small_letters_each_under_its_own_label_line_are_items(tmp_path):
    tree = convert_text(tmp_path, "A_C.6_80_L.9.txt", ARTICLES_PLAIN)
    assert xpath(tree, "/a:akomaNtoso/a:statement/@name") == ["draftResolution"]
    article = xpath(tree, "//a:attachment//a:article")[0]
    assert (xpath(article, "string(a:num)"), text_of(xpath(article, "a:heading")[0])) == (
        "Article 3", "Definition of crimes against humanity")
    first = xpath(article, "a:paragraph")[0]
    assert text_of(xpath(first, "a:list/a:intro")[0]).endswith("with knowledge of the attack:")
    assert [(xpath(p, "string(a:num)"), text_of(xpath(p, "a:content")[0]))
            for p in xpath(first, "a:list/a:point")] == [
        ("(a)", "murder;"), ("(b)", "extermination;"),
        ("(c)", "deportation or forcible transfer of population;")]
    assert xpath(article, "a:paragraph/a:num/text()") == ["1.", "2."]


# ---- a one-page draft decision without a formula -------------------------------------------

def _short_draft(tmp_path, body: list[Text]):
    page, y = _draft_head("A/80/L.3", [], ["Agenda item 7", "Organization of work"],
                          ["Draft decision submitted by the President of the General Assembly"],
                          ["Organization of the high-level meeting on the elderly"])
    path = tmp_path / "A_80_L.3.pdf"
    path.write_bytes(build_pdf([page + [Text(t.x, y + t.y, t.text, t.font, t.size) for t in body]]))
    result = convert_file(path, converted=CONVERTED)
    assert result.errors == []
    assert xpath(result.tree, "/a:akomaNtoso/a:statement/@name") == ["draftDecision"]
    assert [text_of(t) for t in xpath(result.tree, "//a:preface//a:docTitle")] == [
        "Draft decision submitted by the President of the General Assembly",
        "Organization of the high-level meeting on the elderly"]
    return [text_of(p) for p in xpath(result.tree, "//a:mainBody/a:paragraph")]


def test_pdf_a_short_draft_decision_is_one_paragraph_under_its_bold_title(tmp_path):
    # a decision without a formula, two lines long: its first line, unpunctuated, is no line
    # of the bold title; and that line, stopping inside the sentence, shows where the right
    # margin is ("United Nations  A/80/L.3" reaches further right: measured from it, the line
    # would seem to stop short and end the paragraph)
    paragraphs = _short_draft(tmp_path, [
        *justified(147.8, RIGHT, 12, "The General Assembly decides that the high-level meeting"),
        Text(M, 24, "shall be held on 24 September 2025.")])
    assert paragraphs == [
        "The General Assembly decides that the high-level meeting shall be held on 24 September 2025."]


# ---- a paragraph that quotes a text ------------------------------------------------------

def _numbered_contents(tree) -> list[tuple[str, str]]:
    """(num, content text) of each paragraph of the body."""
    return [(xpath(p, "string(a:num)"), text_of(xpath(p, "a:content")[0]))
            for p in xpath(tree, "//a:mainBody/a:paragraph")]


def _resolution_head(title: str) -> list[Text]:
    return [Text(M, 58, "United Nations", size=14), Text(482.7, 56.5, "A/RES/80/150"),
            Text(124.2, 90.7, "General Assembly", "Times-Bold", 20), Text(397.2, 86.8, "Distr.: General"),
            Text(397.2, 98.5, "19 December 2025"), Text(60, 224.4, "Eightieth session", "Times-Bold"),
            Text(60, 236.4, "Agenda item 125"),
            Text(60, 248.4, "Revitalization of the work of the General Assembly", "Times-Bold"),
            Text(M, 280, "Resolution adopted by the General Assembly on 15 December 2025", "Times-Bold", 12),
            Text(M, 296, "[without reference to a Main Committee (A/80/L.40)]"),
            Text(M, 318, f"80/150. {title}", "Times-Bold", 12),
            Text(147.8, 340, "The General Assembly,", "Times-Italic"),
            *_recital(358, "Recalling", "rule 160 of its rules of procedure,")]


def test_pdf_a_quoted_rule_title_is_quoted_text_not_a_heading(tmp_path):
    page = [*_resolution_head("Amendment to rule 160 of the rules of procedure"),
            *_paragraph(376, "1.", "Decides", "to amend rule 160 to read as follows:"),
            Text(171.8, 394, "“Rule 160"),
            *justified(171.8, RIGHT, 412, "“The Committee on Contributions shall advise the General"),
            *justified(M, RIGHT, 424,
                       "Assembly concerning the apportionment, under Article 17, paragraph 2,"),
            *justified(M, RIGHT, 436, "of the Charter, of the expenses of the Organization among Members,"),
            Text(M, 448, "broadly according to capacity to pay.”;"),
            *_paragraph(466, "2.", "Requests", "the Secretary-General to issue the rules."),
            Text(380, 500, "60th plenary meeting"), Text(380, 512, "15 December 2025")]
    path = tmp_path / "A_RES_80_150.pdf"
    path.write_bytes(build_pdf([page]))
    result = convert_file(path, converted=CONVERTED)
    assert result.errors == []
    tree = result.tree
    assert xpath(tree, "//a:mainBody/a:section") == []
    assert _numbered_contents(tree) == [
        ("1.", "Decides to amend rule 160 to read as follows:"),
        ("", "“Rule 160"),
        ("", "“The Committee on Contributions shall advise the General Assembly concerning the "
             "apportionment, under Article 17, paragraph 2, of the Charter, of the expenses of the "
             "Organization among Members, broadly according to capacity to pay.”;"),
        ("2.", "Requests the Secretary-General to issue the rules.")]
    assert xpath(tree, "//a:conclusions//a:docDate/@date") == ["2025-12-15"]



# ---- several drafts in one document: "Draft resolution I", "Draft resolution II" ------------

DRAFTS_HEAD = """\
A/C.4/80/L.2

United Nations

General Assembly

Distr.: Limited
8 October 2025
Original: English

Eightieth session

Special Political and Decolonization Committee
(Fourth Committee)
Agenda item 52
Questions relating to information
Draft resolutions submitted by the Chair of the Committee on Information

Questions relating to information
"""
DRAFTS_PLAIN = DRAFTS_HEAD + """\
Draft resolution I
Information in the service of humanity
The General Assembly,
Taking note of the report of the Committee on Information,
1.
Urges all countries to cooperate in reducing disparities in information flows;
2.
Requests the Secretary-General to report thereon.
Draft resolution II
United Nations global communications policies and activities of the
Department of Global Communications
The General Assembly,
Emphasizing the role of the Committee on Information,
1.
Reaffirms its resolution 13 (I) of 13 February 1946;
2.
Requests the Department to continue its work.
"""
DRAFTS_MD = """\
General Assembly

Distr.: Limited
8 October 2025

Original: English

Eightieth session

Special Political and Decolonization Committee (Fourth Committee)

Agenda item 52

Questions relating to information

Draft resolutions submitted by the Chair of the Committee on Information

Questions relating to information

Draft resolution I

Information in the service of humanity

The General Assembly,

*Taking note* of the report of the Committee on Information,

1. *Urges* all countries to cooperate in reducing disparities in information flows;

2. *Requests* the Secretary-General to report thereon.

Draft resolution II

United Nations global communications policies and activities of the Department of Global Communications

The General Assembly,

*Emphasizing* the role of the Committee on Information,

1. *Reaffirms* its resolution 13 (I) of 13 February 1946;

2. *Requests* the Department to continue its work.
"""
DRAFTS = [("Draft resolution I", "Information in the service of humanity", ["Taking note"],
           ["component_1__para_1", "component_1__para_2"]),
          ("Draft resolution II", "United Nations global communications policies and activities of "
           "the Department of Global Communications", ["Emphasizing"],
           ["component_2__para_1", "component_2__para_2"])]


def drafts_outline(tree) -> list[tuple[str, str, list[str], list[str]]]:
    return [(xpath(s, "string(a:preface//a:docNumber)"), xpath(s, "string(a:preface//a:docTitle)"),
             [c.get("name") for c in xpath(s, "a:preamble/a:container")],
             xpath(s, "a:mainBody/a:paragraph/@eId"))
            for s in xpath(tree, "//a:collectionBody/a:component/a:statement")]


def check_drafts(tree) -> None:
    assert xpath(tree, "//a:component/a:statement/@name") == ["draftResolution", "draftResolution"]
    assert [text_of(t) for t in xpath(tree, "//a:documentCollection/a:preface//a:docTitle")] == [
        "Draft resolutions submitted by the Chair of the Committee on Information",
        "Questions relating to information"]
    assert [dict(s.attrib) for s in xpath(tree, "//a:workflow/a:step")] == [
        {"date": "2025-10-08", "outcome": "#draftResolution", "by": "#chair"}]
    assert xpath(tree, "//a:component/a:statement//a:FRBRWork/a:FRBRthis/@value") == [
        "/akn/un/statement/deliberation/unga/2025-10-08/A-C.4-80-L.2/!main/I",
        "/akn/un/statement/deliberation/unga/2025-10-08/A-C.4-80-L.2/!main/II"]
    assert drafts_outline(tree) == DRAFTS


@pytest.mark.parametrize(("name", "text"), [("A_C.4_80_L.2.txt", DRAFTS_PLAIN),
                                            ("A_C.4_80_L.2.md", DRAFTS_MD)])
def test_several_drafts_in_one_document_are_its_components(tmp_path, name, text):
    tree = convert_text(tmp_path, name, text)
    check_drafts(tree)
    # a collection of drafts is a draft: no "Resolution adopted by …" line is expected
    assert [f.message for f in validate_tree(tree)] == []


def test_pdf_several_drafts_in_one_document_are_its_components(tmp_path):
    # each draft's number and title centred in bold, close enough to be read as one block
    page, y = _draft_head(
        "A/C.4/80/L.2", ["Special Political and Decolonization Committee", "(Fourth Committee)"],
        ["Agenda item 52", "Questions relating to information"],
        ["Draft resolutions submitted by the Chair of the Committee on Information"],
        ["Questions relating to information"], "8 October 2025")
    y += 14
    for num, title, recital, operative in [
            ("I", ["Information in the service of humanity"],
             ("Taking note", "of the report of the Committee on Information,"),
             [("Urges", "all countries to cooperate in reducing disparities in information flows;"),
              ("Requests", "the Secretary-General to report thereon.")]),
            ("II", ["United Nations global communications policies and activities of the",
                    "Department of Global Communications"],
             ("Emphasizing", "the role of the Committee on Information,"),
             [("Reaffirms", "its resolution 13 (I) of 13 February 1946;"),
              ("Requests", "the Department to continue its work.")])]:
        page.append(_centred(y, f"Draft resolution {num}"))
        for line in title:
            y += 15
            page.append(_centred(y, line))
        page += [Text(147.8, y + 22, "The General Assembly,", "Times-Italic"),
                 *_recital(y + 40, *recital)]
        y += 58
        for k, (verb, rest) in enumerate(operative, 1):
            page += _paragraph(y, f"{k}.", verb, rest)
            y += 18
        y += 14
    path = tmp_path / "A_C.4_80_L.2.pdf"
    path.write_bytes(build_pdf([page]))
    result = convert_file(path, converted=CONVERTED)
    assert result.errors == []
    check_drafts(result.tree)


# ---- a recorded vote under the meeting line, from plain text ------------------------------

VOTE_PLAIN = """\
A/HRC/RES/55/1

United Nations

General Assembly

Distr.: General
4 April 2024
Original: English

Human Rights Council
Fifty-fifth session
26 February–5 April 2024
Agenda item 2
Annual report of the United Nations High Commissioner for Human Rights

Resolution adopted by the Human Rights Council on 3 April 2024
55/1. Advancing human rights in South Sudan
The Human Rights Council,
Guided by the purposes and principles of the Charter of the United Nations,
1.
Decides to remain seized of the matter.
53rd meeting
3 April 2024
[Adopted by a recorded vote of 21 to 8, with 18 abstentions. The voting was as
follows:
In favour:
Albania, Argentina, Belgium, Bulgaria, Chile, Costa Rica, Dominican Republic, Finland,
France, Georgia
Against:
Algeria, Burundi, China
Abstaining:
Bangladesh, Benin, Brazil]
"""


def test_plain_a_vote_printed_under_the_meeting_date_is_the_vote_not_the_date(tmp_path):
    tree = convert_text(tmp_path, "A_HRC_RES_55_1.txt", VOTE_PLAIN)
    assert xpath(tree, "//a:conclusions//a:docDate/text()") == ["3 April 2024"]
    assert [(c.get("refersTo"), c.get("value")) for c in xpath(tree, "//a:voting/a:count")] == [
        ("#inFavour", "21"), ("#against", "8"), ("#abstaining", "18")]
    assert [text_of(o) for o in xpath(tree, "//a:conclusions/a:p[2]/a:organization")] == [
        "Albania, Argentina, Belgium, Bulgaria, Chile, Costa Rica, Dominican Republic, Finland, "
        "France, Georgia", "Algeria, Burundi, China", "Bangladesh, Benin, Brazil"]
    assert xpath(tree, "//a:mainBody/a:paragraph/a:num/text()") == ["1."]


# ---- pdftotext's order of a page-1 masthead, and labels set apart from their text --------

# page 1 as pdftotext may print it: "United Nations" and the organ before the symbol; on
# page 2 the running head; a treaty's items each under its label, blank lines between
# (a one-word item is no word pdftotext took out of a justified line)
COLUMNS_PLAIN = "United Nations\n\nGeneral Assembly\n\nA/C.6/80/L.9\n" + SIXTH_MASTHEAD + """\

25-17796 (E)

071125

\fA/C.6/80/L.9

Annex
Draft articles on prevention and punishment of crimes against humanity
Article 3
Definition of crimes against humanity
For the purpose of the present draft articles, “crime against humanity” means
any of the following acts when committed as part of a widespread or systematic attack
directed against any civilian population, with knowledge of the attack:
(a)

murder;

(b)

extermination;

2/2

25-17796

\f"""


def test_plain_the_symbol_after_the_organ_is_the_symbol_and_the_running_head_furniture(tmp_path):
    tree = convert_text(tmp_path, "draft.txt", COLUMNS_PLAIN)
    assert xpath(tree, "//a:coverPage//a:docNumber[@refersTo='#symbol']/text()") == ["A/C.6/80/L.9"]
    body = xpath(tree, "/a:akomaNtoso/a:statement/a:mainBody")[0]
    assert [(xpath(p, "local-name()"), xpath(p, "string(a:num)")) for p in body] == [
        ("paragraph", "1.")]   # no heading "A/C.6/80/L.9"
    article = xpath(tree, "//a:attachment//a:article")[0]
    assert text_of(xpath(article, "a:heading")[0]) == "Definition of crimes against humanity"
    assert [(xpath(p, "string(a:num)"), text_of(xpath(p, "a:content")[0]))
            for p in xpath(article, ".//a:point")] == [("(a)", "murder;"), ("(b)", "extermination;")]


# ---- quoted paragraphs from plain text ----------------------------------------------------

QUOTED_PLAIN = """\
A/RES/80/150

United Nations

General Assembly

Distr.: General
19 December 2025

Eightieth session
Agenda item 125
Revitalization of the work of the General Assembly

Resolution adopted by the General Assembly on 15 December 2025
[without reference to a Main Committee (A/80/L.40)]
80/150. Amendment to rule 160 of the rules of procedure
The General Assembly,
Recalling rule 160 of its rules of procedure,
1.
Decides to amend rule 160 of its rules of procedure to read as follows:
“Rule 160
“The Committee on Contributions shall advise the General Assembly
concerning the apportionment, under Article 17, paragraph 2, of the Charter, of the
expenses of the Organization among Members, broadly according to capacity to pay.
“The scale of assessments, when once fixed by the General Assembly, shall
not be subject to a general revision for at least three years.”;
2.
Requests the Secretary-General to issue a revised version of the rules.
60th plenary meeting
15 December 2025
"""


def test_plain_each_quoted_paragraph_opening_with_its_mark_is_a_paragraph(tmp_path):
    tree = convert_text(tmp_path, "A_RES_80_150.txt", QUOTED_PLAIN)
    assert _numbered_contents(tree) == [
        ("1.", "Decides to amend rule 160 of its rules of procedure to read as follows:"),
        ("", "“Rule 160"),
        ("", "“The Committee on Contributions shall advise the General Assembly concerning the "
             "apportionment, under Article 17, paragraph 2, of the Charter, of the expenses of the "
             "Organization among Members, broadly according to capacity to pay."),
        ("", "“The scale of assessments, when once fixed by the General Assembly, shall not be "
             "subject to a general revision for at least three years.”;"),
        ("2.", "Requests the Secretary-General to issue a revised version of the rules.")]


# ---- a draft that adopts a declaration printed under its paragraph -----------------------

def _adopting_draft(tmp_path) -> Path:
    page, y = _draft_head("A/80/L.2", [], ["Agenda item 127", "Global health and foreign policy"],
                          ["Draft resolution submitted by the President of the General Assembly"],
                          ["Political declaration of the high-level meeting on antimicrobial",
                           "resistance"], "15 September 2025")
    page += [Text(147.8, y + 10, "The General Assembly,", "Times-Italic"),
             Text(147.8, y + 28, "Adopts", "Times-Italic"),
             *justified(182, RIGHT, y + 28, "the following political declaration approved by the"),
             Text(M, y + 40, "high-level meeting on antimicrobial resistance, held on 26 September 2025:"),
             _centred(y + 60, "Political declaration of the high-level meeting on antimicrobial resistance",
                      10),
             *justified(147.8, RIGHT, y + 80, "We, Heads of State and Government and representatives of"),
             Text(M, y + 92, "States and Governments, commit to the following:"),
             Text(M, y + 110, "Our commitments", "Times-Italic"),
             *_paragraph(y + 128, "1.", "Recognize", "that antimicrobial resistance is a global threat;"),
             *_paragraph(y + 146, "2.", "Request", "the Secretary-General to provide a progress report.")]
    path = tmp_path / "A_80_L.2.pdf"
    path.write_bytes(build_pdf([page]))
    return path


ADOPTING_MD = """\
General Assembly

Distr.: Limited
15 September 2025

Original: English

Eightieth session

Agenda item 127

Global health and foreign policy

Draft resolution submitted by the President of the General Assembly

Political declaration of the high-level meeting on antimicrobial resistance

*The General Assembly*,

*Adopts* the following political declaration approved by the high-level meeting on \
antimicrobial resistance, held on 26 September 2025:

Political declaration of the high-level meeting on antimicrobial resistance

We, Heads of State and Government and representatives of States and Governments, \
assembled at the United Nations on 26 September 2025 to review progress in addressing \
antimicrobial resistance, commit to the following:

Our commitments

1. Recognize that antimicrobial resistance is one of the most urgent global health threats;

2. Request the Secretary-General to provide a progress report.
"""


@pytest.mark.parametrize("source", ["pdf", "md"])
def test_a_declaration_adopted_by_an_unnumbered_paragraph_follows_it_in_the_body(tmp_path, source):
    # "Adopts the following …:" ends the preamble: the declaration's title and text come after
    # it, in order, not as recitals before it.  (From plain text, a title as long as this one
    # under a full line is not told from that line's paragraph: not tested.)
    if source == "pdf":
        result = convert_file(_adopting_draft(tmp_path), converted=CONVERTED)
        assert result.errors == []
        tree = result.tree
    else:
        tree = convert_text(tmp_path, "A_80_L.2.md", ADOPTING_MD)
    assert xpath(tree, "//a:preamble/a:container") == []
    body = xpath(tree, "//a:mainBody")[0]
    assert [(xpath(el, "local-name()"), xpath(el, "string(a:num)"), text_of(xpath(el, "a:heading")[0])
             if xpath(el, "a:heading") else text_of(el)[:30]) for el in body] == [
        ("paragraph", "", "Adopts the following political"),
        ("section", "", "Political declaration of the high-level meeting on antimicrobial resistance"),
        ("section", "", "Our commitments")]
    assert text_of(xpath(body, "a:section[1]/a:paragraph")[0]).startswith("We, Heads of State")
    assert xpath(body, "a:section[2]/a:paragraph/a:num/text()") == ["1.", "2."]


# ---- an amendment printed without a title ------------------------------------------------

def test_pdf_an_amendment_without_a_title_keeps_its_text_in_the_body_in_order(tmp_path):
    # the sponsor line in bold, then at once the amendment's text in regular type: no title;
    # the recital it quotes and the italic line naming a paragraph stay in the text's order
    page, y = _draft_head("A/80/L.21", [], ["Agenda item 29", "Return or restitution of cultural property"],
                          ["Russian Federation: amendment to draft resolution A/80/L.5"], [],
                          "1 December 2025")
    page += [*justified(147.8, RIGHT, y + 10, "Insert a new preambular paragraph after the fifth"),
             Text(M, y + 22, "preambular paragraph, to read:"),
             Text(147.8, y + 40, "“Recalling also", "Times-Italic"),
             Text(215, y + 40, "its resolution 76/16 of 6 December 2021,”"),
             Text(147.8, y + 58, "Operative paragraph 3", "Times-Italic"),
             Text(147.8, y + 76, "Replace the words “calls upon” with the word “invites”.")]
    path = tmp_path / "A_80_L.21.pdf"
    path.write_bytes(build_pdf([page]))
    result = convert_file(path, converted=CONVERTED)
    assert result.errors == []
    tree = result.tree
    assert xpath(tree, "/a:akomaNtoso/a:statement/@name") == ["amendment"]
    assert [text_of(t) for t in xpath(tree, "//a:preface//a:docTitle")] == [
        "Russian Federation: amendment to draft resolution A/80/L.5"]
    assert xpath(tree, "//a:preamble") == []
    assert [text_of(p) for p in xpath(tree, "//a:mainBody/a:paragraph")] == [
        "Insert a new preambular paragraph after the fifth preambular paragraph, to read:",
        "“Recalling also its resolution 76/16 of 6 December 2021,”",
        "Operative paragraph 3",
        "Replace the words “calls upon” with the word “invites”."]


# ---- a corrigendum -----------------------------------------------------------------------

def test_pdf_a_corrigendum_is_no_resolution(tmp_path):
    # "Corrigendum" under the draft's title, then corrections: no formula, no text to convert
    page, y = _draft_head("A/80/L.14/Corr.1", [], ["Agenda item 64", "Prevention of armed conflict"],
                          ["Albania, Andorra, Argentina and Uruguay: draft resolution"],
                          ["Olympic Truce for the XXV Olympic Winter Games"], "23 October 2025")
    page += [_centred(y + 6, "Corrigendum", 10),
             Text(147.8, y + 30, "Operative paragraph 2", "Times-Italic"),
             Text(147.8, y + 48, "For", "Times-Italic"), Text(165, y + 48, "eighty-second session"),
             Text(260, y + 48, "read", "Times-Italic"), Text(282, y + 48, "eighty-first session")]
    path = tmp_path / "A_80_L.14_Corr.1.pdf"
    path.write_bytes(build_pdf([page]))
    with pytest.raises(NotAResolutionError, match="a corrigendum"):
        convert_file(path, converted=CONVERTED)


# ---- a reissued draft: the star on its symbol --------------------------------------------

def test_pdf_the_note_on_a_reissued_drafts_symbol_is_kept_on_the_symbol(tmp_path):
    page, y = _draft_head("A/80/L.14*", [], ["Agenda item 64", "Prevention of armed conflict"],
                          ["Albania, Andorra, Argentina and Uruguay: draft resolution"],
                          ["Olympic Truce for the XXV Olympic Winter Games"], "21 October 2025")
    page += [Text(147.8, y + 10, "The General Assembly,", "Times-Italic"),
             *_recital(y + 28, "Recalling", "its resolution 78/10 of 21 November 2023,"),
             *_paragraph(y + 46, "1.", "Urges", "Member States to observe the Olympic Truce."),
             Text(M, 700, "__________________"),
             Text(M, 714, "*", size=9),
             Text(M + 12, 714, "Reissued for technical reasons on 23 October 2025.", size=9)]
    path = tmp_path / "A_80_L.14.pdf"
    path.write_bytes(build_pdf([page]))
    result = convert_file(path, converted=CONVERTED)
    assert result.errors == [] and result.warnings == []
    number = xpath(result.tree, "//a:coverPage//a:docNumber[@refersTo='#symbol']")[0]
    assert number.text == "A/80/L.14"
    assert [(n.get("marker"), text_of(n)) for n in xpath(number, "a:authorialNote")] == [
        ("*", "Reissued for technical reasons on 23 October 2025.")]
    assert xpath(result.tree, "//a:FRBRWork/a:FRBRthis/@value") == [
        "/akn/un/statement/deliberation/unga/2025-10-21/A-80-L.14/!main"]


# ---- a list numbered 1., 2. … under a paragraph that introduces it -----------------------

NUMBERED_LIST = """United Nations

A/RES/79/500

General Assembly

Distr.: General

16 December 2024

Seventy-ninth session

Agenda item 107

Crime prevention and criminal justice

Resolution adopted by the General Assembly on 10 December 2024

[on the report of the Third Committee (A/79/400, para. 10)]

79/500. Follow-up to the Fifteenth United Nations Congress on Crime Prevention

{formula},

{recalling} its resolution 77/231 of 15 December 2022,

1. {decides} that the Congress shall be held in 2026;

2. {approves} the following provisional agenda for the Congress:

1. Opening of the Congress.

2. Organizational matters.

3. Adoption of the report of the Congress.

3. {decides} that the following issues shall be considered in workshops:

(a) Building resilient societies;

(b) Ensuring equal access to justice for all;

4. {endorses} the programme of work for the Congress, as follows:

1. General debate.

2. Round tables.

5. {requests} the Secretary-General to report thereon.

50th plenary meeting
10 December 2024
"""


def numbered_list(*, italics: bool = False) -> str:
    """NUMBERED_LIST with its formula and verbs in italics (the markdown dialect) or not."""
    words = {w: f"*{w.capitalize()}*" if italics else w.capitalize()
             for w in ("decides", "approves", "endorses", "requests", "recalling")}
    return NUMBERED_LIST.format(formula="*The General Assembly*" if italics else "The General Assembly",
                                **words)


@pytest.mark.parametrize(("name", "italics"), [("A_RES_79_500.md", True), ("A_RES_79_500.txt", False)])
def test_a_list_numbered_from_1_under_a_paragraphs_colon_is_its_points(tmp_path, name, italics):
    # "2. Approves the following agenda:" then "1. Opening …", "2. …", "3. …": points of
    # paragraph 2, numbered as printed, though "3." is also the paragraph's next number; the
    # paragraph "3." is the one that opens with an operative verb
    text = numbered_list(italics=italics)
    tree = convert_text(tmp_path, name, text)
    body = xpath(tree, "//a:mainBody")[0]
    assert xpath(body, "a:paragraph/a:num/text()") == ["1.", "2.", "3.", "4.", "5."]
    assert [(xpath(p, "string(a:num)"), text_of(xpath(p, "a:content")[0]))
            for p in xpath(body, "a:paragraph[a:num='2.']/a:list/a:point")] == [
        ("1.", "Opening of the Congress."), ("2.", "Organizational matters."),
        ("3.", "Adoption of the report of the Congress.")]
    assert xpath(body, "a:paragraph[a:num='2.']/a:list/a:point/@eId") == [
        "para_2__list_1__point_1", "para_2__list_1__point_2", "para_2__list_1__point_3"]
    assert xpath(body, "a:paragraph[a:num='3.']/a:list/a:point/a:num/text()") == ["(a)", "(b)"]
    assert xpath(body, "a:paragraph[a:num='4.']/a:list/a:point/a:num/text()") == ["1.", "2."]
    assert text_of(xpath(body, "a:paragraph[a:num='5.']/a:content")[0]) == (
        "Requests the Secretary-General to report thereon.")


def test_a_number_a_draft_prints_twice_keeps_its_number_and_a_told_apart_eid(tmp_path):
    # a draft numbering two paragraphs "3." (a slip of its drafting): both keep their number
    # as printed, the second's eId tells it apart, and the output is valid
    text = numbered_list()
    text = (text.replace("1. Opening of the Congress.\n\n2. Organizational matters.\n\n"
                         "3. Adoption of the report of the Congress.\n\n", "")
            .replace("4. Endorses", "3. Endorses").replace("5. Requests", "4. Requests"))
    tree = convert_text(tmp_path, "A_RES_79_500.txt", text)
    body = xpath(tree, "//a:mainBody")[0]
    assert [(p.get("eId"), xpath(p, "string(a:num)")) for p in xpath(body, "a:paragraph")] == [
        ("para_1", "1."), ("para_2", "2."), ("para_3", "3."), ("para_3-2", "3."), ("para_4", "4.")]
    assert xpath(body, "a:paragraph[@eId='para_3-2']/a:list/a:point/@eId") == [
        "para_3-2__list_1__point_1", "para_3-2__list_1__point_2"]


# ---- rules of procedure annexed: parts numbered in words, rules ----------------------------

RULES = """1. Adopts the rules of procedure contained in the annex to the present resolution;

2. Requests the Secretary-General to report thereon.

50th plenary meeting
10 December 2024

Annex

Rules of procedure of the Conference

Part One

General provisions

Rule 1

Scope

1. These rules shall apply to the Conference.

2. The Conference may amend these rules.

Rule 2

Languages

The languages of the Conference shall be the six official languages.

Part Two

Final provisions

Rule 3

Entry into force

These rules shall enter into force upon adoption.
"""


def test_rules_of_procedure_keep_their_parts_numbered_in_words_and_their_rules(tmp_path):
    text = numbered_list()
    text = text[:text.index("1. Decides")] + RULES
    tree = convert_text(tmp_path, "A_RES_79_500.txt", text)
    annex = xpath(tree, "//a:attachment/a:doc")[0]
    assert [text_of(t) for t in xpath(annex, "a:preface//a:docTitle")] == [
        "Annex", "Rules of procedure of the Conference"]
    assert divisions(annex, ".//a:part|.//a:rule") == [
        ("part", "annex_1__part_One", "Part One", "General provisions"),
        ("rule", "annex_1__part_One__rule_1", "Rule 1", "Scope"),
        ("rule", "annex_1__part_One__rule_2", "Rule 2", "Languages"),
        ("part", "annex_1__part_Two", "Part Two", "Final provisions"),
        ("rule", "annex_1__part_Two__rule_3", "Rule 3", "Entry into force")]
    assert xpath(annex, ".//a:rule[@eId='annex_1__part_One__rule_1']/a:paragraph/a:num/text()") == [
        "1.", "2."]


def test_a_web_address_with_brackets_or_a_bare_percent_sign_is_a_valid_link(tmp_path):
    # a printed address may hold what a URI may not ("[1]", "%" before no hex digits, a second
    # "#"): the href escapes them, the text shows the address as printed, the output is valid
    text = numbered_list()
    text = text.replace("to report thereon.", "to report thereon, as set out at "
                        "https://example.org/reports[2024]/100%-done#part#2 and www.un.org/a.")
    tree = convert_text(tmp_path, "A_RES_79_500.txt", text)
    assert [(a.text, a.get("href")) for a in xpath(tree, "//a:mainBody//a:a")] == [
        ("https://example.org/reports[2024]/100%-done#part#2",
         "https://example.org/reports%5B2024%5D/100%25-done#part%232"),
        ("www.un.org/a", "http://www.un.org/a")]
