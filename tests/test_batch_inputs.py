"""`akn batch` inputs beyond the command line: --files-from, file:// and object-store
URLs, --scheduler; the one-line usage errors (exit 2) when they cannot be used."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path, PurePosixPath

import pytest
from typer.testing import CliRunner

from converter.batch import storage
from converter.batch.discover import discover
from converter.cli import app
from converter.file_lists import FileListError, read_file_list
from tests.conftest import SAMPLES

RESOLUTION = SAMPLES / "A_RES_79_166.txt"


def batch(*args: str | Path, stdin: str | None = None) -> tuple[int, str, str]:
    run = CliRunner().invoke(app, ["batch", *map(str, args)], input=stdin)
    return run.exit_code, run.stdout, run.stderr


def test_a_file_list_skips_blank_and_comment_lines(tmp_path, monkeypatch):
    listing = tmp_path / "list.txt"
    listing.write_text("# from the catalogue\n\n  a.pdf  \r\nsub dir/b.md\n#c.md\n", encoding="utf-8")
    assert read_file_list(str(listing)) == ["a.pdf", "sub dir/b.md"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("x.txt\n\n# no\ny.txt"))
    assert read_file_list("-") == ["x.txt", "y.txt"]
    with pytest.raises(FileListError, match=rf"^{tmp_path / 'none'}: cannot read file list "
                       r"\(No such file or directory\)$"):
        read_file_list(str(tmp_path / "none"))


def test_batch_reads_its_inputs_from_a_list_and_the_command_line(tmp_path):
    for name in ("one.txt", "two.txt", "three.txt"):
        (tmp_path / name).write_bytes(RESOLUTION.read_bytes())
    listing = tmp_path / "list"
    listing.write_text(f"# two files\n{tmp_path / 'one.txt'}\n\n{tmp_path / 'two.txt'}\n")
    out, report = tmp_path / "out", tmp_path / "r.json"
    code, _, _ = batch(tmp_path / "three.txt", "--files-from", listing, "-o", out, "--report", report)
    assert code == 0
    assert [Path(f["input"]).name for f in json.loads(report.read_text())["files"]] == [
        "three.txt", "one.txt", "two.txt"]
    code, stdout, _ = batch("--files-from", "-", "-o", out, stdin=f"{tmp_path / 'one.txt'}\n")
    assert code == 0 and stdout.startswith(f"skipped {tmp_path / 'one.txt'} -> ")


def test_usage_errors_of_the_new_options_are_one_line_exit_2(tmp_path, monkeypatch):
    assert batch("--files-from", tmp_path / "none", "-o", tmp_path / "out")[::2] == (
        2, f"error: {tmp_path / 'none'}: cannot read file list (No such file or directory)\n")
    (tmp_path / "empty").write_text("# nothing\n")
    assert batch("--files-from", tmp_path / "empty", "-o", tmp_path / "out")[::2] == (
        2, "error: no inputs: give files or directories, or --files-from FILE\n")
    assert batch(SAMPLES, "-o", tmp_path / "out", "--scheduler", "nowhere")[::2] == (
        2, "error: --scheduler 'nowhere': expected tcp://HOST:PORT or local:N\n")
    assert batch(SAMPLES, "-o", "nosuch://bucket/out")[0] == 2
    monkeypatch.setitem(sys.modules, "distributed", None)     # the dask extra not installed
    monkeypatch.setitem(sys.modules, "fsspec", None)
    assert batch(SAMPLES, "-o", tmp_path / "out", "--scheduler", "local:2")[::2] == (
        2, "error: --scheduler needs the dask extra: pip install 'un-akn-converter[dask]'\n")
    assert batch("s3://bucket/in", "-o", tmp_path / "out")[::2] == (
        2, "error: s3://bucket/in: URLs need the dask extra: pip install 'un-akn-converter[dask]'\n")


def test_an_unreachable_scheduler_is_a_usage_error(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    import converter.batch.cluster as cluster

    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 1.0)
    code, _, stderr = batch(RESOLUTION, "-o", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:9")
    assert code == 2
    assert stderr.startswith("error: tcp://127.0.0.1:9: cannot reach the scheduler (")
    assert len(stderr.splitlines()) == 1 and not (tmp_path / "out").exists()


def test_locations_file_urls_are_paths_others_stay_urls(tmp_path):
    assert storage.location("file:///data/in%20box/x.pdf") == Path("/data/in box/x.pdf")
    assert storage.location("s3://bucket/in/") == "s3://bucket/in"
    assert storage.location("in/x.pdf") == Path("in/x.pdf")
    assert storage.name_of("s3://bucket/a/X.pdf") == "X.pdf"
    assert storage.invalid_location("s3://b/out/X.xml") == "s3://b/out/X.invalid.xml"
    assert storage.join("gs://b/out", PurePosixPath("md/X.xml")) == "gs://b/out/md/X.xml"
    (tmp_path / "in" / "md").mkdir(parents=True)
    (tmp_path / "in" / "md" / "X.md").write_text("x")
    jobs = discover([storage.location(f"file://{tmp_path / 'in'}")], "s3://b/out")
    assert [(j.input, j.output) for j in jobs] == [(tmp_path / "in" / "md" / "X.md", "s3://b/out/md/X.xml")]


def run_akn(*args: str | Path, env: dict[str, str]) -> tuple[int, str]:
    """`akn batch` in a process of its own (its workers see `env`: a forkserver started
    by an earlier test in this process would not)."""
    run = subprocess.run([sys.executable, "-m", "converter.cli", "batch", *map(str, args)],
                         env={**os.environ, **env}, capture_output=True, text=True, timeout=120)
    return run.returncode, run.stdout


def test_the_local_pool_reads_and_writes_s3_and_skips_fresh_objects(tmp_path, monkeypatch):
    """The same staging as on a cluster, with the local pool: one implementation."""
    s3fs = pytest.importorskip("s3fs")
    server = pytest.importorskip("moto.server").ThreadedMotoServer(
        ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        env = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
               "AWS_DEFAULT_REGION": "us-east-1", "AWS_ENDPOINT_URL": f"http://{host}:{port}"}
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        fs = s3fs.S3FileSystem(skip_instance_cache=True)
        fs.mkdir("docs")
        fs.pipe("docs/in/A_RES_79_166.txt", RESOLUTION.read_bytes())
        fs.pipe("docs/in/sub/note.txt", b"Dear colleagues,\n\nPlease find attached the report.\n")
        report = tmp_path / "r.json"
        code, _ = run_akn("s3://docs/in", "s3://docs/missing.txt", "-o", "s3://docs/out",
                          "-j", "1", "--report", report, env=env)
        files = json.loads(report.read_text())["files"]
        assert code == 1, files
        assert [(f["input"], f["output"], f["status"]) for f in files] == [
            ("s3://docs/in/A_RES_79_166.txt", "s3://docs/out/A_RES_79_166.xml", "ok"),
            ("s3://docs/in/sub/note.txt", "s3://docs/out/sub/note.xml", "failed"),
            ("s3://docs/missing.txt", "s3://docs/out/missing.xml", "failed")]
        assert files[1]["error"] == ("s3://docs/in/sub/note.txt: no resolution structure found (no "
                                     "formula, preamble or numbered paragraphs)")
        assert files[2]["error"] == "s3://docs/missing.txt: cannot read file (No such file or directory)"
        fs.invalidate_cache()
        assert fs.find("docs/out") == ["docs/out/A_RES_79_166.xml"]
        assert b"A/RES/79/166" in fs.cat("docs/out/A_RES_79_166.xml")
        code, stdout = run_akn("s3://docs/in/A_RES_79_166.txt", "-o", "s3://docs/out", env=env)
        assert code == 0 and stdout.startswith("skipped s3://docs/in/A_RES_79_166.txt -> ")
    finally:
        server.stop()
