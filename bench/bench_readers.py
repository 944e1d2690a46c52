"""Speed of each reader on the corpora in its format (prints rates, never asserts).

    .venv/bin/python bench/bench_readers.py

The five corpora are written as GB18030 text, an HTML page, a .docx and a text PDF
(tests/formats.py, as the tests write them); the task table of the tests, repeated to
about the corpora's size, as .xlsx, .xls, .csv and a ruled PDF table. Each reader's rate
is the characters of text it gives per second, best of a few rounds.
"""

from __future__ import annotations

import html
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import formats  # noqa: E402  (the tests' writers of every format)

from govmetrics.reading.source import read_source  # noqa: E402

ROUNDS = 3


def _docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _html(text: str) -> str:
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n"))
    return f"<html><head><meta charset='utf-8'></head><body><div class='content'>{body}</div></body></html>"


def _rate(paths: list[Path]) -> tuple[int, float]:
    best = float("inf")
    chars = 0
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        chars = sum(len(read_source(p).text) for p in paths)
        best = min(best, time.perf_counter() - t0)
    return chars, best


def main() -> None:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").glob("*.txt"))}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        made: dict[str, list[Path]] = {k: [] for k in ("txt", "html", "docx", "pdf")}
        for stem, text in texts.items():
            made["txt"].append(folder / f"{stem}.txt")
            made["txt"][-1].write_bytes(text.encode("gb18030"))
            made["html"].append(folder / f"{stem}.html")
            made["html"][-1].write_text(_html(text), encoding="utf-8")
            made["docx"].append(folder / f"{stem}.docx")
            made["docx"][-1].write_bytes(_docx(text))
            made["pdf"].append(folder / f"{stem}.pdf")
            formats.write_text_pdf(text, made["pdf"][-1])
        copies = 110  # the table body repeated: about the corpora's size in characters
        table_rows, formats.TASK_ROWS = formats.TASK_ROWS, formats.TASK_ROWS * copies
        try:
            for kind, write in (("xlsx", formats.write_xlsx), ("xls", formats.write_xls), ("csv", formats.write_csv)):
                made[kind] = [folder / f"table.{kind}"]
                write(made[kind][0])
        finally:
            formats.TASK_ROWS = table_rows
        made["pdf table"] = [folder / "table.pdf"]
        formats.write_table_pdf(made["pdf table"][0], body_rows=copies)
        print(f"{'format':10} {'reader':28} {'characters':>10} {'seconds':>8} {'chars/s':>10}")
        readers = {"txt": "charset-normalizer + codecs", "html": "html.parser", "docx": "python-docx",
                   "pdf": "pypdfium2", "xlsx": "openpyxl", "xls": "xlrd", "csv": "csv (own parser)",
                   "pdf table": "pypdfium2"}
        for kind, paths in made.items():
            chars, seconds = _rate(paths)
            print(f"{kind:10} {readers[kind]:28} {chars:>10,} {seconds:>8.3f} {chars / seconds:>10,.0f}")


if __name__ == "__main__":
    main()
