"""The PDF reader's shortcuts (issue #19) give what the long way gives: run boundaries found
by bisection, the body size, one-run lines, links, the direction of a page, line joins."""

from __future__ import annotations

from converter.readers.pdf.direction import is_right_to_left
from converter.readers.pdf.extract import Page, apply_links
from converter.readers.pdf.lines import make_line
from converter.readers.pdf.reader import body_size
from converter.readers.pdf.runs import Font, Link, Run, _bisect
from converter.readers.script import line_gap

PLAIN = Font("TimesNewRomanPSMT", italic=False, bold=False, barcode=False)
A, B = 1001, 2002   # two text objects (pdfium handles); None: a character pdfium generated


def run(text: str, x0: float, size: float = 10.0, base: float = 700.0) -> Run:
    return Run(text, x0, x0 + 5.0 * len(text), base, size, PLAIN, 0)


def spans(objects: list[int | None]) -> list[tuple[int, int, int]]:
    """Bisect a line whose characters' objects are all known (so pdfium is never asked)."""
    out: list[tuple[int, int, int]] = []
    _bisect(None, list(objects), 0, len(objects), out)   # type: ignore[arg-type]
    return out


def test_bisection_cuts_a_line_where_its_text_object_changes():
    assert spans([A, A, A, B, B]) == [(0, 3, A), (3, 5, B)]
    assert spans([A, A, None, B, B]) == [(0, 2, A), (3, 5, B)]   # a generated space between


def test_a_space_pdfium_generated_inside_one_object_stays_in_its_run():
    assert spans([A, A, None, A, A]) == [(0, 5, A)]


def test_halves_of_one_object_are_joined():
    assert spans([None, A, A, A, A, A, B]) == [(1, 6, A), (6, 7, B)]


def test_body_size_counts_characters_by_size_rounded_and_the_first_met_wins_a_tie():
    lines = [make_line([run("abcd", 72.0, 10.04)]), make_line([run("abcdefgh", 72.0, 12.0, 720.0)]),
             make_line([run("efgh", 72.0, 9.96, 740.0)])]
    assert body_size([Page(1, 600.0, 800.0, lines)]) == 10.0   # 8 characters each: 10 came first
    assert body_size([]) == 10.0


def test_a_line_of_one_run():
    only = run("Recalling", 90.0, 11.0, 300.0)
    given = [only]
    line = make_line(given)
    assert (line.runs, line.base, line.size, line.gaps, line.text) == ([only], 300.0, 11.0, [0.0],
                                                                     "Recalling")
    assert line.runs is not given


def test_only_runs_inside_a_links_band_are_linked():
    link = Link(100.0, 690.0, 160.0, 702.0, "https://undocs.org/A/RES/70/1")
    runs = [run("above", 100.0, base=650.0), run("A/RES/70/1", 100.0, base=700.0),
            run("below", 100.0, base=750.0)]
    linked = apply_links(None, None, runs, [link])   # type: ignore[arg-type]
    assert [r.href for r in linked] == [None, link.uri, None]


def test_a_page_is_right_to_left_only_when_most_of_its_letters_are():
    assert not is_right_to_left([run("The General Assembly,", 72.0)])
    assert is_right_to_left([run("إن الجمعية العامة،", 72.0), run("A/78/1", 200.0)])
    assert not is_right_to_left([run("see", 72.0), run("الجمعية", 100.0), run("Assembly", 160.0)])


def test_line_joins_beside_chinese_have_no_space():
    assert line_gap("the", "Assembly") == " "
    assert line_gap("大会", "决定") == ""
    assert line_gap("Assembly", "决定") == ""
    assert line_gap("é", "b") == " "
