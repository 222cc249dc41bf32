"""Shapes of GA resolutions as PDF that the corpus lacks, each a small document set as the UN
sets it: masthead on page 1, body text from x = 123 (first lines at 148), a running head and
a page counter on later pages, notes under a rule at the page foot."""

from __future__ import annotations

from pathlib import Path

import pytest

from converter.pipeline import convert_file
from tests.conftest import CONVERTED, text_of, xpath
from tests.pdfgen import Rule, Text, build_pdf, justified

M, IND, RIGHT = 123.4, 147.8, 488.0     # the text's margin, a first line's indent, the right margin
SYMBOL = "A/RES/79/123"


def first_page(title: str = "Humanitarian coordination") -> list[Text]:
    """Page 1 down to the formula, "The General Assembly," at y = 340."""
    return [Text(M, 58, "United Nations", size=14), Text(482.7, 56.5, SYMBOL),
            Text(124.2, 90.7, "General Assembly", "Times-Bold", 20), Text(397.2, 86.8, "Distr.: General"),
            Text(397.2, 98.5, "19 December 2024"), Text(60, 224.4, "Seventy-ninth session", "Times-Bold"),
            Text(60, 236.4, "Agenda item 125"), Text(60, 248.4, title, "Times-Bold"),
            Text(M, 280, "Resolution adopted by the General Assembly on 17 December 2024", "Times-Bold", 12),
            Text(M, 296, "[without reference to a Main Committee (A/79/L.40)]"),
            Text(60, 318, "79/123.", "Times-Bold", 12), Text(M, 318, title, "Times-Bold", 12),
            Text(IND, 340, "The General Assembly,", "Times-Italic")]


def later_page(number: int, of: int, items: list[Text]) -> list[Text]:
    """A page after the first: the running head at its top, job number and page counter at
    its foot (sides swapped on odd pages)."""
    left, right = (f"{number}/{of}", "24-12345") if number % 2 == 0 else ("24-12345", f"{number}/{of}")
    return [Text(60, 59, SYMBOL, "Times-Bold", 8.5),
            Text(430, 60.8, "Humanitarian coordination", "Times-Bold", 8.5), *items,
            Text(60, 805, left, "Times-Bold", 8.5), Text(520, 805, right, "Times-Bold", 8.5)]


def paragraph(y: float, num: str, verb: str, rest: str) -> list[Text]:
    return [Text(148.3, y, num), Text(170.7, y, verb, "Times-Italic"), Text(175 + 5.0 * len(verb), y, rest)]


def convert(tmp_path: Path, pages: list[list[Text]]):
    path = tmp_path / "A_RES_79_123.pdf"
    path.write_bytes(build_pdf(pages))
    result = convert_file(path, converted=CONVERTED)
    assert result.errors == [] and result.warnings == []
    return result.tree


def outline(parent) -> list[tuple]:
    """(element, num, heading or text) of each child, a section's children nested."""
    out: list[tuple] = []
    for el in xpath(parent, "a:section|a:paragraph"):
        name = xpath(el, "local-name()")
        if name == "section":
            out.append((name, xpath(el, "string(a:num)"), text_of(xpath(el, "a:heading")[0]), outline(el)))
        else:
            out.append((name, xpath(el, "string(a:num)"), text_of(xpath(el, "a:content|a:list")[0])))
    return out


# ---- an annex whose parts begin under its title ------------------------------------------

@pytest.mark.parametrize(("first_part", "num"), [(["I. Mandate"], "I."), (["I", "Mandate"], "I")])
def test_pdf_an_annex_part_under_the_annex_title_heads_the_annex_body(tmp_path, first_part, num):
    # "Annex", its title, then at once "I. Mandate" (or "I" over "Mandate"): the part's
    # heading opens the annex's body, it is no third line of the annex's title
    page1 = [*first_page(), *paragraph(358, "1.", "Adopts", "the terms of reference annexed hereto."),
             Text(380, 398, "54th plenary meeting"), Text(380, 410, "17 December 2024")]
    annex = [Text(M, 84, "Annex", "Times-Bold", 12), Text(M, 100, "Terms of reference of the advisory group",
                                                             "Times-Bold", 12)]
    y = 122.0
    for line in first_part:
        annex.append(Text(M, y, line, "Times-Bold"))
        y += 12
    annex += [Text(M, y + 6, "1."), Text(IND, y + 6, "The group shall advise the Secretary-General."),
              Text(M, y + 30, "II. Composition", "Times-Bold"),
              Text(M, y + 48, "2."), Text(IND, y + 48, "The group shall have twelve members.")]
    tree = convert(tmp_path, [page1, later_page(2, 2, annex)])
    doc = xpath(tree, "//a:attachment/a:doc")[0]
    assert [text_of(t) for t in xpath(doc, "a:preface//a:docTitle")] == [
        "Annex", "Terms of reference of the advisory group"]
    assert outline(xpath(doc, "a:mainBody")[0]) == [
        ("section", num, "Mandate", [("paragraph", "1.", "The group shall advise the Secretary-General.")]),
        ("section", "II.", "Composition", [("paragraph", "2.", "The group shall have twelve members.")])]


# ---- a range cut by a page break -------------------------------------------------------

def test_pdf_a_range_cut_after_its_dash_by_a_page_break_is_one_word(tmp_path):
    # "2030–" ends page 1, "2040" opens page 2: no space comes between them, as none comes
    # where a line break cuts the range on one page ("2024–" / "2034"), nor after "self-"
    page1 = [*first_page(), Text(IND, 358, "Reaffirming", "Times-Italic"),
             *justified(205, RIGHT, 358, "the inalienable right of the peoples of the Non-Self-"),
             *justified(M, RIGHT, 370,
                        "Governing Territories to self-determination and the Programme for 2024–"),
             Text(M, 382, "2034,"),
             Text(148.3, 712, "1."), Text(170.7, 712, "Calls upon", "Times-Italic"),
             *justified(220, RIGHT, 712, "the administering Powers to promote the self-"),
             *justified(M, RIGHT, 724, "determination of the peoples and to take into account the 2030–")]
    page2 = [Text(M, 84, "2040 horizon of the Territories;"),
             Text(380, 110, "54th plenary meeting"), Text(380, 122, "17 December 2024")]
    tree = convert(tmp_path, [page1, later_page(2, 2, page2)])
    assert text_of(xpath(tree, "//a:preamble/a:container")[0]) == (
        "Reaffirming the inalienable right of the peoples of the Non-Self-Governing Territories to "
        "self-determination and the Programme for 2024–2034,")
    assert text_of(xpath(tree, "//a:mainBody/a:paragraph/a:content")[0]) == (
        "Calls upon the administering Powers to promote the self-determination of the peoples and "
        "to take into account the 2030–2040 horizon of the Territories;")


# ---- the meeting line alone on the last page ---------------------------------------------

@pytest.mark.parametrize("marker", ["", "2"])
def test_pdf_the_meeting_line_alone_on_the_last_page_ends_the_resolution(tmp_path, marker):
    # paragraph 1 ends page 1 with a full stop and, perhaps, a note's marker after it; the
    # meeting line and date are all page 2 holds: they are the conclusions, not the rest of
    # paragraph 1 (a marker ends no sentence: the full stop before it does)
    page1 = [*first_page(), Text(IND, 358, "Recalling", "Times-Italic"),
             Text(190, 358, "its resolution 46/182,"),
             *paragraph(700, "1.", "Requests", "the Secretary-General to report to the Assembly.")]
    if marker:   # (the sentence ends at x = 409)
        page1 += [Text(409.5, 696, marker, size=6.5), Text(99.6, 722, "__________________", "Times-Bold", 8),
                  Text(117.6, 732, marker, size=5.5), Text(123.9, 735, "See A/79/23.", size=8.5)]
    page2 = [Text(380, 84, "54th plenary meeting"), Text(380, 96, "17 December 2024")]
    tree = convert(tmp_path, [page1, later_page(2, 2, page2)])
    assert [xpath(p, "string(a:num)") for p in xpath(tree, "//a:mainBody/a:paragraph")] == ["1."]
    assert xpath(tree, "//a:mainBody//a:authorialNote/@marker") == ([marker] if marker else [])
    content = xpath(tree, "//a:mainBody/a:paragraph/a:content/a:p")[0]
    assert "".join(xpath(content, "text()|a:i/text()")).endswith("to the Assembly.")
    assert xpath(tree, "//a:conclusions//a:docDate/@date") == ["2024-12-17"]


# ---- a table whose column headings take two lines -----------------------------------------

def test_pdf_headings_over_two_lines_with_one_over_the_row_labels_are_one_header_row(tmp_path):
    # "Region  Amount  Share" over "(United States dollars)  (percentage)": the second line
    # finishes the headings of the figure columns, it is no row of the table
    page1 = [*first_page(), *paragraph(358, "1.", "Approves", "the distribution set out in the annex."),
             Text(380, 398, "54th plenary meeting"), Text(380, 410, "17 December 2024")]

    def row(y: float, label: str, amount: str, share: str, font: str = "Times-Roman") -> list[Text]:
        # (figures and their headings set flush right at about x = 400 and 470)
        return [*([Text(M, y, label, font)] if label else []),
                Text(400 - 4.6 * len(amount), y, amount, font),
                Text(470 - 4.6 * len(share), y, share, font)]

    annex = [Text(M, 84, "Annex", "Times-Bold", 12),
             Text(M, 100, "Distribution of resources", "Times-Bold", 12),
             *row(124, "Region", "Amount", "Share", "Times-Italic"),
             *row(136, "", "(United States dollars)", "(percentage)", "Times-Italic"),
             *row(152, "Africa", "1 200 000", "45.2"), *row(164, "Asia and the Pacific", "900 000", "33.9"),
             *row(176, "Total", "2 100 000", "79.1", "Times-Bold")]
    tree = convert(tmp_path, [page1, later_page(2, 2, annex)])
    table = xpath(tree, "//a:attachment//a:table")[0]
    assert [[text_of(c) for c in xpath(tr, "a:th|a:td")] for tr in xpath(table, "a:tr")] == [
        ["Region", "Amount (United States dollars)", "Share (percentage)"],
        ["Africa", "1 200 000", "45.2"], ["Asia and the Pacific", "900 000", "33.9"],
        ["Total", "2 100 000", "79.1"]]
    assert [len(xpath(tr, "a:th")) for tr in xpath(table, "a:tr")] == [3, 0, 0, 0]


# ---- a heading in italics between the preamble and paragraph 1 ----------------------------

@pytest.mark.parametrize("font", ["Times-Italic", "Times-Bold"])
def test_pdf_a_heading_over_paragraph_1_is_a_heading_in_italics_too(tmp_path, font):
    # a line of its own, unpunctuated, right over paragraph 1: a heading, in italics as in
    # bold; not a recital named by its words
    page1 = [*first_page(), Text(IND, 358, "Recalling", "Times-Italic"),
             Text(190, 358, "its resolution 46/182,"), Text(M, 376, "Humanitarian coordination", font),
             *paragraph(394, "1.", "Requests", "the Secretary-General to report thereon;"),
             Text(M, 412, "Follow-up", font),
             *paragraph(430, "2.", "Decides", "to remain seized of the matter."),
             Text(380, 460, "54th plenary meeting"), Text(380, 472, "17 December 2024")]
    tree = convert(tmp_path, [page1])
    assert xpath(tree, "//a:preamble/a:container/@name") == ["Recalling"]
    assert outline(xpath(tree, "//a:mainBody")[0]) == [
        ("section", "", "Humanitarian coordination",
         [("paragraph", "1.", "Requests the Secretary-General to report thereon;")]),
        ("section", "", "Follow-up", [("paragraph", "2.", "Decides to remain seized of the matter.")])]


# ---- a point cut by a page break, its note run on to the next page ------------------------

def test_pdf_a_point_cut_by_a_page_break_with_a_note_run_on_is_one_point_then_the_wrap_up(tmp_path):
    # point (a) begins at the foot of page 1 (its note's marker there), the page's notes
    # stand between its halves, and the note itself goes on at the foot of page 2; after
    # point (b) a line in the margin ends the paragraph's sentence
    page1 = [*first_page(), Text(IND, 358, "Recalling", "Times-Italic"),
             Text(190, 358, "its resolution 46/182,"), *paragraph(376, "1.", "Calls upon", "Member States:"),
             Text(IND, 688, "(a)"),
             *justified(170.7, RIGHT, 688, "To strengthen the capacity of national disaster"),
             *justified(M, RIGHT, 700, "management authorities, including through the provision of adequate"),
             Text(RIGHT + 0.5, 696, "1", size=6.5),
             Text(99.6, 722, "__________________", "Times-Bold", 8), Text(117.6, 732, "1", size=5.5),
             *justified(123.9, RIGHT, 735, "Official Records of the General Assembly, Seventy-ninth Session,",
                        size=8.5),
             Text(123.9, 745.5, "Supplement No. 23 (A/79/23), chap. II; see also the website of", size=8.5)]
    page2 = [*justified(M, RIGHT, 84, "resources, training and equipment, in cooperation with regional"),
             Text(M, 96, "organizations;"),
             Text(IND, 114, "(b)"), Text(170.7, 114, "To strengthen the preparedness of local communities;"),
             Text(M, 132, "and to report thereon to the Secretary-General;"),
             *paragraph(150, "2.", "Requests", "the Secretary-General to report thereon."),
             Text(380, 180, "54th plenary meeting"), Text(380, 192, "17 December 2024"),
             Text(99.6, 722, "__________________", "Times-Bold", 8),
             Text(123.9, 735, "the Office for the Coordination of Humanitarian Affairs.", size=8.5)]
    tree = convert(tmp_path, [page1, later_page(2, 2, page2)])
    listing = xpath(tree, "//a:paragraph[a:num='1.']/a:list")[0]
    assert text_of(xpath(listing, "a:intro")[0]) == "Calls upon Member States:"
    points = xpath(listing, "a:point")
    assert [(xpath(p, "string(a:num)"), "".join(xpath(p, "a:content/a:p/text()")).strip())
            for p in points] == [
        ("(a)", "To strengthen the capacity of national disaster management authorities, including through "
                "the provision of adequate resources, training and equipment, in cooperation with regional "
                "organizations;"),
        ("(b)", "To strengthen the preparedness of local communities;")]
    assert [text_of(n) for n in xpath(points[0], ".//a:authorialNote")] == [
        "Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 23 (A/79/23), "
        "chap. II; see also the website of the Office for the Coordination of Humanitarian Affairs."]
    assert text_of(xpath(listing, "a:wrapUp")[0]) == "and to report thereon to the Secretary-General;"
    assert xpath(tree, "//a:mainBody/a:paragraph/a:num/text()") == ["1.", "2."]
    assert xpath(tree, "//a:conclusions//a:docDate/@date") == ["2024-12-17"]


# ---- another template: the note rule drawn, the pages numbered by a bare number -----------

def test_pdf_notes_under_a_drawn_rule_and_bare_page_numbers_are_read_as_such(tmp_path):
    # a word processor's own template: the rule over the notes is a drawn line (no "____"
    # text), and each page's number stands alone at its foot, above the UN's footer zone;
    # paragraph 1 runs over the page break.  The notes keep their text (the page number "1"
    # had been taken as the note's last word, or with the notes as body text), the
    # paragraph is one, and no page number is a paragraph
    page1 = [*first_page(), Text(IND, 358, "Recalling", "Times-Italic"),
             Text(190, 358, "its resolution 46/182,"), Text(RIGHT + 0.5, 354, "1", size=6.5),
             *paragraph(376, "1.", "Requests", "the Secretary-General to submit to the General"),
             *justified(M, RIGHT, 388, "Assembly at its eightieth session a report on the progress made"),
             Rule(M, 716, M + 144, 716.5, filled=True),
             Text(M, 730, "1", size=6.5), Text(M + 12, 733, "Resolution 46/182, annex; see also the",
                                                size=8.5),
             Text(290, 776, "1", size=8.5)]
    page2 = [Text(M, 84, "in the implementation of the present resolution;"),
             *paragraph(102, "2.", "Decides", "to remain seized of the matter."),
             Text(380, 132, "54th plenary meeting"), Text(380, 144, "17 December 2024"),
             Rule(M, 716, M + 144, 716.5, filled=True),   # the note goes on, with no marker
             Text(M + 12, 733, "report of the Secretary-General (A/79/1).", size=8.5),
             Text(290, 776, "2", size=8.5)]
    tree = convert(tmp_path, [page1, page2])
    assert [text_of(n) for n in xpath(tree, "//a:authorialNote")] == [
        "Resolution 46/182, annex; see also the report of the Secretary-General (A/79/1)."]
    assert xpath(tree, "//a:authorialNote/@marker") == ["1"]
    assert [text_of(p) for p in xpath(tree, "//a:mainBody/a:paragraph/a:content")] == [
        "Requests the Secretary-General to submit to the General Assembly at its eightieth session "
        "a report on the progress made in the implementation of the present resolution;",
        "Decides to remain seized of the matter."]
    assert xpath(tree, "//a:preamble/a:container/@name") == ["Recalling"]
    assert xpath(tree, "//a:conclusions//a:docDate/@date") == ["2024-12-17"]


# ---- numbers hung in the margin: each paragraph's text under itself ----------------------

def test_pdf_paragraphs_hung_from_their_numbers_go_on_under_their_text_over_a_page_break(tmp_path):
    # numbers at the margin, the text after a tab a little past the column its next lines
    # keep (a template's hanging indent); paragraph 2's first line closes page 1 and its text
    # goes on at page 2's top, in that column: one paragraph each (the continued lines had
    # been new unnumbered paragraphs)
    hang = M + 36

    def hung(y: float, num: str, verb: str, rest: str, *, full: bool = True) -> list[Text]:
        start = hang + 8 + 5.0 * len(verb)
        return [Text(M, y, num), Text(hang + 3.5, y, verb, "Times-Italic"),
                *(justified(start, RIGHT, y, rest) if full else [Text(start, y, rest)])]

    page1 = [*first_page(), Text(IND, 358, "Recalling", "Times-Italic"),
             Text(190, 358, "its resolution 46/182,"),
             *hung(376, "1.", "Requests", "the Secretary-General to submit, at its eightieth session,"),
             *justified(hang, RIGHT, 388, "a report on the progress made in the implementation of the"),
             Text(hang, 400, "present resolution;"),
             *hung(724, "2.", "Decides", "to hold in Geneva a meeting of two days, in a hybrid format,")]
    page2 = [Text(hang, 84, "including a webcast, before its next session;"),
             *hung(102, "3.", "Invites", "Member States to take part in the meeting;", full=False),
             *hung(120, "4.", "Decides", "to remain seized of the matter.", full=False),
             Text(380, 150, "54th plenary meeting"), Text(380, 162, "17 December 2024")]
    tree = convert(tmp_path, [page1, later_page(2, 2, page2)])
    assert [(xpath(p, "string(a:num)"), text_of(xpath(p, "a:content")[0]))
            for p in xpath(tree, "//a:mainBody/a:paragraph")] == [
        ("1.", "Requests the Secretary-General to submit, at its eightieth session, a report on the "
               "progress made in the implementation of the present resolution;"),
        ("2.", "Decides to hold in Geneva a meeting of two days, in a hybrid format, including a "
               "webcast, before its next session;"),
        ("3.", "Invites Member States to take part in the meeting;"),
        ("4.", "Decides to remain seized of the matter.")]


# ---- a typed document: double spaced, paragraphs told by their indent alone ---------------

def test_pdf_double_spaced_text_is_read_by_its_own_line_spacing(tmp_path):
    # lines two type sizes apart, no more space between paragraphs than between lines, each
    # paragraph's first line indented; a recital whose last line reaches the margin with a
    # note's marker.  Each paragraph is one (every line had been a paragraph of its own, and
    # the recital after the marked line had run on into it)
    step = 24.0

    def at(k: int) -> float:
        return 358 + k * step

    lines = [*justified(IND, RIGHT, at(0), "Having considered the report of the Secretary-General on"),
             *justified(M, RIGHT, at(1), "the work of the Organization and the report of its Special"),
             *justified(M, RIGHT, at(2), "Committee on the Situation with regard to the Implementation"),
             *justified(M, RIGHT - 6, at(3), "of the Declaration for the year two thousand and twenty-four,"),
             Text(RIGHT - 4, at(3) - 4, "1", size=6.5),
             Text(IND, at(4), "Recalling its resolution 46/182 of 19 December 1991,"),
             Text(148.3, at(5), "1."), Text(170.7, at(5), "Requests", "Times-Italic"),
             *justified(215, RIGHT, at(5), "the Secretary-General to submit to the"),
             *justified(M, RIGHT, at(6), "General Assembly at its eightieth session a report on the"),
             *justified(M, RIGHT, at(7), "progress made in the implementation of the present resolution,"),
             Text(M, at(8), "and on the obstacles met;"),
             *paragraph(at(9), "2.", "Decides", "to remain seized of the matter."),
             Text(380, at(11), "54th plenary meeting"), Text(380, at(12), "17 December 2024"),
             Text(99.6, 722, "__________________", "Times-Bold", 8), Text(117.6, 732, "1", size=5.5),
             Text(123.9, 735, "A/79/23.", size=8.5)]
    tree = convert(tmp_path, [[*first_page(), *lines]])
    assert [text_of(c) for c in xpath(tree, "//a:preamble/a:container")] == [
        "Having considered the report of the Secretary-General on the work of the Organization and "
        "the report of its Special Committee on the Situation with regard to the Implementation of "
        "the Declaration for the year two thousand and twenty-four,A/79/23.",
        "Recalling its resolution 46/182 of 19 December 1991,"]
    assert [text_of(p) for p in xpath(tree, "//a:mainBody/a:paragraph/a:content")] == [
        "Requests the Secretary-General to submit to the General Assembly at its eightieth session "
        "a report on the progress made in the implementation of the present resolution, and on the "
        "obstacles met;",
        "Decides to remain seized of the matter."]


def test_pdf_two_one_line_recitals_at_the_indent_with_no_space_between_are_two(tmp_path):
    # a typed document: no more space between paragraphs than between lines, and a recital of
    # one line stopping short of the margin over another whose first word is too long to have
    # fitted there: the second begins a paragraph (it had run on into the first)
    step = 24.0
    words = ["Having considered the report of the Secretary-General on the work",
             "of the Organization and the reports of its Special Committee on the",
             "Situation with regard to the Implementation of the Declaration on the",
             "Granting of Independence to Colonial Countries and Peoples and of the",
             "Committee on the Exercise of the Inalienable Rights of the Palestinian",
             "People, and the views expressed by Member States in its debates"]
    lines = [*justified(IND, RIGHT, 358, words[0]),
             *(t for k, w in enumerate(words[1:], 1) for t in justified(M, RIGHT, 358 + k * step, w)),
             Text(M, 358 + 6 * step, "thereon,"),
             Text(IND, 358 + 7 * step, "Recalling its resolution 76/132 of 16 December 2021 on the subject,"),
             Text(IND, 358 + 8 * step, "Acknowledging the work of the regional commissions,"),
             *paragraph(358 + 9 * step, "1.", "Decides", "to remain seized of the matter."),
             Text(380, 358 + 11 * step, "54th plenary meeting"),
             Text(380, 358 + 12 * step, "17 December 2024")]
    tree = convert(tmp_path, [[*first_page(), *lines]])
    assert [text_of(c) for c in xpath(tree, "//a:preamble/a:container")][1:] == [
        "Recalling its resolution 76/132 of 16 December 2021 on the subject,",
        "Acknowledging the work of the regional commissions,"]
