"""Undo what pdftotext does to words at line ends and in justified lines.

pdftotext removes a line-end hyphen by joining the whole next line on, giving an
over-long line: "high-" + "level" becomes "highlevel", "twenty-" + "first" "twenty
first", "United Nations-" + "led" "United Nationsled".  Only there (`Joined` lines,
found by plain_text) are hyphens restored: a compound the document (or the language
table's common compounds) writes hyphenated, glued or spaced anywhere in the line;
else, at one join, the one word that splits at a capital ("KunmingMontreal") or into
two words of the document ("communitybased"), or failing those, into two words of the
language's word list that glued are no word nor a form of one ("costsaving").  A word
the document also writes away from joins is its own ("cooperation"), as is a compound
only a capitalised name gives ("Economic Co-operation"); elsewhere "to counter
terrorism" or "in the long term" is as the document wrote it.  Letter-spaced words
("relevan t") are rejoined anywhere, when together the fragments make a word the
document uses.

Works on space-separated tokens (not a regex callback per word): this runs on
every word of every plain-text document.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property, lru_cache
from itertools import chain, compress, count, pairwise, repeat

from converter.languages.table import LanguageTable
from converter.readers.blocks import Block, Span
from converter.readers.lexicon import Lexicon
from converter.readers.plain_text import Joined

_LONGEST_PAIR = 60   # letters: no two words of a language written as one are longer

_LEAD = "([“‘\"'"
_TRAIL = ")]”’\"'.,;:!?*…"
# "(d)" is a label, not a word "d": a token of the text (led by its "(": found fast)
_LABEL = re.compile(r"\((?<!\S\()([a-z]{1,2})\)(?!\S)")


def _is_word(core: str) -> bool:
    return core.replace("-", "").isalpha()


def _compound_cores(cores: list[str], hyphened: list[int]) -> list[int]:
    """Where, among the cores holding a hyphen (`hyphened`), the running text writes a
    hyphenated word (not a dash alone, "-led", nor part of an address such as a URL: an
    address is no word)."""
    return [i for i in hyphened if "-" in cores[i].strip("-") and _is_word(cores[i])]


def _compound_map(compounds: Iterable[str], known: Mapping[str, str] | None = None
                  ) -> dict[str, str]:
    """Hyphen-free spelling -> hyphenated spelling, for every compound and its tails, added
    to those `known` (the table's)."""
    out = dict(known or {})
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


def _spellings(compounds: list[str]) -> dict[str, set[str]]:
    """Lowercased hyphenated word -> the spellings the document gives it ("South-East")."""
    out: dict[str, set[str]] = {}
    for core in compounds:
        out.setdefault(core.lower(), set()).add(core)
    return out


def _proper_keys(cores: list[str], at: list[int], small_keys: frozenset[str]) -> frozenset[str]:
    """Hyphen-free keys of the compounds (and tails) the document writes only with a
    capital, at least once inside a name ("Economic Co-operation"): a proper name's
    spelling, no evidence that a small-letter "cooperation" lost its hyphen.  `at`: where
    the document's compounds are; `small_keys`: those of the table's compounds."""
    named: set[str] = set()
    small: set[str] = set()
    for i in at:
        before = cores[i - 1] if i else ""
        parts = cores[i].split("-")
        for k in range(len(parts) - 1):
            key = "".join(parts[k:]).lower()
            if parts[k][:1].islower():
                small.add(key)
            elif k or before[:1].isupper():
                named.add(key)
    return frozenset(named - small - small_keys)


def _tail_keys(compound: str) -> list[str]:
    parts = compound.lower().split("-")
    return ["".join(parts[k:]) for k in range(len(parts) - 1)]


def _spaced_compounds(found: Counter[str], table: _TableWords,
                      pairs: Counter[tuple[str, str]]) -> dict[str, str]:
    """Spaced pair -> compound, for "Secretary General" damaged from "Secretary-General".

    Table compounds count unless the document writes the pair spaced twice or more and
    never hyphenated ("nuclear weapon detonation"); the document's own compounds count
    when it uses the hyphenated spelling at least as often as the spaced one.
    """
    out = {spaced: c for c, spaced, pair in table.spaced
           if pair is None or found[c] > 0 or pairs.get(pair, 0) < 2}
    for c, n in found.items():
        # how often the document writes the pair spaced: tokens hold no spaces, so only a
        # compound of two words can be written as one pair of them
        if c.count("-") == 1 and c not in table.compounds and n >= pairs.get(_halves(c), 0):
            out[c.replace("-", " ")] = c
    return out


def _halves(compound: str) -> tuple[str, str]:
    first, _, second = compound.partition("-")
    return first, second


class _TableWords:
    """What the repairs read from a language table's compounds (and its hyphenated
    ordinals), worked out once per table rather than for every document."""

    def __init__(self, language: LanguageTable) -> None:
        self.compounds = frozenset({c.lower() for c in language.compounds}
                                   | _number_words(language))
        # (in sorted order: of two spellings as full, the first wins, whatever the hash seed)
        self.compound_map = _compound_map(sorted(self.compounds))
        self.parts = frozenset(p for c in self.compounds for p in c.split("-"))
        self.tails = frozenset(p for c in self.compounds for p in c.split("-")[1:])
        self.small_keys = frozenset(key for c in self.compounds for key in _tail_keys(c))
        # (compound, spaced spelling, its two words when it has two, else None)
        self.spaced = tuple((c, c.replace("-", " "), None if "-" in c.partition("-")[2]
                             else _halves(c)) for c in sorted(self.compounds))
        self.short = frozenset(language.short_words)
        self.vowels = frozenset(language.vowels)
        self.endings = frozenset(language.word_endings)
        self.closed = frozenset(language.closed_compounds)
        self.prefixes = frozenset(language.prefixes)


@lru_cache(maxsize=8)
def _table_words(language: LanguageTable) -> _TableWords:
    return _TableWords(language)


def _fragments(a: str, b: str) -> bool:
    """Whether `a` and `b` may be the pieces of one word: letters, a tail that may carry
    hyphens ("Cr oss-border"), or digits ("201 8")."""
    return ((a.isalpha() and b[:1].isalpha() and b[-1:].isalpha() and _is_word(b))
            or (a.isdigit() and b.isdigit()))


def _vocabulary(lowered: list[str], labels: list[str]) -> Counter[str]:
    """How often the document uses each word (small letters), its `labels` (the "d" of
    "(d)") not counted as words."""
    vocabulary = Counter(lowered)
    for word in labels:
        vocabulary[word] -= 1
        if not vocabulary[word]:
            del vocabulary[word]
    return vocabulary


def _alternation(repairs: Mapping[str, str]) -> re.Pattern[str] | None:
    """One regex of the damaged strings, longest first, each a whole word or words."""
    keys = sorted(repairs, key=len, reverse=True)
    if not keys:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, keys)) + r")(?![\w-])")


def _camel_cuts(core: str) -> list[int]:
    """Where a small letter meets a capital inside `core` ("KunmingMontreal": 7), the
    piece before the capital being three letters or more."""
    if core[3:-1].islower():
        return []   # (no capital where one is looked for: most words)
    return [i for i in range(3, len(core) - 1)
            if core[i].isupper() and core[i - 1].islower()
            and "-" not in core[i - 3:i]]


def _parts(text: str) -> list[tuple[str, str, str]]:
    """(lead, core, trail) of each token, ("(", "Secretary-General", "),") for
    "(Secretary-General),"; a possessive "’s" is trail ("General’s").  (Cut in C, by
    `map`: this runs on every over-long line and on the text around each join.)"""
    tokens = text.split()
    rests = list(map(str.lstrip, tokens, repeat(_LEAD)))
    cores = list(map(str.rstrip, rests, repeat(_TRAIL)))
    # token = lead + rest, rest = core + trail
    leads, trails = map(str.removesuffix, tokens, rests), map(str.removeprefix, rests, cores)
    parts = list(zip(leads, cores, trails, strict=True))
    for i in compress(count(), map(str.endswith, cores, repeat(("’s", "'s")))):
        lead, core, trail = parts[i]
        parts[i] = lead, core[:-2], core[-2:] + trail
    return parts


def _hyphenated(core: str, cuts: list[int]) -> tuple[str, str] | None:
    """(core, its repair) when exactly one cut is found; none when several are (unclear)."""
    return (core, f"{core[:cuts[0]]}-{core[cuts[0]:]}") if len(cuts) == 1 else None


def _unique(found: Iterable[tuple[str, str] | None]) -> tuple[str, str] | None:
    """The one repair found, or None when none or several are (then the join is unclear)."""
    hits = [f for f in found if f is not None]
    return hits[0] if len(hits) == 1 else None


def _may_join(lowered: tuple[str, str], vocabulary: Mapping[str, int]) -> bool:
    """Whether the two words, as written, may spell together a word of `vocabulary`: their
    small letters joined are one, or a sigma lowers otherwise in the whole word than in
    its pieces (the one letter `str.lower` reads in context: "ς" at a word's end)."""
    joined = lowered[0] + lowered[1]
    return joined in vocabulary or "ς" in joined or "σ" in joined


def _number_words(language: LanguageTable) -> set[str]:
    """The hyphenated ordinals of the language: "thirty-fifth", "seventy-ninth"."""
    units = [w for w, n in language.ordinal_units.items() if n < 10]
    return {f"{tens}-{unit}" for tens in language.cardinal_tens for unit in units}


@lru_cache(maxsize=8)
def _vowel_free(vowels: frozenset[str]) -> re.Pattern[str]:
    """A line of one character, or of none of `vowels` (lines: the words, one a line, each
    after a newline)."""
    letters = "".join(map(re.escape, sorted(vowels)))
    # (led by the newline: searched for line by line, not tried at every character)
    return re.compile(rf"\n(.|[^\n{letters}]+)(?=\n|\Z)" if letters else r"\n(.+)(?=\n|\Z)")


class _NonWords(dict[str, bool]):
    """Fragment -> whether it is a small-letter fragment that is no word of the language: a
    lone letter other than the language's one-letter words ("e" of "th e", not "a"), or one
    without a vowel ("nd" of "a nd").  Filled as asked (for every word pair of a document)."""

    def __init__(self, short: frozenset[str], vowels: frozenset[str]) -> None:
        super().__init__()
        self.short, self.vowels = short, vowels

    def __missing__(self, fragment: str) -> bool:
        if not fragment.isalpha() or not fragment.islower():
            known = False
        elif len(fragment) == 1:
            known = fragment not in self.short
        else:
            known = self.vowels.isdisjoint(fragment)
        self[fragment] = known
        return known


class _Repairer:
    """Works out, once per document, the exact damaged strings and their repairs; the
    spans are then mended by one regex of those strings (fast: most text needs nothing).

    Letter-spaced words are mended anywhere; lost hyphens only at the joins where
    pdftotext glued an over-long line (`windows`: the text around each join), as
    elsewhere "to counter terrorism" or "cooperation" are as the document wrote them.
    """

    def __init__(self, text: str, language: LanguageTable,
                 joined: Sequence[Joined] = ()) -> None:
        table = _table_words(language)
        cores = list(map(str.rstrip, map(str.lstrip, text.split(), repeat(_LEAD)),
                         repeat(_TRAIL)))
        hyphened = [i for i, core in enumerate(cores) if "-" in core]   # (a few)
        at = _compound_cores(cores, hyphened)
        compounds = [cores[i] for i in at]
        found = Counter(map(str.lower, compounds))
        new = [c for c in found if c not in table.compounds]
        self.compounds = _compound_map(new, table.compound_map)
        self.parts = table.parts.union(*(c.split("-") for c in new))
        self.tails = set(table.tails).union(*(c.split("-")[1:] for c in new))
        self.tails.update(c[1:].lower() for c in map(cores.__getitem__, hyphened)
                          if c[:1] == "-" and c[1:].isalpha())
        self.spellings = _spellings(compounds)
        self.proper = _proper_keys(cores, at, table.small_keys)
        lowered = list(map(str.lower, cores))
        labels = _LABEL.findall(text)
        self.vocabulary = _vocabulary(lowered, labels)
        # the distinct words, a line each (for `_nonword_cores` and the sigma test of
        # `_evidence`), and the labels' words, which may be none of them
        self._words = "\n" + "\n".join(self.vocabulary)
        self._labels = set(labels)
        self.pairs = Counter(pairwise(lowered))
        self.short, self.vowels, self.endings = table.short, table.vowels, table.endings
        self.closed, self.prefixes = table.closed, table.prefixes
        self._nonwords = _NonWords(self.short, self.vowels)
        self.lexicon = Lexicon(language.lexicon)
        self.inflections = language.inflections
        self._verdicts: dict[tuple[str, str], bool | str] = {}
        self._found, self._table = found, table
        self._line_parts = {j.line: _parts(j.line) for j in joined}
        self.at_joins = Counter(c.lower() for parts in self._line_parts.values()
                                for _, c, _ in parts)
        self.repairs = self._pair_repairs(cores, lowered)
        self.pattern = _alternation(self.repairs)

    @cached_property
    def spaced(self) -> dict[str, str]:
        """The spaced compounds (see `_spaced_compounds`), asked only at joins (made then)."""
        return _spaced_compounds(self._found, self._table, self.pairs)

    @cached_property
    def spaced_ends(self) -> set[str]:
        """The last words of the spaced compounds: a pair ending otherwise is none of them."""
        return {spaced.rpartition(" ")[2] for spaced in self.spaced}

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

    def join_repairs(self, joined: Iterable[Joined]) -> dict[str, str]:
        """Damaged string -> repair, for the over-long lines of one block: the compounds
        the document or language knows anywhere in the line, glued ("highlevel") or spaced
        ("twenty first"); at a join with none of them, the one word of its window split
        at a capital ("KunmingMontreal") or into two words of the document ("Nationsled")."""
        out: dict[str, str] = {}
        for line in joined:
            parts = self._line_parts.get(line.line) or _parts(line.line)
            known = self._known_compounds(parts)
            out.update(known)
            for window in line.windows:
                if not any(damaged in window for damaged in known):
                    fix = self._unknown(_parts(window))
                    if fix is not None:
                        out[fix[0]] = fix[1]
        return out

    def _known_compounds(self, parts: list[tuple[str, str, str]]) -> dict[str, str]:
        # (only a word holding a hyphen or spelling a compound's key can be mended, only a
        # pair ending as a spaced compound ends be one: the few asked further)
        compounds, ends = self.compounds, self.spaced_ends
        glued = [c for _, c, _ in parts if "-" in c or c.lower() in compounds]
        cores = [c for c in glued if _is_word(c) and not self._one_word(c)]
        found = dict(filter(None, map(self._known_glued, cores)))
        pairs = [pair for pair in pairwise(parts) if pair[1][1].lower() in ends]
        found.update(filter(None, map(self._known_spaced, pairs)))
        return found

    def _unknown(self, parts: list[tuple[str, str, str]]) -> tuple[str, str] | None:
        cores = [c for _, c, _ in parts if _is_word(c) and not self._one_word(c)]
        if not cores:
            return None   # (every word of the window is one of the document's: most windows)
        return (_unique(map(self._camel, cores)) or _unique(map(self._two_words, cores))
                or _unique(map(self._listed_words, cores)))

    def _one_word(self, core: str) -> bool:
        """Whether the document writes `core` away from the joins too: a word of its own."""
        low = core.lower()
        return self.vocabulary[low] > self.at_joins[low]

    def _known_glued(self, core: str) -> tuple[str, str] | None:
        fixed = self._word(core)
        return (core, fixed) if fixed != core and not self._case_differs(fixed) else None

    def _known_spaced(self, pair: tuple[tuple[str, str, str], tuple[str, str, str]]
                      ) -> tuple[str, str] | None:
        """A spaced pair the document or language hyphenates; a hyphenated first word joins
        by its last part ("Under-Secretary General")."""
        (_, a, close), (open_, b, _) = pair
        if close or open_ or not (_is_word(a) and _is_word(b)):
            return None
        head, _, last = a.rpartition("-")
        compound = self.spaced.get(f"{last.lower()} {b.lower()}")
        if compound is None or self._from_name(last, compound.replace("-", "")):
            return None
        fixed = _rehyphenate(f"{last} {b}", compound)
        return f"{a} {b}", f"{head}-{fixed}" if head else fixed

    def _camel(self, core: str) -> tuple[str, str] | None:
        return _hyphenated(core, _camel_cuts(core))

    def _two_words(self, core: str) -> tuple[str, str] | None:
        """`core`, seen only here, as the one pair of words of the document it splits into:
        the second ends compounds elsewhere ("community" + "based" as "rights-based", "led"
        as "-led"), or is a word after a name ("Kunming" + "based"); neither is a short word
        ("with" + "in"), a fragment ("ment") or a short prefix ("inter" + "governmental")."""
        low = core.lower()
        if not (core.isalpha() and core[1:].islower() and 6 <= len(core) <= _LONGEST_PAIR
                and self.vocabulary[low] <= 1):   # (every cut of a 30,000-letter "word": minutes)
            return None
        cuts = [i for i in range(3, len(low) - 2)
                if self._tail(low[i:], core[0].isupper()) and self._head(low[:i])]
        if not cuts:   # (the word list, loaded on first use, asked last)
            cuts = [i for i in range(3, len(low) - 2) if self._common_pair(low[:i], low[i:])]
            if cuts and (low in self.closed or self.lexicon.knows(low)):
                cuts = []
        return _hyphenated(core, cuts)

    def _listed_words(self, core: str) -> tuple[str, str] | None:
        """Where the document gives no evidence at a join: `core`, seen only here, as the one
        pair of words of the word list it splits into, neither a prefix ("sub" + "region")
        nor a short word, and glued no word or form of one ("cost" + "saving" -> "cost-
        saving"; not "seaports", "indebtedness", nor a name, "Kunming")."""
        low = core.lower()
        if not (core.isalpha() and core.islower() and 7 <= len(core) <= _LONGEST_PAIR
                and self.vocabulary[low] <= 1 and self.inflections):
            return None
        cuts = [i for i in range(3, len(low) - 3) if self._listed_pair(low[:i], low[i:])]
        if not cuts or low in self.closed or self.lexicon.knows_form(low, self.inflections):
            return None
        return _hyphenated(core, cuts)

    def _common_pair(self, head: str, tail: str) -> bool:
        """Two words of the language, glued at a join into no word of it: "user" + "friendly"
        (a tail the document hyphenates: "device-friendly"), "climate" + "resilient" (both
        words of the document).  Short words and a prefix ("inter") are never a half."""
        if head in self.short or tail in self.short or (head in self.parts and len(head) < 6):
            return False
        if tail in self.tails:
            return self.lexicon.knows(head)
        return (len(head) >= 5 and len(tail) >= 5 and self._whole(head) and self._whole(tail)
                and self.lexicon.knows(head) and self.lexicon.knows(tail))

    def _listed_pair(self, head: str, tail: str) -> bool:
        """Two words of the word list that glued are no word of it nor a form of one
        ("cost" + "saving", "far" + "reaching"; not "shore" + "lines", "annex" + "es"): only
        for a language whose inflections are known."""
        return (len(head) >= 3 and len(tail) >= 4 and head not in self.short
                and tail not in self.short and head not in self.prefixes
                and self.lexicon.knows(head) and self.lexicon.knows(tail))

    def _tail(self, word: str, after_name: bool) -> bool:
        return word not in self.short and (word in self.tails or (after_name and self._whole(word)))

    def _head(self, word: str) -> bool:
        return self._whole(word) and (len(word) >= 6 or word not in self.parts)

    def _whole(self, word: str) -> bool:
        """A word the document uses (or a long part of its compounds: "seventy"), not a
        short word of the language; one of fewer than five letters seen twice or more (a
        stray fragment, "ment" or "ing", is not)."""
        seen = self.vocabulary[word] + int(len(word) >= 6 and word in self.parts)
        return (seen > 1 or (seen > 0 and len(word) >= 5)) and word not in self.short

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

    def _plausible(self, a: str, b: str) -> bool:
        """Whether `_pair_verdict` can be other than False, by the tests most pairs fail, in
        one cheap function (it is asked for every new word pair of the document): pieces of
        a word, not two short words, one of them stray, and evidence that they are one."""
        if not ((a.isalpha() and b[:1].isalpha() and b[-1:].isalpha() and _is_word(b))
                or (a.isdigit() and b.isdigit())):
            return False
        la, lb = a.lower(), b.lower()
        short = self.short
        if la in short and lb in short:
            return False
        together = self.pairs.get((la, lb), 0)
        vocabulary, nonwords = self.vocabulary, self._nonwords
        nonword = nonwords[a] or nonwords[b]
        stray_a = vocabulary.get(la, 0) == together
        stray_b = vocabulary.get(lb, 0) == together
        if not (stray_a or stray_b or nonword):
            return False
        # every way to a verdict other than False needs a fragment that is no word, both
        # fragments stray, or the two together a word the document uses
        return nonword or (stray_a and stray_b) or vocabulary.get((a + b).lower(), 0) > 0

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
        together = self.pairs.get((la, lb), 0)
        nonword_a, nonword_b = self._nonwords[a], self._nonwords[b]
        # a stray fragment is seen only in the pair (`together` times) or is no word
        stray_a = nonword_a or self.vocabulary.get(la, 0) == together
        stray_b = nonword_b or self.vocabulary.get(lb, 0) == together
        if not (stray_a or stray_b) or self._word(joined) != joined:
            return False   # (every way below needs a stray fragment: most pairs end here)
        if nonword_a and stray_b and lb not in self.short:
            return "before"   # unless `before` + a is a known word
        if nonword_b and stray_a and la not in self.short:
            return "after"    # unless b + `after` is a known word
        seen = self.vocabulary[joined.lower()] > 0 or (
            stray_a and stray_b and self._small_fragments(a, b))
        return seen and (nonword_a or nonword_b
                         or not (la in self.parts and (self.vocabulary[lb] > 1 or lb in self.parts)))

    def _small_fragments(self, a: str, b: str) -> bool:
        """Whether `a b`, both stray, are the fragments of a word the document does not use:
        in small letters, neither a short word, and the document uses a word of its stem,
        or `b` is an ending, or the word list has the word and not both fragments."""
        return (a.islower() and b.islower() and b not in self.short and a not in self.short
                and (self._stem_seen(a + b) or b in self.endings or self.lexicon.joins(a, b)))

    def _stem_seen(self, word: str) -> bool:
        """Whether the document uses a word of the stem of `word` (which it does not use):
        all but its last letter, of seven letters or more ("contribution" for "contrib ute";
        "percentage" is no evidence for "per cent")."""
        stem = word[:-1]
        if len(stem) < 7:
            return False
        words = self._sorted_words   # (the first word from the stem on starts with it, if any)
        at = bisect_left(words, stem)
        return at < len(words) and words[at].startswith(stem)

    @cached_property
    def _sorted_words(self) -> list[str]:
        """The document's distinct words in order (sorted on first use: a document asks
        tens of stems, each a search of its words as one string else)."""
        return sorted(self.vocabulary)

    def _known(self, word: str) -> bool:
        """A word of the document or a short word of the language ("a t most": "at")."""
        return self.vocabulary[word.lower()] > 0 or word.lower() in self.short

    def _nonword(self, fragment: str) -> bool:
        """A small-letter fragment that is no word of the language (see `_NonWords`)."""
        return self._nonwords[fragment]

    def _candidates(self, cores: list[str], lowered: list[str]) -> list[int]:
        """Where a pair of words (cores[i], cores[i + 1]) may be one letter-spaced word, by
        `_plausible`'s last tests: a fragment that is no word, both fragments stray, or one
        stray and the two together a word of the document.  Asked per distinct pair and word
        in sets, not per pair in `_plausible`: most pairs of a document are none of these."""
        evidence = self._evidence()
        nonwords = self._nonword_cores()
        # (the pairs of a document are thousands, these few: the words that may begin one,
        # or be a no-word, found in one scan in C; a no-word is in small letters, its own
        # lowered form)
        wanted = {a for a, _ in evidence} | nonwords
        last = len(cores) - 1
        found: set[int] = set()
        for i in compress(count(), map(wanted.__contains__, lowered)):
            if i < last and (lowered[i], lowered[i + 1]) in evidence:
                found.add(i)
            if cores[i] in nonwords:
                found.update(k for k in (i - 1, i) if 0 <= k < last)
        return sorted(found)

    def _evidence(self) -> set[tuple[str, str]]:
        """The distinct pairs (small letters) one stray and together perhaps a word of the
        document, or both stray and `_small_fragments`: a pair written otherwise than in
        small letters ("Central African") is one word only if the document uses it."""
        vocabulary = self.vocabulary
        seen = vocabulary.get
        # (`_may_join` asked only where a sigma may lower otherwise: in Greek words)
        greek = "σ" in self._words or "ς" in self._words
        evidence: set[tuple[str, str]] = set()
        for pair, together in self.pairs.items():
            a, b = pair
            stray_a = seen(a, 0) == together
            if not (stray_a or seen(b, 0) == together):
                continue   # (most pairs)
            if (a + b in vocabulary or (greek and _may_join(pair, vocabulary))
                    or (stray_a and seen(b, 0) == together and self._small_fragments(a, b))):
                evidence.add(pair)
        return evidence

    def _nonword_cores(self) -> set[str]:
        """The cores that are no word (see `_NonWords`), and perhaps a few small-letter
        forms of others: a no-word is in small letters, so among the document's words or its
        labels' (`str.lower` changes no character but a capital).  Asked only of those of
        one character or without a vowel (found by one regex): any other is a word."""
        maybe = _vowel_free(self.vowels).findall(self._words)
        return {word for word in chain(maybe, self._labels) if self._nonwords[word]}

    def _pair_repairs(self, cores: list[str], lowered: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        verdicts, plausible = self._verdicts, self._plausible
        for i in self._candidates(cores, lowered):
            a, b = cores[i], cores[i + 1]
            verdict = verdicts.get((a, b))
            if verdict is False:   # most pairs: known not to be one word
                continue
            if verdict is None and not plausible(a, b):
                verdicts[(a, b)] = False
                continue
            before = cores[i - 1] if i else ""
            after = cores[i + 2] if i + 2 < len(cores) else ""
            if self._letter_spaced(a, b, before, after):
                out[f"{a} {b}"] = a + b
        return out

    def text(self, text: str, fixes: Mapping[str, str] | None = None,
             fix_pattern: re.Pattern[str] | None = None) -> str:
        """`text` mended: first the join repairs of its block (`fixes`, matched by
        `fix_pattern`), then the document's own repairs."""
        # (a text holding none of the damaged strings is not scanned: most hold none)
        if fixes and fix_pattern is not None and _holds_any(text, fixes):
            text = fix_pattern.sub(lambda m: fixes[m.group()], text)
        if self.pattern is None or not _holds_any(text, self.repairs):
            return text
        return self.pattern.sub(lambda m: self.repairs.get(m.group(), m.group()), text)


def _holds_any(text: str, damaged: Iterable[str]) -> bool:
    return any(map(text.__contains__, damaged))


def _with_text(span: Span, text: str) -> Span:
    """`span` holding `text`: itself when its text is unchanged (most spans)."""
    return span if text == span.text else span.with_text(text)


def repair_hyphens(blocks: list[Block], language: LanguageTable,
                   joins: Mapping[int, Sequence[Joined]] | None = None) -> list[Block]:
    """Mend the words of `blocks`; `joins` gives, by block index, the over-long lines
    where pdftotext joined lines."""
    joins = joins or {}
    text = " ".join(s.text for b in blocks for s in b.spans if not s.note_ref)
    repair = _Repairer(text, language, [j for js in joins.values() for j in js])
    for i, block in enumerate(blocks):
        fixes = repair.join_repairs(joins[i]) if i in joins else {}
        if not fixes and repair.pattern is None:
            continue   # (nothing to mend: most blocks of most documents)
        pattern = _alternation(fixes)   # once per block, not per span
        block.spans = [s if s.note_ref else _with_text(s, repair.text(s.text, fixes, pattern))
                       for s in block.spans]
    return blocks
