"""The `<references>` block: one TLC entry for every `#id` the document points to.

Run after the document is built, so every refersTo/href/source target resolves
(the profile is stricter than the UN's own files here).
"""

from __future__ import annotations

from lxml import etree

from converter.mapper.akn import AKN_NS, E, q

# id -> (TLC element, ontology href, shown as)
KNOWN: dict[str, tuple[str, str, str]] = {
    "converter": ("TLCOrganization", "/akn/ontology/organization/un-akn-converter", "UN AKN converter"),
    "un": ("TLCOrganization", "/akn/ontology/organization/un/unitedNations", "United Nations"),
    "ga": ("TLCOrganization", "/akn/ontology/organization/un/generalAssembly", "General Assembly"),
    "sc": ("TLCOrganization", "/akn/ontology/organization/un/securityCouncil", "Security Council"),
    "hrc": ("TLCOrganization", "/akn/ontology/organization/un/humanRightsCouncil", "Human Rights Council"),
    "ecosoc": ("TLCOrganization", "/akn/ontology/organization/un/economicAndSocialCouncil",
               "Economic and Social Council"),
    "publisher": ("TLCRole", "/akn/ontology/role/un/publisher", "Publisher"),
    "author": ("TLCRole", "/akn/ontology/role/un/author", "Author"),
    "editor": ("TLCRole", "/akn/ontology/role/un/editor", "Editor"),
    "issuingBody": ("TLCRole", "/akn/ontology/role/un/issuingBody", "Issuing body"),
    "symbol": ("TLCConcept", "/akn/ontology/concept/un/symbol", "Symbol"),
    "dateOfIssuance": ("TLCConcept", "/akn/ontology/concept/un/dateOfIssuance", "Date of issuance"),
    "generalDistribution": ("TLCConcept", "/akn/ontology/concept/un/generalDistribution",
                            "General distribution"),
    "limitedDistribution": ("TLCConcept", "/akn/ontology/concept/un/limitedDistribution",
                            "Limited distribution"),
    "restrictedDistribution": ("TLCConcept", "/akn/ontology/concept/un/restrictedDistribution",
                               "Restricted distribution"),
    "originalLanguage": ("TLCConcept", "/akn/ontology/concept/un/originalLanguage", "Original language"),
    "letter": ("TLCConcept", "/akn/ontology/concept/un/partLetter", "Part letter"),
    "resolutionTitle": ("TLCTerm", "/akn/ontology/reference/un/resolutionTitle", "Resolution title"),
    "sponsors": ("TLCRole", "/akn/ontology/role/un/sponsors", "Sponsors"),
    # officers who submit a draft in their own name (workflow step @by)
    "chair": ("TLCPerson", "/akn/ontology/person/un/chair", "Chair"),
    "viceChair": ("TLCPerson", "/akn/ontology/person/un/viceChair", "Vice-Chair"),
    "president": ("TLCPerson", "/akn/ontology/person/un/president", "President"),
    "vicePresident": ("TLCPerson", "/akn/ontology/person/un/vicePresident", "Vice-President"),
    "rapporteur": ("TLCPerson", "/akn/ontology/person/un/rapporteur", "Rapporteur"),
    "facilitator": ("TLCPerson", "/akn/ontology/person/un/facilitator", "Facilitator"),
    "secretaryGeneral": ("TLCPerson", "/akn/ontology/person/un/secretaryGeneral", "Secretary-General"),
    "bureau": ("TLCOrganization", "/akn/ontology/organization/un/bureau", "Bureau"),
    "preamble": ("TLCConcept", "/akn/ontology/concept/un/preamble", "Preamble"),
    "adoption": ("TLCEvent", "/akn/ontology/event/un/adoption", "Adoption"),
    "adoptionMeeting": ("TLCEvent", "/akn/ontology/event/un/adoptionMeeting", "Adoption meeting"),
    "adoptionDate": ("TLCConcept", "/akn/ontology/concept/un/dateOfAdoption", "Date of adoption"),
    "session": ("TLCEvent", "/akn/ontology/event/un/session", "Session"),
    "adoptedRecordedVote": ("TLCConcept", "/akn/ontology/concept/un/adoptedRecordedVote",
                            "Adopted by a recorded vote"),
    "adoptedWithoutVote": ("TLCConcept", "/akn/ontology/concept/un/adoptedWithoutVote",
                           "Adopted without a vote"),
    "adopted": ("TLCConcept", "/akn/ontology/concept/un/adopted", "Adopted"),
    "draftResolution": ("TLCConcept", "/akn/ontology/concept/un/draftResolution", "Draft resolution"),
    "draftDecision": ("TLCConcept", "/akn/ontology/concept/un/draftDecision", "Draft decision"),
    "amendment": ("TLCConcept", "/akn/ontology/concept/un/amendment", "Amendment"),
    "memberStates": ("TLCOrganization", "/akn/ontology/organization/un/memberStates", "Member States"),
    "inFavour": ("TLCConcept", "/akn/ontology/concept/un/inFavour", "In favour"),
    "against": ("TLCConcept", "/akn/ontology/concept/un/against", "Against"),
    "abstaining": ("TLCConcept", "/akn/ontology/concept/un/abstaining", "Abstaining"),
}

# the attributes whose "#id" values name an element (or TLC entry) of the same file
REF_ATTRS = ("refersTo", "href", "source", "as", "outcome", "by")
_REF_ATTRS = frozenset(REF_ATTRS)


# (XPath finds the eIds without a Python step per element; plain strings, not lxml's "smart"
# ones that keep their element: three times as fast on a long document)
_EIDS = etree.XPath("descendant-or-self::*/@eId", smart_strings=False)


def referenced_ids(root: etree._Element) -> list[str]:
    """Every `#id` named by refersTo / href / source / as / outcome / by, in document order, once each.

    (One walk over the elements: an XPath union of `//@a | //@b` sorts its node sets
    in a way that grows faster than the document.)"""
    seen: dict[str, None] = {}
    for el in root.iter():
        if _REF_ATTRS.isdisjoint(el.keys()):   # most elements: no reference at all
            continue
        for attr in REF_ATTRS:
            value = el.get(attr)
            if value is None:
                continue
            for token in value.split():
                if token.startswith("#") and len(token) > 1:
                    seen.setdefault(token[1:], None)
    return list(seen)


def fill_references(root: etree._Element, references: etree._Element,
                    names: dict[str, str]) -> None:
    """Add a TLC entry to `references` for each referenced id not defined in the document.

    `names` gives the shown name of ids the document itself introduces (committees).
    """
    defined = set(_EIDS(root))
    for ref in referenced_ids(root):
        if ref in defined:
            continue
        tag, href, show = KNOWN.get(ref, ("TLCOrganization", f"/akn/ontology/organization/un/{ref}",
                                          names.get(ref, ref)))
        references.append(E(tag, eId=ref, href=href, showAs=names.get(ref, show)))
        defined.add(ref)


def references_element() -> etree._Element:
    return etree.Element(q("references"), source="#converter", nsmap={None: AKN_NS})
