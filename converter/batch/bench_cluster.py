"""`make bench`, the cluster part: the batch on the corpus PDFs with the local pool
(-j 2) against a 2-worker LocalCluster (`--scheduler local:2`): wall time from start
to summary, and the span from the first result to the last (start-up left out: what
counts over an archive); then the scheduling overhead of each, in tasks per second, on
2,000 tiny inputs that fail at once.  Skips the cluster when the dask extra is not
installed."""

from __future__ import annotations

import importlib.util
import sys
import tempfile
import time
from pathlib import Path

from converter.batch.model import FileResult
from converter.batch.report import Summary
from converter.batch.run import BatchOptions, run_batch

TINY = 2000


class _Clock:
    """A progress that notes when the first and the last result came."""

    def __init__(self) -> None:
        self.times: list[float] = []

    def start(self, total: int) -> None:
        pass

    def advance(self, result: FileResult) -> None:
        self.times.append(time.perf_counter())

    def finish(self, summary: Summary) -> None:
        pass

    def span(self) -> float:
        return self.times[-1] - self.times[0] if len(self.times) > 1 else float("nan")

    def rate(self) -> float:
        return (len(self.times) - 1) / self.span()


def _timed(inputs: Path, scheduler: str | None) -> tuple[float, _Clock]:
    """(wall seconds, the clock of results) of one batch, 2 workers either way."""
    clock = _Clock()
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        run_batch([inputs], Path(out), BatchOptions(2, force=True, scheduler=scheduler), clock)
        return time.perf_counter() - start, clock


def _against(cluster: float, local: float) -> str:
    return f"{100 * (cluster / local - 1):+.0f}%"


def bench_cluster(pdf_dir: Path | None) -> list[str]:
    """The lines for `make bench` (timings on a shared machine are noisy: compare runs)."""
    if importlib.util.find_spec("distributed") is None:
        return ["cluster: skipped (pip install 'un-akn-converter[dask]')"]
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        if pdf_dir is not None:
            count = len(list(pdf_dir.glob("*.pdf")))
            wall, clock = _timed(pdf_dir, None)
            lines.append(f"{'batch pdf/, local pool -j2':<28} {count:>4} docs  {wall:8.2f} s wall "
                         f"{clock.span():8.2f} s first to last result")
            cluster_wall, cluster_clock = _timed(pdf_dir, "local:2")
            lines.append(f"{'batch pdf/, Dask local:2':<28} {count:>4} docs  {cluster_wall:8.2f} s wall "
                         f"{cluster_clock.span():8.2f} s first to last result  "
                         f"({_against(cluster_wall, wall)} wall, "
                         f"{_against(cluster_clock.span(), clock.span())} first to last; target +15%)")
        tiny = Path(tmp) / "tiny"
        tiny.mkdir()
        for n in range(TINY):
            (tiny / f"t{n:04d}.txt").write_text("x\n")
        for label, scheduler in (("local pool -j2", None), ("Dask local:2", "local:2")):
            rate = _timed(tiny, scheduler)[1].rate()
            lines.append(f"{f'overhead, {label}':<28} {TINY:>4} tiny inputs  {rate:8.0f} tasks/s "
                         f"({1000 / rate:.2f} ms per task)")
    return lines


if __name__ == "__main__":
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    for line in bench_cluster(corpus):
        print(line, flush=True)
