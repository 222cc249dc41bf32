"""UN symbols as value objects: parsing, FRBR numbers, file names."""

from __future__ import annotations

import pytest

from converter.symbols import Symbol, SymbolError


def test_work_numbers_and_actors():
    cases = {"A/RES/79/166": ("79-166", "unga"), "S/RES/2726 (2024)": ("2726-2024", "unsc"),
             "A/C.3/79/L.23": ("A-C.3-79-L.23", "unga"), "A/DEC/79/545": ("79-545", "unga"),
             "A/HRC/RES/56/2": ("56-2", "unga-hrc"), "E/RES/2024/5": ("2024-5", "unecosoc"),
             "S/PRST/2023/1": ("2023-1", "unsc"), "S/2023/212": ("2023-212", "unsc")}
    assert {s: (Symbol.parse(s).work_number, Symbol.parse(s).actor) for s in cases} == cases


def test_bad_symbol_message():
    with pytest.raises(SymbolError, match=r"'hello' is not a UN document symbol"):
        Symbol.parse("hello")


def test_symbol_from_file_names():
    assert [str(Symbol.from_filename(s)) for s in (
        "A_RES_79_166", "A_C.3_79_L.23-draft", "A_RES_79_166-nomast2", "A_RES_ES-11_1",
        "A_C.3_80_L.20_Rev.1", "S_RES_2682_2023", "S_PRST_2023_1")] == [
        "A/RES/79/166", "A/C.3/79/L.23", "A/RES/79/166", "A/RES/ES-11/1", "A/C.3/80/L.20/Rev.1",
        "S/RES/2682 (2023)", "S/PRST/2023/1"]
    assert Symbol.from_filename("notes") is None


def test_a_symbol_printed_with_its_part_names_the_part():
    # a resolution adopted in parts: "A/RES/77/290 B" is a document of its own
    part = Symbol.parse("A/RES/77/290 B")
    assert (part.work_number, part.resolution_number, part.url) == (
        "77-290B", "77/290", "https://undocs.org/en/A/RES/77/290B")
    with pytest.raises(SymbolError):
        Symbol.parse("A/RES/77/290 Bis")
