"""Task tables drawn with a rule line between their rows, flattened to text (layouts.md §4).

A grid table (pandoc, Emacs: `+------+------+`, `+======+` under the header) or a
box-drawing table copied out of a PDF or a WPS document (`┌──┬──┐ │ ├──┼──┤ └──┴──┘`)
wraps a cell's text over several lines inside its row: the lines between two rules are one
row, and the pieces a column holds on them, in order, are its cell (a name cut by the wrap,
市统计⏎局, is joined back by `cellfit.names`; a task's text read across its lines by
`tablestatements`). The header may take two lines the same way (责任⏎县领导). A line with one
cell from bar to bar is a heading row (一、稳增长). A table split over pages stays one table:
a page number or a blank line between its parts is skipped, the header printed again at
the top of the next page is no row, and a row whose number cell is empty right after it
carries on the row the page break cut.
"""

from __future__ import annotations

from functools import cache

from ..lexicon.columns import header_roles
from ..lexicon.labels import SPACE, data
from ..reading.furniture import is_page_number
from .lines import Line
from .tablecells import TextCell, TextTable, cell, piece

Column = list[tuple[int, int]]


@cache
def _marks() -> tuple[str, str]:
    """(the characters of a rule line, the bars between cells)."""
    table = data()["text_tables"]
    return table["rule"] + table["rule_joints"], "".join(table["cell_marks"])


def is_rule(line: Line) -> bool:
    """Whether a line is a rule between rows: rule characters only (with spaces between
    columns' rules: ====  ======), at least three."""
    rule = [c for c in line.text if c not in SPACE]
    return len(rule) >= 3 and all(c in _marks()[0] for c in rule)


def _cells(text: str, line: Line) -> list[tuple[int, int]] | None:
    """The spans between the bars of a row line (| a | b |, │a│b│), or None when it has
    fewer than two bars or stands not between them."""
    bars = [line.start + j for j, c in enumerate(line.text) if c in _marks()[1]]
    if len(bars) < 2 or line.text[:bars[0] - line.start].strip(SPACE):
        return None
    return list(zip((b + 1 for b in bars), bars[1:]))


def _block(text: str, lines: list[Line], k: int) -> tuple[list[Column], int] | None:
    """The row whose lines start at `k`, up to the next rule: each column's pieces, and the
    index of the line after it; None when its lines do not have the same cells."""
    columns: list[Column] = []
    while k < len(lines) and not is_rule(lines[k]):
        spans = _cells(text, lines[k])
        if spans is None or (columns and len(spans) != len(columns)):
            return None
        columns = columns or [[] for _ in spans]
        for column, (s, e) in zip(columns, spans):
            found = piece(text, s, e)
            if found:
                column.append(found)
        k += 1
    return (columns, k) if columns else None


def _names(text: str, columns: list[Column]) -> list[str]:
    return ["".join(text[s:e] for s, e in column) for column in columns]


def _next_part(lines: list[Line], k: int) -> int | None:
    """The first line of the table's part on the next page, when lines from `k` are only blank
    lines and page numbers before a rule; None when the table is over."""
    while k < len(lines) and not is_rule(lines[k]) and (lines[k].kind == "blank" or is_page_number(lines[k].text)):
        k += 1  # (a rule around a page break may be marked a running header: blank)
    return k if k < len(lines) and is_rule(lines[k]) else None


def ruled_table(text: str, lines: list[Line], i: int) -> TextTable | None:
    """The table whose header starts at line `i`, under a rule line, or None."""
    if i == 0 or not is_rule(lines[i - 1]):
        return None
    found = _block(text, lines, i)
    if found is None:
        return None
    header, k = found
    names = _names(text, header)
    roles = header_roles(names)
    if roles is None:
        return None
    width = len(roles)
    rows: list[tuple[TextCell, ...]] = []
    last, after_break = k, False
    while k < len(lines):
        if is_rule(lines[k]):
            last, k = k, k + 1
            continue
        part = _next_part(lines, k) if _cells(text, lines[k]) is None else None
        if part is not None:
            k, after_break = part, True
            continue
        block = _block(text, lines, k)
        if block is None:
            break
        columns, k = block
        if len(columns) == 1:
            rows.append((cell(*columns[0]),) + (TextCell(),) * (width - 1))  # a heading row
        elif len(columns) != width:
            break
        elif _names(text, columns) == names:
            continue  # the header printed again on the next page (after_break holds)
        elif after_break and rows and roles[0] == "number" and not columns[0]:
            # the rest of the row a page break cut
            rows[-1] = tuple(TextCell(before.pieces + tuple(column)) for before, column in zip(rows[-1], columns))
        else:
            rows.append(tuple(cell(*column) for column in columns))
        after_break, last = False, k - 1
    return TextTable(i, last, tuple(roles), tuple(rows), header=tuple(cell(*c) for c in header)) if rows else None
