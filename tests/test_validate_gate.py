"""`akn validate` as an ingest gate: --list-rules, --fail-on, --select/--ignore, settings
files, -j, lists of files (stdin, --files-from) and SARIF read back by sarif-tools."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from converter.validator.command import ValidateArgs, rules_table, validate_command
from converter.validator.schema import SchemaNotFoundError, xsd_path
from tests.akn_docs import ACT

try:
    xsd_path()
except SchemaNotFoundError:  # pragma: no cover - `make install` fetches it
    pytest.skip("Akoma Ntoso XSD not installed (make install)", allow_module_level=True)

# An act whose reference dangles (a warning under akn) and whose subsection eId is not its
# <num> (eid.num, a warning) and one eId without a prefix (eid.syntax, an error).
WARNED = ACT.replace('<ref href="#chp_1__sec_2">', '<ref href="#chp_1__sec_3">')
BROKEN = WARNED.replace('<point eId="chp_1__sec_1__subsec_2__list_1__point_a">', '<point eId="9a">')


@pytest.fixture
def docs(tmp_path: Path) -> dict[str, Path]:
    files = {}
    for name, text in (("clean", ACT), ("warned", WARNED), ("broken", BROKEN)):
        files[name] = tmp_path / "in" / f"{name}.xml"
        files[name].parent.mkdir(exist_ok=True)
        files[name].write_text(text, encoding="utf-8")
    return files


def run(*files: Path | str, stdin: str = "", **options: object) -> tuple[int, str]:
    out = io.StringIO()
    args = ValidateArgs([str(f) for f in files], **options)   # type: ignore[arg-type]
    code = validate_command(args, out=out, stdin=io.StringIO(stdin))
    return code, out.getvalue()


# --- --list-rules ---------------------------------------------------------------------------

def test_list_rules_gives_id_severity_per_profile_and_summary() -> None:
    code, text = run(list_rules=True)
    lines = text.splitlines()
    assert code == 0 and lines[0].split()[:4] == ["rule", "akn", "un", "akn4un"]
    rows = {line.split()[0]: line.split()[1:4] for line in lines[1:]}
    assert rows["eid.num"] == ["warning", "-", "error"]
    assert rows["ref.dangling"] == ["warning", "info", "error"]
    assert rows["xsd"] == ["error", "error", "error"]
    assert "an eId's last component is derived from the element's <num>" in text
    listed = json.loads(rules_table("json"))
    assert {r["id"] for r in listed} == set(rows)
    assert all(r["summary"] for r in listed)


def test_list_rules_from_the_command_line() -> None:
    cli = subprocess.run([sys.executable, "-m", "converter.cli", "validate", "--list-rules"],
                         capture_output=True, text=True, check=False)
    assert cli.returncode == 0 and "frbr.consistency" in cli.stdout


# --- severities and the exit code -----------------------------------------------------------

def test_exit_code_counts_errors_only_unless_told(docs: dict[str, Path]) -> None:
    assert run(docs["clean"], docs["warned"], profile="akn")[0] == 0
    assert run(docs["clean"], docs["warned"], profile="akn", strict=True)[0] == 1
    assert run(docs["warned"], profile="akn", fail_on="warning")[0] == 1
    assert run(docs["broken"], profile="akn")[0] == 1
    code, text = run(docs["warned"], profile="akn", fail_on="info")
    assert code == 1 and text.endswith("(fail on info); profile akn 1\n")


def test_severity_is_shown_in_text_and_json(docs: dict[str, Path]) -> None:
    code, text = run(docs["broken"], profile="akn")
    assert code == 1
    assert [line.split(": ")[1:3] for line in text.splitlines()[:-1]] == [
        ["ref.dangling", "warning"], ["eid.syntax", "error"]]
    code, text = run(docs["broken"], profile="akn", format="json")
    report = json.loads(text)["files"][0]
    assert report["profile"] == "akn" and report["valid"] is False
    assert [(f["rule"], f["severity"]) for f in report["errors"] + report["warnings"]] == [
        ("eid.syntax", "error"), ("ref.dangling", "warning")]


def test_unknown_fail_on_or_profile_is_a_usage_error(docs: dict[str, Path],
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert run(docs["clean"], fail_on="fatal")[0] == 2
    assert run(docs["clean"], profile="eu")[0] == 2
    err = capsys.readouterr().err
    assert "unknown severity 'fatal' for --fail-on (choose error, warning, info)" in err
    assert "unknown profile 'eu' (choose auto, akn, un, akn4un)" in err


# --- --select / --ignore ----------------------------------------------------------------------

def test_ignore_and_select_narrow_and_widen_the_profile(docs: dict[str, Path],
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert run(docs["broken"], profile="akn", ignore=["eid.syntax"])[0] == 0
    code, text = run(docs["broken"], profile="akn", select=["ref"])   # a family
    assert code == 0 and "ref.dangling: warning" in text and "eid." not in text
    # a rule outside the profile runs at its strictest severity
    code, text = run(docs["warned"], profile="un", extend_select=["eid.num,ref.dangling"])
    assert code == 0 and "ref.dangling: info" in text
    code, text = run(docs["clean"], profile="akn", select=["xsd", "cover.required"])
    assert code == 1 and text.startswith(f"{docs['clean']}:3: cover.required: error: ")
    assert run(docs["clean"], ignore=["eid.nmu"])[0] == 2
    assert "unknown rule 'eid.nmu' (akn validate --list-rules lists them)" in capsys.readouterr().err


def test_reading_rules_cannot_be_ignored(tmp_path: Path) -> None:
    junk = tmp_path / "junk.xml"
    junk.write_bytes(b"\x00 not xml")
    code, text = run(junk, ignore=["ALL"])
    assert code == 2 and ": xml.parse: error: " in text


# --- settings files ---------------------------------------------------------------------------

def test_pyproject_settings_are_found_upward_and_the_command_line_wins(
        docs: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "archive"\n\n[tool.akn.validate]\nprofile = "akn"\n'
        'ignore = ["eid.syntax"]\nfail-on = "warning"\n')
    monkeypatch.chdir(docs["clean"].parent)          # a directory below the settings
    assert run(docs["broken"])[0] == 1                # warning fails (fail-on), syntax ignored
    code, text = run(docs["broken"], fail_on="error")
    assert code == 0 and "eid.syntax" not in text
    assert run(docs["broken"], ignore=["ref.dangling"])[0] == 0   # --ignore adds to the file's
    assert run(docs["broken"], fail_on="error", no_config=True)[0] == 1


def test_akn_toml_wins_over_pyproject_in_the_same_directory(
        docs: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.akn.validate]\nfail-on = "info"\n')
    (tmp_path / "akn.toml").write_text('[validate]\nprofile = "akn"\nselect = ["xsd"]\n')
    monkeypatch.chdir(tmp_path)
    assert run(docs["broken"]) == (0, "1 file(s): 1 valid, 0 invalid, 0 unreadable; 0 error(s), "
                                      "0 warning(s), 0 info; profile akn 1\n")
    assert run(docs["broken"], select=["eid"])[0] == 1        # --select replaces the file's
    (tmp_path / "akn.toml").write_text('[validate]\nselcet = ["xsd"]\n')
    assert run(docs["broken"])[0] == 2
    assert "akn.toml: unknown setting 'selcet'" in capsys.readouterr().err


def test_an_explicit_config_file(docs: dict[str, Path], tmp_path: Path) -> None:
    config = tmp_path / "gate.toml"
    config.write_text('[tool.akn.validate]\nignore = ["eid.syntax"]\n')
    assert run(docs["broken"], profile="akn", config=config)[0] == 0


# --- many files: -j, lists, directories ---------------------------------------------------------

def test_parallel_results_equal_serial_in_input_order(docs: dict[str, Path]) -> None:
    files = [docs["broken"], docs["clean"], docs["warned"]] * 4
    serial = run(*files, profile="akn", format="json")
    parallel = run(*files, profile="akn", format="json", jobs=2)
    assert parallel == serial
    assert [Path(f["path"]).name for f in json.loads(serial[1])["files"]] == [
        "broken.xml", "clean.xml", "warned.xml"]   # each file once


def test_a_list_from_stdin_and_from_a_file(docs: dict[str, Path], tmp_path: Path) -> None:
    listing = f"# the day's ingest\n{docs['clean']}\n\n  \n{docs['warned']}\r\n"
    code, text = run("-", stdin=listing, profile="akn")
    assert code == 0 and text.endswith("2 file(s): 2 valid, 0 invalid, 0 unreadable; 0 error(s), "
                                       "1 warning(s), 0 info; profile akn 2\n")
    list_file = tmp_path / "files.txt"
    list_file.write_text(f"{docs['broken']}\n{tmp_path / 'missing*.xml'}\n")
    code, text = run(docs["clean"], files_from=[str(list_file)], profile="akn")
    assert code == 2       # the listed name is taken literally (no glob): unreadable
    assert "missing*.xml:0: io.read: error: cannot read file" in text
    assert run(files_from=[str(tmp_path / "nope.txt")])[0] == 2


def test_stdin_list_and_jobs_through_the_command_line(docs: dict[str, Path]) -> None:
    listing = "\n".join(str(p) for p in docs.values()) + "\n"
    cli = subprocess.run([sys.executable, "-m", "converter.cli", "validate", "--profile", "akn",
                          "-j", "2", "-"], input=listing, capture_output=True, text=True,
                         check=False)
    assert cli.returncode == 1, cli.stderr
    assert cli.stdout.splitlines()[-1] == ("3 file(s): 2 valid, 1 invalid, 0 unreadable; "
                                           "1 error(s), 2 warning(s), 0 info; profile akn 3")


def test_a_document_on_stdin_is_validated_as_file_dash(docs: dict[str, Path]) -> None:
    # `-` reads a list of files, or a document when standard input starts with "<"
    cli = subprocess.run([sys.executable, "-m", "converter.cli", "validate", "--profile", "akn",
                          "--format", "json", "-", str(docs["clean"])],
                         input=docs["broken"].read_bytes(), capture_output=True, check=False)
    assert cli.returncode == 1, cli.stderr
    files = json.loads(cli.stdout)["files"]
    assert [(f["path"], f["valid"]) for f in files] == [("-", False), (str(docs["clean"]), True)]
    assert [x["rule"] for x in files[0]["errors"]] == ["eid.syntax"]
    code, text = run("-", stdin="\ufeff <akomaNtoso", profile="akn")
    assert code == 2 and text.startswith("-:")


def test_directories_are_searched_recursively(docs: dict[str, Path], tmp_path: Path) -> None:
    deep = tmp_path / "in" / "a" / "b"
    deep.mkdir(parents=True)
    (deep / "deep.xml").write_text(ACT, encoding="utf-8")
    code, text = run(tmp_path / "in", profile="akn", select=["xsd"])
    assert code == 0 and text.startswith("4 file(s): 4 valid")


# --- SARIF --------------------------------------------------------------------------------------

def test_sarif_is_read_back_by_sarif_tools(docs: dict[str, Path], tmp_path: Path) -> None:
    loader = pytest.importorskip("sarif.loader")
    code, text = run(docs["clean"], docs["broken"], profile="akn", format="sarif")
    assert code == 1
    path = tmp_path / "out.sarif"
    path.write_text(text, encoding="utf-8")
    sarif = loader.load_sarif_file(str(path))
    records = sorted((r["Code"], r["Severity"], r["Line"], Path(r["Location"]).name)
                     for r in sarif.get_records())
    assert records == [("eid.syntax", "error", 49, "broken.xml"),
                       ("ref.dangling", "warning", 43, "broken.xml")]
    assert sarif.get_distinct_tool_names() == ["akn validate"]
    data = json.loads(text)
    assert data["version"] == "2.1.0"
    run0 = data["runs"][0]
    assert len(run0["artifacts"]) == 2
    rules = run0["tool"]["driver"]["rules"]
    result = run0["results"][0]
    assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert rules[result["ruleIndex"]]["properties"]["profiles"]["akn"] == result["level"]


def test_bench_reports_files_per_second(docs: dict[str, Path]) -> None:
    from converter.validator.bench import MODES, throughput

    assert [label for label, _ in MODES] == [
        "XSD only", "XSD + profile akn", "XSD + profile un", "XSD + profile akn4un",
        "XSD + profile auto"]
    assert throughput(list(docs.values()), MODES[1][1], jobs=1, runs=1) > 0
