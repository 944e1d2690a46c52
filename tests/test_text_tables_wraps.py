"""Tables the header map only partly knows, tables a PDF page wrapped, glued rows with no
sentence end (layouts.md section 4, 10): a layout the code does not know degrades to
sentences, never to nothing. Every sentence below is our own."""

from __future__ import annotations

from test_text_tables import _read, _same_as_html_and_docx, cell_per_paragraph, glued, row_per_line

from govmetrics.structure.cellfit import fit

# A column no header word names (年度计划) holds the figures; a column of another kind
# (指标类型) stands between the figures and the deadline column.
UNKNOWN = ("2021年县政府实事项目计划表", ["序号", "项目名称", "年度计划", "指标类型", "责任单位", "完成时限"], [
    ["1", "城区排水改造", "改造雨污管网18公里，新建泵站2座", "约束性", "县住建局", "10月底前"],
    ["2", "农村饮水提升", "新增供水人口1.2万人", "预期性", "县水务局", "12月底前"],
])


def test_a_column_the_header_map_does_not_know_is_read_as_the_task_text() -> None:
    for text in (row_per_line(*UNKNOWN, "\t"), row_per_line(*UNKNOWN, "|"), cell_per_paragraph(*UNKNOWN)):
        doc = _same_as_html_and_docx(UNKNOWN, text)
        first, second = doc.tasks
        assert [str(t.value) for t in first.targets] == ["18", "2"] and [str(t.value) for t in second.targets] == [
            "12000"]
        assert [str(d.due) for d in first.deadlines] == ["2021-10-31"]  # read past the 指标类型 cell
        # The 指标类型 cell between is no part of what is read.
        assert not any("约束性" in "".join(doc.text[s:e] for s, e in t.reading or ((t.start, t.end),))
                       for t in doc.tasks)
        assert first.responsible_units == ("县住建局",)


# Header words of other names: 工作事项, 年度目标, 节点安排 (milestones), 责任主体, 分管县领导.
MILESTONES = ("2018年镇重点项目推进表", ["序号", "工作事项", "年度目标", "分管县领导", "责任主体", "节点安排"], [
    ["1", "集镇供水", "新建供水管网9公里", "夏岚", "水利站", "①4月底前开工；②8月底前完成60%"],
    ["2", "道路提升", "改造镇村道路14公里", None, "村镇建设办", "6月底前完成5公里；11月底前全部完工"],
])


def test_header_synonyms_and_a_milestone_column() -> None:
    doc = _same_as_html_and_docx(MILESTONES, row_per_line(*MILESTONES, "|"))
    water, road = doc.tasks
    assert [str(t.value) for t in water.targets] == ["9", "60"] and water.leaders == ("夏岚",)
    assert water.lead_units == ("水利站",) and road.leaders == ("夏岚",)
    assert [str(d.due) for d in road.deadlines] == ["2018-06-30", "2018-11-30"]


# A PDF table: cells one after another, cut at the column's width inside a number, a unit,
# a unit's name and a deadline; a page number and a running header inside a row.
PDF_TABLE = """溪口县2019年政府重点工作责任分解表
序号
工作任务
责任领导
责任单位
完成时限
1
新增城镇就业4200人，新增停车泊位1
500个
罗斌
县人社局、县公安局交警大
队
9月底前
2
新建乡镇综合文化站8个，改造农村
公路35公
里
— 1 —
溪口县2019年政府重点工作责任分解表
韩梅
县文广局
10月底
前
"""


def test_cells_wrapped_over_lines_by_a_pdf_page() -> None:
    doc = _read(PDF_TABLE)
    first, second = doc.tasks
    assert (first.leaders, first.responsible_units) == (("罗斌",), ("县人社局", "县公安局交警大队"))
    assert (second.leaders, second.responsible_units) == (("韩梅",), ("县文广局",))
    assert [str(t.value) for t in first.targets] == ["4200", "1500"]
    assert [str(t.value) for t in second.targets] == ["8", "35"]
    assert [str(d.due) for d in second.deadlines] == ["2019-10-31"]
    assert doc.text[first.targets[1].start:first.targets[1].end] == "1\n500个"  # offsets into the text as given


def test_fit_keeps_one_unit_a_paragraph_in_the_last_column_of_names() -> None:
    text = "新建幼儿园2所\n许文\n县教育局\n县财政局\n各乡镇"
    spans, at = [], 0
    for line in text.split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    cells = fit(text, ("number", "task", "leaders", "lead_units", "cooperating_units"), spans)
    assert cells is not None
    assert [c.value(text) for c in cells] == ["新建幼儿园2所", "许文", "县教育局", "县财政局、各乡镇"]
    # No split suits a row whose leader cell would hold a unit: the caller keeps its default.
    assert fit(text, ("number", "task", "leaders", "lead_units"), [spans[0], spans[2], spans[3]]) is None


# Glued cells whose task text ends in no sentence end, a figure running into the leader's name.
GLUED = ("2018年镇重点工作责任分解表", ["序号", "工作事项", "目标要求", "分管领导", "责任主体", "完成时限"], [
    ["1", "环境整治", "整治农村河塘12处，建设美丽庭院示范户80户", "葛云峰", "村镇建设办", "10月底前"],
    ["2", "产业发展", "新增家庭农场6家，建设农产品冷库2座", "葛云峰", "农业服务中心", "11月底前"],
    ["3", "社会治理", "创建平安村8个，化解信访积案5件", "庞立", "综治办\n司法所", "12月底前"],
    ["4", "安全生产", "整治消防隐患场所40家", "庞立", "安监站", "9月底前"],
])


def test_glued_rows_without_a_sentence_end() -> None:
    doc = _same_as_html_and_docx(GLUED, glued(*GLUED))
    first, second, third, _ = doc.tasks
    assert first.leaders == ("葛云峰",) and first.lead_units == ("村镇建设办",)
    assert second.lead_units == ("农业服务中心",)
    assert third.leaders == ("庞立",) and third.lead_units == ("综治办", "司法所")
    assert [str(t.value) for t in first.targets] == ["12", "80"]
