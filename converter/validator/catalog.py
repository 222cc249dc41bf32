"""Every rule the validator knows, its severity in each profile, and how a profile is picked.

A profile is a rule set: `akn` holds for any Akoma Ntoso 3.0 document, `un` for what the
UN's published files do, `akn4un` for this converter's stricter output profile
(../shared/docs/akn4un-profile.md).  A rule absent from a profile is not run for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from lxml import etree

from converter.mapper.references import KNOWN

from .findings import AKN_NS, Severity


class Profile(StrEnum):
    AKN = "akn"
    UN = "un"
    AKN4UN = "akn4un"


AUTO = "auto"
E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO  # noqa: E741
_ALL = {Profile.AKN: E, Profile.UN: E, Profile.AKN4UN: E}


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule: stable id, one line of what it checks, and its severity in each profile it is in.
    `fixed` rules (reading the file) always run and cannot be ignored."""

    id: str
    summary: str
    severity: dict[Profile, Severity]
    fixed: bool = False

    @property
    def default(self) -> Severity:
        """The severity when selected in a profile it is not part of: its strictest one."""
        return max(self.severity.values(), key=lambda s: s.rank)


def _rule(id: str, summary: str, akn: Severity | None, un: Severity | None,
          akn4un: Severity | None, fixed: bool = False) -> Rule:
    levels = {Profile.AKN: akn, Profile.UN: un, Profile.AKN4UN: akn4un}
    return Rule(id, summary, {p: s for p, s in levels.items() if s is not None}, fixed)


RULE_LIST: tuple[Rule, ...] = (
    _rule("io.read", "the file can be read (exists, is a regular file)", E, E, E, fixed=True),
    _rule("xml.size", "the file is within the size limit (200 MB)", E, E, E, fixed=True),
    _rule("xml.dtd", "no DOCTYPE: DTDs and entities are refused unread", E, E, E, fixed=True),
    _rule("xml.parse", "the file is well-formed XML", E, E, E, fixed=True),
    _rule("internal", "a check crashed (a validator bug; the file is not passed unchecked)",
          E, E, E, fixed=True),
    _rule("xsd", "valid against the strict official OASIS akomantoso30.xsd", E, E, E),
    _rule("eid.duplicate", "eIds are unique in the file", E, E, E),
    _rule("eid.syntax", "eIds are components joined by `__`, each a letter then letters, digits, "
          "`_`, `-`, `.`", E, E, E),
    _rule("eid.form", "eIds follow the naming convention's prefix_number components "
          "(`para_1__list_1__point_a`)", W, None, E),
    _rule("eid.num", "an eId's last component is derived from the element's <num>", W, None, E),
    _rule("ref.dangling", "every #reference (refersTo, href, source, as, outcome, by) resolves to "
          "an eId, wId or GUID in the file", W, I, E),
    _rule("ref.frbr-author", "FRBRauthor/@href is a #reference (`#ga`, not `ga`)", W, None, E),
    _rule("frbr.iri", "FRBRthis/FRBRuri are /akn/<country>/<type>/…/<date>/<number> IRIs",
          E, E, E),
    _rule("frbr.type", "the Work IRI names the document's own type (a collection: its own or its "
          "parts')", W, W, W),
    _rule("frbr.consistency", "Work, Expression and Manifestation IRIs nest, and agree with "
          "FRBRdate, FRBRcountry and FRBRlanguage", E, E, E),
    _rule("frbr.cover", "the Work IRI's number and the publication date agree with the cover "
          "page's UN symbol and date", None, W, E),
    _rule("doctype.name", "the document type and @name are ones the AKN4UN profile lists",
          None, W, E),
    _rule("cover.required", "the cover page and preface carry symbol, distribution, issue date "
          "and title", None, W, E),
    _rule("cover.expected", "the cover page gives organ, session, agenda item, resolution number "
          "(and a draft's original language and committee)", None, None, W),
)
RULES: dict[str, Rule] = {r.id: r for r in RULE_LIST}

CONVERTER_TLC = KNOWN["converter"][1]   # the TLC this converter names itself by in its output


def detect_profile(root: etree._Element) -> Profile:
    """`akn4un` for a file this converter wrote (its references name the converter), `un` for
    other UN documents (FRBRcountry `un`, or a Work IRI under /akn/un/), else `akn`."""
    ns = f"{{{AKN_NS}}}"
    for tlc in root.iterfind(f".//{ns}references/*"):
        if tlc.get("href") == CONVERTER_TLC:
            return Profile.AKN4UN
    country = root.find(f".//{ns}identification/{ns}FRBRWork/{ns}FRBRcountry")
    uri = root.find(f".//{ns}identification/{ns}FRBRWork/{ns}FRBRuri")
    if (country is not None and country.get("value") == "un") or (
            uri is not None and (uri.get("value") or "").startswith("/akn/un/")):
        return Profile.UN
    return Profile.AKN
