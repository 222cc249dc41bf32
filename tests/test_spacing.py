"""Spaced digit ranges and hyphen-space breaks, closed up by both text readers."""

from __future__ import annotations

from converter.readers.markdown import read_markdown
from converter.readers.plain_text import join_lines, normalize
from converter.readers.spacing import close_dashes


def test_spaced_dash_between_digits_is_closed():
    assert close_dashes("the 2015 – 2030 period, 6 –12 March and 2024– 2034") == (
        "the 2015–2030 period, 6–12 March and 2024–2034")


def test_dash_between_words_keeps_its_spaces():
    assert close_dashes("Geneva – 12 March; the Plan – adopted") == (
        "Geneva – 12 March; the Plan – adopted")


def test_hyphen_space_inside_a_word_is_closed():
    assert close_dashes("the Non- Proliferation Treaty and non- governmental bodies") == (
        "the Non-Proliferation Treaty and non-governmental bodies")


def test_suspended_hyphens_keep_their_space():
    text = "low- and middle-income, short- or long-term, pre- to post-war, neither age- nor sex-"
    assert close_dashes(text) == text


def test_plain_reader_closes_both_across_lines():
    assert join_lines(["Sendai Framework 2015 –", "2030 and the Non-", "Proliferation Treaty"]) == (
        "Sendai Framework 2015–2030 and the Non-Proliferation Treaty")
    assert normalize("co- hosted in low- and middle-income countries") == (
        "co-hosted in low- and middle-income countries")


def test_markdown_reader_closes_both():
    doc = read_markdown("Held in Cairo, 5 – 13 September 1994, by non- governmental bodies.\n")
    assert [b.text for b in doc.blocks] == [
        "Held in Cairo, 5–13 September 1994, by non-governmental bodies."]
