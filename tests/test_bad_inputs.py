"""Bad inputs: each ends as one line naming the file and the problem, never a traceback,
through `akn convert` and through `akn batch`; odd but good inputs convert as usual."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from converter.batch import BatchOptions, PlainProgress, Status, run_batch
from converter.cli import app
from converter.pipeline import convert_file, serialize
from tests.conftest import SAMPLES
from tests.pdfgen import lines_pdf

RESOLUTION = SAMPLES / "A_RES_79_166.txt"
DAY = date(2026, 1, 1)


def encrypted_pdf() -> bytes:
    """One blank page under the Standard security handler, with a user password set."""
    rng = random.Random(6)
    hexa = lambda n: bytes(rng.randrange(256) for _ in range(n)).hex()  # noqa: E731
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
               f"<< /Filter /Standard /V 1 /R 2 /O <{hexa(32)}> /U <{hexa(32)}> /P -4 >>"]
    out = b"%PDF-1.4\n"
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    ident = hexa(16)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Encrypt 4 0 R "
            f"/ID [<{ident}> <{ident}>] >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return out


REPORT = [["United Nations A/79/100", "General Assembly", "Report of the Secretary-General",
           "This report describes the activities of the Office in 2024.",
           "The Office held many meetings and published two studies."]]


def build_bad(folder: Path) -> dict[str, tuple[int, str]]:
    """Write the bad inputs; name -> (exit code of `akn convert`, message after `FILE: `)."""
    folder.mkdir(parents=True, exist_ok=True)
    report_pdf = lines_pdf(REPORT)
    files = {
        "empty.txt": (b"", 4, "empty file"),
        "blank.md": (b" \n\n\t\n", 4, "empty file"),
        "noise.txt": (random.Random(1).randbytes(4000), 4, "not a text or PDF file (binary content)"),
        "random.pdf": (random.Random(2).randbytes(4000), 4, "not a text or PDF file (binary content)"),
        "truncated.pdf": (report_pdf[: len(report_pdf) // 2], 4,
                          "truncated PDF (no end-of-file marker)"),
        "encrypted.pdf": (encrypted_pdf(), 5, "encrypted PDF (password required)"),
        "scan.pdf": (lines_pdf([[]]), 6, "no text layer (scanned PDF?)"),
        "A_79_100.pdf": (report_pdf, 8, "no resolution structure found (no formula, preamble or "
                         "numbered paragraphs)"),
        "draft.txt": ((SAMPLES / "A_C.3_79_L.23-draft.txt").read_bytes(), 7,
                       "the document symbol is not printed in the text; give it with --symbol "
                       "(e.g. --symbol A/C.3/79/L.23) or name the file after it "
                       "(e.g. A_C.3_79_L.23.txt)"),
    }
    expected = {}
    for name, (data, code, message) in files.items():
        (folder / name).write_bytes(data)
        expected[name] = (code, message)
    return expected


def _prefix(path: Path) -> set[str]:
    """PDF errors name the file by its name, text errors by the path given."""
    return {f"{path}: ", f"{path.name}: "}


def test_each_bad_input_through_convert(tmp_path):
    expected = build_bad(tmp_path / "in")
    runner = CliRunner()
    for name, (code, message) in expected.items():
        source, out = tmp_path / "in" / name, tmp_path / "out" / (name + ".xml")
        run = runner.invoke(app, ["convert", str(source), "-o", str(out)])
        assert run.exit_code == code, (name, run.stderr)
        assert run.stderr in {f"error: {p}{message}\n" for p in _prefix(source)}, name
        assert not out.exists() and not (tmp_path / "out").exists(), name


def test_each_bad_input_through_batch(tmp_path):
    expected = build_bad(tmp_path / "in")
    lines = tmp_path / "lines.txt"
    with lines.open("w") as stream:
        done = run_batch([tmp_path / "in"], tmp_path / "out", BatchOptions(2), PlainProgress(stream))
    assert [r.status for r in done.results] == [Status.FAILED] * len(expected)
    for r in done.results:
        _, message = expected[r.input.name]
        assert r.reason() == message and r.error is not None
        assert r.error in {p + message for p in _prefix(r.input)}
    printed = lines.read_text().splitlines()
    assert len(printed) == len(expected) + 1 and "Traceback" not in lines.read_text()
    assert printed[-1].startswith(f"summary: 0 ok, 0 skipped, {len(expected)} failed, 0 invalid; "
                                  f"{len(expected)} total in ")
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def _xml(path: Path) -> bytes:
    return serialize(convert_file(path, converted=DAY).tree)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_text_converts_like_utf8(tmp_path, encoding):
    copy = tmp_path / RESOLUTION.name
    copy.write_bytes(RESOLUTION.read_text(encoding="utf-8").encode(encoding))
    assert _xml(copy) == _xml(RESOLUTION)


def test_cp1252_text_converts_like_utf8(tmp_path):
    text = RESOLUTION.read_text(encoding="utf-8")
    text = text.translate(str.maketrans("⁴⁵⁶", "456"))  # not in cp1252
    utf8, cp1252 = tmp_path / "u" / RESOLUTION.name, tmp_path / "c" / RESOLUTION.name
    utf8.parent.mkdir()
    cp1252.parent.mkdir()
    utf8.write_bytes(text.encode("utf-8"))
    cp1252.write_bytes(text.encode("cp1252"))
    assert "“" in text and _xml(cp1252) == _xml(utf8)


def test_text_named_pdf_is_read_as_text(tmp_path):
    disguised = tmp_path / "A_RES_79_166.pdf"
    disguised.write_bytes(RESOLUTION.read_bytes())
    assert _xml(disguised) == _xml(RESOLUTION)


def test_masthead_cut_off_converts_with_a_warning_but_aside(tmp_path):
    lines = RESOLUTION.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("The General Assembly"))
    cut = tmp_path / RESOLUTION.name          # the file name still gives the symbol
    cut.write_text("".join(lines[start:]), encoding="utf-8")
    run = CliRunner().invoke(app, ["convert", str(cut), "-o", str(tmp_path / "out.xml")])
    # converted, but without a masthead the cover misses what the profile requires: the
    # output goes aside as invalid (exit 3), as `akn validate` would reject it
    assert run.exit_code == 3 and not (tmp_path / "out.xml").exists()
    assert run.stderr.startswith(f"warning: {cut}: no masthead (organ, session, symbol) found; "
                                 f"converted without it\nerror: {cut}: the XML produced is not valid")
    assert "no <docTitle> in a <preface>" in run.stderr
    aside = (tmp_path / "out.invalid.xml").read_bytes()
    assert b"<FRBRthis value=\"/akn/un/statement/deliberation/unga/2024-12-17/79-166" in aside
    nameless = tmp_path / "cut.txt"           # and without it: a clear failure
    nameless.write_text("".join(lines[start:]), encoding="utf-8")
    run = CliRunner().invoke(app, ["convert", str(nameless), "-o", str(tmp_path / "out2.xml")])
    assert run.exit_code == 7 and run.stderr.startswith(f"error: {nameless}: the document symbol")
