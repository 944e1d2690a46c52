"""The closing instructions after a responsibility list's last task: sentences addressed to
those who answer for its tasks or naming the office that checks on them, and what stands
under a heading of the list's own requirements (四、下步工作要求, 考核与奖惩, 附则). Like the
preamble before the first task, they assign no work. The words are `data/structure.toml`
[statements] closing_address, offices, closing_headings."""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import compiled
from ..lexicon.labels import alternation, fold, words
from ..lexicon.roles import FIELDS, UNIT_FIELDS, label_fields
from ..model import Section, Statement
from .reviews import is_review


@cache
def _address() -> re.Pattern[str]:
    """Words that address those who answer for a list's tasks (各责任单位, 各承办单位, 各有关部门),
    or name the supervision office that checks on them (督查室将于9月组织专项督查)."""
    units = [w for w, f in label_fields().items() if f in UNIT_FIELDS]
    return compiled.compile(alternation(["各" + w for w in units] + list(words("statements", "closing_address"))
                                  + list(words("statements", "offices"))))


def closing_sentences(statements: list[Statement], sections: list[Section], sentences: set[int]) -> list[Statement]:
    """The sentences of prose after the last task of a responsibility list that address those
    who answer for its tasks (各责任单位要…每月报送进展，确保12月底前全面完成) or name the office that
    checks on them (督查室将于9月组织专项督查), or that stand under a heading of the list's own
    requirements ([statements] closing_headings: 四、下步工作要求, 考核与奖惩, 附则): closing
    instructions about the list, like the preamble before its first task, no statement of work;
    so are numbered items under such a heading that name no one who answers (四、下步工作安排
    （一）加强跟踪督办。…).
    They end at the first other heading but one of results or problems (`reviews`, whose
    sentences stay statements); a sentence after the list that addresses no one, under no
    such heading (此外，年内完成…), stays a statement."""
    closing = words("statements", "closing_headings")
    known: dict[str, bool] = {}  # every statement asks about the titles of its sections: once each

    def instructs(title: str) -> bool:
        if title not in known:
            known[title] = any(w in fold(title) for w in closing)
        return known[title]

    def unanswered_under_heading(s: Statement) -> bool:
        # 四、下步工作安排 （一）加强跟踪督办。…: numbered instructions naming no one who answers
        return any(instructs(t) for t in s.section) and not any(getattr(s, f) for f in FIELDS)

    last = max((s.end for s in statements if s.is_task and not unanswered_under_heading(s)), default=None)
    if last is None:
        return []
    after = sorted((sec.start, instructs(sec.title)) for sec in sections
                   if sec.start >= last and not is_review(sec.title))
    end = next((start for start, closes in after if not closes), None)
    return [s for s in statements if unanswered_under_heading(s) or (
        s.start >= last and (end is None or s.start < end) and s.start in sentences
        and (_address().search(fold(s.text)) or any(start < s.start for start, _ in after)))]
