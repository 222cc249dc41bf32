"""The batch as a whole: discover, plan, convert in the pool or on a cluster, report
every input once."""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from converter.batch.discover import discover
from converter.batch.executor import executor
from converter.batch.model import FileResult, Job, Status
from converter.batch.plan import plan
from converter.batch.pool import Done
from converter.batch.report import Progress, Summary
from converter.batch.storage import Location, invalid_location
from converter.batch.worker import WorkerConfig
from converter.limits import DEFAULT, Limits


@dataclass(frozen=True, slots=True)
class BatchOptions:
    workers: int
    force: bool = False
    timeout: float = 120.0
    language: str = "auto"
    memory_mb: int = 0                # address space per worker; 0: no limit
    document_date: date | None = None  # for documents whose text dates nothing
    limits: Limits = field(default=DEFAULT)
    scheduler: str | None = None      # a Dask scheduler address, or local:N; None: local pool


@dataclass(frozen=True, slots=True)
class BatchResult:
    results: list[FileResult]
    summary: Summary
    interrupted: bool


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """A `kill PID` of the batch stops it as cleanly as Ctrl-C does."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _result(done: Done) -> FileResult:
    output = invalid_location(done.job.output) if done.status is Status.INVALID else done.job.output
    return FileResult(done.job.input, output, done.status, done.error, done.seconds)


def _interrupted(job: Job) -> FileResult:
    return FileResult(job.input, job.output, Status.FAILED,
                      f"{job.input}: batch interrupted; not converted", 0.0)


def run_batch(inputs: Sequence[Location], outdir: Location, options: BatchOptions,
              progress: Progress) -> BatchResult:
    """Every input ends as one `FileResult`, in discovery order, whatever happens."""
    start = time.perf_counter()
    jobs = discover(inputs, outdir)
    planned = plan(jobs, force=options.force)
    results: dict[int, FileResult] = {}
    progress.start(len(jobs))
    for index, result in sorted(planned.done.items()):
        results[index] = result
        progress.advance(result)
    interrupted = False
    if planned.todo:
        size = max(1, min(options.workers, len(planned.todo)))
        try:
            config = WorkerConfig.from_env(options.language, memory_mb=options.memory_mb,
                                           document_date=options.document_date,
                                           limits=options.limits)
            with _sigterm_as_interrupt(), executor(options.scheduler, size, config,
                                                   options.timeout) as running:
                for done in running.run(planned.todo):
                    if done.job.index in results:   # a cluster may run a task again: once only
                        continue
                    results[done.job.index] = result = _result(done)
                    progress.advance(result)
        except KeyboardInterrupt:
            interrupted = True
    for job in jobs:   # after an interrupt, the unfinished inputs get their line too
        if job.index not in results:
            results[job.index] = result = _interrupted(job)
            progress.advance(result)
    ordered = [results[job.index] for job in jobs]
    summary = Summary.of(ordered, time.perf_counter() - start)
    progress.finish(summary)
    return BatchResult(ordered, summary, interrupted)
