"""A document whose language is read from its text is read once: the language is told from
its lines as printed (a PDF's page lines, a text's lines), then the pages or text are read
in it, giving what a conversion told the language from the start gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from converter import pipeline
from converter.languages import LanguageTable, get_language
from converter.pipeline import convert_file, serialize
from converter.readers import LoadedInput, load_input, read_loaded
from converter.readers.blocks import SourceDocument
from converter.readers.pdf import extract
from tests.conftest import CONVERTED
from tests.pdfgen import Text, build_pdf
from tests.test_languages import DOCS


def _french_pdf(tmp_path: Path) -> Path:
    """The French resolution, its body in 10 pt and, under the rule, a note whose star
    marker is in the same text object as the note's words."""
    body = [line for line in DOCS["fra"].split("____")[0].splitlines() if line.strip()]
    page = [Text(72, 62 + 14 * i, line) for i, line in enumerate(body)]
    y = 62 + 14 * len(body) + 20
    page += [Text(72, y, "__________________"),
             Text(72, y + 12, "* Nouveau tirage pour raisons techniques.", size=8.0)]
    path = tmp_path / "A_RES_77_116.pdf"
    path.write_bytes(build_pdf([page]))
    return path


def test_pdf_pages_are_extracted_once_when_the_language_is_detected(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = _french_pdf(tmp_path)
    told = serialize(convert_file(pdf, language="fra", converted=CONVERTED).tree)
    calls: list[Path] = []
    real = extract.extract_pages

    def counting(path: Path, data: bytes | None = None) -> list[extract.Page]:
        calls.append(path)
        return real(path, data)

    monkeypatch.setattr(extract, "extract_pages", counting)
    found = convert_file(pdf, converted=CONVERTED)
    assert calls == [pdf]
    assert b'language="fra"' in serialize(found.tree)
    assert serialize(found.tree) == told


@pytest.mark.parametrize("kind", ["pdf", "md", "txt"])
def test_a_french_document_is_read_once_in_french(tmp_path: Path, kind: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    if kind == "pdf":
        path = _french_pdf(tmp_path)
    else:
        path = tmp_path / f"A_RES_77_116.{kind}"
        text = DOCS["fra"].replace("L’Assemblée générale,", "*L’Assemblée générale*,")
        path.write_text(text if kind == "md" else DOCS["fra"], encoding="utf-8")
    told = serialize(convert_file(path, language="fra", converted=CONVERTED).tree)
    languages: list[str] = []
    real = pipeline.read_loaded

    def counting(loaded: LoadedInput, table: LanguageTable) -> SourceDocument:
        languages.append(table.code)
        return real(loaded, table)

    monkeypatch.setattr(pipeline, "read_loaded", counting)
    assert serialize(convert_file(path, converted=CONVERTED).tree) == told
    assert languages == ["fra"]


def test_reading_pages_leaves_them_as_they_were(tmp_path: Path) -> None:
    """The note's marker ("* Nouveau tirage …", one text object) is taken off a copy of its
    run, not off the page's run."""
    loaded = load_input(_french_pdf(tmp_path))
    french = get_language("fra")
    first = read_loaded(loaded, french)
    again = read_loaded(loaded, french)
    assert [(b.kind, b.marker, b.text) for b in again.blocks] == \
        [(b.kind, b.marker, b.text) for b in first.blocks]
    assert [b.marker for b in first.blocks if b.marker] == ["*"]
