"""Reproducible output: the markup date pinned by `--markup-date` or `SOURCE_DATE_EPOCH` gives
byte-identical XML whatever the clock says; only namespaces in use are declared."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from converter import clock
from converter.api import convert
from converter.errors import UsageError
from tests.conftest import AKN, SAMPLES, xpath
from tests.mdgen import masthead

TEXT = masthead("79/990", "A short resolution") + (
    "*Recalling* its resolution 70/1 of 25 September 2015,\n\n"
    "1. *Decides* to remain seized of the matter.\n\n"
    "54th plenary meeting\n24 December 2024\n")


def _on(monkeypatch, day: date) -> None:
    monkeypatch.setattr(clock, "today", lambda: day)


def _markup(xml: bytes) -> str:
    return xpath(etree.fromstring(xml), "//a:FRBRManifestation/a:FRBRdate/@date")[0]


def test_the_clock_alone_changes_the_markup_date(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    _on(monkeypatch, date(2030, 1, 2))
    first = convert(TEXT).xml
    _on(monkeypatch, date(2031, 5, 6))
    second = convert(TEXT).xml
    assert (_markup(first), _markup(second)) == ("2030-01-02", "2031-05-06")


def test_a_pinned_markup_date_gives_identical_bytes_on_any_day(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    _on(monkeypatch, date(2030, 1, 2))
    first = convert(TEXT, markup_date="2025-03-04").xml
    _on(monkeypatch, date(2031, 5, 6))
    second = convert(TEXT, markup_date=date(2025, 3, 4)).xml
    assert first == second
    assert _markup(first) == "2025-03-04"


def test_source_date_epoch_pins_the_markup_date_as_a_utc_date(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")   # 2023-11-14T22:13:20Z
    _on(monkeypatch, date(2030, 1, 2))
    first = convert(TEXT).xml
    _on(monkeypatch, date(2031, 5, 6))
    assert convert(TEXT).xml == first
    assert _markup(first) == "2023-11-14"
    assert _markup(convert(TEXT, markup_date="2025-03-04").xml) == "2025-03-04"   # the option wins


@pytest.mark.parametrize("value", ["yesterday", "-5", "1.5", "1e9", "٣"])
def test_a_malformed_source_date_epoch_is_a_usage_error(monkeypatch, value):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    with pytest.raises(UsageError, match=r"^SOURCE_DATE_EPOCH: .* is not a number of seconds"):
        clock.markup_date()


def test_an_empty_source_date_epoch_is_unset(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "")
    _on(monkeypatch, date(2030, 1, 2))
    assert clock.markup_date() == date(2030, 1, 2)


def test_cli_markup_date_and_source_date_epoch(tmp_path):
    sample = SAMPLES / "A_RES_79_166.txt"

    def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
        import os

        full = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"} | (env or {})
        return subprocess.run([sys.executable, "-m", "converter", "convert", str(sample), *args],
                              capture_output=True, check=False, env=full)

    pinned = run("--markup-date", "2025-03-04")
    assert pinned.returncode == 0, pinned.stderr
    assert _markup(pinned.stdout) == "2025-03-04"
    assert run(env={"SOURCE_DATE_EPOCH": "1741046400"}).stdout == pinned.stdout   # 2025-03-04
    bad = run("--markup-date", "4 March 2025")
    assert (bad.returncode, bad.stderr) == (
        2, b"error: --markup-date: '4 March 2025' is not a date (expected YYYY-MM-DD)\n")
    bad = run(env={"SOURCE_DATE_EPOCH": "soon"})
    assert (bad.returncode, bad.stderr) == (
        2, b"error: SOURCE_DATE_EPOCH: 'soon' is not a number of seconds since 1970\n")


def _unused_declarations(root: etree._Element) -> list[str]:
    """Prefixes declared on an element that neither it nor anything below it uses."""
    unused = []
    for el in root.iter():
        parent = el.getparent()
        inherited = parent.nsmap if parent is not None else {}
        for prefix, uri in el.nsmap.items():
            if inherited.get(prefix) == uri:
                continue
            used = any(etree.QName(x).namespace == uri for x in el.iter() if isinstance(x.tag, str))
            used = used or any(etree.QName(a).namespace == uri for x in el.iter() for a in x.attrib)
            if not used:
                unused.append(f"{prefix}={uri}")
    return unused


def test_only_namespaces_in_use_are_declared():
    result = convert(TEXT, markup_date="2025-03-04")
    root = etree.fromstring(result.xml)
    assert root.nsmap == {None: AKN["a"]}
    assert _unused_declarations(root) == []
    assert b"akn4un" not in result.xml
    assert result.valid


@pytest.mark.parametrize("name", ["convention.txt", "appropriation_rows.txt", "two_parts.md"])
def test_the_same_bytes_whatever_the_hash_seed(name):
    """No output depends on the order Python happens to keep a set of strings in (it changes
    with the process's hash seed): two processes with other seeds write the same bytes."""
    import os

    data = Path(__file__).parent / "data" / name

    def run(seed: str) -> bytes:
        env = os.environ | {"PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": "1741046400"}
        done = subprocess.run([sys.executable, "-m", "converter", "convert", str(data)],
                              capture_output=True, check=False, env=env)
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert run("1") == run("2") == run("3")
