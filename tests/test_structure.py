"""Sections, tasks and responsibility: the corpora against their gold, each corpus in
traditional characters, and every layout of spec section 5 on small texts."""

from __future__ import annotations

import json

import pytest
from conftest import GOLD, corpus_text
from hypothesis import given
from hypothesis import strategies as st

from govmetrics.lexicon.labels import data, fold
from govmetrics.lexicon.roles import label_fields
from govmetrics.structure import build_document

# Task counts as the NOTES of each corpus give them.
TASK_COUNTS = {"cixi-2021": 50, "huzhou-2019": 81, "jinhua-2018": 107, "quzhou-2021": 159, "xuchang-2020": 115}
FIELDS = ("leaders", "assisting_leaders", "lead_units", "cooperating_units", "responsible_units")


def _gold(doc_id: str) -> list[dict]:
    return [json.loads(line) for line in (GOLD / f"{doc_id}.tasks.jsonl").read_text(encoding="utf-8").splitlines()]


def test_tasks_match_gold(corpus_id: str) -> None:
    doc = build_document(corpus_text(corpus_id))
    got = [t.to_dict() for t in doc.tasks]
    gold = _gold(corpus_id)
    assert [t["start"] for t in got] == [g["start"] for g in gold]
    keys = ("section", "number", "text_head", *FIELDS, "units_open")
    for g, t in zip(gold, got):
        assert {k: t[k] for k in keys} == {k: g[k] for k in keys}, g["start"]


def test_task_counts_and_text_spans(corpus_id: str) -> None:
    text = corpus_text(corpus_id)
    doc = build_document(text)
    assert len(doc.tasks) == TASK_COUNTS[corpus_id]
    labels = list(label_fields())
    for task in doc.tasks:
        assert text[task.start:task.end] == task.text
        assert task.label_start < task.start
        assert not any(line.lstrip().startswith(tuple(labels)) for line in task.text.split("\n"))
        assert task.section, "every corpus task stands under a heading"
    assert not doc.warnings


def test_sections_are_nested_and_hold_tasks(corpus_id: str) -> None:
    doc = build_document(corpus_text(corpus_id))
    for section in doc.sections:
        assert section.path[-1] == section.title
        assert section.level == len(section.path) - 1
        assert any(t.section[: len(section.path)] == section.path for t in doc.tasks)


def test_traditional_characters_read_the_same(corpus_id: str) -> None:
    import opencc

    text = corpus_text(corpus_id)
    converted = opencc.OpenCC("s2tw").convert(text)
    if len(converted) != len(text):
        pytest.skip("conversion changed the length")
    simple, trad = build_document(text), build_document(converted)
    assert [t.start for t in trad.tasks] == [t.start for t in simple.tasks]
    assert [t.number for t in trad.tasks] == [t.number for t in simple.tasks]
    for s, t in zip(simple.tasks, trad.tasks):
        for name in FIELDS:
            assert [len(x) for x in getattr(t, name)] == [len(x) for x in getattr(s, name)], (s.start, name)
        assert t.units_open == s.units_open
        assert [len(x) for x in t.section] == [len(x) for x in s.section]
    assert trad.meta.year == simple.meta.year
    assert trad.meta.date_issued == simple.meta.date_issued


def test_every_data_word_folds_from_traditional() -> None:
    """Every word of structure.toml is recognised in the traditional forms OpenCC writes."""
    import opencc

    converters = [opencc.OpenCC(c) for c in ("s2t", "s2tw", "s2hk")]
    table = data()
    words = [w for key, section in table.items() if key not in ("traditional", "html")
             for value in (section.values() if isinstance(section, dict) else [])
             for w in (value if isinstance(value, list) else [value]) if isinstance(w, str)]
    for word in words:
        for cv in converters:
            written = cv.convert(word)
            if len(written) == len(word):
                assert fold(written) == fold(word), (word, written)


def _one(text: str, **kwargs):
    doc = build_document(text, **kwargs)
    assert len(doc.tasks) >= 1, doc.warnings
    return doc


def test_separate_lines_with_leader_and_units() -> None:
    doc = _one("政府工作报告2021年重点工作责任分解\n1.推进项目。\n牵头市领导:汤飞帆、王良春\n责任单位:市发改委、市财政局\n")
    task = doc.tasks[0]
    assert task.text == "推进项目。"
    assert task.leaders == ("汤飞帆", "王良春")
    assert task.responsible_units == ("市发改委", "市财政局")
    assert task.section == ("政府工作报告2021年重点工作责任分解",)


def test_one_line_with_several_fields() -> None:
    text = ("一、2021年主要目标\n(一)地区生产总值增长7%左右\n"
            "牵头领导:市长、副市长,责任单位:市发改局、市统计局。\n"
            "二、胡海达常务副市长负责主抓工作\n(一)实施重点工程\n牵头单位:市发改局,配合单位:市经信局等市级有关部门,各镇(街道)。\n")
    first, second = _one(text).tasks
    assert (first.number, first.leaders, first.responsible_units) == ("一", ("市长", "副市长"), ("市发改局", "市统计局"))
    assert second.leaders == ("胡海达",)
    assert second.lead_units == ("市发改局",)
    assert second.cooperating_units == ("市经信局", "市级有关部门", "各镇(街道)")
    assert second.units_open


def test_heading_leaders_and_assisting_leaders() -> None:
    text = "四、施根宝副市长牵头重点工作(许继清副市长协助推进)\n37.促进服务业发展。\n责任单位:市发展改革委(服务业办)、市商务局\n"
    task = _one(text).tasks[0]
    assert task.leaders == ("施根宝",)
    assert task.assisting_leaders == ("许继清",)
    assert task.responsible_units == ("市发展改革委(服务业办)", "市商务局")


def test_first_listed_unit_leads_when_the_document_says_so() -> None:
    text = ("附件1\n重点工作责任分解\n一、钱三雄市长牵头重点工作\n1.加强新型智库建设。\n"
            "责任单位:市政府办公室、市政府各有关部门、各区县政府(列第一位者为工作牵头单位或汇总单位,下同)\n"
            "2.推进改革。\n责任单位:市跑改办、市委编办\n")
    first, second = _one(text).tasks
    assert first.lead_units == ("市政府办公室",)
    assert first.cooperating_units == ("市政府各有关部门", "各区县政府")
    assert second.lead_units == ("市跑改办",) and second.cooperating_units == ("市委编办",)
    assert first.responsible_units == ()
    assert first.section == ("附件1 重点工作责任分解", "一、钱三雄市长牵头重点工作")


@pytest.mark.parametrize("tail,lead,cooperating,responsible", [
    ("(市发改委牵头,市级各有关部门按职责分工负责)", ("市发改委",), ("市级各有关部门",), ()),
    ("（牵头单位：市财政局；责任单位：市发改委、各县（市、区）政府）", ("市财政局",), (), ("市发改委", "各县（市、区）政府")),
    ("(市商务局、市经信局负责)", (), (), ("市商务局", "市经信局")),
])
def test_inline_responsibility_at_the_end_of_a_task(tail, lead, cooperating, responsible) -> None:
    text = f"一、稳定经济增长\n1.推进重大项目建设,新建绿道50公里(含环湖绿道6公里)。{tail}\n2.扩大有效投资。\n"
    task = _one(text).tasks[0]
    assert task.text == "推进重大项目建设,新建绿道50公里(含环湖绿道6公里)。"
    assert (task.lead_units, task.cooperating_units, task.responsible_units) == (lead, cooperating, responsible)


def test_unnumbered_theme_heading_after_an_inline_task() -> None:
    text = ("附件\n2021年政府工作报告重点工作任务分工方案\n一、深化改革开放\n"
            "4.深化“放管服”改革。（市政务服务中心牵头，市直有关部门配合）\n第一部分 民生实事\n"
            "① 新建幼儿园10所。\n牵头单位：市教育局\n② 新增停车位3500个。\n牵头单位：市住建局\n")
    doc = _one(text)
    assert [t.number for t in doc.tasks] == ["4", "①", "②"]
    assert doc.tasks[0].text == "深化“放管服”改革。"
    assert doc.tasks[0].cooperating_units == ("市直有关部门",)
    assert doc.tasks[1].section == ("附件 2021年政府工作报告重点工作任务分工方案", "第一部分 民生实事")


@pytest.mark.parametrize("labels,numbers", [
    (["1.", "2."], ["1", "2"]),
    (["1、", "2、"], ["1", "2"]),
    (["(一)", "(二)"], ["一", "二"]),
    (["（十一）", "（十二）"], ["十一", "十二"]),
    (["一、", "二、"], ["一", "二"]),
    (["①", "②"], ["①", "②"]),
    (["(1)", "(2)"], ["1", "2"]),
])
def test_numbering_styles(labels: list[str], numbers: list[str]) -> None:
    text = "".join(f"{label}完成任务{n}。\n责任单位:市发改委\n" for n, label in enumerate(labels))
    doc = _one(text)
    assert [t.number for t in doc.tasks] == numbers
    assert [t.text for t in doc.tasks] == ["完成任务0。", "完成任务1。"]


def test_headings_by_numbering_depth() -> None:
    text = ("一、加强食品安全监管\n1.改造提升农村家宴放心厨房150家。\n牵头单位:市市场监管局\n"
            "2.检测合格率稳定在98%以上。\n牵头单位:市农业局\n二、城市交通治堵\n3.改造公交站点100个。\n牵头单位:市交通运输局\n")
    doc = _one(text)
    assert [t.number for t in doc.tasks] == ["1", "2", "3"]
    assert [t.section_title for t in doc.tasks] == ["一、加强食品安全监管"] * 2 + ["二、城市交通治堵"]
    assert [s.title for s in doc.sections] == ["一、加强食品安全监管", "二、城市交通治堵"]


def test_section_level_responsibility_lines_are_inherited() -> None:
    text = "一、张伟亚副市长牵头的重点工作\n牵头单位:市农业局\n1.创建粮食高产示范区。\n配合单位:市农办\n2.推进改革。\n"
    first, second = _one(text).tasks
    assert first.leaders == second.leaders == ("张伟亚",)
    assert first.lead_units == second.lead_units == ("市农业局",)
    assert first.cooperating_units == ("市农办",) and second.cooperating_units == ()


def test_two_line_list_title_and_wrapped_task_text() -> None:
    text = "政府工作报告“十四五”时期\n\n重点工作责任分解\n\n1.聚焦不平衡不充分问题,实施提高\n居民收入富民行动。\n\n牵头市领导:汤飞帆\n"
    task = _one(text).tasks[0]
    assert task.section == ("政府工作报告“十四五”时期重点工作责任分解",)
    assert task.text == "聚焦不平衡不充分问题,实施提高\n居民收入富民行动。"


def test_covering_letter_attachment_list_and_trailing_boilerplate_are_not_tasks() -> None:
    text = ("各区县人民政府:\n现印发给你们。\n附件:1.2019年政府工作报告重点工作责任分解\n2.十方面民生实事责任分解\n"
            "湖州市人民政府办公室\n2019年2月27日\n附件1\n2019年政府工作报告重点工作责任分解\n"
            "1.建设“生态+电力”示范城市。\n责任单位:湖州电力局\n抄送:市委各部门。\n扫描二维码 关注我们\n本文有删减。")
    doc = _one(text)
    assert [t.text for t in doc.tasks] == ["建设“生态+电力”示范城市。"]
    assert doc.meta.date_issued.isoformat() == "2019-02-27"


def test_no_tasks_gives_a_warning_not_an_error() -> None:
    doc = build_document("各县人民政府:\n请认真贯彻执行。\n", path="letter.txt")
    assert doc.tasks == ()
    assert doc.statements == ()
    assert any("no statements found" in w and "letter.txt" in w for w in doc.warnings)


def test_traditional_labels_and_headings() -> None:
    text = "一、錢三雄市長牽頭重點工作\n1.加強新型智庫建設。\n責任單位:市政府辦公室、市審計局等\n2.推進改革。\n牽頭市領導:汤飛帆\n配合單位:市財政局\n"
    first, second = _one(text).tasks
    assert first.leaders == ("錢三雄",)
    assert first.responsible_units == ("市政府辦公室", "市審計局") and first.units_open
    assert second.leaders == ("汤飛帆",) and second.cooperating_units == ("市財政局",)


def test_page_header_inside_a_task_is_reported() -> None:
    text = "1.对有明确时间节点的重许昌市人民政府文件许政〔2020〕21号大工作实行专项督查。\n责任单位:市督查局\n"
    doc = _one(text)
    assert any("page header" in w for w in doc.warnings)


_LINE = st.one_of(
    st.sampled_from(["1.推进项目。", "(二)加强管理", "一、重点工作", "责任单位:市发改委、市财政局等", "牵头单位:市发改局,配合单位:市级有关部门",
                     "附件2", "2019年2月27日", "扫一扫", "", "  ", "(市发改委牵头)", "十方面民生实事责任分解"]),
    st.text(alphabet="一二1.、()（）:：市局牵头单位责任等\n 。,", max_size=30),
)


@given(st.lists(_LINE, max_size=25))
def test_any_text_gives_consistent_tasks(lines: list[str]) -> None:
    text = "\n".join(lines)
    doc = build_document(text)
    for task in doc.tasks:
        assert text[task.start:task.end] == task.text
        assert 0 <= task.label_start <= task.start <= task.end <= len(text)
    for section in doc.sections:
        assert 0 <= section.start <= section.end <= len(text)
