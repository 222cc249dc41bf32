"""Shapes of `pdftotext` output, built as small plain-text documents and converted: numbers
beside note markers, words cut by justification or a joined line, preamble openers."""

from __future__ import annotations

import copy

import pytest

from converter.pipeline import convert_file
from tests.conftest import CONVERTED, convert_text, text_of, xpath

# pdftotext joined "high-" and the whole next line: an over-long line
JOINED_NOTE = ("See the report of the Secretary-General on the political forum on sustainable "
               "development held under the auspices of the highlevel political forum in")
JOINED_BODY = ("Recalling its resolution 77/1 of 1 December 2022 on the thirty-fourth, thirtyfifth "
               "and thirty-sixth meetings of the high-level political forum on")
FOOTER = "\n24-24160 (E)\n\n*2424160*\n\n"
PAGE_1 = """A/RES/79/999

United Nations

General Assembly

Distr.: General
19 December 2024

Seventy-ninth session
Agenda item 18

Resolution adopted by the General Assembly
on 17 December 2024
[on the report of the Second Committee (A/79/458, para. 9)]

79/999.

Cooperation in the field of development
The General Assembly,
JOINED_BODY
sustainable development and its resolution 77/2 on the financing of the programme,
Desirous of promoting international cooperation in the field of development, as set
forth in the Charter of the United Nations and in the outcome of the meeting on
financing, 1 and in the programme of action adopted at the meeting in May 2024,
Noting that the resources approved in its resolution 78/2, 2 and in paragraphs 5, 3, 17
and 20 of its resolution 78/1 remain insufficient for the Programme of Action, 3
Also recalling the efforts of Member States to contrib ute to the implementation of the
Programme of Action, the contributions of the United Nations system thereto and the
budget of 4,104,800 dollars approved for 2025, 4
__________________
1
2
3
4

A/78/1, para. 10.
See A/78/2, paras. 2 and 17.
JOINED_NOTE
New York from 8 to 17 July 2024 (A/79/1), paras. 2–17.
A/79/6 (Sect. 10).
""".replace("JOINED_NOTE", JOINED_NOTE).replace("JOINED_BODY", JOINED_BODY) + FOOTER
PAGE_2 = """A/RES/79/999

Cooperation in the field of development

1.
Decides to convene a high-level meeting of limi ted duration on the implementation
of the present resolution at its eightieth session and requests a necessa ry report;
2. Decides also to continue its consideration of the question at its eightieth session.

53rd plenary meeting
17 December 2024

2/2

24-24160

"""


def convert_pages(tmp_path, *pages: str):
    """The tree of a pdftotext file made of `pages` (each ended by a form feed)."""
    source = tmp_path / "A_RES_79_999.txt"
    source.write_text("".join(page + "\f" for page in pages), encoding="utf-8")
    return convert_file(source, converted=CONVERTED).tree


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    source = tmp_path_factory.mktemp("plain") / "A_RES_79_999.txt"
    source.write_text(PAGE_1 + "\f" + PAGE_2 + "\f", encoding="utf-8")
    result = convert_file(source, converted=CONVERTED)
    assert result.errors == []
    return result.tree


def _paragraph(container) -> str:
    """The paragraph's text, each note shown as [marker]."""
    p = copy.deepcopy(xpath(container, ".//a:p")[0])
    for note in xpath(p, ".//a:authorialNote"):
        shown = f"[{note.get('marker')}]{note.tail or ''}"
        previous, parent = note.getprevious(), note.getparent()
        if previous is not None:
            previous.tail = (previous.tail or "") + shown
        else:
            parent.text = (parent.text or "") + shown
        parent.remove(note)
    return "".join(p.itertext())


def test_numbers_beside_the_notes_are_kept_and_the_markers_found(tree):
    preamble = xpath(tree, "//a:preamble/a:container")
    assert [_paragraph(p) for p in preamble][1:] == [
        "Desirous of promoting international cooperation in the field of development, as set "
        "forth in the Charter of the United Nations and in the outcome of the meeting on "
        "financing,[1] and in the programme of action adopted at the meeting in May 2024,",
        "Noting that the resources approved in its resolution 78/2,[2] and in paragraphs 5, 3, 17 "
        "and 20 of its resolution 78/1 remain insufficient for the Programme of Action,[3]",
        "Also recalling the efforts of Member States to contribute to the implementation of the "
        "Programme of Action, the contributions of the United Nations system thereto and the "
        "budget of 4,104,800 dollars approved for 2025,[4]"]
    assert [text_of(n) for n in xpath(tree, "//a:authorialNote")] == [
        "A/78/1, para. 10.", "See A/78/2, paras. 2 and 17.",
        "See the report of the Secretary-General on the political forum on sustainable "
        "development held under the auspices of the high-level political forum in New York "
        "from 8 to 17 July 2024 (A/79/1), paras. 2–17.", "A/79/6 (Sect. 10)."]


def test_an_ordinal_glued_at_a_joined_line_gets_its_hyphen_back(tree):
    assert _paragraph(xpath(tree, "//a:preamble/a:container")[0]) == (
        "Recalling its resolution 77/1 of 1 December 2022 on the thirty-fourth, thirty-fifth "
        "and thirty-sixth meetings of the high-level political forum on sustainable development "
        "and its resolution 77/2 on the financing of the programme,")


def test_letter_spaced_words_are_rejoined_by_their_stray_ending(tree):
    # "ted" and "ry" are word endings, no words; "limited" and "necessary" appear once
    assert text_of(xpath(tree, "//a:mainBody/a:paragraph")[0]) == (
        "1.Decides to convene a high-level meeting of limited duration on the implementation "
        "of the present resolution at its eightieth session and requests a necessary report;")


def test_preamble_openers_name_their_paragraphs(tree):
    # "Desirous" after a full line ending in a comma starts a paragraph of its own
    assert xpath(tree, "//a:preamble/a:container/@name") == [
        "Recalling", "Desirous", "Noting", "Also recalling"]
    assert xpath(tree, "//a:preamble/a:container//a:i/text()") == [
        "Recalling", "Desirous", "Noting", "Also recalling"]


def test_a_symbol_with_its_section_is_one_link(tree):
    assert [(text_of(a), a.get("href")) for a in xpath(tree, "//a:authorialNote//a:a")][-1] == (
        "A/79/6 (Sect. 10)", "https://undocs.org/en/A/79/6(Sect.10)")


HEADS_PAGE_1 = PAGE_1.split("Cooperation in the field of development\n")[0] + """\
Follow-up to the high-level meeting on the
ocean
The General Assembly,
Recalling its resolution 77/1 of 1 December 2022 on the high-level political forum on
sustainable development and its resolution 77/2 on the financing of the programme,
1. Decides to convene a meeting on the implementation of the present resolution at
its eightieth session;
""" + FOOTER
# pdftotext put the running head under the text, with the page counter
HEADS_PAGE_2 = """2. Decides also to request a report on the implementation of the present
resolution;

A/RES/79/999

Follow-up to the high-level meeting on the ocean

2/3

"""
# the head in one group with the symbol, and between two paragraphs
HEADS_PAGE_3 = """A/RES/79/999
Follow-up to the high-level meeting on the ocean

3. Invites Member States to contribute to the meeting and to the
implementation of its outcome;

Follow-up to the high-level meeting on the ocean

A/RES/79/999

4. Decides to continue its consideration of the question at its eightieth session.

53rd plenary meeting
17 December 2024

3/3

"""


def test_running_heads_are_dropped_wherever_pdftotext_put_them(tmp_path):
    tree = convert_pages(tmp_path, HEADS_PAGE_1, HEADS_PAGE_2, HEADS_PAGE_3)
    assert [text_of(p) for p in xpath(tree, "//a:mainBody/a:paragraph")] == [
        "1.Decides to convene a meeting on the implementation of the present resolution at its "
        "eightieth session;",
        "2.Decides also to request a report on the implementation of the present resolution;",
        "3.Invites Member States to contribute to the meeting and to the implementation of its "
        "outcome;",
        "4.Decides to continue its consideration of the question at its eightieth session."]


FIRST_RECITAL = ("Recalling its relevant resolutions, including those adopted at its tenth "
                 "emergency\nspecial session,\n")


def recitals(tmp_path, second: str) -> list[str]:
    """The recitals of page 1 with its recitals replaced by FIRST_RECITAL and `second` (as
    pdftotext printed it); checks the page's one operative paragraph."""
    page = HEADS_PAGE_1.replace(
        "Recalling its resolution 77/1 of 1 December 2022 on the high-level political forum on\n"
        "sustainable development and its resolution 77/2 on the financing of the programme,\n",
        FIRST_RECITAL + second)
    tree = convert_pages(tmp_path, page)
    assert len(xpath(tree, "//a:mainBody/a:paragraph")) == 1
    texts = [text_of(p) for p in xpath(tree, "//a:preamble/a:container")]
    assert texts[0] == " ".join(FIRST_RECITAL.split())
    return texts[1:]


def test_words_taken_out_of_a_justified_line_go_back_to_it(tmp_path):
    # pdftotext printed the end of the line ("2018, entitled") after the paragraph
    assert recitals(tmp_path, "Recalling also its resolution 73/89 of 6 December\n"
                    "“Comprehensive, just and lasting peace in the Middle East”,\n\n2018,\n\n"
                    "entitled\n\n") == [
        "Recalling also its resolution 73/89 of 6 December 2018, entitled “Comprehensive, just "
        "and lasting peace in the Middle East”,"]


def test_phrases_taken_out_of_a_widely_justified_line_go_back_to_it(tmp_path):
    # a two-line paragraph whose first line is spread wide: pdftotext printed its first and
    # last words as a block, then the rest a piece at a time
    assert recitals(tmp_path, "Determined\ndisarmament,\n\nto\n\nwork\n\ncollectively towards "
                    "the realization\n\nof nuclear\n\n") == [
        "Determined to work collectively towards the realization of nuclear disarmament,"]


def test_a_compound_glued_by_a_joined_masthead_line_gets_its_hyphen_back(tmp_path):
    page = HEADS_PAGE_1.replace(
        "Agenda item 18\n",
        "Agenda item 98 (q)\n"
        "General and complete disarmament: towards a nuclearweapon-free world: accelerating the "
        "implementation of\nnuclear disarmament commitments\n")
    tree = convert_pages(tmp_path, page)
    cover = " ".join(text_of(x) for x in xpath(tree, "//a:coverPage"))
    assert ("towards a nuclear-weapon-free world: accelerating the implementation of nuclear "
            "disarmament commitments") in cover
    assert "nuclearweapon" not in cover


def test_a_page_in_scrambled_order_is_read_back_in_order(tmp_path):
    # the head's title first, a paragraph's last two lines, the symbol, then the words the
    # justified line before them lost, one per group
    first = HEADS_PAGE_1.replace(
        "1. Decides to convene a meeting on the implementation of the present resolution at\n"
        "its eightieth session;\n",
        "1. Decides that the system shall be interconnected, to draw together existing\n"
        "capacities, work better as a system, overcome fragmentation and\n")
    second = ("Follow-up to the high-level meeting on the ocean\n\ncomprehensively address\n"
              "maximizing efficiencies;\n\nA/RES/79/999\n\nmultidimensional,\n\nmultisectoral\n\n"
              "challenges,\n\nwhile\n\n2. Decides to continue its consideration of the question "
              "at its eightieth session.\n\n53rd plenary meeting\n17 December 2024\n\n2/2\n")
    tree = convert_pages(tmp_path, first, second)
    assert [text_of(p) for p in xpath(tree, "//a:mainBody/a:paragraph")] == [
        "1.Decides that the system shall be interconnected, to draw together existing "
        "capacities, work better as a system, overcome fragmentation and comprehensively "
        "address multidimensional, multisectoral challenges, while maximizing efficiencies;",
        "2.Decides to continue its consideration of the question at its eightieth session."]


# the meeting line and date end a page; the next page opens with the annex
ANNEX_PAGE_2 = """4. Decides to continue its consideration of the question at its eightieth session
and requests the Secretary-General to report on the implementation of the present
resolution, including on the work of the United Nations Office at Geneva and of the
United Nations Office at Vienna on the matter.

53rd plenary meeting
17 December 2024

2/3

24-24160

"""
ANNEX_PAGE_3 = """Follow-up to the high-level meeting on the ocean

A/RES/79/999

Annex
Modalities for the high-level meeting on the ocean
1.
The meeting will be held in New York for two days and will consist of plenary
meetings and thematic panels.
"""


def test_an_annex_heading_a_page_after_a_short_last_line_opens_the_annex(tmp_path):
    # "17 December 2024" ends without a stop, but its line is short: the paragraph ended
    page_1 = HEADS_PAGE_1.replace(
        "its eightieth session;\n",
        "its eightieth session and to hold it at the United Nations Headquarters during the high-\n"
        "level week, with the participation of Member States, observers and the\n")
    tree = convert_pages(tmp_path, page_1, "United Nations system;\n" + HEADS_PAGE_2.split("\n", 2)[2],
                         ANNEX_PAGE_2, ANNEX_PAGE_3)
    assert text_of(xpath(tree, "//a:mainBody/a:paragraph")[0]).endswith(
        "with the participation of Member States, observers and the United Nations system;")
    assert text_of(xpath(tree, "//a:conclusions//a:docDate")[0]) == "17 December 2024"
    annexes = xpath(tree, "//a:attachments/a:attachment")
    assert len(annexes) == 1
    assert [text_of(x) for x in xpath(annexes[0], ".//a:preface/a:p/*")] == [
        "Annex", "Modalities for the high-level meeting on the ocean"]
    assert [text_of(p) for p in xpath(annexes[0], ".//a:mainBody/a:paragraph")] == [
        "1.The meeting will be held in New York for two days and will consist of plenary meetings "
        "and thematic panels."]


@pytest.mark.parametrize(("title", "text"), [
    (["Political declaration of the high-level meeting on the ocean"],
     ["We, Heads of State and Government and representatives of States and Governments,",
      "assembled at the United Nations on 26 September 2024, commit to act."]),
    # a title wrapped after a small word, its years on a line of their own
    (["Programme of Action for the Ocean adopted by the conference of the",
      "Parties for the Decade", "2024–2034"],
     ["In quest of sustainable and resilient development of the ocean, the States commit",
      "to act."]),
])
def test_an_annex_title_ends_where_its_unnumbered_text_begins(tmp_path, title, text):
    # pdftotext sets the title of an annex and its text on consecutive lines, no blank
    # between them and no stop after the title
    page_3 = ANNEX_PAGE_3.split("Annex\n")[0] + "\n".join(["Annex", *title, *text]) + "\n"
    tree = convert_pages(tmp_path, HEADS_PAGE_1, HEADS_PAGE_2, ANNEX_PAGE_2, page_3)
    annex = xpath(tree, "//a:attachments/a:attachment")[0]
    assert [text_of(x) for x in xpath(annex, ".//a:preface/a:p/*")] == ["Annex", " ".join(title)]
    assert [text_of(p) for p in xpath(annex, ".//a:mainBody/a:paragraph")] == [" ".join(text)]


def test_quoted_items_of_a_preambular_paragraph_stay_in_it_across_a_page_break(tmp_path):
    page_1 = HEADS_PAGE_1.replace(
        "Recalling its resolution 77/1 of 1 December 2022 on the high-level political forum on\n"
        "sustainable development and its resolution 77/2 on the financing of the programme,\n",
        "Recalling paragraph 5 of its resolution 78/1, which reads:\n"
        "“(a) To hold a high-level meeting on the ocean in 2025;\n"
        "(b) To invite Member States to take part;\n").split("1. Decides")[0] + FOOTER
    page_2 = ("A/RES/79/999\n\nFollow-up to the high-level meeting on the ocean\n\n"
              "(c) To report on the meeting”,\n"
              "1. Decides to convene a meeting on the implementation of the present resolution at\n"
              "its eightieth session.\n\n53rd plenary meeting\n17 December 2024\n\n2/2\n\n24-24160\n")
    tree = convert_pages(tmp_path, page_1, page_2)
    assert xpath(tree, "//a:preamble/a:container/@name") == ["Recalling"]
    assert [(xpath(i, "a:num/text()")[0], text_of(i.find("{*}p"))) for i in xpath(
        tree, "//a:preamble//a:item")] == [
        ("“(a)", "To hold a high-level meeting on the ocean in 2025;"),
        ("(b)", "To invite Member States to take part;"),
        ("(c)", "To report on the meeting”,")]
    assert xpath(tree, "//a:mainBody/a:paragraph/a:num/text()") == ["1."]


def test_letter_spaced_words_the_document_gives_no_evidence_for_are_rejoined_by_the_word_list(tmp_path):
    # neither "heavily" nor "differential", nor their stems, appear elsewhere; "avily" and
    # "fferential" are no words; "see king" is two words and stays as printed
    page = HEADS_PAGE_1.replace(
        "1. Decides to convene a meeting on the implementation of the present resolution at\n"
        "its eightieth session;\n",
        "1. Decides to convene a meeting on the he avily indebted countries and on di fferential\n"
        "treatment at its eightieth session, and notes the Member States see king support;\n")
    tree = convert_pages(tmp_path, page)
    assert text_of(xpath(tree, "//a:mainBody/a:paragraph")[0]) == (
        "1.Decides to convene a meeting on the heavily indebted countries and on differential "
        "treatment at its eightieth session, and notes the Member States see king support;")


SERIES_PAGE_2 = """2. Decides that the Programme of Action will have three priority areas for action, as
follows:
Priority area 1: Structural transformation and science, technology and
innovation
Priority area 2: Trade, trade facilitation and regional integration
Priority area 3: Means of implementation.
3. Decides also that the commitments in these areas will be supported through dedicated
actions on implementation, follow-up and monitoring.
Priority area 1: Structural transformation and science, technology
and innovation
4. Recognizes that structural transformation is essential for sustainable development.

53rd plenary meeting
17 December 2024

2/2

"""


def test_a_series_of_named_numbered_lines_are_paragraphs_and_one_after_a_sentence_a_heading(
        tmp_path):
    # pdftotext sets them line after line: "Priority area 2: …" (no stop, nearly a full line)
    # after the line that opened "Priority area 1: …" is the next of the series, and "Priority
    # area 1: …" after a finished sentence opens a part
    page_1 = HEADS_PAGE_1.split("1. Decides")[0] + (
        "1. Decides to convene a meeting on the implementation of the present resolution;\n")
    tree = convert_pages(tmp_path, page_1 + FOOTER, SERIES_PAGE_2)
    body = xpath(tree, "//a:mainBody")[0]
    assert [text_of(p) for p in xpath(body, "a:paragraph[not(a:num)]")] == [
        "Priority area 1: Structural transformation and science, technology and innovation",
        "Priority area 2: Trade, trade facilitation and regional integration",
        "Priority area 3: Means of implementation."]
    assert text_of(xpath(body, "a:paragraph[a:num='3.']/a:content")[0]) == (
        "Decides also that the commitments in these areas will be supported through dedicated "
        "actions on implementation, follow-up and monitoring.")
    section = xpath(body, "a:section")[0]
    assert text_of(xpath(section, "a:heading")[0]) == (
        "Priority area 1: Structural transformation and science, technology and innovation")
    assert xpath(section, "a:paragraph/a:num/text()") == ["4."]


def test_a_bulleted_line_opens_a_paragraph_after_a_full_line(tmp_path):
    # the line above ends a sentence but reaches the wrap width: only the bullet shows the start
    page_2 = """2. Decides that the Programme of Action will pursue the following actions:
• Provide landlocked developing countries with financial and technical support,
as appropriate, to develop and manage special economic zones, industrial parks,
innovation hubs or other innovative initiatives to foster economic productivity.
• Provide necessary technical support and capacity development for contract
negotiations for extractive industries in landlocked developing countries.
3. Decides also to continue its consideration of the question at its eightieth session.

53rd plenary meeting
17 December 2024

2/2

"""
    page_1 = HEADS_PAGE_1.split("1. Decides")[0] + (
        "1. Decides to convene a meeting on the implementation of the present resolution;\n")
    tree = convert_pages(tmp_path, page_1 + FOOTER, page_2)
    body = xpath(tree, "//a:mainBody")[0]
    points = xpath(body, "a:paragraph[a:num='2.']/a:list/a:point")
    assert [(xpath(p, "string(a:num)"), text_of(xpath(p, "a:content")[0])) for p in points] == [
        ("•", "Provide landlocked developing countries with financial and technical support, as "
              "appropriate, to develop and manage special economic zones, industrial parks, "
              "innovation hubs or other innovative initiatives to foster economic productivity."),
        ("•", "Provide necessary technical support and capacity development for contract "
              "negotiations for extractive industries in landlocked developing countries.")]


@pytest.mark.parametrize(("paragraph", "italic"), [
    ("Expresses its appreciation to the Secretary-General for his report;", "Expresses its appreciation"),
    ("Expresses deep concern at the situation;", "Expresses deep concern"),
    ("Recalls its resolution 70/1 of 25 September 2015;", "Recalls"),
    ("Reaffirms its resolution 70/1;", "Reaffirms"),
    ("Reiterates its request to the Secretary-General;", "Reiterates its request"),
    ("Reaffirms its commitment to the Charter;", "Reaffirms its commitment"),
    ("Reiterates its call upon all States to act;", "Reiterates its call upon"),
    ("Calls for the full implementation of the Agenda;", "Calls for"),
    ("Looks forward to the next report;", "Looks forward"),
    ("Takes into account the views of States;", "Takes into account"),
    ("Encourages further efforts to that end;", "Encourages"),   # "further" as an adjective
    ("Decides further that the Committee shall meet;", "Decides further"),
])
def test_plain_an_operative_verb_is_set_in_italics_with_the_stance_it_restates(
        tmp_path, paragraph, italic):
    """Plain text has lost the italics: they are given back as the UN sets them, the verb with
    its particles and the feeling or stance it restates, never a bare "its"."""
    from tests.test_masthead_shapes import PLAIN_BODY, plain_masthead

    text = plain_masthead("Agenda item 50", "Questions relating to information", "Draft resolution",
                          "", "Information in the service of humanity") + PLAIN_BODY.replace(
        "Decides to include in the provisional agenda of its eighty-first session the item\n"
        "entitled \u201cQuestions relating to information\u201d.", paragraph)
    tree = convert_text(tmp_path, "A_C.4_80_L.7.txt", text)
    assert [text_of(i) for i in xpath(tree, "//a:mainBody//a:p/a:i")] == [italic]


@pytest.mark.parametrize("marked", [
    "Recalling the 2030 Agenda for Sustainable Development,1",
    "Recalling the Agenda for Sustainable Development of 2015 1,"])   # (French: before the comma)
def test_notes_of_a_template_that_draws_their_rule_are_read_without_it(tmp_path, marked):
    # pdftotext of a page whose notes stand under a drawn rule: no "_____" line, the page's
    # bare number, the markers apart ("1" "2"), then the notes' texts.  The markers that count
    # up from one the body carries ("Development,1", "Agenda, 2") open the notes (they had been
    # paragraphs of the body, the page number one more); page 2's number, alone at its foot,
    # is no heading
    page_1 = (PAGE_1.split("The General Assembly,")[0] + "The General Assembly,\n"
              f"{marked}\n"
              "Recalling also the Addis Ababa Action Agenda, 2 adopted in July 2015,\n"
              "1. Decides to continue its consideration of the question at its eightieth session;\n"
              "\n1\n\n1\n2\n\n"
              "Resolution 70/1.\nResolution 69/313, annex.\n\n")
    page_2 = "2. Requests the Secretary-General to report thereon;\n\n2\n\n"   # (its number alone)
    page_3 = "3. Decides to remain seized of the matter.\n53rd plenary meeting\n17 December 2024\n"
    tree = convert_pages(tmp_path, page_1, page_2, page_3)
    assert [(n.get("marker"), text_of(n)) for n in xpath(tree, "//a:authorialNote")] == [
        ("1", "Resolution 70/1."), ("2", "Resolution 69/313, annex.")]
    containers = xpath(tree, "//a:preamble/a:container")
    assert [xpath(c, "string(a:p/a:authorialNote/@marker)") for c in containers] == ["1", "2"]
    assert xpath(tree, "//a:mainBody/*/a:num/text()") == ["1.", "2.", "3."]
    assert xpath(tree, "//a:conclusions//a:docDate/@date") == ["2024-12-17"]


def test_a_council_resolutions_number_and_adoption_lines_set_close_are_two_masthead_lines(tmp_path):
    # pdftotext of a Council resolution laid out by another template: the number line, the
    # adoption line and the formula with no blank line between them: each masthead line is
    # read as itself (the two had run together into one paragraph, read as a recital, and the
    # preface had no title)
    text = ("United Nations\n\nSecurity Council\n\nS/RES/2622 (2022)\nDistr.: General\n"
            "25 February 2022\n\nResolution 2622 (2022)\n"
            "Adopted by the Security Council at its 8977th meeting, on 25 February 2022\n"
            "The Security Council,\nReaffirming its resolution 1540 (2004),\n"
            "1.\nDecides to remain seized of the matter.\n")
    tree = convert_text(tmp_path, "S_RES_2622_2022.txt", text)
    assert xpath(tree, "//a:coverPage//a:docTitle[@refersTo='#resolutionNumber']/text()") == [
        "Resolution 2622 (2022)"]
    assert [c.get("name") for c in xpath(tree, "//a:preamble/a:container")] == ["Reaffirming"]
    assert xpath(tree, "//a:FRBRWork/a:FRBRdate/@date") == ["2022-02-25"]



# pdftotext's way with a Russian resolution's body: no blank line, the recitals wrapped, each
# opening in small letters
RUSSIAN_BODY = """Генеральная Ассамблея,
ссылаясь на Всеобщую декларацию прав человека, Международный пакт об экономических,
социальных и культурных правах, Конвенцию о правах ребенка и Конвенцию о правах инвалидов,
подтверждая свою резолюцию 70/1 от 25 сентября 2015 года, озаглавленную «Преобразование
нашего мира: Повестка дня в области устойчивого развития на период до 2030 года»,
1. постановляет предложить Организации участвовать в сессиях;
2. просит Генерального секретаря принять необходимые меры.
47‑е пленарное заседание
7 декабря 2022 года
"""


def test_russian_recitals_in_small_letters_under_the_formula_are_paragraphs(tmp_path):
    # pdftotext of a Russian resolution: no blank lines, and each recital opens in small
    # letters ("ссылаясь", "подтверждая") under the formula or a recital's comma: the formula
    # and each recital are paragraphs (all three had run together into one unnumbered
    # operative paragraph)
    from tests.test_languages import DOCS

    masthead = DOCS["rus"].split("Генеральная Ассамблея,\n")[0]
    tree = convert_text(tmp_path, "A_RES_77_116.txt", masthead + RUSSIAN_BODY + "\f")
    assert [text_of(f) for f in xpath(tree, "//a:formula")] == ["Генеральная Ассамблея,"]
    assert [c.get("name") for c in xpath(tree, "//a:preamble/a:container")] == ["ссылаясь", "подтверждая"]
    assert xpath(tree, "//a:mainBody/a:paragraph/a:num/text()") == ["1.", "2."]
