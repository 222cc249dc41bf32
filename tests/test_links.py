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


def test_a_named_body_the_table_does_not_know_cites_no_assembly_resolution():
    assert links("Recalling Commission on Crime Prevention and Criminal Justice resolution "
                 "26/3 of 26 May 2017 and Commission on Narcotic Drugs resolution 65/2") == []
    assert links("Indian Ocean Tuna Commission, resolutions 12/07 and 13/07.") == []


def test_its_after_a_named_organ_is_that_organs():
    assert links("established by the Human Rights Council in its resolution 22/13 of "
                 "21 March 2013, and the Security Council, in its resolution 2334 (2016)") == [
        ("22/13", "A/HRC/RES/22/13"), ("2334 (2016)", "S/RES/2334(2016)")]
    assert links("Recalling its resolution 70/1") == [("70/1", "A/RES/70/1")]


def test_a_dated_list_of_decisions_links_none():
    assert links("its resolution 70/239 of 23 December 2015, and its decisions 58/566 of "
                 "8 April 2004, 65/543 of 24 December 2010 and 66/555 of 24 December 2011") == [
        ("70/239", "A/RES/70/239")]


def test_a_list_dated_with_on_links_every_number():
    assert links("Security Council resolutions 1754 (2007) on 30 April 2007, 1783 (2007) on "
                 "31 October 2007") == [("1754 (2007)", "S/RES/1754(2007)"),
                                        ("1783 (2007)", "S/RES/1783(2007)")]


def test_a_list_cut_by_a_footnote_goes_on_after_it():
    spans = link_text([Span("submitted pursuant to resolutions 71/205"),
                       Span("18", note_ref=True), Span(" and 72/190, and")], ENG)
    assert [(s.text, s.href) for s in spans if s.href] == [
        ("71/205", "https://undocs.org/en/A/RES/71/205"),
        ("72/190", "https://undocs.org/en/A/RES/72/190")]


def test_a_long_list_keeps_the_organ_named_before_it():
    dated = ", ".join(f"{n}/4 of 29 September 2011" for n in range(30, 45))
    assert links(f"Human Rights Council resolutions {dated} and 57/7")[-1] == (
        "57/7", "A/HRC/RES/57/7")


def test_a_resolution_cited_as_a_place_in_a_document_is_that_bodys():
    assert links("A/56/1026-S/2002/932, annex II, resolution 14/221.") == [
        ("A/56/1026-S/2002/932", "A/56/1026")]
    assert links("Supplement No. 25 (A/69/25), annex, resolution 1/15.") == [("A/69/25", "A/69/25")]
    assert links("Supplement No. 53A (A/77/53/Add.1), chap. III, sect. A, resolution 51/4.") == [
        ("A/77/53/Add.1", "A/77/53/Add.1"), ("51/4", "A/HRC/RES/51/4")]
    assert links("Resolution 78/3, annex, resolution 78/4.") == [
        ("78/3", "A/RES/78/3"), ("78/4", "A/RES/78/4")]


def test_the_body_named_after_the_number_adopted_it():
    assert links("resolutions 5/1 and 5/6 of 2 March 2022 of the United Nations Environment "
                 "Assembly and resolution 60/1 of the General Assembly") == [
        ("60/1", "A/RES/60/1")]


def test_symbols_of_series_with_one_number_and_old_documents():
    assert links("See CD/2226, annex; CLCS/11/Add.1/Corr.1; A/47/277-S/24111; S/PV.9609; "
                 "document A/5700 and ICCD/COP(13)/21/Add.1.") == [
        ("CD/2226", "CD/2226"), ("CLCS/11/Add.1/Corr.1", "CLCS/11/Add.1/Corr.1"),
        ("A/47/277-S/24111", "A/47/277"), ("S/PV.9609", "S/PV.9609"), ("A/5700", "A/5700"),
        ("ICCD/COP(13)/21/Add.1", "ICCD/COP(13)/21/Add.1")]
    spans = link_text([Span("resolutions 5/1"), Span("3", note_ref=True),
                       Span(" and 5/6 of 2 March 2022 of the United Nations Environment Assembly")],
                      ENG)
    assert [s.href for s in spans if s.href] == []


def test_a_council_resolution_marked_as_two_links_is_one():
    spans = link_text([Span("Council resolutions "), Span("1540", href=""), Span(" "),
                       Span("(2004)", href=""), Span(" of 28 April 2004")], ENG)
    assert [(s.text, s.href) for s in spans if s.href] == [
        ("1540 (2004)", "https://undocs.org/en/S/RES/1540(2004)")]
    spans = link_text([Span("("), Span("NPT/CONF.1995/32", href=""), Span(" "),
                       Span("(Part I)/Corr.2", href=""), Span("), annex")], ENG)
    assert [(s.text, s.href) for s in spans if s.href] == [
        ("NPT/CONF.1995/32 (Part I)/Corr.2", "https://undocs.org/en/NPT/CONF.1995/32(PartI)/Corr.2")]


def test_a_short_organ_name_is_the_one_last_named_in_full():
    assert links("the Human Rights Council in Geneva, pursuant to Council resolution 31/18") == [
        ("31/18", "A/HRC/RES/31/18")]
    assert links("in the work of the Economic and Social Council, in line with Council "
                 "resolution 1996/31 of 25 July 1996") == [("1996/31", "E/RES/1996/31")]
    assert links("pursuant to Council resolution 31/18") == []


def test_punctuation_marked_with_a_link_stays_outside_it():
    spans = link_text([Span("A/80/373,", href=""), Span(" sect. II.")], ENG)
    assert [(s.text, s.href) for s in spans] == [
        ("A/80/373", "https://undocs.org/en/A/80/373"), (",", None), (" sect. II.", None)]


def test_a_list_ending_in_and_does_not_take_the_next_body_as_its_author():
    assert links("as recognized by the Human Rights Council in its resolution 51/32 and by the "
                 "General Assembly in its resolution 77/1,") == [
        ("51/32", "A/HRC/RES/51/32"), ("77/1", "A/RES/77/1")]
