"""The eId pass: run once on the finished tree, never while building.

eIds follow the AKN naming convention and derive from <num> where there is one:
`para_1`, `para_1__list_1__point_a`, `para_1__list_1__point_a__list_1__point_i`.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import count

from lxml import etree

from converter.mapper.akn import q
from converter.segmentation.numbering import ascii_label

# element -> eId prefix; numbered ones take their <num>, the others a counter per parent
PREFIX = {"paragraph": "para", "point": "point", "list": "list", "section": "sec",
          "subsection": "subsec", "container": "container", "formula": "formula",
          "authorialNote": "authorialNote", "crossHeading": "crossHeading",
          "coverPage": "coverPage", "conclusions": "conclusions", "session": "session",
          "component": "component", "table": "table", "part": "part", "chapter": "chp",
          "article": "art", "rule": "rule", "alinea": "al"}
# counted through the whole document rather than per parent (AKN4UN numbers these flat)
FLAT = {"container", "formula", "authorialNote", "crossHeading"}
# elements that normally carry a <num>; unnumbered ones get `para_u1`, `point_u1`…
NUMBERED = {"paragraph", "point", "section", "subsection", "part", "chapter", "article", "rule"}
# top-level parts that do not prefix their children's eIds
UNPREFIXED = {"conclusions"}


_NUM = q("num")
DIVISION_WORD = re.compile(r"^[^\W\d]{3,}\s+(?=\w)")   # the word of "Article 5", "Chapter II"
_SPACES = re.compile(r"\s+")
_NOT_LABEL = re.compile(r"[^A-Za-z0-9\-]")


_NOT_NAMED_HERE = frozenset({"meta", "doc", "components"})   # (named in their own pass)
_STRUCTURAL_TAGS = tuple(q(name) for name in PREFIX)


@lru_cache(maxsize=512)
def _local_name(tag: str) -> str:
    return tag[tag.rfind("}") + 1:]


def _num_label(el: etree._Element) -> str | None:
    num = el.find(_NUM)
    if num is None:
        return None
    text = DIVISION_WORD.sub("", "".join(num.itertext()).strip())   # "Article 5" -> "5"
    # Arabic "1 -" -> "1", "(ب)" -> "b", a quoted item's "“(a)" -> "a"
    label = ascii_label(_SPACES.sub("", text).strip(".()[]-“”‘’\"«»„"))
    label = _NOT_LABEL.sub("-", label)
    return label if any(ch.isalnum() for ch in label) else None   # a bullet counts as unnumbered


def assign_eids(root: etree._Element, prefix: str = "") -> None:
    """Give every structural element an eId unique in its document.

    `prefix` scopes the eIds of an attached document (`annex_1`): the XSD wants
    eIds unique over the whole file, attachments included.

    The structural elements are taken in document order (lxml finds them in C); each is
    named under the base its nearest named ancestor gives, and not at all inside <meta>,
    an attached <doc> or <components> (named in their own pass).
    """
    flat: Counter[str] = Counter()
    used: set[str] = set()
    bases: dict[etree._Element, str] = {root: prefix}   # named element -> its children's base
    siblings: Counter[tuple[etree._Element, str]] = Counter()   # unnumbered, per parent
    for el in root.iter(*_STRUCTURAL_TAGS):
        if el is root:
            continue
        base = _base(el, root, bases)
        if base is None:
            continue
        name = _local_name(el.tag)
        kind = PREFIX[name]
        if name in FLAT:
            flat[name] += 1
            token = f"{kind}_{flat[name]}"
        elif (label := _num_label(el)) is not None:
            token = f"{kind}_{label}"
        else:   # unnumbered: a counter of its own, never colliding with a <num>
            siblings[el.getparent(), name] += 1
            token = f"{kind}_{'u' if name in NUMBERED else ''}{siblings[el.getparent(), name]}"
        scope = prefix if name in FLAT else base
        eid = _unused(f"{scope}__{token}" if scope else token, used)
        used.add(eid)
        el.set("eId", eid)
        bases[el] = base if name in UNPREFIXED else eid


def _unused(eid: str, used: set[str]) -> str:
    """`eid`, or where the document numbers two elements alike ("3." twice in a draft) the
    first of `eid-2`, `eid-3` … not used yet: the number as printed, told apart."""
    if eid not in used:
        return eid
    return next(f"{eid}-{n}" for n in count(2) if f"{eid}-{n}" not in used)


def _base(el: etree._Element, root: etree._Element, bases: dict[etree._Element, str]) -> str | None:
    """The base of `el`'s eId: that of its nearest named ancestor (or of the root); None
    inside an element not named here."""
    parent = el.getparent()
    while parent is not None:
        base = bases.get(parent)
        if base is not None:
            return base
        if _local_name(parent.tag) in _NOT_NAMED_HERE:
            return None
        parent = parent.getparent()
    return None
