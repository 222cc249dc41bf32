"""Spacing artefacts the readers undo: a dash between digits with a space on either side
("2015 – 2030", "6 –12 March"), a hyphen followed by a space inside a word ("Non-
Proliferation"), and a suspended hyphen glued to the conjunction after it when a line
break is joined ("zero-" + "and low-carbon").  UN documents never space the first two.

Which words a suspended hyphen stands before ("low- and middle-income") depends on the
language: they come from its table.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from converter.languages.table import LanguageTable
from converter.readers.blocks import Block, BlockKind, Span

_DIGIT_DASH = re.compile(r"(?<=\d)(?: –|– | – )(?=\d)")


def conjunctions(language: LanguageTable) -> str:
    """The language's conjunctions as a regex alternation (one that never matches if none)."""
    return "|".join(map(re.escape, language.conjunctions)) or "(?!)"


def close_digit_ranges(text: str) -> str:
    """"2015 – 2030" -> "2015–2030"."""
    if "– " in text or " –" in text:
        text = _DIGIT_DASH.sub("–", text)
    return text


@lru_cache(maxsize=8)
def _hyphen_rules(language: LanguageTable) -> tuple[re.Pattern[str], re.Pattern[str]]:
    conj = conjunctions(language)
    # (the hyphen first, the letter before it looked back at from after it: a pattern that
    # opens with its text is searched for as such, not tried at every character)
    inside_word = re.compile(rf"- (?<=\w- )(?!(?:{conj})\b)(?=\w)")
    glued_suspended = re.compile(rf"-(?<=\w-)(?=(?:{conj}) )")
    return inside_word, glued_suspended


def mend_hyphens(text: str, language: LanguageTable) -> str:
    """"Non- Proliferation" -> "Non-Proliferation"; "zero-and low" -> "zero- and low"."""
    if "-" not in text:
        return text
    inside_word, glued_suspended = _hyphen_rules(language)
    if "- " in text:
        text = inside_word.sub("-", text)
    return glued_suspended.sub("- ", text)


def respace(blocks: list[Block], fix: Callable[[str], str]) -> list[Block]:
    """Apply `fix` to the text of every span of `blocks`, table cells included (a span whose
    text it leaves as it was is kept: most are)."""
    def fixed(spans: list[Span]) -> list[Span]:
        out = []
        for s in spans:
            if not s.note_ref and (text := fix(s.text)) != s.text:
                s = s.with_text(text)
            out.append(s)
        return out

    for block in blocks:
        block.spans = fixed(block.spans)
        if block.kind is BlockKind.TABLE and block.rows:
            block.rows = [[fixed(cell) for cell in row] for row in block.rows]
    return blocks
