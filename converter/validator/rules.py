"""The rules beyond what the XSD checks: for any AKN, for the UN's files, for AKN4UN.

Each rule has a stable id (see `catalog.RULES`, which also gives its severity in each
profile); messages name the element, its line when known, and what is wrong.  Checks
never raise on odd trees: they skip what they cannot find and leave structure to the XSD.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from lxml import etree

from converter.mapper.eids import DIVISION_WORD
from converter.mapper.references import REF_ATTRS
from converter.segmentation.model import DocType
from converter.symbols import Symbol, SymbolError

from .catalog import Profile, detect_profile
from .findings import AKN_NS, Finding, Severity, at_line, finding_at, local_name
from .selection import Selection

NS = {"a": AKN_NS}
WARNING = Severity.WARNING

STATEMENT_NAMES = tuple(t.value for t in DocType)   # the statements this profile knows
COLLECTION_NAMES = ("publication",)
DRAFT_NAMES = frozenset({"draftResolution", "draftDecision", "amendment"})

# One eId component: `prefix_number-or-label`; a few elements unique in their
# parent are named without a number (`para_1__content`, `sec_2__intro`).
_TOKEN = re.compile(r"(?P<prefix>[A-Za-z][A-Za-z0-9]*)(?:_(?P<label>[A-Za-z0-9][A-Za-z0-9.\-]*))?")
_UNNUMBERED = frozenset({
    "intro", "wrapUp", "wrap", "content", "preface", "preamble", "mainBody", "body",
    "conclusions", "coverPage", "backCover", "attachments", "components",
})
# Ids of metadata entries (TLCs, temporal groups) are plain names: `ga`, `thirdCommittee`.
_META_ID = re.compile(r"[A-Za-z][A-Za-z0-9._\-]*")
_DATE_SEGMENT = re.compile(r"\d{4}(-\d{2}){0,2}")
_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]")
_NUM = f"{{{AKN_NS}}}num"
_REF_ATTRS = frozenset(REF_ATTRS)


@dataclass
class Doc:
    """One pass over the tree, shared by all rules."""

    root: etree._Element
    main: etree._Element | None
    with_refs: list[etree._Element] = field(default_factory=list)   # elements with a REF_ATTR
    with_eid: list[etree._Element] = field(default_factory=list)   # in document order
    in_meta: set[etree._Element] = field(default_factory=set)
    eids: dict[str, etree._Element] = field(default_factory=dict)
    other_ids: set[str] = field(default_factory=set)   # wId and GUID values, targets too
    active: frozenset[str] | None = None   # the rules that run (None: all)

    @classmethod
    def of(cls, root: etree._Element) -> Doc:
        main = next(root.iterchildren(etree.Element), None)
        doc = cls(root, main)
        # (one walk for the references, eIds and other ids: an XPath per kind walks the
        # tree as many times, and one with a predicate per attribute is slower still)
        for el in root.iter(etree.Element):
            keys = el.keys()
            if not keys:
                continue
            if not _REF_ATTRS.isdisjoint(keys):
                doc.with_refs.append(el)
            if "eId" in keys:
                doc.with_eid.append(el)
                doc.eids.setdefault(el.get("eId"), el)
            if "wId" in keys:
                doc.other_ids.add(el.get("wId"))
            if "GUID" in keys:
                doc.other_ids.add(el.get("GUID"))
        for meta in root.iter(f"{{{AKN_NS}}}meta"):
            doc.in_meta.update(meta.iter(etree.Element))
        return doc

    def wants(self, rule: str) -> bool:
        """Whether `rule` runs: checks skip the work of rules that do not."""
        return self.active is None or rule in self.active

    def resolves(self, target: str) -> bool:
        return target in self.eids or target in self.other_ids


def _text(el: etree._Element | None) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def _own_text(el: etree._Element | None) -> str:
    """The element's text without its notes' ("A/80/L.14" of "A/80/L.14*" and its note)."""
    if el is None:
        return ""
    words = [t for t in el.xpath(".//text()[not(ancestor::a:authorialNote)]", namespaces=NS)]
    return " ".join("".join(words).split())


# --- references -------------------------------------------------------------

def check_refs(doc: Doc) -> Iterator[Finding]:
    for el in doc.with_refs:
        for attr in REF_ATTRS:
            value = el.get(attr)
            if value is None:
                continue
            name = local_name(el)
            if name == "FRBRauthor" and attr == "href" and value and not value.startswith("#"):
                yield finding_at(el, "ref.frbr-author", f'<FRBRauthor> href="{value}"'
                                 f'{at_line(el)}: must be a reference to an eId, "#{value}"')
                continue
            targets = value.split() if attr == "refersTo" else [value]
            for target in targets:
                if target.startswith("#") and not doc.resolves(target[1:]):
                    yield finding_at(el, "ref.dangling", f'<{name}> {attr}="{target}"'
                                     f'{at_line(el)}: no element has eId "{target[1:]}"')


# --- eIds -------------------------------------------------------------------

_SYNTAX_COMPONENT = re.compile(r"[^\W\d_][\w.\-]*")
# A body eId every one of whose components `_eid_form_problem` accepts (so has no syntax
# problem either): the common case, asked in one match instead of per component.
_WELL_FORMED = re.compile(
    r"(?:{token})(?:__(?:{token}))*".format(
        token=r"[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9][A-Za-z0-9.\-]*|" + "|".join(sorted(_UNNUMBERED))))


def _eid_syntax_problem(eid: str) -> str | None:
    """What makes `eid` unusable as an AKN eId in any naming practice (None: nothing)."""
    for token in eid.split("__"):
        if not token:
            return "an empty component (`__` at an end, or `____`)"
        if _SYNTAX_COMPONENT.fullmatch(token) is None:
            return (f'component "{token}" does not start with a letter followed by letters, '
                    "digits, `_`, `-` or `.`")
    return None


def _eid_form_problem(eid: str, in_meta: bool) -> str | None:
    if in_meta:
        return None if _META_ID.fullmatch(eid) else "a metadata id is a plain name like `ga`"
    for token in eid.split("__"):
        m = _TOKEN.fullmatch(token)
        if m is None:
            return f'component "{token}" is not prefix_number (like para_1 or point_a)'
        if m["label"] is None and m["prefix"] not in _UNNUMBERED:
            return f'component "{token}" has no number (like {token}_1)'
    return None


def _num_label(num: etree._Element) -> tuple[str, str] | None:
    """(num text, label it gives) for an element's <num>, e.g. ("(a)", "a")."""
    text = _text(num)
    label = _NOT_ALNUM.sub("", DIVISION_WORD.sub("", text))   # "Article 5" -> "5"
    return (text, label) if label else None


def check_eids(doc: Doc) -> Iterator[Finding]:
    nums: dict[etree._Element, etree._Element] = {}   # element -> its first <num>
    for num in doc.root.iter(_NUM):
        nums.setdefault(num.getparent(), num)
    check_form, check_num = doc.wants("eid.form"), doc.wants("eid.num")
    for el in doc.with_eid:
        eid = el.get("eId")
        first = doc.eids[eid]
        if first is not el:
            yield finding_at(el, "eid.duplicate", f'{_named(el, eid)}: already used by '
                             f"<{local_name(first)}>{at_line(first)}")
        in_meta = el in doc.in_meta
        if in_meta or _WELL_FORMED.fullmatch(eid) is None:
            syntax = _eid_syntax_problem(eid)
            if syntax:
                yield finding_at(el, "eid.syntax", f'{_named(el, eid)}: not an eId: {syntax}')
                continue
            problem = _eid_form_problem(eid, in_meta)
        else:
            problem = None
        if problem and check_form:
            yield finding_at(el, "eid.form", f'{_named(el, eid)}: not in the AKN '
                             f"naming-convention form: {problem}")
        if problem or not check_num or el not in nums:
            continue
        num = _num_label(nums[el])
        head, _, last = eid.rpartition("__")
        prefix, _, label = last.partition("_")
        if (num and label and _norm(label) != num[1].lower()
                and not _told_apart(doc, head, prefix, label, num[1])):
            expected = _sibling_eid(head, prefix, num[1])
            yield finding_at(el, "eid.num", f'{_named(el, eid)}: numbered "{label}" '
                             f'but its <num> is "{num[0]}" (expected "{expected}")')


_TOLD_APART = re.compile(r"(?P<label>.+)-(?P<n>[2-9]|[1-9]\d+)")


def _told_apart(doc: Doc, head: str, prefix: str, label: str, num: str) -> bool:
    """A label of the number as printed and a suffix ("para_3-2"), where an element
    numbered alike holds the eId without it: the second of two paragraphs a document
    numbers "3." (the eId must be unique, and cannot be derived from its <num> alone)."""
    m = _TOLD_APART.fullmatch(label)
    if m is None or _norm(m["label"]) != num.lower():
        return False
    return _sibling_eid(head, prefix, m["label"]) in doc.eids


def _sibling_eid(head: str, prefix: str, label: str) -> str:
    """The eId under the same parent (`head`) with the last component `prefix_label`."""
    return f"{head}__" * bool(head) + f"{prefix}_{label}"


def _named(el: etree._Element, eid: str) -> str:
    """`<paragraph> eId="para_1" (line 12)`: built only for a finding (most eIds have none)."""
    return f'<{local_name(el)}> eId="{eid}"{at_line(el)}'


def _norm(label: str) -> str:
    return _NOT_ALNUM.sub("", label).lower()


# --- FRBR -------------------------------------------------------------------

def _iri(parent: etree._Element | None, child: str) -> tuple[str | None, etree._Element | None]:
    el = parent.find(f"a:{child}", NS) if parent is not None else None
    return (el.get("value") if el is not None else None), el


def _base(iri: str) -> str:
    """The UN's files end IRIs with `/`; the naming convention does not. Both are equal."""
    return iri.rstrip("/")


def _iri_date_and_number(iri: str) -> tuple[str | None, str | None]:
    """`/akn/un/statement/deliberation/unga/2024-12-17/79-166` → ("2024-12-17", "79-166")."""
    segments = [s for s in iri.split("/") if s]
    for i, seg in enumerate(segments[1:], start=1):
        if _DATE_SEGMENT.fullmatch(seg):
            return seg, (segments[i + 1] if i + 1 < len(segments) else None)
    return None, None


def _starts(rule_el: etree._Element, label: str, iri: str | None, prefix: str, what: str,
            sep: str = "") -> Iterator[Finding]:
    if iri is not None and not iri.startswith(_base(prefix) + sep):
        yield finding_at(rule_el, "frbr.consistency", f'<{label}> "{iri}"{at_line(rule_el)}: '
                         f'does not start with the {what} "{prefix}"')


def _check_identification(ident: etree._Element) -> Iterator[Finding]:
    rule = "frbr.consistency"
    work, expr, manif = (ident.find(f"a:{n}", NS) for n in
                         ("FRBRWork", "FRBRExpression", "FRBRManifestation"))
    w_this, w_this_el = _iri(work, "FRBRthis")
    w_uri, _ = _iri(work, "FRBRuri")
    e_this, e_this_el = _iri(expr, "FRBRthis")
    e_uri, e_uri_el = _iri(expr, "FRBRuri")
    m_this, m_this_el = _iri(manif, "FRBRthis")
    m_uri, m_uri_el = _iri(manif, "FRBRuri")
    w_date = work.find("a:FRBRdate", NS) if work is not None else None
    if work is None or w_uri is None:
        yield finding_at(work if work is not None else ident, rule,
                         f"<identification>{at_line(ident)}: no FRBRWork/FRBRuri")
        return
    if w_date is None or not w_date.get("date"):
        yield finding_at(work, rule, f"<FRBRWork>{at_line(work)}: no FRBRdate")
    else:
        iri_date, _ = _iri_date_and_number(w_uri)
        date = w_date.get("date", "")
        # a Work IRI may name the year only (`/akn/za/act/2020/1`): it must then be the date's
        if iri_date is not None and date != iri_date and not date.startswith(iri_date + "-"):
            yield finding_at(w_date, rule, f'<FRBRdate> date="{date}"'
                             f'{at_line(w_date)}: differs from the date "{iri_date}" in the '
                             f'Work IRI "{w_uri}"')
    country = work.find("a:FRBRcountry", NS)
    iri_country = _segments(w_uri)[1:2]
    if country is not None and iri_country and country.get("value") != iri_country[0]:
        yield finding_at(country, rule, f'<FRBRcountry> value="{country.get("value")}"'
                         f'{at_line(country)}: differs from the country "{iri_country[0]}" in the '
                         f'Work IRI "{w_uri}"')
    yield from _starts(w_this_el, "FRBRWork/FRBRthis", w_this, w_uri, "Work FRBRuri")
    yield from _starts(e_uri_el, "FRBRExpression/FRBRuri", e_uri, w_uri, "Work FRBRuri", "/")
    if e_uri is None:
        return
    yield from _starts(e_this_el, "FRBRExpression/FRBRthis", e_this, e_uri, "Expression FRBRuri")
    yield from _starts(m_this_el, "FRBRManifestation/FRBRthis", m_this, e_uri,
                       "Expression FRBRuri")
    yield from _starts(m_uri_el, "FRBRManifestation/FRBRuri", m_uri, e_uri, "Expression FRBRuri")
    match = re.match(r"/([^/@]+)@", _base(e_uri)[len(_base(w_uri)):])
    lang_el = expr.find("a:FRBRlanguage", NS)
    if match is None:
        yield finding_at(e_uri_el, rule, f'<FRBRExpression/FRBRuri> "{e_uri}"'
                         f"{at_line(e_uri_el)}: no /language@ after the Work IRI")
    elif lang_el is None:
        yield finding_at(expr, rule, f"<FRBRExpression>{at_line(expr)}: no FRBRlanguage")
    elif lang_el.get("language") != match[1]:
        yield finding_at(lang_el, rule, f'<FRBRlanguage> language="{lang_el.get("language")}"'
                         f'{at_line(lang_el)}: differs from "{match[1]}" in the Expression '
                         f'IRI "{e_uri}"')


def check_frbr(doc: Doc) -> Iterator[Finding]:
    for ident in doc.root.iter(f"{{{AKN_NS}}}identification"):
        yield from _check_identification(ident)


def _segments(iri: str) -> list[str]:
    """`/akn/za/act/2020/1/` → ["akn", "za", "act", "2020", "1"]."""
    return [s for s in iri.split("/") if s]


# The document types of Akoma Ntoso 3.0 (the children <akomaNtoso> admits).
DOCUMENT_TYPES = frozenset({
    "act", "amendment", "amendmentList", "bill", "debate", "debateReport", "doc",
    "documentCollection", "judgment", "officialGazette", "portion", "statement",
})
_COUNTRY = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]+)*")


def _iri_problem(iri: str) -> str | None:
    """What keeps `iri` from being an AKN IRI /akn/<country>/<type>/…/<date>/<number>."""
    parts = _segments(iri)
    if not iri.startswith("/akn/"):
        return "does not start with /akn/"
    if len(parts) < 2 or not _COUNTRY.fullmatch(parts[1]):
        return "no country code after /akn/ (like /akn/za/ or /akn/un/)"
    if len(parts) < 3 or parts[2] not in DOCUMENT_TYPES:
        found = f' "{parts[2]}"' if len(parts) > 2 else ""
        return f"the segment after the country{found} is not an AKN document type (act, bill, …)"
    date, number = _iri_date_and_number(iri)
    if date is None:
        return "no date segment (YYYY, YYYY-MM or YYYY-MM-DD) after the document type"
    if number is None:
        return "no number segment after the date"
    return None


def check_frbr_iris(doc: Doc) -> Iterator[Finding]:
    for ident in doc.root.iter(f"{{{AKN_NS}}}identification"):
        for level in ("FRBRWork", "FRBRExpression", "FRBRManifestation"):
            for child in ("FRBRthis", "FRBRuri"):
                value, el = _iri(ident.find(f"a:{level}", NS), child)
                problem = _iri_problem(value) if value is not None else None
                if problem and el is not None:
                    yield finding_at(el, "frbr.iri", f'<{level}/{child}> "{value}"{at_line(el)}: '
                                     f"not an AKN IRI: {problem}")


def check_frbr_type(doc: Doc) -> Iterator[Finding]:
    """The Work IRI of the document names its type; a collection may take its parts' type."""
    if doc.main is None:
        return
    value, el = _iri(doc.main.find("a:meta/a:identification/a:FRBRWork", NS), "FRBRuri")
    if value is None or el is None or _iri_problem(value):
        return
    kind, named = local_name(doc.main), _segments(value)[2]
    allowed = {kind}
    if kind == "documentCollection":
        allowed |= {local_name(d) for d in doc.main.iterdescendants(*_DOCUMENT_TAGS)}
    if named not in allowed:
        yield finding_at(el, "frbr.type", f'<FRBRWork/FRBRuri> "{value}"{at_line(el)}: names the '
                         f'type "{named}" but the document is <{kind}>')


_DOCUMENT_TAGS = tuple(f"{{{AKN_NS}}}{t}" for t in sorted(DOCUMENT_TYPES))


def symbol_to_number(symbol: str) -> str:
    """The Work IRI number for a UN symbol.

    `A/RES/79/166` → `79-166`, `S/RES/2726 (2024)` → `2726-2024`, `A/RES/77/290 B` → `77-290B`,
    drafts keep the whole symbol: `A/C.3/79/L.23` → `A-C.3-79-L.23`.
    """
    symbol = " ".join(symbol.split()).rstrip("*").strip()
    # a resolution issued in parts: `A/RES/77/290 B` → `77-290B`, as the UN's files write it
    base, part = m.groups() if (m := _PART.fullmatch(symbol)) else (symbol, "")
    try:
        return Symbol.parse(base).work_number + part
    except SymbolError:
        return symbol.replace("/", "-").replace(" ", "")


_PART = re.compile(r"(.+/\d+) ([A-Z])")


def check_cover_frbr(doc: Doc) -> Iterator[Finding]:
    if doc.main is None:
        return
    cover = doc.main.find("a:coverPage", NS)
    ident = doc.main.find("a:meta/a:identification", NS)
    if cover is None or ident is None:
        return
    w_uri, _ = _iri(ident.find("a:FRBRWork", NS), "FRBRuri")
    number_el = cover.find(".//a:docNumber", NS)
    symbol = _own_text(number_el)
    if w_uri is not None and symbol:
        expected = symbol_to_number(symbol)
        _, number = _iri_date_and_number(w_uri)
        if number != expected:
            yield finding_at(number_el, "frbr.cover", f'<docNumber> "{symbol}"'
                             f'{at_line(number_el)}: gives the Work number "{expected}" but '
                             f'the Work FRBRuri "{w_uri}" has "{number}"')
    pub = ident.find("a:FRBRExpression/a:FRBRdate[@name='publication']", NS)
    issued = cover.find(".//a:docDate[@date]", NS)
    if pub is not None and issued is not None and pub.get("date") != issued.get("date"):
        yield finding_at(issued, "frbr.cover", f'<docDate> date="{issued.get("date")}"'
                         f'{at_line(issued)}: differs from the Expression publication date '
                         f'"{pub.get("date")}"')


# --- document type and cover page ----------------------------------------------

def check_doctype(doc: Doc) -> Iterator[Finding]:
    rule = "doctype.name"
    if etree.QName(doc.root).text != f"{{{AKN_NS}}}akomaNtoso" or doc.main is None:
        yield finding_at(doc.root, rule, f"<{local_name(doc.root)}>{at_line(doc.root)}: "
                         "not an Akoma Ntoso document (<akomaNtoso> with one document)")
        return
    kind, name = local_name(doc.main), doc.main.get("name")
    allowed = {"statement": STATEMENT_NAMES, "documentCollection": COLLECTION_NAMES}.get(kind)
    if allowed is None:
        yield finding_at(doc.main, rule, f"<{kind}>{at_line(doc.main)}: document type not in "
                         "the profile (statement or documentCollection)")
    elif name not in allowed:
        yield finding_at(doc.main, rule, f'<{kind}> name="{name}"{at_line(doc.main)}: '
                         f"not one of {', '.join(allowed)}")
    if kind == "documentCollection":
        for part in doc.main.iter(f"{{{AKN_NS}}}statement"):
            if part.get("name") not in STATEMENT_NAMES:
                yield finding_at(part, rule, f'<statement> name="{part.get("name")}"'
                                 f"{at_line(part)}: not one of {', '.join(STATEMENT_NAMES)}")


def _symbol(cover: etree._Element) -> str:
    return _own_text(cover.find(".//a:docNumber", NS))


EXPECTED = "cover.expected"


def check_cover_required(doc: Doc) -> Iterator[Finding]:
    rule, main = "cover.required", doc.main
    if main is None or etree.QName(main).namespace != AKN_NS:
        return
    kind, where = local_name(main), at_line(main)
    # a draft, or several drafts (or the parts of one) in one document: a collection of drafts
    parts = main.findall("a:collectionBody/a:component/a:statement", NS)
    draft = main.get("name") in DRAFT_NAMES or (
        bool(parts) and all(p.get("name") in DRAFT_NAMES for p in parts))
    # a Security Council resolution has no title: its number ("Resolution 2682 (2023)") heads it
    numbered = main.find("a:coverPage//a:docTitle[@refersTo='#resolutionNumber']", NS) is not None
    if main.find(".//a:preface//a:docTitle", NS) is None and not numbered:
        yield finding_at(main, rule, f"<{kind}>{where}: no <docTitle> in a <preface>")
    elif (not draft and not numbered and kind == "statement"
          and main.get("name") != DocType.PRESIDENTIAL_STATEMENT.value
          and main.find("a:preface//a:docNumber", NS) is None):
        preface = main.find("a:preface", NS)
        if preface is None:   # the only preface is an annex's: the main one is missing
            preface = main
        yield finding_at(preface, EXPECTED, f"<preface>{at_line(preface)}: no <docNumber> "
                         "(the resolution number, e.g. 79/166.)", WARNING)
    cover = main.find("a:coverPage", NS)
    if cover is None:
        yield finding_at(main, rule, f"<{kind}>{where}: no <coverPage> "
                         "(it must give docNumber, docStatus, docDate)")
        return
    where = at_line(cover)
    for tag, what in (("docNumber", "symbol"), ("docStatus", "distribution"),
                      ("docDate", "issue date")):
        if cover.find(f".//a:{tag}", NS) is None:
            yield finding_at(cover, rule, f"<coverPage>{where}: no <{tag}> (the {what})")
    symbol = _symbol(cover)
    wanted: list[tuple[str, str]] = [("docAuthority", "issuing organ")]
    if symbol.startswith("A/"):
        wanted += [("session", "session"), ("inline[@name='agenda item']", "agenda item")]
    if draft:
        wanted.append(("inline[@name='originalLanguage']", "original language"))
    elif main.get("name") != DocType.PRESIDENTIAL_STATEMENT.value:   # a statement is not adopted
        wanted.append(("docTitle", "“Resolution adopted by …” title"))
    for tag, what in wanted:
        if cover.find(f".//a:{tag}", NS) is None:
            yield finding_at(cover, EXPECTED, f"<coverPage>{where}: no <{tag}> (the {what})",
                             WARNING)
    if draft and re.match(r"A/C\.\d", symbol) and not (
        cover.find(".//a:docProponent", NS) is not None
        or cover.find(".//a:docCommittee", NS) is not None
    ):
        yield finding_at(cover, EXPECTED, f"<coverPage>{where}: no <docProponent> or "
                         "<docCommittee> (the committee of a committee draft)", WARNING)


# each check and the rules it reports: a check none of whose rules is active is not run
CHECKS: tuple[tuple[Callable[[Doc], Iterator[Finding]], frozenset[str]], ...] = (
    (check_doctype, frozenset({"doctype.name"})),
    (check_cover_required, frozenset({"cover.required", EXPECTED})),
    (check_refs, frozenset({"ref.dangling", "ref.frbr-author"})),
    (check_eids, frozenset({"eid.duplicate", "eid.syntax", "eid.form", "eid.num"})),
    (check_frbr_iris, frozenset({"frbr.iri"})),
    (check_frbr_type, frozenset({"frbr.type"})),
    (check_frbr, frozenset({"frbr.consistency"})),
    (check_cover_frbr, frozenset({"frbr.cover"})),
)
DEFAULT_SELECTION = Selection()


def profile_findings(tree: etree._ElementTree | etree._Element,
                     profile: Profile | str | None = Profile.AKN4UN,
                     selection: Selection = DEFAULT_SELECTION) -> list[Finding]:
    """The findings of the active rules for a parsed document, in check then document
    order, each at its rule's severity in the profile (None: the profile the document
    calls for, see `detect_profile`)."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    chosen = Profile(profile) if profile else detect_profile(root)
    active = selection.active(chosen)
    doc = Doc.of(root)
    doc.active = frozenset(active)
    found: list[Finding] = []
    for check, rules in CHECKS:
        if rules.isdisjoint(active):
            continue
        found += (replace(f, severity=active[f.rule]) for f in _guarded(check, doc)
                  if f.rule in active)
    return found


def _guarded(check: Callable[[Doc], Iterator[Finding]], doc: Doc) -> list[Finding]:
    """A check's findings; a check that crashes is a validator bug, reported as an error
    finding (the file is not passed unchecked), never a traceback."""
    try:
        return list(check(doc))
    except Exception as e:
        return [Finding("internal", Severity.ERROR, f"internal error in {check.__name__}: "
                        f"{type(e).__name__}: {e}")]
