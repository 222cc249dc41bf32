"""The speed-target figures of `make bench`: the pdftotext comparison is skipped, with a
message, where pdftotext is missing; the text and memory figures count what they say."""

from __future__ import annotations

from pathlib import Path

import pytest

from converter import bench_targets
from converter.bench import long_markdown


def test_comparison_is_skipped_with_a_message_without_pdftotext(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    monkeypatch.setattr(bench_targets.shutil, "which", lambda name: None)
    pdf = tmp_path / "a.pdf"
    assert bench_targets.whole_process("pdf/", [pdf], 1) == [
        "pdf/: pdftotext not found on PATH: comparison skipped (install poppler-utils)"]


def test_text_median_and_resident_growth_count_each_conversion(tmp_path: Path) -> None:
    md = tmp_path / "A_RES_79_997.md"
    md.write_text(long_markdown(1), encoding="utf-8")
    line = bench_targets.text_medians("text/md -> valid XML", [md], 1)
    assert line.startswith("text/md -> valid XML") and "   1 docs  median" in line
    assert "(target <= 5.0 ms: " in line
    first, last, done = bench_targets.resident_growth([md, md], 5)
    assert done == 5 and first > 0 and last > 0


def test_pdfium_floor_counts_every_page_and_the_budget_left(tmp_path: Path) -> None:
    from converter import bench_floors
    from tests.pdfgen import lines_pdf

    pdf = tmp_path / "three.pdf"
    pdf.write_bytes(lines_pdf([["One"], ["Two"], ["Three"]]))
    seconds, pages = bench_floors.pdfium_seconds([pdf, pdf])
    assert pages == 6 and seconds > 0
    assert bench_floors._line("pdfium alone", 2.0, 4.0, 1.5) == (
        "pdfium alone                   floor    2.000  pdftotext    4.000  = 0.50x; "
        "left of the 1.5x budget:   +4.000")
