"""The shape of a language table."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property


def alternation(words: Iterable[str]) -> str:
    """Regex of any of `words`, longest first ("Vice-Chair" before "Chair", "دإط" before
    "د"); one that never matches when there are none."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"


def opening(words: Iterable[str], also: str = "") -> str:
    """A lookahead of the first characters of `words` (and of the class `also`, "\\d"): set
    before a pattern every hit of which opens with one of them, it lets the regex engine pass
    over the other characters of a text fast instead of trying the pattern at each.  Empty
    when a word is empty (a hit may then open with anything)."""
    words = list(words)
    if not all(words):
        return ""
    firsts = first_characters(words)
    return rf"(?=[{firsts}{also}])" if firsts or also else "(?!)"


def first_characters(words: Iterable[str]) -> str:
    """The first characters of `words`, escaped for a regex character class."""
    return "".join(sorted({re.escape(w[0]) for w in words}))


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
    # words that name the council named last ("理事会": the Council), and words after a comma
    # that go on with the organ named before it ("人权理事会所有相关决议，包括…第23/9号"):
    # read by the number-first citations
    organ_back_references: tuple[str, ...] = ()
    list_continuations: tuple[str, ...] = ()
    # bodies whose resolutions have no UN symbol to link, named in the text before a number-
    # first citation ("联合国环境大会…第5/1号", "缔约国会议…第8/12号决议")
    other_bodies: tuple[str, ...] = ()
    # how the language marks the session of a resolution numbered in the old way or at a
    # special session, in its own script, and the series mark it stands for: Arabic prints
    # "1514 (د-15)" for 1514 (XV), "3201 (دإ-6)" for 3201 (S-VI), "دإط-10/15" for ES-10/15
    session_marks: dict[str, str] = field(default_factory=dict)
    # part letters of a resolution spelt as words, and the letter each stands for: Arabic
    # "49/75 كاف" is 49/75 K (the letters in the abjad order)
    part_letters: dict[str, str] = field(default_factory=dict)
    compounds: tuple[str, ...] = ()    # hyphenated words pdftotext may have joined
    # words the UN writes closed that a general word list does not know: never split at a join
    closed_compounds: tuple[str, ...] = ()
    # short words two of which never make one letter-spaced word: "as set" is no "asset"
    short_words: tuple[str, ...] = ()
    vowels: str = "aeiouy"             # a small-letter fragment without one is no word
    lexicon: str | None = None         # the pyspellchecker word list of the language ("en")
    # the endings of inflected forms a word list leaves out, and what the stem ends with
    # instead: ("ing", "e") reads "underscoring" as "underscore", ("s", "") "seaports" as
    # "seaport".  Without them the word list never tells two glued words from one word.
    inflections: tuple[tuple[str, str], ...] = ()
    # prefixes that are words too ("sub", "inter", "co"): before a word, one word ("subregion")
    prefixes: tuple[str, ...] = ()
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
    # citing words that carry the citing organ's possessive in themselves: Arabic "قرارها",
    # "قراراتها" (its, feminine: the Assembly's own), where "قراراته" (masculine) is a council's
    own_citing_words: tuple[str, ...] = ()
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
    archive_adopted_pattern: str = r"(?!)"   # the adoption line in capitals, its date perhaps left out
    number_line_pattern: str = r"(?!)"   # "Resolution 2682 (2023)", group num
    # a line naming a statement's kind ("Statement by the President of the Security Council")
    # -> the AKN document name
    statement_kinds: dict[str, str] = field(default_factory=dict)
    # the six languages' names in this language: "English" printed above "Original: …"
    language_names: tuple[str, ...] = ()
    # words that open a division of a convention or of rules -> AKN element: "Article" -> "article"
    division_words: dict[str, str] = field(default_factory=dict)
    # a session's dates, "26 de febrero a 5 de abril de 2024": the word before a month or year
    # ("de"), the words between the two days ("a|al"), the word after the year ("года")
    date_range_words: tuple[str, str, str] = ("", "", "")
    # or the whole pattern (groups d1, m1, y1, sep, d2, m2, y2; the second month and year may be
    # left out): Chinese "2024年2月26日至4月5日"
    date_range_pattern: str | None = None
    # a division's number written as a word: "Part One", "Part Two"
    division_number_words: tuple[str, ...] = ()
    # ---- what other languages need (the defaults are English's shapes) ----
    # month names spelled otherwise -> number: the English names a masthead prints beside the
    # language's own ("Distr.: General" / "20 December 2022"), the UN's variant spellings
    other_months: dict[str, int] = field(default_factory=dict)
    # date shapes, each a regex template with groups day, month, year ({months}: the names)
    date_shapes: tuple[str, ...] = (r"\b(?P<day>\d{{1,2}})\s+(?P<month>{months})\s+(?P<year>\d{{4}})\b",)
    # the leading verb phrase of an operative paragraph, when not English's "-s" verb
    operative_pattern: str = ""
    # what may follow a preambular or operative opener: Chinese writes no space after it
    opener_end: str = r"(?=[\s,:;]|$)"
    # what the opener takes along: Arabic "إذ" with its verb ("إذ تشير", "وإذ ترغب")
    opener_tail: str = ""
    opener_gap: str = r"\s+"             # between an opener's words ("Recalling also")
    # regex of the participles a language forms by rule, beside those it lists: English
    # "Praising", "Saluting" (a capitalised "-ing" word that is no preposition); read only
    # where nothing but an opener can begin a sentence (`formed_opener_regex`)
    participle_pattern: str = r"(?!)"
    # words that may stand before a recital's opening phrase, left in roman by the UN, the
    # name being the phrase after them: Chinese "在这方面" (in this regard) "又关切…"
    opener_leads: tuple[str, ...] = ()
    # regex of the modifiers a language builds rather than lists: Russian "с [adjective] noun"
    # in the instrumental ("с сожалением", "с глубокой озабоченностью") before "отмечая"
    modifier_pattern: str = r"(?!)"
    # what an operative verb restates in italics beyond modifier_pattern ("its request")
    operative_stance_pattern: str = r"(?!)"
    # a citation printing its number before the citing word ("第70/1号决议"): group nums
    postfix_citation: str = r"(?!)"
    undocs_code: str = "en"            # the UN's code in https://undocs.org/<code>/…
    # characters of the script that only stretch a word (Arabic tatweel): ignored when matching
    stretch_chars: str = ""
    # what separates "79/166" from the title in the preface ("79/166. Title"; Arabic: a space)
    number_title_mark: str = r"\."

    def month_number(self, name: str) -> int | None:
        """'December', 'décembre', a variant spelling, or the digits of '12月' -> 12."""
        if name.isdigit():
            return int(name) if 1 <= int(name) <= 12 else None
        lowered = [m.lower() for m in self.months]
        try:
            return lowered.index(name.lower()) + 1
        except ValueError:
            return {k.lower(): v for k, v in self.other_months.items()}.get(name.lower())

    @cached_property
    def date_regex(self) -> re.Pattern[str]:
        """Every date shape of the table in one pattern; the k-th shape's groups (k > 0) are
        named day_k, month_k, year_k (`date_parts` reads them)."""
        names = sorted({*self.months, *self.other_months}, key=len, reverse=True)
        months = "|".join(map(re.escape, names)) if self.other_months else "|".join(self.months)
        shapes = []
        for k, shape in enumerate(self.date_shapes):
            shape = shape.format(months=months)
            if k:
                shape = re.sub(r"\(\?P<(day|month|year)>", rf"(?P<\1_{k}>", shape)
            shapes.append(shape)
        return re.compile(shapes[0] if len(shapes) == 1 else "|".join(f"(?:{x})" for x in shapes))

    @cached_property
    def date_shape(self) -> str:
        """`date_regex` without its named groups, to embed in other patterns."""
        return re.sub(r"\(\?P<\w+>", "(?:", self.date_regex.pattern)

    def date_parts(self, m: re.Match[str]) -> tuple[str, str, str]:
        """(day, month, year) of a `date_regex` match, whichever shape matched."""
        for k in range(len(self.date_shapes)):
            suffix = f"_{k}" if k else ""
            if m.groupdict().get("day" + suffix):
                return m["day" + suffix], m["month" + suffix], m["year" + suffix]
        return m["day"], m["month"], m["year"]

    def part_letter(self, text: str) -> str | None:
        """The letter a line holding only a part's letter stands for ("B"; Arabic "باء" -> "B"),
        else None."""
        letter = self.part_letters.get(text, text)
        return letter if len(letter) == 1 and "A" <= letter <= "Z" else None

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
    def meeting_line_regex(self) -> re.Pattern[str]:
        """A line that is the meeting line alone; the archive's closes with a comma ("1883rd
        plenary meeting," over "24 October 1970.")."""
        return re.compile(self.meeting_pattern.rstrip("$") + r"[,.]?$")

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
        spelled = "".join(f"|{re.escape(w)}" for w in self.division_number_words)
        return re.compile(rf"^(?P<word>(?i:{words}))\s+(?P<num>[IVXLC]+|\d+(?:\s?[a-z]|\s?bis)?|"
                          rf"[A-Z]{spelled})\.?(?=$|\s)\s*(?P<rest>.*)$")

    @cached_property
    def date_range_regex(self) -> re.Pattern[str]:
        """A session's dates: "26 February–5 April 2024", "1–12 July 2024" (first year and
        month optional)."""
        if self.date_range_pattern is not None:
            return re.compile(self.date_range_pattern)
        months = "|".join(self.months)
        de = rf"(?:{self.date_range_words[0]}\s+)?" if self.date_range_words[0] else ""
        to = rf"|\s+(?:{self.date_range_words[1]})\s+" if self.date_range_words[1] else ""
        year = rf"(?:\s+{self.date_range_words[2]})?" if self.date_range_words[2] else ""
        return re.compile(rf"^(?P<d1>\d{{1,2}})(?:\s+{de}(?P<m1>{months})(?:\s+{de}(?P<y1>\d{{4}}))?"
                          rf"(?P<sep>\s*[–—-]?\s*{to})|(?P<dash>\s*[–—-]\s*{to}))(?P<d2>\d{{1,2}})\s+{de}"
                          rf"(?P<m2>{months})\s+{de}(?P<y2>\d{{4}}){year}$")

    @cached_property
    def postfix_citation_regex(self) -> re.Pattern[str]:
        return re.compile(self.postfix_citation)

    @cached_property
    def organ_mention_regex(self) -> re.Pattern[str]:
        """An organ named in the text, or a word that names the council named last."""
        names = sorted([*self.citation_organs, *self.organ_back_references, *self.other_bodies],
                       key=len, reverse=True)
        return re.compile(alternation(names)) if names else re.compile(r"(?!)")

    @cached_property
    def formula_regex(self) -> re.Pattern[str]:
        return re.compile(self.formula_pattern)

    @cached_property
    def preamble_regex(self) -> re.Pattern[str]:
        """Leading phrase of a preambular paragraph, e.g. 'Recalling also'."""
        return self._opener_regex(formed=False)

    @cached_property
    def formed_opener_regex(self) -> re.Pattern[str]:
        """`preamble_regex`, or a participle formed by rule ("Praising"): where only an opener
        can begin a sentence (the recitals of a quoted draft run into one line).  Elsewhere a
        gerund begins titles too ("Strengthening of the coordination …")."""
        return self._opener_regex(formed=True)

    def _opener_regex(self, *, formed: bool) -> re.Pattern[str]:
        words = alternation(self.preamble_participles)
        if formed:
            words = f"{words}|{self.participle_pattern}"
        mods = f"{alternation(self.participle_modifiers)}|{self.modifier_pattern}"
        adverbs = alternation(self.preamble_adverbs)
        small = alternation(w[:1].lower() + w[1:] for w in self.preamble_participles)
        gap, tail = self.opener_gap, self.opener_tail
        return re.compile(rf"^(?:(?:{mods}){gap})*(?:(?:{adverbs}){gap}(?:{small})|{words}){tail}"
                          rf"(?:{gap}(?:{mods}))*{self.opener_end}")

    @cached_property
    def draft_part_regex(self) -> re.Pattern[str]:
        """"Draft resolution I", "Draft decision B": the line over one of several drafts printed
        in one document; `num` is its number, `title` the draft's title when the line runs on
        into it (a title: a capital, no stop at the end)."""
        kinds = [k for k, v in self.draft_kinds.items() if v in ("draftResolution", "draftDecision")]
        return re.compile(rf"^(?i:{alternation(kinds)})\s+(?P<num>[IVXLC]+|[A-Z])"
                          r"(?:\s+(?P<title>[A-Z][^.;:]*?))?$")

    @cached_property
    def annex_label(self) -> str:
        """Regex of an annex's label: "Annex", "Annex II", "Appendix B", "Annex 3"."""
        return rf"(?:{alternation(self.annex_words)})(?:\s+(?:[IVXLC]+|[A-Z]|\d+))?"

    @cached_property
    def operative_regex(self) -> re.Pattern[str]:
        """Leading verb phrase of an operative paragraph, e.g. 'Also reaffirms', 'Calls upon'."""
        adverbs = f"{alternation(self.operative_adverbs)}|{self.modifier_pattern}"
        # after the verb, its particles and the feeling or stance it expresses ("Expresses its
        # appreciation", "Expresses deep concern"), as the UN sets them in italics
        particles = (f"{alternation(self.operative_verb_particles)}|{self.modifier_pattern}"
                     f"|{self.operative_stance_pattern}")
        verb = self.operative_pattern or "[A-Za-z][a-z]+s"
        return re.compile(
            rf"^(?:(?:{adverbs})\s+)*(?:{verb})(?:\s+(?:{particles}))*{self.opener_end}",
        )
