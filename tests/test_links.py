"""Unmarked citations in running text -> undocs.org links."""

from __future__ import annotations

from converter.languages import get_language
from converter.readers.blocks import Span
from converter.segmentation.links import link_text

ENG = get_language("eng")


def links(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.href.removeprefix("https://undocs.org/en/"))
            for s in link_text([Span(text)], ENG) if s.href]


def test_citation_list_broken_by_locators_links_every_number():
    assert links("Resolutions 52/214, sect. C, para. 3; 55/222, sect. III, para. 12; "
                 "56/64 B, sect. X; and 61/121 B, sect. IV, paras. 65–77.") == [
        ("52/214", "A/RES/52/214"), ("55/222", "A/RES/55/222"),
        ("56/64", "A/RES/56/64"), ("61/121", "A/RES/61/121")]
    assert links("See resolutions 59/39, para. 9, and 65/21, para. 18; see also A/59/17.") == [
        ("59/39", "A/RES/59/39"), ("65/21", "A/RES/65/21"), ("A/59/17", "A/59/17")]


def test_organ_before_a_list_cites_every_number():
    assert links("Human Rights Council resolutions 5/1, annex, para. 3; and 6/2.") == [
        ("5/1", "A/HRC/RES/5/1"), ("6/2", "A/HRC/RES/6/2")]
    assert links("decisions 70/551, para. 2, and 71/555") == []


def test_a_short_organ_name_that_fits_one_organ_only():
    assert links("based on the principles defined in Assembly resolution 1541 (XV) and others") == [
        ("1541 (XV)", "A/RES/1541(XV)")]
    assert links("calls upon States to implement Council resolution 4/6 on marine litter") == []


def test_printed_web_addresses_are_links_unless_a_line_break_cut_them():
    spans = link_text([Span("Available at www.un.org/dppa/decolonization/en/c24/seminars/2024. "
                            "See https://newyorkconvention1958.org/.")], ENG)
    assert [(s.text, s.href) for s in spans if s.href] == [
        ("www.un.org/dppa/decolonization/en/c24/seminars/2024",
         "http://www.un.org/dppa/decolonization/en/c24/seminars/2024"),
        ("https://newyorkconvention1958.org/", "https://newyorkconvention1958.org/")]
    cut = link_text([Span("at www.itlos.org/cases/31/Advisory_Opinion/ C31_Adv_Op_orig.pdf.")], ENG)
    assert [s.href for s in cut if s.href] == []


def test_a_marked_web_address_cut_in_two_links_both_halves_to_the_whole():
    spans = link_text([Span("Available at "), Span("www.itlos.org/cases/31/Advisory_Opinion/", href=""),
                        Span(" "), Span("C31_Adv_Op_orig.pdf", href=""), Span(".")], ENG)
    assert [(s.text, s.href) for s in spans if s.href] == [
        ("www.itlos.org/cases/31/Advisory_Opinion/",
         "http://www.itlos.org/cases/31/Advisory_Opinion/C31_Adv_Op_orig.pdf"),
        ("C31_Adv_Op_orig.pdf", "http://www.itlos.org/cases/31/Advisory_Opinion/C31_Adv_Op_orig.pdf")]
