"""The Security Council's way of listing: "a.", "i." and "1." directly under a paragraph, a
lone "*" between the preamble and the operative part, and a line in small letters between two
points; built on a small resolution, checked element by element."""

from __future__ import annotations

from tests.conftest import convert_text, text_of, xpath
from tests.test_other_organs import SC_RESOLUTION

BODY = """Recalling its resolution 2990 (2030),

*

1. Decides to extend the mandate until 15 March 2032;

2. Requests the Mission to support the Government, including by:

a. advancing state-building;

b. supporting elections; and,

and, in the context of ongoing operations, to support the Government by:

c. supporting peacebuilding, including:

i. the establishment of local governance; and

ii. supporting the Government to ensure that plans are in place to:

1. protect civilians;

2. ensure timely support to all areas;

3. Commends the progress made on juvenile justice; and,

a. demands that all parties take measures to end violations;

4. Decides to remain seized of the matter.
"""


def test_council_points_lettered_and_numbered_like_paragraphs_nest_under_their_paragraph(tmp_path):
    text = SC_RESOLUTION.replace(SC_RESOLUTION[SC_RESOLUTION.index("Recalling"):], BODY)
    tree = convert_text(tmp_path, "S_RES_2999_2031.txt", text)
    assert xpath(tree, "//a:preamble/a:container/@name") == ["Recalling"]
    assert [xpath(p, "string(a:num)") or text_of(p) for p in xpath(tree, "//a:mainBody/a:paragraph")] == [
        "*", "1.", "2.", "3.", "4."]
    assert xpath(tree, "//a:paragraph[a:num='2.']/a:list/a:point/a:num/text()") == ["a.", "b.", "c."]
    assert [text_of(p) for p in xpath(tree, "//a:paragraph[a:num='2.']/a:list/a:point[not(a:num)]")] == [
        "and, in the context of ongoing operations, to support the Government by:"]
    ii = xpath(tree, "//a:point[a:num='ii.']")[0]
    assert ii.get("eId") == "para_2__list_1__point_c__list_1__point_ii"
    assert xpath(ii, "a:list/a:point/a:num/text()") == ["1.", "2."]
    assert xpath(ii, "a:list/a:point/@eId") == [
        "para_2__list_1__point_c__list_1__point_ii__list_1__point_1",
        "para_2__list_1__point_c__list_1__point_ii__list_1__point_2"]
    assert xpath(tree, "//a:paragraph[a:num='3.']/a:list/a:point/a:num/text()") == ["a."]


def test_council_points_a_b_under_a_preambular_colon_stay_in_that_paragraph(tmp_path):
    preamble = ("Recalling its resolution 2990 (2030),\n\n"
                "Emphasising that effective weapons and ammunition management will:\n\n"
                "a. reduce the ability of armed groups to obtain weapons,\n\n"
                "b. improve the ability of the Government to trace weapons, and,\n\n"
                "Welcoming the technical assessments,\n\n")
    text = SC_RESOLUTION.replace("Recalling its resolution 2990 (2030),\n\n", preamble)
    tree = convert_text(tmp_path, "S_RES_2999_2031.txt", text)
    assert xpath(tree, "//a:preamble/a:container/@name") == ["Recalling", "Emphasising", "Welcoming"]
    items = xpath(tree, "//a:container[@name='Emphasising']/a:blockList/a:item")
    assert [(xpath(i, "string(a:num)"), text_of(xpath(i, "a:p")[0])) for i in items] == [
        ("a.", "reduce the ability of armed groups to obtain weapons,"),
        ("b.", "improve the ability of the Government to trace weapons, and,")]


def test_a_point_whose_label_line_is_a_title_takes_the_text_that_follows(tmp_path):
    tasks = ("1. Decides to extend the mandate until 15 March 2032;\n\n"
             "2. Authorises the Mission to implement the following tasks:\n\n"
             "(a) Protection of the United Nations\n\n"
             "Ensure the protection of United Nations personnel and facilities;\n\n"
             "(b) Support to the judicial system\n\n"
             "Work with the authorities to strengthen the judicial system;\n\n"
             "(c) Provide good offices to the Government;\n\n"
             "3. Decides to remain seized of the matter.\n")
    text = SC_RESOLUTION.replace(SC_RESOLUTION[SC_RESOLUTION.index("Recalling"):],
                                 "Recalling its resolution 2990 (2030),\n\n" + tasks)
    tree = convert_text(tmp_path, "S_RES_2999_2031.txt", text)
    assert xpath(tree, "//a:mainBody/a:paragraph/a:num/text()") == ["1.", "2.", "3."]
    points = xpath(tree, "//a:paragraph[a:num='2.']/a:list/a:point")
    assert [(xpath(p, "string(a:num)"), xpath(p, "string(a:heading)"), text_of(xpath(p, "a:content")[0]))
            for p in points] == [
        ("(a)", "Protection of the United Nations",
         "Ensure the protection of United Nations personnel and facilities;"),
        ("(b)", "Support to the judicial system",
         "Work with the authorities to strengthen the judicial system;"),
        ("(c)", "", "Provide good offices to the Government;")]


def test_a_star_that_can_neither_open_nor_close_italics_is_printed(tmp_path):
    # markdown dialect (italic openers): the lone "*" must not open an italic run to the end
    body = BODY.replace("Recalling its", "*Recalling* its").replace("1. Decides", "1. *Decides*")
    text = SC_RESOLUTION.replace(SC_RESOLUTION[SC_RESOLUTION.index("Recalling"):], body)
    tree = convert_text(tmp_path, "S_RES_2999_2031.md", text)
    assert text_of(xpath(tree, "//a:mainBody/a:paragraph")[0]) == "*"
    assert xpath(tree, "//a:paragraph[a:num='4.']//a:i/text()") == ["Decides"]
    assert xpath(tree, "//a:point//a:i") == []


def test_bullets_under_a_point_are_its_points_one_level_a_mark(tmp_path):
    body = """Recalling its resolution 2990 (2030),

1. Decides that the Mission shall have the following mandate:

(a) Protection of civilians:

(i) To protect civilians under threat, including by:

• Deterring violence against civilians;

– in the capital;

– in the provinces;

• Maintaining a proactive deployment;

(ii) To create a secure environment;

2. Decides to remain seized of the matter.
"""
    text = SC_RESOLUTION.replace(SC_RESOLUTION[SC_RESOLUTION.index("Recalling"):], body)
    tree = convert_text(tmp_path, "S_RES_2999_2031.txt", text)
    point_i = xpath(tree, "//a:point[a:num='(i)']")[0]
    bullets = xpath(point_i, "a:list/a:point")
    assert [(xpath(b, "a:num/text()"), b.get("eId")[-8:]) for b in bullets] == [
        (["•"], "point_u1"), (["•"], "point_u2")]
    assert xpath(bullets[0], "a:list/a:point/a:num/text()") == ["–", "–"]
    assert xpath(tree, "//a:point[a:num='(a)']/a:list/a:point/a:num/text()") == ["(i)", "(ii)"]
    assert xpath(tree, "//a:mainBody/a:paragraph/a:num/text()") == ["1.", "2."]


def test_bracketed_topics_of_a_presidential_statement_are_its_headings(tmp_path):
    text = ("United Nations\n\nS/PRST/2031/4\n\nSecurity Council\n\nDistr.: General\n\n3 May 2031\n\n"
            "Statement by the President of the Security Council\n\n"
            "At the 9999th meeting of the Security Council, held on 3 May 2031, the President made the "
            "following statement on behalf of the Council:\n\n"
            "\u201cThe Security Council recalls its previous resolutions.\n\n[MONUSCO]\n\n"
            "The Security Council welcomes the work of the Mission.\n\n[REGIONAL EFFORTS]\n\n"
            "The Security Council will remain seized of the matter.\u201d\n")
    tree = convert_text(tmp_path, "S_PRST_2031_4.txt", text)
    assert [text_of(h) for h in xpath(tree, "//a:mainBody//a:heading")] == ["[MONUSCO]", "[REGIONAL EFFORTS]"]
    assert len(xpath(tree, "//a:mainBody/a:alinea")) == 1   # "At the … meeting …"
    assert len(xpath(tree, "//a:mainBody//a:paragraph")) == 3


def test_a_presidential_statement_element_by_element(tmp_path):
    text = ("United Nations\n\nS/PRST/2031/4\n\nSecurity Council\n\nDistr.: General\n\n3 May 2031\n\n"
            "Statement by the President of the Security Council\n\n"
            "At the 9999th meeting of the Security Council, held on 3 May 2031, in connection with "
            "the Council's consideration of the item entitled \u201cThe situation in the Great Lakes "
            "region\u201d, the President of the Security Council made the following statement on "
            "behalf of the Council:\n\n"
            "\u201cThe Security Council recalls its resolution 2990 (2030).\n\n"
            "\u201cThe Security Council will remain seized of the matter.\u201d\n")
    tree = convert_text(tmp_path, "S_PRST_2031_4.txt", text)
    assert xpath(tree, "/a:akomaNtoso/a:statement/@name") == ["presidentialStatement"]
    assert xpath(tree, "//a:FRBRWork/a:FRBRthis/@value") == [
        "/akn/un/statement/deliberation/unsc/2031-05-03/2031-4/!main"]
    assert xpath(tree, "//a:FRBRWork/a:FRBRauthor/@href") == ["#sc"]
    assert [(x.tag.rsplit("}")[1], x.get("refersTo"), text_of(x)) for x in xpath(
        tree, "//a:coverPage/a:p/*")] == [
        ("docAuthority", "#publisher", "United Nations"),
        ("docNumber", "#symbol", "S/PRST/2031/4"),
        ("docAuthority", "#issuingBody", "Security Council"),
        ("docStatus", "#generalDistribution", "Distr.: General"),
        ("docDate", "#dateOfIssuance", "3 May 2031")]
    assert [text_of(x) for x in xpath(tree, "//a:preface//a:docTitle")] == [
        "Statement by the President of the Security Council"]
    assert xpath(tree, "//a:preamble | //a:formula | //a:conclusions") == []
    # the profile: the opening "At the … meeting …" is an alinea, then the statement's paragraphs
    body = xpath(tree, "//a:mainBody/*")
    assert [(x.tag.rsplit("}")[1], x.get("eId")) for x in body] == [
        ("alinea", "al_1"), ("paragraph", "para_u1"), ("paragraph", "para_u2")]
    assert text_of(body[0]).endswith("made the following statement on behalf of the Council:")
    assert [text_of(p) for p in body[1:]] == [
        "\u201cThe Security Council recalls its resolution 2990 (2030).",
        "\u201cThe Security Council will remain seized of the matter.\u201d"]
    assert xpath(body[1], ".//a:a/@href") == ["https://undocs.org/en/S/RES/2990(2030)"]
    assert xpath(tree, "//a:workflow/a:step/@by") == ["#sc"]


def test_council_annexes_headed_with_a_dash_open_without_a_meeting_line(tmp_path):
    body = """Recalling its resolution 2990 (2030),

1. Decides that the items listed in Annex A are subject to a no-objection process;

2. Decides to remain seized of the matter.

Annex A – Items subject to a no-objection process

1. Surface to air missiles;

2. Mortars with a calibre greater than 82 mm;

Annex B – Items subject to notification

1. Explosive precursors;
"""
    text = SC_RESOLUTION.replace(SC_RESOLUTION[SC_RESOLUTION.index("Recalling"):], body)
    tree = convert_text(tmp_path, "S_RES_2999_2031.txt", text)
    assert xpath(tree, "/a:akomaNtoso/a:statement/a:mainBody/a:paragraph/a:num/text()") == ["1.", "2."]
    annexes = xpath(tree, "//a:attachments/a:attachment/a:doc")
    assert [[text_of(p) for p in xpath(a, "a:preface/a:p")] for a in annexes] == [
        ["Annex A", "– Items subject to a no-objection process"],
        ["Annex B", "– Items subject to notification"]]
    assert [xpath(a, "a:mainBody/a:paragraph/a:num/text()") for a in annexes] == [["1.", "2."], ["1."]]


def test_a_note_on_a_division_number_is_kept_in_its_heading(tmp_path):
    # "Part I*" with its note at the page foot: the division is numbered "Part I" and the
    # note stays with it (it was lost with the marker); "Part II" heads on the next line
    body = """Recalling its resolution 2990 (2030),

1. Decides that the items listed in the annex require advance notification;

2. Decides to remain seized of the matter.

Annex

Explosive materials and related technology

Part I*

1. Explosive materials and precursors;

Part II

Detonators

2. Detonators and initiation systems.

__________________

* To be notified to the Government in advance of intended shipment.
"""
    text = SC_RESOLUTION.replace(SC_RESOLUTION[SC_RESOLUTION.index("Recalling"):], body)
    tree = convert_text(tmp_path, "S_RES_2999_2031.txt", text)
    parts = xpath(tree, "//a:attachment/a:doc/a:mainBody/a:part")
    assert [(xpath(p, "string(a:num)"), "".join(xpath(p, "a:heading/text()")).strip())
            for p in parts] == [("Part I", ""), ("Part II", "Detonators")]
    notes = xpath(parts[0], "a:heading/a:authorialNote")
    assert [(n.get("marker"), text_of(n)) for n in notes] == [
        ("*", "To be notified to the Government in advance of intended shipment.")]
