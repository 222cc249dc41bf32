"""Spaced digit ranges and hyphen-space breaks, closed up by both text readers."""

from __future__ import annotations

from converter.languages import get_language
from converter.readers.markdown import read_markdown
from converter.readers.plain_text import join_lines, mend_plain_hyphens
from converter.readers.spacing import close_digit_ranges, mend_hyphens

ENG = get_language("eng")


def test_spaced_dash_between_digits_is_closed():
    assert close_digit_ranges("the 2015 – 2030 period, 6 –12 March and 2024– 2034") == (
        "the 2015–2030 period, 6–12 March and 2024–2034")


def test_dash_between_words_keeps_its_spaces():
    assert close_digit_ranges("Geneva – 12 March; the Plan – adopted") == (
        "Geneva – 12 March; the Plan – adopted")


def test_hyphen_space_inside_a_word_is_closed():
    assert mend_hyphens("the Non- Proliferation Treaty and non- governmental bodies", ENG) == (
        "the Non-Proliferation Treaty and non-governmental bodies")


def test_suspended_hyphens_keep_their_space():
    text = "low- and middle-income, short- or long-term, pre- to post-war, neither age- nor sex-"
    assert mend_hyphens(text, ENG) == text


def test_a_suspended_hyphen_glued_to_its_conjunction_by_a_line_join_gets_its_space():
    assert mend_hyphens("zero-and low-carbon fuels, short-to medium-term, day-to-day", ENG) == (
        "zero- and low-carbon fuels, short- to medium-term, day-to-day")


def test_plain_reader_closes_both_across_lines():
    assert join_lines(["Sendai Framework 2015 –", "2030 and the Non-", "Proliferation Treaty"]) == (
        "Sendai Framework 2015–2030 and the Non-Proliferation Treaty")
    assert mend_plain_hyphens("co- hosted in low- and middle-income countries", ENG) == (
        "co-hosted in low- and middle-income countries")


def test_markdown_reader_closes_both():
    doc = read_markdown("Held in Cairo, 5 – 13 September 1994, by non- governmental bodies.\n",
                        ENG)
    assert [b.text for b in doc.blocks] == [
        "Held in Cairo, 5–13 September 1994, by non-governmental bodies."]
