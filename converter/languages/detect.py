"""Which language a document is written in, from its text: the script first (Arabic, CJK,
Cyrillic each belong to one UN language), then, for Latin script, which table's formula,
organ names, preambular openers and months the lines match most."""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from collections.abc import Iterable

from converter.errors import UnsupportedLanguageError
from converter.languages import SUPPORTED, get_language

AUTO = "auto"
_LATIN_LANGUAGES = ("eng", "fra", "spa")
# a script's name (first word of the Unicode character name) -> the UN language written in it
_SCRIPTS = {"ARABIC": "ara", "CJK": "zho", "CYRILLIC": "rus", "LATIN": "latin"}
_SAMPLE_LINES = 400   # the masthead and preamble decide; a whole annex adds nothing
_SAMPLE_CHARS = 4000  # the masthead and the first recitals: the rest adds nothing
_ASCII_LETTERS = string.ascii_letters.encode("ascii")
_ASCII_LETTER = re.compile("[A-Za-z]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def check_choice(code: str) -> None:
    """`--lang` is `auto` or a supported table (UnknownLanguageError otherwise); loads the
    tables it may need (all of them for `auto`), so a batch worker pays it once, not per file."""
    for table in SUPPORTED if code == AUTO else (code,):
        get_language(table)


def script_of(text: str) -> str | None:
    """The script most letters of `text` are written in (ARABIC, CJK, CYRILLIC, LATIN, GREEK …);
    of two with as many letters, the one met first."""
    counts: Counter[str] = Counter()
    letters: dict[str, list[str]] = {}   # script -> its distinct non-ASCII letters
    ascii_text = text.encode("ascii", "ignore")
    ascii_letters = len(ascii_text) - len(ascii_text.translate(None, _ASCII_LETTERS))
    if ascii_letters:   # the bulk of a Latin text, counted in C
        counts["LATIN"] = ascii_letters
    for ch, n in Counter(_NON_ASCII.findall(text)).items():   # each distinct character once
        if ch.isalpha():
            script = unicodedata.name(ch, "").split(" ", 1)[0]
            counts[script] += n
            letters.setdefault(script, []).append(ch)
    if not counts:
        return None
    most = max(counts.values())
    tied = [script for script, n in counts.items() if n == most]
    if len(tied) == 1:
        return tied[0]

    def first(script: str) -> int:
        found = [text.find(ch) for ch in letters.get(script, [])]
        if script == "LATIN" and ascii_letters:
            found.append(_ASCII_LETTER.search(text).start())  # type: ignore[union-attr]
        return min(found)

    return min(tied, key=first)


def _latin_score(code: str, lines: list[str]) -> int:
    table = get_language(code)
    words = {*table.organs, table.united_nations, *table.months}
    score = 0
    for line in lines:
        if table.formula_regex.match(line) or line in words:
            score += 3
        elif table.preamble_regex.match(line):
            score += 1
    return score


def _sample(lines: Iterable[str]) -> list[str]:
    """The first lines, spaces normalised, blank ones left out, up to the sample's size."""
    sample: list[str] = []
    size = 0
    for line, _ in zip(lines, range(_SAMPLE_LINES), strict=False):
        text = " ".join(line.split())
        if text:
            sample.append(text)
            size += len(text)
            if size >= _SAMPLE_CHARS:
                break
    return sample


def detect_language(lines: Iterable[str], name: str) -> str:
    """The table code for a document's lines; UnsupportedLanguageError when its script or
    words belong to no table."""
    sample = _sample(lines)
    script = script_of("\n".join(sample))
    if script is None:
        return "eng"      # no letters at all: the conversion itself will say what is wrong
    language = _SCRIPTS.get(script)
    if language is None:
        raise UnsupportedLanguageError(f"{name}: text in {script.title()} script, a language "
                                       f"without a table (supported: {', '.join(SUPPORTED)})")
    if language != "latin":
        return language
    scores = {code: _latin_score(code, sample) for code in _LATIN_LANGUAGES}
    best = max(scores, key=lambda c: (scores[c], c == "eng"))
    return best
