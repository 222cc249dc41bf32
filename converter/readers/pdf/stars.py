"""`*` sponsor-note markers that Word sets at text size, not as superscripts.

"Indonesia:* draft resolution": the asterisk is plain text in the PDF, so no
superscript rule finds it.  When a page carries a `*` note, the first asterisk
glued to a word in that page's text is its marker.
"""

from __future__ import annotations

import re

from converter.readers.blocks import Block, Span

_STARS = re.compile(r"\*+")


def mark_star_markers(texts: list[Block], notes: list[Block]) -> None:
    have = {s.text for b in texts for s in b.spans if s.note_ref}
    wanted = [n.marker for n in notes if n.marker and set(n.marker) == {"*"} and n.marker not in have]
    for block in texts:
        if not wanted:
            return
        out: list[Span] = []
        previous = " "
        for span in block.spans:
            m = None if span.note_ref else _STARS.search(span.text)
            glued = m is not None and not (span.text[:m.start()] or previous)[-1:].isspace()
            if m is not None and glued and m.group() in wanted:
                wanted.remove(m.group())
                out += [span.with_text(span.text[:m.start()]), Span(m.group(), note_ref=True),
                        span.with_text(span.text[m.end():])]
            else:
                out.append(span)
            previous = span.text or previous
        block.spans = [s for s in out if s.text]
