"""The installed package stands on its own: the XSD ships with it (checked by SHA-256), `akn
schema export` writes it, `--version`, `python -m converter`, `-` for standard input and
output, and a start-up that imports only what the command needs."""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from converter import xsd
from tests.conftest import REPO, SAMPLES
from tests.pdfgen import build_pdf, resolution_page

RESOLUTION = SAMPLES / "A_RES_79_166.txt"


def akn(*args: str | Path, stdin: bytes | None = None, env: dict[str, str] | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    base = {k: v for k, v in os.environ.items() if k not in ("AKN_XSD", "SOURCE_DATE_EPOCH")}
    return subprocess.run([sys.executable, "-m", "converter", *map(str, args)], input=stdin,
                          capture_output=True, check=False, env=base | (env or {}), cwd=cwd)


def test_the_xsd_comes_from_the_installed_cobalt_package_and_is_the_official_one(monkeypatch):
    monkeypatch.delenv("AKN_XSD", raising=False)
    path = xsd.xsd_path()
    assert path.parts[-3:] == ("cobalt", "xsd", "akomantoso30.xsd")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == xsd.XSD_SHA256
    assert REPO / "akn-schema" not in path.parents


def _fake_cobalt(root: Path, xsd_bytes: bytes | None) -> Path:
    """A `cobalt` package whose XSD is `xsd_bytes` (None: no XSD at all), first on the path."""
    package = root / "cobalt"
    (package / "xsd").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    if xsd_bytes is not None:
        (package / "xsd" / "akomantoso30.xsd").write_bytes(xsd_bytes)
        (package / "xsd" / "xml.xsd").write_bytes((xsd.packaged_dir() / "xml.xsd").read_bytes())
    return root


def test_a_changed_packaged_xsd_stops_every_command_with_one_line_and_exit_13(tmp_path):
    official = (xsd.packaged_dir() / xsd.XSD_NAME).read_bytes()
    tampered = official.replace(b'name="num"', b'name="nun"', 1)
    root = _fake_cobalt(tmp_path / "site", tampered)
    env = {"PYTHONPATH": f"{root}{os.pathsep}{REPO}"}
    digest = hashlib.sha256(tampered).hexdigest()
    expected = (f"error: {root / 'cobalt' / 'xsd' / 'akomantoso30.xsd'}: not the official Akoma "
                f"Ntoso XSD (SHA-256 {digest}, expected {xsd.XSD_SHA256})\n").encode()
    good = akn("convert", RESOLUTION, "--markup-date", "2025-01-01").stdout
    (tmp_path / "good.xml").write_bytes(good)
    for args in (["convert", RESOLUTION, "-o", tmp_path / "out.xml"],
                 ["validate", tmp_path / "good.xml"],
                 ["batch", RESOLUTION, "-o", tmp_path / "batch"],
                 ["schema", "export", tmp_path / "export"]):
        run = akn(*args, env=env)
        assert (run.returncode, run.stderr) == (13, expected), args
    assert not (tmp_path / "out.xml").exists()
    assert not (tmp_path / "export").exists()


def test_a_missing_packaged_xsd_is_one_line_and_exit_13(tmp_path):
    root = _fake_cobalt(tmp_path / "site", None)
    run = akn("convert", RESOLUTION, env={"PYTHONPATH": f"{root}{os.pathsep}{REPO}"})
    where = root / "cobalt" / "xsd" / "akomantoso30.xsd"
    assert (run.returncode, run.stderr) == (
        13, f"error: {where}: Akoma Ntoso XSD cannot be read (No such file or directory)\n".encode())


def test_akn_xsd_names_another_copy(tmp_path):
    copy = tmp_path / "xsd"
    xsd.export(copy)
    run = akn("convert", RESOLUTION, env={"AKN_XSD": str(copy / "akomantoso30.xsd")})
    assert run.returncode == 0, run.stderr
    missing = akn("convert", RESOLUTION, env={"AKN_XSD": str(tmp_path / "none.xsd")})
    assert (missing.returncode, missing.stderr) == (
        13, f"error: {tmp_path / 'none.xsd'}: Akoma Ntoso XSD not found (from AKN_XSD)\n".encode())


def test_akn_schema_export_writes_the_official_files(tmp_path):
    run = akn("schema", "export", tmp_path / "akn-schema")
    assert run.returncode == 0, run.stderr
    folder = tmp_path / "akn-schema"
    assert run.stdout.decode().splitlines() == [str(folder / "akomantoso30.xsd"),
                                                 str(folder / "xml.xsd")]
    assert hashlib.sha256((folder / "akomantoso30.xsd").read_bytes()).hexdigest() == xsd.XSD_SHA256
    schema = etree.XMLSchema(etree.parse(str(folder / "akomantoso30.xsd")))
    assert schema.validate(etree.fromstring(akn("convert", RESOLUTION).stdout).getroottree())
    assert sorted(p.name for p in folder.iterdir()) == ["akomantoso30.xsd", "xml.xsd"]


def test_version_from_akn_and_python_m_converter():
    version = importlib.metadata.version("un-akn-converter")
    for command in ([sys.executable, "-m", "converter", "--version"],
                    [str(Path(sys.executable).with_name("akn")), "--version"]):
        run = subprocess.run(command, capture_output=True, text=True, check=False)
        assert (run.returncode, run.stdout) == (0, f"akn (un-akn-converter) {version}\n")


def test_convert_reads_standard_input_and_writes_standard_output(tmp_path):
    from_file = akn("convert", RESOLUTION, "--markup-date", "2025-01-01")
    from_stdin = akn("convert", "-", "-o", "-", "--markup-date", "2025-01-01",
                     stdin=RESOLUTION.read_bytes())
    assert from_stdin.returncode == 0, from_stdin.stderr
    assert from_stdin.stdout == from_file.stdout
    pdf = build_pdf([resolution_page([], 300)])
    run = akn("convert", "-", "-o", tmp_path / "out.xml", stdin=pdf)
    assert run.returncode == 0, run.stderr
    assert b"A/RES/79/998" in (tmp_path / "out.xml").read_bytes()


def test_standard_input_errors_name_it():
    empty = akn("convert", "-", stdin=b"")
    assert (empty.returncode, empty.stderr) == (4, b"error: <stdin>: empty file\n")
    large = akn("convert", "-", "--max-input-mb", "0.001", stdin=b"x" * 2000)
    assert (large.returncode, large.stderr) == (
        11, b"error: <stdin>: input bytes (at least) 1,049, over the limit of 1,048\n")


HEAVY = ("lxml", "rich", "pypdfium2", "babel", "xmlschema", "charset_normalizer", "cobalt", "pydantic",
         "converter.pipeline", "converter.validator", "converter.readers", "converter.api")


def _imported_after(code: str) -> list[str]:
    probe = (f"{code}\nimport sys\n"
             f"print('imported:', *(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    return run.stderr.splitlines()[-1].split()[1:]


@pytest.mark.parametrize("code", [
    "import converter",
    "from converter.cli import app",
    "import sys; sys.argv = ['akn', '--help']\nfrom converter.cli import app\n"
    "try:\n    app()\nexcept SystemExit:\n    pass",
    "import sys; sys.argv = ['akn', '--version']\nfrom converter.cli import app\n"
    "try:\n    app()\nexcept SystemExit:\n    pass",
])
def test_start_up_imports_nothing_heavy(code):
    assert _imported_after(code) == []
