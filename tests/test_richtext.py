"""Rich-text operations the segmentation relies on."""

from __future__ import annotations

from converter.readers.blocks import Span
from converter.segmentation.model import Note
from converter.segmentation.richtext import italicize_prefix, join, merge_adjacent, split_at, strip


def test_merge_keeps_styles_apart_and_joins_equal_ones():
    merged = merge_adjacent([Span("Recalling", italic=True), Span(" also", italic=True),
                             Span(" its"), Span(" resolution ")])
    assert merged == [Span("Recalling also", italic=True), Span(" its resolution ")]


def test_merge_rejoins_a_link_split_around_a_hyphen():
    url = "https://undocs.org/en/A/RES/S-10/2"
    merged = merge_adjacent([Span("See "), Span("S", href=url), Span("-"), Span("10/2", href=url)])
    assert merged == [Span("See "), Span("S-10/2", href=url)]


def test_merge_never_joins_links_to_other_targets():
    merged = merge_adjacent([Span("70/1", href="u1"), Span("-"), Span("70/2", href="u2")])
    assert merged == [Span("70/1", href="u1"), Span("-"), Span("70/2", href="u2")]


def test_join_adds_one_space_except_after_a_hyphen():
    assert join([Span("from 20 to")], [Span("24 April")]) == [Span("from 20 to 24 April")]
    assert join([Span("well-")], [Span("being")]) == [Span("well-being")]


def test_split_keeps_notes_on_the_left():
    note = Note("1", [Span("A note.")])
    left, right = split_at([Span("1993,"), note, Span(" for all")], 5)
    assert left == [Span("1993,"), note]
    assert right == [Span(" for all")]


def test_strip_and_italicize_prefix():
    assert strip([Span("  "), Span(" Text "), Span(" ")]) == [Span("Text")]
    assert italicize_prefix([Span("Recalling also its")], 14) == [
        Span("Recalling also", italic=True), Span(" its")]
    already = [Span("Recalling", italic=True), Span(" its")]
    assert italicize_prefix(already, 14) == already

