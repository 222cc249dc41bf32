"""The PDF reader on real UN PDFs (when the shared corpus is present) and on broken inputs."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import pypdfium2
import pytest

from converter.errors import (
    ConversionError,
    EncryptedPdfError,
    NoTextLayerError,
    UnreadableInputError,
)
from converter.languages import get_language
from converter.readers.blocks import BlockKind, SourceDocument
from converter.readers.pdf import read_pdf

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
RES_79_166 = CORPUS / "pdf" / "A_RES_79_166.pdf"

ENG = get_language("eng")


@pytest.fixture(scope="module")
def res_79_166() -> SourceDocument:
    if not RES_79_166.exists():
        pytest.skip("shared corpus not present")
    return read_pdf(RES_79_166, ENG)


def _texts(doc: SourceDocument) -> list[str]:
    return [b.text for b in doc.blocks if b.kind is BlockKind.TEXT]


def test_masthead_blocks_in_reading_order(res_79_166: SourceDocument) -> None:
    assert _texts(res_79_166)[:12] == [
        "United Nations",
        "General Assembly",
        "A/RES/79/166",
        "Distr.: General",
        "19 December 2024",
        "Seventy-ninth session",
        "Agenda item 71 (b)",
        "Promotion and protection of human rights: human rights questions, including "
        "alternative approaches for improving the effective enjoyment of human rights "
        "and fundamental freedoms",
        "Resolution adopted by the General Assembly on 17 December 2024",
        "[on the report of the Third Committee (A/79/458/Add.2, para. 99)]",
        "79/166. Enhancement of international cooperation in the field of human rights",
        "The General Assembly,",
    ]
    assert res_79_166.symbol_hint == "A/RES/79/166"
    assert res_79_166.pages == 4
    assert res_79_166.fmt == "pdf"


def test_footnotes_and_markers(res_79_166: SourceDocument) -> None:
    notes = [b for b in res_79_166.blocks if b.kind is BlockKind.FOOTNOTE]
    assert [n.marker for n in notes] == ["1", "2", "3", "4", "5", "6"]
    assert notes[0].text == "A/CONF.157/24 (Part I), chap. III."
    assert notes[1].text == "Resolution 55/2."
    assert [n.page for n in notes] == [1, 1, 1, 2, 2, 2]
    refs = [s.text for b in res_79_166.blocks if b.kind is BlockKind.TEXT
            for s in b.spans if s.note_ref]
    assert refs == ["1", "2", "3", "4", "5", "6"]


def test_links_cover_the_symbols(res_79_166: SourceDocument) -> None:
    links = {s.text: s.href for b in res_79_166.blocks for s in b.spans if s.href}
    assert "undocs.org" in links["70/1"]
    assert links["70/1"].endswith("A/RES/70/1")
    assert "55/2" in links  # in a footnote, without the full stop after it
    assert "A/CONF.157/24 (Part I)" in links


def test_page_furniture_is_dropped(res_79_166: SourceDocument) -> None:
    for block in res_79_166.blocks:
        for furniture in ("24-24160", "Please recycle", "2/4", "*2424160*"):
            assert furniture not in block.text
    # the running head (symbol) appears once only, from the masthead
    assert _texts(res_79_166).count("A/RES/79/166") == 1


def test_paragraph_split_by_a_page_break(res_79_166: SourceDocument) -> None:
    texts = [b for b in res_79_166.blocks if b.kind is BlockKind.TEXT]
    i = next(i for i, b in enumerate(texts) if b.text.endswith("held in Geneva from 20 to"))
    assert texts[i].starts_paragraph is True
    following = texts[i + 1]
    assert following.text.startswith("24 April 2009, and the political declarations")
    assert following.page == 2
    assert following.starts_paragraph in (False, None)


def test_paragraphs_and_styles(res_79_166: SourceDocument) -> None:
    texts = [b for b in res_79_166.blocks if b.kind is BlockKind.TEXT]
    first_op = next(b for b in texts if b.text.startswith("1. Reaffirms"))
    assert first_op.starts_paragraph is True
    assert first_op.spans[0].text == "1. " and not first_op.spans[0].italic
    assert first_op.spans[1].text == "Reaffirms" and first_op.spans[1].italic
    hyphenated = next(b for b in texts if b.text.startswith("Underlining that cooperation"))
    assert "relations of good-neighbourliness, coexistence" in hyphenated.text
    assert [b.text for b in texts[-2:]] == ["53rd plenary meeting", "17 December 2024"]
    assert all(s.italic for b in texts[-2:] for s in b.spans)


# -- broken inputs ------------------------------------------------------------

def _blank_pdf() -> bytes:
    pdf = pypdfium2.PdfDocument.new()
    pdf.new_page(612, 792)
    out = io.BytesIO()
    pdf.save(out)
    pdf.close()
    return out.getvalue()


def _assert_one_line_error(excinfo: pytest.ExceptionInfo, path: Path, code: int) -> None:
    message = str(excinfo.value)   # the file named by its path as given, not its base name
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert isinstance(excinfo.value, ConversionError)
    assert excinfo.value.exit_code == code


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(UnreadableInputError) as excinfo:
        read_pdf(path, ENG)
    _assert_one_line_error(excinfo, tmp_path / "empty.pdf", 4)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInputError) as excinfo:
        read_pdf(tmp_path / "nowhere.pdf", ENG)
    _assert_one_line_error(excinfo, tmp_path / "nowhere.pdf", 4)


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.pdf"
    path.write_bytes(os.urandom(4096))
    with pytest.raises(UnreadableInputError) as excinfo:
        read_pdf(path, ENG)
    _assert_one_line_error(excinfo, tmp_path / "noise.pdf", 4)


def test_corrupt_body(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(2048) + b"\n%%EOF\n")
    with pytest.raises(UnreadableInputError):
        read_pdf(path, ENG)


def test_truncated_pdf(tmp_path: Path) -> None:
    if not RES_79_166.exists():
        pytest.skip("shared corpus not present")
    data = RES_79_166.read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(UnreadableInputError) as excinfo:
        read_pdf(path, ENG)
    _assert_one_line_error(excinfo, tmp_path / "cut.pdf", 4)


def test_no_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(_blank_pdf())
    with pytest.raises(NoTextLayerError) as excinfo:
        read_pdf(path, ENG)
    _assert_one_line_error(excinfo, tmp_path / "scan.pdf", 6)


def test_encrypted_pdf(tmp_path: Path) -> None:
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        pytest.skip("qpdf not installed")
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(_blank_pdf())
    locked = tmp_path / "locked.pdf"
    subprocess.run([qpdf, "--encrypt", "secret", "owner", "256", "--", str(plain), str(locked)],
                   check=True)
    with pytest.raises(EncryptedPdfError) as excinfo:
        read_pdf(locked, ENG)
    _assert_one_line_error(excinfo, tmp_path / "locked.pdf", 5)
    assert "encrypted" in str(excinfo.value)
