"""The README's Python API example runs as written (from the repository's root)."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import REPO


def test_the_readme_api_example_runs():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API"):]
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert code is not None
    run = subprocess.run([sys.executable, "-c", code.group(1)], capture_output=True, text=True,
                         cwd=REPO, check=False, timeout=120)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == "True 18973"
    assert lines[1:3] == ["A/RES/79/166", "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}akomaNtoso"]
    assert lines[3:] == ["[] []", "True []"]
