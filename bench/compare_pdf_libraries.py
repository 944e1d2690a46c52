"""The PDF libraries compared on the corpora as text PDFs with the standard Chinese CID font
(STSong-Light, UniGB-UCS2-H, not embedded, as tests/formats.py writes them) and on the
tests' ruled task table (prints figures, never asserts).

    .venv/bin/pip install pdfplumber pymupdf   # the candidates not among the dependencies
    .venv/bin/python bench/compare_pdf_libraries.py

For each installed library: the seconds to get every character of the five corpora,
the characters a second, how many of the corpus's characters are missing from what it
gives (a character its CID mapping lost), the ruled table's grid as its table finder
sees it (pypdfium2 has none: govmetrics' own grid finder over its ruling lines is
shown), and the licence its package declares.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import formats  # noqa: E402


def _pdfplumber(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "".join(c["text"] for page in pdf.pages for c in page.chars)


def _pdfplumber_table(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        table = pdf.pages[0].find_tables()[0]
        merged = sum(1 for row in table.rows for cell in row.cells if cell is None)
        return f"{len(table.rows)} rows x {len(table.rows[0].cells)} columns, {merged} places merged"


def _pypdfium2(path: Path) -> str:
    import pypdfium2

    out = []
    for page in pypdfium2.PdfDocument(path):
        textpage = page.get_textpage()
        out.append(textpage.get_text_range())
        for i in range(textpage.count_chars()):
            textpage.get_charbox(i, loose=True)
    return "".join(out)


def _pypdfium2_table(path: Path) -> str:
    import pypdfium2
    import pypdfium2.raw as raw

    from govmetrics.reading.pdfpage import grids, rulings

    grid = grids(*rulings(pypdfium2.PdfDocument(path)[0], raw))[0]
    cells = [cell for row in grid.cell_of for cell in row]
    merged = len(cells) - len(set(cells))
    return f"{len(grid.ys) - 1} rows x {len(grid.xs) - 1} columns, {merged} places merged (govmetrics' grid finder)"


def _pymupdf(path: Path) -> str:
    import pymupdf

    out = []
    for page in pymupdf.open(path):
        for block in page.get_text("rawdict")["blocks"]:
            for line in block.get("lines", []):
                for span in line["spans"]:
                    out.extend(c["c"] for c in span["chars"])
    return "".join(out)


def _pymupdf_table(path: Path) -> str:
    import pymupdf

    table = pymupdf.open(path)[0].find_tables().tables[0]
    merged = sum(1 for row in table.extract() for cell in row if cell is None)
    return f"{table.row_count} rows x {table.col_count} columns, {merged} places merged"


LIBRARIES = {"pdfplumber": ("pdfplumber", _pdfplumber, _pdfplumber_table),
             "pypdfium2": ("pypdfium2", _pypdfium2, _pypdfium2_table),
             "pymupdf": ("PyMuPDF", _pymupdf, _pymupdf_table)}


def _licence(package: str) -> str:
    meta = importlib.metadata.metadata(package)
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License")]
    return meta.get("License-Expression") or (meta.get("License") or "").split("\n")[0] or ", ".join(classifiers)


def main() -> None:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").glob("*.txt"))}
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for stem, text in texts.items():
            paths[stem] = Path(tmp) / f"{stem}.pdf"
            formats.write_text_pdf(text, paths[stem])
        table = Path(tmp) / "table.pdf"
        formats.write_table_pdf(table)
        total = sum(len(re.sub(r"\s", "", t)) for t in texts.values())
        print(f"corpora: {len(texts)} text PDFs, {total:,} characters (white space aside)")
        for name, (package, chars, table_finder) in LIBRARIES.items():
            if importlib.util.find_spec(name) is None:
                print(f"{name:11} not installed")
                continue
            chars(paths[next(iter(paths))])  # load the library once
            best = float("inf")
            for _ in range(3):
                t0 = time.perf_counter()
                got = {stem: chars(path) for stem, path in paths.items()}
                best = min(best, time.perf_counter() - t0)
            missing = sum(sum((Counter(re.sub(r"\s", "", texts[s])) - Counter(re.sub(r"\s", "", got[s]))).values())
                          for s in texts)
            print(f"{name:11} {best:6.3f} s {total / best:>10,.0f} chars/s  missing {missing:>3}  "
                  f"table: {table_finder(table)}  licence: {_licence(package)}")


if __name__ == "__main__":
    main()
