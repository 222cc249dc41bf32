"""Masthead shapes of drafts and resolutions not seen in the corpus: each a small document.

The masthead is read to its last line the language table knows, so one unexpected
line (a language name, a second agenda title, a stray page number) no longer drops
the adoption line, the report line and the title into the body.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from converter.errors import MissingDateError, NotAResolutionError
from converter.languages import get_language
from converter.pipeline import convert_file
from converter.segmentation.masthead import LineKind, classify
from tests.conftest import CONVERTED, convert_text, cover_lines, text_of, xpath
from tests.pdfgen import Text, build_pdf

BODY = ("*The General Assembly*,\n\n*Recalling* its resolution 68/127,\n\n"
        "1. *Decides* to include the item;\n\n2. *Requests* a report.\n")


def draft_masthead(*, symbol: str = "A/C.6/80/L.5", committee: str = "Sixth Committee",
                   agenda: str = "Agenda item 84\n\nReport of the International Law Commission",
                   submission: str = "Draft resolution", original: str = "Original: English",
                   date: str = "20 October 2025") -> str:
    lines = ["United Nations", symbol, "General Assembly", f"Distr.: Limited\n{date}".strip(), original,
             "Eightieth session", committee, agenda, submission, "Responsibility of States"]
    return "\n\n".join(line for line in lines if line) + "\n\n"


def convert(tmp_path: Path, text: str, name: str = "doc.md"):
    return convert_text(tmp_path, name, text)


cover = cover_lines


def step(tree) -> list[dict[str, str]]:
    return [dict(s.attrib) for s in xpath(tree, "//a:workflow/a:step")]


def body_texts(tree) -> list[str]:
    return [text_of(el) for el in xpath(tree, "//a:preamble/* | //a:mainBody/*")]


def test_a_bare_draft_resolution_line_types_the_draft_and_its_committee_submits_it(tmp_path):
    tree = convert(tmp_path, draft_masthead() + BODY)
    assert xpath(tree, "/a:akomaNtoso/a:statement/@name") == ["draftResolution"]
    assert cover(tree)[-4:] == [
        ("inline", "Agenda item 84"), ("inline", "Report of the International Law Commission"),
        ("docTitle", "Draft resolution"), ("docTitle", "Responsibility of States")]
    assert xpath(tree, "//a:preface//a:docTitle/@refersTo") == ["#resolutionTitle"]
    assert step(tree) == [{"date": "2025-10-20", "outcome": "#draftResolution", "by": "#sixthCommittee"}]
    assert xpath(tree, "//a:TLCOrganization[@eId='sixthCommittee']/@showAs") == ["Sixth Committee"]
    assert body_texts(tree)[0] == "The General Assembly,"


def test_a_bare_draft_decision_line_gives_a_draft_decision(tmp_path):
    tree = convert(tmp_path, draft_masthead(submission="Draft decision") + BODY)
    assert xpath(tree, "/a:akomaNtoso/a:statement/@name") == ["draftDecision"]
    assert step(tree)[0]["outcome"] == "#draftDecision"


@pytest.mark.parametrize(("submission", "kind", "by", "tlc"), [
    ("Draft resolution submitted by the Chair of the Committee following informal consultations",
     "draftResolution", "#chair", ("TLCPerson", "Chair")),
    ("Draft decision submitted by the President of the General Assembly",
     "draftDecision", "#president", ("TLCPerson", "President")),
    ("Draft resolution submitted by the Vice-Chair of the Committee, Ana Silva (Portugal), on the "
     "basis of informal consultations on draft resolution A/C.6/80/L.2",
     "draftResolution", "#viceChair", ("TLCPerson", "Vice-Chair")),
    ("Draft decision submitted by the Bureau", "draftDecision", "#bureau",
     ("TLCOrganization", "Bureau")),
])
def test_a_draft_submitted_by_an_officer_names_that_officer_as_the_submitter(
        tmp_path, submission, kind, by, tlc):
    tree = convert(tmp_path, draft_masthead(submission=submission) + BODY)
    assert xpath(tree, "/a:akomaNtoso/a:statement/@name") == [kind]
    assert step(tree)[0]["by"] == by
    entry = xpath(tree, f"//a:references/*[@eId='{by[1:]}']")[0]
    assert (entry.tag.split("}")[1], entry.get("showAs")) == tlc
    assert [text_of(t) for t in xpath(tree, "//a:preface//a:docTitle[@refersTo='#sponsors']")] == [
        submission]


NOTES = "\n* On behalf of the Group of 77 and China.\n\n** Reissued for technical reasons.\n"


@pytest.mark.parametrize(("line", "sponsors", "markers", "kind"), [
    ("Iraq:,** draft resolution", "Iraq:, draft resolution", ["**"], "draftResolution"),
    ("Algeria, Egypt and Yemen:* draft decision", "Algeria, Egypt and Yemen: draft decision", ["*"],
     "draftDecision"),
    ("Denmark: amendment to draft resolution A/C.6/80/L.2",
     "Denmark: amendment to draft resolution A/C.6/80/L.2", [], "amendment"),
])
def test_a_sponsor_line_with_stars_after_the_colon_is_the_sponsor_line(
        tmp_path, line, sponsors, markers, kind):
    tree = convert(tmp_path, draft_masthead(submission=line) + BODY + NOTES)
    assert xpath(tree, "/a:akomaNtoso/a:statement/@name") == [kind]
    title = xpath(tree, "//a:preface//a:docTitle[@refersTo='#sponsors']")
    words = xpath(title[0], ".//text()[not(ancestor::a:authorialNote)]")
    assert " ".join("".join(words).split()) == sponsors
    assert xpath(title[0], "a:authorialNote/@marker") == markers
    assert step(tree)[0]["by"] == "#sponsors"


def test_an_amendment_keeps_its_type_without_an_issue_date(tmp_path):
    text = draft_masthead(submission="Denmark: amendment to draft resolution A/C.6/80/L.2", date="")
    path = tmp_path / "doc.md"
    path.write_text(text + BODY, encoding="utf-8")
    with pytest.raises(MissingDateError):   # a date is never invented (issue 12)
        convert_file(path, converted=CONVERTED)
    result = convert_file(path, converted=CONVERTED, document_date=date(2025, 10, 1))
    assert xpath(result.tree, "/a:akomaNtoso/a:statement/@name") == ["amendment"]
    assert xpath(result.tree, "//a:FRBRWork/a:FRBRdate/@date") == ["2025-10-01"]
    assert result.errors == ["<coverPage>: no <docDate> (the issue date)"]   # set aside


def test_two_agenda_items_and_a_language_line_above_original_stay_in_the_masthead(tmp_path):
    text = draft_masthead(
        symbol="A/80/L.12", committee="", original="English\n\nOriginal: English and Spanish",
        agenda="Agenda items 13 and 117\n\nIntegrated and coordinated implementation of the outcomes "
               "of the major United Nations conferences\n\nFollow-up to the outcome of the "
               "Millennium Summit\n\n2",
        submission="Albania, Andorra and Zambia: draft resolution")
    tree = convert(tmp_path, text + BODY)
    lines = cover(tree)
    assert lines[5:] == [
        ("inline", "English"), ("inline", "Original: English and Spanish"),
        ("session", "Eightieth session"), ("inline", "Agenda items 13 and 117"),
        ("inline", "Integrated and coordinated implementation of the outcomes of the major United "
                   "Nations conferences"),
        ("inline", "Follow-up to the outcome of the Millennium Summit"),
        ("docTitle", "Albania, Andorra and Zambia: draft resolution"),
        ("docTitle", "Responsibility of States")]
    assert xpath(tree, "//a:inline[@name='agenda item']/@title") == ["13 and 117"]
    assert body_texts(tree)[:2] == ["The General Assembly,", "Recalling its resolution 68/127,"]


def test_an_item_of_the_provisional_agenda_is_the_agenda_item(tmp_path):
    text = draft_masthead(symbol="A/80/L.1", committee="",
                          agenda="Item 5 of the provisional agenda\n\nElection of the President",
                          submission="Draft decision submitted by the President of the General Assembly")
    tree = convert(tmp_path, text + BODY)
    assert xpath(tree, "//a:inline[@name='agenda item']/@title") == ["5"]
    assert xpath(tree, "//a:inline[@name='agenda item name']/text()") == ["Election of the President"]


def resolution_masthead(title_line: str, *, report: str = "[on the report of the Sixth Committee "
                        "(A/78/500, para. 10)]") -> str:
    return ("United Nations\n\nA/RES/78/123\n\nGeneral Assembly\n\nDistr.: General\n"
            "18 December 2023\n\nSeventy-eighth session\n\nAgenda item 80\n\nCrimes against humanity\n\n"
            "Resolution adopted by the General Assembly on 7 December 2023\n\n"
            f"{report}\n\n{title_line}\n\n")


def test_a_title_printed_without_its_number_takes_the_number_from_the_symbol(tmp_path):
    tree = convert(tmp_path, resolution_masthead("Crimes against humanity") + BODY)
    assert cover(tree)[-3:] == [
        ("docProponent", "[on the report of the Sixth Committee (A/78/500, para. 10)]"),
        ("docNumber", "78/123."), ("docTitle", "Crimes against humanity")]
    assert body_texts(tree)[0] == "The General Assembly,"


def test_a_part_of_a_resolution_is_its_own_work_named_by_the_symbol_with_the_part(tmp_path):
    # a resolution adopted in parts: the masthead prints "A/RES/78/123 B"; the title keeps
    # the resolution's number and the part's letter follows it
    text = resolution_masthead("78/123. Crimes against humanity").replace(
        "A/RES/78/123\n", "A/RES/78/123 B\n") + "B¹\n\n" + BODY + (
        "\n__________________\n\n¹ Resolution 78/123 of 1 December 2023 becomes resolution 78/123 A.\n")
    tree = convert(tmp_path, text, "part.md")
    assert xpath(tree, "//a:FRBRWork/a:FRBRthis/@value") == [
        "/akn/un/statement/deliberation/unga/2023-12-07/78-123B/!main"]
    assert xpath(tree, "//a:docNumber/text()") == ["A/RES/78/123 B", "78/123.", "B"]
    letter = xpath(tree, "//a:preface/a:p[2]")[0]
    assert [child.tag.split("}")[1] for child in letter] == ["docNumber", "authorialNote"]
    assert letter[0].get("refersTo") == "#letter"
    assert text_of(letter[1]) == "Resolution 78/123 of 1 December 2023 becomes resolution 78/123 A."
    assert xpath(tree, "//a:TLCConcept[@eId='letter']/@showAs") == ["Part letter"]
    assert body_texts(tree)[:2] == ["The General Assembly,", "Recalling its resolution 68/127,"]


@pytest.mark.parametrize("title_line", [
    "78/123.\u202fCrimes against\u202fhumanity", "78/123.  Crimes  against humanity",
    "78/123. Crimes against\u00a0humanity"])
def test_a_title_with_odd_spaces_is_read_whole(tmp_path, title_line):
    tree = convert(tmp_path, resolution_masthead(title_line) + BODY)
    assert cover(tree)[-2:] == [("docNumber", "78/123."), ("docTitle", "Crimes against humanity")]


def test_a_title_wrapped_onto_a_line_reading_general_assembly_stays_the_title(tmp_path):
    text = resolution_masthead("78/123. Revitalization of the work of the\n\nGeneral Assembly")
    tree = convert(tmp_path, text + BODY)
    assert cover(tree)[-2:] == [
        ("docNumber", "78/123."), ("docTitle", "Revitalization of the work of the General Assembly")]
    assert body_texts(tree)[0] == "The General Assembly,"


def test_a_committee_document_that_is_no_draft_is_not_a_resolution(tmp_path):
    text = draft_masthead(agenda="Agenda item 84", submission="Organization of work") + (
        "1. The Committee will hold its meetings in Conference Room 4.\n\n"
        "2. The list of speakers will close on 10 October.\n")
    path = tmp_path / "A_C.6_80_L.1.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(NotAResolutionError, match="no resolution structure"):
        convert_file(path, converted=CONVERTED)


# pdftotext's page 1: the symbol above the masthead, one item per line, wrapped items,
# body lines at the full text width (about 88 characters).
PLAIN_BODY = (
    "The General Assembly,\n"
    "Recalling its resolution 78/123 of 7 December 2023 on the information in the service\n"
    "of humanity and all its previous resolutions on the questions relating to information,\n"
    "1.\nDecides to include in the provisional agenda of its eighty-first session the item\n"
    "entitled \u201cQuestions relating to information\u201d.\n")


def plain_masthead(*masthead_lines: str) -> str:
    head = ["A/C.4/80/L.7", "", "United Nations", "", "General Assembly", "", "Distr.: Limited",
            "3 November 2025", "Original: English", "", "Eightieth session"]
    return "\n".join([*head, *masthead_lines]) + "\n"


def test_plain_a_committee_name_wrapped_before_its_number_is_one_committee(tmp_path):
    text = plain_masthead(
        "Special Political and Decolonization Committee", "(Fourth Committee)", "Agenda item 50",
        "Questions relating to information",
        "Draft resolution submitted by the Chair of the Committee following informal",
        "consultations", "", "Information in the service of humanity") + PLAIN_BODY
    tree = convert(tmp_path, text, "A_C.4_80_L.7.txt")
    assert cover(tree)[7:] == [
        ("docCommittee", "Special Political and Decolonization Committee (Fourth Committee)"),
        ("inline", "Agenda item 50"), ("inline", "Questions relating to information"),
        ("docTitle", "Draft resolution submitted by the Chair of the Committee following informal "
                     "consultations"),
        ("docTitle", "Information in the service of humanity")]
    assert xpath(tree, "//a:docCommittee/@refersTo") == ["#fourthCommittee"]
    assert step(tree) == [{"date": "2025-11-03", "outcome": "#draftResolution", "by": "#chair"}]
    assert body_texts(tree)[0] == "The General Assembly,"


def test_plain_a_bare_draft_decision_under_the_agenda_title(tmp_path):
    text = plain_masthead("Sixth Committee", "Agenda item 84",
                          "Report of the International Law Commission", "Draft decision", "",
                          "Responsibility of States") + PLAIN_BODY
    tree = convert(tmp_path, text, "A_C.4_80_L.7.txt")
    assert xpath(tree, "/a:akomaNtoso/a:statement/@name") == ["draftDecision"]
    assert cover(tree)[-3:] == [("inline", "Report of the International Law Commission"),
                                ("docTitle", "Draft decision"), ("docTitle", "Responsibility of States")]
    assert step(tree)[0]["by"] == "#sixthCommittee"


def test_plain_two_agenda_titles_and_a_language_line_stay_out_of_the_body(tmp_path):
    text = plain_masthead(
        "Agenda items 13 and 117", "Integrated and coordinated implementation of and follow-up",
        "to the outcomes of the major United Nations conferences",
        "Follow-up to the outcome of the Millennium Summit",
        "Albania, Andorra, Argentina and Zambia: draft resolution", "",
        "A world against violence and violent extremism").replace(
        "Original: English", "English\nOriginal: English and Spanish") + PLAIN_BODY
    tree = convert(tmp_path, text, "A_80_L.12.txt")
    lines = cover(tree)
    assert lines[5:9] == [("inline", "English"), ("inline", "Original: English and Spanish"),
                          ("session", "Eightieth session"), ("inline", "Agenda items 13 and 117")]
    assert lines[-2:] == [("docTitle", "Albania, Andorra, Argentina and Zambia: draft resolution"),
                          ("docTitle", "A world against violence and violent extremism")]
    assert body_texts(tree)[0] == "The General Assembly,"


# A draft's page 1 as the UN sets it: masthead columns, the left column's session, committee
# and agenda at x = 60, the sponsor list in bold across the body's measure.
MARGIN = 123.4


def draft_page(sponsor_lines: list[list[tuple[str, str]]]) -> list[Text]:
    bold, roman = "Times-Bold", "Times-Roman"
    page = [Text(MARGIN, 58, "United Nations", roman, 14), Text(400, 58, "A/C.3/80/L.70", roman),
            Text(MARGIN, 86, "General Assembly", bold, 20), Text(397, 86, "Distr.: Limited", roman),
            Text(397, 98, "3 November 2025", roman), Text(397, 122, "Original: English", roman),
            Text(60, 222, "Eightieth session", bold), Text(60, 235.5, "Third Committee", bold, 12),
            Text(60, 247.7, "Agenda item 71 (c)", roman),
            Text(60, 259.7, "Human rights situations and reports of special", bold),
            Text(60, 271.7, "rapporteurs and representatives", bold)]
    y = 301.7
    for runs in sponsor_lines:
        x = MARGIN
        for text, font in runs:
            page.append(Text(x, y, text, font))
            x += 4.6 * len(text)
        y += 12
    return [*page, Text(MARGIN, y + 13, "Situation of human rights in the occupied territory", bold, 12),
            Text(147, y + 38, "The General Assembly,", roman),
            Text(147, y + 57, "Recalling", "Times-Italic"),
            Text(190, y + 57, "its resolution 78/123,", roman),
            Text(MARGIN, y + 76, "1.", roman), Text(147, y + 76, "Decides", "Times-Italic"),
            Text(185, y + 76, "to include the item.", roman),
            Text(MARGIN, 700, "__________________", roman), Text(MARGIN, 714, "*", roman, 9),
            Text(MARGIN + 15, 714, "On behalf of the States members of the Arab Group.", roman, 9)]


@pytest.mark.parametrize("last_lines", [
    [[("Mauritania, Morocco, Oman, Qatar, Saudi Arabia, Somalia, Sudan, Tunisia and Yemen:", "Times-Bold"),
      ("*", "Times-Roman")], [("draft resolution", "Times-Bold")]],
    [[("Mauritania, Morocco, Oman, Qatar, Saudi Arabia and Yemen:", "Times-Bold"), ("*", "Times-Roman"),
      (" draft resolution", "Times-Bold")]],
])
def test_pdf_a_sponsor_list_over_lines_with_a_regular_star_after_the_colon_is_one_line(
        tmp_path, last_lines):
    first = [("Algeria, Bahrain, Comoros, Djibouti, Egypt, Iraq, Jordan, Kuwait, Lebanon, Libya,",
              "Times-Bold")]
    path = tmp_path / "A_C.3_80_L.70.pdf"
    path.write_bytes(build_pdf([draft_page([first, *last_lines])]))
    result = convert_file(path, converted=CONVERTED)
    assert result.errors == []
    sponsors = xpath(result.tree, "//a:preface//a:docTitle[@refersTo='#sponsors']")
    assert len(sponsors) == 1
    words = " ".join("".join(xpath(sponsors[0], ".//text()[not(ancestor::a:authorialNote)]")).split())
    assert words.startswith("Algeria, Bahrain, Comoros") and words.endswith("and Yemen: draft resolution")
    assert xpath(sponsors[0], "a:authorialNote/@marker") == ["*"]
    assert cover(result.tree)[-4:-2] == [
        ("inline", "Agenda item 71 (c)"),
        ("inline", "Human rights situations and reports of special rapporteurs and representatives")]
    assert step(result.tree)[0]["by"] == "#sponsors"


def test_a_statement_by_the_president_is_a_presidential_statement_not_a_refusal(tmp_path):
    text = ("United Nations\n\nS/PRST/2030/4\n\nSecurity Council\n\nDistr.: General\n\n3 May 2030\n\n"
            "Statement by the President of the Security Council\n\n"
            "At the 9999th meeting of the Security Council, held on 3 May 2030, the President of the "
            "Security Council made the following statement on behalf of the Council:\n\n"
            "\u201cThe Security Council reaffirms its commitment to peace.\n\n"
            "\u201cThe Security Council will remain seized of the matter.\u201d\n")
    tree = convert(tmp_path, text, "S_PRST_2030_4.txt")
    assert xpath(tree, "/a:akomaNtoso/a:statement/@name") == ["presidentialStatement"]
    assert cover(tree)[-1] == ("docTitle", "Statement by the President of the Security Council")
    assert body_texts(tree)[0].startswith("At the 9999th meeting")



def test_an_agenda_title_opening_with_a_gerund_is_no_paragraph_cut_by_a_page_break(tmp_path):
    # a long line opening like a preambular paragraph and ending without a stop may be cut by a
    # page break; a masthead title opening with a gerund ("Strengthening of …") is not one
    title = ("Strengthening of the coordination of humanitarian and disaster relief assistance of the "
             "United Nations, including special economic assistance")
    text = resolution_masthead("78/123. Crimes against humanity").replace(
        "Crimes against humanity\n\nResolution", f"{title}\n\nResolution")
    tree = convert(tmp_path, text + BODY)
    assert xpath(tree, "//a:inline[@name='agenda item name']/text()") == [title]
    assert xpath(tree, "//a:coverPage//a:docTitle/text()") == [
        "Resolution adopted by the General Assembly on 7 December 2023"]


@pytest.mark.parametrize(("recital", "name"), [
    ("Having considered the report of the Secretary-General,", "Having considered"),
    ("Having also examined the report of the Committee,", "Having also examined"),
    ("Having heard the statement of the President,", "Having heard"),
    ("Having regard to the Charter,", "Having"),
    # the feeling a participle expresses, as the UN italicizes it
    ("Noting with alarm the rise in attacks,", "Noting with alarm"),
    ("Noting with renewed concern the situation,", "Noting with renewed concern"),
    ("Expressing continued concern at the situation,", "Expressing continued concern"),
    # and the stance it restates, but not the resolution it recalls
    ("Reaffirming its strong condemnation of all attacks,", "Reaffirming its strong condemnation"),
    ("Reiterating its call upon all States to act,", "Reiterating its call upon"),
    ("Reaffirming its resolution 70/1,", "Reaffirming")])
def test_having_names_its_recital_with_the_participle_after_it(tmp_path, recital, name):
    # text without italics: the name is the opener the language table reads
    text = resolution_masthead("78/123. Crimes against humanity") + BODY.replace(
        "*Recalling* its resolution 68/127,", recital)
    tree = convert(tmp_path, text.replace("*", ""), "having.txt")
    assert xpath(tree, "//a:preamble/a:container/@name") == [name]
    assert xpath(tree, "//a:preamble/a:container/a:p/a:i/text()") == [name]


ARCHIVE = """UNITED NATIONS

General Assembly

Distr.
GENERAL

A/RES/46/182
19 December 1991

ORIGINAL: ENGLISH

Forty-sixth session
Agenda item 143

RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY

[without reference to a Main Committee (A/46/L.49 and Add.1)]

46/182. Strengthening of the coordination of humanitarian emergency assistance

The General Assembly,

Recalling its resolution 2816 (XXVI) of 14 December 1971,

1. Adopts the text contained in the annex to the present resolution;

2. Requests the Secretary-General to report at its forty-seventh session.

78th plenary meeting
19 December 1991
"""


def test_an_archive_masthead_in_capitals_without_an_adoption_date(tmp_path):
    # the Assembly's mastheads to the 1990s: "UNITED NATIONS", "Distr." over "GENERAL" (no
    # colon), "ORIGINAL: ENGLISH", "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY" (its date only
    # at the meeting line); each is its masthead line, the output valid (was: no <docStatus>)
    tree = convert_text(tmp_path, "A_RES_46_182.txt", ARCHIVE)
    lines = cover_lines(tree)
    assert ("docAuthority", "United Nations") in lines   # the publisher, as the profile names it
    assert ("docStatus", "Distr. GENERAL") in lines
    assert ("docTitle", "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY") in lines
    assert ("inline", "ORIGINAL: ENGLISH") in lines
    assert xpath(tree, "//a:docStatus/@refersTo") == ["#generalDistribution"]
    assert xpath(tree, "//a:FRBRWork/a:FRBRthis/@value") == [
        "/akn/un/statement/deliberation/unga/1991-12-19/46-182/!main"]
    assert xpath(tree, "//a:coverPage//a:inline[@name='agenda item name']") == []



def test_an_archive_resolution_numbered_with_its_session_in_roman_numerals(tmp_path):
    # to 1975 a resolution is numbered "2625 (XXV)." over its title, and its meeting line
    # closes with a comma over a date with a full stop: the number and title are the preface,
    # the meeting and date the conclusions (the number had been read as the title, and the
    # document found no date)
    text = (ARCHIVE.replace("A/RES/46/182", "A/RES/2625 (XXV)").replace("Forty-sixth", "Twenty-fifth")
            .replace("46/182. Strengthening of the coordination of humanitarian emergency assistance",
                     "2625 (XXV). Declaration on Principles of International Law concerning "
                     "Friendly Relations")
            .replace("78th plenary meeting\n19 December 1991", "1883rd plenary meeting,\n24 October 1970."))
    tree = convert_text(tmp_path, "A_RES_2625_XXV.txt", text)
    assert [(el.tag.split("}")[1], text_of(el)) for el in xpath(tree, "//a:preface/a:p/*")] == [
        ("docNumber", "2625 (XXV)."),
        ("docTitle", "Declaration on Principles of International Law concerning Friendly Relations")]
    assert xpath(tree, "//a:conclusions//a:location/text()") == ["1883rd plenary meeting"]
    assert xpath(tree, "//a:conclusions//a:docDate/@date") == ["1970-10-24"]
    assert xpath(tree, "//a:FRBRWork/a:FRBRthis/@value") == [
        "/akn/un/statement/deliberation/unga/1970-10-24/2625-XXV/!main"]


ARCHIVE_FR = """NATIONS UNIES

ASSEMBLEE GENERALE

Distr.
GENERALE

A/RES/46/182
19 décembre 1991

FRANCAIS
ORIGINAL : ANGLAIS

Quarante-sixième session
Point 143 de l'ordre du jour

RESOLUTION ADOPTEE PAR L'ASSEMBLEE GENERALE

[sans renvoi à une grande commission (A/46/L.49 et Add.1)]

46/182. Renforcement de la coordination de l'aide humanitaire d'urgence

L'Assemblée générale,

Rappelant sa résolution 2816 (XXVI) du 14 décembre 1971,

1. Adopte le texte figurant en annexe à la présente résolution ;

2. Prie le Secrétaire général de lui faire rapport à sa quarante-septième session.

78e séance plénière
19 décembre 1991
"""


ARCHIVE_ES = """NACIONES UNIDAS

ASAMBLEA GENERAL

Distr.
GENERAL

A/RES/46/182
19 de diciembre de 1991

ESPAÑOL
ORIGINAL: INGLES

Cuadragésimo sexto período de sesiones
Tema 143 del programa

RESOLUCION APROBADA POR LA ASAMBLEA GENERAL

46/182. Fortalecimiento de la coordinación de la asistencia humanitaria de emergencia

La Asamblea General,

Recordando su resolución 2816 (XXVI), de 14 de diciembre de 1971,

1. Aprueba el texto que figura en el anexo de la presente resolución;

2. Pide al Secretario General que le presente un informe en su cuadragésimo séptimo período de sesiones.

78a. sesión plenaria
19 de diciembre de 1991
"""


@pytest.mark.parametrize(("text", "lang", "status", "organ", "adopted", "meeting"), [
    (ARCHIVE_FR, "fra", "Distr. GENERALE", "ASSEMBLEE GENERALE",
     "RESOLUTION ADOPTEE PAR L'ASSEMBLEE GENERALE", "78e séance plénière"),
    (ARCHIVE_ES, "spa", "Distr. GENERAL", "ASAMBLEA GENERAL",
     "RESOLUCION APROBADA POR LA ASAMBLEA GENERAL", "78a. sesión plenaria"),
])
def test_an_archive_masthead_in_capitals_in_french_and_spanish(tmp_path, text, lang, status, organ,
                                                               adopted, meeting):
    # capitals of the time drop the accents ("ASSEMBLEE GENERALE", "GENERALE", "FRANCAIS"):
    # each line is still the one the table names with them
    tree = convert_text(tmp_path, "A_RES_46_182.txt", text)
    lines = cover_lines(tree)
    assert ("docStatus", status) in lines
    assert ("docAuthority", organ) in lines
    assert ("docTitle", adopted) in lines
    assert xpath(tree, "//a:docStatus/@refersTo") == ["#generalDistribution"]
    assert xpath(tree, "//a:FRBRExpression/a:FRBRthis/@value") == [
        f"/akn/un/statement/deliberation/unga/1991-12-19/46-182/{lang}@/!main"]
    assert [text_of(x) for x in xpath(tree, "//a:conclusions//a:location")] == [meeting]


def test_a_russian_archive_adoption_line_in_capitals():
    kind, match = classify("РЕЗОЛЮЦИЯ, ПРИНЯТАЯ ГЕНЕРАЛЬНОЙ АССАМБЛЕЕЙ", get_language("rus"))
    assert kind is LineKind.ADOPTED and match is not None and match["date"] is None
    assert classify("ГЕНЕРАЛЬНАЯ АССАМБЛЕЯ", get_language("rus"))[0] is LineKind.ORGAN
