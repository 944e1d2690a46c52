"""Who answers, marked in a matrix: a table whose columns are units and whose cells hold marks.

A 分工 table may name the units across its header (序号 | 重点工作 | 市发改委 | 市财政局 | …) and
mark in each row the units that answer for its task (★ the lead, √ a cooperating unit). A
column the header map reads as a unit's (`columns.unit_column`) gives its unit, as the
header writes it, to every row whose cell holds a mark; which field a mark gives is the
document's legend when it has one (“★”表示牵头单位，“√”表示配合单位; ●为牵头单位，○为配合单位),
else [matrix]'s defaults (a filled mark leads, a hollow one cooperates).
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import compiled
from ..lexicon.columns import mark_field
from ..lexicon.labels import SPACE, alternation, data, fold
from .responsibility import Fields
from .tablecells import TextCell


@cache
def _legend_re() -> re.Pattern[str]:
    m = data()["matrix"]
    marks = "".join(re.escape(c) for c in m["lead"] + m["cooperating"])
    words = alternation(m["legend_lead"] + m["legend_cooperating"])
    # the mark, maybe quoted, a copula (为, 表示, 代表, 是), then at most a few words before the role
    return compiled.compile(f"(?P<mark>[{marks}])[”」\"']?[{SPACE}]*(?:为|表示|代表|是)[^，,；;。\n]{{0,4}}?(?P<word>{words})")


def legend(text: str) -> dict[str, str]:
    """Each mark's field as the document's legend says (over [matrix]'s defaults: `mark_field`)."""
    m = data()["matrix"]
    return {hit["mark"]: "lead_units" if hit["word"] in m["legend_lead"] else "cooperating_units"
            for hit in _legend_re().finditer(fold(text))}


def marked_units(text: str, names: list[tuple[str, TextCell]], marks: dict[str, str]) -> Fields:
    """The fields a row's marked cells give: (unit name, cell) for each unit column of the row."""
    out: Fields = {}
    for name, c in names:
        field = mark_field(c.value(text), marks) if c else None
        if field is not None:
            out.setdefault(field, []).append(name)
    return out
