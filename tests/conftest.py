"""Shared fixtures: the repository's samples and the (optional) DEV corpus beside the repo."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest
from lxml import etree

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
AKN = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
CONVERTED = date(2026, 11, 22)


@pytest.fixture
def corpus() -> Path:
    if not (CORPUS / "MANIFEST.tsv").is_file():
        pytest.skip("DEV corpus (../shared/corpus) not present")
    return CORPUS


def xpath(tree: etree._ElementTree | etree._Element, path: str) -> list:
    return tree.xpath(path, namespaces=AKN)


def text_of(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


def convert_text(tmp_path: Path, name: str, text: str) -> etree._ElementTree:
    """Write `text` to `tmp_path/name`, convert it, and check the output is valid."""
    from converter.pipeline import convert_file

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = convert_file(path, converted=CONVERTED)
    assert result.errors == []
    return result.tree


def cover_lines(tree: etree._ElementTree) -> list[tuple[str, str]]:
    """(element, text) of each cover page and preface line, top to bottom."""
    return [(etree.QName(el).localname, text_of(el))
            for el in xpath(tree, "//a:coverPage/a:p/* | //a:preface/a:p/*")]


def load_scorer():
    """The UN-XML comparison tool from ../shared/tools, or skip when it is absent."""
    path = SHARED / "tools" / "akn_score.py"
    if not path.is_file() or not (CORPUS / "gold").is_dir():
        pytest.skip("scorer or UN gold XML (../shared) not present")
    if "akn_score" not in sys.modules:
        spec = importlib.util.spec_from_file_location("akn_score", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules["akn_score"] = module
        spec.loader.exec_module(module)
    return sys.modules["akn_score"]
