"""The file writers of `govmetrics extract`, fed one document's rows at a time.

CSV, JSON Lines and Excel (openpyxl's write-only mode) write each document's flat rows
as they come; the text of a CSV or JSON Lines document is made apart from its file
(`text`), so that the worker that read the document makes it and the writing process
only writes it. Parquet and DuckDB type a decimal column at the scale its values need,
which is known only once every document is read, so their rows wait in a `Spill` (an
unnamed file in the output folder) and are written at the end in groups of `GROUP`
rows: memory holds one document and one group, never the whole folder.

The same input gives the same bytes: the Excel workbook carries no time of writing (its
document properties and its zip entries carry the zip format's first day, 1980-01-01), and the
random identifier DuckDB writes into a database's header is replaced by one made from
the file's content.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import pickle
import shutil
import struct
import tempfile
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from .rows import EXPORT, EXPORT_SOURCES, TABLES, Column, Rows
from .values import DECIMAL_PRECISION, arrow_schema, arrow_table, decimal_scale, json_value, text_cell

GROUP = 2_048  # rows a Parquet row group and a DuckDB insert hold
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the zip format's first day: the date of every entry of the workbook
Flat = list[dict[str, Any]]


class _TextFile:
    """A text file that a document's lines, made apart by the subclass's `text`, are written to."""

    def __init__(self, path: Path, encoding: str) -> None:
        self.file = path.open("w", encoding=encoding, newline="")

    def write(self, text: str) -> None:
        """Write lines made by `text`."""
        self.file.write(text)

    def close(self) -> None:
        self.file.close()


class CsvWriter(_TextFile):
    """The flat target rows as CSV, UTF-8 with a byte order mark (Excel needs it for Chinese)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "utf-8-sig")
        csv.writer(self.file).writerow(c.name for c in EXPORT)

    @staticmethod
    def text(flat: Flat) -> str:
        """The CSV lines of `flat` (made in a worker process when the CLI runs several)."""
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer)
        for row in flat:
            writer.writerow(text_cell(row[c.name], c) for c in EXPORT)
        return buffer.getvalue()


class JsonlWriter(_TextFile):
    """The flat target rows as JSON Lines (UTF-8, Chinese as written)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "utf-8")

    @staticmethod
    def text(flat: Flat) -> str:
        """The JSON lines of `flat` (made in a worker process when the CLI runs several)."""
        return "".join(json.dumps({c.name: json_value(row[c.name], c) for c in EXPORT}, ensure_ascii=False) + "\n"
                       for row in flat)


class XlsxWriter:
    """The flat target rows as an Excel sheet `targets` (numbers, dates and booleans typed)."""

    def __init__(self, path: Path) -> None:
        from openpyxl import Workbook  # imported here: only this format needs it
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        self.path = path
        self.illegal = ILLEGAL_CHARACTERS_RE
        self.book = Workbook(write_only=True)  # rows go to a temporary file, not to memory
        self.sheet = self.book.create_sheet("targets")
        self.sheet.append([c.name for c in EXPORT])

    def add(self, flat: Flat) -> None:
        for row in flat:
            cells = []
            for c in EXPORT:
                v = row[c.name]
                if c.type in ("list", "decimal"):
                    v = text_cell(v, c) or None
                if isinstance(v, str):  # Excel cannot hold control characters
                    v = self.illegal.sub("", v)
                cells.append(v)
            self.sheet.append(cells)

    def close(self) -> None:
        from openpyxl.writer.excel import ExcelWriter

        properties = self.book.properties
        properties.creator = "govmetrics"
        # openpyxl would write the time of writing; a file's bytes must not depend on the clock
        properties.created = properties.modified = datetime(*_ZIP_EPOCH)
        with _TimelessZip(self.path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            ExcelWriter(self.book, archive).save()


class _TimelessZip(zipfile.ZipFile):
    """A zip file whose entries all carry the same date and attributes, whatever the clock or system."""

    def _info(self, name: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=_ZIP_EPOCH)
        info.compress_type = self.compression
        info.create_system = 0
        return info

    def writestr(self, zinfo_or_arcname: str | zipfile.ZipInfo, data: str | bytes,  # type: ignore[override]
                 compress_type: int | None = None, compresslevel: int | None = None) -> None:
        name = zinfo_or_arcname.filename if isinstance(zinfo_or_arcname, zipfile.ZipInfo) else zinfo_or_arcname
        super().writestr(self._info(name), data)

    def write(self, filename: Any, arcname: str | None = None,  # type: ignore[override]
              compress_type: int | None = None, compresslevel: int | None = None) -> None:
        with open(filename, "rb") as source, self.open(self._info(arcname or str(filename)), "w") as target:
            shutil.copyfileobj(source, target, 1 << 20)


class Spill:
    """Each document's rows kept in an unnamed file in `folder`, and each table's decimal scale so far."""

    def __init__(self, folder: Path) -> None:
        self.file: IO[bytes] = tempfile.TemporaryFile(dir=folder)
        self.scales = dict.fromkeys(TABLES, 0)

    def add(self, rows: Rows) -> None:
        pickle.dump(rows, self.file, protocol=pickle.HIGHEST_PROTOCOL)
        for name, columns in TABLES.items():
            self.scales[name] = max(self.scales[name], decimal_scale(columns, getattr(rows, name)))

    def groups(self, table: str) -> Iterator[Flat]:
        """The rows of `table` ("export" for the flat rows) in document order, `GROUP` at a time."""
        self.file.seek(0)
        group: Flat = []
        while True:
            try:
                rows: Rows = pickle.load(self.file)
            except EOFError:
                break
            group += rows.export() if table == "export" else getattr(rows, table)
            while len(group) >= GROUP:
                yield group[:GROUP]
                group = group[GROUP:]
        if group:
            yield group

    def close(self) -> None:
        self.file.close()


def write_parquet(spill: Spill, path: Path) -> None:
    """The flat target rows as Parquet (decimal values, dates, lists of strings), a row group per `GROUP` rows."""
    import pyarrow.parquet as pq

    scale = spill.scales["targets"]  # the flat rows' decimals are the targets'
    with pq.ParquetWriter(path, arrow_schema(EXPORT, scale)) as writer:
        for group in spill.groups("export"):
            writer.write_table(arrow_table(EXPORT, group, scale), row_group_size=GROUP)


_SQL_TYPES = {"text": "VARCHAR", "int": "BIGINT", "float": "DOUBLE", "bool": "BOOLEAN", "date": "DATE",
              "list": "VARCHAR[]"}
_KEYS = {
    "documents": ("doc_id", ()),
    "tasks": ("task_id", (("doc_id", "documents"),)),
    "targets": ("target_id", (("task_id", "tasks"), ("doc_id", "documents"))),
    "deadlines": ("deadline_id", (("task_id", "tasks"), ("doc_id", "documents"))),
}
_ALIASES = {"documents": "d", "tasks": "k", "targets": "t"}


def _create_table(name: str, columns: tuple[Column, ...], scale: int) -> str:
    key, references = _KEYS[name]
    lines = [f'"{c.name}" {_SQL_TYPES.get(c.type) or f"DECIMAL({DECIMAL_PRECISION},{scale})"}'
             f'{" PRIMARY KEY" if c.name == key else ""}' for c in columns]
    lines += [f'FOREIGN KEY ("{col}") REFERENCES {table} ("{_KEYS[table][0]}")' for col, table in references]
    return f"CREATE TABLE {name} (\n  " + ",\n  ".join(lines) + "\n)"


def _target_rows_view() -> str:
    select = ", ".join(f'{_ALIASES[EXPORT_SOURCES[c.name]]}."{c.name}"' for c in EXPORT)
    return (f"CREATE VIEW target_rows AS SELECT {select} FROM targets t "
            "JOIN tasks k ON k.task_id = t.task_id JOIN documents d ON d.doc_id = t.doc_id "
            "ORDER BY d.doc_id, k.position, t.start, t.target_id")


def write_duckdb(spill: Spill, path: Path) -> None:
    """A DuckDB database: documents, tasks, targets, deadlines (keys between them), view target_rows."""
    import duckdb

    path.unlink(missing_ok=True)
    with duckdb.connect(str(path)) as con:
        for name, columns in TABLES.items():  # parents first, for the foreign keys
            scale = spill.scales[name]
            con.execute(_create_table(name, columns, scale))
            for group in spill.groups(name):
                con.register("incoming", arrow_table(columns, group, scale))
                con.execute(f"INSERT INTO {name} SELECT * FROM incoming")
                con.unregister("incoming")
        con.execute(_target_rows_view())
    _fix_database_id(path)


# DuckDB's main header: a checksum of the rest of its first block, the magic bytes, the
# storage version, flags, the library's version, and (from storage version 67 on, when
# not encrypted) a random 16-byte database identifier at _ID.
_HEADER = 4096
_ID = slice(124, 140)
_MULTIPLIER = 0xBF58476D1CE4E5B9


def _header_checksum(block: bytes) -> int:
    """DuckDB's checksum of a header block: 5381 xor each 8-byte word times a constant."""
    out = 5381
    for (word,) in struct.iter_unpack("<Q", block[8:_HEADER]):
        out ^= (word * _MULTIPLIER) & 0xFFFFFFFFFFFFFFFF
    return out


def _fix_database_id(path: Path) -> None:
    """Replace the random identifier in the database's header by the first bytes of a hash
    of the rest of the file (a header of another layout is left as DuckDB wrote it)."""
    with path.open("r+b") as f:
        block = bytearray(f.read(_HEADER))
        if len(block) < _HEADER or block[8:12] != b"DUCK":
            return
        version, flags = struct.unpack_from("<QQ", block, 12)
        if version < 67 or flags & 1 or struct.unpack_from("<Q", block)[0] != _header_checksum(block):
            return  # an older or encrypted layout, or a checksum this code does not know
        digest = hashlib.sha256()
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
        block[_ID] = digest.digest()[:16]
        struct.pack_into("<Q", block, 0, _header_checksum(block))
        f.seek(0)
        f.write(block)
