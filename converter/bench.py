"""`make bench`: conversion speed over the DEV corpus (median of several runs).

Reports, per input kind, median ms per document and per page for input ->
validated XML, and `pdftotext` on the same PDFs for comparison.  Skips what
is not available (no corpus beside the repo, no pdftotext).
"""

from __future__ import annotations

import contextlib
import csv
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from converter.errors import ConversionError
from converter.pipeline import convert_file, serialize

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
RUNS = 3
CONVERTED = date(2026, 1, 1)


def _pages() -> dict[str, int]:
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8") as f:
        return {row["sym"]: int(row["pages"]) for row in csv.DictReader(f, delimiter="\t")}


def _time(files: list[Path], work: Callable[[Path], object]) -> float:
    """Median over RUNS of the total seconds to process `files`."""
    totals = []
    for _ in range(RUNS):
        start = time.perf_counter()
        for f in files:
            with contextlib.suppress(ConversionError):
                work(f)
        totals.append(time.perf_counter() - start)
    return statistics.median(totals)


def _convert(path: Path) -> bytes:
    return serialize(convert_file(path, converted=CONVERTED).tree)


def _pdftotext(path: Path) -> None:
    subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                   check=False)


def _report(label: str, files: list[Path], seconds: float, pages: int) -> None:
    n = len(files)
    print(f"{label:<28} {n:>4} docs {pages:>5} pages  {1000 * seconds / n:8.2f} ms/doc "
          f"{1000 * seconds / max(pages, 1):7.2f} ms/page  {n / seconds:8.1f} docs/s")


def main() -> int:
    if not (CORPUS / "MANIFEST.tsv").is_file():
        print(f"no corpus at {CORPUS}: nothing to measure")
        return 0
    pages = _pages()
    print(f"median of {RUNS} runs, one process, {date.today().isoformat()}")
    for label, sub, pattern in (("text/md -> valid XML", "text/md", "*.md"),
                                ("text/plain -> valid XML", "text/plain", "*.txt"),
                                ("pdf -> valid XML", "pdf", "*.pdf")):
        files = sorted((CORPUS / sub).glob(pattern))
        if not files:
            continue
        _convert(files[0])  # warm-up: schema compiled, modules imported
        total_pages = sum(pages.get(f.stem, 1) for f in files)
        _report(label, files, _time(files, _convert), total_pages)
    pdfs = sorted((CORPUS / "pdf").glob("*.pdf"))
    if pdfs and shutil.which("pdftotext"):
        total_pages = sum(pages.get(f.stem, 1) for f in pdfs)
        _report("pdftotext (poppler)", pdfs, _time(pdfs, _pdftotext), total_pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
