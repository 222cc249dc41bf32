"""The markdown dialect's reader: paragraphs cut by page breaks the text does not mark."""

from __future__ import annotations

from converter.languages import get_language
from converter.readers.markdown import read_markdown
from converter.segmentation.paragraphs import join_paragraphs

ENG = get_language("eng")
CUT = ("(a) Ensures that the work of the Peacebuilding Commission, in its advisory role and "
       "within its mandate, complements and does not duplicate the response of the United")


def _paragraphs(text: str) -> list[str]:
    return [p.plain for p in join_paragraphs(read_markdown(text, ENG).blocks, ENG)[0]]


def test_a_long_line_cut_without_punctuation_continues_after_a_single_blank_line():
    assert len(CUT) > 150
    text = f"{CUT}\n\nNations principal organs and the Security Council;\n\n(b) Reports annually;\n"
    assert _paragraphs(text) == [
        f"{CUT} Nations principal organs and the Security Council;", "(b) Reports annually;"]


def test_a_long_title_without_punctuation_stays_apart_from_the_formula():
    title = ("79/115. Implementation of the Declaration on the Granting of Independence to Colonial "
             "Countries and Peoples: eradicating colonialism in all its forms and manifestations")
    assert len(title) > 150
    assert _paragraphs(f"{title}\n\nThe General Assembly,\n\nRecalling its resolutions,\n") == [
        title, "The General Assembly,", "Recalling its resolutions,"]


def test_a_line_ending_in_a_note_marker_is_not_cut_short():
    line = ("Having considered the note by the Secretary-General drawing attention to the report of "
            "the Joint Inspection Unit entitled “Review of consideration of and action taken”⁴")
    text = f"{line}\n\nTakes note of the notes by the Secretary-General.\n\n⁴ A/79/717.\n"
    assert _paragraphs(text) == [line.rstrip("⁴") + "4",
                                 "Takes note of the notes by the Secretary-General."]


def test_a_preambular_paragraph_cut_without_punctuation_continues():
    cut = ("Taking note of the report “What are healthy diets? Joint statement by the Food and "
           "Agriculture Organization and the World Health")
    text = f"{cut}\n\nOrganization (2024)” by both organizations,\n\n*Recalling* its resolutions,\n"
    assert _paragraphs(text) == [f"{cut} Organization (2024)” by both organizations,",
                                 "*Recalling* its resolutions,".replace("*", "")]


def test_the_rule_above_the_footnotes_is_no_text():
    text = ("*The General Assembly*,\n\n*Recalling* its resolution 70/1,¹\n\n1. *Decides* to act.\n\n"
            "__________________\n\n¹ See A/70/1.\n")
    blocks = read_markdown(text, ENG).blocks
    assert [(b.kind.value, b.text) for b in blocks] == [
        ("text", "The General Assembly,"), ("text", "Recalling its resolution 70/1,1"),
        ("text", "1. Decides to act."), ("footnote", "See A/70/1.")]


def test_a_note_marker_glued_to_the_next_word_gives_the_word_space_back():
    # "basis¹no later": the rendering lost the space after the marker; Chinese sets none
    from converter.readers.inline_md import parse_inline

    spans, _ = parse_inline("on a non-objection basis¹no later than July 2025")
    assert [(s.text, s.note_ref) for s in spans] == [
        ("on a non-objection basis", False), ("1", True), (" no later than July 2025", False)]
    spans, _ = parse_inline("第70/1号决议¹和第71/1号决议")
    assert [(s.text, s.note_ref) for s in spans] == [("第70/1号决议", False), ("1", True),
                                                     ("和第71/1号决议", False)]
