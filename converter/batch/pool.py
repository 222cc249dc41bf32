"""N long-lived worker processes, each fed one task at a time through its own pipe.

`concurrent.futures.ProcessPoolExecutor` is not used: one killed worker breaks the
whole executor and the file it was on cannot be told from the others.  Here the
parent knows which file every worker holds, waits on the pipes and the process
sentinels with the nearest deadline as timeout, and on a crash or a timeout fails
just that file, removes its temporary output and starts a fresh worker.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import shutil
import signal
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess
from types import TracebackType

from converter.batch.model import Job, Status, Task
from converter.batch.storage import staging_root
from converter.batch.worker import PIPELINE, READY, Outcome, WorkerConfig, serve, temp_files

JOIN_SECONDS = 5.0
# How native code (pdfium) dies when an allocation fails under the worker's memory cap.
_ALLOCATION_DEATHS = frozenset({-signal.SIGABRT, -signal.SIGSEGV, -signal.SIGBUS})
STARTUP_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class Done:
    job: Job
    status: Status
    error: str | None
    seconds: float


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    job: Job | None = None
    started: float = 0.0
    ready: bool = False        # it has loaded the schema (sent READY)


def _context(spawn: bool) -> ForkServerContext | SpawnContext:
    """forkserver where there is one: workers start clean (no parent threads), and fast.
    spawn when the workers must die with this process (their parent): a forkserver's
    children keep it alive, so it outlives its client and they with it."""
    # A new interpreter puts the working directory first on its path ("-c"), and the
    # forkserver imports the pipeline before it takes this process's path: a folder named
    # "converter" where the batch runs would be imported instead.  Python 3.11+ leaves the
    # working directory out when PYTHONSAFEPATH is set (children inherit the environment).
    os.environ.setdefault("PYTHONSAFEPATH", "1")
    if not spawn and "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        # (the schema last: compiled once there, every worker is forked with it)
        ctx.set_forkserver_preload(["converter.batch.worker", *PIPELINE,
                                   "converter.batch.schema_preload"])
        return ctx
    return mp.get_context("spawn")


def start_forkserver() -> None:
    """Start the forkserver now, if there is one: it imports the pipeline while the caller
    goes on (a Dask LocalCluster starting), ready when the first worker is needed."""
    if isinstance(_context(spawn=False), ForkServerContext):
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _death(code: int | None) -> str:
    if code is not None and code < 0:
        with contextlib.suppress(ValueError):
            return f"killed by {signal.Signals(-code).name}"
        return f"killed by signal {-code}"
    return f"exited with code {code}"


class WorkerPool:
    def __init__(self, size: int, config: WorkerConfig, timeout: float, *,
                 spawn: bool = False) -> None:
        self.size = size
        self.config = config
        self.timeout = timeout
        self._ctx = _context(spawn)
        self._workers: list[_Worker | None] = [None] * size

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.shutdown()

    def _start(self) -> _Worker:
        parent, child = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(target=serve, args=(child, self.config), daemon=True,
                                    name="akn-batch-worker")
        process.start()
        child.close()
        return _Worker(process, parent)

    def _wait_ready(self, worker: _Worker) -> str | None:
        """None once the worker has loaded the schema, else why it did not start."""
        try:
            if worker.conn.poll(STARTUP_SECONDS) and worker.conn.recv() == READY:
                return None
            problem = f"not ready after {STARTUP_SECONDS:g} s"
        except (EOFError, OSError):
            worker.process.join(JOIN_SECONDS)
            problem = _death(worker.process.exitcode)
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(JOIN_SECONDS)
        worker.conn.close()
        return problem

    def launch(self) -> None:
        """Start the worker processes without waiting for them: their start-up (imports, the
        schema) overlaps whatever the caller does until `run`."""
        for slot in range(self.size):
            if self._workers[slot] is None:
                self._workers[slot] = self._start()

    def _ready(self, slot: int) -> str | None:
        """None once the worker in `slot` is ready, else why it did not start (slot emptied)."""
        worker = self._workers[slot]
        assert worker is not None
        if not worker.ready:
            problem = self._wait_ready(worker)
            if problem is not None:
                self._workers[slot] = None
                return problem
            worker.ready = True
        return None

    def _start_all(self, count: int) -> None:
        """Start workers side by side (their start-ups overlap); keep those that came up."""
        for slot in range(count):
            if self._workers[slot] is None:
                self._workers[slot] = self._start()
        for slot in range(count):
            self._ready(slot)

    def _assign(self, slot: int, job: Job) -> Done | None:
        """Hand `job` to the worker in `slot` (started if needed); a `Done` if that failed."""
        if self._workers[slot] is None:
            self._workers[slot] = self._start()
        problem = self._ready(slot)
        if problem is not None:
            return Done(job, Status.FAILED, f"{job.input}: worker could not start ({problem})", 0.0)
        worker = self._workers[slot]
        assert worker is not None
        try:
            worker.conn.send(Task(job.index, job.input, job.output, self.config.language))
        except (BrokenPipeError, OSError):
            self._retire(slot, kill=True)
            return Done(job, Status.FAILED, f"{job.input}: worker crashed before it got the "
                        "file; nothing written", 0.0)
        worker.job, worker.started = job, time.monotonic()
        return None

    def _retire(self, slot: int, *, kill: bool) -> None:
        """Stop the worker in `slot` (killing it if asked), remove its job's temporary files."""
        worker = self._workers[slot]
        if worker is None:
            return
        self._workers[slot] = None
        if kill and worker.process.is_alive():
            worker.process.kill()
        worker.process.join(JOIN_SECONDS)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.conn.close()
        if worker.job is not None:
            for tmp in temp_files(worker.job.output):
                tmp.unlink(missing_ok=True)
        if worker.process.pid is not None:
            shutil.rmtree(staging_root(worker.process.pid), ignore_errors=True)

    def run(self, jobs: list[Job]) -> Iterator[Done]:
        """Yield one `Done` per job, in completion order."""
        pending = deque(jobs)
        self._start_all(min(self.size, len(pending)))
        while True:
            for slot in range(self.size):
                worker = self._workers[slot]
                if pending and (worker is None or worker.job is None):
                    failed = self._assign(slot, pending.popleft())
                    if failed is not None:
                        yield failed
            busy = [(slot, w) for slot, w in enumerate(self._workers) if w and w.job]
            if not busy:
                if pending:
                    continue
                return
            nearest = min(w.started for _, w in busy) + self.timeout
            wait([w.conn for _, w in busy] + [w.process.sentinel for _, w in busy],
                 timeout=max(0.0, nearest - time.monotonic()))
            for slot, worker in busy:
                done = self._check(slot, worker)
                if done is not None:
                    yield done

    def _check(self, slot: int, worker: _Worker) -> Done | None:
        """The worker's result if it sent one; a failure if it died or ran out of time."""
        job = worker.job
        assert job is not None
        elapsed = time.monotonic() - worker.started
        try:
            if worker.conn.poll():
                outcome: Outcome = worker.conn.recv()
                worker.job = None
                return Done(job, outcome.status, outcome.error, outcome.seconds)
            alive = worker.process.is_alive()
        except (EOFError, OSError):
            alive = False
        if not alive:
            worker.process.join(JOIN_SECONDS)
            reason = _death(worker.process.exitcode)
            if self.config.memory_mb and worker.process.exitcode in _ALLOCATION_DEATHS:
                reason += f"; over the {self.config.memory_mb} MB memory limit?"
            self._retire(slot, kill=True)
            return Done(job, Status.FAILED, f"{job.input}: worker crashed ({reason}); "
                        "nothing written, worker replaced", elapsed)
        if elapsed > self.timeout:
            self._retire(slot, kill=True)
            return Done(job, Status.FAILED, f"{job.input}: timed out after {self.timeout:g} s; "
                        "nothing written, worker replaced", elapsed)
        return None

    def kill(self) -> None:
        """Kill the worker processes now.  Safe from a thread other than the one in `run`,
        which then sees them die, fails their files and removes their temporary files."""
        for worker in list(self._workers):
            if worker is not None:
                worker.process.kill()

    def shutdown(self) -> None:
        """Idle workers are told to stop; busy ones (after Ctrl-C) and those still starting
        are killed and cleaned up."""
        for worker in self._workers:
            if worker is not None and worker.ready and worker.job is None:
                with contextlib.suppress(BrokenPipeError, OSError):
                    worker.conn.send(None)
        for slot, worker in enumerate(self._workers):
            if worker is not None:
                self._retire(slot, kill=worker.job is not None or not worker.ready)
