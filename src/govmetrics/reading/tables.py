"""Tables from HTML pages, .docx files, spreadsheets and PDF pages, laid out as lines of text.

A task table (its header names the columns: 序号 / 重点工作 / 牵头领导 / 牵头单位 /
配合单位 / 完成时限, words in `data/structure.toml` [table_columns]) is written in the
separate-lines layout the structure stage reads:

    1.<重点工作>
    完成时限:<完成时限>
    牵头领导:<牵头领导>
    牵头单位:<牵头单位>
    配合单位:<配合单位>

Every piece of cell text keeps its place in the source; the labels, the "." after a
bare number and the line breaks are inserted (their source position is the cell's).
A row whose cells are one merged cell (or that has no task text) is written as a
heading line (一、钱三雄市长牵头重点工作), and so is a category column's cell (类别: 稳增长)
before the first task it covers; rows above the header (a title) are lines of their
own. A cell's lines of names (one unit a paragraph) are joined with an inserted "、".
Any other table is written one row a line, cells separated by a tab.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Sequence

from ..lexicon.labels import data, expand, fold, words
from .sourcemap import Run, TextBuilder

Cell = list[list[Run]]          # a cell: its lines, each a list of runs
ROLES = ("number", "task", "deadline", "leaders", "assisting_leaders", "lead_units", "cooperating_units",
         "responsible_units", "category")
_LABELLED = ROLES[2:-1]


def _text(line: list[Run]) -> str:
    return "".join(r.text for r in line)


def _cell_text(cell: Cell) -> str:
    return "".join(_text(line) for line in cell)


@cache
def _column_words() -> list[tuple[str, str]]:
    pairs = [(w, role) for role in ROLES for w in words("table_columns", role)]
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


def _role(cell: Cell) -> str | None:
    """The column a header cell names (序 号 → number, 牵头单位（部门） → lead_units)."""
    text = re.sub(r"\s", "", fold(_cell_text(cell)))
    if not text or len(text) > 12:
        return None
    return next((role for word, role in _column_words() if word in text), None)


def _header(rows: Sequence[Sequence[Cell]]) -> tuple[int, list[str | None]] | None:
    for i, row in enumerate(rows[:3]):
        roles = [_role(cell) for cell in row]
        if "task" in roles and len({r for r in roles if r}) >= 2:
            return i, roles
    return None


def _label(role: str) -> str:
    key = "task_text" if role == "deadline" else role
    return expand(data()["labels"][key])[0] + data()["labels"]["colons"][0]


def _number_runs(cell: Cell | None, index: int) -> list[Run]:
    """The task's number as written, with a "." or "、" added after a bare numeral."""
    line = cell[0] if cell else []
    text = _text(line).strip()
    anchor = line[0] if line else None
    if not text:
        part = anchor.part if anchor else ""
        return [Run(f"{index}.", part, anchor.offset if anchor else 0, False)]
    end = line[-1]
    if text[-1].isdigit():
        return [*line, Run(".", end.part, end.offset + len(end.text), False)]
    if text[-1] in data()["numbering"]["chinese"]:
        return [*line, Run("、", end.part, end.offset + len(end.text), False)]
    return list(line)


def _joined(cell: Cell, separator: str) -> list[Run]:
    """A cell's non-empty lines as one line, `separator` inserted between them."""
    lines = [line for line in cell if _text(line).strip()]
    runs: list[Run] = []
    for line in lines:
        if runs:
            end = runs[-1]
            runs.append(Run(separator, end.part, end.offset + len(end.text), False))
        runs.extend(line)
    return runs


def _write_task(out: TextBuilder, cells: dict[str, Cell], index: int) -> None:
    task = cells["task"]
    out.add_line(_number_runs(cells.get("number"), index) + task[0])
    for line in task[1:]:
        out.add_line(line)
    for role in _LABELLED:
        cell = cells.get(role)
        if not cell or not _cell_text(cell).strip():
            continue
        first = _joined(cell, " " if role == "deadline" else "、")
        out.add_line([Run(_label(role), first[0].part, first[0].offset, False), *first])


def _distinct(row: Sequence[Cell]) -> list[Cell]:
    """A row's non-empty cells, a merged cell once."""
    return [cell for i, cell in enumerate(row) if _cell_text(cell).strip() and all(cell is not c for c in row[:i])]


def layout_table(out: TextBuilder, rows: Sequence[Sequence[Cell]]) -> None:
    """Write a table's rows into `out` (a task table as tasks, any other as rows)."""
    header = _header(rows)
    if header is None:
        for row in rows:
            runs: list[Run] = []
            for cell in row:
                text_runs = [run for line in cell for run in line]
                if runs and text_runs:
                    runs.append(Run("\t", text_runs[0].part, text_runs[0].offset, False))
                runs.extend(text_runs)
            out.add_line(runs)
        return
    at, roles = header
    for row in rows[:at]:  # a title (or a date) above the header: lines of their own
        for cell in _distinct(row):
            for line in cell:
                out.add_line(line)
    previous_task: Cell | None = None
    previous_category: Cell | None = None
    index = 0
    for row in rows[at + 1:]:
        distinct = _distinct(row)
        cells = {role: cell for role, cell in zip(roles, row) if role}
        if [_role(c) for c in row] == roles:
            continue  # a header repeated on a new page
        task = cells.get("task")
        if task is None or not _cell_text(task).strip() or all(cell is task for cell in row):
            for cell in distinct:
                for line in cell:
                    out.add_line(line)
            continue
        if task is previous_task:
            continue  # a task cell merged over rows: written once
        previous_task = task
        category = cells.get("category")
        if category is not None and category is not previous_category and _cell_text(category).strip():
            out.add_line(_joined(category, ""))
        previous_category = category
        index += 1
        _write_task(out, cells, index)
