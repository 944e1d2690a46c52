"""Which written deadline governs a target (spec section 4): the one of its comma clause, else
a time fronted in its sentence (年底前，完成…). The clause and sentence ends are those of
data/deadlines.toml [context]."""

from __future__ import annotations

from functools import cache
from typing import Sequence

from ..errors import GovmetricsError
from ..lexicon import table
from ..model import Deadline
from .clauses import stretch


@cache
def _ends() -> tuple[frozenset[str], frozenset[str]]:
    context = table("deadlines")["context"]
    return frozenset(context["clause_ends"]), frozenset(context["sentence_ends"])


def deadline_for_span(text: str, start: int, end: int, deadlines: Sequence[Deadline], *,
                      offset: int = 0) -> Deadline | None:
    """The written deadline that governs the span [start, end) of `text` (a target), or None.

    The deadline in the span's comma clause (split at ，,；;。！？ and line breaks, not at 、)
    wins, the nearest one before the span first; failing that, a deadline in the first
    clause of the span's sentence, which a fronted time governs (年底前,完成…). `offset` is
    the offset of `text[0]` in the coordinates of `start`, `end` and the deadlines.
    """
    clause_ends, sentence_ends = _ends()
    i = start - offset
    if not 0 <= i <= end - offset <= len(text):
        raise GovmetricsError(f"deadline_for_span: span [{start}, {end}) is outside the text "
                              f"[{offset}, {offset + len(text)})")
    written = [d for d in deadlines if not d.default]
    if not written:
        return None  # most texts write no deadline: no clause to look for one in
    a, b = stretch(text, i, clause_ends)
    same = [d for d in written if a <= d.start - offset < b]
    if same:
        earlier = [d for d in same if d.start - offset < i]
        return earlier[-1] if earlier else same[0]
    sa, _ = stretch(text, i, sentence_ends)
    _, head_end = stretch(text, sa, clause_ends)
    if head_end < a:
        fronted = [d for d in written if sa <= d.start - offset < head_end]
        if fronted:
            return fronted[-1]
    return None
