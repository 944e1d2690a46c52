"""Shape d of layouts.md section 4: a task table whose cells are glued into one line.

A Word table saved as text loses every separator: `序号主要任务牵头单位配合单位完成时间1新建
幼儿园3所。县教育局县住建局、各乡镇12月底前2新增…`. The header is read word by word
(`lexicon/columns.glued_header`); rows are told by their numbers in sequence (a row number
is the next number expected, not part of a figure: not followed by a unit, a magnitude or
a date word, nor inside a decimal; a number that runs into a month, 76月底前 after row 6,
is row 7 and 6月底前). In each row the task text ends at its last sentence end, and the
cells after it are read by what their column holds: a leader's name (its length the one
the table repeats), unit names (each ending in a unit word: 局, 办, 中心 …; a name glued to
the next without a separator starts the next column, or, in the last column of units,
the next unit), a time (月底前, 年底前) and, in the last column, the rest. Words in
`data/structure.toml` [text_tables].
"""

from __future__ import annotations

import re
from functools import cache
from typing import Iterator

from ..lexicon import compiled, table as data_table
from ..lexicon.columns import ANSWER, glued_header, header_roles
from ..lexicon.labels import SPACE, alternation, data, fold, words
from ..reading.dates import find_dates
from .leaders import is_name
from .lines import Line
from .tablecells import TextCell, TextTable, cell, deadline_re, piece

_SEPARATORS = "、，,"
_ENDS = "。；;！？"
_TAIL_WINDOW = 80
_HAN = compiled.compile("[\u4e00-\u9fff]+")


@cache
def _settings() -> dict:
    return data()["text_tables"]


@cache
def _quantity_after() -> re.Pattern[str]:
    """What follows a number that is a figure, not a row number: a unit, a magnitude, a
    date word, a decimal point, a letter (5G), a percent."""
    units = list(data_table("units")["units"])
    return compiled.compile(alternation(units + _settings()["figure_after"]) + r"|[A-Za-z0-9]")


_DIGITS = compiled.compile(r"[0-9]+")
_MONTHS = 12


def _row_number(folded: str, n: int, at: int) -> tuple[int, int] | None:
    """(start, end) of row number `n` at or after `at`."""
    want = str(n)
    for m in _DIGITS.finditer(folded, at):
        start, run = m.start(), m.group()
        if start and folded[start - 1] in _settings()["figure_before"]:
            continue
        if run == want and not _quantity_after().match(folded, m.end()):
            return start, start + len(want)
        rest = run[len(want):]
        if (run.startswith(want) and rest and int(run) > _MONTHS and folded.startswith("月", m.end())
                and 1 <= int(rest) <= _MONTHS):
            return start, start + len(want)  # 76月底前: row 7, then 6月底前
    return None


def _rows(folded: str, at: int) -> list[tuple[int, int]]:
    """(number start, number end) of each row, the first right after the header."""
    first = _row_number(folded, 1, at)
    if first is None or folded[at:first[0]].strip(SPACE):
        return []
    rows = [first]
    while (found := _row_number(folded, len(rows) + 1, rows[-1][1] + 1)) is not None:
        rows.append(found)
    return rows


def _unit_end(folded: str, q: int, e: int) -> int | None:
    """The end of the shortest unit name at `q` that a next name, a separator, a time or the
    row's end can follow (县交通运输局|县财政局, 市委办公室 is one name). A name that starts
    with its level (镇, 县) ends, where it can, before another level, 各 (各村委会) or what no
    name holds (镇中心学校|镇关工委, not 镇中心|学校镇|关工委)."""
    settings = _settings()
    if q >= e or folded.startswith(tuple(settings["not_unit_start"]), q):
        return None
    levels = tuple(data()["placeholders"]["level"] + settings["unit_starts"])
    leveled = folded.startswith(levels, q)
    first = None
    for end in range(q + 1, e + 1):
        ch = folded[end - 1]
        if ch in _ENDS + _SEPARATORS or ch.isdigit() or ch in SPACE:
            return first
        if end - q < settings["min_unit_length"] or not any(folded.endswith(s, q, end) for s in settings["unit_suffixes"]):
            continue
        if end < e and folded[end] in "（(":
            close = folded.find("）" if folded[end] == "（" else ")", end)
            end = close + 1 if 0 < close < e else end
        if end == e or not folded.startswith(tuple(settings["not_unit_start"]), end):
            if not leveled or end == e or folded.startswith(levels, end) or not _HAN.match(folded, end):
                return end
            first = first or end
    return first


def _unit_group(folded: str, q: int, e: int, every: bool) -> list[tuple[int, int]]:
    """Unit names from `q`: those joined by separators (one cell), or with `every` all the
    names that follow (the last column of units: glued names are more units of it)."""
    names: list[tuple[int, int]] = []
    while (end := _unit_end(folded, q, e)) is not None:
        names.append((q, end))
        q = end
        if q < e and folded[q] in _SEPARATORS:
            q += 1
        elif not every:
            break
    return names


def _leader_lengths(folded: str, q: int) -> list[int]:
    """Lengths to try for a leader's name at `q`: the one the table repeats most, then in
    the order of [text_tables] name_lengths (3, 2, 4: most names have three characters).
    A name is no word that ends a quantity (12%以上) and does not start with the last
    character of a unit's name (县交通运输局|县财政局: 局县 is no name); between lengths the
    table repeats alike, the one the level of a unit's name follows wins (罗某|县水利局 over
    罗某县|水利局: units start with their level)."""
    order = _settings()["name_lengths"]
    suffixes = _settings()["unit_suffixes"]
    if folded[q] in suffixes:
        return []
    # Nor a name that ends with a unit word of two characters or more (街道, 中心: 街道|城管科).
    long_suffixes = tuple(w for w in suffixes if len(w) > 1)
    lengths = [n for n in order if q + n <= len(folded) and _HAN.fullmatch(folded, q, q + n)
               and is_name(folded[q:q + n]) and not folded.endswith(long_suffixes, q, q + n)]
    levels = tuple(data()["placeholders"]["level"])
    return sorted(lengths, key=lambda n: (-folded.count(folded[q:q + n]), not folded.startswith(levels, q + n),
                                          order.index(n)))


def _title_end(folded: str, q: int) -> int:
    """The end of a leader's title after the name ending at `q` (周海燕 副镇长), else `q`."""
    at = q + len(folded[q:q + 8]) - len(folded[q:q + 8].lstrip(SPACE))
    return next((at + len(t) for t in words("headings", "leader_titles") if folded.startswith(t, at)), q)


def _tail(folded: str, roles: list[str | None], q: int, e: int) -> Iterator[list[list[tuple[int, int]]]]:
    """Every reading of `folded[q:e]` as the cells of `roles`, likeliest first."""
    if not roles:
        if folded[q:e].strip(SPACE) == "":
            yield []
        return
    role, rest = roles[0], roles[1:]
    if role == "deadline":
        # A time starts the cell (12月底前, 年底前, 6月底前完成); the last column runs to the row's end.
        m = deadline_re().match(folded, q, e)
        if m and not rest:
            yield [[(q, e)]]
        elif m:
            for more in _tail(folded, rest, m.end(), e):
                yield [[(q, m.end())], *more]
        return
    if not rest and role not in ANSWER:
        yield [[(q, e)]]
        return
    if role in ("leaders", "assisting_leaders"):
        for n in _leader_lengths(folded, q):
            end = _title_end(folded, q + n)
            more_names = end < e and folded[end] in _SEPARATORS
            if more_names:
                for names in _tail(folded, [role, *rest], end + 1, e):
                    yield [[(q, end), *names[0]], *names[1:]]
            else:
                for more in _tail(folded, rest, end, e):
                    yield [[(q, end)], *more]
        return
    if role in ANSWER:
        names = _unit_group(folded, q, e, every=not any(r in ANSWER for r in rest))
        if names:
            for more in _tail(folded, rest, names[-1][1], e):
                yield [names, *more]
        # Else an empty cell (h: a row with no cooperating unit): glued text keeps no mark of it.
        for more in _tail(folded, rest, q, e):
            yield [[], *more]


def _cell(text: str, at: list[int], spans: list[tuple[int, int]]) -> TextCell:
    """The cell of these spans of the stream, each cut where the stream joined two lines
    (a name or a figure a hard wrap broke, 范文⏎婷, 22⏎公里: `cellfit.names` and the task's
    reading join them again)."""
    pieces = []
    for a, b in spans:
        cuts = [k for k in range(a + 1, b) if at[k] != at[k - 1] + 1]
        pieces += [piece(text, at[x], at[y - 1] + 1) for x, y in zip([a, *cuts], [*cuts, b]) if y > x]
    return cell(*pieces)


def _row_cells(text: str, at: list[int], folded: str, roles: tuple[str | None, ...], s: int, e: int) -> tuple[TextCell, ...]:
    """The cells of one glued row (after its number)."""
    columns = list(roles[1:])
    n_text = next((i for i, r in enumerate(columns) if r not in ("task", "target")), len(columns))
    tail_roles = columns[n_text:]
    ends = [s + m.end() for m in re.finditer(f"[{_ENDS}]", folded[s:e])][::-1]
    found = next(((p, r) for p in ends if (r := next(_tail(folded, tail_roles, p, e), None))), None)
    if found is None and tail_roles:
        # Without a sentence end, the cells after the task are sought in the row's last
        # characters: their first cell must repeat in the table's other rows (a leader of
        # several rows; a word the row's own text repeats, 饮水…饮水, counts once). The
        # reading that fills the most cells wins (a unit of every row, 各村委会, read as the
        # leader would leave the unit columns empty), then one whose next cell starts with a
        # level (钟立平|镇交通办: units start with their level, as in `_leader_lengths`), then
        # the one the table repeats most, then the longest (钱卫东 over 卫东).
        levels = tuple(data()["placeholders"]["level"])
        best = (0, False, 1)
        for p in range(max(s + 1, e - _TAIL_WINDOW), e):
            reading = next(_tail(folded, tail_roles, p, e), None)
            first = folded[p:reading[0][-1][1]] if reading else ""
            count = folded[:s].count(first) + folded[e:].count(first) + 1 if first else 0
            if not reading or count < 2:
                continue
            level = any(folded.startswith(levels, spans[0][0]) for spans in reading[1:2] if spans)
            if (key := (sum(1 for c in reading if c), level, count)) > best:
                best, found = key, (p, reading)
    if found is None:
        return (_cell(text, at, [(s, e)]),) + (TextCell(),) * (len(columns) - 1)
    p, reading = found
    cells = [_cell(text, at, [(s, p)])] + [TextCell()] * (n_text - 1)
    for spans in reading:
        cells.append(_cell(text, at, spans))
    return tuple(cells)


def _wrapped(text: str, lines: list[Line], k: int) -> bool:
    """Whether line `k` carries on a glued stream that a converter hard-wrapped (layouts §4d,
    §11): a line of text, not an empty line nor one that ends in a date (a signature)."""
    line = lines[k]
    return line.kind == "other" and not any(e == len(line.text) for _, _, e in find_dates(line.text))


def glued_table(text: str, lines: list[Line], index: int) -> TextTable | None:
    """The table whose header starts line `index`, its cells glued, or None. The rows follow
    the header on its line, or, where the row breaks were kept, one a line below it."""
    line = lines[index]
    header = glued_header(fold(line.text))
    if len(header) < _settings()["min_columns"]:
        return None
    roles = header_roles([fold(line.text)[s:e] for s, e, _ in header])
    if roles is None or roles[0] != "number":
        return None
    last, numbers = index, []
    if not line.text[header[-1][1]:].strip(SPACE):
        # The row breaks were kept: each line below starts with the next row number.
        while last + 1 < len(lines) and lines[last + 1].text.startswith(str(len(numbers) + 1)):
            last += 1
            at = lines[last].start - line.start
            numbers.append((at, at + len(str(len(numbers) + 1))))
        stream = [range(line.start, lines[last].end)]
    else:
        # The rows run on after the header: where the stream was hard-wrapped, its lines are
        # one stream again, read without the line breaks (1⏎2户 is 12户, no row number).
        while last + 1 < len(lines) and _wrapped(text, lines, last + 1):
            last += 1
        stream = [range(k.start, k.end) for k in lines[index:last + 1]]
    at = [k for r in stream for k in r]
    folded = "".join(fold(text[r.start:r.stop]) for r in stream)
    numbers = numbers or _rows(folded, header[-1][1])
    if not numbers:
        return None
    rows = []
    for (a, b), following in zip(numbers, [n[0] for n in numbers[1:]] + [len(folded)]):
        number = _cell(text, at, [(a, b)])
        rows.append((number, *_row_cells(text, at, folded, tuple(roles), b, following)))
    # A missing cell cannot be told from a merged one here: it is empty, not the one above.
    return TextTable(index, last, tuple(roles), tuple(rows), repeats_empty=False)
