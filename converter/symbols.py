"""UN document symbols as value objects, and their FRBR spellings.

`A/RES/79/166` -> work number `79-166`; `S/RES/2726 (2024)` -> `2726-2024`;
`S/PRST/2023/1` -> `2023-1`, an SC draft `S/2023/212` -> `2023-212`;
drafts keep the whole symbol with `/` -> `-` (`A/C.3/79/L.23` -> `A-C.3-79-L.23`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Every part after a slash starts with a letter or digit and no part holds "..": a symbol
# is data for IRIs and file names, never a path (`A/../../tmp/x` is refused).
# A resolution adopted in parts may be printed with its part: "A/RES/77/290 B".
_SYMBOL = re.compile(
    r"^(?!.*\.\.)[A-Z][A-Za-z0-9]*(?:\.[0-9]+)?(?:/[A-Za-z0-9][A-Za-z0-9.\-]*)+"
    r"(?:\s*\((?:\d{4}|[A-Za-z .]+)\)|(?<=\d) [A-Z](?:-[A-Z])?)?$")
PART_SUFFIX = re.compile(r"(?<=\d) (?P<part>[A-Z](?:-[A-Z])?)$")   # "A/RES/77/290 B"
_SC_RES = re.compile(r"^S/RES/(?P<num>\d+)\s*\((?P<year>\d{4})\)$")
# a presidential statement S/PRST/2023/1, an SC document S/2023/212: numbered within the year
_SC_YEARLY = re.compile(r"^S/(?:PRST/)?(?P<year>\d{4})/(?P<num>\d+)$")
_ORGAN_RES = re.compile(r"^(?P<prefix>A|A/HRC|E)/RES/(?P<rest>.+)$")
# a special or emergency special session by its number too: A/RES/ES-11/9, A/RES/S-27/2
_SESSION = re.compile(r"^A/(?:HRC/)?(?:RES/|DEC/|C\.\d/|INF/)?(?:E?S-)?(?P<session>\d+)/")
_DRAFT = re.compile(r"/L\.\d+|/CRP\.\d+|^S/\d{4}/\d+")

_SPACES = re.compile(r"\s+")
ROMAN_SESSION = r"(?:E?S-)?[IVXLC]+"   # the session in brackets after a number to 1975: "2625 (XXV)"
_ROMAN_SESSION = re.compile(rf"\s*\(({ROMAN_SESSION})\)$")
_SC_RES_NAME = re.compile(r"^S/RES/(\d+)/(\d{4})$")   # a file name cannot hold "(2023)"
ACTORS = {"A": "unga", "A/HRC": "unga-hrc", "E": "unecosoc", "S": "unsc"}
ORGAN_KEYS = {"unga": "ga", "unga-hrc": "hrc", "unecosoc": "ecosoc", "unsc": "sc"}   # actor -> TLC id
SERIES = {"ga": "A", "hrc": "A/HRC", "ecosoc": "E", "sc": "S"}   # organ -> its symbols' series
# Organs whose published AKN links only what the source PDF links (the Human Rights Council's
# files link no citation their text merely prints): citations are not inferred for them.
CITATIONS_UNLINKED = frozenset({"hrc"})


class SymbolError(ValueError):
    pass


@dataclass(frozen=True)
class Symbol:
    text: str

    @classmethod
    def parse(cls, text: str) -> Symbol:
        cleaned = " ".join(text.strip().split())
        if not _SYMBOL.match(cleaned):
            raise SymbolError(f"{text!r} is not a UN document symbol (expected e.g. A/RES/79/166)")
        return cls(cleaned)

    @classmethod
    def from_filename(cls, stem: str) -> Symbol | None:
        """`A_C.3_79_L.23` or `A_C.3_79_L.23-draft` -> A/C.3/79/L.23; `S_RES_2682_2023` ->
        S/RES/2682 (2023); None if no symbol."""
        candidate = re.sub(r"(?:-[a-z][A-Za-z0-9]*)+$", "", stem.strip())
        while candidate:
            try:
                return cls.parse(_SC_RES_NAME.sub(r"S/RES/\1 (\2)", candidate.replace("_", "/")))
            except SymbolError:
                head, sep, _ = candidate.rpartition("-")
                if not sep:
                    return None
                candidate = head
        return None

    def __str__(self) -> str:
        return self.text

    @property
    def is_draft(self) -> bool:
        return bool(_DRAFT.search(self.text)) and "/RES/" not in self.text

    @property
    def is_decision(self) -> bool:
        return "/DEC/" in self.text

    @property
    def is_corrigendum(self) -> bool:
        """"A/80/L.14/Corr.1": the corrections to a document, not the document."""
        return "/Corr." in self.text

    @property
    def actor(self) -> str:
        """FRBR actor: unga, unsc, unga-hrc, unecosoc (drafts follow their organ)."""
        if self.text.startswith("A/HRC/"):
            return "unga-hrc"
        return ACTORS.get(self.text.split("/", 1)[0], "unga")

    @property
    def organ_key(self) -> str:
        """The TLC id of the organ whose series the symbol is in: "ga", "sc", "hrc", "ecosoc"."""
        return ORGAN_KEYS[self.actor]

    @property
    def work_number(self) -> str:
        """The number part of the Work IRI."""
        m = _SC_RES.match(self.text)
        if m:
            return f"{m['num']}-{m['year']}"
        m = _ORGAN_RES.match(self.text)
        if m:   # A/RES/77/290 B -> 77-290B; the archive's A/RES/2625 (XXV) -> 2625-XXV
            return _ROMAN_SESSION.sub(r"-\1", m["rest"]).replace("/", "-").replace(" ", "")
        m = _SC_YEARLY.match(self.text)
        if m:
            return f"{m['year']}-{m['num']}"
        if self.is_decision:
            return self.text.split("/DEC/", 1)[1].replace("/", "-")
        return _SPACES.sub("", self.text).replace("/", "-")

    @property
    def part(self) -> str | None:
        """The part a symbol names: `A/RES/77/290 B` -> "B"."""
        m = PART_SUFFIX.search(self.text)
        return m["part"] if m else None

    @property
    def session(self) -> int | None:
        """The session an Assembly or Human Rights Council symbol carries: A/RES/77/116,
        A/C.3/77/L.5 -> 77; A/RES/ES-11/9 -> 11 (the number its masthead's ordinal gives);
        A/HRC/RES/55/1 -> 55."""
        m = _SESSION.match(self.text)
        return int(m["session"]) if m else None

    @property
    def resolution_number(self) -> str | None:
        """`A/RES/79/166` -> "79/166" (the number printed before a resolution's title; a
        part's, `A/RES/77/290 B`, is its resolution's: "77/290")."""
        m = _ORGAN_RES.match(self.text)
        return PART_SUFFIX.sub("", m["rest"]) if m else None

    @property
    def url(self) -> str:
        return "https://undocs.org/en/" + _SPACES.sub("", self.text)


def resolution_symbol(number: str, organ_prefix: str = "A") -> Symbol:
    """`79/166` -> A/RES/79/166; `ES-11/1` -> A/RES/ES-11/1."""
    return Symbol(f"{organ_prefix}/RES/{number}")
