"""`akn diff`: paragraphs aligned by text, not position; changes named as a delegate names them."""

from __future__ import annotations

import json

import pytest

from converter.diff import compare_trees
from converter.pipeline import convert_file
from tests.conftest import CONVERTED, SAMPLES
from tests.mdgen import masthead
from tests.test_cli_convert import akn

PREAMBLE = ["*Recalling* its resolution 78/1 on cooperation,",
            "*Noting* the report of the Secretary-General on the question,",
            "*Stressing* the role of regional organizations in conflict prevention,"]
OPERATIVE = [
    "*Welcomes* the progress made by Member States in sharing information on fisheries;",
    "*Calls upon* all States to ratify the Convention without delay;",
    "*Requests* the Secretary-General to submit a report on the implementation of the present "
    "resolution to the General Assembly at its eightieth session;",
    "*Encourages* regional bodies to strengthen their cooperation with the United Nations;",
    "*Decides* to include in the provisional agenda of its eightieth session the item entitled "
    "“Oceans and the law of the sea”.",
]


def resolution(tmp_path, name: str, preamble: list[str], operative: list[str]):
    """A resolution in the markdown dialect, converted: the XML tree."""
    body = "\n\n".join(preamble) + "\n\n" + "\n\n".join(
        f"{n}. {text}" for n, text in enumerate(operative, 1))
    source = tmp_path / f"{name}.md"
    source.write_text(masthead("79/995", "Oceans") + body + "\n", encoding="utf-8")
    return convert_file(source, converted=CONVERTED).tree


def described(comparison) -> list[str]:
    return [c.describe(comparison.old_name) for c in comparison.changes]


def test_identical_documents_have_no_change(tmp_path):
    old = resolution(tmp_path, "old", PREAMBLE, OPERATIVE)
    comparison = compare_trees(old, old)
    assert comparison.changes == [] and comparison.masthead == []


def test_an_inserted_paragraph_renumbers_the_rest_without_changing_them(tmp_path):
    old = resolution(tmp_path, "old", PREAMBLE, OPERATIVE)
    inserted = "*Invites* the specialized agencies to contribute to the work of the Meeting;"
    new = resolution(tmp_path, "new", PREAMBLE, [*OPERATIVE[:1], inserted, *OPERATIVE[1:]])
    comparison = compare_trees(old, new)
    assert described(comparison) == [
        "operative paragraph 2 added",
        "operative paragraph 3 (formerly 2) renumbered",
        "operative paragraph 4 (formerly 3) renumbered",
        "operative paragraph 5 (formerly 4) renumbered",
        "operative paragraph 6 (formerly 5) renumbered",
    ]
    assert comparison.counts() == {"added": 1, "deleted": 0, "changed": 0, "moved": 0,
                                   "renumbered": 4}


def test_a_reworded_renumbered_paragraph_shows_its_words(tmp_path):
    old = resolution(tmp_path, "old", PREAMBLE, OPERATIVE)
    reworded = OPERATIVE[2].replace("eightieth session", "eighty-first session")
    new = resolution(tmp_path, "new", PREAMBLE, [OPERATIVE[0], reworded, *OPERATIVE[3:]])
    comparison = compare_trees(old, new)
    assert described(comparison) == [  # in reading order: the deletion where it was
        "operative paragraph 2 deleted",
        "operative paragraph 2 (formerly 3) changed",
        "operative paragraph 3 (formerly 4) renumbered",
        "operative paragraph 4 (formerly 5) renumbered",
    ]
    change = comparison.changes[1]
    assert [w for w in change.words if w[0] != "="] == [("-", "eightieth"), ("+", "eighty-first")]
    assert (change.old.eid, change.new.eid) == ("para_3", "para_2")


def test_a_moved_paragraph_is_one_move_not_a_deletion_and_an_addition(tmp_path):
    old = resolution(tmp_path, "old", PREAMBLE, OPERATIVE)
    new = resolution(tmp_path, "new", [PREAMBLE[2], *PREAMBLE[:2]], OPERATIVE)
    comparison = compare_trees(old, new)
    assert described(comparison) == ["preambular paragraph 1 (formerly 3) moved"]
    assert comparison.counts()["moved"] == 1


def test_an_operative_paragraph_moved_up_keeps_its_eids_in_json(tmp_path):
    old = resolution(tmp_path, "old", PREAMBLE, OPERATIVE)
    new = resolution(tmp_path, "new", PREAMBLE, [OPERATIVE[0], OPERATIVE[3], *OPERATIVE[1:3],
                                                 OPERATIVE[4]])
    comparison = compare_trees(old, new)
    assert described(comparison) == [
        "operative paragraph 2 (formerly 4) moved",
        "operative paragraph 3 (formerly 2) renumbered",
        "operative paragraph 4 (formerly 3) renumbered",
    ]
    moved = comparison.changes[0].as_dict(comparison.old_name)
    assert (moved["old"]["eId"], moved["new"]["eId"]) == ("para_4", "para_2")
    assert moved["old"]["text"] == moved["new"]["text"] == OPERATIVE[3].replace("*", "")
    assert moved["text_changed"] is False and moved["words"] == []


def test_a_deleted_sub_item_is_named_by_its_paragraph(tmp_path):
    items = ["(a) To collect data on fish stocks;", "(b) To share the data with coastal States;",
             "(c) To report on progress every year;"]
    with_list = [OPERATIVE[0], "*Requests* the Secretariat:\n\n" + "\n\n".join(items),
                 *OPERATIVE[2:]]
    old = resolution(tmp_path, "old", PREAMBLE, with_list)
    new = resolution(tmp_path, "new", PREAMBLE, [OPERATIVE[0], "*Requests* the Secretariat:\n\n"
                                                 + items[0] + "\n\n" + items[2].replace("(c)", "(b)"),
                                                 *OPERATIVE[2:]])
    comparison = compare_trees(old, new)
    assert described(comparison) == ["operative paragraph 2 (b) deleted",
                                     "operative paragraph 2 (b) (formerly 2 (c)) renumbered"]
    deleted = comparison.changes[0]
    assert deleted.old.text == "To share the data with coastal States;"
    assert comparison.counts()["deleted"] == 1


def test_a_changed_footnote_and_an_added_preambular_paragraph(tmp_path):
    noted = [PREAMBLE[0].replace("cooperation,", "cooperation,¹") + "\n\n¹ See A/78/1.",
             *PREAMBLE[1:]]
    old = resolution(tmp_path, "old", noted, OPERATIVE)
    added = "*Mindful* of the need to protect marine biodiversity beyond national jurisdiction,"
    new_noted = [noted[0].replace("A/78/1", "A/79/1"), noted[1], added, noted[2]]
    new = resolution(tmp_path, "new", new_noted, OPERATIVE)
    comparison = compare_trees(old, new)
    assert described(comparison) == [
        "preambular paragraph 3 added",  # preambular paragraphs are unnumbered: none renumbered
        "footnote 1 changed",
    ]
    assert comparison.counts(footnotes=True)["changed"] == 1


def test_a_footnote_citing_another_report_is_the_same_footnote_changed(tmp_path):
    """Recurring resolutions cite the new session's report under the same marker."""
    noted = [PREAMBLE[0].replace("cooperation,", "cooperation,¹") + "\n\n¹ A/77/298.",
             *PREAMBLE[1:]]
    old = resolution(tmp_path, "old", noted, OPERATIVE)
    new = resolution(tmp_path, "new", [noted[0].replace("A/77/298", "A/79/194"), *noted[1:]],
                     OPERATIVE)
    [change] = compare_trees(old, new).changes
    assert change.describe() == "footnote 1 changed"
    assert [w for w in change.words if w[0] != "="] == [("-", "77"), ("+", "79"), ("-", "298"),
                                                         ("+", "194")]


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    out = tmp_path_factory.mktemp("samples")
    draft, adopted = out / "draft.xml", out / "adopted.xml"
    assert akn("convert", SAMPLES / "A_C.3_79_L.23-draft.txt", "-o", draft).returncode == 0
    assert akn("convert", SAMPLES / "A_RES_79_166.txt", "-o", adopted).returncode == 0
    return draft, adopted


def test_draft_against_adopted_sample(samples):
    """Read side by side, the draft and A/RES/79/166 carry the same 13 preambular and 17
    operative paragraphs word for word, and the same footnotes 1-6; the draft's note on its
    sponsor ("* On behalf of ... Non-Aligned Countries") and its sponsors line are gone, and
    the masthead changes from a Third Committee draft to an adopted resolution."""
    draft, adopted = samples
    run = akn("diff", draft, adopted, "--format", "json")
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["summary"]["paragraphs"] == {"added": 0, "deleted": 0, "changed": 0,
                                               "moved": 0, "renumbered": 0}
    assert report["summary"]["footnotes"] == {"added": 0, "deleted": 1, "changed": 0,
                                              "moved": 0, "renumbered": 0}
    [note] = report["changes"]
    assert note["description"] == "footnote * deleted"
    assert note["old"]["eId"] == "authorialNote_1" and note["new"] is None
    assert note["old"]["text"].startswith("On behalf of the States Members")
    assert report["sponsors"] == {"added": [], "removed": ["Cuba", "Russian Federation"]}
    masthead = {m["field"]: (m["old"], m["new"]) for m in report["masthead"]}
    assert masthead["status"] == ("draftResolution", "resolution")
    assert masthead["symbol"] == ("A/C.3/79/L.23", "A/RES/79/166")
    assert masthead["distribution"] == ("Distr.: Limited", "Distr.: General")
    assert masthead["date"] == ("31 October 2024", "19 December 2024")
    assert masthead["adoption"] == (None, "53rd plenary meeting 17 December 2024")


def test_text_and_html_formats_and_bad_input(samples, tmp_path):
    draft, adopted = samples
    text = akn("diff", draft, adopted).stdout
    assert text.splitlines()[:2] == [
        "A/C.3/79/L.23 -> A/RES/79/166",
        "paragraphs: 0 added, 0 deleted, 0 changed, 0 moved, 0 renumbered; footnotes: 1 deleted"]
    out = tmp_path / "d.html"
    assert akn("diff", draft, adopted, "--format", "html", "-o", out).returncode == 0
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page and "footnote * deleted" in page
    missing = akn("diff", tmp_path / "nope.xml", adopted)
    assert missing.returncode == 4 and missing.stderr.startswith("error: ")
    assert "nope.xml: cannot read file" in missing.stderr
    assert akn("diff", draft, adopted, "--format", "pdf").returncode == 2


def test_a_revised_draft_names_the_sponsors_it_adds(samples, tmp_path):
    draft, _ = samples
    text = (SAMPLES / "A_C.3_79_L.23-draft.txt").read_text(encoding="utf-8")
    revised = tmp_path / "A_C.3_79_L.23_Rev.1.txt"
    revised.write_text(text.replace("Cuba* and Russian Federation: draft resolution",
                                    "Belarus, Cuba* and Russian Federation: revised draft "
                                    "resolution").replace("A/C.3/79/L.23", "A/C.3/79/L.23/Rev.1"),
                       encoding="utf-8")
    out = tmp_path / "rev.xml"
    assert akn("convert", revised, "--symbol", "A/C.3/79/L.23/Rev.1", "-o", out).returncode == 0
    report = json.loads(akn("diff", draft, out, "--format", "json").stdout)
    assert report["sponsors"] == {"added": ["Belarus"], "removed": []}
    assert report["changes"] == []


def test_parts_of_a_collection_and_articles_of_any_akn_document_are_named():
    from tests.test_render import akn_doc

    def act(articles: list[str]):
        body = "".join(f'<article eId="art_{n}"><num>Article {n}</num><content><p>{text}</p>'
                       f"</content></article>" for n, text in enumerate(articles, 1))
        return akn_doc(f"<body>{body}</body>", kind="act", name="act")

    rules = ["Scope of the Act.", "Definitions of the terms used.", "Entry into force."]
    comparison = compare_trees(act(rules), act([rules[0], rules[2]]))
    assert described(comparison) == ["Article 2 deleted",
                                     "Article 2 (formerly Article 3) renumbered"]

    def collection(second: str):
        parts = "".join(
            f'<component eId="component_{n}"><statement name="resolution"><preface><p>'
            f'<docNumber>{letter}</docNumber></p></preface><mainBody><paragraph eId="para_1">'
            f"<num>1.</num><content><p>{text}</p></content></paragraph></mainBody></statement>"
            f"</component>" for n, (letter, text) in enumerate(
                [("A", "Decides to act on oceans."), ("B", second)], 1))
        return akn_doc(f"<collectionBody>{parts}</collectionBody>", kind="documentCollection",
                       name="publication")

    comparison = compare_trees(collection("Requests a report on fisheries."),
                               collection("Requests a report on fisheries and oceans."))
    assert described(comparison) == ["part B, operative paragraph 1 changed"]


def test_a_draft_is_named_as_the_draft():
    from converter.diff import Document, Unit, compare_documents
    from converter.diff.units import OPERATIVE

    old = Document([Unit(OPERATIVE, 0, "11", "para_11", "Calls upon States to act.")],
                   name="draftResolution")
    new = Document([Unit(OPERATIVE, 0, "1", "para_1", "Welcomes the report."),
                    Unit(OPERATIVE, 0, "12", "para_12", "Calls upon all States to act.")],
                   name="resolution")
    comparison = compare_documents(old, new)
    assert described(comparison) == ["operative paragraph 1 added",
                                     "operative paragraph 12 (draft 11) changed"]
    assert comparison.changes[1].words == [("=", "Calls upon"), ("+", " all"),
                                           ("=", " States to act.")]
