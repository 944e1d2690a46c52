"""Bad files through the whole path (`govmetrics.read`, `read_many`): a typed error naming the
file on one line, or a warning, never a traceback from deep inside nor a silent empty result.

The 50 MB file is measured by bench/bench_memory.py (peak memory is a figure, not a unit test).
"""

from __future__ import annotations

import io
import zipfile
from functools import cache
from pathlib import Path

import pytest
from conftest import CORPUS_IDS, corpus_text

import govmetrics
from govmetrics import GovmetricsError, ReadError
from govmetrics.documents import find_documents, read_many
from govmetrics.reading.source import read_source

SMALL = "重点工作\n1.新增学位6750个,6月底前完成。\n牵头单位：市教育局\n2.建设公园3个。\n责任单位：市建设局、市财政局\n"


@cache
def _docx(doc_id: str = "cixi-2021") -> bytes:
    """A corpus document saved as .docx, one paragraph a line."""
    import docx

    document = docx.Document()
    for line in corpus_text(doc_id).splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _error(path: Path) -> ReadError:
    with pytest.raises(ReadError) as caught:
        govmetrics.read(path)
    error = caught.value
    message = str(error)
    assert message.startswith(str(path)) and "\n" not in message, message
    return error


@pytest.mark.parametrize("name,content", [
    ("empty.txt", b""), ("empty.docx", b""), ("empty.html", b""), ("blank.txt", " \r\n\u3000\n\t".encode("utf-8")),
    ("bom-only.txt", b"\xef\xbb\xbf"),
])
def test_an_empty_file_is_an_error_naming_it(tmp_path: Path, name: str, content: bytes) -> None:
    (tmp_path / name).write_bytes(content)
    assert "empty" in _error(tmp_path / name).problem


@pytest.mark.parametrize("fraction", [0.01, 0.2, 0.5, 0.9, 0.999])
def test_a_truncated_docx_is_an_error_naming_it(tmp_path: Path, fraction: float) -> None:
    whole = _docx()
    path = tmp_path / "cut.docx"
    path.write_bytes(whole[: int(len(whole) * fraction)])
    assert ".docx" in _error(path).problem


def test_a_docx_with_damaged_parts_is_an_error_naming_it(tmp_path: Path) -> None:
    source = zipfile.ZipFile(io.BytesIO(_docx()))
    for damage in ("drop", "garble"):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            for item in source.infolist():
                data = source.read(item)
                if item.filename == "word/document.xml":
                    if damage == "drop":
                        continue
                    data = data[: len(data) // 2]
                archive.writestr(item.filename, data)
        path = tmp_path / f"{damage}.docx"
        path.write_bytes(out.getvalue())
        assert "docx" in _error(path).problem


@pytest.mark.parametrize("name,content,kind", [
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
    ("scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "PNG"),
    ("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "JPEG"),
    ("report.docx", b"%PDF-1.4\n1 0 obj\n", "PDF"),
    ("page.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
])
def test_a_pdf_or_image_given_as_text_is_an_error_naming_it(tmp_path: Path, name: str, content: bytes,
                                                           kind: str) -> None:
    (tmp_path / name).write_bytes(content)
    assert kind in _error(tmp_path / name).problem


def _misread_snippets() -> list[tuple[str, bytes]]:
    """Short GB18030 pieces of the corpora and their bytes, where the detector reads them wrong."""
    out = []
    for doc_id in CORPUS_IDS:
        text = corpus_text(doc_id)
        for start in range(500, len(text) - 20, 211):
            snippet = text[start:start + 6 + start % 11].strip()
            raw = snippet.encode("gb18030")
            if snippet and read_source(raw, name="s.txt").text != snippet:
                out.append((snippet, raw))
    return out


def test_a_misdetected_encoding_is_always_said() -> None:
    misread = _misread_snippets()
    assert misread, "no short snippet fooled the detector: the test exercises nothing"
    for snippet, raw in misread:
        warnings = read_source(raw, name="short.txt").warnings
        assert any("short.txt" in w and "low confidence" in w for w in warnings), snippet


def test_the_warning_reaches_the_document(tmp_path: Path) -> None:
    _, raw = _misread_snippets()[0]
    path = tmp_path / "guess.txt"
    path.write_bytes(raw)
    doc = govmetrics.read(path, year=2021)
    assert any("guess.txt" in w and "low confidence" in w for w in doc.warnings)
    assert any("no targets found" in w for w in doc.warnings)  # not a silent empty result


def test_a_folder_with_bad_files_among_good_ones(tmp_path: Path) -> None:
    (tmp_path / "a-small.txt").write_text(SMALL, encoding="gb18030")
    (tmp_path / "b-cixi.docx").write_bytes(_docx())
    (tmp_path / "c-empty.docx").write_bytes(b"")
    (tmp_path / "d-cut.docx").write_bytes(_docx()[:5000])
    (tmp_path / "e-scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "f-pdf.txt").write_bytes(b"%PDF-1.4\n")
    outcomes = list(read_many(find_documents([tmp_path]), year=2021))
    assert [o.path.name for o in outcomes] == ["a-small.txt", "b-cixi.docx", "c-empty.docx", "d-cut.docx",
                                               "e-scan.txt", "f-pdf.txt"]
    good, bad = outcomes[:2], outcomes[2:]
    assert [len(o.document.tasks) for o in good] == [2, len(govmetrics.parse_document(corpus_text("cixi-2021")).tasks)]
    assert all(o.error is None for o in good)
    for o in bad:
        assert o.document is None and isinstance(o.error, ReadError)
        assert str(o.error).startswith(str(o.path)) and "\n" not in str(o.error)


def test_text_that_is_no_document_gives_a_warning_not_an_error() -> None:
    for text in ("\x00\x01\x02", "只有一句话。", "一、\n二、\n(一)\n", "\ufeff", "\r\n" * 50):
        try:
            doc = govmetrics.parse_document(text, year=2021)
        except GovmetricsError as e:
            assert "\n" not in str(e)
            continue
        assert not doc.tasks and doc.warnings
