"""Fuzzing mutated text inputs: only ConversionError subclasses may escape `convert_file`,
and `write_result` leaves either a valid file at the target or no target at all."""

from __future__ import annotations

import random
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from converter.errors import ConversionError, InvalidOutputError
from converter.pipeline import convert_file, invalid_path, write_result
from converter.validator.schema import libxml2_schema
from tests.conftest import SAMPLES

SOURCES = {p.name: p.read_text(encoding="utf-8").splitlines(keepends=True)
           for p in sorted(SAMPLES.glob("*.txt"))}

_line = st.integers(min_value=0, max_value=10_000)
_mutation = st.one_of(
    st.tuples(st.just("delete"), _line),
    st.tuples(st.just("duplicate"), _line),
    st.tuples(st.just("swap"), _line, _line),
    st.tuples(st.just("insert"), _line, st.text(max_size=80)),
    st.tuples(st.just("truncate"), st.floats(min_value=0.0, max_value=1.0)),
)


def mutate(lines: list[str], mutations: list[tuple]) -> str:
    lines = list(lines)
    for kind, *args in mutations:
        if not lines:
            break
        i = args[0] % len(lines) if kind != "truncate" else 0
        if kind == "delete":
            del lines[i]
        elif kind == "duplicate":
            lines.insert(i, lines[i])
        elif kind == "swap":
            j = args[1] % len(lines)
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == "insert":
            lines.insert(i, args[1] + "\n")
        else:
            text = "".join(lines)
            lines = text[: int(len(text) * args[0])].splitlines(keepends=True)
    return "".join(lines)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(SOURCES)), mutations=st.lists(_mutation, min_size=1, max_size=6))
def test_mutated_text_never_escapes_or_leaves_an_invalid_target(name, mutations):
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / name
        source.write_text(mutate(SOURCES[name], mutations), encoding="utf-8", errors="surrogatepass")
        target = Path(tmp) / "out" / "result.xml"
        try:
            write_result(convert_file(source, converted=date(2026, 1, 1)), target, source)
        except InvalidOutputError:
            assert not target.exists() and invalid_path(target).is_file()
        except ConversionError as e:
            assert str(e).count("\n") == 0 and not target.exists()
        else:
            assert libxml2_schema().validate(etree.parse(str(target)))
        assert not [p for p in target.parent.glob(".*")] if target.parent.exists() else True


# --- a deterministic slice of the fuzz campaign (`make fuzz` runs the whole of it) -------------

def _seeds(tmp: Path) -> dict[str, list[Path]]:
    from tests.pdfgen import build_pdf, resolution_page

    pdf = tmp / "A_RES_79_998.pdf"
    pdf.write_bytes(build_pdf([resolution_page([], 300)]))
    markdown = tmp / "A_RES_79_166.md"   # the samples are in the markdown dialect
    markdown.write_text("".join(SOURCES["A_RES_79_166.txt"]), encoding="utf-8")
    plain = tmp / "A_RES_79_998.txt"      # the PDF's text as pdftotext lays it out
    plain.write_text(PLAIN, encoding="utf-8")
    return {"pdf": [pdf], "md": [markdown], "plain": [plain, *sorted(SAMPLES.glob("*.txt"))]}


PLAIN = """United Nations                                            A/RES/79/998
General Assembly                                          Distr.: General
                                                          30 December 2024
Seventy-ninth session
Agenda item 140

              Resolution adopted by the General Assembly on 24 December 2024

              79/998. Scale of assessments

      The General Assembly,

      Recalling its resolution 76/238 of 24 December 2021,

      1.  Resolves that the rates of assessment for 2025 shall be those of 2024;

      2.  Decides to review the scale in 2027.

                                                          54th plenary meeting
                                                          24 December 2024
\f"""


def test_fuzz_slice_breaks_no_promise(tmp_path):
    from converter import fuzz

    data = fuzz.campaign(24, jobs=1, seed=3, chosen=_seeds(tmp_path),
                         settings=fuzz.Settings(memory_mb=2048, timeout=60), workdir=tmp_path)
    assert data["cases"] == 24 and data["by_kind"] == {"pdf": 8, "md": 8, "plain": 8}
    assert data["problems"] == [], fuzz.summary_lines(data)
    assert data["max_seconds"] < 60 and data["max_rss_mb"] < 2048


def test_fuzz_mutations_are_repeatable():
    from converter import fuzz

    data = "".join(SOURCES["A_RES_79_166.txt"]).encode()
    first = [fuzz.mutate_text(random.Random(s), data) for s in range(20)]
    assert first == [fuzz.mutate_text(random.Random(s), data) for s in range(20)]
    assert len({out for _, out in first}) == 20


def _judged(tmp_path: Path, exit_code: int | None, stderr: str, output: bytes | None) -> list[str]:
    from converter import fuzz

    tmp_path.mkdir()
    out = tmp_path / "out.xml"
    out.with_suffix(".stderr").write_text(stderr)
    if output is not None:
        out.write_bytes(output)
    case = fuzz.Case(0, "plain", "x.txt", [], str(tmp_path / "x.txt"), exit=exit_code)
    fuzz._judge(case, out, fuzz.Settings())
    return case.problems


def test_fuzz_judge_names_every_broken_promise(tmp_path):
    valid = convert_file(SAMPLES / "A_RES_79_166.txt", converted=date(2026, 1, 1))
    good = etree.tostring(valid.tree, xml_declaration=True, encoding="UTF-8")
    assert _judged(tmp_path / "a", 0, "", good) == []
    bad = good.replace(b"<docTitle", b"<docTitleX", 1).replace(b"</docTitle>", b"</docTitleX>", 1)
    assert _judged(tmp_path / "b", 0, "", bad)[0].startswith("exit 0 but akn validate rejects it")
    assert _judged(tmp_path / "c", 1, "Traceback (most recent call last):\n", None) == [
        "traceback", "internal error"]
    assert _judged(tmp_path / "d", 12, "", None) == ["exit code 12 not in the README's table"]
    assert _judged(tmp_path / "e", None, "", None) == ["timeout after 60 s"]
    assert _judged(tmp_path / "f", 4, "", good) == ["exit 4 but out.xml written"]
