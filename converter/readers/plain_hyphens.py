"""Undo what pdftotext does to words at line ends and in justified lines.

pdftotext joins "high-" + "level" into "highlevel", "Secretary-" + "General"
into "Secretary General", and splits letter-spaced words ("relevan t").  The
document itself says which words it uses: a hyphenated word seen anywhere in
it (or in the language table's common compounds) is restored where it appears
damaged, and a fragment seen nowhere else is rejoined with its neighbour when
together they make a word the document uses.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from converter.languages.table import LanguageTable
from converter.readers.blocks import Block

_WORDISH = re.compile(r"\b[^\W\d_]+(?:-[^\W\d_]+)*\b")
_LETTERS = re.compile(r"[^\W\d_]+")


def _texts(blocks: list[Block]) -> list[str]:
    return [s.text for b in blocks for s in b.spans if not s.note_ref]


def _document_compounds(texts: list[str]) -> Counter[str]:
    """Hyphenated words of the running text (not of addresses such as URLs)."""
    return Counter(m.group().lower() for t in texts for m in _WORDISH.finditer(t)
                   if "-" in m.group() and "/" not in t[max(0, m.start() - 1):m.end() + 1])


def _compound_map(compounds: set[str]) -> dict[str, str]:
    """Hyphen-free spelling -> hyphenated spelling, for every compound and its tails."""
    out: dict[str, str] = {}
    for c in compounds:
        parts = c.split("-")
        for k in range(len(parts) - 1):
            tail = "-".join(parts[k:])
            key = tail.replace("-", "")
            if tail.count("-") > out.get(key, "").count("-"):
                out[key] = tail   # the fullest spelling wins over a damaged one
    return out


def _rehyphenate(damaged: str, compound: str) -> str:
    """Spell `damaged` (hyphens lost or misplaced, spaces for hyphens) as `compound`,
    keeping its letter case."""
    letters = [ch for ch in damaged if ch not in "- "]
    out, i = [], 0
    for ch in compound:
        if ch == "-":
            out.append("-")
        else:
            out.append(letters[i])
            i += 1
    return "".join(out)


def repair_hyphens(blocks: list[Block], language: LanguageTable) -> list[Block]:
    texts = _texts(blocks)
    found = _document_compounds(texts)
    table = {c.lower() for c in language.compounds}
    compounds = _compound_map(set(found) | table)
    vocabulary = Counter(m.group().lower() for t in texts for m in _WORDISH.finditer(t))
    # "Secretary General" for "Secretary-General": table compounds, and the document's own
    # compounds when it uses the hyphenated spelling more often than the spaced one
    whole = "\n".join(texts).lower()
    spaced = {c.replace("-", " "): c for c in table | {
        c for c, n in found.items() if c.count("-") == 1 and n >= whole.count(c.replace("-", " "))}}

    def fix_part(word: str) -> str:
        compound = compounds.get(word.replace("-", "").lower())
        if compound and compound != word.lower():
            return _rehyphenate(word, compound)
        return word

    def fix_word(m: re.Match[str]) -> str:
        word = fix_part(m.group())
        if "-" in word and word == m.group():   # "Under-SecretaryGeneral": mend the parts
            word = "-".join(fix_part(p) for p in word.split("-"))
        return word

    def fix_pair(first: str, second: str) -> str | None:
        pair = f"{first} {second}"
        compound = spaced.get(pair.lower())
        if compound:
            return _rehyphenate(pair, compound)
        if vocabulary[first.lower()] == 1 and vocabulary[(first + second).lower()] > 0:
            return first + second   # a letter-spaced word: "relevan t"
        return None

    def fix_pairs(text: str) -> str:
        """Each pair of words one space apart, overlapping: "a b c" tries "a b", then "b c"."""
        words = list(_LETTERS.finditer(text))
        out, pos, i = [], 0, 0
        while i < len(words) - 1:
            a, b = words[i], words[i + 1]
            fixed = fix_pair(a.group(), b.group()) if b.start() == a.end() + 1 and \
                text[a.end()] == " " else None
            if fixed is None:
                i += 1
                continue
            out += [text[pos:a.start()], fixed]
            pos, i = b.end(), i + 2
        return "".join(out) + text[pos:]

    def fix(text: str) -> str:
        return fix_pairs(_WORDISH.sub(fix_word, text))

    for block in blocks:
        block.spans = [replace(s, text=fix(s.text)) if not s.note_ref else s for s in block.spans]
    return blocks
