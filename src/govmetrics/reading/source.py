"""Reading a document as published: a text file in any Chinese encoding, an HTML page,
a Word .docx, a PDF or a spreadsheet, into one text with a map back to the file.

- .txt: the encoding is detected (`govmetrics.reading.encoding`: UTF-8 with or without BOM,
  GB18030/GBK, Big5, UTF-16 …); the text is the file's characters exactly as decoded,
  so offsets into it are offsets into the file read in that encoding. Among candidates
  the detector rates equally, the one usual for Chinese documents is taken, and when
  the choice is not clear a warning says so.
- .html / .htm: the page's main text (`govmetrics.reading.htmlpage`).
- .docx: paragraphs and tables (`govmetrics.reading.docxfile`).
- .pdf with a text layer (`govmetrics.reading.pdf`).
- .xlsx / .xls workbooks and .csv / .tsv in any encoding above (`govmetrics.reading.sheets`).

Every problem is one `ReadError` naming the file and what to do: empty, binary (an
image, an archive, a PDF named as text), a format not read (.doc, .wps, .et, .ofd …:
convert it), a scanned or password-protected or damaged PDF, a damaged .docx or
workbook, undecodable bytes.
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..lexicon import compiled
from .encoding import BOMS, SAMPLE, byte_codec, choose, chunks, decode, decode_chunks, file_chunks, sample
from .sourcemap import SourceMap, SourcePosition

__all__ = ["ReadText", "SourceMap", "SourcePosition", "read_source", "decode"]

_NOT_SPACE = compiled.compile(r"\S")
# File signatures of formats that are not text, with the advice given.
_SIGNATURES = (
    (b"%PDF-", "is a PDF file under another name; name it .pdf to read it"),
    (b"\x89PNG\r\n\x1a\n", "is a PNG image, not a document; run OCR first"),
    (b"\xff\xd8\xff", "is a JPEG image, not a document; run OCR first"),
    (b"GIF87a", "is a GIF image, not a document"),
    (b"GIF89a", "is a GIF image, not a document"),
    (b"II*\x00", "is a TIFF image, not a document; run OCR first"),
    (b"MM\x00*", "is a TIFF image, not a document; run OCR first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "is an old Word/Excel/WPS file (.doc/.xls/.wps); name an .xls "
                                            "workbook .xls, save a .doc/.wps document as .docx"),
    (b"Rar!", "is a RAR archive, not a document"),
    (b"\x1f\x8b", "is a gzip archive, not a document"),
    (b"7z\xbc\xaf\x27\x1c", "is a 7z archive, not a document"),
)
_TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class ReadText:
    """What a reader returns: the text, its map to the source, and how it was read.

    `hints` holds metadata the file itself carries (an HTML page's <meta> title and
    publish date, a .docx's title property), for `metadata.extract`.
    """

    text: str
    source_map: SourceMap
    source_format: str
    encoding: str | None
    path: str | None
    warnings: tuple[str, ...] = ()
    hints: dict[str, Any] = field(default_factory=dict)


def _check_binary(data: bytes, name: str) -> None:
    if not data:
        raise ReadError(name, "empty file (0 bytes)")
    for signature, problem in _SIGNATURES:
        if data.startswith(signature):
            raise ReadError(name, problem)
    if data.startswith(b"PK\x03\x04"):
        raise ReadError(name, "is a zip archive; a Word file must be named .docx")


def _read_text(data: bytes, name: str, path: str | None) -> ReadText:
    """A text file: `data` is the whole file, or only its head when `path` is given
    (then the rest is streamed from the file, so memory stays near the text's size)."""
    _check_binary(data, name)
    if b"\x00" in data[:SAMPLE] and not any(data.startswith(b) for b, _ in BOMS):
        import charset_normalizer  # only for a file with NUL bytes

        results = charset_normalizer.from_bytes(sample(data))
        if not any(r.encoding.startswith(("utf_16", "utf_32")) for r in results):
            raise ReadError(name, "binary file (holds NUL bytes and is no text encoding)")
    codec, bom, warnings = choose(data, name)
    pieces = file_chunks(Path(path), bom) if path is not None else chunks(data, bom)
    text = decode_chunks(pieces, codec, bom, name)
    if not _NOT_SPACE.search(text):
        raise ReadError(name, "empty file (only white space)")
    smap = SourceMap.identity(text, byte_codec(codec), bom)
    return ReadText(text, smap, "text", codec, path, tuple(warnings))


def _read_html(data: bytes, name: str, path: str | None) -> ReadText:
    from .htmlpage import html_to_text

    _check_binary(data, name)
    text, codec, bom, warnings = decode(data, name)
    body, smap, hints = html_to_text(text, byte_codec(codec), bom)
    if not body.strip():
        raise ReadError(name, "the page holds no main text")
    return ReadText(body, smap, "html", codec, path, tuple(warnings), hints)


def _raised_by_us(e: BaseException) -> bool:
    """Whether an exception was raised in the library's own code (its last frame in govmetrics),
    not in the parser of a file format, which raises for a damaged file."""
    tb = e.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb is not None and Path(tb.tb_frame.f_code.co_filename).is_relative_to(_PACKAGE)


_PACKAGE = Path(__file__).resolve().parent.parent


def _read_docx(data: bytes, name: str, path: str | None) -> ReadText:
    from .docxfile import docx_to_text

    if not data:
        raise ReadError(name, "empty file (0 bytes)")
    if not data.startswith(b"PK"):
        _check_binary(data, name)
        raise ReadError(name, "not a .docx file (no zip archive inside)")
    try:
        text, smap, hints = docx_to_text(data)
    except Exception as e:
        if _raised_by_us(e):
            raise  # a fault of the library's own, not of the file: shown as it is
        if isinstance(e, (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError)):
            raise ReadError(name, f"damaged or truncated .docx ({type(e).__name__}: {e})") from None
        # python-docx raises its own types (PackageNotFoundError …) for bad parts
        raise ReadError(name, f"not a readable .docx ({type(e).__name__}: {e})") from None
    if not text.strip():
        raise ReadError(name, "the .docx holds no text")
    return ReadText(text, smap, "docx", None, path, (), hints)


def _read_pdf(data: bytes, name: str, path: str | None) -> ReadText:
    from .pdf import PdfProblem, pdf_to_text

    if not data:
        raise ReadError(name, "empty file (0 bytes)")
    if not data[:1024].lstrip().startswith(b"%PDF-"):
        _check_binary(data, name)
        raise ReadError(name, "not a PDF file (no %PDF- signature); check the file's real format")
    try:
        text, smap, warnings = pdf_to_text(data)
    except PdfProblem as e:
        raise ReadError(name, str(e)) from None
    if not text.strip():
        raise ReadError(name, "the PDF holds no text outside its page headers and footers")
    return ReadText(text, smap, "pdf", None, path, tuple(f"{name}: {w}" for w in warnings))


def _read_workbook(data: bytes, name: str, path: str | None) -> ReadText:
    """.xlsx / .xls by content: a zip is an .xlsx, an OLE file an .xls; a web page or a
    text saved under a spreadsheet's name (as sites export tables) is read as what it is."""
    from .sheets import workbook_to_text

    if not data:
        raise ReadError(name, "empty file (0 bytes)")
    if data.startswith(_OLE):
        if "EncryptedPackage".encode("utf-16-le") in data[:1 << 16]:
            raise ReadError(name, "is a password-protected workbook; open it with the password and save an "
                                  "unprotected .xlsx copy")
        kind = "xls"
    elif data.startswith(b"PK\x03\x04"):
        kind = "xlsx"
    elif _sniff(data) == ".html":
        return _read_html(data, name, path)
    elif Path(name).suffix.lower() == ".xls":
        _check_binary(data, name)
        return _read_delimited(data, name, path)
    else:
        _check_binary(data, name)
        raise ReadError(name, "not an .xlsx workbook (no zip archive inside); check the file's real format")
    try:
        text, smap, hints = workbook_to_text(data, kind)
    except Exception as e:  # openpyxl, xlrd and zipfile each raise their own types for a damaged file
        if _raised_by_us(e):
            raise  # a fault of the library's own, not of the file: shown as it is
        if "encrypt" in str(e).lower():
            raise ReadError(name, "is a password-protected workbook; open it with the password and save an "
                                  "unprotected .xlsx copy") from None
        raise ReadError(name, f"damaged or unreadable .{kind} workbook ({type(e).__name__}: {e}); "
                              "open it in a spreadsheet program and save it anew as .xlsx") from None
    if not text.strip():
        raise ReadError(name, "the workbook holds no text")
    return ReadText(text, smap, kind, None, path, (), hints)


def _read_delimited(data: bytes, name: str, path: str | None) -> ReadText:
    from .sheets import delimited_to_text

    _check_binary(data, name)
    text, codec, bom, warnings = decode(data, name)
    suffix = Path(name).suffix.lower()
    body, smap = delimited_to_text(text, suffix if suffix in (".csv", ".tsv") else ".tsv", byte_codec(codec), bom)
    if not body.strip():
        raise ReadError(name, "empty file (only white space)")
    return ReadText(body, smap, "csv", codec, path, tuple(warnings))


def _sniff(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if data.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
        return ".docx"
    if data.startswith(b"%PDF-"):
        return ".pdf"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head or b"<body" in head:
        return ".html"
    return ".txt"


_READERS = {".docx": _read_docx, ".pdf": _read_pdf, ".xlsx": _read_workbook, ".xlsm": _read_workbook,
            ".xls": _read_workbook, ".csv": _read_delimited, ".tsv": _read_delimited, **{s: _read_html for s in _HTML_SUFFIXES}, **{s: _read_text for s in _TEXT_SUFFIXES}}
# Formats no reader here reads, each with what to do; a folder scan names them as unreadable.
_CONVERT = "in WPS Office or LibreOffice (soffice --headless --convert-to"
_UNSUPPORTED = {
    ".doc": f"old Word .doc is not read; save it as .docx {_CONVERT} docx FILE)",
    ".wps": f"WPS documents are not read; save it as .docx {_CONVERT} docx FILE)",
    ".et": f"WPS spreadsheets are not read; save it as .xlsx {_CONVERT} xlsx FILE)",
    ".ett": f"WPS spreadsheet templates are not read; save it as .xlsx {_CONVERT} xlsx FILE)",
    ".dps": "WPS presentations are not read; export the slides as PDF",
    ".ofd": "OFD files are not read; export it as PDF (with its text) from an OFD reader, or save it as .docx",
    ".rtf": f"RTF is not read; save it as .docx {_CONVERT} docx FILE)",
    ".odt": f"OpenDocument text is not read; save it as .docx {_CONVERT} docx FILE)",
    ".ods": f"OpenDocument spreadsheets are not read; save it as .xlsx {_CONVERT} xlsx FILE)",
    ".xlsb": f"binary .xlsb workbooks are not read; save it as .xlsx {_CONVERT} xlsx FILE)",
    **{s: "images are not read; run OCR on it first (e.g. ocrmypdf -l chi_sim after converting it to PDF)"
       for s in (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif")},
    **{s: "archives are not read; unpack it and read the documents inside" for s in (".zip", ".rar", ".7z")},
}
_READABLE = (".txt", ".html", ".htm", ".docx", ".pdf", ".xlsx", ".xlsm", ".xls", ".csv", ".tsv")
# What a folder scan picks up: every readable format, and the unreadable document formats
# so that each is named as unreadable rather than passed over in silence.
FOLDER_SUFFIXES = _READABLE + (".doc", ".wps", ".et", ".ett", ".ofd", ".rtf", ".odt", ".ods", ".xlsb")


def read_source(source: str | os.PathLike[str] | bytes, *, name: str | None = None) -> ReadText:
    """Read a file (a path) or its bytes into text with a source map.

    The format comes from the file name's suffix (`name` for bytes, when given), else
    from the content. Raises ReadError naming the file for any input that is not a
    readable document.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        data, path = bytes(source), None
        label = name or "<bytes>"
        suffix = Path(name).suffix.lower() if name else _sniff(data)
    else:
        p = Path(source)
        path = label = str(p)
        suffix = p.suffix.lower()
        if p.is_dir():
            raise ReadError(label, "is a folder, not a file")
        try:
            with p.open("rb") as f:
                data = f.read(SAMPLE) if suffix in _TEXT_SUFFIXES else f.read()
                if not suffix:
                    suffix = _sniff(data)
                    data = data if suffix == ".txt" else data + f.read()
        except OSError as e:
            raise ReadError(label, f"cannot be read ({e.strerror or e})") from None
    if suffix in _UNSUPPORTED:
        # Sites often serve a web page, a .docx or a PDF under an old name (.doc, .wps): read what it is.
        actual = _sniff(data)
        if actual == ".txt" or suffix not in (".doc", ".wps", ".rtf"):
            raise ReadError(label, _UNSUPPORTED[suffix])
        suffix = actual
    reader = _READERS.get(suffix)
    if reader is None:
        raise ReadError(label, f"unsupported format {suffix!r} (read: {', '.join(_READABLE)})")
    return reader(data, label, path)
