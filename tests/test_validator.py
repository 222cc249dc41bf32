"""The validator: XSD verdicts equal libxml2's, one failing fixture per profile rule,
the three report formats, exit codes, and hostile inputs."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from lxml import etree

from converter.validator import (
    RULES,
    FileResult,
    Finding,
    Severity,
    bench_validate,
    iter_inputs,
    parse_file,
    render,
    run_validate,
    symbol_to_number,
    validate_file,
    validate_tree,
    xsd_path,
)
from converter.validator.rules import _WELL_FORMED, _eid_form_problem, _eid_syntax_problem
from converter.validator.schema import SchemaNotFoundError

try:
    XSD = xsd_path()
except SchemaNotFoundError:  # pragma: no cover - `make install` fetches it
    pytest.skip("Akoma Ntoso XSD not installed (make install)", allow_module_level=True)

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
GOLD = CORPUS / "gold"

VALID = """\
<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="resolution">
    <meta>
      <identification source="#dgacm">
        <FRBRWork>
          <FRBRthis value="/akn/un/statement/deliberation/unga/2024-12-17/79-166/!main"/>
          <FRBRuri value="/akn/un/statement/deliberation/unga/2024-12-17/79-166"/>
          <FRBRdate date="2024-12-17" name="adoption"/>
          <FRBRauthor href="#ga"/>
          <FRBRcountry value="un"/>
        </FRBRWork>
        <FRBRExpression>
          <FRBRthis value="/akn/un/statement/deliberation/unga/2024-12-17/79-166/eng@/!main"/>
          <FRBRuri value="/akn/un/statement/deliberation/unga/2024-12-17/79-166/eng@"/>
          <FRBRdate date="2024-12-19" name="publication"/>
          <FRBRauthor href="#ga"/>
          <FRBRlanguage language="eng"/>
        </FRBRExpression>
        <FRBRManifestation>
          <FRBRthis value="/akn/un/statement/deliberation/unga/2024-12-17/79-166/eng@/!main.xml"/>
          <FRBRuri value="/akn/un/statement/deliberation/unga/2024-12-17/79-166/eng@.xml"/>
          <FRBRdate date="2025-01-24" name="markup"/>
          <FRBRauthor href="#dgacm"/>
        </FRBRManifestation>
      </identification>
      <references source="#dgacm">
        <TLCOrganization eId="ga" href="/akn/ontology/organization/un/generalAssembly" showAs="GA"/>
        <TLCOrganization eId="dgacm" href="/akn/ontology/organization/un/DGACM" showAs="DGACM"/>
        <TLCConcept eId="symbol" href="/akn/ontology/reference/un/symbol" showAs="Symbol"/>
      </references>
    </meta>
    <coverPage eId="coverPage_1">
      <p><docAuthority>United Nations</docAuthority></p>
      <p><docNumber refersTo="#symbol">A/RES/79/166</docNumber></p>
      <p><docAuthority refersTo="#ga">General Assembly</docAuthority></p>
      <p><docStatus>Distr.: General</docStatus></p>
      <p><docDate date="2024-12-19">19 December 2024</docDate></p>
      <p><session value="79" eId="coverPage_1__session_1">Seventy-ninth session</session></p>
      <p><inline name="agenda item" title="71 (b)">Agenda item 71 (b)</inline></p>
      <p><docTitle>Resolution adopted by the General Assembly on 17 December 2024</docTitle></p>
    </coverPage>
    <preface>
      <p><docNumber>79/166.</docNumber> <docTitle>Enhancement of cooperation</docTitle></p>
    </preface>
    <preamble>
      <formula name="enactingFormula" eId="formula_1"><p><i>The General Assembly</i>,</p></formula>
      <container name="Recalling" eId="container_1"><p><i>Recalling</i> its resolution,\
<authorialNote marker="1" placement="bottom" eId="authorialNote_1"><p>Resolution 70/1.</p>\
</authorialNote></p></container>
    </preamble>
    <mainBody>
      <paragraph eId="para_1"><num>1.</num>
        <content><p><i>Reaffirms</i> that;</p></content></paragraph>
      <paragraph eId="para_2"><num>2.</num>
        <list eId="para_2__list_1">
          <intro><p><i>Requests</i> the Secretary-General:</p></intro>
          <point eId="para_2__list_1__point_a"><num>(a)</num>
            <content><p>To report;</p></content></point>
        </list>
      </paragraph>
    </mainBody>
    <conclusions><p><docDate date="2024-12-17">17 December 2024</docDate></p></conclusions>
  </statement>
</akomaNtoso>
"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">&lol9;</akomaNtoso>
"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE akomaNtoso [<!ENTITY pw SYSTEM "file:///etc/passwd">]>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">&pw;</akomaNtoso>
"""


# --- helpers ------------------------------------------------------------------

def mutate(*pairs: tuple[str, str]) -> str:
    """VALID with each `old` (which must occur exactly once) replaced by `new`."""
    text = VALID
    for old, new in pairs:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def write(tmp_path: Path, text: str | bytes, name: str = "doc.xml") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


def check(tmp_path: Path, text: str) -> list[Finding]:
    return validate_file(write(tmp_path, text), profile="akn4un").findings


def libxml2_verdict(path: Path) -> bool:
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    return schema.validate(etree.parse(str(path)))


def err(rule: str, line: int, message: str) -> tuple[str, Severity, int, str]:
    return rule, Severity.ERROR, line, message


def warn(rule: str, line: int, message: str) -> tuple[str, Severity, int, str]:
    return rule, Severity.WARNING, line, message


def summary(findings: list[Finding]) -> list[tuple[str, Severity, int | None, str]]:
    return [(f.rule, f.severity, f.line, f.message) for f in findings]


# --- the valid document ----------------------------------------------------------

def test_minimal_statement_is_valid_and_clean(tmp_path: Path) -> None:
    path = write(tmp_path, VALID)
    result = validate_file(path)
    assert result.findings == []
    assert result.valid and result.readable and result.passed(strict=True)
    assert libxml2_verdict(path)


def test_rule_ids_are_documented() -> None:
    assert set(RULES) == {
        "io.read", "xml.size", "xml.dtd", "xml.parse", "internal", "xsd",
        "ref.dangling", "ref.frbr-author", "eid.duplicate", "eid.syntax", "eid.form", "eid.num",
        "frbr.iri", "frbr.type", "frbr.consistency", "frbr.cover", "doctype.name", "cover.required",
        "cover.expected",
    }
    assert all(rule.summary and rule.severity for rule in RULES.values())


# --- one failing fixture per rule -------------------------------------------------

def test_ref_dangling(tmp_path: Path) -> None:
    text = mutate(('<docNumber refersTo="#symbol">', '<docNumber refersTo="#symbol #nowhere">'),
                  ("<p>Resolution 70/1.</p>", '<p>Resolution <a href="#res70">70/1</a>.</p>'))
    n, a = line_of(text, "#nowhere"), line_of(text, "#res70")
    assert summary(check(tmp_path, text)) == [
        err("ref.dangling", n, f'<docNumber> refersTo="#nowhere" (line {n}): '
            'no element has eId "nowhere"'),
        err("ref.dangling", a, f'<a> href="#res70" (line {a}): no element has eId "res70"'),
    ]


def test_ref_dangling_source(tmp_path: Path) -> None:
    text = mutate(('<references source="#dgacm">', '<references source="#un">'))
    n = line_of(text, 'source="#un"')
    findings = check(tmp_path, text)
    assert summary(findings) == [
        err("ref.dangling", n, f'<references> source="#un" (line {n}): no element has eId "un"'),
    ]
    assert findings[0].path == "/akomaNtoso/statement/meta/references"


def test_ref_frbr_author(tmp_path: Path) -> None:
    text = VALID.replace('<FRBRauthor href="#ga"/>', '<FRBRauthor href="ga"/>', 1)
    n = line_of(text, 'href="ga"')
    assert summary(check(tmp_path, text)) == [
        err("ref.frbr-author", n, f'<FRBRauthor> href="ga" (line {n}): must be a reference '
            'to an eId, "#ga"'),
    ]


def test_ref_frbr_author_dangling(tmp_path: Path) -> None:
    text = mutate(('<FRBRauthor href="#dgacm"/>', '<FRBRauthor href="#editor"/>'))
    n = line_of(text, "#editor")
    assert summary(check(tmp_path, text)) == [
        err("ref.dangling", n, f'<FRBRauthor> href="#editor" (line {n}): '
            'no element has eId "editor"'),
    ]


def test_eid_duplicate(tmp_path: Path) -> None:
    text = mutate(('eId="formula_1"', 'eId="container_1"'))
    first, second = line_of(text, "<formula"), line_of(text, "<container")
    assert summary(check(tmp_path, text)) == [  # the XSD has a uniqueness constraint too
        err("xsd", second, "<container>: duplicated value ('container_1',) for "
            "XsdUnique(name='eId-statement')"),
        err("eid.duplicate", second, f'<container> eId="container_1" (line {second}): '
            f"already used by <formula> (line {first})"),
    ]


def test_eid_form(tmp_path: Path) -> None:
    text = mutate(('eId="para_2__list_1__point_a"', 'eId="para_2_list_point_a"'))
    n = line_of(text, "para_2_list_point_a")
    assert summary(check(tmp_path, text)) == [
        err("eid.form", n, f'<point> eId="para_2_list_point_a" (line {n}): not in the AKN '
            'naming-convention form: component "para_2_list_point_a" is not prefix_number '
            "(like para_1 or point_a)"),
    ]


@pytest.mark.parametrize("eid", [
    "para_1", "para_1__list_1__point_a", "para_1__list_1__point_a__list_1__point_i",
    "container_3", "authorialNote_1", "formula_1", "coverPage_1__session_1",
    "para_45__content", "para_2__list_1__intro", "sec_1-bis", "art_2.1", "conclusions",
])
def test_eid_form_accepts(eid: str) -> None:
    assert _eid_form_problem(eid, in_meta=False) is None


@pytest.mark.parametrize(("eid", "problem"), [
    ("para_196_list", 'component "para_196_list" is not prefix_number (like para_1 or point_a)'),
    ("para", 'component "para" has no number (like para_1)'),
    ("para_1__list", 'component "list" has no number (like list_1)'),
    ("para_1___list_1", 'component "_list_1" is not prefix_number (like para_1 or point_a)'),
    ("1_para", 'component "1_para" is not prefix_number (like para_1 or point_a)'),
    ("para_1__", 'component "" is not prefix_number (like para_1 or point_a)'),
    ("para_1:x", 'component "para_1:x" is not prefix_number (like para_1 or point_a)'),
])
def test_eid_form_rejects(eid: str, problem: str) -> None:
    assert _eid_form_problem(eid, in_meta=False) == problem


@pytest.mark.parametrize("eid", [
    "para_1", "para_1__list_1__point_a", "container_3", "para_45__content", "sec_1-bis",
    "art_2.1", "conclusions", "wrap", "wrapUp", "para_196_list", "para", "para_1__list",
    "para_1___list_1", "1_para", "para_1__", "para_1:x", "contents", "intro_", "_intro",
    "para_é", "παρα_1", "para__content", "content__para_1",
])
def test_eid_one_match_agrees_with_the_component_checks(eid: str) -> None:
    """The fast path of check_eids (one regex) passes exactly the body eIds that the
    per-component checks find nothing wrong with."""
    clean = _eid_syntax_problem(eid) is None and _eid_form_problem(eid, in_meta=False) is None
    assert (_WELL_FORMED.fullmatch(eid) is not None) == clean


def test_eid_form_metadata_ids_are_plain_names() -> None:
    assert _eid_form_problem("thirdCommittee", in_meta=True) is None
    assert _eid_form_problem("3rd", in_meta=True) == "a metadata id is a plain name like `ga`"


def test_eid_num(tmp_path: Path) -> None:
    text = mutate(('eId="para_1"><num>1.</num>', 'eId="para_1"><num>3.</num>'))
    n = line_of(text, 'eId="para_1"')
    assert summary(check(tmp_path, text)) == [
        err("eid.num", n, f'<paragraph> eId="para_1" (line {n}): numbered "1" but its <num> '
            'is "3." (expected "para_3")'),
    ]


def test_eid_num_told_apart_only_after_its_number(tmp_path: Path) -> None:
    # two paragraphs numbered "2.": the second's "para_2-2" is its number told apart; the
    # same eId on a paragraph numbered "3.", or without a "para_2" before it, is no such thing
    second = ("      </paragraph>\n    </mainBody>", "      </paragraph>\n"
              '      <paragraph eId="para_2-2"><num>{num}</num>\n'
              "        <content><p>More.</p></content></paragraph>\n    </mainBody>")
    assert summary(check(tmp_path, mutate((second[0], second[1].format(num="2."))))) == []
    text = mutate((second[0], second[1].format(num="3.")))
    n = line_of(text, 'eId="para_2-2"')
    assert summary(check(tmp_path, text)) == [
        err("eid.num", n, f'<paragraph> eId="para_2-2" (line {n}): numbered "2-2" but its <num> '
            'is "3." (expected "para_3")')]
    text = mutate(('eId="para_1"><num>1.</num>', 'eId="para_1-2"><num>1.</num>'))
    n = line_of(text, 'eId="para_1-2"')
    assert summary(check(tmp_path, text)) == [
        err("eid.num", n, f'<paragraph> eId="para_1-2" (line {n}): numbered "1-2" but its <num> '
            'is "1." (expected "para_1")')]


def test_frbr_language(tmp_path: Path) -> None:
    text = mutate(('<FRBRlanguage language="eng"/>', '<FRBRlanguage language="fra"/>'))
    n = line_of(text, "<FRBRlanguage")
    assert summary(check(tmp_path, text)) == [
        err("frbr.consistency", n, f'<FRBRlanguage> language="fra" (line {n}): differs from '
            '"eng" in the Expression IRI '
            '"/akn/un/statement/deliberation/unga/2024-12-17/79-166/eng@"'),
    ]


def test_frbr_manifestation_prefix(tmp_path: Path) -> None:
    bad = "/akn/un/statement/deliberation/unga/2024-12-17/79-166/fra@/!main.xml"
    text = mutate((f'"{bad.replace("fra", "eng")}"', f'"{bad}"'))
    n = line_of(text, bad)
    assert summary(check(tmp_path, text)) == [
        err("frbr.consistency", n, f'<FRBRManifestation/FRBRthis> "{bad}" (line {n}): does not '
            'start with the Expression FRBRuri '
            '"/akn/un/statement/deliberation/unga/2024-12-17/79-166/eng@"'),
    ]


def test_frbr_work_date_missing_fails_xsd_and_profile(tmp_path: Path) -> None:
    text = mutate(('<FRBRdate date="2024-12-17" name="adoption"/>', ""))
    findings = check(tmp_path, text)
    n = line_of(text, "<FRBRWork>")
    assert [f.rule for f in findings] == ["xsd", "frbr.consistency"]
    assert findings[1].message == f"<FRBRWork> (line {n}): no FRBRdate"
    assert findings[0].path == "/akomaNtoso/statement/meta/identification/FRBRWork/FRBRauthor"
    assert findings[0].message == (
        "<FRBRauthor>: Unexpected child with tag 'FRBRauthor' at position 3. "
        "Tag 'FRBRdate' expected.")


def test_frbr_work_date_differs_from_iri(tmp_path: Path) -> None:
    text = mutate(('<FRBRdate date="2024-12-17" name="adoption"/>',
                   '<FRBRdate date="2024-12-18" name="adoption"/>'))
    n = line_of(text, 'date="2024-12-18"')
    assert summary(check(tmp_path, text)) == [
        err("frbr.consistency", n, f'<FRBRdate> date="2024-12-18" (line {n}): differs from the '
            'date "2024-12-17" in the Work IRI '
            '"/akn/un/statement/deliberation/unga/2024-12-17/79-166"'),
    ]


def test_frbr_cover_symbol_and_date(tmp_path: Path) -> None:
    text = mutate(("A/RES/79/166</docNumber>", "A/RES/79/167</docNumber>"),
                  ('<docDate date="2024-12-19">', '<docDate date="2024-12-20">'))
    s, d = line_of(text, "A/RES/79/167"), line_of(text, 'date="2024-12-20"')
    assert summary(check(tmp_path, text)) == [
        err("frbr.cover", s, f'<docNumber> "A/RES/79/167" (line {s}): gives the Work number '
            '"79-167" but the Work FRBRuri '
            '"/akn/un/statement/deliberation/unga/2024-12-17/79-166" has "79-166"'),
        err("frbr.cover", d, f'<docDate> date="2024-12-20" (line {d}): differs from the '
            'Expression publication date "2024-12-19"'),
    ]


@pytest.mark.parametrize(("symbol", "number"), [
    ("A/RES/79/166", "79-166"),
    ("S/RES/2726 (2024)", "2726-2024"),
    ("A/HRC/RES/56/2", "56-2"),
    ("A/C.3/79/L.23", "A-C.3-79-L.23"),
    ("A/79/L.5", "A-79-L.5"),
    ("S/2024/312", "2024-312"),   # the profile: an SC draft is numbered within its year
    ("S/PRST/2023/1", "2023-1"),
])
def test_symbol_to_number(symbol: str, number: str) -> None:
    assert symbol_to_number(symbol) == number


def test_doctype_name(tmp_path: Path) -> None:
    text = mutate(('<statement name="resolution">', '<statement name="report">'))
    assert summary(check(tmp_path, text)) == [
        err("doctype.name", 3, '<statement> name="report" (line 3): not one of resolution, '
            "decision, draftResolution, draftDecision, amendment, presidentialStatement"),
    ]


def test_doctype_element(tmp_path: Path) -> None:
    text = mutate(('<statement name="resolution">', '<doc name="resolution">'),
                  ("</statement>", "</doc>"))
    assert summary(check(tmp_path, text)) == [
        err("doctype.name", 3, "<doc> (line 3): document type not in the profile "
            "(statement or documentCollection)"),
        warn("frbr.type", 8, '<FRBRWork/FRBRuri> "/akn/un/statement/deliberation/unga/2024-12-17/'
            '79-166" (line 8): names the type "statement" but the document is <doc>'),
    ]


def test_cover_required_errors(tmp_path: Path) -> None:
    text = mutate(("<p><docStatus>Distr.: General</docStatus></p>", ""),
                  ("<docTitle>Enhancement of cooperation</docTitle>", ""))
    c = line_of(text, "<coverPage")
    assert summary(check(tmp_path, text)) == [
        err("cover.required", 3, "<statement> (line 3): no <docTitle> in a <preface>"),
        err("cover.required", c, f"<coverPage> (line {c}): no <docStatus> (the distribution)"),
    ]


def test_cover_required_warnings(tmp_path: Path) -> None:
    text = mutate(('<p><session value="79" eId="coverPage_1__session_1">Seventy-ninth session'
                   "</session></p>", ""),
                  ("<docNumber>79/166.</docNumber>", ""))
    c, p = line_of(text, "<coverPage"), line_of(text, "<preface>")
    result = validate_file(write(tmp_path, text), profile="akn4un")
    assert summary(result.findings) == [
        warn("cover.expected", p, f"<preface> (line {p}): no <docNumber> (the resolution number, "
             "e.g. 79/166.)"),
        warn("cover.expected", c, f"<coverPage> (line {c}): no <session> (the session)"),
    ]
    assert result.valid and not result.passed(strict=True)


def test_cover_required_missing_cover_page(tmp_path: Path) -> None:
    start, end = VALID.index("    <coverPage"), VALID.index("    <preface>")
    text = VALID[:start] + VALID[end:]
    assert summary(check(tmp_path, text)) == [
        err("cover.required", 3, "<statement> (line 3): no <coverPage> (it must give docNumber, "
            "docStatus, docDate)"),
    ]


def test_draft_cover_warnings(tmp_path: Path) -> None:
    text = mutate(('<statement name="resolution">', '<statement name="draftResolution">'))
    c = line_of(text, "<coverPage")
    assert summary(check(tmp_path, text)) == [
        warn("cover.expected", c, f"<coverPage> (line {c}): no <inline[@name='originalLanguage']>"
             " (the original language)"),
    ]


# --- XSD -----------------------------------------------------------------------------

def test_xsd_diagnosis_names_line_path_and_expectation(tmp_path: Path) -> None:
    text = mutate(('<preamble>', '<preamble foo="bar">'),
                  ("</references>", "</references>\n      <bogus/>"))
    path = write(tmp_path, text)
    result = validate_file(path, schema_only=True)
    b, p = line_of(text, "<bogus/>"), line_of(text, "<preamble")
    assert libxml2_verdict(path) is False
    assert summary(result.findings) == [
        err("xsd", b, "<bogus>: Unexpected child with tag 'bogus' at position 3. "
            "Expected is one of ( references, notes, proprietary, presentation )."),
        err("xsd", p, "<preamble>: attribute 'foo' not allowed"),
    ]
    assert [f.path for f in result.findings] == [
        "/akomaNtoso/statement/meta/bogus", "/akomaNtoso/statement/preamble"]


def test_validate_tree_in_memory() -> None:
    tree = etree.ElementTree(etree.fromstring(VALID.encode()))
    assert validate_tree(tree) == []
    root = tree.getroot()
    ns = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
    preface_p = root.find(f"{ns}statement/{ns}preface/{ns}p")
    etree.SubElement(preface_p, f"{ns}ref", href="#missing").text = "x"
    assert summary(validate_tree(root, profile="akn4un")) == [
        ("ref.dangling", Severity.ERROR, None, '<ref> href="#missing": no element has eId '
         '"missing"'),
    ]
    assert validate_tree(root, schema_only=True) == []


# --- hostile input ---------------------------------------------------------------------

def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    result = validate_file(write(tmp_path, BILLION_LAUGHS))
    assert not result.readable and not result.valid
    assert [f.rule for f in result.findings] == ["xml.dtd"]
    assert result.findings[0].message.startswith(
        "document declares a DOCTYPE; DTDs and entity declarations are refused")


def test_external_entity_is_never_read(tmp_path: Path) -> None:
    path = write(tmp_path, XXE)
    out = io.StringIO()
    assert run_validate([str(path)], fmt="json", profile="akn4un", out=out) == 2
    report = json.loads(out.getvalue())
    assert [e["rule"] for e in report["files"][0]["errors"]] == ["xml.dtd"]
    assert "root:" not in out.getvalue()
    tree, findings = parse_file(path)
    assert tree is None and [f.rule for f in findings] == ["xml.dtd"]


@pytest.mark.parametrize(("data", "message"), [
    (b"\x00\x01\x02\xff\xfe\x89PNG junk", "not an XML document: the content does not start "
     "with '<'"),
    (b"", "file is empty: not an XML document"),
    (b"  \n\t ", "file is empty: not an XML document"),
    (b"<akomaNtoso><statement></akomaNtoso>", "not well-formed XML: Opening and ending tag "
     "mismatch: statement line 1 and akomaNtoso, line 1, column 37"),
])
def test_junk_is_a_parse_finding(tmp_path: Path, data: bytes, message: str) -> None:
    result = validate_file(write(tmp_path, data))
    assert not result.readable
    assert [(f.rule, f.message) for f in result.findings] == [("xml.parse", message)]


def test_deep_nesting_is_bounded(tmp_path: Path) -> None:
    result = validate_file(write(tmp_path, b"<a>" * 100_000 + b"</a>" * 100_000))
    assert [f.rule for f in result.findings] == ["xml.parse"]
    assert "Excessive depth" in result.findings[0].message


def test_size_cap(tmp_path: Path) -> None:
    path = write(tmp_path, VALID)
    result = validate_file(path, max_bytes=1000)
    assert not result.readable
    assert summary(result.findings) == [
        err("xml.size", None, f"file is {len(VALID.encode())} bytes, over the 1000-byte limit")
    ]


def test_size_cap_on_a_device_that_reports_size_zero() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    tree, findings = parse_file(Path("/dev/zero"), max_bytes=4096)
    assert tree is None
    assert [(f.rule, f.message) for f in findings] == [
        ("xml.size", "file is over the 4096-byte limit")]


def test_missing_file_and_directory(tmp_path: Path) -> None:
    missing = validate_file(tmp_path / "nope.xml")
    assert [(f.rule, f.message) for f in missing.findings] == [
        ("io.read", "cannot read file: No such file or directory")]
    assert [f.rule for f in validate_file(tmp_path).findings] == ["io.read"]


# --- report formats -------------------------------------------------------------------

@pytest.fixture
def two_files(tmp_path: Path) -> list[Path]:
    good = write(tmp_path, VALID, "good.xml")
    bad = write(tmp_path, mutate(
        ('<docNumber refersTo="#symbol">', '<docNumber refersTo="#nowhere">'),
        ('<FRBRauthor href="#dgacm"/>', '<FRBRauthor href="dgacm"/>'),
        ("<docNumber>79/166.</docNumber>", ""),
    ), "bad.xml")
    return [good, bad]


def test_text_format(two_files: list[Path]) -> None:
    good, bad = two_files
    out = io.StringIO()
    assert run_validate([str(good), str(bad)], profile="akn4un", out=out) == 1
    assert out.getvalue().splitlines() == [
        f"{bad}:43: cover.expected: warning: <preface> (line 43): no <docNumber> "
        "(the resolution number, e.g. 79/166.)",
        f'{bad}:24: ref.frbr-author: error: <FRBRauthor> href="dgacm" (line 24): must be a '
        'reference to an eId, "#dgacm"',
        f'{bad}:35: ref.dangling: error: <docNumber> refersTo="#nowhere" (line 35): no element '
        'has eId "nowhere"',
        "2 file(s): 1 valid, 1 invalid, 0 unreadable; 2 error(s), 1 warning(s), 0 info; "
        "profile akn4un 2",
    ]


def test_json_format(two_files: list[Path], tmp_path: Path) -> None:
    junk = write(tmp_path, b"\x00junk", "junk.xml")
    out = io.StringIO()
    assert run_validate([str(p) for p in [*two_files, junk]], fmt="json", profile="akn4un", out=out) == 2
    report = json.loads(out.getvalue())
    assert report["summary"] == {"files": 3, "valid": 1, "invalid": 1, "unreadable": 1,
                                 "errors": 3, "warnings": 1, "infos": 0, "strict": False,
                                 "fail_on": "error", "profiles": {"akn4un": 2}}
    good, bad, bad_xml = report["files"]
    assert (good["valid"], good["errors"], good["warnings"]) == (True, [], [])
    assert bad["valid"] is False and bad["path"] == str(two_files[1])
    assert [e["rule"] for e in bad["errors"]] == ["ref.frbr-author", "ref.dangling"]
    assert bad["errors"][1] == {
        "rule": "ref.dangling", "severity": "error", "line": 35,
        "path": "/akomaNtoso/statement/coverPage/p[2]/docNumber",
        "message": '<docNumber> refersTo="#nowhere" (line 35): no element has eId "nowhere"',
    }
    assert [w["rule"] for w in bad["warnings"]] == ["cover.expected"]
    assert (good["profile"], bad["profile"], bad_xml["profile"]) == ("akn4un", "akn4un", None)
    assert bad_xml["readable"] is False and bad_xml["errors"][0]["rule"] == "xml.parse"


def test_junit_format(two_files: list[Path], tmp_path: Path) -> None:
    junk = write(tmp_path, b"", "empty.xml")
    out = io.StringIO()
    assert run_validate([str(p) for p in [*two_files, junk]], fmt="junit", profile="akn4un", out=out) == 2
    root = etree.fromstring(out.getvalue().encode())
    suite = root.find("testsuite")
    assert (root.tag, suite.get("tests"), suite.get("failures"), suite.get("errors")) == (
        "testsuites", "3", "1", "1")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [str(p) for p in [*two_files, junk]]
    assert list(cases[0]) == []
    failure = cases[1].find("failure")
    assert failure.get("type") == "ref.frbr-author"
    assert failure.get("message").startswith("2 finding(s); first: ref.frbr-author:")
    assert len(failure.text.splitlines()) == 2
    assert "cover.expected: warning:" in cases[1].find("system-out").text
    assert cases[2].find("error").get("type") == "xml.parse"


def test_junit_strict_counts_warnings_as_failures(two_files: list[Path]) -> None:
    text = render([validate_file(two_files[1], profile="akn4un")], "junit", strict=True)
    failure = etree.fromstring(text.encode()).find("testsuite/testcase/failure")
    assert len(failure.text.splitlines()) == 3


def test_render_without_line_numbers() -> None:
    result = FileResult(Path("x.xml"), [Finding("eid.form", Severity.ERROR, "m")])
    assert render([result]).splitlines()[0] == "x.xml:0: eid.form: error: m"


# --- exit codes ------------------------------------------------------------------------

def test_exit_codes(tmp_path: Path) -> None:
    good = write(tmp_path, VALID, "good.xml")
    warned = write(tmp_path, mutate(("<docNumber>79/166.</docNumber>", "")), "warned.xml")
    invalid = write(tmp_path, mutate(('refersTo="#symbol"', 'refersTo="#x"')), "invalid.xml")
    sink = io.StringIO()
    assert run_validate([str(good)], profile="akn4un", out=sink) == 0
    assert run_validate([str(warned)], profile="akn4un", out=sink) == 0
    assert run_validate([str(warned)], strict=True, profile="akn4un", out=sink) == 1
    assert run_validate([str(good), str(invalid)], profile="akn4un", out=sink) == 1
    assert run_validate([str(invalid)], schema_only=True, profile="akn4un", out=sink) == 0
    assert run_validate([str(good), str(tmp_path / "missing.xml")], profile="akn4un", out=sink) == 2


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sink = io.StringIO()
    assert run_validate([str(tmp_path)], profile="akn4un", out=sink) == 2  # a directory with no XML
    assert run_validate([], profile="akn4un", out=sink) == 2
    assert run_validate([str(write(tmp_path, VALID))], fmt="yaml", profile="akn4un", out=sink) == 2
    assert sink.getvalue() == ""
    assert "unknown format 'yaml' (choose text, json, junit, sarif)" in capsys.readouterr().err


def test_iter_inputs(tmp_path: Path) -> None:
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    one, two = write(tmp_path, VALID, "one.xml"), write(sub, VALID, "two.xml")
    write(sub, "x", "notes.txt")
    assert iter_inputs([str(tmp_path)]) == [sub / "two.xml", one]
    assert iter_inputs([str(tmp_path / "*.xml"), str(one)]) == [one]
    assert iter_inputs([str(tmp_path / "**" / "*.xml")]) == [two, one]
    assert iter_inputs([str(tmp_path / "none-*.xml")]) == [tmp_path / "none-*.xml"]


def test_bench_validate(tmp_path: Path) -> None:
    write(tmp_path, VALID, "a.xml")
    write(tmp_path, VALID, "b.xml")
    stats = bench_validate([str(tmp_path)], repeat=2)
    assert (stats["files"], stats["valid"]) == (4, 4)
    assert stats["files_per_second"] > 0


# --- the UN's own files -------------------------------------------------------------------

def gold_files() -> list[Path]:
    if not GOLD.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    return sorted(GOLD.glob("*.xml"))


def test_gold_schema_verdicts_equal_libxml2() -> None:
    files = gold_files()
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    mine = {f.name: validate_file(f, schema_only=True).valid for f in files}
    theirs = {f.name: schema.validate(etree.parse(str(f))) for f in files}
    assert len(files) == 120
    assert mine == theirs


def test_gold_dangling_references_found() -> None:
    gold_files()
    path = GOLD / "A_RES_79_166.xml"
    findings = validate_file(path, profile="akn4un").findings
    dangling = {f.message.split(" (line")[0] for f in findings if f.rule == "ref.dangling"}
    assert dangling == {
        '<identification> source="#DGACM"', '<references> source="#DGACM"',
        '<workflow> source="#un"', '<analysis> source="#un"', '<presentation> source="#un"',
        '<docketNumber> refersTo="#publicationJobNumber"',
        '<docStatus> refersTo="#generalDistribution"', '<session> refersTo="#generalAssembly"',
        '<event> refersTo="#adoption"', '<location> refersTo="#adoptionMeeting"',
        '<docDate> refersTo="#adoptionDate"',
    }
    assert [f.line for f in findings if f.rule == "ref.frbr-author"] == [10, 17, 24]
    assert sum(f.rule == "eid.num" for f in findings) == 17
    assert not [f for f in findings if f.rule in ("xsd", "frbr.consistency", "frbr.cover",
                                                  "doctype.name", "cover.required")]


@pytest.mark.parametrize(("old", "new"), [
    ("<preface>", "<preface><bogus/>"),
    ('<statement name="resolution">', '<statement>'),
    ('<FRBRcountry value="un"></FRBRcountry>', ""),
])
def test_mutated_gold_verdicts_equal_libxml2(tmp_path: Path, old: str, new: str) -> None:
    gold_files()
    text = (GOLD / "A_RES_79_166.xml").read_text(encoding="utf-8")
    assert old in text
    path = write(tmp_path, text.replace(old, new, 1))
    result = validate_file(path, schema_only=True)
    assert libxml2_verdict(path) is False
    assert result.valid is False and result.findings
    assert {f.rule for f in result.findings} == {"xsd"}
    assert all(f.line and f.path for f in result.findings)


def test_ref_dangling_in_a_workflow_step(tmp_path: Path) -> None:
    # a step's submitter (`by`) and outcome are references like any other
    text = mutate(('      <references source="#dgacm">',
                   '      <workflow source="#dgacm"><step date="2024-12-17" by="#nobody" '
                   'outcome="#adopted"/></workflow>\n      <references source="#dgacm">'))
    n = line_of(text, 'by="#nobody"')
    assert summary(check(tmp_path, text)) == [
        err("ref.dangling", n, f'<step> outcome="#adopted" (line {n}): no element has eId "adopted"'),
        err("ref.dangling", n, f'<step> by="#nobody" (line {n}): no element has eId "nobody"'),
    ]
