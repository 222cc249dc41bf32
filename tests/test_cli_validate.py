"""`akn validate` through the command line: exit codes and report formats."""

from __future__ import annotations

import json
import shutil

from lxml import etree

from tests.conftest import SAMPLES
from tests.test_cli_convert import akn


def converted(tmp_path):
    out = tmp_path / "A_RES_79_166.xml"
    assert akn("convert", SAMPLES / "A_RES_79_166.txt", "-o", out).returncode == 0
    return out


def test_our_output_passes_every_rule(tmp_path):
    out = converted(tmp_path)
    run = akn("validate", "--fail-on", "info", out)   # picked from the file: akn4un
    assert run.returncode == 0
    assert run.stdout == ("1 file(s): 1 valid, 0 invalid, 0 unreadable; 0 error(s), "
                          "0 warning(s), 0 info (fail on info); profile akn4un 1\n")


def test_dangling_reference_fails_with_rule_id_and_line(tmp_path):
    out = converted(tmp_path)
    out.write_text(out.read_text().replace('refersTo="#symbol"', 'refersTo="#nowhere"'))
    run = akn("validate", out)
    assert run.returncode == 1
    assert ": ref.dangling: " in run.stdout and "#nowhere" in run.stdout
    assert akn("validate", "--schema-only", out).returncode == 0


def test_json_and_junit_reports(tmp_path):
    good = converted(tmp_path)
    junk = tmp_path / "junk.xml"
    junk.write_bytes(b"\x00\x01 not xml")
    run = akn("validate", "--format", "json", good, junk)
    assert run.returncode == 2            # one file is not readable XML
    report = json.loads(run.stdout)
    assert [f["valid"] for f in report["files"]] == [True, False]
    assert report["files"][1]["errors"][0]["rule"] == "xml.parse"
    junit = akn("validate", "--format", "junit", good)
    suite = etree.fromstring(junit.stdout.encode())
    assert suite.xpath("count(//testcase)") == 1.0
    assert suite.xpath("count(//failure)") == 0.0


def test_directory_input(tmp_path):
    converted(tmp_path)
    shutil.copy(tmp_path / "A_RES_79_166.xml", tmp_path / "copy.xml")
    run = akn("validate", tmp_path)
    assert run.returncode == 0
    assert "2 file(s): 2 valid" in run.stdout
