"""A task table saved as fixed-width text (layouts §4, §10: `pdftotext -layout`, a table printed
to a text file): cells set apart by runs of spaces, wrapped cells in their own column.

Every sentence here is our own."""

from __future__ import annotations

import govmetrics
from govmetrics.lexicon.columns import column_role

TABLE = """桐溪区2015年重点工作责任表

序号    工作项目        年度目标                          责任领导    牵头单位        配合单位        完成时限
一、城市建设
 1      道路提升        新建城市道路12公里，改造背街      汪晴川      区住建局        区城管局        10月底前
                        小巷30条                                                     各街道
 2      停车治理        新增公共停车泊位2400个                        区城管局        区公安分局      年底前
二、民生保障
 3      养老服务        新建社区养老服务站9个，护理      韩映秋      区民政局                        9月底前
                        型床位占比达到55%以上
"""


def test_cells_are_read_by_where_they_stand() -> None:
    doc = govmetrics.parse_document(TABLE)
    assert [(t.number, t.section[-1], t.leaders, t.lead_units, t.cooperating_units) for t in doc.tasks] == [
        ("1", "一、城市建设", ("汪晴川",), ("区住建局",), ("区城管局", "各街道")),
        # an empty leader cell is a cell merged with the one above
        ("2", "一、城市建设", ("汪晴川",), ("区城管局",), ("区公安分局",)),
        ("3", "二、民生保障", ("韩映秋",), ("区民政局",), ())]


def test_a_cell_wrapped_over_lines_is_read_without_its_line_break() -> None:
    doc = govmetrics.parse_document(TABLE)
    first, _, third = doc.tasks
    assert [t.surface for t in first.targets] == ["12公里", "30条"]
    assert [t.surface for t in third.targets] == ["9个", "55%以上"]
    assert [(d.surface, str(d.due)) for d in third.deadlines] == [("9月底前", "2015-09-30")]
    assert first.text.startswith("道路提升")


def test_a_table_without_a_number_column_is_no_fixed_width_table() -> None:
    """Rows are told by their numbers: a header that names no number column first is not read
    as such a table, and its lines still reach the statements."""
    text = "重点工作    牵头单位    完成时限\n新建学校3所    区教育局    年底前\n"
    doc = govmetrics.parse_document(text, year=2015)
    assert "3所" in [t.surface for _, t in doc.targets()]


def test_the_unit_column_is_named_by_its_word_alone() -> None:
    """单位 / 计量单位 name the unit of the figures; a longer name ending in 单位 names units who answer."""
    assert [column_role(c) for c in ("单位", "计量单位", "联动单位", "承建单位")] == [
        "unit", "unit", "cooperating_units", None]


def test_cells_set_apart_by_spaces_but_not_aligned_are_read_in_order() -> None:
    """Typed with a few spaces between cells, whatever their widths: a line with a piece for
    every column is read in order."""
    text = ("序号   任务事项   年度目标   联系领导   主办单位   会同单位   计划完成时间\n"
            "1   园区建设   新建标准厂房8万平方米   庞一舟   区经信局   区住建局   11月末\n"
            "2   人才引进   引进高层次人才45名   宁晚舟、庞一舟   区人社局   各街道   第四季度\n")
    doc = govmetrics.parse_document(text, year=2016)
    assert [(t.number, t.leaders, t.lead_units, t.cooperating_units) for t in doc.tasks] == [
        ("1", ("庞一舟",), ("区经信局",), ("区住建局",)), ("2", ("宁晚舟", "庞一舟"), ("区人社局",), ("各街道",))]
    assert [[(d.surface, str(d.due)) for d in t.deadlines] for t in doc.tasks] == [
        [("11月末", "2016-11-30")], [("第四季度", "2016-12-31")]]


def test_a_table_goes_on_after_a_page_break_where_its_header_is_printed_again() -> None:
    """pdftotext -layout: a page number, a form feed, the header again, then the next rows."""
    header = "序号  工作项目        年度目标                  责任领导    牵头单位\n"
    letter = "".join(f"　　第{n}段：各单位要按时报送进展情况。\n" for n in "一二三四五六七八九十")
    text = ("桐溪区2015年重点工作责任表\n" + letter + "\n" + header
            + " 1    道路提升        新建城市道路12公里        汪晴川      区住建局\n"
            + "\n                         — 1 —\n\f" + header
            + " 2    停车治理        新增公共停车泊位2400个    韩映秋      区城管局\n")
    doc = govmetrics.parse_document(text)
    assert [(t.number, t.leaders, t.lead_units) for t in doc.tasks] == [
        ("1", ("汪晴川",), ("区住建局",)), ("2", ("韩映秋",), ("区城管局",))]
    assert not any("2015年" == d.surface for _, d in doc.deadlines())


def test_a_header_over_two_lines_and_rows_set_apart_by_blank_lines() -> None:
    """`pdftotext -layout` of a table whose header cells wrap (责任⏎区领导, 完成⏎时限) and whose
    rows stand apart by blank lines, a page's foot between two of them."""
    text = ("鹭汀区2021年重点任务清单\n\n"
            "序号   重点任务                     责任     牵头单位       完成\n"
            "                                    区领导                  时限\n\n"
            "1      新增城镇就业6000人，开展     许宁     区人社局       12月底前\n"
            "       技能培训3000人次。\n\n"
            "                    第 1 页\n"
            "2      改造老旧小区24个。           许宁     区住建局       10月底前\n\n"
            "3      新建社区食堂15个。           邹凯     区民政局       9月底前\n")
    doc = govmetrics.parse_document(text)
    assert [(t.number, t.leaders, t.lead_units) for t in doc.tasks] == [
        ("1", ("许宁",), ("区人社局",)), ("2", ("许宁",), ("区住建局",)), ("3", ("邹凯",), ("区民政局",))]
    assert [(task.number, t.surface) for task, t in doc.targets()] == [
        ("1", "6000人"), ("1", "3000人次"), ("2", "24个"), ("3", "15个")]
    assert [d.surface for _, d in doc.deadlines()] == ["12月底前", "10月底前", "9月底前"]


def test_a_restructuredtext_simple_table_with_rules_and_group_rows() -> None:
    """A simple table (reStructuredText): `====  ====` rules around the header, a group row
    between `----` rules, a task wrapped onto a line of its own in the task column."""
    text = ("岩溪镇2019年民生实事分解表\n\n"
            "====  ========================  ========  ==============\n"
            "序号  实事项目                  责任领导  牵头单位\n"
            "====  ========================  ========  ==============\n"
            "一、教育卫生\n"
            "--------------------------------------------------------\n"
            "1     新建村级幼儿园2所，新增    谭朗      镇社会事务办\n"
            "      学位180个。\n"
            "2     改造村卫生室6个。          谭朗      镇卫生院\n"
            "====  ========================  ========  ==============\n")
    doc = govmetrics.parse_document(text)
    assert [(t.number, t.section[-1], t.leaders, t.lead_units) for t in doc.tasks] == [
        ("1", "一、教育卫生", ("谭朗",), ("镇社会事务办",)), ("2", "一、教育卫生", ("谭朗",), ("镇卫生院",))]
    assert [(task.number, t.surface) for task, t in doc.targets()] == [("1", "2所"), ("1", "180个"), ("2", "6个")]


def test_a_unit_name_wrapped_inside_or_before_its_bracket_is_one_name() -> None:
    text = ("柘林镇2020年重点工作表\n\n"
            "序号  重点工作                  牵头单位      配合单位\n"
            "1     新建文化广场3个。         镇文化站      镇财政所、各村（社\n"
            "                                              区）\n"
            "2     新建公厕8座。             镇建设办      镇财政所、各村\n"
            "                                              （社区）\n")
    doc = govmetrics.parse_document(text)
    assert [(t.number, t.cooperating_units) for t in doc.tasks] == [
        ("1", ("镇财政所", "各村（社区）")), ("2", ("镇财政所", "各村（社区）"))]


def test_a_fixed_width_table_that_goes_on_numbering_the_list_above_it() -> None:
    """Tasks 1–2 as paragraphs, 3–4 as a `pdftotext -layout` table (numbered on, not from 1); a
    row's text wrapped under its first line, left of the centred header, stays the row's."""
    import govmetrics

    text = ("一、产业发展\n1.新增规上工业企业20家。（牵头单位：县工信局）\n2.新建标准厂房5万平方米。（牵头单位：县工信局）\n\n"
            "二、民生实事\n"
            " 序号         实事项目                  责任领导     牵头单位        完成时限\n"
            "  3     新建村级老年食堂35个，为老年     邵明川      县民政局        10月底前\n"
            "        人完成家庭\n"
            "        适老化改造300户\n"
            "  4     城区新增公共停车泊位1200个      蒋立岑      县城管局        9月底前\n")
    doc = govmetrics.parse_document(text, year=2025)
    assert [(t.number, t.leaders, t.lead_units) for t in doc.tasks][2:] == [
        ("3", ("邵明川",), ("县民政局",)), ("4", ("蒋立岑",), ("县城管局",))]
    assert [t.surface for t in doc.tasks[2].targets] == ["35个", "300户"]


def test_a_page_break_with_its_form_feed_alone_before_a_heading_row_and_names_cut_in_a_cell() -> None:
    """pdftotext -layout: a page number and a form feed on a line of its own between rows, and a
    blank line before a heading row, do not end the table; a cell of units whose line ends at
    a word that is a unit's end (各街道) goes on when the next line opens with a word no unit is
    alone (办事处); a leader's name cut after its first character (副区长杭 ⏎ 素衣) is one name."""
    text = ("松口区2023年重点任务分解表\n\n"
            "序号  重点任务        目标要求                  牵头区领导  牵头单位    责任单位\n"
            "一、经济发展\n"
            "1     先进制造业      新增规上工业企业25家      宁远舟      区经信局    区发改局\n"
            "\n二、民生保障\n"
            "2     教育资源        新增学位2160个            副区长杭    区教育局    区住建局、各街道\n"
            "                                                素衣                    办事处\n"
            "\n                      — 1 —\n\f\n"
            "3     医疗服务        建成社区医院2家           杭素衣      区卫健局    区医保局\n")
    doc = govmetrics.parse_document(text)
    assert [(t.number, t.section[-1], t.leaders, t.lead_units, t.responsible_units) for t in doc.tasks] == [
        ("1", "一、经济发展", ("宁远舟",), ("区经信局",), ("区发改局",)),
        ("2", "二、民生保障", ("杭素衣",), ("区教育局",), ("区住建局", "各街道办事处")),
        ("3", "二、民生保障", ("杭素衣",), ("区卫健局",), ("区医保局",))]


def test_a_table_aligned_by_ideographic_spaces_numbers_its_rows_full_width() -> None:
    """An older office system's table: columns lined up with ideographic spaces, row numbers
    typed full width (１, ２), cells wrapped in their columns."""
    text = ("２０１８年民生实事责任分解表\n\n"
            "序号　　项目名称　　　　主要目标任务　　　　　　　　　　责任单位　　　　　完成时限\n"
            "１　　　学前教育　　　　新建公办幼儿园８所，新增　　　　市教育局　　　　　８月底前\n"
            "　　　　　　　　　　　　学位２４００个。　　　　　　　　市发改委\n"
            "２　　　城区公厕　　　　新建改造城区公厕３０座。　　　　市城管局　　　　　１０月底前\n")
    doc = govmetrics.parse_document(text, year=2018)
    assert [(t.number, t.responsible_units) for t in doc.tasks] == [
        ("１", ("市教育局", "市发改委")), ("２", ("市城管局",))]
    assert [t.surface for _, t in doc.targets()] == ["８所", "２４００个", "３０座"]
    assert [d.surface for _, d in doc.deadlines() if not d.default] == ["８月底前", "１０月底前"]
