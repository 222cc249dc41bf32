"""What follows the operative part: the meeting and date of adoption, and a printed vote."""

from __future__ import annotations

import re

from converter.languages import LanguageTable
from converter.segmentation.dates import parse_date
from converter.segmentation.model import Conclusions, RichText, Vote
from converter.segmentation.paragraphs import Paragraph
from converter.segmentation.richtext import join

MAX_VOTE_LINES = 12   # a printed vote's lists never run longer


def meeting_regex(language: LanguageTable) -> re.Pattern[str]:
    """"53rd plenary meeting", optionally with its date on the same line."""
    return re.compile(language.meeting_line_regex.pattern.rstrip("$") + r"\s*(?P<date>.*)$")


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
        return Vote("adoptedRecordedVote", text, counts, _sides(plain, language))
    if language.without_vote_regex.match(plain):
        return Vote("adoptedWithoutVote", text)
    return None


def _sides(plain: str, language: LanguageTable) -> dict[str, tuple[int, int, str]]:
    """"… as follows: In favour: Algeria, …, Viet Nam Against: Malawi … Abstaining: …]":
    where each side's label is, and its voters."""
    labels = "|".join(sorted(map(re.escape, language.vote_sides), key=len, reverse=True))
    if not labels:
        return {}
    found = list(re.finditer(rf"(?:{labels})\s*:", plain))
    sides: dict[str, tuple[int, int, str]] = {}
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(plain)
        voters = plain[m.end():end].strip().rstrip(".]").strip()
        side = language.vote_sides[m.group(0).rstrip(": ").strip()]
        sides.setdefault(side, (m.start(), m.end(), voters))
    return sides


def join_vote_lists(paragraphs: list[Paragraph], language: LanguageTable) -> None:
    """A recorded vote printed with its lists ("[Adopted by a recorded vote of 36 to 3 …
    as follows:" / "In favour:" / names … "]") is one paragraph, up to its closing bracket."""
    for i, para in enumerate(paragraphs):
        plain = para.plain.lstrip()
        if not (plain.startswith("[") and "]" not in plain
                and language.recorded_vote_regex.match(plain)):
            continue
        last = min(len(paragraphs), i + 1 + MAX_VOTE_LINES)
        end = next((k for k in range(i + 1, last) if "]" in paragraphs[k].plain), None)
        if end is None:
            continue
        for follower in paragraphs[i + 1:end + 1]:
            para.text = join(para.text, follower.text)
        del paragraphs[i + 1:end + 1]
        return
