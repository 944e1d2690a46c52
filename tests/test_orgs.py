"""Unit lists split as spec section 5 says, and spellings of one unit linked by the alias table."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govmetrics.structure.orgs import canonical, link_units, split_units, states_lead_rule

# (written list, names, open) — cases from spec section 5 and the corpora's NOTES.
SPLITS = [
    ("市发展改革委(铁办)", ["市发展改革委(铁办)"], False),
    ("各县(市、区)政府(管委会)", ["各县(市、区)政府(管委会)"], False),
    ("婺城区、金东区、武义县政府", ["婺城区", "金东区", "武义县政府"], False),
    ("市医疗保障局及市直有关部门", ["市医疗保障局及市直有关部门"], False),
    ("市卫生健康委等,各县(市、区)政府(管委会)", ["市卫生健康委", "各县(市、区)政府(管委会)"], True),
    ("市应急局、市公安局、市住建局等", ["市应急局", "市公安局", "市住建局"], True),
    ("市经信局、市文广旅体局等市级有关部门,各镇(街道)。",
     ["市经信局", "市文广旅体局", "市级有关部门", "各镇(街道)"], True),
    ("白沙路街道、坎墩街道等有关镇(街道)。", ["白沙路街道", "坎墩街道", "有关镇(街道)"], True),
    ("市商务局等部门", ["市商务局"], True),
    ("市高等教育局", ["市高等教育局"], False),
    ("市委人才办、市人社局。", ["市委人才办", "市人社局"], False),
    ("市发改委；市财政局，市统计局", ["市发改委", "市财政局", "市统计局"], False),
    ("各县(市、区)政府,市政府各部门、直属各单位", ["各县(市、区)政府", "市政府各部门", "直属各单位"], False),
    ("市應急局、市公安局等", ["市應急局", "市公安局"], True),
    # a PDF page wraps a list anywhere: a name never holds the line break
    ("\n市文化广电旅游局、市市场监管局等", ["市文化广电旅游局", "市市场监管局"], True),
    ("各县（市、\n　　区）人民政府", ["各县（市、区）人民政府"], False),
]


@pytest.mark.parametrize("written,names,is_open", SPLITS)
def test_split_units(written: str, names: list[str], is_open: bool) -> None:
    result = split_units(written)
    assert list(result.names) == names
    assert result.open is is_open


def test_note_bracket_is_removed_from_the_last_unit() -> None:
    result = split_units("市政府办公室、市政府各有关部门、各区县政府(列第一位者为工作牵头单位或汇总单位,下同)")
    assert result.names == ("市政府办公室", "市政府各有关部门", "各区县政府")
    assert result.notes == ("列第一位者为工作牵头单位或汇总单位,下同",)


def test_a_clause_stating_the_lead_rule_is_a_note_not_a_unit() -> None:
    result = split_units("县人社局、县财政局、县总工会，列第一位者牵头")
    assert result.names == ("县人社局", "县财政局", "县总工会")
    assert result.notes == ("列第一位者牵头",)


def test_lead_mark_names_the_lead_unit() -> None:
    result = split_units("市发改委（牵头）、市财政局")
    assert result.names == ("市发改委", "市财政局")
    assert result.lead == ("市发改委",)


@pytest.mark.parametrize("phrase,expected", [
    ("列第一位者为工作牵头单位或汇总单位,下同", True),
    ("列第一位的责任单位为牵头单位", True),
    ("排在第一位的为牵头单位", True),
    ("列第一位者為工作牽頭單位", True),
    ("牵头单位要充分发挥指导协调作用", False),
    ("第一位", False),
])
def test_lead_rule_phrases(phrase: str, expected: bool) -> None:
    assert states_lead_rule(phrase) is expected


@pytest.mark.parametrize("a,b", [
    ("市发展改革委", "市发改委"),
    ("市发展改革委(铁办)", "市发改委(铁办)"),
    ("市政务服务和大数据管理局", "市政务服务和大数据局"),
    ("市人力资源和社会保障局", "市人社局"),
    ("市委编办", "市编办"),
    ("市卫生健康委员会", "市卫健委"),
])
def test_aliases_link_two_spellings(a: str, b: str) -> None:
    assert canonical(a) == canonical(b)


@pytest.mark.parametrize("a,b", [("市发改委", "市财政局"), ("市发改委", "市发改局"), ("市交通运输局", "市公安局")])
def test_different_units_stay_apart(a: str, b: str) -> None:
    assert canonical(a) != canonical(b)


def test_link_units_keeps_written_forms_in_order() -> None:
    groups = link_units(["市发改委", "市财政局", "市发展改革委", "市发改委"])
    assert groups[canonical("市发改委")] == ("市发改委", "市发展改革委")
    assert groups[canonical("市财政局")] == ("市财政局",)


_BASE = st.text(alphabet="市县区局委办政府中心集团发改财统计教育交通水利农业", min_size=1, max_size=10)
_INNER = st.text(alphabet="市县区、街道管委会", min_size=1, max_size=6)
_NAME = st.builds(lambda base, inner: base + (f"({inner})" if inner else ""), _BASE, st.none() | _INNER)


@given(st.lists(_NAME, min_size=1, max_size=6))
def test_joined_names_split_back(names: list[str]) -> None:
    """Names without separators outside brackets come back as written from a 、-joined list."""
    assert list(split_units("、".join(names)).names) == names
