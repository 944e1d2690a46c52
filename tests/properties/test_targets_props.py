"""Properties of govmetrics.extract.quantities and govmetrics.extract.targets on any text.

Arbitrary Unicode (and text dense in numerals, units and list words) never raises, every
offset is a valid slice, every value is a Decimal. (That the time grows linearly with the
text is measured by bench/targets.py, not timed here.)
"""

from __future__ import annotations

from decimal import Decimal

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
