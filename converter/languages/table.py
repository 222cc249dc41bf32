"""The shape of a language table."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property


class UnknownLanguageError(ValueError):
    pass


@dataclass(frozen=True, eq=False)
class LanguageTable:
    code: str                         # eng, fra, ...
    months: tuple[str, ...]           # January..December
    united_nations: str               # "United Nations"
    distribution_label: str           # regex: "Distr\.\s*:"
    distribution_kinds: dict[str, str]  # "General" -> "general"
    original_label: str               # regex: "Original\s*:"
    session_pattern: str              # regex with group 'ordinal'
    agenda_pattern: str               # regex with group 'items'
    ordinal_units: dict[str, int]
    ordinal_tens: dict[str, int]      # "twentieth" -> 20
    cardinal_tens: dict[str, int]     # "twenty" -> 20
    organs: dict[str, str]            # "General Assembly" -> "ga"
    formula_pattern: str              # regex for "The General Assembly,"
    committees: dict[str, str]        # "Third Committee" -> "thirdCommittee"
    adopted_pattern: str              # "Resolution adopted by ... on <date>"
    adoption_kinds: dict[str, str]    # its `kind` group -> "resolution" / "decision"
    report_pattern: str               # "[on the report of the ... (A/..., para. N)]"
    no_committee_pattern: str         # "[without reference to a Main Committee (A/79/L.2)]"
    draft_kinds: dict[str, str]       # "draft resolution" -> "draftResolution"
    amendment_words: tuple[str, ...]
    submitted_by_pattern: str         # "Draft resolution submitted by the Vice-Chair …"
    meeting_pattern: str              # "53rd plenary meeting"
    preamble_participles: tuple[str, ...]
    participle_modifiers: tuple[str, ...]  # "also", "further", ...
    operative_adverbs: tuple[str, ...]     # leading "Also", "Further", "Strongly"...
    operative_verb_particles: tuple[str, ...]  # "upon", "note", ...
    annex_words: tuple[str, ...]
    extra: dict[str, str] = field(default_factory=dict)
    # Page furniture printed in the document's language (e.g. "Please recycle"), a regex
    # matched against a whole line; plain-text readers drop such lines.
    furniture_pattern: str = r"(?!)"
    # nouns followed by a number ("paragraph 3"): such a number is no footnote marker
    numbered_nouns: tuple[str, ...] = ()
    # citations that become links: "resolution 70/1" -> A/RES/70/1
    resolution_words: tuple[str, ...] = ()
    decision_words: tuple[str, ...] = ()
    citation_organs: dict[str, str] = field(default_factory=dict)  # "Security Council" -> "S"
    compounds: tuple[str, ...] = ()    # hyphenated words pdftotext may have joined
    # short words two of which never make one letter-spaced word: "as set" is no "asset"
    short_words: tuple[str, ...] = ()
    vowels: str = "aeiouy"             # a small-letter fragment without one is no word
    # word endings that are no words: a stray one after a stray fragment is the end of
    # a letter-spaced word the document uses once ("limi ted", "necessa ry")
    word_endings: tuple[str, ...] = ()
    dated_word: str = ""               # "of" in "70/54 of 7 December 2015"
    date_connectors: tuple[str, ...] = ()   # "of", "on": a date after a number in a list
    and_word: str = "(?!)"             # "and" of "57/130 A and B", "70/1 and 70/2"
    symbol_part_words: tuple[str, ...] = ()  # "Part", "Vol.": "A/CONF.157/24 (Part I)"
    name_connectors: tuple[str, ...] = ()  # small words inside a body's name: "Commission on …"
    organ_nouns: tuple[str, ...] = ()  # last word of a body's name: "Council", "Commission"…
    # regex between a body's name and the citing word by which "its" is that body's:
    # "the Security Council, in its resolution 2334 (2016)"
    own_citation: str = r"(?!)"
    # adverbs before a participle in small letters: "Also recalling", "Firmly convinced"
    preamble_adverbs: tuple[str, ...] = ()
    # regex of the label of a numbered supplement of the Official Records: "Supplement No."
    supplement_label: str = ""
    # words before a citing word that make the resolution a named body's own ("its resolution"):
    # no earlier body of the sentence adopted it
    possessives: tuple[str, ...] = ()
    # regex between a cited number (and its date) and the body that adopted it:
    # "resolutions 5/1 and 5/6 of 2 March 2022 of the United Nations Environment Assembly"
    attribution: str = r"(?!)"
    # a printed vote: "[Adopted by a recorded vote of 28 to 6, with 13 abstentions.]", with
    # groups inFavour, against, abstaining (digits or a word of `vote_zero_words`)
    recorded_vote_pattern: str = r"(?!)"
    without_vote_pattern: str = r"(?!)"    # "[Adopted without a vote.]"
    vote_zero_words: tuple[str, ...] = ()  # "none", "no"
    # the sides of a recorded vote's printed list ("In favour:") -> inFavour / against / abstaining
    vote_sides: dict[str, str] = field(default_factory=dict)
    # words a suspended hyphen stands before ("low- and middle-income"): its space stays
    conjunctions: tuple[str, ...] = ()
    ordinal_suffixes: tuple[str, ...] = ()   # "st" of "1st": a number glued to one is no marker
    # officers who submit drafts in their own name ("submitted by the Chair") -> TLC id
    submitters: dict[str, str] = field(default_factory=dict)
    # "Adopted by the Security Council at its 9331st meeting, on 30 May 2023": groups organ,
    # meeting, ordinal, date
    adopted_at_meeting_pattern: str = r"(?!)"
    number_line_pattern: str = r"(?!)"   # "Resolution 2682 (2023)", group num
    # a line naming a statement's kind ("Statement by the President of the Security Council")
    # -> the AKN document name
    statement_kinds: dict[str, str] = field(default_factory=dict)
    # the six languages' names in this language: "English" printed above "Original: …"
    language_names: tuple[str, ...] = ()
    # words that open a division of a convention or of rules -> AKN element: "Article" -> "article"
    division_words: dict[str, str] = field(default_factory=dict)

    def month_number(self, name: str) -> int | None:
        lowered = [m.lower() for m in self.months]
        try:
            return lowered.index(name.lower()) + 1
        except ValueError:
            return None

    @cached_property
    def date_regex(self) -> re.Pattern[str]:
        months = "|".join(self.months)
        return re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{months})\s+(?P<year>\d{{4}})\b")

    def ordinal_value(self, words: str) -> int | None:
        """'Seventy-ninth' -> 79, 'Eightieth' -> 80, 'Tenth' -> 10."""
        w = words.strip().lower().replace("‑", "-")
        if w in self.ordinal_units:
            return self.ordinal_units[w]
        if w in self.ordinal_tens:
            return self.ordinal_tens[w]
        tens, _, unit = w.partition("-")
        if tens in self.cardinal_tens and unit in self.ordinal_units:
            return self.cardinal_tens[tens] + self.ordinal_units[unit]
        return None

    @cached_property
    def recorded_vote_regex(self) -> re.Pattern[str]:
        return re.compile(self.recorded_vote_pattern, re.IGNORECASE)

    @cached_property
    def without_vote_regex(self) -> re.Pattern[str]:
        return re.compile(self.without_vote_pattern, re.IGNORECASE)

    @cached_property
    def division_regex(self) -> re.Pattern[str]:
        """"Article 5", "CHAPTER II", "Part I": a division's word and number, alone on a line
        or followed by its heading."""
        words = "|".join(map(re.escape, self.division_words)) or "(?!)"
        return re.compile(rf"^(?P<word>(?i:{words}))\s+(?P<num>[IVXLC]+|\d+(?:\s?[a-z]|\s?bis)?|"
                          rf"[A-Z])\.?(?=$|\s)\s*(?P<rest>.*)$")

    @cached_property
    def date_range_regex(self) -> re.Pattern[str]:
        """A session's dates: "26 February–5 April 2024", "1–12 July 2024" (first year and
        month optional)."""
        months = "|".join(self.months)
        return re.compile(rf"^(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{months})(?:\s+(?P<y1>\d{{4}}))?\s*[–—-]?|"
                          rf"\s*[–—-])\s*(?P<d2>\d{{1,2}})\s+(?P<m2>{months})\s+(?P<y2>\d{{4}})$")

    @cached_property
    def formula_regex(self) -> re.Pattern[str]:
        return re.compile(self.formula_pattern)

    @cached_property
    def preamble_regex(self) -> re.Pattern[str]:
        """Leading phrase of a preambular paragraph, e.g. 'Recalling also'."""
        words = "|".join(sorted(map(re.escape, self.preamble_participles), key=len, reverse=True))
        mods = "|".join(sorted(map(re.escape, self.participle_modifiers), key=len, reverse=True))
        adverbs = "|".join(map(re.escape, self.preamble_adverbs)) or "(?!)"
        small = "|".join(sorted((re.escape(w[:1].lower() + w[1:]) for w in self.preamble_participles),
                                key=len, reverse=True))
        return re.compile(rf"^(?:(?:{mods})\s+)*(?:(?:{adverbs})\s+(?:{small})|{words})"
                          rf"(?:\s+(?:{mods}))*(?=[\s,:;]|$)")

    @cached_property
    def operative_regex(self) -> re.Pattern[str]:
        """Leading verb phrase of an operative paragraph, e.g. 'Also reaffirms', 'Calls upon'."""
        adverbs = "|".join(sorted(map(re.escape, self.operative_adverbs), key=len, reverse=True))
        particles = "|".join(
            sorted(map(re.escape, self.operative_verb_particles), key=len, reverse=True))
        return re.compile(
            rf"^(?:(?:{adverbs})\s+)*[A-Za-z][a-z]+s(?:\s+(?:{particles}))*(?=[\s,:;]|$)",
        )
