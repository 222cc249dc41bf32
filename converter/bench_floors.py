"""`make bench`, what no change of ours can take away, beside `pdftotext` (issue #19).

Two floors bound the whole-process targets from below:

- per page, pdfium's own work that the reader cannot skip: parsing the page's content
  (`FPDF_LoadPage`) and building its text page (`FPDFText_LoadPage`), in process, with no
  Python work on the result; against a `pdftotext` loop's whole wall time per page;
- per process, what a conversion pays before its first page: starting Python, importing the
  pipeline and compiling the official XSD (`libxml2_schema`); against `pdftotext`'s whole
  run on one long PDF.

Each floor is printed with the share of the 1.5x budget it leaves to everything else.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

import pypdfium2.raw as pdfium

from converter.readers.pdf.document import open_document

_STARTUP = "import converter.pipeline; from converter.validator.schema import libxml2_schema; " \
           "libxml2_schema()"


def pdfium_seconds(files: list[Path]) -> tuple[float, int]:
    """(seconds, pages) of loading every page and its text page of `files`, nothing else."""
    seconds, pages = 0.0, 0
    for path in files:
        with open_document(path) as (doc, count):
            start = time.perf_counter()
            for index in range(count):
                page = pdfium.FPDF_LoadPage(doc, index)
                textpage = pdfium.FPDFText_LoadPage(page)
                pdfium.FPDFText_ClosePage(textpage)
                pdfium.FPDF_ClosePage(page)
            seconds += time.perf_counter() - start
            pages += count
    return seconds, pages


def _pdftotext_seconds(files: list[Path]) -> float:
    start = time.perf_counter()
    for path in files:
        subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                       check=False)
    return time.perf_counter() - start


def _startup_seconds() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", _STARTUP], capture_output=True, check=False)
    return time.perf_counter() - start


def _line(label: str, floor: float, poppler: float, ratio: float) -> str:
    left = ratio * poppler - floor
    return (f"{label:<30} floor {floor:8.3f}  pdftotext {poppler:8.3f}  = {floor / poppler:4.2f}x;"
            f" left of the {ratio}x budget: {left:+8.3f}")


def floors(pdfs: list[Path], longest: Path, runs: int, ratio: float) -> list[str]:
    """The two floors, medians of `runs` runs (pdftotext must be on PATH)."""
    pdfium_seconds(pdfs[:1])   # warm-up: the library's fonts and caches loaded
    per_page, poppler_page, pages = [], [], 0
    for _ in range(runs):
        seconds, pages = pdfium_seconds(pdfs)
        per_page.append(1000 * seconds / pages)
        poppler_page.append(1000 * _pdftotext_seconds(pdfs) / pages)
    startup = statistics.median(_startup_seconds() for _ in range(runs))
    poppler_long = statistics.median(_pdftotext_seconds([longest]) for _ in range(runs))
    return [
        _line("pdfium alone, ms per page", statistics.median(per_page),
              statistics.median(poppler_page), ratio),
        _line(f"start-up, s ({longest.stem})", startup, poppler_long, ratio),
    ]
