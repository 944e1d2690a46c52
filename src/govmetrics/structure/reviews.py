"""Headings of parts that assign no task: results and problems (layouts §8: the review part
of a work report or of a half-year summary, 一、上半年工作完成情况, 二、存在的问题), what a
statement under one states is a report of what was done, no target, and a numbered item under
one that names no one who answers is no task; and the parts that frame
a plan's tasks (一、总体要求 （二）主要目标, 三、时间安排), whose numbered items are statements, no
tasks; and a regulation's articles (第一条 …), rules, no tasks. The words are `data/structure.toml` [statements] review_headings, review_not_with and
plan_parts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from ..lexicon import compiled
from ..lexicon.labels import SPACE, alternation, char_class, clause_ends, fold, words
from .numbering import numbered


@cache
def _review_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words of a review heading, those that make a heading more than a review, and the marks
    that end a heading's first clause (its clause separators and sentence ends)."""
    review, more = words("statements", "review_headings"), words("statements", "review_not_with")
    never = "(?!)"  # an empty list matches nothing, as `any` over it would
    return (compiled.compile(alternation(review) if review else never),
            compiled.compile(alternation(more) if more else never), compiled.compile(char_class(clause_ends())))


@lru_cache(maxsize=256)  # asked once per statement of each heading above it
def is_review(title: str) -> bool:
    """Whether a heading names results or problems, and nothing still to be done. Only its first
    clause counts: a heading a PDF ran into its paragraph (一、2018年工作回顾2018年，…完成了…目标任务)
    is read by its own words."""
    review, more, clause = _review_res()
    folded = clause.split(fold(title), 1)[0]
    return review.search(folded) is not None and more.search(folded) is None


def review_heading(section: Sequence[str]) -> str | None:
    """The heading of `section` (outermost first) that makes it a review, or None."""
    return next((title for title in section if is_review(title)), None)


def frames_plan(text: str, section: Sequence[str]) -> bool:
    """Whether a numbered item frames a plan's tasks rather than assigning one: it stands under,
    or opens with, the name of such a part ([statements] plan_parts: 主要目标, 时间安排 …)."""
    parts = tuple(words("statements", "plan_parts"))
    titles = [fold(t) for t in section]
    titles = [t[m[1].end():] if (m := numbered(t)) else t for t in titles]  # 二、主要目标 → 主要目标
    return any(t.startswith(parts) for t in titles) or fold(text).startswith(parts)


def deliberates(text: str) -> bool:
    """Whether a numbered point opens with a meeting's view ([statements] deliberation_openers:
    会议认为，…; 会议强调，…): a point of minutes that, naming no one, states no work of its own."""
    return fold(text).lstrip(SPACE).startswith(tuple(words("statements", "deliberation_openers")))


def is_article(line: str) -> bool:
    """Whether a line opens a regulation's article (第五条 按期完成任务的，得该项全部分值): a rule of
    the 办法 a task list comes with ([statements] article_marks), not an item of work."""
    found = numbered(fold(line).strip(SPACE))
    return found is not None and found[1].group().rstrip(SPACE).endswith(tuple(words("statements", "article_marks")))
