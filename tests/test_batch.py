"""`akn batch`: outputs, incremental skips, --force, no-clobber, report, exit codes,
crashed and hanging workers, Ctrl-C.  Statuses, counts and messages; never timings."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from converter.batch import BatchOptions, PlainProgress, Status, run_batch
from converter.batch.discover import discover, output_name
from converter.batch.model import Task
from converter.batch.worker import STALL_ENV, STALL_PID_ENV, convert_one
from converter.cli import app
from converter.errors import NotAResolutionError
from converter.pipeline import Conversion, convert_file
from tests.conftest import SAMPLES

RESOLUTION = SAMPLES / "A_RES_79_166.txt"
DRAFT = SAMPLES / "A_C.3_79_L.23-draft.txt"
LINE = re.compile(r"^(ok|skipped|failed|invalid) +(\S+) -> (\S+) \(\d+\.\d\d s\)(: .+)?$")


def copies(folder: Path, *names: str, source: Path = RESOLUTION) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name in names:
        (folder / name).write_bytes(source.read_bytes())
        out.append(folder / name)
    return out


def batch(*args: str | Path) -> tuple[int, list[str], str]:
    """Run `akn batch` in-process: (exit code, stdout lines, stderr)."""
    run = CliRunner().invoke(app, ["batch", *map(str, args)])
    return run.exit_code, run.stdout.splitlines(), run.stderr


def statuses(report: Path) -> dict[str, str]:
    return {Path(f["input"]).name: f["status"] for f in json.loads(report.read_text())["files"]}


def leftovers(outdir: Path) -> list[str]:
    return sorted(p.name for p in outdir.rglob(".*"))


def test_converts_files_and_directories_with_a_complete_report(tmp_path):
    report, out = tmp_path / "r.json", tmp_path / "out"
    code, lines, _ = batch(SAMPLES, tmp_path / "missing.txt", "-o", out, "-j", "2", "--report", report)
    assert code == 1
    data = json.loads(report.read_text())
    assert [(Path(f["input"]).name, Path(f["output"]).relative_to(out).as_posix(), f["status"])
            for f in data["files"]] == [
        ("A_C.3_79_L.23-draft.txt", "A_C.3_79_L.23-draft.xml", "ok"),
        ("A_RES_79_166.txt", "A_RES_79_166.xml", "ok"),
        ("missing.txt", "missing.xml", "failed")]
    assert data["files"][2]["error"] == (f"{tmp_path / 'missing.txt'}: cannot read file "
                                         "(No such file or directory)")
    assert {k: v for k, v in data["summary"].items() if k != "seconds"} == {
        "ok": 2, "skipped": 0, "failed": 1, "invalid": 0, "total": 3}
    assert all(LINE.match(line) for line in lines[:-1]), lines
    assert lines[-1].startswith("summary: 2 ok, 0 skipped, 1 failed, 0 invalid; 3 total in ")
    assert sorted(p.name for p in out.iterdir()) == ["A_C.3_79_L.23-draft.xml", "A_RES_79_166.xml"]
    tree = etree.parse(str(out / "A_RES_79_166.xml"))
    assert tree.getroot().tag.endswith("akomaNtoso")


def test_directories_mirror_relative_paths_so_same_stems_do_not_clash(tmp_path):
    copies(tmp_path / "text" / "plain", "A_RES_79_166.txt")
    copies(tmp_path / "text" / "md", "A_RES_79_166.md")
    copies(tmp_path / "text" / ".hidden", "A_RES_79_166.txt")
    (tmp_path / "text" / "notes.docx").write_bytes(b"ignored")
    jobs = discover([tmp_path / "text"], tmp_path / "out")
    assert [(j.output.relative_to(tmp_path / "out").as_posix(), j.clash) for j in jobs] == [
        ("md/A_RES_79_166.xml", None), ("plain/A_RES_79_166.xml", None)]
    assert output_name("A_C.3_79_L.23") == "A_C.3_79_L.23.xml"
    assert output_name("X.PDF") == "X.xml"


def test_same_stem_twice_fails_the_second_and_keeps_the_first(tmp_path):
    first, = copies(tmp_path / "a", "A_RES_79_166.txt")
    second, = copies(tmp_path / "b", "A_RES_79_166.txt", source=DRAFT)
    out, report = tmp_path / "out", tmp_path / "r.json"
    code, _, _ = batch(first, second, first, "-o", out, "--report", report)
    assert code == 1
    files = json.loads(report.read_text())["files"]
    assert [f["status"] for f in files] == ["ok", "failed"]     # the repeated `first` counts once
    assert files[1]["error"] == (f"{second}: output {out / 'A_RES_79_166.xml'} is already produced "
                                 f"from {first} in this batch; not overwritten")
    assert b"A/RES/79/166" in (out / "A_RES_79_166.xml").read_bytes()


def test_second_run_skips_and_force_redoes(tmp_path):
    inputs = copies(tmp_path / "in", "A_RES_79_166.txt", "A_RES_79_166-copy.txt")
    out, report = tmp_path / "out", tmp_path / "r.json"
    assert batch(tmp_path / "in", "-o", out)[0] == 0
    code, lines, _ = batch(tmp_path / "in", "-o", out, "--report", report)
    assert code == 0 and set(statuses(report).values()) == {"skipped"}
    assert lines[-1].startswith("summary: 0 ok, 2 skipped, 0 failed, 0 invalid; 2 total in ")
    later = (out / "A_RES_79_166.xml").stat().st_mtime + 10   # the input is edited
    os.utime(inputs[0], (later, later))
    batch(tmp_path / "in", "-o", out, "--report", report)
    assert statuses(report) == {"A_RES_79_166-copy.txt": "skipped", "A_RES_79_166.txt": "ok"}
    batch(tmp_path / "in", "-o", out, "--report", report, "--force")
    assert set(statuses(report).values()) == {"ok"}


def test_a_broken_input_never_replaces_a_good_output(tmp_path):
    source, = copies(tmp_path / "in", "A_RES_79_166.txt")
    out = tmp_path / "out"
    assert batch(source, "-o", out)[0] == 0
    good = (out / "A_RES_79_166.xml").read_bytes()
    source.write_text("Dear colleagues,\n\nPlease find attached the report.\n")
    later = (out / "A_RES_79_166.xml").stat().st_mtime + 10
    os.utime(source, (later, later))
    code, lines, _ = batch(source, "-o", out)
    assert code == 1
    assert lines[0].startswith(f"failed  {source} -> {out / 'A_RES_79_166.xml'} (")
    assert lines[0].endswith("s): no resolution structure found (no formula, preamble or "
                             "numbered paragraphs)")
    assert (out / "A_RES_79_166.xml").read_bytes() == good
    assert sorted(p.name for p in out.iterdir()) == ["A_RES_79_166.xml"]


def test_invalid_result_goes_aside_and_counts_as_invalid(tmp_path, monkeypatch):
    import converter.batch.worker as worker

    def invalid(path: Path, **kw) -> Conversion:
        result = convert_file(path, **kw)
        result.errors.append("line 1: made invalid by the test")
        return result

    monkeypatch.setattr(worker, "convert_file", invalid)
    target = tmp_path / "out" / "A_RES_79_166.xml"
    status, error = convert_one(Task(0, RESOLUTION, target, "eng"))
    assert status is Status.INVALID
    assert error == (f"{RESOLUTION}: the XML produced is not valid (1 error, first: line 1: "
                     f"made invalid by the test); written to {target.parent / 'A_RES_79_166.invalid.xml'}")
    assert sorted(p.name for p in target.parent.iterdir()) == ["A_RES_79_166.invalid.xml"]

    def crash(path: Path, **kw) -> Conversion:
        raise KeyError("a converter bug")

    monkeypatch.setattr(worker, "convert_file", crash)
    assert convert_one(Task(0, RESOLUTION, target, "eng")) == (
        Status.FAILED, f"{RESOLUTION}: internal error: KeyError: 'a converter bug'")

    def refuse(path: Path, **kw) -> Conversion:
        raise NotAResolutionError(f"{path}: no")

    monkeypatch.setattr(worker, "convert_file", refuse)
    assert convert_one(Task(0, RESOLUTION, target, "eng")) == (Status.FAILED, f"{RESOLUTION}: no")


def test_a_hanging_worker_times_out_is_replaced_and_the_batch_goes_on(tmp_path, monkeypatch):
    copies(tmp_path / "in", "a.txt", "b.txt", "c.txt")
    monkeypatch.setenv(STALL_ENV, "b.txt")
    out = tmp_path / "out"
    with (tmp_path / "lines").open("w") as stream:
        done = run_batch([tmp_path / "in"], out, BatchOptions(1, timeout=0.5), PlainProgress(stream))
    assert [(r.input.name, r.status) for r in done.results] == [
        ("a.txt", Status.OK), ("b.txt", Status.FAILED), ("c.txt", Status.OK)]
    assert done.results[1].error == (f"{tmp_path / 'in' / 'b.txt'}: timed out after 0.5 s; "
                                     "nothing written, worker replaced")
    assert sorted(p.name for p in out.iterdir()) == ["a.xml", "c.xml"]   # no temporary file left
    assert not done.summary.succeeded and not done.interrupted


def _start_stalled(tmp_path: Path, *extra: str) -> tuple[subprocess.Popen, int, Path, Path]:
    """`akn batch` on 4 copies, -j1, whose worker hangs on r2.txt mid-write; its pid."""
    copies(tmp_path / "in", "r1.txt", "r2.txt", "r3.txt", "r4.txt")
    pid_file, out, report = tmp_path / "worker.pid", tmp_path / "out", tmp_path / "r.json"
    env = {**os.environ, STALL_ENV: "r2.txt", STALL_PID_ENV: str(pid_file)}
    run = subprocess.Popen([sys.executable, "-m", "converter.cli", "batch", str(tmp_path / "in"),
                            "-o", str(out), "-j", "1", "--report", str(report), *extra],
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for _ in range(600):
        if pid_file.is_file() and pid_file.read_text():
            break
        time.sleep(0.05)
    else:
        run.kill()
        pytest.fail(f"the worker never reached r2.txt: {run.communicate()}")
    assert leftovers(out) and leftovers(out)[0].startswith(".r2.xml.")   # the partial file exists
    return run, int(pid_file.read_text()), out, report


def test_a_killed_worker_fails_its_file_only_and_leaves_no_partial_file(tmp_path):
    run, worker, out, report = _start_stalled(tmp_path)
    os.kill(worker, signal.SIGKILL)
    stdout, stderr = run.communicate(timeout=60)
    assert run.returncode == 1, stderr
    assert statuses(report) == {"r1.txt": "ok", "r2.txt": "failed", "r3.txt": "ok", "r4.txt": "ok"}
    error = json.loads(report.read_text())["files"][1]["error"]
    assert error == (f"{tmp_path / 'in' / 'r2.txt'}: worker crashed (killed by SIGKILL); nothing "
                     "written, worker replaced")
    assert "failed  " in stdout and "Traceback" not in stdout + stderr
    assert sorted(p.name for p in out.iterdir()) == ["r1.xml", "r3.xml", "r4.xml"]


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupt_stops_cleanly_with_a_complete_report(tmp_path, sig):
    run, worker, out, report = _start_stalled(tmp_path)
    run.send_signal(sig)
    stdout, stderr = run.communicate(timeout=60)
    assert run.returncode == 130, stderr
    assert "Traceback" not in stdout + stderr
    assert statuses(report) == {"r1.txt": "ok", "r2.txt": "failed", "r3.txt": "failed",
                                "r4.txt": "failed"}
    assert json.loads(report.read_text())["files"][3]["error"] == (
        f"{tmp_path / 'in' / 'r4.txt'}: batch interrupted; not converted")
    assert sorted(p.name for p in out.iterdir()) == ["r1.xml"]
    progress = [line.split()[:2] for line in stdout.splitlines()]   # a line for every input
    assert progress == [["ok", str(tmp_path / "in" / "r1.txt")]] + [
        ["failed", str(tmp_path / "in" / f"r{i}.txt")] for i in (2, 3, 4)] + [progress[-1]]
    assert progress[-1][0] == "summary:"
    with pytest.raises(ProcessLookupError):   # the hanging worker was stopped too
        for _ in range(100):
            os.kill(worker, 0)
            time.sleep(0.05)


def test_usage_errors_exit_2(tmp_path):
    code, _, stderr = batch(SAMPLES, "-o", tmp_path, "--lang", "xxx")
    assert code == 2 and "language 'xxx' is not supported yet" in stderr
    (tmp_path / "file").write_text("x")
    code, _, stderr = batch(SAMPLES, "-o", tmp_path / "file")
    assert (code, stderr) == (2, f"error: {tmp_path / 'file'}: not a directory\n")
    assert batch(SAMPLES, "-o", tmp_path / "o", "-j", "0")[0] == 2


def test_corpus_subset_then_all_skipped(tmp_path, corpus):
    """A slice of the DEV corpus in its three forms: all ok, then all skipped."""
    stems = sorted(p.stem for p in (corpus / "pdf").glob("*.pdf"))[:8]
    inputs = [corpus / "pdf" / f"{s}.pdf" for s in stems]
    for sub, ext in (("plain", "txt"), ("md", "md")):
        for s in stems:
            copies(tmp_path / "text" / sub, f"{s}.{ext}", source=corpus / "text" / sub / f"{s}.{ext}")
    report = tmp_path / "r.json"
    code, _, _ = batch(*inputs, tmp_path / "text", "-o", tmp_path / "out", "-j", "2",
                       "--report", report)
    assert (code, json.loads(report.read_text())["summary"]["ok"]) == (0, 24)
    code, _, _ = batch(*inputs, tmp_path / "text", "-o", tmp_path / "out", "--report", report)
    assert (code, json.loads(report.read_text())["summary"]["skipped"]) == (0, 24)


def test_a_folder_named_converter_where_the_batch_runs_is_not_imported(tmp_path):
    # the workers' interpreters must import the installed pipeline, not a "converter" folder
    # that happens to lie in the working directory
    shadow = tmp_path / "converter"
    shadow.mkdir()
    (shadow / "__init__.py").write_text('raise SystemExit("the working directory\'s converter")\n')
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "A_RES_79_166.txt").write_bytes((SAMPLES / "A_RES_79_166.txt").read_bytes())
    env = {k: v for k, v in os.environ.items() if k != "PYTHONSAFEPATH"}
    run = subprocess.run([str(Path(sys.executable).with_name("akn")), "batch", "in", "-o", "out", "-j", "2"],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert (tmp_path / "out" / "A_RES_79_166.xml").read_bytes().startswith(b"<?xml")


def test_workers_report_a_schema_that_does_not_compile_for_every_file(tmp_path):
    # the forkserver compiles the schema once for all its workers (a fresh one here: its own
    # process); one that fails there is reported by each worker as if it had compiled it
    copies(tmp_path / "in", "a.txt", "b.txt")
    bad = tmp_path / "bad.xsd"
    bad.write_text("<not-a-schema/>")
    report = tmp_path / "r.json"
    run = subprocess.run([sys.executable, "-m", "converter.cli", "batch", str(tmp_path / "in"), "-o",
                          str(tmp_path / "out"), "-j", "2", "--report", str(report)],
                         env={**os.environ, "AKN_XSD": str(bad)}, capture_output=True, text=True,
                         timeout=120, check=False)
    assert run.returncode == 1, run.stdout + run.stderr
    assert [f["error"] for f in json.loads(report.read_text())["files"]] == [
        f"{tmp_path / 'in' / name}: worker initialisation failed: XMLSchemaParseError: The XML "
        f"document '{bad}' is not a schema document." for name in ("a.txt", "b.txt")]
