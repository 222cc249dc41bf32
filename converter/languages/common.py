"""Shapes every UN language shares: the masthead's English lines, GA committee keys."""

from __future__ import annotations

from converter.languages.cldr import english_months

# Mastheads in every language print "Distr.: General" and the issue date in English.
ENGLISH_DISTRIBUTION = {"General": "general", "Limited": "limited", "Restricted": "restricted"}
ENGLISH_MONTHS = english_months()
ENGLISH_DATE = r"\b(?P<day>\d{{1,2}})\s+(?P<month>{months})\s+(?P<year>\d{{4}})\b"
# the parts of a symbol are printed in English in every language: "A/77/5 (Vol. I)"
SYMBOL_PARTS = ("Part", "Parts", "Vol.", "Supp")
# the marks that open a quotation in the six languages' typography (an item quoted from another
# text opens with one: "“(a) To convene …")
OPENING_QUOTES = "“\"‘«„"
COMMITTEE_KEYS = ("firstCommittee", "secondCommittee", "thirdCommittee", "fourthCommittee",
                  "fifthCommittee", "sixthCommittee")


def committees(*names: tuple[str, ...]) -> dict[str, str]:
    """Names of the six Main Committees (one tuple per spelling, First..Sixth) -> TLC ids."""
    return {name: key for spelling in names for name, key in zip(spelling, COMMITTEE_KEYS, strict=True)}
