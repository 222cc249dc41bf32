"""Fuzzing mutated text inputs: only ConversionError subclasses may escape `convert_file`,
and `write_result` leaves either a valid file at the target or no target at all."""

from __future__ import annotations

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
