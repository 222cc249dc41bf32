"""A quoted resolution run into the paragraph that introduces it.

Text made from the UN's own XML prints a whole `<embeddedStructure>` as one paragraph: "…
the adoption of the following draft resolution: The General Assembly, Reaffirming …,
Recalling …, 1. Urges …; 2. Requests …".  Its paragraphs are found again where the text
says they begin, and nowhere else: the organ's formula after the colon; a preambular
opener of the language after a clause ends; the numbers 1, 2, 3 … in their order after a
clause ends; and lettered points (a), (b) … in their order after a colon or semicolon.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from converter.languages.table import LanguageTable
from converter.readers.blocks import Block, BlockKind, Span

_CLAUSE_ENDS = ",;:.،؛，；："
_POINT_OPENS = ":;：；؛"
_SPACE = re.compile(r"\s+(?=\S)")
_COLON = re.compile(r"[:：]\s*")
_OPENER_REACH = 80   # characters a preambular opener spans at most


@lru_cache(maxsize=8)
def _run_in_formula(language: LanguageTable) -> re.Pattern[str]:
    """The language's formula ("The General Assembly,") anywhere, not as a line of its own."""
    return re.compile(language.formula_pattern.removeprefix("^").removesuffix("$"))


def split_run_in(blocks: list[Block], language: LanguageTable) -> list[Block]:
    """`blocks` with every paragraph that runs a quoted resolution in cut into its paragraphs."""
    out: list[Block] = []
    for block in blocks:
        cuts = _cuts(block, language) if block.kind is BlockKind.TEXT else []
        out.extend(_split(block, cuts) if cuts else [block])
    return out


class _Text:
    """A block's text with the places of its note markers, which a clause end may precede."""

    def __init__(self, spans: list[Span]) -> None:
        self.text = "".join(s.text for s in spans)
        self.notes: set[int] = set()
        at = 0
        for s in spans:
            if s.note_ref:
                self.notes.update(range(at, at + len(s.text)))
            at += len(s.text)

    def after(self, i: int, ends: str) -> bool:
        """Whether the text before `i`, spaces and note markers aside, ends with one of `ends`."""
        i -= 1
        while i >= 0 and (self.text[i].isspace() or i in self.notes):
            i -= 1
        return i >= 0 and self.text[i] in ends


def _cuts(block: Block, language: LanguageTable) -> list[int]:
    formula = _formula("".join(s.text for s in block.spans), language)   # (most blocks end here)
    if formula is None:
        return []
    start, end = formula
    text = _Text(block.spans)
    numbered, listed = _numbered(text, end, language)
    preamble_end = numbered[0] if numbered else len(text.text)
    openers = [k for k in _starts(text, end, preamble_end)
               if text.text[k].isupper() and text.after(k, _CLAUSE_ENDS)
               and language.formed_opener_regex.match(text.text[k:k + _OPENER_REACH])]
    paragraphs = sorted([start, end, *openers, *numbered, *listed])
    points = [p for a, b in zip(paragraphs[1:], [*paragraphs[2:], len(text.text)], strict=True)
              for p in _sequence(text, a, b, _point, _POINT_OPENS)]
    return sorted({c for c in [*paragraphs, *points] if 0 < c < len(text.text)})


def _numbered(text: _Text, start: int, language: LanguageTable) -> tuple[list[int], list[int]]:
    """Where the quoted paragraphs numbered 1, 2, 3 … begin (each number after a clause end,
    in order; the first one missing ends them), and where the items of a list numbered from 1
    after a paragraph's colon begin ("2. Approves the following agenda: 1. Opening … 2. …").
    A listed item's number that is also the next paragraph's goes on with the list unless
    its text opens as an operative paragraph does ("3. Decides …")."""
    paragraphs: list[int] = []
    listed: list[int] = []
    following, item = 1, 0   # the next paragraph's number; the open list's last item (0: none)
    for m in _NUMBER_LABEL.finditer(text.text, start):
        if not text.after(m.start(), _CLAUSE_ENDS):
            continue
        number = int(m["number"])
        if item and number == item + 1 and not (
                number == following and language.operative_regex.match(text.text, m.end())):
            listed.append(m.start())
            item = number
        elif number == following:
            paragraphs.append(m.start())
            following, item = following + 1, 0
        elif number == 1 and paragraphs and text.after(m.start(), "：:"):
            listed.append(m.start())
            item = 1
    return paragraphs, listed


def _formula(text: str, language: LanguageTable) -> tuple[int, int] | None:
    """(start, end) of a formula with its comma right after a colon, followed by a
    preambular opener or the paragraph numbered 1."""
    if ":" not in text and "：" not in text:
        return None   # (no colon: most paragraphs)
    pattern = _run_in_formula(language)
    for colon in _COLON.finditer(text):
        m = pattern.match(text, colon.end())
        if not (m and m.group().rstrip().endswith((",", "،", "，"))):
            continue
        end = m.end()
        while end < len(text) and text[end].isspace():
            end += 1
        if (language.preamble_regex.match(text[end:end + _OPENER_REACH])
                or _FIRST_PARAGRAPH.match(text, end)):
            return colon.end(), end
    return None


def _starts(text: _Text, start: int, end: int) -> list[int]:
    """Where the words between `start` and `end` begin."""
    return [m.end() for m in _SPACE.finditer(text.text, start, end)]


# a paragraph's number ("12. "), and the first's
_NUMBER_LABEL = re.compile(r"(?<!\S)(?P<number>[1-9]\d{0,2})\.\s+(?=\w)")
_FIRST_PARAGRAPH = re.compile(r"(?<!\S)1\.\s+(?=\w)")


def _point(n: int) -> str:
    return rf"(?<!\S)\({chr(ord('a') + n - 1)}\)\s+(?=\w)" if n <= 26 else r"(?!)"


def _sequence(text: _Text, start: int, end: int, label: Callable[[int], str], ends: str) -> list[int]:
    """Where labels 1, 2, 3 … (`label(n)`: a regex) begin in order between `start` and `end`,
    each after one of `ends`; the first one missing ends the sequence."""
    found: list[int] = []
    n, pos = 1, start
    while pos < end:
        hit = next((m.start() for m in re.compile(label(n)).finditer(text.text, pos, end)
                    if text.after(m.start(), ends)), None)
        if hit is None:
            break
        found.append(hit)
        n, pos = n + 1, hit + 1
    return found


def _split(block: Block, cuts: list[int]) -> list[Block]:
    """The block cut before each offset of `cuts`, each piece a paragraph of its own."""
    pieces: list[list[Span]] = [[]]
    at, bounds = 0, iter([*cuts, -1])
    cut = next(bounds)
    for span in block.spans:
        rest, offset = span.text, at
        while cut != -1 and offset <= cut < offset + len(rest):
            head = rest[:cut - offset].rstrip()
            if head:
                pieces[-1].append(span.with_text(head))
            pieces.append([])
            rest, offset = rest[cut - offset:], cut
            cut = next(bounds)
        if rest:
            pieces[-1].append(span.with_text(rest))
        at += len(span.text)
    blocks = [p for p in pieces if p]
    return [replace(block, spans=spans, starts_paragraph=True if i else block.starts_paragraph)
            for i, spans in enumerate(blocks)]
