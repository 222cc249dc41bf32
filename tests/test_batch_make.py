"""`make convert IN=… OUT=…`: parallel, incremental, and a failing file leaves no target."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.conftest import REPO, SAMPLES


def make(*args: str) -> subprocess.CompletedProcess[str]:
    # a top-level make, even when the suite itself runs under `make test`
    env = {k: v for k, v in os.environ.items() if k not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")}
    return subprocess.run(["make", "--no-print-directory", "-C", str(REPO), *args],
                          capture_output=True, text=True, check=False, env=env)


@pytest.mark.skipif(shutil.which("make") is None, reason="no make")
def test_make_convert_is_parallel_incremental_and_retries_failures(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for sample in SAMPLES.glob("*.txt"):
        shutil.copy(sample, src)
    (src / "bad.txt").write_text("Dear colleagues,\n\nPlease find attached the report.\n")
    first = make("-k", "-j4", "convert", f"IN={src}", f"OUT={out}")
    assert first.returncode == 2
    # one `akn batch` run converts every out-of-date input
    assert first.stdout.count("summary: 2 ok, 0 skipped, 1 failed, 0 invalid; 3 total") == 1
    assert f"failed  {src / 'bad.txt'} -> {out / 'bad.xml'}" in first.stdout
    assert "no resolution structure found" in first.stdout
    assert sorted(p.name for p in out.iterdir()) == ["A_C.3_79_L.23-draft.xml", "A_RES_79_166.xml"]
    (src / "bad.txt").unlink()
    second = make("-j4", "convert", f"IN={src}", f"OUT={out}")
    assert (second.returncode, second.stdout, second.stderr) == (0, "", "")   # nothing out of date
    (src / "A_RES_79_166.txt").touch()
    third = make("-j4", "convert", f"IN={src}", f"OUT={out}")
    assert third.returncode == 0, third.stderr
    assert "summary: 1 ok, 0 skipped, 0 failed, 0 invalid; 1 total" in third.stdout
