"""`akn batch --scheduler`: a real Dask scheduler and two workers (separate processes on
127.0.0.1), a mixed folder (good, bad and invalid inputs), one worker killed mid-run;
then the same with inputs and outputs on S3 (moto's server on 127.0.0.1).  Every input
reported once, good outputs valid, nothing partial or doubled, exit code 1 (some failed)."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from converter.batch import BatchOptions, PlainProgress, Status, run_batch
from converter.batch.worker import STALL_ENV, STALL_PID_ENV
from converter.cli import app
from converter.pipeline import error_messages, findings_of
from tests.mdgen import masthead

distributed = pytest.importorskip("distributed")
psutil = pytest.importorskip("psutil")

DASK = Path(sys.executable).parent / "dask"
BODY = ("*Recalling* its earlier resolutions,\n\n1. *Decides* to remain seized of the matter.\n\n"
        "54th plenary meeting\n24 December 2024\n")
GOOD = [f"A_RES_79_{n}.md" for n in range(10, 18)]
STALLED = "A_RES_79_13.md"
INVALID = "A_RES_79_6.md"     # no masthead: converted, but not valid (written aside)
BAD = "A_RES_79_7.md"         # no resolution at all
SECONDS = 120                 # the most any one step may take on a loaded 2-core CI machine


def mixed_inputs() -> dict[str, str]:
    texts = {name: masthead(f"79/{name[10:12]}", f"Resolution {name[10:12]}") + BODY for name in GOOD}
    texts[INVALID] = "*The General Assembly*,\n\n" + BODY
    texts[BAD] = "Dear colleagues,\n\nPlease find attached the report.\n"
    return texts


def _stop(processes: list[subprocess.Popen]) -> None:
    for p in reversed(processes):
        if p.poll() is None:
            p.terminate()
    for p in reversed(processes):
        try:
            p.wait(3)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait(10)


class Cluster:
    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.processes: list[subprocess.Popen] = []
        scheduler_file = folder / "scheduler.json"
        log = (folder / "dask.log").open("w")
        self.processes.append(subprocess.Popen(
            [str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
             "--scheduler-file", str(scheduler_file)], env=env, stdout=log, stderr=log))
        deadline = time.monotonic() + SECONDS
        while not (scheduler_file.is_file() and scheduler_file.read_text().strip()):
            if time.monotonic() > deadline or self.processes[0].poll() is not None:
                raise RuntimeError(f"no scheduler: {(folder / 'dask.log').read_text()}")
            time.sleep(0.1)
        self.address = json.loads(scheduler_file.read_text())["address"]
        self.nannies = [subprocess.Popen(
            [str(DASK), "worker", self.address, "--host", "127.0.0.1", "--nthreads", "1",
             "--no-dashboard", "--memory-limit", "0", "--name", f"w{i}"], env=env, stdout=log,
            stderr=log) for i in range(2)]
        self.processes += self.nannies
        self.wait_for_workers()

    def wait_for_workers(self) -> None:
        with distributed.Client(self.address, timeout=SECONDS) as client:
            client.wait_for_workers(2, timeout=SECONDS)

    def worker_running(self, pid: int) -> psutil.Process:
        """The Dask worker process (a nanny's child) that `pid` runs under."""
        nannies = {n.pid for n in self.nannies}
        return next(p for p in psutil.Process(pid).parents() if p.ppid() in nannies)


@pytest.fixture(scope="module")
def s3() -> Iterator[dict[str, str]]:
    """A moto S3 server on 127.0.0.1, and the environment that points boto at it (set for
    this module's tests and the cluster's processes)."""
    server_module = pytest.importorskip("moto.server")
    server = server_module.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    env = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
           "AWS_DEFAULT_REGION": "us-east-1", "AWS_ENDPOINT_URL": f"http://{host}:{port}"}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        yield env
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        server.stop()


@pytest.fixture(scope="module")
def cluster(s3: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """One scheduler and two workers for the module (a killed worker is restarted by its nanny)."""
    made = Cluster(tmp_path_factory.mktemp("cluster"), dict(os.environ))
    try:
        yield made
    finally:
        _stop(made.processes)


def run_with_a_worker_killed(cluster: Cluster, tmp_path: Path, source: str, out: str,
                             env: dict[str, str]) -> tuple[int, list[str], dict]:
    """`akn batch` on the cluster; the Dask worker converting STALLED is killed mid-file."""
    cluster.wait_for_workers()
    pid_file, report = tmp_path / "stalled.pid", tmp_path / "report.json"
    env = {**env, STALL_ENV: STALLED, STALL_PID_ENV: str(pid_file)}
    run = subprocess.Popen([sys.executable, "-m", "converter.cli", "batch", source, "-o", out,
                            "--scheduler", cluster.address, "--report", str(report),
                            "--timeout", "60"],
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + SECONDS
        while not (pid_file.is_file() and pid_file.read_text()):
            assert run.poll() is None and time.monotonic() < deadline, run.communicate()
            time.sleep(0.05)
        stalled = int(pid_file.read_text())
        cluster.worker_running(stalled).kill()
        stdout, stderr = run.communicate(timeout=SECONDS)
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    assert "Traceback" not in stdout + stderr
    with contextlib.suppress(psutil.NoSuchProcess):    # the conversion died with its worker
        psutil.Process(stalled).wait(10)
    assert not psutil.pid_exists(stalled)
    return run.returncode, stdout.splitlines(), json.loads(report.read_text())


def check_reported_once(lines: list[str], report: dict, source: str) -> None:
    expected = {**{name: "ok" for name in GOOD}, INVALID: "invalid", BAD: "failed"}
    found = {f["input"].rsplit("/", 1)[1]: f["status"] for f in report["files"]}
    assert Counter(f["input"] for f in report["files"]) == Counter(
        f"{source}/{name}" for name in expected)
    assert found == expected
    assert Counter(line.split()[1] for line in lines[:-1]) == Counter(
        f"{source}/{name}" for name in expected)      # one progress line per input
    assert lines[-1].startswith("summary: 8 ok, 0 skipped, 1 failed, 1 invalid; 10 total in ")


def expected_outputs() -> list[str]:
    return sorted([n.replace(".md", ".xml") for n in GOOD] + ["A_RES_79_6.invalid.xml"])


def test_a_mixed_folder_on_a_cluster_with_a_worker_killed(cluster, tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for name, text in mixed_inputs().items():
        (folder / name).write_text(text, encoding="utf-8")
    code, lines, report = run_with_a_worker_killed(cluster, tmp_path, str(folder), str(out),
                                                   dict(os.environ))
    assert code == 1
    check_reported_once(lines, report, str(folder))
    assert sorted(p.name for p in out.iterdir()) == expected_outputs()   # no temporary file
    for name in GOOD:
        assert error_messages(findings_of(etree.parse(str(out / name.replace(".md", ".xml"))))) == []
    # a second run on the cluster: the good ones are skipped, decided on the client
    run = CliRunner().invoke(app, ["batch", str(folder), "-o", str(out), "--scheduler",
                                   cluster.address])
    assert run.exit_code == 1
    assert run.stdout.count("skipped ") == 8 and run.stdout.count("ok ") == 0


def test_inputs_and_outputs_on_s3_with_a_worker_killed(cluster, s3, tmp_path):
    s3fs = pytest.importorskip("s3fs")

    fs = s3fs.S3FileSystem(endpoint_url=s3["AWS_ENDPOINT_URL"])
    fs.mkdir("archive")
    for name, text in mixed_inputs().items():
        fs.pipe(f"archive/in/{name}", text.encode("utf-8"))
    fs.pipe("archive/in/.hidden/A_RES_79_1.md", b"left out")
    code, lines, report = run_with_a_worker_killed(cluster, tmp_path, "s3://archive/in",
                                                   "s3://archive/out", dict(os.environ))
    assert code == 1
    check_reported_once(lines, report, "s3://archive/in")
    invalid = next(f for f in report["files"] if f["status"] == "invalid")
    assert invalid["output"] == "s3://archive/out/A_RES_79_6.invalid.xml"
    assert invalid["error"].endswith("written to s3://archive/out/A_RES_79_6.invalid.xml")
    fs.invalidate_cache()
    assert sorted(p.rsplit("/", 1)[1] for p in fs.find("archive/out")) == expected_outputs()
    for name in GOOD:
        tree = etree.fromstring(fs.cat(f"archive/out/{name.replace('.md', '.xml')}"))
        assert error_messages(findings_of(tree.getroottree())) == []


def test_a_file_past_the_timeout_on_a_cluster_fails_alone(cluster, tmp_path, monkeypatch):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for name in ("a.md", "b.md", "c.md"):
        (folder / name).write_text(masthead("79/5", "Good") + BODY, encoding="utf-8")
    monkeypatch.setenv(STALL_ENV, "b.md")    # no pid file: it hangs every time
    cluster.wait_for_workers()
    with (tmp_path / "lines").open("w") as stream:
        done = run_batch([folder], out, BatchOptions(2, timeout=1, scheduler=cluster.address),
                         PlainProgress(stream))
    assert [(r.input.name, r.status) for r in done.results] == [   # type: ignore[union-attr]
        ("a.md", Status.OK), ("b.md", Status.FAILED), ("c.md", Status.OK)]
    assert done.results[1].error == (f"{folder / 'b.md'}: timed out after 1 s; nothing written, "
                                     "worker replaced")
    assert sorted(p.name for p in out.iterdir()) == ["a.xml", "c.xml"]


def test_sigterm_on_a_cluster_stops_cleanly_with_every_input_listed(cluster, tmp_path):
    cluster.wait_for_workers()
    sigterm_stops_cleanly(tmp_path, cluster.address, timeout=3)


def test_sigterm_on_a_local_cluster_stops_its_conversions_at_once(tmp_path):
    """local:N: the workers are threads of the batch; the conversion they wait on is killed
    as the batch stops, not waited for (up to --timeout)."""
    stalled, seconds = sigterm_stops_cleanly(tmp_path, "local:2", timeout=SECONDS)
    assert seconds < SECONDS / 4
    assert not psutil.pid_exists(stalled)


def sigterm_stops_cleanly(tmp_path: Path, scheduler: str, timeout: int) -> tuple[int, float]:
    """SIGTERM while r2.md hangs: exit 130, every input listed, no partial file.  The pid
    of r2.md's conversion process, and the seconds from SIGTERM to exit."""
    folder, out, report = tmp_path / "in", tmp_path / "out", tmp_path / "r.json"
    folder.mkdir()
    for name in ("r1.md", "r2.md", "r3.md"):
        (folder / name).write_text(masthead("79/5", "Good") + BODY, encoding="utf-8")
    pid_file = tmp_path / "stalled.pid"
    run = subprocess.Popen([sys.executable, "-m", "converter.cli", "batch", str(folder), "-o", str(out),
                            "--scheduler", scheduler, "--report", str(report), "--timeout", str(timeout)],
                           env={**os.environ, STALL_ENV: "r2.md", STALL_PID_ENV: str(pid_file)},
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + SECONDS
        while not (pid_file.is_file() and pid_file.read_text()):
            assert run.poll() is None and time.monotonic() < deadline, run.communicate()
            time.sleep(0.05)
        run.terminate()
        sent = time.monotonic()
        stdout, stderr = run.communicate(timeout=SECONDS)
        seconds = time.monotonic() - sent
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    assert run.returncode == 130 and "Traceback" not in stdout + stderr
    files = json.loads(report.read_text())["files"]
    assert [Path(f["input"]).name for f in files] == ["r1.md", "r2.md", "r3.md"]
    assert files[1] == {"input": str(folder / "r2.md"), "output": str(out / "r2.xml"),
                        "status": "failed", "error": f"{folder / 'r2.md'}: batch interrupted; "
                        "not converted", "seconds": 0.0}
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]   # no partial file
    return int(pid_file.read_text()), seconds


def test_task_groups_put_local_files_together_on_local_clusters_only(tmp_path, monkeypatch):
    # by count (3 here) and by bytes (100 here): "big" goes alone, "g" and "h" fill a group by
    # their size; URLs and missing files go alone
    from converter.batch import cluster as dask_cluster
    from converter.batch.model import Job

    monkeypatch.setattr(dask_cluster, "GROUP_FILES", 3)
    monkeypatch.setattr(dask_cluster, "GROUP_BYTES", 100)
    sizes = {"a": 10, "b": 10, "big": 100, "c": 10, "d": 10, "e": 10, "f": 10, "g": 60, "h": 60}
    for name, size in sizes.items():
        (tmp_path / name).write_bytes(b"x" * size)
    jobs = [Job(i, tmp_path / name, tmp_path / f"{name}.xml") for i, name in enumerate(sizes)]
    jobs += [Job(9, "s3://bucket/g.md", "s3://bucket/g.xml"),
             Job(10, tmp_path / "missing", tmp_path / "m.xml")]
    assert [[job.index for job in group] for group in dask_cluster.task_groups(jobs, True)] == [
        [2], [0, 1, 3], [4, 5, 6], [7], [9], [10], [8]]
    assert dask_cluster.task_groups(jobs, False) == [[job] for job in jobs]


def test_many_small_inputs_on_a_local_cluster_each_reported_once(tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for n in range(3):
        (folder / f"A_RES_79_{n + 10}.md").write_text(masthead(f"79/{n + 10}", "Good") + BODY,
                                                      encoding="utf-8")
    for n in range(60):
        (folder / f"note{n:02d}.txt").write_text("Dear colleagues,\n", encoding="utf-8")
    with (tmp_path / "lines").open("w") as stream:
        done = run_batch([folder], out, BatchOptions(2, scheduler="local:2"), PlainProgress(stream))
    lines = (tmp_path / "lines").read_text().splitlines()
    assert Counter(line.split()[1] for line in lines[:-1]) == Counter(
        str(p) for p in folder.iterdir())
    assert Counter(r.status for r in done.results) == {Status.OK: 3, Status.FAILED: 60}
    assert sorted(p.name for p in out.iterdir()) == ["A_RES_79_10.xml", "A_RES_79_11.xml",
                                                     "A_RES_79_12.xml"]
