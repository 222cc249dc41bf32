"""`akn convert`: outputs, exit codes and one-line errors, never a partial file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLES

RESOLUTION = SAMPLES / "A_RES_79_166.txt"


def akn(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "converter.cli", *map(str, args)],
                          capture_output=True, text=True, check=False)


def test_convert_writes_valid_xml(tmp_path):
    out = tmp_path / "out.xml"
    run = akn("convert", RESOLUTION, "-o", out)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes().startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<akomaNtoso")
    assert list(tmp_path.iterdir()) == [out]          # no temp file left behind


def test_convert_to_stdout():
    run = akn("convert", RESOLUTION)
    assert run.returncode == 0
    assert "<docNumber refersTo=\"#symbol\">A/RES/79/166</docNumber>" in run.stdout


def test_missing_file(tmp_path):
    run = akn("convert", tmp_path / "nope.txt", "-o", tmp_path / "out.xml")
    assert run.returncode == 4
    assert run.stderr == f"error: {tmp_path / 'nope.txt'}: cannot read file (No such file or directory)\n"
    assert not (tmp_path / "out.xml").exists()


def test_empty_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    run = akn("convert", empty, "-o", tmp_path / "out.xml")
    assert (run.returncode, run.stderr) == (4, f"error: {empty}: empty file\n")
    assert not (tmp_path / "out.xml").exists()


def test_binary_junk(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 20)
    run = akn("convert", junk, "-o", tmp_path / "out.xml")
    assert (run.returncode, run.stderr) == (
        4, f"error: {junk}: not a text or PDF file (binary content)\n")


def test_no_symbol(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_bytes((SAMPLES / "A_C.3_79_L.23-draft.txt").read_bytes())
    run = akn("convert", draft, "-o", tmp_path / "out.xml")
    assert run.returncode == 7
    assert run.stderr.startswith(f"error: {draft}: the document symbol is not printed")
    assert run.stderr.count("\n") == 1
    assert not (tmp_path / "out.xml").exists()


def test_not_a_resolution(tmp_path):
    letter = tmp_path / "A_79_999.txt"
    letter.write_text("Dear colleagues,\n\nPlease find attached the report.\n\nRegards\n")
    run = akn("convert", letter, "-o", tmp_path / "out.xml")
    assert run.returncode == 8
    assert run.stderr == (f"error: {letter}: no resolution structure found (no formula, "
                          "preamble or numbered paragraphs)\n")
    assert "Traceback" not in run.stderr


def test_bad_symbol_option_is_a_usage_error(tmp_path):
    run = akn("convert", RESOLUTION, "--symbol", "not a symbol")
    assert run.returncode == 2
    assert "is not a UN document symbol" in run.stderr


def test_unknown_language(tmp_path):
    run = akn("convert", RESOLUTION, "--lang", "xyz", "-o", tmp_path / "out.xml")
    assert run.returncode == 2
    assert run.stderr == (f"error: {RESOLUTION}: language 'xyz' is not supported yet "
                          "(supported: eng, fra, spa, rus, ara, zho)\n")


def test_failed_conversion_keeps_the_good_output(tmp_path):
    out = tmp_path / "out.xml"
    out.write_text("<good/>")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    assert akn("convert", empty, "-o", out).returncode == 4
    assert out.read_text() == "<good/>"


def test_dump_model():
    import json

    run = akn("convert", RESOLUTION, "--dump-model")
    assert run.returncode == 0
    model = json.loads(run.stdout)
    assert model["formula"][0] == {"type": "Span", "text": "The General Assembly", "italic": True}
    assert model["doc_type"] == "resolution"
