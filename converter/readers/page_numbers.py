"""A page's own number printed alone on a line ("2", "- 2 -", "Page 2 of 5", "2/5"): page
furniture wherever a template sets it, in a PDF's lines as in `pdftotext`'s."""

from __future__ import annotations

import re

_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:Page\s+)?(\d{1,4})(?:\s*(?:/|of)\s*\d+)?(?:\s*[-–—])?$",
                          re.IGNORECASE)


def is_page_number(text: str, number: int) -> bool:
    """Whether `text` (stripped) is the number of page `number`, alone."""
    m = _PAGE_NUMBER.match(text) if len(text) < 16 else None
    return m is not None and int(m[1]) == number
