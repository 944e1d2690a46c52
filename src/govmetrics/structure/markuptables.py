"""Shape a of layouts.md section 4 left as text: an HTML table whose markup was kept.

A web page saved or copied as text keeps its tags (layouts §11): `<tr><td>1</td><td>新建…
</td>…</tr>`. The markup is read as what it says, not as words: the rows are the `<tr>`
elements and the cells the `<td>` / `<th>` elements (their tags are the separators); a cell
merged over rows or columns (`rowspan="2"`, `colspan`) gives its content to every row and
column it spans, as the HTML reader's grid does; any other tag or entity inside a cell
(<br/>, <span>, &nbsp;) is dropped, so a cell's pieces are the runs of text between them
and a cell of `&nbsp;` is empty. Because merged cells are written as such, an empty cell is
empty (it repeats nothing). The header row names the columns by meaning
(`lexicon/columns.py`). Offsets are offsets into the text as given.
"""

from __future__ import annotations

import re

from ..lexicon import compiled
from ..lexicon.columns import header_roles
from ..lexicon.labels import SPACE
from ..reading.furniture import markup_spans
from .lines import Line
from .tablecells import TextCell, TextTable, cell, piece

# Table markup: HTML syntax, not language data.
_TAG = compiled.compile(r"<(/?)(table|thead|tbody|tfoot|tr|td|th)\b([^<>]*)>", re.IGNORECASE)  # (row groups: no-ops)
_SPAN = compiled.compile(r"""\b(rowspan|colspan)\s*=\s*["']?(\d+)""", re.IGNORECASE)
_MAX_SPAN = 100
_MIN_COLUMNS = 3


def _pieces(text: str, start: int, end: int) -> TextCell:
    """A cell's content: the runs of text between the markup inside it."""
    bounds = [start] + [x for s, e in markup_spans(text, start, end) for x in (s, e)] + [end]
    return cell(*(piece(text, a, b) for a, b in zip(bounds[::2], bounds[1::2])))


def _spans(attrs: str) -> tuple[int, int]:
    found = {k.lower(): min(int(v), _MAX_SPAN) for k, v in _SPAN.findall(attrs)}
    return max(1, found.get("rowspan", 1)), max(1, found.get("colspan", 1))


def _parse(text: str, start: int, stop: int) -> tuple[list[list[tuple[TextCell, int, int]]], int]:
    """The rows of (cell, rowspan, colspan) from `start`, and where the table ends: at
    `</table>`, or at a line outside every cell that holds no row or cell tag."""
    rows: list[list[tuple[TextCell, int, int]]] = []
    open_cell: tuple[int, str] | None = None     # where the open cell's content starts, its attributes
    end = start
    for m in _TAG.finditer(text, start, stop):
        between = text[end:m.start()]
        if open_cell is None and "\n" in between and between.strip(SPACE + "\r\n"):
            break  # text outside any cell on a line of its own: the table is over
        closing, tag = m.group(1), m.group(2).lower()
        if open_cell is not None and (tag in ("td", "th", "tr", "table")):
            rows[-1].append((_pieces(text, open_cell[0], m.start()), *_spans(open_cell[1])))
            open_cell = None
        end = m.end()
        if tag == "table" and closing:
            break
        if tag == "tr" and not closing:
            rows.append([])
        elif tag in ("td", "th") and not closing:
            if not rows:
                rows.append([])
            open_cell = (m.end(), m.group(3))
    return rows, end


def _grid(rows: list[list[tuple[TextCell, int, int]]]) -> list[list[tuple[TextCell, bool]]]:
    """Rows of (cell, carried from a row above): a cell spanning rows or columns repeated in
    each (a row that is one cell over every column, a heading row, keeps it in its first
    column only)."""
    out: list[list[tuple[TextCell, bool]]] = []
    pending: dict[tuple[int, int], TextCell] = {}
    for r, row in enumerate(rows):
        line: list[tuple[TextCell, bool]] = []
        for content, down, across in row:
            while (r, len(line)) in pending:
                line.append((pending.pop((r, len(line))), True))
            col = len(line)
            for dr in range(down):
                for dc in range(across):
                    if dr == 0:
                        line.append((content, False))
                    else:
                        pending[(r + dr, col + dc)] = content
        while (r, len(line)) in pending:
            line.append((pending.pop((r, len(line))), True))
        if len(row) == 1 and row[0][2] > 1:
            line = line[:1]
        out.append(line)
    return out


def _row(cells: list[tuple[TextCell, bool]], width: int, number: int | None) -> tuple[TextCell, ...]:
    """A row's cells. Where its number cell is merged with the row above, the row carries on
    that project (a project split over two rows): it repeats none of the cells above."""
    go_on = number is not None and number < len(cells) and cells[number][1]
    kept = [TextCell() if carried and go_on else c for c, carried in cells[:width]]
    return tuple(kept) + (TextCell(),) * (width - len(kept))


def markup_table(text: str, lines: list[Line], i: int) -> TextTable | None:
    """The table whose header row starts on line `i`, its HTML markup kept, or None."""
    begin = text.rfind("\n", 0, lines[i].start) + 1
    first = _TAG.search(text, begin, lines[i].end + 1)
    if first is None or first.group(2).lower() not in ("tr", "td", "th") or text[begin:first.start()].strip(SPACE):
        return None
    rows, end = _parse(text, begin, len(text))
    grid = _grid(rows)
    if len(grid) < 2:
        return None
    roles = header_roles([c.value(text) for c, _ in grid[0]])
    if roles is None or len(roles) < _MIN_COLUMNS:
        return None
    number = roles.index("number") if "number" in roles else None
    body = tuple(_row(row, len(roles), number) for row in grid[1:] if any(c for c, _ in row))
    last = next(k for k in range(len(lines) - 1, i - 1, -1) if lines[k].start < end)
    return TextTable(i, last, tuple(roles), body, repeats_empty=False)
