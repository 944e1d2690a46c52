"""Properties of govmetrics.extract.quantities and govmetrics.extract.targets on any text.

Arbitrary Unicode (and text dense in numerals, units and list words) never raises, every
offset is a valid slice, every value is a Decimal; and the time taken grows linearly from
1 MB to 10 MB of document text (a ratio, not an absolute time).
"""

from __future__ import annotations

import time
from decimal import Decimal

from conftest import CORPUS_IDS, corpus_text
from hypothesis import given
from hypothesis import strategies as st

from govmetrics.extract.targets import classify, extract_targets, numbers_in
from govmetrics.model import ROLES

# Characters the rules react to: numerals, units, comparators, separators, quotes, verbs.
DENSE = st.text(st.sampled_from(list(
    "0123456789０１２３.．,，%％一二两三十百千万亿零〇Ⅱ个亩元人家所万以上下内超约近最多不低于"
    "、，。；;：()（）“”《》新增达到控制在确保力争各分别均其中含每立方米微克/前排名清为第期级类大A"
    "GkmWμ -—至~年月日号\n"
)), max_size=80)


def check(text: str) -> None:
    for d in classify(text, year=2021):
        q = d.quantity
        assert text[q.start:q.end] == q.surface
        assert q.start <= q.number_start < q.number_end <= q.end
        assert isinstance(q.value, Decimal) or (isinstance(q.low, Decimal) and isinstance(q.high, Decimal))
        assert d.role in ROLES and d.reason
        assert bool(d.targets) == (d.role == "target")
        for t in d.targets:
            assert text[t.start:t.end] == t.surface
            assert t.value is None or isinstance(t.value, Decimal)
    for m in numbers_in(text, year=2021):
        assert text[m.start:m.end] == m.surface
        assert m.value is None or isinstance(m.value, Decimal)


@given(st.text(max_size=200))
def test_any_text(text: str) -> None:
    check(text)


@given(DENSE)
def test_text_dense_in_the_words_the_rules_use(text: str) -> None:
    check(text)


@given(DENSE, DENSE)
def test_an_earlier_line_changes_nothing_but_offsets(text: str, before: str) -> None:
    def key(t, shift: int = 0):
        return t.start - shift, t.surface, t.value, t.unit, t.comparator, t.action, t.commitment, t.indicator

    head = before.replace("\n", "") + "\n"
    plain = [key(t) for t in extract_targets(text)]
    shifted = [key(t, len(head)) for t in extract_targets(head + text) if t.start >= len(head)]
    assert shifted == plain


def _seconds(text: str) -> float:
    begin = time.perf_counter()
    classify(text)
    return time.perf_counter() - begin


def test_time_grows_linearly_from_1_to_10_mb() -> None:
    corpus = "\n".join(corpus_text(doc) for doc in CORPUS_IDS)
    one = (corpus * (1_000_000 // len(corpus) + 1))[:1_000_000]
    ten = (corpus * (10_000_000 // len(corpus) + 1))[:10_000_000]
    classify(corpus)  # load tables, compile patterns, fill caches
    # the best of two runs of each: a load on the machine during one run is no growth of the time
    ratio = min(_seconds(ten) for _ in range(2)) / min(_seconds(one) for _ in range(2))
    assert ratio < 15, f"10 MB took {ratio:.1f} times as long as 1 MB"
