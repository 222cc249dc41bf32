"""What a script's letters say about spacing: Chinese sets no space between words, nor
beside its full-width marks, so a line break there is no space."""

from __future__ import annotations

import unicodedata


def is_wide(ch: str) -> bool:
    """A CJK ideograph or a full-width mark."""
    return bool(ch) and unicodedata.east_asian_width(ch) in ("W", "F")


def line_gap(before: str, after: str) -> str:
    """What a line break between `before` and `after` stands for: a space, or nothing
    beside a wide character."""
    return "" if is_wide(before[-1:]) or is_wide(after[:1]) else " "
