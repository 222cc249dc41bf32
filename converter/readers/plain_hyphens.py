"""Undo what pdftotext does to words at line ends and in justified lines.

pdftotext joins "high-" + "level" into "highlevel", "Secretary-" + "General"
into "Secretary General", and splits letter-spaced words ("relevan t").  The
document itself says which words it uses: a hyphenated word seen anywhere in
it (or in the language table's common compounds) is restored where it appears
damaged, and a fragment seen nowhere else is rejoined with its neighbour when
together they make a word the document uses.  What the document writes alike
is left alone: "Southeast" where it only hyphenates "South-East", or a pair it
writes spaced repeatedly and never hyphenated ("nuclear weapon detonation").

Works on space-separated tokens (not a regex callback per word): this runs on
every word of every plain-text document.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from converter.languages.table import LanguageTable
from converter.readers.blocks import Block

_LEAD = "([“‘\"'"
_TRAIL = ")]”’\"'.,;:!?*…"
_LABEL = re.compile(r"^\([a-z]{1,2}\)$")  # "(d)" is a label, not a word "d"


def _core(token: str) -> tuple[str, str, str]:
    """("(", "Secretary-General", "),") for "(Secretary-General),"."""
    rest = token.lstrip(_LEAD)
    core = rest.rstrip(_TRAIL)
    return token[:len(token) - len(rest)], core, rest[len(core):]


def _is_word(core: str) -> bool:
    return core.replace("-", "").isalpha()


def _document_compounds(tokens: list[str]) -> Counter[str]:
    """Hyphenated words of the running text (not parts of addresses such as URLs)."""
    found: Counter[str] = Counter()
    for token in tokens:
        if "-" in token and "/" not in token:
            core = _core(token)[1]
            if "-" in core.strip("-") and _is_word(core):
                found[core.lower()] += 1
    return found


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


def _spellings(cores: list[str]) -> dict[str, set[str]]:
    """Lowercased hyphenated word -> the spellings the document gives it ("South-East")."""
    out: dict[str, set[str]] = {}
    for core in cores:
        if "-" in core.strip("-") and _is_word(core):
            out.setdefault(core.lower(), set()).add(core)
    return out


def _proper_keys(cores: list[str], table: set[str]) -> frozenset[str]:
    """Hyphen-free keys of the compounds (and tails) the document writes only with a
    capital, at least once inside a name ("Economic Co-operation"): a proper name's
    spelling, no evidence that a small-letter "cooperation" lost its hyphen."""
    named: set[str] = set()
    small = {key for c in table for key in _tail_keys(c)}
    for before, core in pairwise(["", *cores]):
        if "-" not in core.strip("-") or not _is_word(core):
            continue
        parts = core.split("-")
        for k in range(len(parts) - 1):
            key = "".join(parts[k:]).lower()
            if parts[k][:1].islower():
                small.add(key)
            elif k or before[:1].isupper():
                named.add(key)
    return frozenset(named - small)


def _tail_keys(compound: str) -> list[str]:
    parts = compound.lower().split("-")
    return ["".join(parts[k:]) for k in range(len(parts) - 1)]


def _spaced_compounds(found: Counter[str], table: set[str],
                      spaced_counts: Counter[str]) -> dict[str, str]:
    """Spaced pair -> compound, for "Secretary General" damaged from "Secretary-General".

    Table compounds count unless the document writes the pair spaced twice or more and
    never hyphenated ("nuclear weapon detonation"); the document's own compounds count
    when it uses the hyphenated spelling at least as often as the spaced one.
    """
    def wanted(c: str, n: int) -> bool:
        spaced = spaced_counts[c.replace("-", " ")]
        if c in table:
            return n > 0 or spaced < 2
        return c.count("-") == 1 and n >= spaced
    return {c.replace("-", " "): c for c in table | set(found) if wanted(c, found[c])}


def _fragments(a: str, b: str) -> bool:
    """Whether `a` and `b` may be the pieces of one word: letters, a tail that may carry
    hyphens ("Cr oss-border"), or digits ("201 8")."""
    return ((a.isalpha() and _is_word(b) and b[:1].isalpha() and b[-1:].isalpha())
            or (a.isdigit() and b.isdigit()))


class _Repairer:
    """Works out, once per document, the exact damaged strings and their repairs; the
    spans are then mended by one regex of those strings (fast: most text needs nothing)."""

    def __init__(self, tokens: list[str], language: LanguageTable) -> None:
        found = _document_compounds(tokens)
        table = {c.lower() for c in language.compounds}
        self.compounds = _compound_map(set(found) | table)
        self.parts = {p for c in set(found) | table for p in c.split("-")}
        cores = [t.lstrip(_LEAD).rstrip(_TRAIL) for t in tokens]
        self.spellings = _spellings(cores)
        self.proper = _proper_keys(cores, table)
        lowered = [c.lower() for c in cores]
        self.vocabulary = Counter(c for c, t in zip(lowered, tokens, strict=True)
                                  if not _LABEL.match(t))
        self.pairs = Counter(pairwise(lowered))
        self.short = frozenset(language.short_words)
        self.vowels = frozenset(language.vowels)
        self._nonwords: dict[str, bool] = {}
        self._verdicts: dict[tuple[str, str], bool | str] = {}
        self.spaced = _spaced_compounds(found, table, Counter(f"{a} {b}" for a, b in pairwise(lowered)))
        self.repairs = self._word_repairs(set(cores))
        self.repairs.update(self._pair_repairs(cores))
        keys = sorted(self.repairs, key=len, reverse=True)
        self.pattern = re.compile(
            r"(?<![\w-])(?:" + "|".join(map(re.escape, keys)) + r")(?![\w-])") if keys else None

    def _part(self, word: str) -> str:
        key = word.replace("-", "").lower()
        compound = self.compounds.get(key)
        if compound and compound != word.lower() and not self._from_name(word, key):
            return _rehyphenate(word, compound)
        return word

    def _word(self, core: str) -> str:
        if not _is_word(core):
            return core
        fixed = self._part(core)
        if "-" in fixed and fixed == core:   # "Under-SecretaryGeneral": mend the parts
            fixed = "-".join(self._part(p) for p in core.split("-"))
        return fixed

    def _from_name(self, damaged: str, key: str) -> bool:
        """Whether only a proper name gives the compound of small-letter `damaged`."""
        return damaged[:1].islower() and key in self.proper

    def _word_repairs(self, cores: set[str]) -> dict[str, str]:
        return {c: fixed for c in cores
                if (fixed := self._word(c)) != c and not self._case_differs(fixed)}

    def _case_differs(self, fixed: str) -> bool:
        """The document writes `fixed` only with a capital after a hyphen where `fixed`
        has a small letter: "Southeast" is a word of its own, not a damaged "South-East"."""
        spellings = self.spellings.get(fixed.lower())
        if not spellings:
            return False
        after = [i + 1 for i, ch in enumerate(fixed[:-1]) if ch == "-"]
        return any(fixed[i].islower() and all(s[i].isupper() for s in spellings) for i in after)

    def _letter_spaced(self, a: str, b: str, before: str = "", after: str = "") -> bool:
        verdict = self._verdicts.get((a, b))
        if verdict is None:   # memoized: a document repeats most of its word pairs
            verdict = self._verdicts[(a, b)] = self._pair_verdict(a, b)
        if verdict == "before":
            return not self._known(before + a)
        if verdict == "after":
            return not self._known(b + after)
        return verdict is True

    def _pair_verdict(self, a: str, b: str) -> bool | str:
        """Whether `a b` is one letter-spaced word ("relevan t", "th e", "201 8", "improv e").

        They are not two short words ("as set"), and either together they spell a word the
        document uses, itself undamaged ("SecretaryGeneral" is not), with one fragment
        stray (seen nowhere but beside the other) and the two not both words ("up on":
        "up" of "follow-up" and the common "on"); or one fragment is no word at all ("e",
        "nd") and the other is stray, no short word, and no known word is made of the
        no-word fragment and its other neighbour (`before` a, `after` b): "degree o f".
        """
        la, lb, joined = a.lower(), b.lower(), a + b
        if not _fragments(a, b) or (la in self.short and lb in self.short):
            return False
        together = self.pairs[(la, lb)]
        stray_a, stray_b = self._stray(a, together), self._stray(b, together)
        if not (stray_a or stray_b) or self._word(joined) != joined:
            return False   # (every way below needs a stray fragment: most pairs end here)
        nonword_a, nonword_b = self._nonword(a), self._nonword(b)
        if nonword_a and stray_b and lb not in self.short:
            return "before"   # unless `before` + a is a known word
        if nonword_b and stray_a and la not in self.short:
            return "after"    # unless b + `after` is a known word
        return ((stray_a or stray_b) and self.vocabulary[joined.lower()] > 0
                and (nonword_a or nonword_b
                     or not (la in self.parts and (self.vocabulary[lb] > 1 or lb in self.parts))))

    def _known(self, word: str) -> bool:
        """A word of the document or a short word of the language ("a t most": "at")."""
        return self.vocabulary[word.lower()] > 0 or word.lower() in self.short

    def _stray(self, fragment: str, together: int) -> bool:
        """Whether `fragment` is seen only in the pair (`together` times) or is no word."""
        return self.vocabulary[fragment.lower()] == together or self._nonword(fragment)

    def _nonword(self, fragment: str) -> bool:
        """A small-letter fragment that is no word of the language: a lone letter other than
        the language's one-letter words ("e" of "th e", not "a"), or one without a vowel
        ("nd" of "a nd").  Memoized: it is asked for every word pair of the document."""
        known = self._nonwords.get(fragment)
        if known is None:
            if not fragment.isalpha() or not fragment.islower():
                known = False
            elif len(fragment) == 1:
                known = fragment not in self.short
            else:
                known = not any(ch in self.vowels for ch in fragment)
            self._nonwords[fragment] = known
        return known

    def _pair_repairs(self, cores: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        spaced = self.spaced
        for i, (a, b) in enumerate(pairwise(cores)):
            before = cores[i - 1] if i else ""
            after = cores[i + 2] if i + 2 < len(cores) else ""
            if self._letter_spaced(a, b, before, after):
                out[f"{a} {b}"] = a + b
            elif ((compound := spaced.get(f"{a.lower()} {b.lower()}")) is not None
                  and not self._from_name(a, compound.replace("-", ""))):
                out[f"{a} {b}"] = _rehyphenate(f"{a} {b}", compound)
        return out

    def text(self, text: str) -> str:
        if self.pattern is None:
            return text
        return self.pattern.sub(lambda m: self.repairs[m.group()], text)


def repair_hyphens(blocks: list[Block], language: LanguageTable) -> list[Block]:
    tokens = [t for b in blocks for s in b.spans if not s.note_ref for t in s.text.split()]
    repair = _Repairer(tokens, language)
    for block in blocks:
        block.spans = [s if s.note_ref else s.with_text(repair.text(s.text)) for s in block.spans]
    return blocks
