"""The Dask worker plugin that starts a batch's conversion processes on every worker (one
per worker thread) as soon as the batch connects, and on workers that join later: their
start-up (imports, the schema) then overlaps the first tasks' way to the worker instead of
following it.  Stopped with the worker.  Imports distributed: loaded only for --scheduler."""

from __future__ import annotations

from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from converter.batch import cluster
from converter.batch.worker import WorkerConfig


class Warm(WorkerPlugin):
    name = "akn-batch-conversion-processes"   # one at a time: a new batch's replaces the last

    def __init__(self, config: WorkerConfig, timeout: float, in_process: bool) -> None:
        self.config = config
        self.timeout = timeout
        self.in_process = in_process     # local:N, see cluster.conversion_process

    def setup(self, worker: Any) -> None:
        cluster.stop_idle(worker.address)    # another batch's, if any
        for _ in range(worker.state.nthreads):
            pool = cluster.conversion_process(self.config, self.timeout, self.in_process)
            pool.launch()
            cluster.add_idle(worker.address, pool)

    def teardown(self, worker: Any) -> None:
        cluster.stop_idle(worker.address)
