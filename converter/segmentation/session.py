"""A session's number when its ordinal is written in words the table cannot read
("第七十七届会议", "الدورة السابعة والسبعون"): the GA symbol carries it (A/RES/77/116 -> 77)."""

from __future__ import annotations

import re

from converter.segmentation.model import Masthead

_GA_SESSION = re.compile(r"^A/(?:RES/|DEC/|C\.\d/|INF/)?(?P<session>\d+)/")


def fill_session_number(masthead: Masthead) -> None:
    if masthead.session is None or masthead.session_number is not None or masthead.symbol is None:
        return
    m = _GA_SESSION.match(str(masthead.symbol))
    if m:
        masthead.session_number = int(m["session"])
