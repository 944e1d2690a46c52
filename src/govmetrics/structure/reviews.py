"""Headings of results and problems (layouts §8: the review part of a work report or of a
half-year summary, 一、上半年工作完成情况, 二、存在的问题): what a statement under one states is a
report of what was done, no target. The words are `data/structure.toml` [statements]
review_headings and review_not_with."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon.labels import fold, words


def is_review(title: str) -> bool:
    """Whether a heading names results or problems, and nothing still to be done."""
    folded = fold(title)
    return (any(w in folded for w in words("statements", "review_headings"))
            and not any(w in folded for w in words("statements", "review_not_with")))


def review_heading(section: Sequence[str]) -> str | None:
    """The heading of `section` (outermost first) that makes it a review, or None."""
    return next((title for title in section if is_review(title)), None)
