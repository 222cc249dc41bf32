"""`akn render`: one self-contained page, every text escaped, notes linked both ways, RTL."""

from __future__ import annotations

from collections import Counter

from lxml import etree, html

from converter.render import render_tree
from converter.validator import parse_bytes
from tests.conftest import SAMPLES
from tests.test_cli_convert import akn

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


def akn_doc(body: str, *, language: str = "eng", kind: str = "statement",
            name: str = "resolution") -> etree._ElementTree:
    """A small AKN document: metadata with its language, then `body`."""
    xml = (f'<akomaNtoso xmlns="{NS}"><{kind} name="{name}"><meta><identification source="#x">'
           f'<FRBRExpression><FRBRlanguage language="{language}"/></FRBRExpression>'
           f'</identification></meta>{body}</{kind}></akomaNtoso>')
    tree, problems = parse_bytes(xml.encode("utf-8"))
    assert tree is not None, problems
    return tree


def page_of(tree: etree._ElementTree, **options) -> html.HtmlElement:
    return html.document_fromstring(render_tree(tree, **options))


HOSTILE = ('<mainBody><paragraph eId="para_1"><num>1.</num><content><p>&lt;script&gt;alert(1)'
           '&lt;/script&gt; and <a href="javascript:alert(2)">a link</a> and '
           '<a href="https://undocs.org/en/A/RES/70/1">70/1</a>'
           '<img src="https://example.org/x.png"/></p></content></paragraph></mainBody>')


def test_markup_in_the_text_is_shown_as_text_never_run():
    page_text = render_tree(akn_doc(HOSTILE))
    page = html.document_fromstring(page_text)
    assert page.xpath("//script") == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page_text
    assert "<script>alert(1)</script>" in page.text_content()
    links = {a.text: a.get("href") for a in page.xpath("//main//a")}
    assert links == {"a link": None, "70/1": "https://undocs.org/en/A/RES/70/1"}
    # nothing is loaded: the image is named, not fetched; no stylesheet, font or script file
    assert page.xpath("//img | //link | //*[@src]") == []
    assert page.xpath("//main//span[@class='akn-img']")[0].text == "[image: https://example.org/x.png]"


NOTED = ('<preamble><container name="Recalling" eId="container_1"><p><i>Recalling</i> its '
         'resolution,<authorialNote marker="1" placement="bottom" eId="authorialNote_1"><p>See '
         'A/78/1.</p></authorialNote> and the report<authorialNote marker="*" eId="authorialNote_2">'
         '<p>Issued late.</p></authorialNote>,</p></container></preamble>')


def test_footnotes_link_both_ways():
    page = page_of(akn_doc(NOTED))
    markers = page.xpath("//main//a[@class='akn-noteref']")
    assert [m.text for m in markers] == ["1", "*"]
    for marker in markers:
        note = page.get_element_by_id(marker.get("href")[1:])
        assert note.tag == "li"
        back = note.xpath("./a[@class='akn-noteback']")[0]
        assert back.get("href") == "#" + marker.get("id") and back.text == marker.text
    notes = page.xpath("//section[@class='akn-footnotes']//li")
    assert [" ".join(li.text_content().split()) for li in notes] == ["1 See A/78/1.",
                                                                     "* Issued late."]
    # the note's text stays out of the paragraph it is attached to
    para = page.get_element_by_id("container_1")
    assert " ".join(para.text_content().split()) == "Recalling its resolution,1 and the report*,"


def test_arabic_is_right_to_left_and_english_left_to_right():
    arabic = page_of(akn_doc('<mainBody><paragraph eId="para_1"><num>1.</num><content><p>'
                             'يرحب بالتقدم</p></content></paragraph></mainBody>', language="ara"))
    assert (arabic.get("dir"), arabic.get("lang")) == ("rtl", "ar")
    english = page_of(akn_doc(NOTED))
    assert (english.get("dir"), english.get("lang")) == ("ltr", "en")


def test_any_akoma_ntoso_document_renders_generically():
    act = akn_doc('<body><chapter eId="chp_1"><num>Chapter 1</num><heading>Scope</heading>'
                  '<article eId="art_1"><num>Article 1</num><content><p>This Act applies '
                  '<term refersTo="#x">everywhere</term>.</p></content></article></chapter>'
                  '<madeUpElement><p>Kept as text.</p></madeUpElement></body>',
                  kind="act", name="act")
    page = page_of(act)
    article = page.get_element_by_id("art_1")
    assert article.get("class") == "akn-article akn-hier"
    assert [c.text_content() for c in article] == ["Article 1", "This Act applies everywhere."]
    assert page.xpath("//span[@class='akn-term']")[0].text == "everywhere"
    assert page.xpath("//*[contains(@class,'akn-madeUpElement')]")[0].text_content() == "Kept as text."


def test_tables_headings_and_annexes_keep_their_shape():
    tree = akn_doc('<mainBody><paragraph eId="para_1"><num>1.</num><content><p>Scale:</p>'
                   '<table eId="para_1__table_1"><tr><th><p>State</p></th><th><p>Rate</p></th></tr>'
                   '<tr><td colspan="2" rowspan="x"><p>None &amp; all</p></td></tr></table>'
                   '</content></paragraph></mainBody><attachments><attachment eId="att_1">'
                   '<doc name="annex"><mainBody><hcontainer name="h" eId="annex_h"><heading>'
                   'Rules of procedure</heading></hcontainer></mainBody></doc></attachment>'
                   '</attachments>')
    page = page_of(tree)
    [table] = page.xpath("//table")
    assert [[c.tag for c in row] for row in table] == [["th", "th"], ["td"]]
    cell = table[1][0]
    assert (cell.get("colspan"), cell.get("rowspan"), cell.text_content()) == ("2", None,
                                                                              "None & all")
    annex = page.xpath("//section[@class='akn-attachment']")[0]
    assert annex.xpath(".//div[@class='akn-heading']")[0].text == "Rules of procedure"


def test_review_mode_names_elements_and_places_findings_beside_them():
    tree = akn_doc('<mainBody><paragraph eId="para_1"><num>1.</num><content><p>Text with a '
                   '<ref href="#nowhere">dangling reference</ref>.</p></content></paragraph>'
                   '</mainBody>')
    plain = page_of(tree)
    assert plain.xpath("//*[@class='akn-tag'] | //*[contains(@class,'akn-finding')]") == []
    page = page_of(tree, review=True)
    para = page.get_element_by_id("para_1")
    assert para.get("data-akn") == "paragraph" and para.get("data-eid") == "para_1"
    assert para.xpath("./span[@class='akn-tag']")[0].text == "paragraph #para_1"
    # the toggle is CSS only: a checkbox, no script
    assert page.xpath("//input[@id='review-toggle']/@type") == ["checkbox"]
    assert page.xpath("//script") == []
    [dangling] = page.xpath("//*[@data-rule='ref.dangling']")
    assert dangling.getprevious().get("data-akn") == "ref"  # beside the reference it concerns
    assert 'href="#nowhere"' in dangling.text
    # findings in the metadata, which is not rendered, are listed above the page
    listed = page.xpath("//div[@class='review-bar']//li/@class")
    assert listed and all(c.startswith("akn-finding") for c in listed)


def test_cli_render_writes_the_sample_page_and_refuses_non_xml(tmp_path):
    xml, out = tmp_path / "r.xml", tmp_path / "r.html"
    assert akn("convert", SAMPLES / "A_RES_79_166.txt", "-o", xml).returncode == 0
    assert akn("render", xml, "-o", out, "--review").returncode == 0
    page = html.document_fromstring(out.read_text(encoding="utf-8"))
    assert page.findtext(".//title") == ("A/RES/79/166 — Enhancement of international "
                                         "cooperation in the field of human rights")
    assert len(page.xpath("//main//a[@class='akn-noteref']")) == 6
    assert page.xpath("//label[@for='review-toggle']")[0].text.startswith(
        "Review r.xml: 0 error(s), 0 warning(s)")
    unwritable = akn("render", xml, "-o", tmp_path / "no" / "such" / "dir.html")
    assert unwritable.returncode == 9
    assert unwritable.stderr.startswith(f"error: {tmp_path / 'no' / 'such' / 'dir.html'}: "
                                        "cannot write (No such file or directory)")
    bad = tmp_path / "bad.xml"
    bad.write_text('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>')
    run = akn("render", bad)
    assert run.returncode == 4 and run.stdout == ""
    assert run.stderr.startswith(f"error: {bad}: document declares a DOCTYPE")


def _letters(text: str) -> Counter:
    return Counter("".join(text.split()))


def test_the_uns_own_xml_in_every_language_renders_without_losing_a_letter(corpus):
    """Gold files of each language and organ: every letter outside the metadata is on the page."""
    files = sorted(corpus.glob("languages/*/gold/*.xml"))[::8] + sorted(
        corpus.glob("other_organs/*/gold/*.xml"))[::4] + sorted(corpus.glob("gold/*.xml"))[::10]
    assert len(files) > 20
    for path in files:
        tree, _ = parse_bytes(path.read_bytes())
        root = tree.getroot()
        source = " ".join(t for el in root.iter() if isinstance(el.tag, str)
                          and not any(etree.QName(a).localname == "meta"
                                      for a in [el, *el.iterancestors()])
                          for t in (el.text, el.tail if el is not root else None) if t)
        page = html.document_fromstring(render_tree(tree))
        lost = _letters(source) - _letters(page.xpath("//main")[0].text_content())
        assert not lost, f"{path.name}: {lost.most_common(5)}"
        expected_dir = "rtl" if "/ar/" in str(path) else "ltr"
        assert page.get("dir") == expected_dir, path.name
