"""Where a batch reads and writes: local paths, or object-store URLs through fsspec.

A location is a `Path` (local, or on a filesystem the workers share; `file://` URLs
become paths) or a `str` URL (`s3://bucket/key`, `gs://…`) read and written with
fsspec, which comes with the `dask` extra.  Credentials and endpoints come from each
machine's usual configuration (`AWS_*` variables, `~/.aws`, `AWS_ENDPOINT_URL` …).

An object store has no rename, but a PUT is atomic: the object appears whole or not
at all.  A worker converts into a local staging directory and uploads only finished
files, so a failed or killed conversion never leaves a partial object nor replaces a
good one.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

Location = Path | str    # a str is always a URL with a protocol other than file://

EXTRA = "pip install 'un-akn-converter[dask]'"
_URL = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*)://")


class StorageError(Exception):
    """A URL that cannot be used here: no fsspec, or no filesystem for its protocol."""


def location(text: str) -> Location:
    """A command-line name: `file:///x` and plain names are paths, other URLs stay URLs."""
    match = _URL.match(text)
    if match is None:
        return Path(text)
    if match.group(1).lower() == "file":
        return Path(unquote(urlsplit(text).path))
    return text.rstrip("/") if not text.endswith("://") else text


def is_url(loc: Location) -> bool:
    return isinstance(loc, str)


def name_of(loc: Location) -> str:
    return loc.name if isinstance(loc, Path) else PurePosixPath(urlsplit(loc).path).name


def join(base: Location, relative: PurePosixPath) -> Location:
    if isinstance(base, Path):
        return base.joinpath(*relative.parts)
    return "/".join([base.rstrip("/"), *relative.parts])


def with_name(loc: Location, name: str) -> Location:
    if isinstance(loc, Path):
        return loc.with_name(name)
    return loc[: loc.rstrip("/").rfind("/") + 1] + name


def invalid_location(loc: Location) -> Location:
    """Where an invalid result goes: `X.xml` -> `X.invalid.xml` (as `pipeline.invalid_path`)."""
    stem = name_of(loc)
    stem = stem[:-4] if stem.endswith(".xml") else stem
    return with_name(loc, stem + ".invalid.xml")


def protocol(url: str) -> str:
    match = _URL.match(url)
    return match.group(1).lower() if match else "file"


def check_available(loc: Location) -> None:
    """`StorageError` naming what to install when `loc` is a URL this machine cannot open."""
    if not isinstance(loc, str):
        return
    try:
        import fsspec
    except ImportError:
        raise StorageError(f"{loc}: URLs need the dask extra: {EXTRA}") from None
    try:
        fsspec.get_filesystem_class(protocol(loc))
    except (ImportError, ValueError) as e:
        raise StorageError(f"{loc}: {' '.join(str(e).split())}") from None


def filesystem(url: str) -> tuple[Any, str]:
    """The fsspec filesystem of `url` and the path within it."""
    from fsspec.core import url_to_fs

    return url_to_fs(url)


def _url(fs: Any, path: str) -> str:
    return fs.unstrip_protocol(path)


def is_dir(loc: Location) -> bool:
    if isinstance(loc, Path):
        return loc.is_dir()
    fs, path = filesystem(loc)
    try:
        return bool(fs.isdir(path))
    except OSError:
        return False


def files_under(url: str) -> Iterator[tuple[str, PurePosixPath]]:
    """Every object below `url` (sorted) with its path relative to it."""
    fs, root = filesystem(url)
    root = root.rstrip("/")
    for path in sorted(fs.find(root)):
        yield _url(fs, path), PurePosixPath(path[len(root):].lstrip("/"))


def _ns(when: Any) -> int:
    if isinstance(when, datetime):
        return int(when.timestamp() * 1_000_000_000)
    return int(float(when) * 1_000_000_000)


def modified_ns(loc: Location) -> int | None:
    """Last modification in ns since the epoch; None when it does not exist (or cannot tell)."""
    try:
        if isinstance(loc, Path):
            return loc.stat().st_mtime_ns
        fs, path = filesystem(loc)
        return _ns(fs.modified(path))
    except (OSError, NotImplementedError, ValueError, KeyError):
        return None


def fetch(url: str, target: Path, limit: int) -> None:
    """Copy at most `limit` bytes of `url` into `target` (the reader refuses what is over
    its limit, so one byte more than the limit is enough to tell)."""
    fs, path = filesystem(url)
    target.parent.mkdir(parents=True, exist_ok=True)
    with fs.open(path, "rb") as source, target.open("wb") as sink:
        remaining = limit
        while remaining > 0:
            chunk = source.read(min(remaining, 1 << 20))
            if not chunk:
                break
            sink.write(chunk)
            remaining -= len(chunk)


def upload(source: Path, url: str) -> None:
    fs, path = filesystem(url)
    fs.put_file(str(source), path)


def remove(url: str) -> None:
    fs, path = filesystem(url)
    with contextlib.suppress(FileNotFoundError):
        fs.rm_file(path)


def staging_root(pid: int | None = None) -> Path:
    """A worker process's own staging directory: removed by the pool if the worker dies."""
    return Path(tempfile.gettempdir()) / f"akn-stage-{os.getpid() if pid is None else pid}"


def remove_orphan_stages() -> None:
    """Staging directories of conversion processes that are gone (their Dask worker was
    killed before its pool could clean up)."""
    for stage in Path(tempfile.gettempdir()).glob("akn-stage-*"):
        pid = stage.name.removeprefix("akn-stage-")
        if pid.isdigit():
            try:
                os.kill(int(pid), 0)
            except ProcessLookupError:
                shutil.rmtree(stage, ignore_errors=True)
            except OSError:
                pass
