"""What describes a list of projects, or one project, rather than the work of the year.

A list of projects (民生实事, 重点项目) names its items by count and sums them up: 10件民生实事
counts the list, …总投资约6.8亿元 in its sentence is the list's total; the items carry the
targets. A project of a key-project list is described before its year's part: its total
investment (总投资32亿元) beside the year's (年度计划投资：8亿元, 年度目标：…) is the project's size
over all its years, and the land it occupies (项目用地560亩, 规划占地1500亩) is what it is built
on; the year's part, and the scale to build (新建厂房8万平方米), are the targets. A count whose
clause opens as many numbered items (包括3个子项目：（1）…（2）…（3）…) counts that list. The words
are data/nontargets.toml [programme_list], [project] and [list_count].
"""

from __future__ import annotations

import unicodedata

from ..lexicon import compiled, table
from ..model import Quantity
from . import verbs
from .clauses import Layout
from .quantities import outer_start

RoleReason = tuple[str, str]
_REACH = 200  # characters after a project's total where its year's part is looked for
_LIST_REACH = 400  # characters after a colon that announces a list (its items on that line)


def described(text: str, q: Quantity) -> RoleReason | None:
    """The role of a number that counts or sums up a list of projects or describes one project,
    or None."""
    d, p = table("nontargets")["programme_list"], table("nontargets")["project"]
    names = tuple(d["names"])
    if text.startswith(names, q.end):
        return "programme_name", "counts the projects of a named list (10件民生实事)"
    lead = outer_start(text, q)
    if text.endswith(tuple(d["totals"]), 0, lead):
        sentence = max(text.rfind(c, 0, lead) for c in table("targets")["separators"]["sentence"]) + 1
        if any(name in text[sentence:lead] for name in names):
            return "other", "the total of a named list of projects describes the list (民生实事总投资约6.8亿元)"
        # (not a threshold before 的: 引进总投资超10亿元的项目 picks a class of projects)
        around = text[text.rfind("\n", 0, lead) + 1:q.end + _REACH]  # the project's lines, read locally
        threshold = text.startswith(table("targets")["connectors"]["modifier"], q.end)
        if text.endswith(tuple(p["totals"]), 0, lead) and not threshold and any(w in around for w in p["year_parts"]):
            return "other", "a project's total investment beside its year's part describes the project (总投资32亿元。年度目标：…)"
    if text.endswith(tuple(p["land"]), 0, lead) and not verbs.governed(text, lead):
        return "other", "the land a project occupies describes it (项目用地560亩)"
    return None


def announces_list(text: str, q: Quantity, layout: Layout) -> bool:
    """Whether the clause of `q` ends in a colon that opens exactly `q.value` items numbered
    from 1 ([list_count] item_label: （1）…（2）…, ①…②…)."""
    colon = layout.clause_end(q.end)
    if text[colon:colon + 1] not in (":", "：") or q.value is None or q.unit is None:
        return False
    end = text.find("\n", colon, colon + _LIST_REACH)  # the list announced on its line, read locally
    found = [int(m["n"]) if m["n"] else int(unicodedata.numeric(m["c"])) for m in compiled.compile(
        table("nontargets")["list_count"]["item_label"]).finditer(text, colon + 1, end if end >= 0 else colon + _LIST_REACH)]
    return found == list(range(1, len(found) + 1)) and len(found) == q.value > 1
