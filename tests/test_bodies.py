"""Body and annex shapes of GA resolutions: built as small documents, converted, checked element by
element."""

from __future__ import annotations

from pathlib import Path

import pytest

from converter.languages import get_language
from converter.pipeline import convert_file
from converter.readers.blocks import BlockKind
from converter.readers.pdf.extract import Page, extract_pages
from converter.readers.pdf.furniture import body_lines
from converter.readers.pdf.lines import make_line
from converter.readers.pdf.paragraphs import label_of
from converter.readers.pdf.reader import read_pdf
from converter.readers.pdf.runs import Font, Run
from tests.conftest import CONVERTED, convert_text, text_of, xpath
from tests.mdgen import masthead
from tests.pdfgen import LEFT as L
from tests.pdfgen import Rule, Text, build_pdf, resolution_page
from tests.test_tables import SCALE

ENG = get_language("eng")


def convert(path: Path):
    result = convert_file(path, converted=CONVERTED)
    assert result.errors == []
    return result.tree


def pdf_of(tmp_path: Path, pages: list[list[Text]], name: str = "A_RES_79_998.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(build_pdf(pages))
    return path


ANNEX_TITLE = "Programme of Action: a decade of action; 2024–2034"


def _annex(tree) -> tuple[list[str], list[str]]:
    """(the annex's preface lines, its paragraph numbers)."""
    docs = xpath(tree, "//a:attachments/a:attachment/a:doc[@name='annex']")
    assert len(docs) == 1
    return ([text_of(p) for p in xpath(docs[0], "a:preface/a:p")],
            xpath(docs[0], "a:mainBody/a:paragraph/a:num/text()"))


def test_pdf_annex_whose_title_holds_a_colon_and_a_semicolon_is_opened(tmp_path):
    annex_page = [Text(L, 80, "Annex", "Times-Bold"), Text(L, 94, ANNEX_TITLE, "Times-Bold"),
                  Text(L, 120, "1."), Text(L + 36, 120, "The Programme applies to every country.")]
    tree = convert(pdf_of(tmp_path, [resolution_page([], 300), annex_page]))
    assert _annex(tree) == (["Annex", ANNEX_TITLE], ["1."])
    assert xpath(tree, "//a:statement/a:mainBody/a:paragraph/a:num/text()") == ["1.", "2."]
    assert not xpath(tree, "//a:statement/a:mainBody//a:heading")


def test_markdown_annex_title_with_a_colon_on_the_annex_line_is_opened(tmp_path):
    source = tmp_path / "A_RES_79_998.md"
    source.write_text(masthead("79/998", "Landlocked countries") + (
        "*Recalling* its resolution 78/1,\n\n1. *Adopts* the Programme of Action.\n\n"
        f"*54th plenary meeting\n24 December 2024*\n\n**Annex {ANNEX_TITLE}**\n\n"
        "1. The Programme applies to every country.\n"), encoding="utf-8")
    assert _annex(convert(source)) == (["Annex", ANNEX_TITLE], ["1."])


def blocks_of(path: Path) -> list[str]:
    return [b.text for b in read_pdf(path, ENG).blocks if b.kind is BlockKind.TEXT]


def _measure(tmp_path: Path, text: Text) -> float:
    """Where `text` ends on the page."""
    return extract_pages(pdf_of(tmp_path, [[text]], "measure.pdf"))[0].lines[0].x1


def test_pdf_range_dash_drawn_on_its_own_at_a_line_end_joins_the_next_number(tmp_path):
    line_1 = "Recalls the Sendai Framework for Disaster Risk Reduction and its seven global targets 2015"
    line_2 = "2030, and the Programme of Action for the Decade 2024–2034, which all the Member States and"
    first = Text(L + 60, 298, line_1)
    dash = Text(_measure(tmp_path, first) + 0.2, 298, "–")
    lines = [Text(L + 36, 298, "(a)"), first, dash, Text(L, 310, line_2 + " the observers"),
             Text(L, 322, "have adopted;")]
    texts = blocks_of(pdf_of(tmp_path, [resolution_page(lines, 360)]))
    assert f"(a) {line_1}–{line_2} the observers have adopted;" in texts


@pytest.mark.parametrize("opening", ["(APEC)", "(1980)"])
def test_pdf_parenthesis_opening_a_loosely_justified_wrapped_line_is_not_a_list_label(tmp_path, opening):
    welcomes = "Welcomes the cooperation of all States with the Asia-Pacific Economic Cooperation forum"
    first = Text(L + 60, 298, welcomes)
    word = Text(L, 310, opening)
    rest = "and the Convention on the Elimination of All Forms of Discrimination against Women and"
    lines = [Text(L + 36, 298, "(a)"), first, word, Text(_measure(tmp_path, word) + 7.0, 310, rest),
             Text(L, 322, "Girls;"), Text(L + 36, 336, "(b)"),
             Text(L + 60, 336, "Invites all States to join;")]
    tree = convert(pdf_of(tmp_path, [resolution_page(lines, 370)]))
    points = xpath(tree, "//a:paragraph[@eId='para_1']//a:point")
    assert [xpath(p, "a:num/text()") for p in points] == [["(a)"], ["(b)"]]
    assert [text_of(xpath(p, "a:content")[0]) for p in points] == [
f"{welcomes} {opening} {rest} Girls;",
        "Invites all States to join;"]


PANELS = ["Panel 1: Advancing the World Programme of Action for Youth;",
          "Panel 2: Full and meaningful youth participation;"]


def _points(tree) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(num, intro or content, [(num, text) of its sub-points]) of the points of paragraph 1."""
    out = []
    for point in xpath(tree, "//a:paragraph[@eId='para_1']/a:list/a:point"):
        own = xpath(point, "a:content|a:list/a:intro")
        subs = [("".join(xpath(s, "a:num/text()")), text_of(s)) for s in xpath(point, "a:list/a:point")]
        out.append(("".join(xpath(point, "a:num/text()")), text_of(own[0]), subs))
    return out


PANEL_POINTS = [("(a)", "Two panels will be held;", []),
                ("(b)", "The panels will address the following themes:", [("", t) for t in PANELS]),
                ("(c)", "Each panel will be co-chaired by two representatives;", [])]


def test_pdf_indented_unlabelled_lines_after_a_point_ending_with_a_colon_belong_to_it(tmp_path):
    lines = [Text(L + 36, 298, "(a)"), Text(L + 60, 298, "Two panels will be held;"),
             Text(L + 36, 312, "(b)"), Text(L + 60, 312, "The panels will address the following themes:"),
             Text(L + 72, 326, PANELS[0]), Text(L + 72, 340, PANELS[1]),
             Text(L + 36, 354, "(c)"),
             Text(L + 60, 354, "Each panel will be co-chaired by two representatives;")]
    tree = convert(pdf_of(tmp_path, [resolution_page(lines, 380)]))
    assert _points(tree) == PANEL_POINTS
    assert not xpath(tree, "//a:mainBody//a:heading")
    assert xpath(tree, "//a:mainBody/a:paragraph/a:num/text()") == ["1.", "2."]


def test_markdown_unlabelled_lines_after_a_point_ending_with_a_colon_belong_to_it(tmp_path):
    source = tmp_path / "A_RES_79_998.md"
    source.write_text(masthead("79/998", "Youth") + (
        "*Recalling* its resolution 78/1,\n\n1. *Decides* on the following arrangements:\n\n"
        "(a) Two panels will be held;\n\n(b) The panels will address the following themes:\n\n"
        f"{PANELS[0]}\n\n{PANELS[1]}\n\n(c) Each panel will be co-chaired by two representatives;\n\n"
        "2. *Decides* to remain seized of the matter.\n\n*54th plenary meeting\n24 December 2024*\n"),
        encoding="utf-8")
    tree = convert(source)
    assert _points(tree) == PANEL_POINTS
    assert xpath(tree, "//a:mainBody/a:paragraph/a:num/text()") == ["1.", "2."]


def _masthead_page(title: str) -> list[Text]:
    """Page 1 of a resolution down to its formula."""
    return [t for t in resolution_page([], 9999) if t.y < 250 and not t.text.startswith("79/998.")] + [
        Text(L, 210, f"79/998. {title}", "Times-Bold", 13)]


ACROSS_A_PAGE = [
    # roman items, and items quoted from another text ("“(a)" … "meeting”,")
    (["(i)", "(ii)", "(iii)", "(iv)"], "in which it decided:", ";", ","),
    (["“(a)", "(b)", "(c)"], "which reads:", ";", "”,"),
]
ITEM_TEXTS = ["To hold a high-level meeting on youth in 2025", "To invite Member States to take part",
              "To report on the meeting", "To review the meeting"]


@pytest.mark.parametrize(("labels", "intro", "middle", "last"), ACROSS_A_PAGE)
def test_pdf_items_of_a_preambular_paragraph_go_on_across_a_page_break(tmp_path, labels, intro,
                                                                       middle, last):
    texts = [t + (last if i == len(labels) - 1 else middle) for i, t in enumerate(ITEM_TEXTS[:len(labels)])]
    items = [[Text(L + 36 - 4 * (label[0] != "("), y, label), Text(L + 72, y, text)]
             for label, text, y in zip(labels, texts, [*[274, 288, 302][:len(labels) - 1], 80], strict=True)]
    on_page_1 = [x for item in items[:-1] for x in item]
    page_1 = [*_masthead_page("Youth"), Text(L + 36, 260, "Recalling", "Times-Italic"),
              Text(L + 80, 260, f"paragraph 5 of its resolution 78/1, {intro}"), *on_page_1]
    page_2 = [*items[-1],
              Text(L + 36, 100, "Noting", "Times-Italic"), Text(L + 70, 100, "the report,"),
              Text(L, 120, "1."), Text(L + 36, 120, "Decides", "Times-Italic"),
              Text(L + 76, 120, "to hold the meeting."),
              Text(L + 200, 160, "54th plenary meeting"), Text(L + 200, 174, "24 December 2024")]
    tree = convert(pdf_of(tmp_path, [page_1, page_2]))
    assert xpath(tree, "//a:preamble/a:container/@name") == ["Recalling", "Noting"]
    found = xpath(tree, "//a:container[@name='Recalling']/a:blockList/a:item")
    assert [(xpath(i, "a:num/text()"), text_of(xpath(i, "a:p")[0])) for i in found] == [
        ([label], text) for label, text in zip(labels, texts, strict=True)]


QUOTED_ITEMS = """*Recalling* paragraph 5 of its resolution 78/1, which reads:

OPEN(a) To hold a high-level meeting on youth in 2025;

(b) To invite Member States to take partCLOSE,

1. *Decides* to amend paragraph 2 of its resolution 78/1 to read:

OPEN(i) To hold the meeting in 2026;

(ii) To invite observers to take partCLOSE;

2. *Decides* to remain seized of the matter.

54th plenary meeting
24 December 2024
"""


@pytest.mark.parametrize(("opening", "closing"), [("“", "”"), ("\"", "\""), ("« ", " »")])
def test_markdown_quoted_items_are_items_of_their_paragraph(tmp_path, opening, closing):
    path = tmp_path / "A_RES_79_998.md"
    path.write_text(masthead("79/998", "Youth") + QUOTED_ITEMS.replace("OPEN", opening).replace(
        "CLOSE", closing), encoding="utf-8")
    tree = convert(path)
    assert xpath(tree, "//a:preamble/a:container/@name") == ["Recalling"]
    assert [(xpath(i, "a:num/text()")[0], text_of(i.find("{*}p"))) for i in xpath(
        tree, "//a:preamble//a:item")] == [
        (f"{opening}(a)", "To hold a high-level meeting on youth in 2025;"),
        ("(b)", f"To invite Member States to take part{closing},")]
    points = xpath(tree, "//a:paragraph[a:num='1.']/a:list/a:point")
    assert [(p.get("eId"), xpath(p, "a:num/text()")[0]) for p in points] == [
        ("para_1__list_1__point_i", f"{opening}(i)"), ("para_1__list_1__point_ii", "(ii)")]
    assert xpath(tree, "//a:mainBody/a:paragraph/a:num/text()") == ["1.", "2."]


C1, C2, C3 = L + 210, L + 290, L + 370   # the figure columns of a money table


def _money_row(y: float, label: str, *figures: str, x: float = L + 36,
               font: str = "Times-Roman") -> list[Text]:
    cells = [Text(x, y, label, font)] if label else []
    return cells + [Text(c, y, f, font) for c, f in zip((C1, C2, C3), figures, strict=False) if f]


MONEY_TABLE = [
    Text(C1 + 40, 300, "(United States dollars)", "Times-Italic"),
    *_money_row(314, "", "2024", "2025", "Change", font="Times-Italic"),
    *_money_row(326, "", "expenditure", "estimates", font="Times-Italic"),
    *_money_row(342, "Posts", "1 234 500", "1 300 000", "65 500"),
    *_money_row(356, "Other staff costs for temporary", "12 300", "15 000", "2 700"),
    Text(L + 42, 368, "assistance"),
    *_money_row(382, "Non-post resources", "400 000", "420 000", "20 000"),
    Text(L + 42, 396, "Of which:"),
    *_money_row(410, "Travel of staff", "50 000", "55 000", "5 000", x=L + 48),
    Text(C1 + 28, 406, "a", size=6.5),   # the note's marker, raised after the figure
    *_money_row(424, "Consultants", "20 000", "22 000", "2 000", x=L + 48),
    Text(L + 36, 438, "Grants and contributions to"),   # the figures stand on the label's last line
    *_money_row(450, "other bodies", "5 000", "6 000", "1 000", x=L + 42),
    *_money_row(466, "Total", "1 651 800", "1 741 000", "89 200", font="Times-Bold"),
    Text(L + 36, 486, "a", size=6.5), Text(L + 42, 489, "Includes travel of experts and of", size=9),
    Text(L + 42, 500, "members of the Committee.", size=9),
    Text(L + 36, 511, "b", size=6.5), Text(L + 42, 514, "Excludes consultants for the review.", size=9),
]


def test_pdf_borderless_money_table_is_one_table_with_its_headings_labels_and_notes(tmp_path):
    tree = convert(pdf_of(tmp_path, [resolution_page(MONEY_TABLE, 546)]))
    tables = xpath(tree, "//a:table")
    assert len(tables) == 1 and tables[0].get("eId") == "para_1__table_1"
    rows = [[text_of(c) for c in xpath(tr, "a:th|a:td")] for tr in xpath(tables[0], "a:tr")]
    assert rows == [
        ["", "(United States dollars)", "", ""],
        ["", "2024 expenditure", "2025 estimates", "Change"],
        ["Posts", "1 234 500", "1 300 000", "65 500"],
        ["Other staff costs for temporary assistance", "12 300", "15 000", "2 700"],
        ["Non-post resources", "400 000", "420 000", "20 000"],
        ["Of which:", "", "", ""],
        ["Travel of staff", "50 000a", "55 000", "5 000"],
        ["Consultants", "20 000", "22 000", "2 000"],
        ["Grants and contributions to other bodies", "5 000", "6 000", "1 000"],
        ["Total", "1 651 800", "1 741 000", "89 200"],
        ["a Includes travel of experts and of members of the Committee.", "", "", ""],
        ["b Excludes consultants for the review.", "", "", ""]]
    assert [len(xpath(tr, "a:th")) for tr in xpath(tables[0], "a:tr")][:3] == [4, 4, 0]
    assert xpath(tree, "//a:mainBody/a:paragraph/a:num/text()") == ["1.", "2."]
    assert not xpath(tree, "//a:mainBody//a:heading")


PRINCIPLE = "Member States shall respect the independence of the Office and shall not"


@pytest.mark.parametrize("frame", [
    [Rule(L + 30, 292, L + 400, 332)],                                   # one rectangle
    [Rule(L + 30, 292, L + 400, 292.5, True), Rule(L + 30, 331.5, L + 400, 332, True),
     Rule(L + 30, 292, L + 30.5, 332, True), Rule(L + 399.5, 292, L + 400, 332, True)],  # four rules
])
def test_pdf_ruled_box_is_a_table_of_one_cell(tmp_path, frame):
    boxed = [*frame, Text(L + 36, 304, "Core principle I", "Times-Bold"),
             Text(L + 36, 316, PRINCIPLE), Text(L + 36, 328, "seek to influence it.")]
    tree = convert(pdf_of(tmp_path, [resolution_page(boxed, 360)]))
    tables = xpath(tree, "//a:table")
    assert [t.get("eId") for t in tables] == ["para_1__table_1"]
    assert [[text_of(c) for c in xpath(tr, "a:td|a:th")] for tr in xpath(tables[0], "a:tr")] == [
        [f"Core principle I {PRINCIPLE} seek to influence it."]]
    assert xpath(tree, "//a:mainBody/a:paragraph/a:num/text()") == ["1.", "2."]


@pytest.mark.parametrize("frame", [Rule(400, 700, 460, 760), Rule(36, 36, 559, 806)])
def test_pdf_box_around_nothing_or_a_page_border_makes_no_table(tmp_path, frame):
    page = [frame, *resolution_page([], 300)]
    tree = convert(pdf_of(tmp_path, [page]))
    assert not xpath(tree, "//a:table")
    assert xpath(tree, "//a:mainBody/a:paragraph/a:num/text()") == ["1.", "2."]


def test_pdf_month_set_tight_against_its_year_is_spaced(tmp_path):
    recalling = Text(L + 80, 260, "its resolution 78/1 of 4 December")
    year = Text(_measure(tmp_path, recalling) + 1.0, 260, "2024, and the report at www.un.org/July2024.pdf,")
    page = [t for t in resolution_page([], 300) if t.y != 260] + [
        Text(L + 36, 260, "Recalling", "Times-Italic"), recalling, year]
    tree = convert(pdf_of(tmp_path, [page]))
    assert text_of(xpath(tree, "//a:preamble/a:container")[0]) == (
        "Recalling its resolution 78/1 of 4 December 2024, and the report at www.un.org/July2024.pdf,")


def _line(text: str, x0: float, base: float, size: float = 10.0, barcode: bool = False):
    font = Font("Barcode 3 of 9" if barcode else "TimesNewRomanPSMT", False, False, barcode)
    return make_line([Run(text, x0, x0 + 0.5 * size * len(text), base, size, font, 0)])


@pytest.mark.parametrize("lift", [0.0, 30.0])
@pytest.mark.parametrize("beside", [False, True])
def test_pdf_job_number_by_the_barcode_is_furniture_wherever_the_footer_stands(lift, beside):
    height = 792.0
    foot = height - 29.8 - lift
    job = foot if beside else height - 44.4 - lift   # beside the barcode, or just above it
    lines = [_line("the last line of the body text,", 72, height - 110 - lift),
             _line("1 See resolution 78/1.", 72, height - 60 - lift, 8.5)]
    if beside:
        lines.append(make_line([*_line("23-25931 (E) 201223", 65, job).runs,
                                *_line("*2325931*", 300, foot, 12.0, barcode=True).runs]))
    else:
        lines += [_line("23-25931 (E) 201223", 65, job), _line("*2325931*", 65, foot, 12.0, barcode=True)]
    page = Page(1, 612.0, height, lines)
    assert [ln.text for ln in body_lines(page)] == [
        "the last line of the body text,", "1 See resolution 78/1."]


@pytest.mark.parametrize("label", ["(xiii)", "(xviii)", "(xxviii)", "(mm)"])
def test_pdf_long_roman_and_double_letter_labels_are_list_labels(tmp_path, label):
    line = [Text(L + 72, 80, label), Text(L + 108, 80, "Designing the plan;")]
    found = extract_pages(pdf_of(tmp_path, [line], "label.pdf"))[0].lines[0]
    assert label_of(found) == label


ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
          "xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii", "xxiv", "xxv", "xxvi", "xxvii",
          "xxviii"]


@pytest.mark.parametrize("form", ["({})", "{})"])   # "xxviii)": no opening parenthesis, as French prints
def test_markdown_roman_sub_items_of_any_length_are_items(tmp_path, form):
    labels = [form.format(r) for r in ROMANS]
    subs = "".join(f"{label} Measure {n} of the plan;\n\n" for n, label in enumerate(labels, 1))
    source = tmp_path / "A_RES_79_998.md"
    source.write_text(masthead("79/998", "Plan") + (
        "*Recalling* its resolution 78/1,\n\n1. *Decides* on the following:\n\n"
        f"(a) Designing the measures:\n\n{subs}(b) Reviewing the plan;\n\n"
        "2. *Decides* to remain seized of the matter.\n\n*54th plenary meeting\n24 December 2024*\n"),
        encoding="utf-8")
    tree = convert(source)
    point_a = xpath(tree, "//a:point[a:num='(a)']")[0]
    assert xpath(point_a, "a:list/a:point/a:num/text()") == labels
    assert xpath(tree, "//a:paragraph[@eId='para_1']/a:list/a:point/a:num/text()") == ["(a)", "(b)"]


def test_pdf_ruled_grid_table_is_read_by_its_columns_not_as_boxes(tmp_path):
    grid = [Rule(L + 30, y, L + 330, y + 0.5, True) for y in (293, 308, 322, 348, 362)] + [
        Rule(x, 293, x + 0.5, 362.5, True) for x in (L + 30, L + 240, L + 330)]
    tree = convert(pdf_of(tmp_path, [resolution_page([*grid, *SCALE], 382)]))
    tables = xpath(tree, "//a:table")
    assert len(tables) == 1
    assert [[text_of(c) for c in xpath(tr, "a:th|a:td")] for tr in xpath(tables[0], "a:tr")] == [
        ["Member State", "Rate (per cent)"], ["Afghanistan", "0.006"],
        ["Bolivia (Plurinational State of)", "0.019"], ["Zimbabwe", "0.007"]]


def test_pdf_bold_annex_line_with_its_title_opens_the_annex_without_a_meeting_line(tmp_path):
    """A draft has no meeting line before its annex: the bold heading tells."""
    page = [t for t in resolution_page([], 300) if t.y < 330]   # no meeting line
    annex_page = [Text(L, 80, "Annex", "Times-Bold"), Text(L, 94, ANNEX_TITLE, "Times-Bold"),
                  Text(L, 120, "1."), Text(L + 36, 120, "The Programme applies to every country.")]
    tree = convert(pdf_of(tmp_path, [page, annex_page]))
    assert _annex(tree) == (["Annex", ANNEX_TITLE], ["1."])
    assert xpath(tree, "//a:statement/a:mainBody/a:paragraph/a:num/text()") == ["1.", "2."]
    assert not xpath(tree, "//a:conclusions")


@pytest.mark.parametrize("operative", [
    "*Calls* for the full implementation of the 2030 Agenda.",
    "*Calls for* the full implementation of the 2030 Agenda.",
    "*Expresses its appreciation* to the Secretary-General for his report.",
    "*Expresses* its appreciation to the Secretary-General for his report.",
])
def test_a_sole_unnumbered_operative_paragraph_is_the_body_however_its_verb_is_set(
        tmp_path, operative):
    """A resolution of one operative paragraph leaves it unnumbered: it is the body, whether
    the source sets its verb alone in italics or with the particle or stance after it."""
    text = masthead("79/998", "One paragraph") + (
        "*Recalling* its resolution 70/1 of 25 September 2015,\n\n"
        f"{operative}\n\n*54th plenary meeting\n24 December 2024*\n")
    tree = convert_text(tmp_path, "A_RES_79_998.md", text)
    assert len(xpath(tree, "//a:preamble/a:container")) == 1
    assert [text_of(p) for p in xpath(tree, "//a:mainBody/a:paragraph")] == [
        operative.replace("*", "")]
