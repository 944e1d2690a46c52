"""Properties of govmetrics.extract.deadlines: written years resolve for any year, surfaces are slices."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from govmetrics.extract.deadlines import extract_deadlines, time_numerals

years = st.integers(min_value=2000, max_value=2100)
doc_years = st.integers(min_value=1990, max_value=2100)
CN = "〇一二三四五六七八九"


def month_end(year: int, month: int) -> date:
    """The last day of a month, counted back from the first day of the next one."""
    first_next = date(year + month // 12, month % 12 + 1, 1)
    return first_next - timedelta(days=1)


@given(years, doc_years)
def test_year_end(y: int, doc_year: int) -> None:
    (d,) = extract_deadlines(f"{y}年底前完成", year=doc_year)
    assert (d.surface, d.due) == (f"{y}年底前", date(y, 12, 31))


@given(years, st.integers(min_value=1, max_value=12), doc_years)
def test_month_end(y: int, m: int, doc_year: int) -> None:
    (d,) = extract_deadlines(f"力争{y}年{m}月底前建成", year=doc_year)
    assert (d.surface, d.due) == (f"{y}年{m}月底前", month_end(y, m))


@given(years, doc_years)
def test_chinese_and_full_width_digits_read_the_same(y: int, doc_year: int) -> None:
    chinese = "".join(CN[int(c)] for c in str(y))
    full = "".join(chr(ord(c) + 0xFEE0) for c in str(y))
    dues = {extract_deadlines(f"{w}年底前完成", year=doc_year)[0].due for w in (str(y), chinese, full)}
    assert dues == {date(y, 12, 31)}


@given(doc_years, st.integers(min_value=1, max_value=9))
def test_relative_words_follow_the_document_year(doc_year: int, n: int) -> None:
    text = f"年底前完成,上半年开工,{n}年内建成"
    assert [d.due for d in extract_deadlines(text, year=doc_year)] == [
        date(doc_year, 12, 31), date(doc_year, 6, 30), date(doc_year + n - 1, 12, 31)]


pieces = st.sampled_from([
    "年内", "年底前", "6月底前", "上半年", "一季度", "到2025年", "“十四五”", "三年内", "每季度末",
    "尽早", "及时", "长期", "2021年", "4月18日", "三年行动计划", "规划", "完成", "建成", "力争",
    "确保", "新增学位600个", ",", "。", "、", "\n", "项目", "是", "的", "今年", "年度", "市政府",
])


@given(st.lists(pieces, max_size=12).map("".join), doc_years, st.integers(min_value=0, max_value=10_000))
def test_surfaces_are_slices_in_order(text: str, doc_year: int, offset: int) -> None:
    found = extract_deadlines(text, year=doc_year, offset=offset)
    for d in found:
        assert text[d.start - offset:d.end - offset] == d.surface != ""
        assert not d.default
        assert (d.due is None) == (d.recurring or d.surface in ("尽早", "及时", "长期"))
    assert [d.start for d in found] == sorted(d.start for d in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    for a, b, role, reason in time_numerals(text, year=doc_year, offset=offset):
        assert text[a - offset:b - offset].strip() and reason
        # progress: a plan period that ended before the document's year, at a clause's head
        # (“十四五”， in a 2026 text), reports results (data/progress.toml [past_year])
        assert role in ("deadline", "date", "programme_name", "condition", "progress")
