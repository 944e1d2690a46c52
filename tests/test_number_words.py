"""Numbers next to words that hold a number's own characters: 点 in 网点 is no decimal point,
约 in 签约 no approximation; and a past year at a clause's head reports results.

Every sentence here is our own."""

from __future__ import annotations

import pytest

from govmetrics.extract.quantities import extract_quantities
from govmetrics.extract.roles import analyse


@pytest.mark.parametrize("text,surface,value", [
    ("新设社区便民网点二十个", "二十个", "20"), ("新建加油站点三十个", "三十个", "30"),
    ("三点一三万亩", "三点一三万亩", "31300"), ("增长一点五倍", "一点五倍", "1.5"),
])
def test_a_chinese_numeral_after_a_word_ending_in_dian(text: str, surface: str, value: str) -> None:
    assert [(q.surface, str(q.value)) for q in extract_quantities(text)] == [(surface, value)]


@pytest.mark.parametrize("text,comparator", [("新签约5亿元以上项目", ">="), ("节约用水20万吨", "="),
                                             ("约5亿元", "~"), ("超20亿元", ">")])
def test_a_word_ending_in_an_approximation_word_is_no_approximation(text: str, comparator: str) -> None:
    (q,) = extract_quantities(text)
    assert q.comparator == comparator


def test_an_amount_with_yishang_before_a_noun_after_qianyue_picks_a_size_class() -> None:
    found = analyse("新签约5亿元以上产业项目30个。", year=2021)
    assert [(n.surface, n.role) for n in found.numbers] == [("5亿元以上", "condition"), ("30个", "target")]


def test_a_past_year_at_a_clause_head_reports_results() -> None:
    """会议指出，2014年全县共实施… in a 2015 text: results; 2014年底前… stays a time."""
    found = analyse("会议指出，2014年全县共实施重点项目86个，完成投资78.5亿元。今年新开工项目30个。", year=2015)
    assert [t.surface for t in found.targets] == ["30个"]
    found = analyse("2014年底前建成数据中心1个。", year=2015)
    assert [d.surface for d in found.deadlines] == ["2014年底前"]
