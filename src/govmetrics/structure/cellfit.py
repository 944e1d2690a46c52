"""Which lines of a table row, one cell a paragraph, belong to which cell (layouts §4c, §10).

A table copied one cell a paragraph gives one line a cell, except where a cell holds more:
one unit a paragraph (区财政局 / 各街道), or text a PDF page wrapped over lines (完成全区
固定资产投资185亿⏎元，增长12%以上; 各街⏎道办事处; 10月底⏎前; 赵⏎德明). A row's lines are
split into its columns by what each column holds: a leader's name, unit names (each
ending in a unit word, `data/structure.toml` [units] name_ends), a time (a deadline
cell); the text columns take any line. Of the splits every column accepts, the one that
moves the fewest lines away from one line a cell wins, surplus lines going first to the
last column of names (units one a paragraph), then to text that wraps, then to a wrapped
time, then to another column of names. An empty paragraph is an empty cell (a cell merged
with the row above).
"""

from __future__ import annotations

from functools import cache

from ..lexicon.columns import ANSWER
from ..lexicon.labels import SPACE, data, fold, words
from .leaders import is_person
from .orgs import bracket_groups, split_units
from .tablecells import TextCell, cell, deadline_re

Piece = tuple[int, int] | None
_LEADERS = ("leaders", "assisting_leaders")
# What a line moved into a column costs (surplus lines of the last column of names cost nothing).
_TEXT, _TIME, _NAMES = 1, 2, 3


@cache
def _name_ends() -> tuple[str, ...]:
    return tuple(data()["units"]["name_ends"])


def _unit_like(name: str) -> bool:
    """A unit's name: three characters or more, ending in a unit's word before any bracket
    that notes what it covers (各村（社区）, 县人社局（县医保局）)."""
    folded = fold(name).strip(SPACE)
    groups = bracket_groups(folded)
    base = folded[:groups[-1][0]] if groups and groups[-1][1] == len(folded) else folded
    return len(folded) >= 3 and base.endswith(_name_ends())


def _person(name: str) -> bool:
    return is_person(name) and not _unit_like(name)


def _joined(parts: list[str], cut: list[bool] | None = None) -> str:
    """A cell's lines as one text: a line that ends a name (or a list) is followed by 、,
    a line cut inside a name runs straight on (各街⏎道办事处), and so does one before a line that
    opens with a word no unit is alone (各街道⏎办事处: [units] bare_endings). A line the cell's width cut
    (`cut`: it runs up to the bar after it) ends a name only where a whole one ends it
    (县交通运输局), not a short word that happens to end in a unit's character (各乡⏎镇人民政府)."""
    out = ""
    separators = tuple(data()["units"]["separators"])
    pairs = data()["units"]["brackets"]
    for k, part in enumerate(parts):
        last = fold(out).rsplit("、", 1)[-1]
        ends = (_unit_like(last) and not _split_end(last, fold(part))) if cut and cut[k - 1] else fold(
            out).endswith(_name_ends())
        # a name goes on inside a bracket left open (各村（社⏎区）) and into one opened after it (各村⏎（社区）)
        bracketed = part[:1] in "".join(p[0] for p in pairs) or any(out.count(p[0]) > out.count(p[1]) for p in pairs)
        bare = fold(part).startswith(tuple(data()["units"]["bare_endings"]))
        if out and ends and not bracketed and not bare and not fold(out).endswith(separators):
            out += "、"
        out += part
    return out


def _split_end(before: str, after: str) -> bool:
    """Whether a unit's ending word runs across the cut (管理办⏎公室: 办公室)."""
    return any(len(w) > j and before.endswith(w[:j]) and after.startswith(w[j:])
               for w in _name_ends() for j in range(1, len(w)))


def _accepts(role: str | None, parts: list[str]) -> bool:
    """Whether a column can hold these lines (an empty cell is one empty line)."""
    if "" in parts:
        return parts == [""]
    if role in _LEADERS:
        return all(_person(p) for p in parts) or (len(parts) > 1 and _person("".join(parts)))
    if role in ANSWER:
        names = split_units(_joined(parts)).names
        if any(_person(p) and p in names for p in parts) or not _wrapped(parts):
            return False
        return bool(names) and all(_unit_like(n) for n in names)
    if role == "deadline" and len(parts) > 1:
        # A time alone, or a time and what is done by it that a page wrapped (9月1日前投入⏎使用).
        joined = fold("".join(parts))
        return deadline_re().fullmatch(joined) is not None or (
            deadline_re().match(joined) is not None and all(_width(p) <= _width(parts[0]) for p in parts))
    return True


def _width(part: str) -> float:
    """How wide a line stands on the page (a half-width character counts half)."""
    return sum(0.5 if ord(ch) < 0x2E80 else 1 for ch in part)


def _wrapped(parts: list[str]) -> bool:
    """Whether the lines of a cell of names that run straight on (a name cut) are as wide as
    the lines after them: a page wraps a cell at its column's width, so 章⏎市城管局 is no
    wrapped cell (the 章 ends the leader 柳含⏎章 before it)."""
    ends = _name_ends() + tuple(data()["units"]["separators"])
    return all(fold(a).endswith(ends) or _width(a) >= _width(b) for a, b in zip(parts, parts[1:]))


def _weights(columns: list[str | None]) -> list[int]:
    names = [i for i, r in enumerate(columns) if r in ANSWER]
    last = names[-1] if names else len(columns) - 1
    return [0 if i == last else _NAMES if r in ANSWER else _TIME if r == "deadline" else _TEXT
            for i, r in enumerate(columns)]


def _cost(role: str | None, weight: int, parts: list[str]) -> int:
    """What a cell's lines after its first cost: a line of units that a page wrapped inside a
    name (市住房城乡建⏎设局) costs as wrapped text, a further name what its column costs."""
    if role not in ANSWER or role in _LEADERS:
        return weight * (len(parts) - 1)
    ends = _name_ends() + tuple(data()["units"]["separators"])
    return sum(min(weight, _TEXT) if not fold(a).endswith(ends) else weight for a in parts[:-1])


def fit(text: str, roles: tuple[str | None, ...], pieces: list[Piece]) -> tuple[TextCell, ...] | None:
    """A row's lines (after its number) put into the columns after the number, or None when
    no split suits every column. With fewer lines than columns, one line a column."""
    columns = list(roles[1:])
    if len(pieces) < len(columns):
        cells = [cell(p) for p in pieces] + [TextCell()] * (len(columns) - len(pieces))
        return tuple(cells)
    parts = [text[p[0]:p[1]] if p else "" for p in pieces]
    weights = _weights(columns)
    n, k = len(parts), len(columns)
    # best[i][j]: the least cost of putting the first j lines into the first i columns, and where column i starts.
    best: list[list[tuple[int, int] | None]] = [[None] * (n + 1) for _ in range(k + 1)]
    best[0][0] = (0, 0)
    for i in range(1, k + 1):
        for j in range(i, n - (k - i) + 1):
            for a in range(i - 1, j):
                before = best[i - 1][a]
                if before is None or not _accepts(columns[i - 1], parts[a:j]):
                    continue
                cost = before[0] + _cost(columns[i - 1], weights[i - 1], parts[a:j])
                if best[i][j] is None or cost < best[i][j][0]:  # type: ignore[index]
                    best[i][j] = (cost, a)
    if best[k][n] is None:
        return None
    bounds, j = [], n
    for i in range(k, 0, -1):
        a = best[i][j][1]  # type: ignore[index]
        bounds.append((a, j))
        j = a
    return tuple(cell(*pieces[a:b]) for a, b in reversed(bounds))


def default(roles: tuple[str | None, ...], pieces: list[Piece]) -> tuple[TextCell, ...]:
    """One line a column, the surplus to the last column of names (or the last column)."""
    columns = list(roles[1:])
    surplus = max(0, len(pieces) - len(columns))
    last = _weights(columns).index(0)
    out, at = [], 0
    for i in range(len(columns)):
        take = 1 + (surplus if i == last else 0)
        out.append(cell(*pieces[at:at + take]))
        at += take
    return tuple(out)


def names(text: str, role: str, c: TextCell) -> str:
    """A cell of names as one list: lines of units or leaders one a paragraph joined with 、,
    a name cut by a line break written whole (各街⏎道办事处, 赵⏎德明)."""
    parts = [text[s:e] for s, e in c.pieces]
    if role in _LEADERS:  # (a line that leaves one character after a title was cut in a name: 副区长杭⏎素衣)
        titles = words("headings", "leader_titles")
        cut = any(len(f) - len(t) == 1 for f in (fold(p).strip(SPACE) for p in parts) for t in titles if f.startswith(t))
        return "、".join(parts) if all(_person(p) for p in parts) and not cut else "".join(parts)
    # cut by the cell's width: the bar right after it, or after the one space a grid table pads with
    marks = data()["text_tables"]["cell_marks"]
    return _joined(parts, [text[e:e + 1] in marks or (text[e:e + 1] == " " and text[e + 1:e + 2] in marks)
                           for _, e in c.pieces])


def cut_in_name(text: str, c: TextCell | None) -> bool:
    """Whether a cell of units ends inside a name (市自然资源和规, 各区县（市）政): a row below that
    goes on with the rest of it is the same row wrapped (a converter's pipe rows)."""
    names = split_units(c.value(text)).names if c else ()
    return bool(names) and not _unit_like(names[-1])
