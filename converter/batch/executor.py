"""Where the conversions run: the local worker pool, or a Dask cluster.  Both take the
planned jobs and yield one `Done` per job; all else (planning, skips, reporting) is
run.py's, the same for both."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Protocol

from converter.batch.model import Job
from converter.batch.pool import Done, WorkerPool
from converter.batch.worker import WorkerConfig


class Executor(AbstractContextManager["Executor"], Protocol):
    def run(self, jobs: list[Job]) -> Iterator[Done]: ...


def executor(scheduler: str | None, workers: int, config: WorkerConfig, timeout: float) -> Executor:
    """`scheduler` None: `workers` local processes; else a Dask scheduler address or local:N."""
    if scheduler is None:
        return WorkerPool(workers, config, timeout)
    from converter.batch.cluster import DaskExecutor

    return DaskExecutor(scheduler, config, timeout)
