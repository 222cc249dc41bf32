"""The pdftotext plain-text reader: hand-made pages and real corpus files."""

from __future__ import annotations

from pathlib import Path

import pytest

from converter.languages import get_language
from converter.readers.blocks import Block, BlockKind, Span
from converter.readers.plain import looks_like_pdftotext, read_plain

ENG = get_language("eng")
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

PAGE_1 = """A/RES/79/999

United Nations

General Assembly

Distr.: General
19 December 2024

Seventy-ninth session
Agenda item 71 (b)
Promotion and protection of human rights: human rights
questions

Resolution adopted by the General Assembly
on 17 December 2024
[on the report of the Third Committee (A/79/458/Add.2, para. 99)]

79/999.

Cooperation in the field of
human rights
The General Assembly,
Reaffirming its commitment to promoting international cooperation, as set forth
in the Charter of the United Nations and the Vienna Declaration adopted on
25 June 1993, 1 for enhancing genuine cooperation among Member States in the field,
Recalling Human Rights Council resolution 56/2 of 10 July 20242 and the resolutions
of the Commission on Human Rights on the enhancement of international cooperation
in the field of human rights and the work of the Council held from 20 to

__________________

A/CONF.157/24 (Part I), chap. III.
See Official Records of the General Assembly, Seventy-ninth Session, Supplement
No. 53 (A/79/53), chap. V, sect. A.
1
2

24-24160 (E)

*2424160*

"""

PAGE_2 = """Cooperation in the field of
human rights

A/RES/79/999

24 April 2009, and its role in the enhancement of international cooperation,
1.
Reaffirms that it is one of the purposes of the United Nations to promote, protect
and encourage respect for all human rights;
2. Decides to continue its consideration of the question at its eightieth session.

53rd plenary meeting
17 December 2024

2/2

24-24160

Please recycle
"""

SAMPLE = PAGE_1 + "\f" + PAGE_2 + "\f"


def _texts(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks if b.kind is BlockKind.TEXT]


def test_hand_made_document() -> None:
    doc = read_plain(SAMPLE, ENG)
    assert doc.fmt == "plain"
    assert doc.pages == 2
    assert doc.symbol_hint == "A/RES/79/999"
    assert _texts(doc.blocks) == [
        "A/RES/79/999",
        "United Nations",
        "General Assembly",
        "Distr.: General",
        "19 December 2024",
        "Seventy-ninth session",
        "Agenda item 71 (b)",
        "Promotion and protection of human rights: human rights questions",
        "Resolution adopted by the General Assembly on 17 December 2024",
        "[on the report of the Third Committee (A/79/458/Add.2, para. 99)]",
        "79/999. Cooperation in the field of human rights",
        "The General Assembly,",
        "Reaffirming its commitment to promoting international cooperation, as set forth "
        "in the Charter of the United Nations and the Vienna Declaration adopted on "
        "25 June 1993,1 for enhancing genuine cooperation among Member States in the field,",
        "Recalling Human Rights Council resolution 56/2 of 10 July 20242 and the resolutions "
        "of the Commission on Human Rights on the enhancement of international cooperation "
        "in the field of human rights and the work of the Council held from 20 to",
        "24 April 2009, and its role in the enhancement of international cooperation,",
        "1. Reaffirms that it is one of the purposes of the United Nations to promote, "
        "protect and encourage respect for all human rights;",
        "2. Decides to continue its consideration of the question at its eightieth session.",
        "53rd plenary meeting",
        "17 December 2024",
    ]
    text = [b for b in doc.blocks if b.kind is BlockKind.TEXT]
    assert text[12].spans == [
        Span("Reaffirming its commitment to promoting international cooperation, as set forth "
             "in the Charter of the United Nations and the Vienna Declaration adopted on "
             "25 June 1993,"),
        Span("1", note_ref=True),
        Span(" for enhancing genuine cooperation among Member States in the field,"),
    ]
    assert text[13].spans[1] == Span("2", note_ref=True)
    assert text[13].spans[0].text.endswith("10 July 2024")
    # the paragraph cut by the page break continues; the others start
    assert [b.starts_paragraph for b in text[14:]] == [False, True, True, True, False]
    assert all(b.page == 2 for b in text[14:])
    assert not any(s.italic for b in doc.blocks for s in b.spans)
    notes = [b for b in doc.blocks if b.kind is BlockKind.FOOTNOTE]
    assert [(b.marker, b.text, b.page) for b in notes] == [
        ("1", "A/CONF.157/24 (Part I), chap. III.", 1),
        ("2", "See Official Records of the General Assembly, Seventy-ninth Session, "
              "Supplement No. 53 (A/79/53), chap. V, sect. A.", 1),
    ]


def test_separated_markers_before_texts_and_star_note() -> None:
    page = """A/C.1/80/L.99

United Nations

General Assembly

Distr.: Limited
10 October 2025
Original: English

Eightieth session

First Committee
Agenda item 99 (d)
General and complete disarmament
Indonesia:* draft resolution

Relationship between disarmament and development
The General Assembly,
Recalling the Final Document of the Tenth Special Session of the General Assembly
concerning the relationship between disarmament and development, 1 as well as the
Final Document of the International Conference on the Relationship between
Disarmament and Development, 2

__________________

* On behalf of the States Members of the United Nations that are members of the Movement of
Non-Aligned Countries.
1
See resolution S-10/2.
2
See A/CONF.130/39.

25-16427 (E)

161025

*2516427*
"""
    doc = read_plain(page + "\f", ENG)
    notes = [(b.marker, b.text) for b in doc.blocks if b.kind is BlockKind.FOOTNOTE]
    assert notes == [
        ("*", "On behalf of the States Members of the United Nations that are members of the "
              "Movement of Non-Aligned Countries."),
        ("1", "See resolution S-10/2."),
        ("2", "See A/CONF.130/39."),
    ]
    sponsor = next(b for b in doc.blocks if b.text.startswith("Indonesia"))
    assert sponsor.spans == [Span("Indonesia:"), Span("*", note_ref=True),
                             Span(" draft resolution")]
    body = _texts(doc.blocks)[-1]
    assert body.startswith("Recalling the Final Document") and body.endswith("Development,2")
    assert "Relationship between disarmament and development" in _texts(doc.blocks)


def test_looks_like_pdftotext() -> None:
    assert looks_like_pdftotext(SAMPLE)
    assert not looks_like_pdftotext("The General Assembly,\n\n1. *Decides* to act;\n")


# --- real corpus files --------------------------------------------------------------


def _corpus_file(name: str) -> str:
    path = CORPUS / "text" / "plain" / name
    if not path.is_file():
        pytest.skip(f"corpus file {path} is absent")
    return path.read_text(encoding="utf-8")


def test_corpus_a_res_79_166() -> None:
    doc = read_plain(_corpus_file("A_RES_79_166.txt"), ENG)
    assert doc.symbol_hint == "A/RES/79/166"
    texts = _texts(doc.blocks)
    assert texts[:12] == [
        "A/RES/79/166",
        "United Nations",
        "General Assembly",
        "Distr.: General",
        "19 December 2024",
        "Seventy-ninth session",
        "Agenda item 71 (b)",
        "Promotion and protection of human rights: human rights questions, including "
        "alternative approaches for improving the effective enjoyment of human rights and "
        "fundamental freedoms",
        "Resolution adopted by the General Assembly on 17 December 2024",
        "[on the report of the Third Committee (A/79/458/Add.2, para. 99)]",
        "79/166. Enhancement of international cooperation in the field of human rights",
        "The General Assembly,",
    ]
    notes = [b for b in doc.blocks if b.kind is BlockKind.FOOTNOTE]
    assert [b.marker for b in notes] == ["1", "2", "3", "4", "5", "6"]
    assert notes[0].text == "A/CONF.157/24 (Part I), chap. III."
    assert notes[1].text == "Resolution 55/2."
    assert notes[2].text == ("See Official Records of the General Assembly, Seventy-ninth "
                             "Session, Supplement No. 53 (A/79/53), chap. V, sect. A.")
    assert notes[5].text == "See E/CN.4/2001/2-E/CN.4/Sub.2/2000/46, chap. II, sect. A."
    first = next(b for b in doc.blocks if b.text.startswith("Reaffirming its commitment"))
    assert first.spans[0].text.endswith("on 25 June 1993,")
    assert first.spans[1] == Span("1", note_ref=True)
    assert first.spans[2].text.startswith(" for enhancing genuine cooperation")
    recalling = next(b for b in doc.blocks if b.text.startswith("Recalling also"))
    assert [s.text for s in recalling.spans if s.note_ref] == ["2", "3"]
    assert "10 July 2024" in recalling.spans[2].text
    operative = [t for t in texts if t[:1].isdigit() and ". " in t[:4]]
    assert [t.split(" ", 1)[0] for t in operative] == [f"{n}." for n in range(1, 18)]
    assert operative[-1] == ("17. Decides to continue its consideration of the question at "
                             "its eightieth session.")
    assert texts[-2:] == ["53rd plenary meeting", "17 December 2024"]
    cont = next(b for b in doc.blocks if b.text.startswith("24 April 2009"))
    assert cont.starts_paragraph is False and cont.page == 2


def test_corpus_draft_with_star_note() -> None:
    doc = read_plain(_corpus_file("A_C.1_80_L.11.txt"), ENG)
    notes = [(b.marker, b.text) for b in doc.blocks if b.kind is BlockKind.FOOTNOTE]
    assert [m for m, _ in notes] == ["*", "1", "2", "3", "4", "5"]
    assert notes[0][1].startswith("On behalf of the States Members")
    assert _texts(doc.blocks)[8:11] == [
        "Agenda item 99 (d)",
        "General and complete disarmament: relationship between disarmament and development",
        "Indonesia:* draft resolution",
    ]


def test_corpus_every_file_has_symbol_and_text() -> None:
    """Speed is measured by `make bench`, not here."""
    folder = CORPUS / "text" / "plain"
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not files:
        pytest.skip("corpus absent")
    for path in files:
        doc = read_plain(path.read_text(encoding="utf-8"), ENG)
        assert doc.symbol_hint is not None, path.name
        assert any(b.kind is BlockKind.TEXT for b in doc.blocks), path.name


def _paragraphs(lines: list[str], width: int = 88) -> list[str]:
    from converter.readers.plain_paragraphs import split_paragraphs
    return [p.text for p in split_paragraphs(lines, ENG, width)]


def test_justified_line_split_into_one_word_lines_is_rejoined() -> None:
    assert _paragraphs([
        "2. Takes note of the report;",
        "3.", "Strongly", "encourages", "Governments,", "intergovernmental", "and",
        "non-governmental organizations, major groups and other donors to contribute in a",
        "timely manner to the trust fund;",
    ]) == [
        "2. Takes note of the report;",
        "3. Strongly encourages Governments, intergovernmental and non-governmental "
        "organizations, major groups and other donors to contribute in a timely manner to "
        "the trust fund;",
    ]


def test_a_last_sentence_with_its_note_marker_is_no_heading() -> None:
    # "… for Peace. 12": a stop before a note marker, and the paragraph goes on to its end
    assert _paragraphs([
        "33. The United Nations has an indispensable role, supported by efforts to rebuild trust,",
        "deepen international cooperation, including through the intensified use of diplomacy.",
        "We take note of the New Agenda for Peace. 12", "Action 13. We will redouble our efforts."],
        width=84) == [
        "33. The United Nations has an indispensable role, supported by efforts to rebuild trust, "
        "deepen international cooperation, including through the intensified use of diplomacy. We "
        "take note of the New Agenda for Peace. 12",
        "Action 13. We will redouble our efforts."]


def test_a_lone_label_with_its_word_joins_its_text() -> None:
    # pdftotext sets "Item 1." apart from its text, as it does "1."
    assert _paragraphs(["Draft programme of work", "Item 1.", "", "Social development:",
                        "(a)", "", "Implementation of the outcome of the World Summit;"]) == [
        "Draft programme of work", "Item 1. Social development:",
        "(a) Implementation of the outcome of the World Summit;"]


def _marked(text: str, markers: list[str]) -> tuple[list[tuple[str, bool]], list[str]]:
    from converter.readers.plain_markers import attach_markers
    blocks = [Block([Span(text)])]
    missing = attach_markers(blocks, markers, ENG)
    return [(s.text, s.note_ref) for s in blocks[0].spans], missing


def test_note_marker_glued_to_the_next_word_is_found() -> None:
    assert _marked("on a non-objection basis 1no later than July 2025", ["1"]) == (
        [("on a non-objection basis ", False), ("1", True), ("no later than July 2025", False)],
        [])


def test_markers_are_found_past_the_numbers_they_are_not() -> None:
    # the marker's digits written first in a symbol, a date and a range; then glued to a year
    # (the match starts four digits before it) and after a wide gap (it starts at the gap)
    assert _marked("Recalling resolution 72/2 of 2 December 20172 and decision 3-5 of  2018,  3 "
                   "the Assembly 3", ["2", "3"]) == ([
                       ("Recalling resolution 72/2 of 2 December 2017", False), ("2", True),
                       (" and decision 3-5 of  2018,", False), ("3", True),
                       (" the Assembly 3", False)], [])


def test_ordinal_is_no_marker_glued_to_a_word() -> None:
    assert _marked("at its 1st meeting", ["1"]) == ([("at its 1st meeting", False)], ["1"])


def test_heading_before_a_lone_label_after_a_note_marker_is_its_own_paragraph() -> None:
    assert _paragraphs([
        "5. Takes note of the report of the Secretary-General on the budget",
        "performance of the Support Office for the period from 1 July 2023 to 30 June 2024; 3",
        "Budget estimates for the period from 1 July 2025 to 30 June 2026 for the Office",
        "6.",
        "Decides to appropriate to the special account the amount of 1 dollar;",
    ]) == [
        "5. Takes note of the report of the Secretary-General on the budget performance of "
        "the Support Office for the period from 1 July 2023 to 30 June 2024; 3",
        "Budget estimates for the period from 1 July 2025 to 30 June 2026 for the Office",
        "6. Decides to appropriate to the special account the amount of 1 dollar;",
    ]


def test_heading_before_a_labelled_line_is_its_own_paragraph() -> None:
    assert _paragraphs([
        "13. Decides to appropriate to the special account the amount of 1 dollar for the",
        "maintenance of the Force and for the United Nations Logistics Base at Brindisi, Italy;",
        "Financing of the appropriation for the period from 1 July 2025 to 30 June 2026",
        "14. Decides to apportion among Member States the amount of 2 dollars;",
    ]) == [
        "13. Decides to appropriate to the special account the amount of 1 dollar for the "
        "maintenance of the Force and for the United Nations Logistics Base at Brindisi, Italy;",
        "Financing of the appropriation for the period from 1 July 2025 to 30 June 2026",
        "14. Decides to apportion among Member States the amount of 2 dollars;",
    ]


def test_page_after_a_note_marker_starts_with_a_heading() -> None:
    page_2 = PAGE_2.replace(
        "24 April 2009, and its role in the enhancement of international cooperation,\n",
        "Budget estimates for the period from 1 July 2025 to 30 June 2026\n")
    doc = read_plain(PAGE_1.replace("held from 20 to", "held from 20 to 24 April 2009; 2")
                     + "\f" + page_2 + "\f", ENG)
    texts = _texts(doc.blocks)
    at = texts.index("Budget estimates for the period from 1 July 2025 to 30 June 2026")
    assert texts[at - 1].endswith("held from 20 to 24 April 2009; 2")
    assert texts[at + 1].startswith("1. Reaffirms")
    assert doc.blocks[[b.text for b in doc.blocks].index(texts[at])].starts_paragraph


def test_spaced_suspended_hyphen_is_closed_up_but_not_one_after_a_conjunction() -> None:
    from converter.readers.plain_text import join_lines, mend_plain_hyphens
    joined = join_lines(["in low - and middle-income countries, micro -, small and",
                         "medium-sized enterprises, country-owned and -driven plans"])
    assert mend_plain_hyphens(joined, get_language("eng")) == (
        "in low- and middle-income countries, micro-, small and medium-sized enterprises, "
        "country-owned and -driven plans")


def test_preambular_phrase_after_a_section_title_starts_a_paragraph() -> None:
    assert _paragraphs([
        "19. Encourages the Unit to promote a culture of efficiency within the Unit;",
        "II",
        "Review of consideration of and action taken on the reports and recommendations",
        "of the Joint Inspection Unit by United Nations system organizations",
        "Having considered the note by the Secretary-General drawing attention to the",
        "report of the Unit,",
    ]) == [
        "19. Encourages the Unit to promote a culture of efficiency within the Unit;",
        "II",
        "Review of consideration of and action taken on the reports and recommendations "
        "of the Joint Inspection Unit by United Nations system organizations",
        "Having considered the note by the Secretary-General drawing attention to the "
        "report of the Unit,",
    ]


def test_being_opens_a_preambular_paragraph() -> None:
    assert _paragraphs([
        "Stressing that confidence-building measures would make an essential contribution to",
        "the creation of multilateral and bilateral friendly relations among peoples and nations,",
        "Being gravely concerned at the continuous and progressive erosion of multilateralism,",
    ]) == [
        "Stressing that confidence-building measures would make an essential contribution to "
        "the creation of multilateral and bilateral friendly relations among peoples and nations,",
        "Being gravely concerned at the continuous and progressive erosion of multilateralism,",
    ]


def test_enumeration_run_into_the_sentence_is_no_list_item() -> None:
    assert _paragraphs([
        "(b) Continue discussions within the current working group and to submit recommendations",
        "in the final report of the working group to be adopted in July 2025 on all the following:",
        "(i) modalities on the participation of other interested parties and stakeholders;",
        "and (ii) other elements as required;",
        "(c) Recommend that the mechanism would facilitate the initiatives;",
    ]) == [
        "(b) Continue discussions within the current working group and to submit recommendations "
        "in the final report of the working group to be adopted in July 2025 on all the following: "
        "(i) modalities on the participation of other interested parties and stakeholders; "
        "and (ii) other elements as required;",
        "(c) Recommend that the mechanism would facilitate the initiatives;",
    ]


def test_lone_label_printed_between_running_head_and_symbol_is_kept() -> None:
    page_2 = PAGE_2.replace("A/RES/79/999\n\n24 April 2009, and its role in the enhancement of "
                            "international cooperation,\n1.\n",
                            "1.\n\nA/RES/79/999\n\n")
    doc = read_plain(PAGE_1.replace("held from 20 to", "held from 20 to 24 April 2009,")
                     + "\f" + page_2 + "\f", ENG)
    texts = _texts(doc.blocks)
    assert "Cooperation in the field of human rights" not in texts
    assert texts[-4].startswith("1. Reaffirms that it is one of the purposes")


def test_a_lone_division_label_starts_a_paragraph_but_not_a_sentence_about_an_article() -> None:
    assert _paragraphs([
        "Recalling its resolution 1970 (XVIII), in which it requested the Committee to study",
        "the information transmitted to the Secretary-General in accordance with",
        "Article 73 e of the Charter of the United Nations,",
        "Chapter I",
        "General provisions",
        "Article 1",
        "Statement of purpose",
    ]) == [
        "Recalling its resolution 1970 (XVIII), in which it requested the Committee to study the "
        "information transmitted to the Secretary-General in accordance with Article 73 e of the "
        "Charter of the United Nations,",
        "Chapter I", "General provisions", "Article 1", "Statement of purpose"]
