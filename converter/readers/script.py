"""What a script's letters say about spacing: Chinese sets no space between words, nor
beside its full-width marks, so a line break there is no space."""

from __future__ import annotations

import re
import unicodedata

# letters in the form a font's glyph table hands back: CJK compatibility ideographs (a glyph
# shared with a unified ideograph: U+FA08 for 行) and Arabic presentation forms (shaped
# letters: ﺇ for إ, the ligature ﻻ for لا)
_GLYPH_FORMS = re.compile(r"[\uF900-\uFAFF\uFB50-\uFDFF\uFE70-\uFEFC]")


def is_wide(ch: str) -> bool:
    """A CJK ideograph or a full-width mark (never an ASCII character, most text: not looked
    up; nor an empty string)."""
    return not ch.isascii() and unicodedata.east_asian_width(ch) in ("W", "F")


def line_gap(before: str, after: str) -> str:
    """What a line break between `before` and `after` stands for: a space, or nothing
    beside a wide character."""
    return "" if is_wide(before[-1:]) or is_wide(after[:1]) else " "


def base_letters(text: str) -> str:
    """`text` with its letters as the language writes them, not as a font draws them."""
    if not _GLYPH_FORMS.search(text):
        return text
    return _GLYPH_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
