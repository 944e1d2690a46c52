"""One-character list marks (layouts §12), the preamble rule (spec section 1: only a
responsibility list has one), closing instructions and per-village figure rows (§5).
Every sentence below is our own."""

from __future__ import annotations

import pytest

from govmetrics import parse_document
from govmetrics.structure import build_document
from govmetrics.structure.numbering import numbered
from govmetrics.structure.paragraphs import ordinal


@pytest.mark.parametrize("mark,number", [("⑴", 1), ("⑿", 12), ("⒊", 3), ("㈣", 4), ("❺", 5), ("⑳", 20)])
def test_one_character_list_marks_count(mark: str, number: int) -> None:
    assert ordinal(mark) == number


def test_items_numbered_with_digits_in_brackets_under_a_heading() -> None:
    text = ("2013年县政府工作目标责任分解\n一、主要指标\n⑴全县生产总值增长9%。（县发改局牵头）\n"
            "⑵城镇登记失业率控制在4%以内。（县人社局负责）\n二、重点工作\n1、新建农贸市场2个。（县商务局牵头）\n")
    doc = build_document(text)
    assert [(t.number, t.section[-1]) for t in doc.tasks] == [
        ("⑴", "一、主要指标"), ("⑵", "一、主要指标"), ("1", "二、重点工作")]
    assert doc.tasks[1].responsible_units == ("县人社局",)


REPORT = ("石桥区政府工作报告（摘要）\n一、今年主要目标\n"
          "　　今年全区发展的主要预期目标是：地区生产总值增长6%左右；城镇新增就业8000人。\n"
          "二、重点工作\n（一）扩大有效投资。全年实施重点项目90个。\n（二）办好民生实事。新增学位3000个。\n")


def test_a_work_report_reads_its_main_targets_before_its_numbered_items() -> None:
    doc = build_document(REPORT)
    assert not doc.tasks
    read = [s.text for s in doc.statements]
    assert "今年全区发展的主要预期目标是：地区生产总值增长6%左右；城镇新增就业8000人。" in read
    assert not any(s <= REPORT.index("8000") < e for s, e in doc.skipped)


def test_a_responsibility_list_keeps_its_preamble_apart() -> None:
    text = ("2021年区政府重点工作责任分解\n　　今年全区地区生产总值增长6%左右，城镇新增就业8000人。\n"
            "1.全年实施重点项目90个。\n牵头单位：区发改局\n")
    doc = build_document(text)
    assert [t.number for t in doc.tasks] == ["1"]
    assert not any("8000" in s.text for s in doc.statements)
    assert any(s <= text.index("8000") < e for s, e in doc.skipped)


def test_closing_instructions_and_figure_rows_of_a_list_printed_as_one_paragraph() -> None:
    text = ("柳湾镇2016年民生实事进展通报\n"
            "一、新建村级健身广场5个 分管领导：副镇长 唐杰 承办单位：镇文化站 协办单位：各村 分村任务：1 2 1 1 "
            "完成时限：10月底前 二、改造农村危房30户 分管领导：副镇长 唐杰 承办单位：镇村建办 协办单位：镇民政办 "
            "完成时限：9月底前 三、新增公益性岗位40个 分管领导：镇长 许清 承办单位：镇劳动保障所 完成时限：年底前\n"
            "　　请各承办单位对照时限加快推进，确保11月底前完成年度任务。\n")
    doc = build_document(text)
    first = doc.tasks[0]
    assert first.cooperating_units == ("各村",) and first.lead_units == ("镇文化站",)
    assert not any("请各" in s.text for s in doc.statements)


def test_a_figure_at_the_head_of_a_line_is_a_number_not_an_item_label() -> None:
    """An infographic's figure on a line of its own (4.92万亿元, 5.5%左右) is a decimal number;
    an item number run into the digits of its text stays a label (14.65岁以上…, 1.3月底前…)."""
    assert numbered("4.92万亿元") is None and numbered("5.5%左右") is None
    assert numbered("14.65岁以上老年人健康管理率达到70%")[1].group() == "14."
    assert numbered("1.3月底前完成招标")[1].group() == "1."
    text = "2024年主要预期目标\n5.5%左右\n地区生产总值增长\n1.2万亿元以上\n固定资产投资\n"
    assert [t.surface for _, t in parse_document(text).targets()] == ["5.5%左右", "1.2万亿元以上"]
