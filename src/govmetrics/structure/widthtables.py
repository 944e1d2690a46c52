"""A task table saved as fixed-width text (layouts §4, §10): cells set apart by runs of spaces.

A PDF page extracted with its layout kept (`pdftotext -layout`), or a table printed to a text
file, keeps each column at its place on the line: `序号    任务事项    量化目标    调度领导 …`.
A cell too long for its column wraps onto the lines below, in the same column; an empty
cell is only a longer run of spaces. So cells are placed by where they stand: the header's
cells give each column's start (in display columns, a CJK character two wide, as the page
showed it), and every piece of a line goes to the column whose start is nearest its own; a
line with a piece for every column (cells set apart by spaces but not aligned) is read in
order. A line that holds
the next row number in the number column starts a row; any other line carries on the row
above, piece by piece in its columns; a short line alone at the left between rows
(一、产业提质) is a heading row; the table goes on over blank lines and a page's foot between
rows (before a heading row too), and after a page break where its header is printed again. A header cell wrapped onto a
second line (责任⏎区领导) is read whole; rule lines (a reStructuredText simple table's
`====  ======`, `------`) are skipped. Offsets are offsets into the text as given.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..lexicon import compiled
from ..lexicon.columns import header_roles
from ..lexicon.labels import SPACE, data
from .lines import Line
from .paragraphs import ordinal
from .ruledtables import is_rule
from .tablecells import TextCell, TextTable, piece

PAGE_BREAK = "\f"  # pdftotext starts each page with one: no width, no part of a cell


@cache
def _space_run() -> re.Pattern[str]:
    """A run of spaces between two cells ([text_tables] space_run of them at least)."""
    return compiled.compile(f"[{SPACE}{PAGE_BREAK}]{{{data()['text_tables']['space_run']},}}")


def _width(ch: str) -> int:
    if ch == PAGE_BREAK:
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _pieces(text: str, line: Line) -> list[tuple[int, int, int]]:
    """The pieces of a line between runs of spaces: (display column, start, end)."""
    begin = text.rfind("\n", 0, line.start) + 1
    out, column, at = [], 0, begin
    runs = [(m.start() + line.start, m.end() + line.start) for m in _space_run().finditer(line.text)]
    edges = [(line.start, line.start), *runs, (line.end, line.end)]
    for (_, s), (e, _) in zip(edges, edges[1:]):
        column += sum(_width(ch) for ch in text[at:s])
        at = s
        if (span := piece(text, s, e, PAGE_BREAK)) is not None:
            out.append((column, *span))
    return out


def _is_row_number(text: str, span: tuple[int, int], n: int | None) -> bool:
    """Whether the piece at `span` numbers row `n`; any number for the first row (None): a
    table may go on numbering the list above it (tasks 1–8 in paragraphs, 9–12 in a table)."""
    written = text[span[0]:span[1]].rstrip(".．、")
    if not (written.isdigit() and written.isascii() or all(c in data()["numbering"]["arabic"] for c in written)):
        return False  # (a number typed full width, １０, on an older office system, counts too)
    number = ordinal(written) if written else None
    return number == n if n is not None else number is not None and number > 0


def fixed_width_table(text: str, lines: list[Line], i: int) -> TextTable | None:
    """The table whose header is line `i`, its cells set apart by runs of spaces, or None."""
    header = _pieces(text, lines[i])
    if len(header) < data()["text_tables"]["min_columns"]:
        return None
    starts = [column for column, _, _ in header]
    names = [text[s:e] for _, s, e in header]
    k = i + 1
    below = _header_below(text, lines, k, starts)
    if below is not None:
        names = [name + below.get(c, "") for c, name in enumerate(names)]  # 责任⏎区领导, 完成⏎时限
        k += 1
    roles = header_roles(names)
    if roles is None or roles[0] != "number":
        return None  # rows are told by their numbers: a fixed-width table numbers them first
    rows: list[list[list[tuple[int, int]]]] = []
    number: int | None = None  # the next row number (the first may be any)
    text_column: int | None = None
    while k < len(lines):
        if is_rule(lines[k]):
            k += 1  # a rule under the header or between groups (reStructuredText: ====  ======, ------)
            continue
        if lines[k].kind == "blank":
            # The table goes on over blank lines and a page's foot between rows, and over a
            # page break where its header is printed again.
            again = next((j for j in range(k, len(lines)) if lines[j].kind != "blank"), len(lines))
            if again < len(lines) and (_starts_row(text, lines, again, starts, number)
                                       or _heading_row(text, lines, again, starts, number)):
                k = again
                continue
            if again == len(lines) or [text[s:e] for _, s, e in _pieces(text, lines[again])] != names[:len(starts)]:
                break
            starts = [column for column, _, _ in _pieces(text, lines[again])]
            k = again + 1
            continue
        found = _pieces(text, lines[k])
        # A line with a piece for every column needs no places: cells set apart by runs of
        # spaces but not aligned (typed, or copied from a page) are read in order.
        columns = list(range(len(found))) if len(found) == len(starts) else [
            _column(starts, column) for column, _, _ in found]
        if columns[0] == 0 and _is_row_number(text, found[0][1:], number):
            rows.append([[] for _ in starts])
            number = int(text[found[0][1]:found[0][2]].rstrip(".．、")) + 1
            text_column = found[1][0] if len(found) > 1 else None  # where the row's text begins
        elif not (rows and found[0][0] == text_column) and _heading_row(text, lines, k, starts, number):
            # A heading row (一、产业提质): a cell of its own, like a row line's heading; not the
            # row's text wrapped under its first line, left of a centred header.
            rows.append([[found[0][1:]]] + [[] for _ in starts[1:]])
            k += 1
            continue
        elif not rows or columns[0] == 0:
            break  # no row yet, or the number column holds something else: the table is over
        for column, (_, s, e) in zip(columns, found):
            rows[-1][column].append((s, e))
        k += 1
    if not rows:
        return None
    while lines[k - 1].kind == "blank":
        k -= 1
    cells = tuple(tuple(TextCell(tuple(p)) for p in row) for row in rows)
    return TextTable(i, k - 1, tuple(roles), cells)


def _header_below(text: str, lines: list[Line], k: int, starts: list[int]) -> dict[int, str] | None:
    """The header's second line (a header cell wrapped: 责任⏎区领导), by column: a line of short
    pieces each standing under a header cell, no row number among them; None when line `k`
    is no such line."""
    if k >= len(lines) or lines[k].kind == "blank":
        return None
    found = _pieces(text, lines[k])
    if not found or len(found) >= len(starts) or _column(starts, found[0][0]) == 0:
        return None
    placed = {_column(starts, column): text[s:e] for column, s, e in found}
    if len(placed) < len(found) or any(len(v) > 4 for v in placed.values()):
        return None
    return placed


def _column(starts: list[int], column: int) -> int:
    """The column a piece starting at display `column` stands in: the one whose header starts
    nearest (a row or a wrapped piece may stand a few columns off its header, either way)."""
    return min(range(len(starts)), key=lambda c: (abs(starts[c] - column), c))


def _heading_row(text: str, lines: list[Line], k: int, starts: list[int], number: int | None) -> bool:
    """Whether line `k` is a heading row (一、民生保障): one piece, left of the second column,
    with row `number` starting on the next line."""
    found = _pieces(text, lines[k])
    return len(found) == 1 and found[0][0] < starts[1] and _starts_row(text, lines, k + 1, starts, number)


def _starts_row(text: str, lines: list[Line], k: int, starts: list[int], number: int | None) -> bool:
    """Whether line `k` (or the first after the rules from it) starts row `number`."""
    while k < len(lines) and is_rule(lines[k]):
        k += 1
    if k >= len(lines) or lines[k].kind == "blank":
        return False
    found = _pieces(text, lines[k])
    return bool(found) and _column(starts, found[0][0]) == 0 and _is_row_number(text, found[0][1:], number)
