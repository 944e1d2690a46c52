"""Score govmetrics on the layout batches written as Word files, web pages or PDFs, against the same gold.

    .venv/bin/python tests/layouts/score_formats.py FORMAT [BATCH ...] [--show N] [--tables]

FORMAT is docx, html, pdf, txt, indented or flat. Each batch document (a text file) is written
in that format the way an office would publish it: a Word paragraph per line (python-docx), an
HTML page with a `<p>` per line (spaces as `&nbsp;`, an empty line as `<p>&nbsp;</p>`),
or a text PDF wrapped at the margin with page numbers, a blank line's height of space for
each blank line, and no running header
(`tests/formats.py`, reportlab; on a document of one page a header cannot be told from
a title, and the default one names a list); txt writes the text again (the reference), and
indented writes it with every line indented by two full-width spaces, headings and table
rows too (text copied from a page of an official document, which indents every line), and
flat with no line indented (a Word file whose paragraphs are indented by their format, not
by characters, reads so). The library
reads each file as a user's would be read, and what it finds is scored against the
batch's gold. A format's text is not the text file's to the character (a PDF's wrapped
lines are joined, a web page's spaces are collapsed), so each predicted offset is moved
to the text file's by aligning the two texts (difflib); a span that falls in no aligned
stretch counts as a miss. What this measures is how much a document loses by coming
in another format; tabs, which HTML collapses, and a fixed-width table, which a PDF
wraps, are no way an office publishes a table, so those documents lose for the writing
here, not only for the reading. With --tables (docx, html, pdf), rows typed with tabs are
written as the format's tables instead, as offices publish them, and each offset is moved
by the reader's source map (the cell it came from), since a task table's cells are laid
out in another order than typed. Exit status 0 (it reports, it does not judge).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/formats.py
sys.path.insert(0, str(HERE.parent / "gold"))

import score as gold_score  # noqa: E402  tests/gold/score.py
from formats import CONTROL, Piece, docx_pieces, html_pieces, pdf_pieces, shown, texts, write_text_pdf  # noqa: E402
from score_layouts import batches  # noqa: E402

FORMATS = ("docx", "html", "pdf", "txt", "indented", "flat")
_INDENT = re.compile(r"(?m)^[ \u3000\u00a0]*(?=[^\s])")  # a line's indentation (a tab starts a row's empty cell)


def pieces(text: str) -> tuple[list[Piece], list[int]]:
    """The lines of `text`, each run of rows typed with tabs (two at least, of one width, with
    any one-cell line between two of them: a group's heading) as a table; and where each of
    their texts (`formats.texts`) starts in `text`."""
    lines = [line.rstrip("\r") for line in text.split("\n")]
    begins = [0]
    for line in text.split("\n"):
        begins.append(begins[-1] + len(line) + 1)
    tabbed = {i for i, line in enumerate(lines) if "\t" in line and line.strip("\t ")}
    out: list[Piece] = []
    starts: list[int] = []
    i = 0
    while i < len(lines):
        end = i
        while i in tabbed and (end + 1 in tabbed or (end + 2 in tabbed and lines[end + 1].strip())):
            end += 1 if end + 1 in tabbed else 2
        rows = [line.split("\t") for line in lines[i:end + 1]]
        if end == i or any(1 < len(row) != len(rows[0]) for row in rows):
            # one row, or rows of other widths: a cell of several lines, typed so in no table
            # (a Word table saved as text breaks a row there); the lines stay lines
            out += lines[i:end + 1]
            starts += begins[i:end + 1]
        else:
            width = len(rows[0])
            cells = [[begins[k] + sum(len(c) + 1 for c in row[:j]) for j in range(len(row))]
                     + [begins[k] + len(lines[k])] * (width - len(row)) for k, row in zip(range(i, end + 1), rows)]
            merges = [(r, 0, 1, width) for r, row in enumerate(rows) if len(row) == 1 and width > 1]
            out.append(([row + [""] * (width - len(row)) for row in rows], merges))
            starts += [cells[r][c] for r, c in shown(rows, merges)]
        i = end + 1
    return out, starts


def table_offsets(fmt: str, text: str, stem: Path) -> tuple[Path, Callable[[Any], dict[tuple[str, int], int]]]:
    """`text` written as `fmt` (docx, html or pdf) with its rows typed with tabs as tables,
    and what gives, for the document read from it, each source position (part, offset) the
    reader names → its offset in `text`."""
    written, starts = pieces(text)
    path = stem.with_suffix(f".{fmt}")
    where: dict[tuple[str, int], int] = {}
    if fmt == "docx":
        for part, piece, start in zip(docx_pieces(written, path), texts(written), starts):
            kept = [k for k, ch in enumerate(piece) if not CONTROL.match(ch)]  # what Word holds of it
            where.update(((part, at), start + k) for at, k in enumerate(kept))
    elif fmt == "html":
        for chars, start in zip(html_pieces(written, path), starts):
            where.update((("", at), start + k) for k, at in enumerate(chars))
    else:
        pdf_pieces(written, path, header="", blank_lines=True)
        return path, lambda document: _pdf_cells(document, written, starts)
    return path, lambda document: where


_PDF_CELL = re.compile(r"(page \d+ table \d+ row \d+ cell \d+) line (\d+)")


def _pdf_cells(document: Any, written: list[Piece], starts: list[int]) -> dict[tuple[str, int], int]:
    """The characters of a PDF's table cells → their offsets in the text: a PDF names a cell by
    its page, table, row and column, not by the row typed, so each cell the reader read is
    matched, in reading order, with the next typed cell of the same characters (white space
    aside); a cell cut by a page is left to the alignment of the texts."""
    typed: list[tuple[str, int]] = []
    at = 0
    for piece in written:
        shown_texts = [piece] if isinstance(piece, str) else [piece[0][r][c] for r, c in shown(*piece)]
        if not isinstance(piece, str):
            typed += [(t, starts[at + k]) for k, t in enumerate(shown_texts)]
        at += len(shown_texts)
    cells: dict[tuple[int, ...], list[tuple[int, int, str, str]]] = {}
    for offset, ch in enumerate(document.text):
        place = document.source_map.locate(offset)
        if place.exact and not ch.isspace() and (m := _PDF_CELL.fullmatch(place.part)):
            key = tuple(int(n) for n in re.findall(r"\d+", m.group(1)))  # page, table, row, column
            cells.setdefault(key, []).append((int(m.group(2)), place.offset, ch, place.part))
    where: dict[tuple[str, int], int] = {}
    k = 0
    for key in sorted(cells):  # the PDF's own order of cells, which is the order typed
        chars = sorted(cells[key])
        read = "".join(c for _, _, c, _ in chars)
        for j in range(k, len(typed)):
            text, start = typed[j]
            kept = [i for i, c in enumerate(text) if not c.isspace()]
            if "".join(text[i] for i in kept) == read:
                where.update(((part, index), start + i) for (_, index, _, part), i in zip(chars, kept))
                k = j + 1
                break
    return where


def write(fmt: str, text: str, stem: Path) -> Path:
    """`text` written as a file of `fmt` at `stem` with that format's suffix."""
    path = stem.with_suffix(".txt" if fmt in ("indented", "flat") else f".{fmt}")
    if fmt in ("docx", "html"):
        (docx_pieces if fmt == "docx" else html_pieces)(text.split("\n"), path)
    elif fmt == "pdf":
        write_text_pdf(text, path, header="", blank_lines=True)
    elif fmt in ("indented", "flat"):
        path.write_text(_INDENT.sub("\u3000\u3000" if fmt == "indented" else "", text), encoding="utf-8")
    else:
        path.write_text(text, encoding="utf-8")
    return path


def aligned(ours: str, theirs: str) -> dict[int, int]:
    """Each offset of `ours` in a stretch the two texts share → its offset in `theirs`."""
    out: dict[int, int] = {}
    for tag, i1, i2, j1, _ in difflib.SequenceMatcher(None, ours, theirs, autojunk=False).get_opcodes():
        if tag == "equal":
            out.update((i1 + k, j1 + k) for k in range(i2 - i1))
    return out


def predict(job: tuple[str, Path, Path, bool]) -> tuple[str, dict[str, list[dict]] | None, str | None]:
    """The gold-layout lines of one document read in `fmt`, at the text file's offsets."""
    import govmetrics
    from govmetrics.errors import GovmetricsError
    from govmetrics.output.export import gold_lines

    fmt, source, folder, tables = job
    text = govmetrics.read(source).text  # the text file as the library decodes it (GB18030, Big5 …)
    try:
        if tables:
            path, placed = table_offsets(fmt, text, folder / source.stem)
        else:
            path, placed = write(fmt, text, folder / source.stem), (lambda _: {})
        document = govmetrics.read(path)
    except GovmetricsError as e:
        return source.stem, None, str(e)
    moved, where = aligned(document.text, text), placed(document)

    def offset(at: int) -> int:
        # A table's cells are laid out in another order than typed: where the reader names
        # the cell a character came from, that says where it stands in the text file.
        if where and at < len(document.text):
            place = document.source_map.locate(at)
            if place.exact and (place.part, place.offset) in where:
                return where[place.part, place.offset]
        return moved.get(at, -1000)

    lines = {}
    for kind, rows in gold_lines(document).items():
        lines[kind] = [dict(row, doc=source.stem, start=offset(row["start"])) for row in rows]
    try:
        json.dumps(lines, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as e:  # what no export of the document could write either
        return source.stem, None, f"its text cannot be written as UTF-8 ({e.reason})"
    return source.stem, lines, None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("format", choices=FORMATS)
    ap.add_argument("batches", nargs="*", help="batch folders (default: all)")
    ap.add_argument("--show", type=int, default=0, help="list up to N missed and extra lines per kind")
    ap.add_argument("--tables", action="store_true",
                    help="docx, html, pdf: write rows typed with tabs as the format's tables")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred, files = (Path(tmp) / name for name in ("gold", "pred", "files"))
        for folder in (gold, pred, files):
            folder.mkdir()
        jobs, ids = [], []
        for batch in a.batches or batches():
            for source in sorted((HERE / batch / "docs").glob("*.txt")):
                jobs.append((a.format, source, files, a.tables))
                ids.append(source.stem)
                for g in (HERE / batch / "gold").glob(f"{source.stem}.*.jsonl"):
                    (gold / g.name).write_bytes(g.read_bytes())
        failed = []
        with ProcessPoolExecutor() as pool:
            for stem, lines, error in pool.map(predict, jobs, chunksize=4):
                if lines is None:
                    failed.append(f"{stem}: {error}")
                    continue
                for kind, rows in lines.items():
                    (pred / f"{stem}.{kind}.jsonl").write_text(
                        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{a.format}: {len(jobs)} documents, {len(failed)} not read" + "".join(f"\n  {f}" for f in failed))
        gold_score.main(["--gold", str(gold), "--pred", str(pred), "--docs", *ids, "--show", str(a.show)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
