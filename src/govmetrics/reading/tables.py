"""Tables from HTML pages, .docx files, spreadsheets and PDF pages, laid out as lines of text.

A task table (its header names the columns: 序号 / 重点工作 / 建设内容 / 牵头领导 / 牵头单位 /
配合单位 / 完成时限 / 推进情况, mapped by meaning in `lexicon/columns.py`, the one mapping
tables flattened to text use too) is written in the separate-lines layout the structure
stage reads:

    1.<重点工作>\t<建设内容>
    完成时限:<完成时限>
    牵头领导:<牵头领导>
    牵头单位:<牵头单位>
    配合单位:<配合单位>
    进展情况:<推进情况>

A target cell (建设内容, 目标任务) joins the task's text after a tab, as the same row
flattened to text reads; a progress or other cell (推进情况, 目标类型) is a labelled line
after the responsibility, never the task's text. A project split over two rows (the
second row has no number of its own and no responsibility of its own) is one task.
Every piece of cell text keeps its place in the source; the labels, the "." after a
bare number, the tabs and the line breaks are inserted (their source position is the cell's).
A row whose cells are one merged cell (or that has no task text) is written as a
heading line (一、钱三雄市长牵头重点工作), and so is a category column's cell (类别: 稳增长)
before the first task it covers; rows above the header (a title) are lines of their
own. A cell's lines of names (one unit a paragraph) are joined with an inserted "、".
Any other table is written one row a line, cells separated by a tab.
"""

from __future__ import annotations

from typing import Sequence

from ..lexicon.columns import (ANSWER, APART, MARKED, blank_form, header_roles, header_unit, leading_figure, mark_field,
                                milestones_start, sums_rows, two_line_names)
from ..lexicon.labels import data, expand
from ..lexicon.roles import written_label
from .sourcemap import Run, TextBuilder

Cell = list[list[Run]]          # a cell: its lines, each a list of runs
Row = dict[str, Cell]           # a task row's cells by column role
_LABELLED = ("deadline", *ANSWER)


def _text(line: list[Run]) -> str:
    return "".join(r.text for r in line)


def _cell_text(cell: Cell) -> str:
    return "".join(_text(line) for line in cell)


def _header(rows: Sequence[Sequence[Cell]]) -> tuple[int, list[str | None]] | None:
    """(index, roles) of the table's header row: its last row where the header takes two
    (`columns.two_line_names`: 责任单位 over 牵头 | 配合; a cell merged down both rows is empty below)."""
    for i, row in enumerate(rows[:3]):
        tops = [_cell_text(cell) for cell in row]
        roles = header_roles(tops)
        if roles is not None:
            below = rows[i + 1] if i + 1 < len(rows) else []
            subs = ["" if any(c is top for top in row) else _cell_text(c) for c in below]
            names = two_line_names(tops, subs) if below else None
            return (i + 1, header_roles(names) or roles) if names is not None else (i, roles)
    return None


def _label(role: str) -> str:
    """The label written before a cell: its field's ([roles] written); for the deadline, a
    label whose line is the task's text; for progress and other cells, [table_layout]'s."""
    labels = data()["labels"]
    if role in APART:
        word = data()["table_layout"][role]
    else:
        word = expand(labels["task_text"])[0] if role == "deadline" else written_label(role)
    return word + labels["colons"][0]


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


def _filled(cell: Cell | None) -> bool:
    return cell is not None and bool(_cell_text(cell).strip())


def _task_lines(row: Row) -> list[list[Run]]:
    """A row's task cell, its target cells after a tab on the task's last line. A bare figure
    with a 单位 column (城镇新增就业 | 万人 | ≥3.5) is read straight after the indicator with
    its unit after the number (城镇新增就业≥3.5万人), as the same table flattened to text
    reads (`structure/tablestatements.py`); a unit no figure takes is a cell of its own."""
    lines = [list(line) for line in row["task"]] or [[]]
    unit = _joined(row["unit"], "") if _filled(row.get("unit")) else []
    placed_any = False
    for role, cell in row.items():
        if role.startswith("target") and _filled(cell):
            target = _joined(cell, " ")
            if unit and (placed := _with_unit(target, unit)) is not None:
                # the first figure read straight after the indicator (城镇新增就业≥3.5万人), a later
                # one (a district's share: 项目 | 单位 | 合计 | 甲区) after a tab, each with the unit
                tab = [Run("\t", target[0].part, target[0].offset, False)] if placed_any else []
                lines[-1], placed_any = [*lines[-1], *tab, *placed], True
                continue
            lines[-1] = [*lines[-1], Run("\t", target[0].part, target[0].offset, False), *target]
    if unit and not placed_any:
        lines[-1] = [*lines[-1], Run("\t", unit[0].part, unit[0].offset, False), *unit]
    return lines


def _with_unit(target: list[Run], unit: list[Run]) -> list[Run] | None:
    """`target` with `unit` inserted right after its number when it is a bare figure (80以上 →
    80万吨以上), else None. A run is cut only where it maps character by character."""
    m = leading_figure().match(_text(target))
    if m is None:
        return None
    out: list[Run] = []
    at, cut = 0, m.end(1)
    for run in target:
        end = at + len(run.text)
        if unit and at < cut < end and run.exact:
            k = cut - at
            out += [Run(run.text[:k], run.part, run.offset), *unit, Run(run.text[k:], run.part, run.offset + k)]
            unit = []
        else:
            out.append(run)
            if unit and end >= cut:
                out += unit
                unit = []
        at = end
    return out


def _write_task(out: TextBuilder, rows: list[Row], index: int) -> None:
    """A task from its row and the rows it continues over (a project split over two rows)."""
    first, *more = rows
    lines = _task_lines(first)
    out.add_line(_number_runs(first.get("number"), index) + lines[0])
    for line in lines[1:] + [line for row in more for line in _task_lines(row)]:
        out.add_line(line)
    for role in (*_LABELLED, *APART):
        cells: list[Cell] = []
        for row in rows if role in ("deadline", *APART) else rows[:1]:
            # (a progress cell may be under its own key: the state a milestones cell reports)
            for key, cell in row.items():
                if key.rstrip("0123456789") == role and _filled(cell) and all(cell is not c for c in cells):
                    cells.append(cell)
        for cell in cells:
            runs = _joined(cell, "、" if role in ANSWER else " ")
            out.add_line([Run(_label(role), runs[0].part, runs[0].offset, False), *runs])


def _row_line(row: Sequence[Cell], every: bool = False) -> list[Run]:
    """A row that is no task as one line, its cells after tabs, as the row typed as text reads;
    `every`: a tab before each cell, an empty one too (a form's blank cells keep their columns)."""
    runs: list[Run] = []
    for i, cell in enumerate(row):
        text_runs = [run for line in cell for run in line]
        anchor = (text_runs or runs)[:1]
        if i and anchor and (every or runs and text_runs):
            runs.append(Run("\t", anchor[0].part, anchor[0].offset, False))
        runs.extend(text_runs)
    return runs


def _distinct(row: Sequence[Cell]) -> list[Cell]:
    """A row's non-empty cells, a merged cell once."""
    return [cell for i, cell in enumerate(row) if _cell_text(cell).strip() and all(cell is not c for c in row[:i])]


def _milestones(cell: Cell, reports: bool, n: int) -> Row:
    """A milestones cell (形象进度) as the table typed as text reads it
    (`columns.milestones_start`): the task's text from where its milestones start, a target
    cell under its own key; the state reached before them a progress cell."""
    runs = _joined(cell, " ")
    text = _text(runs)
    at = milestones_start(text, reports)
    at = len(text) if at is None else at
    parts = {f"progress{n}": [_cut(runs, 0, at)], f"target{n + 1}": [_cut(runs, at, len(text))]}
    return {key: part for key, part in parts.items() if _filled(part)}


def _continues(row: Row, previous: Row | None) -> bool:
    """Whether a row carries on the project of the row above: the table numbers its rows,
    and this one has no number and no responsibility of its own (empty, or merged with
    the row above)."""
    if previous is None or "number" not in previous:
        return False
    return all(not _filled(row.get(role)) or row.get(role) is previous.get(role) for role in ("number", *ANSWER))


def _cells(roles: list[str | None], row: Sequence[Cell], header: Sequence[Cell]) -> Row:
    """A row's cells by role; a second task or target column is kept under its own key (工作事项
    | 量化指标, both task columns), and so is a column the header map does not know: read as
    the task's text, like a target cell (`columns.own_text`, as a table flattened to text)."""
    out: Row = {}
    seen: list[Cell] = []
    for role, cell, head in zip(roles, row, [*header, *[[]] * len(row)]):
        if role == MARKED:
            # a matrix's mark (★, √): the unit its header names answers, lead or cooperating
            field = mark_field(_cell_text(cell)) if _filled(cell) else None
            if field is not None:
                name = _joined(head, "")
                joined = _joined(out[field], "") if field in out else []
                out[field] = [[*joined, Run("、", name[0].part, name[0].offset, False), *name] if joined else name]
        elif role == "milestones":
            if all(cell is not c for c in seen):
                out.update(_milestones(cell, "progress" in roles, len(out)))
        elif role is None or (role in ("task", "target") and role in out):
            if all(cell is not c for c in seen):  # a cell merged over columns once
                out[f"target{len(out)}"] = _headed(cell, head, named=role is None)
        elif role and role not in out:
            out[role] = _headed(cell, head, named=False) if role == "target" else cell
        seen.append(cell)
    return out


def _headed(cell: Cell, header: Cell, *, named: bool) -> Cell:
    """A bare figure under a header that writes its unit (年度计划投资（万元） | 26000) read as a
    table flattened to text reads it (`structure/tablestatements.py`): the unit after the
    number and, in a column that is no target column (`named`), the header's name before it
    (年度计划投资26000万元). Any other cell as it is."""
    head = _joined(header, "")
    where = header_unit(_text(head))
    if where is None or len([line for line in cell if _text(line).strip()]) != 1:
        return cell
    figure = _with_unit(_joined(cell, ""), _cut(head, where[1], where[2]))
    if figure is None:
        return cell
    return [[*_cut(head, 0, where[0]), *figure]] if named else [figure]


def _cut(line: list[Run], start: int, end: int) -> list[Run]:
    """The runs of `line` between characters `start` and `end`, each keeping its source place."""
    out, at = [], 0
    for run in line:
        s, e = max(start, at), min(end, at + len(run.text))
        if s < e:
            out.append(Run(run.text[s - at:e - at], run.part, run.offset + (s - at if run.exact else 0), run.exact))
        at += len(run.text)
    return out


def layout_table(out: TextBuilder, rows: Sequence[Sequence[Cell]]) -> None:
    """Write a table's rows into `out` (a task table as tasks, any other as rows)."""
    header = _header(rows)
    if header is not None and blank_form(header[1], [[_cell_text(c) for c in row] for row in rows[header[0] + 1:]]):
        for row in rows:  # a form to fill in: its rows as typed, every column kept, no tasks
            out.add_line(_row_line(row, every=True))
        return
    if header is None:
        for row in rows:
            out.add_line(_row_line(row))
        return
    at, roles = header
    for row in rows[:at]:  # a title (or a date) above the header: lines of their own
        for cell in _distinct(row):
            for line in cell:
                out.add_line(line)
    task_rows: list[Row] = []       # the task being gathered: its row and the rows it continues over
    previous_category: Cell | None = None
    index = 0

    def flush() -> None:
        if task_rows:
            _write_task(out, task_rows, index)
            task_rows.clear()

    for row in rows[at + 1:]:
        distinct = _distinct(row)
        cells = _cells(roles, row, rows[at])
        if header_roles([_cell_text(c) for c in row]) == roles:
            continue  # a header repeated on a new page
        task = cells.get("task")
        if not _filled(task) and _continues(cells, task_rows[-1] if task_rows else None) and any(
                _filled(c) for role, c in cells.items() if role.startswith("target") or role == "deadline"):
            task_rows.append(cells)  # | | 改造农村饮水安全工程12处 | | 12月底前: more of the task above
            continue
        if (task is None or not _cell_text(task).strip() or all(cell is task for cell in row)
                or (distinct and sums_rows(_cell_text(distinct[0])))):  # a 合计 row: no task
            flush()
            out.add_line(_row_line(distinct))  # a group's heading with its subtotal, a note
            continue
        if task_rows and task is task_rows[-1]["task"]:
            continue  # a task cell merged over rows: written once
        if _continues(cells, task_rows[-1] if task_rows else None):
            task_rows.append(cells)
            continue
        flush()
        category = cells.get("category")
        if category is not None and category is not previous_category and _cell_text(category).strip():
            out.add_line(_joined(category, ""))
        previous_category = category
        index += 1
        task_rows.append(cells)
    flush()
