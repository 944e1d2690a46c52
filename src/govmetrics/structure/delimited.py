"""The fields of a spreadsheet row saved as delimited text (CSV, or tab-separated).

Written by hand rather than with the standard `csv` module because every field must keep
its offsets into the source text, and a row is read from inside a larger document, where
a stray quote in prose must not swallow the lines after it.
"""

from __future__ import annotations

from ..lexicon.labels import SPACE
from .tablecells import piece

Span = tuple[int, int] | None
MAX_LINES = 24  # the lines one quoted cell may run over


def delimited_row(text: str, begin: int, separator: str, quotes: bool = True) -> tuple[list[Span], int] | None:
    """The fields of a spreadsheet row saved as delimited text (CSV, or tabs) from `begin`
    and where the row ends. A field that opens with a double quote is one cell up to its
    closing quote, over separators and line breaks: a spreadsheet quotes a cell that holds
    them ("3月底前完成征迁；⏎6月底前开工建设"), a doubled quote inside it one quote. None when a
    quote stays open over more lines than a row spans (a stray quote, not a cell's); with
    `quotes` off a quote is a character like any other."""
    spans, start, k = [], begin, begin
    while True:
        if quotes and k < len(text) and text[k] == '"' and not text[start:k].strip(SPACE):
            k = _closing_quote(text, k + 1)
            if k < 0:
                return None
        elif k >= len(text) or text[k] in (separator, "\n"):
            spans.append(piece(text, start, k, '"'))
            if k >= len(text) or text[k] == "\n":
                return spans, k
            start = k + 1
        k += 1


def _closing_quote(text: str, k: int) -> int:
    """Where the quoted field opened before `k` closes, or -1 past MAX_LINES lines."""
    lines = 0
    while k < len(text):
        if text[k] == '"':
            if text[k + 1:k + 2] != '"':
                return k
            k += 1
        elif text[k] == "\n":
            lines += 1
            if lines >= MAX_LINES:
                return -1
        k += 1
    return -1
