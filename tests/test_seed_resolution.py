"""The adopted seed A/RES/79/166 (markdown dialect), pinned element by element."""

from __future__ import annotations

import pytest

from converter.pipeline import convert_file, serialize
from tests.conftest import CONVERTED, CORPUS, SAMPLES, load_scorer, text_of, xpath

SEED = SAMPLES / "A_RES_79_166.txt"


@pytest.fixture(scope="module")
def result():
    return convert_file(SEED, converted=CONVERTED)


def test_valid_against_official_xsd(result):
    assert result.errors == []


def test_document_type_and_frbr(result):
    tree = result.tree
    assert xpath(tree, "/a:akomaNtoso/a:statement/@name") == ["resolution"]
    base = "/akn/un/statement/deliberation/unga/2024-12-17/79-166"
    assert xpath(tree, "//a:FRBRWork/a:FRBRthis/@value") == [f"{base}/!main"]
    assert xpath(tree, "//a:FRBRWork/a:FRBRuri/@value") == [base]
    assert xpath(tree, "//a:FRBRWork/a:FRBRdate/@date") == ["2024-12-17"]
    assert xpath(tree, "//a:FRBRWork/a:FRBRdate/@name") == ["adoption"]
    assert xpath(tree, "//a:FRBRWork/a:FRBRauthor/@href") == ["#ga"]
    assert xpath(tree, "//a:FRBRExpression/a:FRBRthis/@value") == [f"{base}/eng@/!main"]
    assert xpath(tree, "//a:FRBRExpression/a:FRBRdate/@date") == ["2024-12-19"]
    assert xpath(tree, "//a:FRBRManifestation/a:FRBRthis/@value") == [f"{base}/eng@/!main.xml"]
    assert xpath(tree, "//a:FRBRManifestation/a:FRBRdate/@date") == ["2026-11-22"]


def test_cover_page(result):
    cover = xpath(result.tree, "//a:coverPage")[0]
    assert [text_of(p) for p in xpath(cover, "a:p")] == [
        "United Nations",
        "A/RES/79/166",
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
    ]
    assert xpath(cover, ".//a:docNumber[@refersTo='#symbol']/text()") == ["A/RES/79/166"]
    assert xpath(cover, ".//a:docDate/@date") == ["2024-12-19"]
    assert xpath(cover, ".//a:session/@value") == ["79"]
    assert xpath(cover, ".//a:inline[@name='agenda item']/@title") == ["71 (b)"]
    assert xpath(cover, ".//a:docProponent/@refersTo") == ["#thirdCommittee"]
    assert xpath(cover, ".//a:docProponent/a:inline/text()") == ["A/79/458/Add.2, para. 99"]


def test_preface_number_and_title(result):
    assert xpath(result.tree, "//a:preface/a:p/a:docNumber/text()") == ["79/166."]
    assert xpath(result.tree, "//a:preface//a:docTitle[@refersTo='#resolutionTitle']/text()") == [
        "Enhancement of international cooperation in the field of human rights"]


def test_preamble(result):
    assert [text_of(f) for f in xpath(result.tree, "//a:preamble/a:formula")] == [
        "The General Assembly,"]
    assert xpath(result.tree, "//a:formula//a:i/text()") == ["The General Assembly"]
    names = xpath(result.tree, "//a:preamble/a:container/@name")
    assert names == ["Reaffirming", "Recalling", "Recalling also", "Recalling further",
                     "Recognizing", "Recognizing also", "Underlining", "Stressing",
                     "Reaffirming", "Reiterating", "Recognizing", "Emphasizing",
                     "Emphasizing also", "Underlining", "Recalling"]
    assert xpath(result.tree, "//a:container/@eId")[:3] == [
        "container_1", "container_2", "container_3"]
    # the paragraph cut by the page break (and that page's notes) is one paragraph
    fourth = xpath(result.tree, "//a:container")[3]
    assert "held in Geneva from 20 to 24 April 2009, and the political" in text_of(fourth)


def test_operative_paragraphs(result):
    paras = xpath(result.tree, "//a:mainBody/a:paragraph")
    assert [p.get("eId") for p in paras] == [f"para_{n}" for n in range(1, 18)]
    assert xpath(paras[0], "a:num/text()") == ["1."]
    assert xpath(paras[3], "a:content/a:p/a:i/text()") == ["Also reaffirms"]
    assert text_of(paras[12]).endswith("consecutive and compounded global crises, such as "
                                       "financial and economic crises, food crises, climate "
                                       "change and natural disasters, on the full enjoyment of "
                                       "human rights;")


def test_footnotes_anchored_at_their_markers(result):
    notes = xpath(result.tree, "//a:authorialNote")
    assert [n.get("marker") for n in notes] == ["1", "2", "3", "4", "5", "6"]
    assert [n.get("eId") for n in notes] == [f"authorialNote_{i}" for i in range(1, 7)]
    assert all(n.get("placement") == "bottom" for n in notes)
    first = notes[0]
    assert first.getparent().tag.endswith("}p")
    assert first.getprevious().tail.endswith("on 25 June 1993,")
    assert first.tail.startswith(" for enhancing genuine cooperation")
    assert text_of(notes[3]) == "Resolution 66/3."
    assert text_of(notes[5]) == "See E/CN.4/2001/2-E/CN.4/Sub.2/2000/46, chap. II, sect. A."


def test_links(result):
    hrefs = xpath(result.tree, "//a:mainBody//a:a/@href | //a:preamble//a:a/@href")
    assert hrefs == [
        "https://undocs.org/en/A/CONF.157/24(PartI)",
        "https://undocs.org/en/A/RES/70/1",
        "https://undocs.org/en/A/RES/55/2",
        "https://undocs.org/en/A/RES/78/199",
        "https://undocs.org/en/A/HRC/RES/56/2",
        "https://undocs.org/en/A/79/53",
        "https://undocs.org/en/A/RES/66/3",
        "https://undocs.org/en/A/RES/76/1",
        "https://undocs.org/en/E/CN.4/2001/2",
    ]


def test_conclusions(result):
    concl = xpath(result.tree, "//a:conclusions")[0]
    assert xpath(concl, ".//a:location/text()") == ["53rd plenary meeting"]
    assert xpath(concl, ".//a:docDate/@date") == ["2024-12-17"]


def test_every_reference_resolves(result):
    eids = set(xpath(result.tree, "//@eId"))
    refs = {v[1:] for v in xpath(result.tree, "//@refersTo | //@href | //@source")
            if v.startswith("#")}
    assert refs <= eids


def test_scores_at_least_098_against_the_un_xml(result, tmp_path):
    module = load_scorer()
    gold = CORPUS / "gold" / "A_RES_79_166.xml"
    produced = tmp_path / "A_RES_79_166.xml"
    produced.write_bytes(serialize(result.tree))
    report = module.score_pair(str(produced), str(gold), xsd=module.find_xsd())
    assert report["overall"] >= 0.98, report


def test_workflow_step_of_the_adoption(result):
    meta = xpath(result.tree, "/a:akomaNtoso/a:statement/a:meta")[0]
    assert [c.tag.rpartition("}")[2] for c in meta] == ["identification", "workflow", "references"]
    assert [(s.get("date"), s.get("outcome"), s.get("by")) for s in xpath(meta, "a:workflow/a:step")] == [
        ("2024-12-17", "#adopted", "#ga")]
