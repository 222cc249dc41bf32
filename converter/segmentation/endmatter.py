"""What follows the operative part: the meeting and date of adoption, and a printed vote."""

from __future__ import annotations

import re

from converter.languages import LanguageTable
from converter.segmentation.dates import parse_date
from converter.segmentation.model import Conclusions, RichText, Vote


def meeting_regex(language: LanguageTable) -> re.Pattern[str]:
    """"53rd plenary meeting", optionally with its date on the same line."""
    return re.compile(language.meeting_pattern.rstrip("$") + r"\s*(?P<date>.*)$")


def read_meeting(plain: str, pattern: re.Pattern[str], language: LanguageTable) -> Conclusions | None:
    m = pattern.match(plain)
    if m is None:
        return None
    date_text = m["date"].strip()
    meeting = f"{m['ordinal']} {m['meeting']}" if "ordinal" in m.groupdict() else m["meeting"]
    return Conclusions(meeting, date_text, parse_date(date_text, language))


def read_vote(text: RichText, plain: str, language: LanguageTable) -> Vote | None:
    """"[Adopted by a recorded vote of 28 to none, with 13 abstentions.]" or "[Adopted
    without a vote.]": the printed line and, for a recorded vote, the counts."""
    recorded = language.recorded_vote_regex.match(plain)
    if recorded:
        counts = {side: 0 if value.lower() in language.vote_zero_words else int(value)
                  for side, value in recorded.groupdict().items()}
        return Vote("adoptedRecordedVote", text, counts)
    if language.without_vote_regex.match(plain):
        return Vote("adoptedWithoutVote", text)
    return None
