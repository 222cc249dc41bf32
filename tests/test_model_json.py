"""The document model as JSON (`akn convert --dump-model`) and its JSON Schema (`akn schema
model`), generated from the model's types and shipped in the package."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from converter.api import convert
from converter.languages import get_language
from converter.readers import read_input
from converter.segmentation import segment
from converter.segmentation.model_json import dumps, json_schema, schema_text, shipped_schema_text
from converter.symbols import Symbol
from tests.mdgen import masthead

TEXT = masthead("79/990", "A short resolution") + (
    "*Recalling* its resolution 70/1 of 25 September 2015,¹\n\n"
    "1. *Decides* to remain seized of the matter;\n\n"
    "2. *Requests* the Secretary-General:\n\n"
    "(a) To report to it;\n\n"
    "(b) To consult Member States.\n\n"
    "54th plenary meeting\n24 December 2024\n\n"
    "¹ See A/70/PV.4.\n")


def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json_schema())   # dates: by the schema's pattern


def test_the_shipped_schema_is_the_one_the_types_give():
    assert shipped_schema_text() == schema_text(), (
        "the model changed: python -m converter.segmentation.model_json "
        "> converter/segmentation/model.schema.json")
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_the_schema_follows_the_dataclasses():
    defs = json_schema()["$defs"]
    item = defs["Item"]
    assert item["required"] == ["type", "num", "text"]       # a tagged class; fields without default
    assert item["properties"]["items"] == {"type": "array", "items": {"$ref": "#/$defs/Item"},
                                           "default": []}
    assert item["additionalProperties"] is False
    assert defs["Masthead"]["properties"]["symbol"]["anyOf"][1] == {"type": "null"}
    assert defs["Masthead"]["properties"]["adoption_meeting_at"]["anyOf"][0] == {
        "type": "array", "prefixItems": [{"type": "integer"}, {"type": "integer"}],
        "minItems": 2, "maxItems": 2}
    assert defs["Resolution"]["properties"]["doc_type"]["enum"][:2] == ["resolution", "decision"]
    assert set(defs) >= {"Resolution", "Masthead", "Span", "Note", "Item", "Heading", "Annex"}


def test_a_dump_is_json_of_the_model_and_valid_against_the_schema():
    result = convert(TEXT, markup_date="2025-01-01")
    data = json.loads(result.model_json())
    _validator().validate(data)
    assert data["doc_type"] == "resolution"
    assert data["masthead"]["symbol"] == "A/RES/79/990"
    assert data["masthead"]["adopted"] == "2024-12-24"
    assert [p["name"] for p in data["preamble"]] == ["Recalling"]
    assert data["preamble"][0]["text"][-1] == {"type": "Note", "marker": "1", "content": [
        {"type": "Span", "text": "See "},
        {"type": "Span", "text": "A/70/PV.4", "href": "https://undocs.org/en/A/70/PV.4"},
        {"type": "Span", "text": "."}]}
    assert data["conclusions"] == {"meeting": "54th plenary meeting", "date_text": "24 December 2024",
                                   "date": "2024-12-24"}
    assert [(i["num"], [s["text"] for s in i["text"]]) for i in data["body"][1]["items"]] == [
        ("(a)", ["To report to it;"]), ("(b)", ["To consult Member States."])]
    assert data["body"][0]["text"][0] == {"type": "Span", "text": "Decides", "italic": True}
    assert "warnings" not in data      # defaults are left out


def test_akn_convert_dump_model_writes_json_and_akn_schema_model_prints_the_schema(tmp_path):
    source = tmp_path / "A_RES_79_990.md"
    source.write_text(TEXT, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "converter", "convert", str(source), "--dump-model"],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == json.loads(dumps(convert(TEXT).model))
    schema = subprocess.run([sys.executable, "-m", "converter", "schema", "model"],
                            capture_output=True, text=True, check=False)
    assert (schema.returncode, schema.stdout) == (0, schema_text())


def _models(folder: Path):
    table = get_language("eng")
    for path in sorted(folder.glob("*.md")):
        source = read_input(path, table)
        yield path, segment(source, table, name=str(path), symbol=None,
                            filename_symbol=Symbol.from_filename(path.stem))


def test_every_corpus_model_dumps_to_valid_json(corpus):
    folder = corpus / "text" / "md"
    if not folder.is_dir():
        pytest.skip("no text/md in the corpus")
    validator = _validator()
    count = 0
    for path, model in _models(folder):
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
                  for e in validator.iter_errors(json.loads(dumps(model)))]
        assert errors == [], path
        count += 1
    assert count >= 100
