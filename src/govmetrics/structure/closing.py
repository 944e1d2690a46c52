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
from ..lexicon.roles import UNIT_FIELDS, label_fields
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
    instructions about the list, like the preamble before its first task, no statement of work.
    They end at the first other heading but one of results or problems (`reviews`, whose
    sentences stay statements); a sentence after the list that addresses no one, under no
    such heading (此外，年内完成…), stays a statement."""
    last = max((s.end for s in statements if s.is_task), default=None)
    if last is None:
        return []
    closing = words("statements", "closing_headings")
    after = sorted((sec.start, any(w in fold(sec.title) for w in closing)) for sec in sections
                   if sec.start >= last and not is_review(sec.title))
    end = next((start for start, instructs in after if not instructs), None)
    return [s for s in statements if s.start in sentences and s.start >= last and (end is None or s.start < end)
            and (_address().search(fold(s.text)) or any(start < s.start for start, _ in after))]
