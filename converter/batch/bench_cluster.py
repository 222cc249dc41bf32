"""`make bench`, the cluster part: `akn batch` on the corpus PDFs with the local pool (-j 2)
against a 2-worker LocalCluster (`--scheduler local:2`), each run as its own process, as a
user runs it: wall time from start to exit, and the span from the first result line to the
last (start-up left out: what counts over an archive), and the CPU seconds of all its
processes (steadier than wall on a busy machine).  Best of ROUNDS runs of each, taken
in turns, with the PDFs read once before (a shared machine's load comes and goes; the page
cache should not favour whichever runs second).  Then the same on a standing cluster of 2
worker processes on this machine, reached by its tcp address as a real cluster is (its
start-up not counted), and the scheduling overhead of each, in files per second, on 2,000
tiny inputs that fail at once (local:N sends local files to its workers in groups).
Skips the cluster when the dask extra is not installed."""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

TINY = 2000
ROUNDS = 2
# Runs a command as a subreaper (Linux), so that every process under it, however deep (a
# forkserver's children), is reaped here and counted in RUSAGE_CHILDREN; prints the total.
_CPU_OF = """
import ctypes, os, resource, subprocess, sys
try:
    ctypes.CDLL(None).prctl(36, 1)
except Exception:
    pass
subprocess.call(sys.argv[1:])
while True:
    try:
        os.wait()
    except ChildProcessError:
        break
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"cpu: {usage.ru_utime + usage.ru_stime}", flush=True)
"""


@dataclass(frozen=True)
class Run:
    wall: float
    times: list[float]      # when each result line came
    cpu: float

    @property
    def span(self) -> float:
        return self.times[-1] - self.times[0] if len(self.times) > 1 else float("nan")

    @property
    def rate(self) -> float:
        return (len(self.times) - 1) / self.span


def _run(inputs: Path, scheduler: str | None) -> Run:
    """One `akn batch` of `inputs` with 2 workers, in its own process: wall seconds to its
    summary line."""
    with tempfile.TemporaryDirectory() as out:
        args = [sys.executable, "-c", _CPU_OF, sys.executable, "-m", "converter", "batch", str(inputs),
                "-o", out, "-j", "2", "--force"]
        if scheduler is not None:
            args += ["--scheduler", scheduler]
        times = []
        wall = cpu = float("nan")
        start = time.perf_counter()
        with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as run:
            assert run.stdout is not None
            for line in run.stdout:
                if line.startswith("cpu: "):
                    cpu = float(line[5:])
                elif line.startswith("summary:"):     # the batch done, its cluster closed
                    wall = time.perf_counter() - start
                else:
                    times.append(time.perf_counter())
        return Run(wall, times, cpu)


def _best(inputs: Path, schedulers: list[str | None]) -> list[Run]:
    """For each scheduler, its run of the shortest wall among ROUNDS taken in turns."""
    runs: list[list[Run]] = [[] for _ in schedulers]
    for _ in range(ROUNDS):
        for done, scheduler in zip(runs, schedulers, strict=True):
            done.append(_run(inputs, scheduler))
    return [min(done, key=lambda r: r.wall) for done in runs]


@contextlib.contextmanager
def _worker_processes() -> Iterator[str]:
    """A LocalCluster of 2 worker processes (1 thread each), with local:N's settings; its
    scheduler's address."""
    import dask
    from distributed import LocalCluster

    from converter.batch.cluster import LOCAL_SETTINGS, NO_DASHBOARD

    with dask.config.set(LOCAL_SETTINGS), LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, memory_limit=0,
            scheduler_kwargs=NO_DASHBOARD, silence_logs=logging.ERROR) as cluster:
        yield cluster.scheduler_address


def _against(cluster: float, local: float) -> str:
    return f"{100 * (cluster / local - 1):+.0f}%"


def _line(label: str, count: int, run: Run, pool: Run | None = None, note: str = "",
          all_cpu: bool = True) -> str:
    """`all_cpu` False: the run's CPU is its client's alone (the workers are not its own)."""
    cpu = f"{run.cpu:7.2f} s CPU" if all_cpu else f"{run.cpu:7.2f} s CPU of the client"
    text = f"{label:<28} {count:>4} docs  {run.wall:7.2f} s wall {run.span:7.2f} s first to last {cpu}"
    if pool is not None:
        cpu_against = f", {_against(run.cpu, pool.cpu)} CPU" if all_cpu else ""
        text += (f"  ({_against(run.wall, pool.wall)} wall, {_against(run.span, pool.span)} first "
                 f"to last{cpu_against}; {note})")
    return text


def bench_cluster(pdf_dir: Path | None) -> list[str]:
    """The lines for `make bench` (timings on a shared machine are noisy: compare runs)."""
    if importlib.util.find_spec("distributed") is None:
        return ["cluster: skipped (pip install 'un-akn-converter[dask]')"]
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        if pdf_dir is not None:
            pdfs = list(pdf_dir.glob("*.pdf"))
            for pdf in pdfs:
                pdf.read_bytes()
            pool, local = _best(pdf_dir, [None, "local:2"])
            lines.append(_line("batch pdf/, local pool -j2", len(pdfs), pool))
            lines.append(_line("batch pdf/, Dask local:2", len(pdfs), local, pool, "target +15%"))
            with _worker_processes() as address:
                standing = _run(pdf_dir, address)
            lines.append(_line("batch pdf/, Dask 2 processes", len(pdfs), standing, pool,
                               "a standing cluster, one run", all_cpu=False))
        tiny = Path(tmp) / "tiny"
        tiny.mkdir()
        for n in range(TINY):
            (tiny / f"t{n:04d}.txt").write_text("x\n")
        for label, scheduler in (("local pool -j2", None), ("Dask local:2", "local:2")):
            rate = _run(tiny, scheduler).rate
            lines.append(f"{f'overhead, {label}':<28} {TINY:>4} tiny inputs  {rate:8.0f} files/s "
                         f"({1000 / rate:.2f} ms per file)")
    return lines


if __name__ == "__main__":
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    for line in bench_cluster(corpus):
        print(line, flush=True)
