"""Which document a citation names: "its resolution 70/1" -> A/RES/70/1, "Human Rights
Council resolution 5/1" -> A/HRC/RES/5/1, "2397 (2017)" -> S/RES/2397 (2017), full symbols.

The organ that adopted a cited resolution is read from the words around the number: the
body named before it or after it, the report it is a place in.  The words ("resolution",
organ names, connectors) come from the language table.
"""

from __future__ import annotations

import re
from functools import lru_cache

from converter.languages import LanguageTable
from converter.languages.table import alternation, first_characters, opening
from converter.segmentation.numbering import roman_numeral
from converter.symbols import Symbol

# A full symbol: series letters, then at least two '/'-separated parts ("A/79/53",
# "ICCD/COP(13)/21/Add.1"); a series of treaty bodies or meetings may have one number
# ("CD/2226", "CLCS/11"), as have old documents of the Assembly and the Council ("A/5700",
# "S/24111") and the Council's records ("S/PV.9609").
_PART = r"[A-Za-z0-9][A-Za-z0-9.]*(?:\(\d{1,3}\))?(?:-(?![A-Z]+/)[A-Za-z0-9.]+)*"
_SERIES = ("A|S|E|ST|CRC|CEDAW|CCPR|UNEP|FCCC|TD|DP|ICCD|CBD|ISBA|NPT|CERD|CAT|CRPD|CD|TPNW|"
           "CLCS|CEB|JIU|CCM|UNODC|CAC|CTOC|SPLOS|APLC|CCW|BWC|UNW")
_ONE_NUMBER_SERIES = "CD|CLCS|SPLOS|CEB|JIU|CCM|APLC|CCW|BWC|TPNW|CTOC|CAC"
# (a symbol may follow a letter of another script directly: Chinese "见A/77/23")
_START = r"(?<![A-Za-z0-9_])"
_FULL_SYMBOL = (rf"(?:{_START}(?:{_SERIES})(?:/{_PART}){{2,}}"
                rf"|{_START}(?:{_ONE_NUMBER_SERIES})/\d{{1,5}}(?:/(?:Rev|Add|Corr)\.\d{{1,2}})*(?![\w/])"
                rf"|{_START}[AS]/\d{{4,5}}(?![\w/])|{_START}S/PV\.\d{{3,5}}(?![\w/]))")
# (what a symbol opens with, looked ahead at: see `opening`)
_SYMBOL_OPENS = opening([*_SERIES.split("|"), *_ONE_NUMBER_SERIES.split("|"), "A", "S"])
# Joint symbols ("A/67/828-S/2013/210") are one document: the link goes to the first.
_JOINT_SYMBOL = rf"{_FULL_SYMBOL}(?:-{_FULL_SYMBOL})*"
JOINT_SEPARATOR = re.compile(r"-(?=[A-Z]+/)")
# (no number has a leading zero: "resolutions 12/07 and 13/07" of a fisheries body are none)
_GA_NUMBER = r"(?:ES-\d{1,2}|S-\d{1,2}|\d{4}|\d{1,2})/(?!0)\d{1,3}"
SC_NUMBER = r"\d{2,4} \(\d{4}\)"
# Resolutions of the first sessions: "1514 (XV)", "217 A (III)", "3201 (S-VI)" -> A/RES/1514(XV)
_OLD_GA_NUMBER = r"\d{1,4}(?: [A-Z])? \((?:[IVXL]+|S-[IVXL]+|ES-[IVXL]+)\)"
# The Assembly numbers its resolutions by session ("31/1") from its thirty-first session
# (1976) on; before, "1514 (XV)": a "resolution 5/14" is never the Assembly's.
FIRST_NUMBERED_SESSION = 31
# organs whose resolutions are numbered "session/number" as the Assembly's are
_NUMBERED_LIKE_ASSEMBLY = ("A", "A/HRC")
_YEARLY_SERIES = ("E",)   # the Economic and Social Council numbers by year: 2023/27
# (compiled once: `symbol_for` asks them of every number it is given)
_IS_SC_NUMBER, _IS_GA_NUMBER, _IS_OLD_GA_NUMBER = map(re.compile,
                                                      (SC_NUMBER, _GA_NUMBER, _OLD_GA_NUMBER))
_BEFORE_OLD_SESSION = re.compile(r"(?: [A-Z])? \(")
# organs whose first resolutions carry their session in Roman numerals: "1514 (XV)" of the
# Assembly (to 1975), "2088 (LXIII)" of the Economic and Social Council (to 1977)
NUMBERED_BY_SESSION_IN_ROMAN = ("A", "E")
# the Assembly's session N opens in September of the year 1945 + N
_FIRST_SESSION_YEAR = 1945
# how far back the citing word of a number may stand: a long list of dated numbers
LOOK_BACK = 500
# what a locator cites: "C", "III", "3", "61–76", "3 (a)"
_LOCATOR_VALUE = r"(?:\d{1,4}(?:\s?[–-]\s?\d{1,4})?|[IVXLC]{1,6}|[A-Z])(?:\s?\([a-z0-9]{1,4}\))*"


@lru_cache(maxsize=8)
def number_shapes(language: LanguageTable) -> tuple[str, str]:
    """Regexes of an Assembly resolution's number, old and session-numbered, as the language
    prints them: beside "1514 (XV)" and "ES-10/15", Arabic "1514 (د-15)", "3211 باء (د-29)"
    and "دإط-10/15" (the language table's session marks and part letters)."""
    marks = alternation(language.session_marks)
    special = alternation([m for m, series in language.session_marks.items() if series])
    parts = alternation(language.part_letters)
    old = (rf"\d{{1,4}}(?: (?:[A-Z]|{parts}))? "
           rf"\((?:[IVXL]+|S-[IVXL]+|ES-[IVXL]+|(?:{marks})-\d{{1,2}})\)")
    session = rf"(?:ES-\d{{1,2}}|S-\d{{1,2}}|(?:{special})-\d{{1,2}}|\d{{4}}|\d{{1,2}})/(?!0)\d{{1,3}}"
    return old, session


@lru_cache(maxsize=8)
def _script_numbering(language: LanguageTable) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The old session mark "(د-15)", the special-session mark "دإط-10/", a part letter word."""
    marks = alternation(language.session_marks)
    return (re.compile(rf"\((?P<mark>{marks})-(?P<session>\d{{1,2}})\)"),
            re.compile(rf"^(?P<mark>{marks})-(?=\d{{1,2}}/)"),
            re.compile(rf"(?<= )(?:{alternation(language.part_letters)})(?= |$)"))


def latin_number(number: str, language: LanguageTable) -> str:
    """A resolution number as symbols spell it: "1514 (د-15)" -> "1514 (XV)", "دإط-10/15" ->
    "ES-10/15", "3211 باء (د-29)" -> "3211 B (XXIX)"; numbers in Latin letters unchanged."""
    if not language.session_marks and not language.part_letters:
        return number
    old, special, part = _script_numbering(language)

    def old_session(m: re.Match[str]) -> str:
        series = language.session_marks[m["mark"]]
        return f"({series + '-' if series else ''}{roman_numeral(int(m['session']))})"

    number = old.sub(old_session, number)
    number = special.sub(lambda m: language.session_marks[m["mark"]] + "-", number)
    return part.sub(lambda m: language.part_letters[m.group()], number)


def adopted_later(session: str, year: int) -> bool:
    """Whether a part of a resolution of Assembly `session` adopted in `year` was adopted
    after its session's first year, at a resumed session: a document of its own."""
    return session.isdigit() and year > _FIRST_SESSION_YEAR + int(session)


def _locators(language: LanguageTable) -> str:
    """Regex of the places cited in a resolution after its number, which do not end a
    list of numbers: "52/214, sect. C, para. 3; 55/222, …", "59/126 B, paras. 76–95"."""
    citing = {*language.resolution_words, *language.decision_words}
    nouns = sorted((n for n in language.numbered_nouns if n not in citing), key=len, reverse=True)
    if not nouns:
        return ""
    alt = "|".join(map(re.escape, nouns))
    return rf"(?:,\s*(?:{alt})(?:\s*{_LOCATOR_VALUE})?(?![\w/]))*"


@lru_cache(maxsize=8)
@lru_cache(maxsize=8)
def symbol_with_part(language: LanguageTable) -> re.Pattern[str]:
    """A symbol, joint or not, with the volume or part that belongs to it: "A/CONF.157/24
    (Part I)", "NPT/CONF.2010/50 (Vol. I)" (the words come from the language table)."""
    words = "|".join(map(re.escape, language.symbol_part_words)) or "(?!)"
    return re.compile(rf"{_SYMBOL_OPENS}{_JOINT_SYMBOL}(?:\s?\((?:{words})[^()]{{0,30}}\)"
                      rf"(?:/[A-Za-z0-9][A-Za-z0-9.]*[A-Za-z0-9])*)?")


def _part_suffix(language: LanguageTable) -> str:
    """"54/54 B", "47/54 A-F", "57/130 A and B" (Arabic "53/243 ألف وباء"): a part letter after
    the number, not linked."""
    letter = rf"(?:[A-Z]|{alternation(language.part_letters)})"
    return rf"(?:\s{letter}(?:\s?-\s?{letter}|\s+{language.and_word}\s*{letter})?(?![\w/]))?"


@lru_cache(maxsize=8)
def citing_words(language: LanguageTable) -> tuple[str, ...]:
    """The words that cite ("resolution", "Decisions"), in small letters and with a capital:
    every citation `citation_patterns` finds holds one."""
    return tuple(w for word in language.resolution_words + language.decision_words
                 for w in (word, word[:1].upper() + word[1:]))


@lru_cache(maxsize=8)
def citation_patterns(language: LanguageTable) -> tuple[re.Pattern[str], re.Pattern[str],
                                                re.Pattern[str]]:
    words = "|".join(citing_words(language))
    organs = "|".join(map(re.escape, language.citation_organs))
    conj = language.and_word
    connectors = "|".join(map(re.escape, language.date_connectors)) or "(?!)"
    old_number, session_number = number_shapes(language)
    cite = re.compile(
        # (the body may also stand between the word and the number, as Arabic and Russian
        # write it, or Spanish "las resoluciones de la Asamblea General 59/209")
        rf"{opening([*language.citation_organs, *citing_words(language)])}"
        rf"(?:(?P<organ>{organs})\s+)?(?P<word>{words})\s+"
        rf"(?:(?:{language.attribution})?\s*(?:{organs or '(?!)'})\s+)?"
        rf"(?P<nums>(?:(?:{old_number}|"
        rf"{session_number}{_part_suffix(language)}|{SC_NUMBER})"
        rf"{_locators(language)}"
        # (a date first: "242 (1967), de 22 de noviembre de 1967, 338 (1973)")
        rf"(?:[,،]?\s+(?:{connectors})\s+(?:{language.date_shape})[,،]?\s*(?:{conj}\s+)?"
        rf"|[,;،؛]\s*(?:{conj}\s+)?|\s+{conj}\s+)?)+)"
    )
    number = re.compile(rf"{old_number}|{SC_NUMBER}|{session_number}|{_FULL_SYMBOL}")
    # "… and 70/54 of 7 December 2015": a dated number in a sentence that cites resolutions
    # (Spanish sets a comma before the date: "74/274, de 20 de abril de 2020")
    session_marks = ["ES-", "S-", *(m for m, series in language.session_marks.items() if series)]
    dated = re.compile(rf"{opening(session_marks, also=chr(92) + 'd')}"
                       rf"(?<![\w/.-])(?P<num>{session_number})(?=[,،]?\s+{language.dated_word}\s+"
                       rf"{language.date_regex.pattern.removeprefix(chr(92) + 'b')})")
    return cite, number, dated


_CAPITAL = "[A-ZÀ-ÖØ-ÞА-ЯЁ]"
_NAME = rf"{_CAPITAL}[\w’'-]*"   # a capitalised word, in Latin or Cyrillic script


def _who_opens(language: LanguageTable) -> str:
    """What a hit of the name-and-citing-word pattern opens with: a name's capital or a citing
    word's first letter (any case), looked ahead at so that the pattern is not tried from other
    characters (most of a text)."""
    words = language.resolution_words + language.decision_words
    if not words or not all(words):
        return ""   # (a word that may be empty: a hit may open with anything)
    return rf"(?={_CAPITAL}|(?i:[{first_characters(words)}]))"


@lru_cache(maxsize=8)
def _whocitation_patterns(language: LanguageTable) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The capitalized name before the last citing word of a text ("Human Rights Council
    resolution"), and a name whose "its" cites ("the Security Council, in its resolution")."""
    words = "|".join(language.resolution_words + language.decision_words)
    connectors = "|".join(language.name_connectors) or "(?!)"
    name = rf"(?:{_NAME}\s+(?:(?:{connectors})\s+)*)*"
    who = re.compile(rf"{_who_opens(language)}(?P<who>{name})(?P<word>(?i:{words}))\b(?=[^.;]*$)")
    own = re.compile(rf"(?P<who>{name}{_NAME}){language.own_citation}\s+(?i:{words})$")
    return who, own


def _names_organ(who: str, language: LanguageTable) -> bool:
    """"Human Rights Council", "Commission on Narcotic Drugs": a body's name, which ends
    in an organ noun or goes on after one with a connector."""
    words = who.split()
    if not words:
        return False
    if words[-1] in language.organ_nouns:
        return True
    return words[-1][:1].isupper() and any(
        w in language.organ_nouns and words[i + 1] in language.name_connectors
        for i, w in enumerate(words[:-1]))


@lru_cache(maxsize=8)
def _name_pattern(language: LanguageTable) -> re.Pattern[str]:
    """A capitalized name with the connectors inside it ("Commission on the Status of Women")."""
    connectors = "|".join(language.name_connectors) or "(?!)"
    return re.compile(rf"(?:{_NAME}\s+(?:(?:{connectors})\s+)*)*{_NAME}")


def _body_named_before(before: str, language: LanguageTable) -> str | None:
    """The last body the sentence names before a bare "resolution" ("by the United Nations
    Environment Assembly at its fifth session, in resolution 5/14"), None if it names none."""
    sentence = re.split(r"[.;؛]\s", before)[-1]
    bodies = [(m.end(), re.sub(r"[’']s$", "", " ".join(m.group().split())))   # "the Commission’s"
              for m in _name_pattern(language).finditer(sentence)]
    named = [(at, body) for at, body in bodies if _names_organ(body, language)]
    # an organ of the table in a script without capitals: "مجلس حقوق الإنسان"
    named += [(at + len(organ), organ) for organ in language.citation_organs
              if (at := sentence.rfind(organ)) >= 0]
    return max(named)[1] if named else None


def _organ_prefix(who: str, language: LanguageTable, context: str = "") -> str | None:
    """Series prefix of a named organ; None for one the table does not know. A short name
    is the organ it alone fits ("Assembly"), or the one of its organs the context last
    named in full ("… the Human Rights Council … Council resolution 31/18")."""
    for organ, prefix in language.citation_organs.items():
        if who.endswith(organ):
            return prefix
    if len(who.split()) != 1:
        return None
    fits = {organ: prefix for organ, prefix in language.citation_organs.items()
            if organ.endswith(" " + who)}
    if len(fits) == 1:
        return next(iter(fits.values()))
    named = [(context.rfind(organ), prefix) for organ, prefix in fits.items() if organ in context]
    return max(named)[1] if named else None


def _citing_prefix(context: str, language: LanguageTable, series: str = "A") -> str | None:
    """Series prefix of the organ that adopted the cited resolution.

    "Human Rights Council resolution" -> A/HRC; "its resolution", "resolution" -> `series`,
    that of the citing document's organ (A for the Assembly);
    "the Security Council, in its resolution" -> S; "decisions" or an organ the table does not know
    ("Commission on Narcotic Drugs resolution") -> None.  A bare "resolution" is that of the
    organ the sentence named last, when its resolutions are numbered as the Assembly's
    ("the report to the Human Rights Council submitted pursuant to resolution 34/24").
    """
    return _tail_citing_prefix(context[-LOOK_BACK:], language, series)


@lru_cache(maxsize=64)
def _tail_citing_prefix(tail: str, language: LanguageTable, series: str) -> str | None:
    """`_citing_prefix` of the text before a citation (the numbers of one list share it)."""
    who_pattern, own_pattern = _whocitation_patterns(language)
    # a hit has no '.' or ';' after its word, nor in its names: it lies after the last of them
    # (positions stay those of `tail`; the whole tail is not scanned)
    hits = list(who_pattern.finditer(tail, max(tail.rfind("."), tail.rfind(";")) + 1))
    if not hits:
        return series
    if hits[-1]["word"].lower() in language.decision_words:
        return None   # "its decisions 58/566 of 8 April 2004, 65/543 of …": no resolutions
    if hits[-1]["word"] in language.own_citing_words:
        return series   # Arabic "قراراتها": its own
    own = own_pattern.search(tail, max(0, hits[-1].end() - 200), hits[-1].end())
    who = " ".join((own or hits[-1])["who"].split())
    if _names_organ(who, language):
        return _organ_prefix(who, language, tail[:(own or hits[-1]).start()])
    before = tail[:hits[-1].start("word")]
    if own is None and not _possessive_before(before, language):
        body = _body_named_before(before, language)
        prefix = _organ_prefix(body, language, before) if body else None
        if prefix in _NUMBERED_LIKE_ASSEMBLY:
            return prefix   # "the report to the Human Rights Council pursuant to resolution 34/24"
    return series   # "its resolution", "See resolution": the citing organ's own


@lru_cache(maxsize=32)
def _last_word(words: tuple[str, ...], space: str) -> tuple[re.Pattern[str], int]:
    """One of `words` (any case), then white space (`space`: "*" or "+") to the end; and the
    longest word's length."""
    alternatives = "|".join(map(re.escape, words)) or "(?!)"
    return re.compile(rf"\b(?:{alternatives})\s{space}$", re.IGNORECASE), max(map(len, words), default=0)


def _ends_with(text: str, words: tuple[str, ...], space: str = "*") -> bool:
    """Whether `text` ends with one of `words`, then white space: searched from where the
    longest word would begin before the trailing white space, not along the whole text."""
    pattern, longest = _last_word(words, space)
    return pattern.search(text, max(0, len(text.rstrip()) - longest - 1)) is not None


def _possessive_before(before: str, language: LanguageTable) -> bool:
    """"its resolution": the words name whose it is."""
    return _ends_with(before, tuple(language.possessives), "+")


# reports whose annexes hold another organ's resolutions: Supplement No. 53 (A/77/53/Add.1)
_REPORT_ORGANS = ((re.compile(r"A/\d{1,2}/53A?(?:/Add\.\d{1,2})?(?:/Corr\.\d{1,2})?"), "A/HRC"),)
_SUPPLEMENT_ORGANS = {"53": "A/HRC"}   # the Assembly's Supplement No. 53 is the Council's report


@lru_cache(maxsize=8)
def _placecitation_patterns(language: LanguageTable
                            ) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A resolution cited as a place in a document ("(A/69/25), annex, resolution", "Supplement
    No. 53 and corrigendum, chap. IV, resolution"); the end every such place has (", resolution"),
    found fast (searched from each comma, not from each character); and the body named after
    a number as its author ("… of 2 March 2022 of the United Nations Environment Assembly")."""
    words = "|".join(language.resolution_words)
    nouns = "|".join(map(re.escape, sorted(language.numbered_nouns, key=len, reverse=True)))
    conj = language.and_word
    supplement = language.supplement_label or "(?!)"
    place_end = rf",\s*(?i:{words})\s*$"
    place = re.compile(
        rf"(?:(?P<doc>{_JOINT_SYMBOL})(?:\s+{conj}\s+{_JOINT_SYMBOL})*\)?"
        rf"|{supplement}\s*(?P<supp>\d{{1,3}})[A-Z]?\b[^,()]*(?:\([^()]*\))?)"
        rf"(?:,\s*(?:{nouns})(?:\s*{_LOCATOR_VALUE})?)+{place_end}")
    connectors = "|".join(language.name_connectors) or "(?!)"
    date = language.date_regex.pattern.removeprefix(chr(92) + "b")
    author = re.compile(rf"\s*(?:{language.dated_word}\s+{date})?{language.attribution}\s+"
                        rf"(?P<who>(?:{_NAME}\s+(?:(?:{connectors})\s+)*)*{_NAME})")
    return place, re.compile(place_end), author


@lru_cache(maxsize=8)
def _organ_after_pattern(language: LanguageTable) -> re.Pattern[str]:
    """An organ of the table named right after the number, its date between them or not:
    "46/15 du Conseil des droits de l’homme", Russian "46/15 Совета по правам человека"
    (a name whose words are not all capitalised, so no name pattern finds it)."""
    organs = alternation(language.citation_organs)
    date = language.date_regex.pattern.removeprefix(chr(92) + "b")
    dated = rf"(?:\s*{language.dated_word}\s+{date})?" if language.dated_word else ""
    return re.compile(rf"{dated}(?:{language.attribution})?\s*(?P<organ>{organs})(?!\w)")


def _adopting_prefix(context: str, after: str, language: LanguageTable, own: str = "A") -> str | None:
    """Series prefix of the organ that adopted a resolution cited after `context`; the
    body named after the number wins, then the document it is a place in, then the
    organ named before it."""
    named_organ = _organ_after_pattern(language).match(after)
    if named_organ:
        return language.citation_organs[named_organ["organ"]]
    place, place_end, author = _placecitation_patterns(language)
    named = author.match(after)
    if named and _names_organ(named["who"], language):
        return _organ_prefix(named["who"], language)
    tail = context[-LOOK_BACK:]
    cited_in = place.search(tail) if place_end.search(tail) else None   # (most cite no place)
    if cited_in and cited_in["supp"]:
        return _SUPPLEMENT_ORGANS.get(cited_in["supp"])
    if cited_in:
        doc = JOINT_SEPARATOR.split(cited_in["doc"])[0]
        return next((p for report, p in _REPORT_ORGANS if report.fullmatch(doc)), None)
    just_before = context.rstrip()
    for organ, prefix in language.citation_organs.items():
        if just_before.endswith(organ):   # Arabic: "قرار مجلس حقوق الإنسان 46/15"
            # (a decision, "مقرر مجلس حقوق الإنسان 18/120", has no symbol to link)
            decided = _ends_with(just_before[:-len(organ)], tuple(language.decision_words))
            return None if decided else prefix
    return _citing_prefix(context, language, own)


def symbol_for(number: str, context: str, language: LanguageTable,
               after: str = "", own: str = "A") -> Symbol | None:
    """`70/1` after "Human Rights Council resolution" -> A/HRC/RES/70/1, etc.; `after` is
    the text that follows the number; `own` the series of the citing document's organ."""
    number = latin_number(" ".join(number.split()).rstrip("."), language)
    context = context[-LOOK_BACK:]   # all that is read; searching the whole is quadratic
    if symbol_with_part(language).fullmatch(number):
        return Symbol(JOINT_SEPARATOR.split(number)[0])
    if _IS_SC_NUMBER.fullmatch(number):
        return Symbol(f"S/RES/{number}")
    if _ends_with(context, tuple(language.decision_words)):
        return None   # decisions have no undocs symbol of their own (A/DEC/… is not linked)
    prefix = _adopting_prefix(context, after, language, own)
    if prefix is None:
        return None
    if _IS_OLD_GA_NUMBER.fullmatch(number):   # the Assembly's and the Economic and Social Council's
        old = _BEFORE_OLD_SESSION.sub("(", number)
        return Symbol(f"{prefix}/RES/{old}") if prefix in NUMBERED_BY_SESSION_IN_ROMAN else None
    if not _IS_GA_NUMBER.fullmatch(number):
        return None
    session = number.split("/")[0]
    if prefix in _YEARLY_SERIES and session.isdigit() and int(session) <= 99:
        prefix = "A"   # "resolution 70/1" in a Council text: numbered by session, the Assembly's
    if session.isdigit() and int(session) > 99 and prefix in ("A", "A/HRC"):
        return None   # "resolution 2000/22" of a subsidiary body, not of the Assembly
    if session.isdigit() and int(session) < FIRST_NUMBERED_SESSION and prefix == "A":
        return None   # "resolution 5/14" of a body the words do not name
    return Symbol(f"{prefix}/RES/{number.replace(' ', '')}")


def separate_part(number: str, after: str, language: LanguageTable) -> str:
    """The part letter of "68/247 B of 9 April 2014" (Spanish "52/212 B, de 31 de marzo de
    1998") when the part is a document of its own (A/RES/68/247B): one adopted in a year after
    its session's first, at a resumed session.  Parts adopted together ("56/24 V of 24 December
    2001") are published in their resolution's document, and so linked to it: ""."""
    m = _dated_part(language).match(after)
    if m and adopted_later(latin_number(number, language).split("/")[0], int(m["year"])):
        return language.part_letters.get(m["part"], m["part"])
    return ""


@lru_cache(maxsize=8)
def _dated_part(language: LanguageTable) -> re.Pattern[str]:
    """A part letter after a number, then its date: " B of 9 April 2014"."""
    connectors = alternation(language.date_connectors)
    date = language.date_regex.pattern.removeprefix(chr(92) + "b")
    return re.compile(rf"{_part_after(language)},?\s+(?:{connectors})\s+{date}")


def _part_after(language: LanguageTable) -> str:
    """A part letter after a number: " B", Arabic " باء" (not A: a first part is published
    in its resolution's document)."""
    letters = alternation(w for w, letter in language.part_letters.items() if letter != "A")
    return rf"\s(?P<part>[B-Z]|{letters})"


@lru_cache(maxsize=8)
def _lone_part(language: LanguageTable) -> re.Pattern[str]:
    return re.compile(rf"{_part_after(language)}(?!\w)")


def printed_part(after: str, language: LanguageTable) -> str | None:
    """The part letter `after` (the text after a number) opens with, as a Latin capital
    (" B, sect. X": "B"); None when it opens with none."""
    m = _lone_part(language).match(after)
    return language.part_letters.get(m["part"], m["part"]) if m else None
