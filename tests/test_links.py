"""Unmarked citations in running text -> undocs.org links."""

from __future__ import annotations

from converter.languages import get_language
from converter.readers.blocks import Span
from converter.segmentation.links import _link_text

ENG = get_language("eng")


def links(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.href.removeprefix("https://undocs.org/en/"))
            for s in _link_text([Span(text)], ENG) if s.href]


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
