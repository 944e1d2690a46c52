"""Figures written beside a target for comparison: an average or a standard in a bracket.

A task states its target and, in a bracket after it, what that figure compares with: 毛入学率达到
90%（全省平均为89.5%）, 浓度控制在37微克/立方米以下（国家二级标准为35微克/立方米）, 提高20元（现行
标准为每人每月158元）. The bracket's figure is background, like a past year's (2024年为…, in
`progress`) or a former plan's (原目标为…, in `revisions`): no target. The words are
data/targets.toml [references].
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import compiled, table
from ..lexicon.wordsets import alternation
from ..model import Quantity
from .clauses import Layout

RoleReason = tuple[str, str]
_BEFORE = 8  # characters before the bracket where its word may end (国家二级标准（年均35微克/立方米）)


@cache
def _words() -> re.Pattern[str]:
    return compiled.compile(alternation(table("targets")["references"]["words"]))


def beside(text: str, q: Quantity, layout: Layout) -> RoleReason | None:
    """The role of a number after a word of comparison inside the bracket that holds it, or in a
    bracket right after such a word, in its clause."""
    opened = max(text.rfind(b, layout.clause_start(q.start), q.start) for b in "（(")
    if opened < 0 or any(c in text[opened:q.start] for c in "）)"):
        return None
    if _words().search(text, opened, q.start) or _words().search(text, max(0, opened - _BEFORE), opened):
        return "other", "a figure the target is compared with, in a bracket (全省平均为89.5%, 国家二级标准为35微克/立方米)"
    return None
