"""Done-when of the packaging: the wheel, installed offline (`--no-index` and a wheelhouse) into
a fresh virtual environment, converts and validates a document from a folder that is not the
repository, with the XSD it ships, and no network.

Slow (a wheel build and an install: ~30 s), so bounded and marked `slow`; it runs in `make
test` and CI.  Building needs the index (setuptools for the build, the dependencies' wheels):
the dependencies' wheelhouse is kept in build/ between runs, keyed by what our wheel requires.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLES
from tests.pdfgen import build_pdf, resolution_page

pytestmark = pytest.mark.slow
STEP_SECONDS = 300
DEAD_PROXY = "http://127.0.0.1:9"     # any attempt to reach the network fails at once


def _run(args: list[str | Path], *, env: dict[str, str] | None = None, cwd: Path | None = None
         ) -> subprocess.CompletedProcess[str]:
    run = subprocess.run([str(a) for a in args], capture_output=True, text=True, check=False,
                         env=env, cwd=cwd, timeout=STEP_SECONDS)
    assert run.returncode == 0, f"{args}: {run.stderr[-3000:]}"
    return run


def _requirements(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as zf:
        meta = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        lines = zf.read(meta).decode().splitlines()
    return sorted(line.split(":", 1)[1].strip() for line in lines
                  if line.startswith("Requires-Dist:") and "extra ==" not in line)


def _wheelhouse(own: Path) -> Path:
    """Our wheel and every dependency's (those from the index, cached by requirement list)."""
    key = hashlib.sha256("\n".join(_requirements(own)).encode()).hexdigest()[:12]
    cache = REPO / "build" / f"test-wheelhouse-{key}"
    if not cache.is_dir():
        partial = cache.with_name(cache.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--wheel-dir", partial, own])
        (partial / own.name).unlink()
        partial.rename(cache)
    shutil.copy(own, cache / own.name)
    return cache


def _offline_env(root: Path) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items()
            if not k.startswith(("PIP_", "PYTHON", "VIRTUAL_ENV", "AKN_")) and k != "SOURCE_DATE_EPOCH"}
    proxies = {k: DEAD_PROXY for k in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY")}
    return keep | proxies | {"PIP_CONFIG_FILE": os.devnull, "PIP_NO_INDEX": "1",
                             "PATH": f"{root / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}


def test_the_wheel_installs_offline_and_converts_outside_the_repository(tmp_path):
    built = tmp_path / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", built, REPO])
    own = next(built.glob("un_akn_converter-*.whl"))
    with zipfile.ZipFile(own) as zf:
        assert "converter/segmentation/model.schema.json" in zf.namelist()
    wheels = _wheelhouse(own)

    fresh = tmp_path / "venv"
    venv.create(fresh, with_pip=False)
    env = _offline_env(fresh)
    _run([sys.executable, "-m", "pip", "--python", fresh / "bin" / "python", "install", "--quiet",
          "--no-compile", "--no-index", "--find-links", wheels, "un-akn-converter"], env=env)

    work = tmp_path / "elsewhere"
    work.mkdir()
    shutil.copy(SAMPLES / "A_RES_79_166.txt", work)
    (work / "A_RES_79_998.pdf").write_bytes(build_pdf([resolution_page([], 300)]))
    akn = fresh / "bin" / "akn"
    for name in ("A_RES_79_166.txt", "A_RES_79_998.pdf"):
        _run([akn, "convert", name, "-o", Path(name).with_suffix(".xml").name,
              "--markup-date", "2025-01-01"], env=env, cwd=work)
    checked = _run([akn, "validate", "A_RES_79_166.xml", "A_RES_79_998.xml"], env=env, cwd=work)
    assert checked.stdout.splitlines()[-1].startswith("2 file(s): 2 valid, 0 invalid")
    api = _run([fresh / "bin" / "python", "-c",
                "import converter, pathlib\n"
                "r = converter.convert(pathlib.Path('A_RES_79_166.txt'), markup_date='2025-01-01')\n"
                "print(r.valid, converter.__file__)\n"
                "print(converter.validate(pathlib.Path('A_RES_79_998.xml')).valid)"],
               env=env, cwd=work)
    valid, location, other = api.stdout.split()
    assert (valid, other) == ("True", "True")
    assert Path(location).is_relative_to(fresh)          # the installed package, not the repo
    here = tmp_path / "here.xml"
    _run([sys.executable, "-m", "converter", "convert", SAMPLES / "A_RES_79_166.txt", "-o", here,
          "--markup-date", "2025-01-01"])
    assert (work / "A_RES_79_166.xml").read_bytes() == here.read_bytes()   # the same converter
