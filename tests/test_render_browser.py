"""Rendered pages in a real browser: headless Chromium, network off, DOM checked.

Skipped where no Chromium is installed (Debian: `apt-get install chromium`).
Screenshots go to build/screenshots/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from converter.render import render_file, render_tree
from tests.cdp import Browser, chromium_path
from tests.conftest import REPO, SAMPLES
from tests.test_cli_convert import akn
from tests.test_render import HOSTILE, NOTED, akn_doc

SHOTS = REPO / "build" / "screenshots"

FOLLOW_NOTES = """(() => {
  const found = [];
  for (const ref of document.querySelectorAll('a.akn-noteref')) {
    ref.click();
    const note = document.getElementById(ref.getAttribute('href').slice(1));
    const box = note ? note.getBoundingClientRect() : null;
    const landed = !!note && note.matches(':target') && box.top >= -1 && box.top < innerHeight;
    let back = false;
    const link = note ? note.querySelector('a.akn-noteback') : null;
    if (link) {
      link.click();
      const b = ref.getBoundingClientRect();
      back = ref.matches(':target') && b.top >= -1 && b.bottom <= innerHeight + 1;
    }
    found.push([ref.textContent, landed, back]);
  }
  return found;
})()"""

LAYOUT = """(() => {
  const main = document.querySelector('main').getBoundingClientRect();
  const num = document.querySelector('.akn-paragraph > .akn-num').getBoundingClientRect();
  return [getComputedStyle(document.body).direction,
          num.left > main.left + main.width / 2 ? 'right' : 'left'];
})()"""


@pytest.fixture(scope="module")
def browser():
    executable = chromium_path()
    if executable is None:
        pytest.skip("no Chromium installed (Debian package `chromium`)")
    started = Browser(executable)
    yield started
    started.close()


@pytest.fixture(scope="module")
def sample_xml(tmp_path_factory) -> Path:
    xml = tmp_path_factory.mktemp("browser") / "A_RES_79_166.xml"
    assert akn("convert", SAMPLES / "A_RES_79_166.txt", "-o", xml).returncode == 0
    return xml


def _page(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _only_the_page_itself(browser: Browser, page: Path) -> None:
    assert browser.requested() == [page.resolve().as_uri()]


@pytest.mark.parametrize("review", [False, True], ids=["page", "review"])
def test_every_footnote_link_lands_on_its_note_and_back(browser, sample_xml, tmp_path, review):
    page = _page(tmp_path, "r.html", render_file(sample_xml, review=review))
    browser.load(page)
    _only_the_page_itself(browser, page)
    assert browser.evaluate(FOLLOW_NOTES) == [[m, True, True] for m in "123456"]
    assert browser.evaluate(LAYOUT) == ["ltr", "left"]
    if review:
        shown = browser.evaluate("getComputedStyle(document.querySelector('.akn-tag')).display")
        assert shown == "inline-block"
        browser.evaluate("document.getElementById('review-toggle').click()")
        assert browser.evaluate(
            "getComputedStyle(document.querySelector('.akn-tag')).display") == "none"
    browser.evaluate("window.scrollTo(0, 0)")
    SHOTS.mkdir(parents=True, exist_ok=True)
    shot = SHOTS / f"A_RES_79_166{'-review' if review else ''}.png"
    browser.screenshot(shot)
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_arabic_lays_out_right_to_left_and_nothing_is_fetched(browser, tmp_path):
    body = ('<mainBody><paragraph eId="para_1"><num>1.</num><content><p>يرحب بالتقدم المحرز'
            '</p></content></paragraph></mainBody>')
    tree = akn_doc(NOTED.replace("Recalling", "إذ تشير") + body, language="ara")
    page = _page(tmp_path, "ar.html", render_tree(tree))
    browser.load(page)
    _only_the_page_itself(browser, page)
    assert browser.evaluate(LAYOUT) == ["rtl", "right"]
    assert browser.evaluate(FOLLOW_NOTES) == [["1", True, True], ["*", True, True]]
    SHOTS.mkdir(parents=True, exist_ok=True)
    browser.screenshot(SHOTS / "arabic.png")


def test_hostile_markup_neither_runs_nor_fetches(browser, tmp_path):
    page = _page(tmp_path, "hostile.html", render_tree(akn_doc(HOSTILE)))
    browser.load(page)
    _only_the_page_itself(browser, page)
    assert browser.evaluate("document.scripts.length") == 0
    assert browser.evaluate("document.querySelector('.akn-p').textContent").startswith(
        "<script>alert(1)</script> and a link")


def test_the_comparison_page_loads_alone(browser, sample_xml, tmp_path):
    draft = tmp_path / "draft.xml"
    assert akn("convert", SAMPLES / "A_C.3_79_L.23-draft.txt", "-o", draft).returncode == 0
    page = tmp_path / "diff.html"
    assert akn("diff", draft, sample_xml, "--format", "html", "-o", page).returncode == 0
    browser.load(page)
    _only_the_page_itself(browser, page)
    assert browser.evaluate("document.querySelector('.diff-change h3').textContent") == (
        "footnote * deleted")
    SHOTS.mkdir(parents=True, exist_ok=True)
    browser.screenshot(SHOTS / "draft-vs-adopted.png")
