"""Extraction on the layouts of issue 13 (spec/layouts.md §7-9, traditional text): targets
and their fields in prose, in a paragraph of main targets, in milestones.

Every sentence is written for this test (places and figures made up).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from govmetrics.extract.roles import analyse

D = Decimal


def _targets(text: str, year: int | None = 2019) -> list[dict]:
    return [t.to_dict() for t in analyse(text, year=year).targets]


@pytest.mark.parametrize("text,expected", [
    # traditional characters: the verbs and commitment words read, the words kept as written
    ("確保全縣生產總值增長7.5%左右，企業投資項目審批時間壓縮50%。", [
        dict(surface="7.5%左右", action="增長", commitment="firm", kind="growth", direction="up"),
        dict(surface="50%", action="壓縮", commitment="firm", kind="growth", direction="down"),
    ]),
    ("力爭城鄉居民養老保險參保率達到97%以上。", [
        dict(surface="97%以上", action="達到", commitment="aim", kind="level", indicator="城鄉居民養老保險參保率"),
    ]),
    ("開工建設保障性住房900套。", [
        dict(surface="900套", action="開工建設", kind="increment", indicator="保障性住房"),
    ]),
])
def test_traditional_text(text: str, expected: list[dict]) -> None:
    found = _targets(text)
    assert len(found) == len(expected), found
    for got, want in zip(found, expected):
        assert {k: got[k] for k in want} == want


@pytest.mark.parametrize("text,expected", [
    # 突破 / 超 before the number: comparator ">", no action (spec §2)
    ("外贸进出口总额突破80亿元。", [dict(surface="80亿元", comparator=">", action=None, kind="level")]),
    ("高新技术企业超300家。", [dict(surface="300家", comparator=">", action=None)]),
    # verbs of tasks outside the five corpora
    ("新增城镇就业1500人，转移农村劳动力900人。", [
        dict(surface="1500人", action="新增"), dict(surface="900人", action="转移", direction=None)]),
    ("市级审批事项精简20%以上。", [dict(surface="20%以上", action="精简", kind="growth", direction="down")]),
    ("政务服务事项拓展至80项。", [dict(surface="80项", action="拓展至", kind="level", direction="up")]),
    ("年内启动老旧片区改造6个。", [dict(surface="6个", action="启动", kind="increment")]),
    ("新开办幼儿园4所。", [dict(surface="4所", action="新开办", direction="up")]),
])
def test_comparators_and_verbs(text: str, expected: list[dict]) -> None:
    found = _targets(text)
    assert len(found) == len(expected), found
    for got, want in zip(found, expected):
        assert {k: got[k] for k in want} == want


@pytest.mark.parametrize("text,expected", [
    # a time before the verb of a sub-target says when, not what (layouts §9)
    ("新增学位3000个，其中确保8月底前建成学校4所。", [
        dict(surface="3000个", action="新增"), dict(surface="4所", action="建成", commitment="firm", indicator="学校")]),
    # a clause with its own comparator word states its own level: no action carried over
    ("新建农村公路120公里，全县公路通车里程突破3000公里。", [
        dict(surface="120公里", action="新建"), dict(surface="3000公里", action=None, comparator=">")]),
    # a change verb right after another verb governs alone (投入 is the thing that grows)
    ("全社会研发经费投入增长12%以上。", [dict(surface="12%以上", action="增长", kind="growth", direction="up")]),
    # a milestone share of the work (layouts §9)
    ("8月底前完工50%以上。", [dict(surface="50%以上", action="完工", kind="level")]),
])
def test_items_of_prose_and_milestones(text: str, expected: list[dict]) -> None:
    found = _targets(text)
    assert len(found) == len(expected), found
    for got, want in zip(found, expected):
        assert {k: got[k] for k in want} == want


@pytest.mark.parametrize("text,expected", [
    # a paragraph of main targets (layouts §8): ；between targets, a unitless index
    ("主要预期目标是：地区生产总值增长6%左右；城镇登记失业率控制在4%以内；居民消费价格指数控制在103以内。", [
        dict(surface="6%左右", action="增长", comparator="~", kind="growth"),
        dict(surface="4%以内", action="控制在", comparator="<="),
        dict(surface="103以内", value="103", unit=None, comparator="<=", action="控制在"),
    ]),
    # two targets on one surface: the predicate before 均 shared by two indicators
    ("城镇和农村居民人均可支配收入实际增长均在7%以上。", [
        dict(surface="7%以上", action="增长", kind="growth", indicator="城镇居民人均可支配收入"),
        dict(surface="7%以上", action="增长", kind="growth", indicator="农村居民人均可支配收入"),
    ]),
    # a quantity before 的 and a goal word is the goal, not a threshold
    ("确保新增城镇就业5200人的年度目标全面完成。", [dict(surface="5200人", action="新增", commitment="firm")]),
])
def test_main_targets_paragraph(text: str, expected: list[dict]) -> None:
    found = _targets(text)
    assert len(found) == len(expected), found
    for got, want in zip(found, expected):
        assert {k: got[k] for k in want} == want


def test_milestones_each_with_its_deadline() -> None:
    # layouts §9: every milestone quantity is a target with its own deadline
    found = analyse("9月底前完工30%以上，11月底前完工70%以上，12月底前全面完工。", year=2020)
    assert [(t.surface, t.deadline.surface) for t in found.targets] == [("30%以上", "9月底前"), ("70%以上", "11月底前")]
    assert [d.surface for d in found.deadlines] == ["9月底前", "11月底前", "12月底前"]


def test_list_numbers_run_into_months() -> None:
    # 1.3月底前 is item 1 and 3月底前 (not the decimal 1.3)
    text = "进度安排：1.4月底前完成设计；2.9月底前建成15个。"
    found = analyse(text, year=2020)
    assert [d.surface for d in found.deadlines] == ["4月底前", "9月底前"]
    assert [(t.surface, t.deadline.surface) for t in found.targets] == [("15个", "9月底前")]
    roles = [(n.surface, n.role) for n in found.numbers]
    assert roles == [("1.", "task_number"), ("4", "deadline"), ("2.", "task_number"), ("9", "deadline"),
                     ("15个", "target")]


@pytest.mark.parametrize("text,number,role", [
    # a quantity right before a rate's name is part of the name (a service radius)
    ("城区公交站点300米覆盖率达到95%。", "300米", "name_or_code"),
    ("学前三年入园率达到96%。", "三年", "name_or_code"),
    # not across 的: a threshold that picks a scope stays a condition
    ("年收入20万元以上的村占比达到60%。", "20万元以上", "condition"),
])
def test_part_of_a_rate_name(text: str, number: str, role: str) -> None:
    roles = {n.surface: n.role for n in analyse(text, year=2020).numbers}
    assert roles[number] == role
