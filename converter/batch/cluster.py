"""The batch's conversions as tasks on a Dask cluster (`akn batch --scheduler ADDRESS`).

One task is one file (on `local:N`, local files go in groups, see `task_groups`).
On the Dask worker it is handed to a one-process `WorkerPool`
(one per worker thread, kept for the worker's life, started when the batch registers its
plugin, see warm.py, so that its start-up overlaps the first tasks' way to the worker):
the local pool's own code, so a file past `--timeout` or one that crashes its process
(pdfium, the memory cap) fails alone, and the Dask worker goes on.

`local:N` is a LocalCluster whose N workers are threads of the batch's own process, each
driving its conversion process: on one machine, worker processes would add their imports,
heartbeats and serialisation (a quarter more CPU on a 2-core machine) and no isolation,
which the conversion processes give.  A cluster of worker processes, on one machine or
many, is started with `dask scheduler` and `dask worker` (README).

A Dask worker that is lost is Dask's to handle: it runs that worker's tasks again
elsewhere (the conversion process died with its worker, see worker._die_with_parent, so
nothing is written twice), or after `distributed.scheduler.allowed-failures` losses gives
the file up (`KilledWorker`), which then fails.  Either way the client reports every job
once (run.py).
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import re
import threading
import uuid
from collections.abc import Iterator
from types import TracebackType
from typing import Any

from converter.batch.model import Job, Status, Task
from converter.batch.pool import Done, WorkerPool, start_forkserver
from converter.batch.storage import EXTRA, Location, remove_orphan_stages
from converter.batch.worker import WorkerConfig, remove_stale_temp_files
from converter.errors import one_line

LOCAL = re.compile(r"^local:([1-9][0-9]*)$")
CONNECT_SECONDS = 30.0
# A LocalCluster's housekeeping, cut to what tasks of a second or so need: its workers only wait
# on their conversion process, so the statistical profiler (a sample every 10 ms), the system
# monitor and the event-loop ticks would be CPU taken from the conversions on a small machine.
LOCAL_SETTINGS = {"distributed.worker.profile.enabled": False,
                  "distributed.admin.system-monitor.interval": "5s",
                  "distributed.admin.system-monitor.disk": False,
                  "distributed.admin.system-monitor.gil.enabled": False,
                  "distributed.admin.tick.interval": "1s"}
# its scheduler's HTTP server (health, metrics) on a free port, not the dashboard's 8787
NO_DASHBOARD = {"dashboard": False, "dashboard_address": ":0"}


class ClusterError(Exception):
    """No cluster to run on: the extra is missing, a bad address, an unreachable scheduler."""


def check_address(address: str) -> None:
    """`ClusterError` unless `distributed` is installed and `address` is a scheduler address."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise ClusterError(f"--scheduler needs the dask extra: {EXTRA}") from None
    if not (LOCAL.match(address) or re.match(r"^[a-z]+://\S+$|^[^\s:/]+:[0-9]+$", address)):
        raise ClusterError(f"--scheduler {address!r}: expected tcp://HOST:PORT or local:N")


# Dask worker (address) -> its conversion processes not running a task.  Per worker, as
# the workers of a `local:N` cluster share this process.
_idle: dict[str, list[WorkerPool]] = {}
_busy: set[WorkerPool] = set()     # running a task, whichever worker
_idle_lock = threading.Lock()
_stopping = threading.Event()       # set as a local:N batch stops: its groups end early

GROUP_FILES = 32                    # on local:N, local inputs go in groups of up to so many files
GROUP_BYTES = 768 * 1024            # or so many bytes in all (a larger file goes alone)

Outcome = tuple[int, Status, str | None, float]    # job index, status, error, seconds


def _allow_children() -> None:
    """Dask's nanny starts its workers as daemonic processes, which multiprocessing forbids
    to start children, lest they outlive it.  Ours cannot: they die with their parent and
    leave at the end of their pipe."""
    mp.current_process()._config["daemon"] = False  # type: ignore[attr-defined]


def conversion_process(config: WorkerConfig, timeout: float, in_process: bool) -> WorkerPool:
    """A new one-process pool on this Dask worker (its process not yet started).  A worker
    of its own process spawns it, so that it dies with the worker; a `local:N` worker
    thread forks it from the batch's forkserver, as the local pool does (the pipeline
    imported once, not per process)."""
    if in_process:
        return WorkerPool(1, config, timeout)
    _allow_children()
    remove_orphan_stages()
    return WorkerPool(1, config, timeout, spawn=True)


def add_idle(worker: str, pool: WorkerPool) -> None:
    with _idle_lock:
        _idle.setdefault(worker, []).append(pool)


def stop_idle(worker: str) -> None:
    with _idle_lock:
        pools = _idle.pop(worker, [])
    for pool in pools:
        pool.shutdown()


def _take(worker: str, config: WorkerConfig, timeout: float, in_process: bool) -> WorkerPool:
    """An idle conversion process of `worker` for this batch's settings; one of another
    batch's is stopped to make room (their number stays that of the worker's threads)."""
    other = None
    with _idle_lock:
        idle = _idle.setdefault(worker, [])
        for i, pool in enumerate(idle):
            if pool.config == config and pool.timeout == timeout:
                return idle.pop(i)
        if idle:
            other = idle.pop(0)
    if other is not None:
        other.shutdown()
    return conversion_process(config, timeout, in_process)


def run_tasks(tasks: list[Task], config: WorkerConfig, timeout: float,
              in_process: bool = False) -> list[Outcome]:
    """On a Dask worker: convert the files one by one in an idle conversion process of this
    worker (`in_process`: the worker is a thread of the batch's process, `local:N`)."""
    from distributed import get_worker

    worker = get_worker().address
    pool = _take(worker, config, timeout, in_process)
    with _idle_lock:
        _busy.add(pool)
    outcomes: list[Outcome] = []
    try:
        for task in tasks:
            if in_process and _stopping.is_set():
                break
            done, = pool.run([Job(task.index, task.input, task.output)])
            outcomes.append((task.index, done.status, done.error, done.seconds))
    except BaseException:
        pool.shutdown()
        raise
    finally:
        with _idle_lock:
            _busy.discard(pool)
    add_idle(worker, pool)
    return outcomes


def kill_busy() -> None:
    """Kill the conversions running in this process (a `local:N` cluster's, as the batch
    stops): they stop with the batch, as they would with their worker processes."""
    _stopping.set()
    with _idle_lock:
        busy = list(_busy)
    for pool in busy:
        pool.kill()


def _local_size(location: Location) -> int | None:
    """The size of a local file; None for others (URLs, unreadable)."""
    if isinstance(location, str):
        return None
    try:
        return os.stat(location).st_size
    except OSError:
        return None


def task_groups(jobs: list[Job], in_process: bool) -> list[list[Job]]:
    """The jobs of each task.  One file per task on a cluster of its own: Dask runs a lost
    worker's task again, and a group would convert its finished files twice.  On local:N,
    whose workers (threads) are not lost, local files go in groups of up to GROUP_FILES files
    or GROUP_BYTES: Dask's work for a task (~5 ms of CPU on the batch's two cores) is more
    than a small file's conversion, and a tenth of a PDF's (corpus PDFs: +17% -> +10% of the
    local pool's time on 2 workers)."""
    if not in_process:
        return [[job] for job in jobs]
    groups: list[list[Job]] = []
    group: list[Job] = []
    size = 0
    for job in jobs:
        own = _local_size(job.input)
        if own is None or own >= GROUP_BYTES:
            groups.append([job])
            continue
        if group and (len(group) >= GROUP_FILES or size + own > GROUP_BYTES):
            groups.append(group)
            group, size = [], 0
        group.append(job)
        size += own
    if group:
        groups.append(group)
    return groups


class DaskExecutor:
    """`run(jobs)` yields one `Done` per job as the cluster finishes them."""

    def __init__(self, address: str, config: WorkerConfig, timeout: float) -> None:
        self.address = address
        self.config = config
        self.timeout = timeout
        self._client: Any = None
        self._cluster: Any = None
        self._futures: list[Any] = []
        self._outputs: list[Location] = []

    def __enter__(self) -> DaskExecutor:
        local = LOCAL.match(self.address)
        if local:
            start_forkserver()    # for the conversion processes, beside Dask's start-up
            _stopping.clear()
        import dask
        from distributed import Client, LocalCluster

        try:
            if local:
                # worker threads (see above); no Dask memory manager: the conversion process has
                # its own cap (--memory), and the manager's polling costs CPU the conversions need
                with dask.config.set(LOCAL_SETTINGS):
                    self._cluster = LocalCluster(n_workers=int(local.group(1)), threads_per_worker=1,
                                                 processes=False, scheduler_kwargs=NO_DASHBOARD,
                                                 memory_limit=0, silence_logs=logging.ERROR)
                self._client = Client(self._cluster)
            else:
                self._client = Client(self.address, timeout=CONNECT_SECONDS)
        except (OSError, TimeoutError, ValueError) as e:
            self.__exit__(None, None, None)
            raise ClusterError(one_line(f"{self.address}: cannot reach the scheduler ({e})")) from None
        from converter.batch.warm import Warm

        try:
            self._client.register_plugin(Warm(self.config, self.timeout, self._cluster is not None))
        except Exception as e:   # e.g. workers without this package: nothing could run there
            self.__exit__(None, None, None)
            raise ClusterError(one_line(f"{self.address}: the workers cannot start conversions "
                                        f"({type(e).__name__}: {e})")) from None
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._client is not None:
            if self._futures:
                self._client.cancel(self._futures)
            if self._cluster is not None:
                kill_busy()
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._client = self._cluster = None
        # what a lost (or, after Ctrl-C, stopped) worker left in local output directories
        remove_stale_temp_files(self._outputs)

    def run(self, jobs: list[Job]) -> Iterator[Done]:
        from distributed import as_completed

        self._outputs = [job.output for job in jobs]
        batch = uuid.uuid4().hex[:12]
        in_process = self._cluster is not None
        groups = task_groups(jobs, in_process)
        tasks = [[Task(j.index, j.input, j.output, self.config.language) for j in group]
                 for group in groups]
        self._futures = self._client.map(run_tasks, tasks, config=self.config, timeout=self.timeout,
                                         in_process=in_process,
                                         key=[f"akn-{batch}-{group[0].index}" for group in groups],
                                         pure=False)
        group_of = {future.key: group for future, group in zip(self._futures, groups, strict=True)}
        # results gathered as they come (one round trip per task would halve the rate)
        for future, outcome in as_completed(self._futures, with_results=True, raise_errors=False):
            group = group_of[future.key]
            if future.status == "finished":
                job_of = {job.index: job for job in group}
                for index, status, message, seconds in outcome:
                    yield Done(job_of[index], status, message, seconds)
            else:
                for job in group:
                    yield Done(job, Status.FAILED, one_line(
                        f"{job.input}: lost on the cluster ({type(outcome).__name__}: {outcome}); "
                        "nothing written"), 0.0)
            future.release()
        self._futures = []
