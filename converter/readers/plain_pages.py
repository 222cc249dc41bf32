"""Pages of `pdftotext` output: split at form feeds, drop page furniture, cut off the
footnote area that follows a `_____` rule.

Furniture is recognised by its shape (page counters `2/4`, job numbers
`24-24160 (E)`, barcodes `*2424160*`, date stamps `161025`), by the language
table's furniture words ("Please recycle"), and on pages after the first by the
running head: the document symbol plus a repeat of the title at the top.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from converter.languages.table import LanguageTable
from converter.readers.page_numbers import is_page_number

# "A/C.3/80/L.43", and a resolution's with its parts' letters: "A/RES/80/98 A-B"
SYMBOL_RE = re.compile(r"^[A-Z]{1,6}(?:/[A-Za-z0-9.\-]+)+(?:(?<=\d) [A-Z](?:-[A-Z])?)?$")
RULE_RE = re.compile(r"^_{5,}$")
# A `*` note ("* On behalf of ...") starts the footnote area when pdftotext lost the rule.
STAR_NOTE_RE = re.compile(r"^\*{1,3}\s+\S")
_SHAPE_FURNITURE = re.compile(
    r"^(?:\d{1,4}/\d{1,4}"            # page counter 2/4
    r"|\d{2}-\d{4,6}(?:\s*\([A-Z]\))?"  # job number 24-24160 (E)
    r"|\*\d{6,}\*"                    # barcode
    r"|\d{6})$"                       # date stamp 161025
)


@lru_cache(maxsize=8)
def _furniture(language: LanguageTable) -> re.Pattern[str]:
    return re.compile(rf"{_SHAPE_FURNITURE.pattern}|^(?:{language.furniture_pattern})$",
                      re.IGNORECASE)


@dataclass(slots=True)
class PlainPage:
    number: int
    body: list[str]                  # stripped lines, "" for a blank line
    notes: list[str] = field(default_factory=list)  # non-blank lines after the rule
    has_rule: bool = False


def _norm(text: str) -> str:
    return " ".join(text.split())


_SYMBOL_DEPTH = 4   # the symbol is among the first lines of page 1's masthead


def find_symbol(first_page: str) -> str | None:
    """The document symbol: a line of that shape among the first non-blank lines of page 1
    (pdftotext prints it first, or after "United Nations" and the organ, as the masthead's
    columns come out)."""
    lines = [line.strip() for line in first_page.split("\n") if line.strip()]
    return next((line for line in lines[:_SYMBOL_DEPTH] if SYMBOL_RE.match(line)), None)


def _groups(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) index ranges of the blank-separated groups of `lines`."""
    out: list[tuple[int, int]] = []
    start = None
    for i, line in enumerate(lines):
        if line and start is None:
            start = i
        elif not line and start is not None:
            out.append((start, i))
            start = None
    if start is not None:
        out.append((start, len(lines)))
    return out


def _strip_running_head(lines: list[str], symbol: str | None, first_text: str) -> list[str]:
    """Drop the running head of a page after the first: the symbol line and the repeated
    title, wherever pdftotext put them (at the top, at the bottom, between two paragraphs).

    A title is only dropped near the symbol (in its group, the group after it, or one of
    the two before it: a lone label, "(b)", or lines pdftotext took out of their order may
    stand between them), and only when page 1 prints the same words, so a body paragraph
    stays.
    """
    groups = _groups(lines)
    drop: set[int] = set()
    for k, (a, b) in enumerate(groups):
        at = [i for i in range(a, b) if lines[i] == symbol]
        if not at:
            continue
        drop.update(at)
        rest = [i for i in range(a, b) if i not in at]
        if rest:
            if _title([lines[i] for i in rest], first_text):
                drop.update(rest)
            continue
        for n in (k - 2, k - 1, k + 1):
            if not 0 <= n < len(groups):
                continue
            a2, b2 = groups[n]
            if _title(lines[a2:b2], first_text):
                drop.update(range(a2, b2))
    return [line for i, line in enumerate(lines) if i not in drop]


def _key(text: str) -> str:
    """Words compared without spaces and hyphens: pdftotext drops the hyphen of "high-level"
    at a line end of page 1's title, not in the running head.  (By str methods: a regex
    replacing every space of page 1 cost more.)"""
    return "".join(text.split()).replace("-", "").replace("‐", "").replace("‑", "").lower()


def _title(lines: list[str], first_text: str) -> bool:
    """Whether `lines` repeat the title printed on page 1."""
    if len(lines) > 4:
        return False   # (a paragraph: not spelt out and looked for)
    text = _norm(" ".join(lines))
    return len(text) >= 8 and _key(text) in first_text


def split_pages(text: str, language: LanguageTable) -> tuple[list[PlainPage], str | None]:
    """The pages, furniture removed, and the document symbol printed on page 1."""
    raw_pages = text.replace("\r\n", "\n").split("\f")
    while raw_pages and not raw_pages[-1].strip():
        raw_pages.pop()
    if not raw_pages:
        return [], None
    symbol = find_symbol(raw_pages[0])
    furniture = _furniture(language)
    first_text = _key(raw_pages[0])
    pages: list[PlainPage] = []
    for number, raw in enumerate(raw_pages, start=1):
        lines = ["" if furniture.match(s) else s for s in map(str.strip, raw.split("\n"))]
        if number > 1 and symbol in lines:   # (the running head goes with its symbol)
            lines = _strip_running_head(lines, symbol, first_text)
            lines = ["" if line == symbol else line for line in lines]
        # (a page without "_____" or "*" holds no rule or `*` note: not looked for line by line)
        rule = next((i for i, line in enumerate(lines) if RULE_RE.match(line)), None) if (
            "_____" in raw) else None
        if rule is None:
            star = next((i for i, line in enumerate(lines) if STAR_NOTE_RE.match(line)),
                        None) if "*" in raw else None
            if star is None:
                star = _notes_without_rule(lines)
            if star is not None:
                notes = [line for line in lines[star:] if line]
                pages.append(PlainPage(number, _without_page_number(lines[:star], number), notes,
                                       has_rule=False))
                continue
            pages.append(PlainPage(number, _without_page_number(lines, number)))
        else:
            notes = [line for line in lines[rule + 1:] if line]
            pages.append(PlainPage(number, lines[:rule], notes, has_rule=True))
    return pages, symbol


_BARE = re.compile(r"^\d{1,3}$")


def _notes_without_rule(lines: list[str]) -> int | None:
    """Where a page's notes begin when its template draws their rule (pdftotext prints none):
    at the page's last group of bare numbers counting up by one ("1" "2" "3", the markers as
    pdftotext sets them apart), with at least as many lines of text after it, and only where
    the body before carries the first as a marker, set against a word or after a comma, or
    after a number before its comma ("Rights,1 the", "Outcome, 1 sports", "de 2023 1,")."""
    groups = _groups(lines)
    for k in range(len(groups) - 2, -1, -1):
        a, b = groups[k]
        if not all(_BARE.match(line) for line in lines[a:b]):
            continue
        values = [int(line) for line in lines[a:b]]
        texts = [line for line in lines[b:] if line]
        if values != list(range(values[0], values[0] + len(values))) or len(texts) < len(values) \
                or any(_BARE.match(line) for line in texts):
            return None
        first = values[0]
        marker = re.compile(rf"(?:[^\W\d_]|[,;)\]”\"] ?){first}(?![\d/])|\d {first}(?=[,;.])")
        return a if any(marker.search(line) for line in lines[:a]) else None
    return None


def _without_page_number(lines: list[str], number: int) -> list[str]:
    """The lines without the page's own number standing alone at their end."""
    end = len(lines)
    while end and not lines[end - 1]:
        end -= 1
    return lines[:end - 1] if end and is_page_number(lines[end - 1], number) else lines
