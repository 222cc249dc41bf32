"""Which document a citation links to: the body the words name, the part of a resolution
published on its own, a symbol with its section; built as a small markdown resolution."""

from __future__ import annotations

import pytest

from converter.pipeline import convert_file
from converter.readers.inline_md import parse_inline
from converter.segmentation.links import link_text
from tests.conftest import CONVERTED, text_of, xpath
from tests.mdgen import masthead
from tests.test_links import ENG, links

CITATIONS_MD = masthead("79/995", "Citations") + """\
*Welcoming* the decision by the United Nations Environment Assembly at its resumed fifth \
session, in resolution 5/14 of 2 March 2022, to convene a committee,

*Taking note* of the report to the Human Rights Council submitted pursuant to resolutions \
[34/24](#) and [40/20](#),

*Recalling* its resolutions [48/218](#) B of 29 July 1994 and [56/24](#) V of \
24 December 2001, and 68/247 B of 9 April 2014,

1. *Takes note* of the proposed programme budget ([A/79/6 \\(Sect. 10\\)](#)) and of \
*Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 53* ([A/79/53](#));

2. *Encourages* States to implement the recommendations of the Group of Governmental Experts \
established pursuant to resolution 60/81, and those of the Committee on World Food Security, \
bearing in mind its resolution 76/264;

*54th plenary meeting
24 December 2024*
"""


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    source = tmp_path_factory.mktemp("cited") / "A_RES_79_995.md"
    source.write_text(CITATIONS_MD, encoding="utf-8")
    result = convert_file(source, converted=CONVERTED)
    assert result.errors == []
    return result.tree


def _links_of(element) -> list[tuple[str, str]]:
    return [(text_of(a), a.get("href").removeprefix("https://undocs.org/en/"))
            for a in xpath(element, ".//a:a")]


def test_each_paragraph_links_the_documents_its_words_name(tree):
    preamble = xpath(tree, "//a:preamble/a:container")
    body = xpath(tree, "//a:mainBody/a:paragraph")
    assert [_links_of(p) for p in preamble] == [
        [],
        [("34/24", "A/HRC/RES/34/24"), ("40/20", "A/HRC/RES/40/20")],
        [("48/218", "A/RES/48/218B"), ("56/24", "A/RES/56/24"), ("68/247", "A/RES/68/247B")]]
    assert [_links_of(p) for p in body] == [
        [("A/79/6 (Sect. 10)", "A/79/6(Sect.10)"), ("A/79/53", "A/79/53")],
        [("60/81", "A/RES/60/81"), ("76/264", "A/RES/76/264")]]


def test_the_texts_around_the_links_are_kept_whole(tree):
    assert text_of(xpath(tree, "//a:preamble/a:container")[2]) == (
        "Recalling its resolutions 48/218 B of 29 July 1994 and 56/24 V of 24 December 2001, "
        "and 68/247 B of 9 April 2014,")
    assert text_of(xpath(tree, "//a:mainBody/a:paragraph")[0]).endswith(
        "1.Takes note of the proposed programme budget (A/79/6 (Sect. 10)) and of Official "
        "Records of the General Assembly, Seventy-ninth Session, Supplement No. 53 (A/79/53);")


def test_a_number_the_assembly_never_gave_is_no_assembly_resolution():
    # the Assembly numbers by session from its thirty-first; earlier ones read "1514 (XV)"
    assert links("Recalling resolution 5/14 and resolutions 30/2 and 31/2") == [
        ("31/2", "A/RES/31/2")]
    assert links("decision 15/4 of the Conference of the Parties to the Convention on "
                 "Biological Diversity and resolutions 5/1 and 5/5") == []


def test_a_bare_resolution_after_a_named_organ_is_that_organs_only_if_it_numbers_alike():
    assert links("Recalling Human Rights Council resolutions 5/1 and 5/2 of 18 June 2007, "
                 "and resolution 5/14,") == [
        ("5/1", "A/HRC/RES/5/1"), ("5/2", "A/HRC/RES/5/2"), ("5/14", "A/HRC/RES/5/14")]
    # the Council's resolutions read "1863 (2009)": a "78/309" after it is the Assembly's
    assert links("arising from Security Council resolution 1863 (2009) and its subsequent "
                 "resolutions thereon, the latest of which was resolution 78/309") == [
        ("1863 (2009)", "S/RES/1863(2009)"), ("78/309", "A/RES/78/309")]
    # a sentence ended before the body was named
    assert links("Noting the report to the Human Rights Council. Recalling resolution 40/20") == [
        ("40/20", "A/RES/40/20")]


def test_a_part_adopted_at_a_resumed_session_links_its_own_document():
    assert links("its resolutions 63/275 A of 7 April 2009, 57/290 B of 18 June 2003, "
                 "57/290 B, sect. II, and 53/77 D of 4 December 1998") == [
        ("63/275", "A/RES/63/275"), ("57/290", "A/RES/57/290B"), ("57/290", "A/RES/57/290"),
        ("53/77", "A/RES/53/77")]


def test_a_resolution_in_the_councils_report_is_the_councils():
    # Supplement No. 53 of the Assembly's Official Records is the Human Rights Council's report
    assert links("See Official Records of the General Assembly, Seventy-second Session, "
                 "Supplement No. 53, chap. IV, sect. A, resolution 34/24.") == [
        ("34/24", "A/HRC/RES/34/24")]
    assert links("Ibid., Supplement No. 53 (A/72/53 and A/72/53/Corr.1), chap. IV, sect. A, "
                 "resolution 34/24.") == [
        ("A/72/53", "A/72/53"), ("A/72/53/Corr.1", "A/72/53/Corr.1"),
        ("34/24", "A/HRC/RES/34/24")]
    # another report's annex holds another body's resolution: no link
    assert links("Ibid., Seventy-first Session, Supplement No. 25, annex, resolution 34/2.") == []


HEADED_MD = masthead("79/994", "Trust funds") + """\
*Recalling* its resolution [55/7](#) of 30 October 2000,

I

Trust fund for the Commission¹

1. *Decides* to amend the terms of reference of the trust fund;

*54th plenary meeting
24 December 2024*

¹ See resolution [55/7](#), annex II.

Annex

Amendments to the terms of reference of the Trust Fund²

1. The Fund shall be open to all States.

² Resolution [55/7](#), annex I.
"""


def test_the_notes_of_headings_and_annex_titles_link_their_citations(tmp_path):
    source = tmp_path / "A_RES_79_994.md"
    source.write_text(HEADED_MD, encoding="utf-8")
    tree = convert_file(source, converted=CONVERTED).tree
    notes = xpath(tree, "//a:authorialNote")
    assert [text_of(n) for n in notes] == ["See resolution 55/7, annex II.", "Resolution 55/7, annex I."]
    assert [_links_of(n) for n in notes] == [[("55/7", "A/RES/55/7")], [("55/7", "A/RES/55/7")]]


def test_a_marked_symbol_leaves_the_sentences_stop_outside_its_link():
    spans, _ = parse_inline(r"See [A/C.6/78/SR.47.](#) and [A/79/6 \(Sect. 10\)](#).")
    assert [(s.text, s.href) for s in link_text(spans, ENG)] == [
        ("See ", None), ("A/C.6/78/SR.47", "https://undocs.org/en/A/C.6/78/SR.47"), (".", None),
        (" and ", None), ("A/79/6 (Sect. 10)", "https://undocs.org/en/A/79/6(Sect.10)"),
        (".", None)]


@pytest.mark.parametrize(("own", "text", "linked"), [
    # the Economic and Social Council numbered its first resolutions by session, in Roman
    # numerals, as the Assembly did
    ("E", "Recalling its resolution 11 (II) of 21 June 1946, by which it established the Commission",
     [("11 (II)", "E/RES/11(II)")]),
    ("E", "pursuant to Economic and Social Council resolutions 2088 (LXIII) and 2089 (LXIII) of 22 July 1977",
     [("2088 (LXIII)", "E/RES/2088(LXIII)"), ("2089 (LXIII)", "E/RES/2089(LXIII)")]),
    ("A", "Recalling its resolution 1514 (XV) of 14 December 1960", [("1514 (XV)", "A/RES/1514(XV)")]),
    # the Security Council's are numbered by year, never so
    ("S", "Recalling its resolution 1514 (XV)", []),
])
def test_an_old_resolution_numbered_by_its_session_is_of_the_organ_that_numbered_so(own, text, linked):
    from converter.readers.blocks import Span
    from converter.segmentation.links import Citing

    found = link_text([Span(text)], ENG, Citing(own=own))
    assert [(s.text, s.href.removeprefix("https://undocs.org/en/")) for s in found if s.href] == linked


@pytest.mark.parametrize(("code", "text", "linked"), [
    # the council named earlier in the sentence, in a script without capitals or in words not
    # all capitalised; a decision has no symbol to link
    ("ara", "وإلى مقرر مجلس حقوق الإنسان 18/120 المؤرخ 30 أيلول/سبتمبر 2011 وقراراته 24/14 المؤرخ "
            "27 أيلول/سبتمبر 2013 و 27/21 المؤرخ 26 أيلول/سبتمبر 2014",
     [("24/14", "A/HRC/RES/24/14"), ("27/21", "A/HRC/RES/27/21")]),
    # "قراراتها" (its, feminine) is the Assembly's own, whatever the sentence named before
    ("ara", "وإذ تشير إلى تقرير مجلس حقوق الإنسان وإلى قراراتها 70/1 المؤرخ 25 أيلول/سبتمبر 2015",
     [("70/1", "A/RES/70/1")]),
    ("fra", "et toutes les résolutions du Conseil des droits de l’homme sur la question, y compris "
            "les résolutions 23/9 du 13 juin 2013 et 29/11 du 2 juillet 2015",
     [("23/9", "A/HRC/RES/23/9"), ("29/11", "A/HRC/RES/29/11")]),
    ("rus", "и все соответствующие резолюции Совета по правам человека, включая резолюцию 23/9 от "
            "13 июня 2013 года, 29/11 от 2 июля 2015 года",
     [("23/9", "A/HRC/RES/23/9"), ("29/11", "A/HRC/RES/29/11")]),
])
def test_resolutions_after_a_council_named_earlier_in_the_sentence_are_the_councils(code, text, linked):
    from converter.languages import get_language
    from converter.readers.blocks import Span

    found = link_text([Span(text)], get_language(code))
    assert [(s.text, s.href.split(".org/")[1].split("/", 1)[1]) for s in found if s.href] == linked


PARTS_MD = masthead("79/996", "Part letters") + """\
*Recalling* its resolutions [48/218](#) B of 29 July 1994 and 56/24 V of 24 December 2001,

1. *Requests* the Secretary-General to ensure the implementation of resolution 48/218 B \
in future appointments, and of resolutions 48/218 A and 56/24 V;¹

2. *Decides* to review resolution 48/218 B at its eighty-fourth session;

¹ See resolution 48/218 B, para. 5.

*54th plenary meeting
24 December 2024*
"""


def test_a_part_of_its_own_is_linked_so_wherever_the_document_cites_it(tmp_path):
    """Once a dated citation shows a part is a document of its own (48/218 B, adopted in
    1994 at the forty-eighth session: A/RES/48/218B), the document's other citations of that
    part, undated, link the same document; another part, or a part adopted with its
    resolution (56/24 V of 2001), links the resolution."""
    source = tmp_path / "A_RES_79_996.md"
    source.write_text(PARTS_MD, encoding="utf-8")
    result = convert_file(source, converted=CONVERTED)
    assert result.errors == []
    assert _links_of(xpath(result.tree, "//a:preamble")[0]) == [
        ("48/218", "A/RES/48/218B"), ("56/24", "A/RES/56/24")]
    paragraphs = xpath(result.tree, "//a:mainBody/a:paragraph")
    assert [_links_of(p) for p in paragraphs] == [
        [("48/218", "A/RES/48/218B"), ("48/218", "A/RES/48/218"), ("56/24", "A/RES/56/24"),
         ("48/218", "A/RES/48/218B")],
        [("48/218", "A/RES/48/218B")]]
