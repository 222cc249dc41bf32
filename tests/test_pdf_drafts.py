"""GA draft PDFs of three Main Committees: typed as drafts, with their masthead (corpus)."""

from __future__ import annotations

import pytest

from converter.pipeline import convert_file
from tests.conftest import CONVERTED, text_of, xpath


def convert(corpus, sym: str):
    result = convert_file(corpus / "pdf" / f"{sym}.pdf", converted=CONVERTED)
    assert result.errors == []
    return result.tree


def cover(tree, path: str) -> list[str]:
    return [" ".join(str(v).split()) for v in xpath(tree, path)]


@pytest.mark.parametrize(("sym", "committee", "date", "agenda", "sponsors", "title", "counts"), [
    ("A_C.1_80_L.11", "First Committee", "2025-10-10", "99 (d)",
     "Indonesia: draft resolution", "Relationship between disarmament and development",
     (10, 8, 6)),
    ("A_C.2_80_L.43", "Second Committee", "2025-11-04", "18 (l)",
     "Draft resolution submitted by the Rapporteur of the Committee, Javad Momeni (Islamic "
     "Republic of Iran ), on the basis of informal consultations on draft resolution "
     "A/C.2/80/L.2: draft resolution", "Multidimensional vulnerability index", (1, 5, 0)),
    ("A_C.3_80_L.43", "Third Committee", "2025-11-04", "71 (b)",
     "Egypt, Japan and Mexico: draft resolution", "Terrorism and human rights", (20, 38, 12)),
])
def test_draft_masthead_and_counts(corpus, sym, committee, date, agenda, sponsors, title, counts):
    tree = convert(corpus, sym)
    assert xpath(tree, "/a:akomaNtoso/a:statement/@name") == ["draftResolution"]
    assert cover(tree, "//a:coverPage//a:docNumber/text()") == [sym.replace("_", "/")]
    assert cover(tree, "//a:docStatus/text()") == ["Distr.: Limited"]
    assert cover(tree, "//a:coverPage//a:docDate/@date") == [date]
    assert cover(tree, "//a:inline[@name='originalLanguage']/text()") == ["Original: English"]
    assert cover(tree, "//a:session/@value") == ["80"]
    assert cover(tree, "//a:docCommittee/text()") == [committee]
    assert cover(tree, "//a:inline[@name='agenda item']/@title") == [agenda]
    sponsor_text = xpath(tree, "//a:preface//a:docTitle[@refersTo='#sponsors']"
                               "//text()[not(ancestor::a:authorialNote)]")
    assert " ".join("".join(sponsor_text).split()) == sponsors
    assert [text_of(t) for t in xpath(tree, "//a:preface//a:docTitle[@refersTo='#resolutionTitle']")
            ] == [title]
    work = f"/akn/un/statement/deliberation/unga/{date}/{sym.replace('_', '-')}/!main"
    assert xpath(tree, "//a:FRBRWork/a:FRBRthis/@value") == [work]
    containers = len(xpath(tree, "//a:preamble/a:container"))
    paragraphs = len(xpath(tree, "//a:mainBody//a:paragraph"))
    notes = len(xpath(tree, "//a:authorialNote"))
    assert (containers, paragraphs, notes) == counts
    assert xpath(tree, "//a:conclusions") == []


def test_star_note_kept_as_plain_asterisk_by_the_pdf_becomes_the_sponsor_note(corpus):
    tree = convert(corpus, "A_C.1_80_L.11")
    note = xpath(tree, "//a:docTitle[@refersTo='#sponsors']/a:authorialNote")[0]
    assert note.get("marker") == "*"
    assert text_of(note).startswith("On behalf of the States Members of the United Nations")


def test_amendment_typed_as_its_own_kind(corpus):
    tree = convert(corpus, "A_C.3_80_L.61")
    assert xpath(tree, "/a:akomaNtoso/a:statement/@name") == ["amendment"]
    assert [text_of(n) for n in xpath(tree, "//a:mainBody/a:paragraph/a:num")] == ["1.", "2."]


def test_a_link_drawn_as_several_runs_is_one_link(corpus):
    tree = convert(corpus, "A_C.1_80_L.2")
    links = [(a.get("href"), text_of(a)) for a in xpath(tree, "//a:a[contains(@href, 'CONF.2010/50')]")]
    assert links[:3] == [
        ("https://undocs.org/en/NPT/CONF.2010/50(Vol.I)", "NPT/CONF.2010/50 (Vol. I)"),
        ("https://undocs.org/en/NPT/CONF.2010/50(Vol.II)", "NPT/CONF.2010/50 (Vol. II)"),
        ("https://undocs.org/en/NPT/CONF.2010/50(Vol.III)", "NPT/CONF.2010/50 (Vol. III)")]


def test_a_note_marker_a_link_edge_cuts_in_two_is_one_marker(corpus):
    tree = convert(corpus, "A_C.2_80_L.13")
    assert xpath(tree, "//a:authorialNote/@marker") == ["*", *(str(n) for n in range(1, 18))]
