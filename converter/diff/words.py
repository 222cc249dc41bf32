"""Word-by-word change inside one paragraph (difflib over words and punctuation)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_TOKEN = re.compile(r"\w+|[^\w\s]|\s+")


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Runs of ("=", text), ("-", removed) and ("+", inserted) that rebuild both texts."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    runs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            _add(runs, "=", "".join(a[i1:i2]))
        else:
            _add(runs, "-", "".join(a[i1:i2]))
            _add(runs, "+", "".join(b[j1:j2]))
    return runs


def _add(runs: list[tuple[str, str]], op: str, text: str) -> None:
    if not text:
        return
    if runs and runs[-1][0] == op:
        runs[-1] = (op, runs[-1][1] + text)
    else:
        runs.append((op, text))
