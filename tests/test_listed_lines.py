"""Unnumbered lines a paragraph lists: bullets with a hanging indent, short lines after a colon,
and the mixed content they end up in."""

from __future__ import annotations

from lxml import etree

from converter.languages import get_language
from converter.mapper.akn import E
from converter.mapper.inline import paragraph
from converter.pipeline import convert_file, serialize
from converter.readers.blocks import BlockKind, Span
from converter.readers.pdf.reader import read_pdf
from tests.conftest import CONVERTED, text_of, xpath
from tests.mdgen import masthead
from tests.pdfgen import LEFT, Text, build_pdf, resolution_page

BULLET_X, TEXT_X = LEFT + 52, LEFT + 58.7   # the bullet, then its text after a narrow gap

BULLETS = [
    Text(BULLET_X, 298, "•"),
    Text(TEXT_X, 298, "Increase labour productivity and decent employment opportunities across all"),
    Text(TEXT_X, 310, "productive sectors, with a particular focus on women and youth, by 2034."),
    Text(BULLET_X, 326, "•"),
    Text(TEXT_X, 326, "Double the output of services sectors by 2034."),
]

ENG = get_language("eng")


def test_pdf_bullets_with_a_hanging_indent_are_one_block_each(tmp_path):
    pdf = tmp_path / "A_RES_79_998.pdf"
    pdf.write_bytes(build_pdf([resolution_page(BULLETS, 350)]))
    texts = [b.text for b in read_pdf(pdf, ENG).blocks if b.kind is BlockKind.TEXT]
    intro = texts.index("1. Resolves that the rates of assessment for 2025 shall be as follows:")
    assert texts[intro + 1:intro + 3] == [
        "• Increase labour productivity and decent employment opportunities across all productive "
        "sectors, with a particular focus on women and youth, by 2034.",
        "• Double the output of services sectors by 2034.",
    ]


def test_pdf_bullets_under_a_numbered_paragraphs_colon_are_its_points(tmp_path):
    # "1. Resolves … as follows:" then "• …" lines: the paragraph's list, marked "•" (as the
    # Security Council's files have it); bullets after an unnumbered line stay paragraphs
    pdf = tmp_path / "A_RES_79_998.pdf"
    pdf.write_bytes(build_pdf([resolution_page(BULLETS, 350)]))
    tree = convert_file(pdf, converted=CONVERTED).tree
    paragraphs = xpath(tree, "//a:mainBody/a:paragraph")
    assert [xpath(p, "string(a:num)") for p in paragraphs] == ["1.", "2."]
    points = xpath(paragraphs[0], "a:list/a:point")
    assert [(xpath(p, "string(a:num)"), text_of(xpath(p, "a:content/a:p")[0])) for p in points] == [
        ("•", "Increase labour productivity and decent employment opportunities across all productive "
              "sectors, with a particular focus on women and youth, by 2034."),
        ("•", "Double the output of services sectors by 2034.")]


AREAS_MD = masthead("79/997", "Programme of Action") + """\
1. *Decides* that the Programme of Action has three priority areas, as follows:

Priority area 1: Structural transformation

Priority area 2: Trade and regional integration

Priority area 3: Means of implementation.

2. *Decides also* that the commitments in these areas will be supported by dedicated actions.

Priority area 1: Structural transformation

3. *Recognizes* that structural transformation is essential.

*54th plenary meeting
24 December 2024*
"""


def test_short_lines_after_a_colon_are_listed_paragraphs_not_headings(tmp_path):
    source = tmp_path / "A_RES_79_997.md"
    source.write_text(AREAS_MD, encoding="utf-8")
    tree = convert_file(source, converted=CONVERTED).tree
    body = xpath(tree, "//a:mainBody")[0]
    assert [(child.tag.rpartition("}")[2], xpath(child, "string(a:num)")) for child in body] == [
        ("paragraph", "1."), ("paragraph", ""), ("paragraph", ""), ("paragraph", ""),
        ("paragraph", "2."), ("section", "")]
    assert [text_of(p) for p in xpath(body, "a:paragraph[not(a:num)]")] == [
        "Priority area 1: Structural transformation", "Priority area 2: Trade and regional integration",
        "Priority area 3: Means of implementation."]
    section = xpath(body, "a:section")[0]
    assert text_of(xpath(section, "a:heading")[0]) == "Priority area 1: Structural transformation"
    assert xpath(section, "a:paragraph/a:num/text()") == ["3."]


def test_bullets_after_an_unnumbered_line_stay_paragraphs(tmp_path):
    # "Targets:" in an annex, then its bullets: unnumbered paragraphs, as the Assembly marks them
    source = tmp_path / "A_RES_79_997.md"
    source.write_text(AREAS_MD.replace("Priority area 1: Structural transformation\n\n3.", (
        "**Targets:**\n\n• Increase labour productivity by 2034;\n\n• Double the output of services.\n\n3."
    )), encoding="utf-8")
    tree = convert_file(source, converted=CONVERTED).tree
    paragraphs = xpath(tree, "//a:mainBody//a:paragraph")
    assert [(xpath(p, "string(a:num)"), text_of(p)) for p in paragraphs][-4:] == [
        ("", "Targets:"), ("", "• Increase labour productivity by 2034;"),
        ("", "• Double the output of services."),
        ("3.", "3.Recognizes that structural transformation is essential.")]


def test_styled_runs_side_by_side_are_serialized_without_added_spaces():
    p = paragraph([Span("Targets", italic=True, bold=True), Span(":", bold=True)])
    xml = serialize(etree.ElementTree(E.mainBody(E.paragraph(E.content(p)))))
    assert b"<p><b><i>Targets</i></b><b>:</b></p>" in xml
    assert "".join(etree.fromstring(xml).itertext()).strip() == "Targets:"


LISTED_RECITAL_MD = masthead("79/996", "Programme of Action") + """\
*Recalling* its resolution 70/1,

*Affirming also* that the Programme of Action is grounded in three focus areas:

(a) Investing in people,

(b) Leveraging the power of science,

(c) Supporting structural transformation,

and in the commitments and targets contained therein,

*Noting* the report of the Secretary-General,

1. *Encourages* all Member States and relevant organizations to support the Programme,

and to support efforts aimed at resuming dialogue;

2. *Decides* to remain seized of the matter.

*54th plenary meeting
24 December 2024*
"""


def test_the_sentence_end_after_a_lettered_preambular_list_is_an_item_but_a_paragraph_goes_on(
        tmp_path):
    # "…: (a) …, (c) …," then "and in the commitments …,": the end of the sentence that
    # introduced the list (an unnumbered item, as the UN writes it); "1. … organizations," then
    # "and to support …" is paragraph 1 cut by a page break
    source = tmp_path / "A_RES_79_996.md"
    source.write_text(LISTED_RECITAL_MD, encoding="utf-8")
    tree = convert_file(source, converted=CONVERTED).tree
    assert xpath(tree, "//a:preamble/a:container/@name") == ["Recalling", "Affirming also", "Noting"]
    items = xpath(tree, "//a:preamble/a:container[2]/a:blockList/a:item")
    assert [(xpath(i, "string(a:num)"), text_of(xpath(i, "a:p")[0])) for i in items] == [
        ("(a)", "Investing in people,"), ("(b)", "Leveraging the power of science,"),
        ("(c)", "Supporting structural transformation,"),
        ("", "and in the commitments and targets contained therein,")]
    paragraphs = xpath(tree, "//a:mainBody/a:paragraph")
    assert [xpath(p, "string(a:num)") for p in paragraphs] == ["1.", "2."]
    assert text_of(xpath(paragraphs[0], "a:content/a:p")[0]) == (
        "Encourages all Member States and relevant organizations to support the Programme, and "
        "to support efforts aimed at resuming dialogue;")
