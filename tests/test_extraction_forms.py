"""Forms of the layout families the third layout batch wrote, read by rule (our own sentences).

Unit symbols of the CJK compatibility block, a space between a number and a time word,
table cells as clause boundaries, the head of a 其中 sub-target, the people served by a
verb, shares governed by a verb, counted lists of projects and their totals, residents
counts that pick places, a past year after a colon, and the times that are or are not
due (每月…N次, a plan's annual share, a decision dated by 今年, a bare month before 投入).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from govmetrics.extract.deadlines import extract_deadlines
from govmetrics.extract.targets import extract_targets, numbers_in

D = Decimal


def _one(text: str, surface: str):
    found = [t for t in extract_targets(text, year=2021) if t.surface == surface]
    assert len(found) == 1, [t.to_dict() for t in extract_targets(text, year=2021)]
    assert text[found[0].start:found[0].end] == surface
    return found[0]


@pytest.mark.parametrize("text,surface,value,unit", [
    ("新建绿道8．5㎞，铺设透水砖1．2萬㎡。", "8．5㎞", D("8.5"), "㎞"),
    ("新建绿道8．5㎞，铺设透水砖1．2萬㎡。", "1．2萬㎡", D(12000), "㎡"),
    ("新增调蓄库容300万㎥。", "300万㎥", D(3_000_000), "㎥"),
    ("新建集中供热管网26㎞，改造老旧管网9.5㎞。", "9.5㎞", D("9.5"), "㎞"),
    ("采购新能源公交车260 辆。", "260 辆", D(260), "辆"),
])
def test_unit_symbols_and_spaced_units_are_kept_as_written(text: str, surface: str, value: D, unit: str) -> None:
    t = _one(text, surface)
    assert (t.value, t.unit) == (value, unit)


def test_a_number_before_a_spaced_time_word_is_no_quantity_with_it() -> None:
    text = "3.2 年底前完成农村产权交易平台建设。"
    assert extract_targets(text, year=2021) == []
    assert [d.surface for d in extract_deadlines(text, year=2021)] == ["年底前"]


@pytest.mark.parametrize("text,surface,fields", [
    # a verbless number cell: the cell before names it; a verb inside that name is no action
    ("城镇新增就业\t5000人", "5000人", dict(action=None, kind="increment", ind="城镇新增就业")),
    # … but a verb that opens the cell before governs it
    ("新增公办学位\t2万个", "2万个", dict(action="新增", kind="increment", ind="公办学位")),
    # a note in brackets after the number names nothing; numbers inside the name cell stay
    ("一般公共预算收入\t增长6%(上级下达指标)", "6%", dict(action="增长", kind="growth", ind="一般公共预算收入")),
    ("学前三年毛入园率\t达到95%", "95%", dict(action="达到", ind="毛入园率")),
    # a value cell between is skipped on the way back to the name
    ("新建城市道路\t12条\t30公里", "30公里", dict(action="新建", ind="城市道路")),
    # a verb in another cell of a pipe row never governs
    ("| 5 | 物流园 | 续建 | 新建仓储厂房5万平方米 | 12月底前 |", "5万平方米", dict(action="新建", ind="仓储厂房")),
    # a negative percentage with no verb is a rate of change
    ("万元产值能耗\t-2%", "-2%", dict(action=None, kind="growth")),
])
def test_table_cells_bound_what_governs_a_number(text: str, surface: str, fields: dict) -> None:
    t = _one(text, surface)
    ind = fields.pop("ind", None)
    assert {k: getattr(t, k) for k in fields} == fields
    if ind:
        assert ind in (t.indicator or "")


@pytest.mark.parametrize("text,surface,fields", [
    # a 其中 sub-target belongs to the amount of its unit, not to the growth rate before it
    ("完成固定资产投资800亿元，增长10%，其中工业投资不低于300亿元。", "300亿元",
     dict(action="完成", kind="increment", direction=None, ind="工业投资")),
    # the people served and the verb both name what is counted
    ("为70周岁以上老人免费体检3万人。", "3万人", dict(action="体检", kind="increment", ind="老人免费体检")),
    # 开展 governs the activity it names
    ("开展农民实用技术培训5000人次。", "5000人次", dict(action="开展", ind="培训")),
    ("实际利用外资2亿美元。", "2亿美元", dict(action="实际利用", kind="increment", ind="外资")),
    ("排查整改安全隐患200处以上。", "200处以上", dict(action="整改")),
    ("硬化村组道路40公里。", "40公里", dict(action="硬化", ind="村组道路")),
    ("新建中小学3所，9月1日前投入使用2所。", "2所", dict(action="投入使用", ind="中小学")),
    # a verb right before a share of a thing governs it
    ("10月底前完成60%工程量。", "60%", dict(action="完成", kind="level", ind="工程量")),
])
def test_what_governs_a_number(text: str, surface: str, fields: dict) -> None:
    t = _one(text, surface)
    ind = fields.pop("ind", None)
    assert {k: getattr(t, k) for k in fields} == fields
    if ind:
        assert ind in (t.indicator or "")


def test_a_share_of_an_action_keeps_no_verb() -> None:
    t = _one("开展100%全覆盖抽检。", "100%")
    assert t.action is None


@pytest.mark.parametrize("text,number,role", [
    # residents or households with 以上 before a place pick the places, even after a verb
    ("实现30户以上自然村通客车。", "30户以上", "condition"),
    ("对50人以上企业开展安全检查。", "50人以上", "condition"),
    # a count of the things named stays a target
    ("帮助300家以上企业上云。", "300家以上", "target"),
    # the count of a named list of projects, and that list's total
    ("确保8件民生实事按期完成。", "8件", "programme_name"),
    ("今年区政府确定的12项民生实事总投资约3.5亿元。", "3.5亿元", "other"),
    ("重大项目总投资不低于900亿元。", "900亿元", "target"),
    # a past year after a colon opens a report of results
    ("同志们：2019年，全区生产总值增长7%，财政收入达到30亿元。", "7%", "progress"),
    ("同志们：2019年，全区生产总值增长7%，财政收入达到30亿元。", "30亿元", "progress"),
])
def test_roles_by_form(text: str, number: str, role: str) -> None:
    year = 2020 if text.startswith("同志们") else 2021
    mentions = [m for m in numbers_in(text, year=year) if text.startswith(number, m.start)]
    assert mentions and mentions[0].role == role, mentions


@pytest.mark.parametrize("text,expected", [
    # a task done so many times every period: a recurring time
    ("每月入户走访困难群众不少于2次。", [("每月", None, True)]),
    ("每季度开展消防演练1次以上。", [("每季度", None, True)]),
    # a number of things or people over a period: a frequency, no deadline
    ("每年新增就业1000人。", []),
    ("每年培训农民1000人次。", []),
    # the year's share of a plan's targets is not due at the plan's end
    ("完成“十三五”节能减排年度任务。", []),
    ("力争完成“十四五”目标任务。", [("“十四五”", date(2025, 12, 31), False)]),
    # a year that dates a decision about the things named after it
    ("据了解，今年市政府确定的民生实事总投资5亿元。", []),
    ("今年要完成市政府确定的民生实事。", [("今年", date(2021, 12, 31), False)]),
    # a bare month at a clause head before 投入
    ("新增床位200张；8月投入试运行。", [("8月", date(2021, 8, 31), False)]),
])
def test_deadlines_by_the_words_around_them(text: str, expected: list) -> None:
    found = extract_deadlines(text, year=2021)
    assert [(d.surface, d.due, d.recurring) for d in found] == expected
