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


def test_csv_rows_with_a_unit_column_and_quoted_lists_of_units() -> None:
    # A spreadsheet exported as CSV into a text file (layouts §4e): the 单位 column gives the
    # unit of the bare figure beside it, its magnitude multiplied in; a quoted field is one
    # cell whose units are split on its commas; the summary before the table is preamble.
    text = ("梧岭市2023年主要指标分解\n\n全年主要目标是地区生产总值增长6%左右。\n"
            "序号,指标,单位,2023年目标,指标属性,牵头单位,配合单位\n"
            "1,规模以上工业增加值增长,%,7左右,预期性,市工信局,\"市统计局,市发改委\"\n"
            "2,城镇新增就业,万人,≥3.5,预期性,市人社局,市统计局\n"
            "3,城镇登记失业率,%,≤4,预期性,,市统计局\n"
            "4,粮食产量,万吨,80以上,约束性,市农业农村局,\"市水利局等\"\n"
            "5,居民收入增长,%,与经济增长同步,预期性,市发改委,市统计局\n")
    doc = _read(text)
    assert [t.number for t in doc.tasks] == ["1", "2", "3", "4", "5"]
    one, two, three, four, five = doc.tasks
    assert one.cooperating_units == ("市统计局", "市发改委") and one.start == text.index("规模以上")
    assert three.lead_units == ("市人社局",)  # an empty field in mid-row is merged with the one above
    assert four.cooperating_units == ("市水利局",) and four.units_open
    got = [(t.surface, str(t.value), t.unit, t.comparator) for s in doc.tasks for t in s.targets]
    assert got == [("7左右", "7", "%", "~"), ("3.5", "35000", "人", ">="), ("4", "4", "%", "<="),
                   ("80以上", "800000", "吨", ">=")]
    assert one.targets[0].action == "增长" and not five.targets
    assert not [t for s in doc.statements if not s.is_task for t in s.targets]


def test_progress_columns_by_period_hold_no_targets() -> None:
    # 1-9月完成, 完成进度 and 一季度进展 are actual figures (layouts §6), whatever they carry.
    text = ("2016年1-9月重点指标完成情况表\n"
            "序号\t指标名称\t年度目标\t1-9月完成\t完成进度\t责任单位\n"
            "1\t新增城镇就业\t8000人\t6100人\t76.3%\t县人社局\n"
            "2\t一般公共预算收入\t增长9%\t增长7.2%\t—\t县财政局\n")
    doc = _read(text)
    assert [[t.surface for t in task.targets] for task in doc.tasks] == [["8000人"], ["9%"]]
    rows = "序号 | 重点任务 | 牵头单位 | 一季度进展\n1 | 新建口袋公园12个 | 区城管局 | 建成3个\n"
    assert [[t.surface for t in task.targets] for task in _read("2020年重点工作表\n" + rows).tasks] == [["12个"]]


def test_a_header_cell_with_the_lead_rule_in_brackets_names_its_column() -> None:
    table = ("2019年县重点工作分工表", ["序号", "重点任务", "县领导", "责任单位（排在首位的为牵头单位）"], [
        ["1", "新建乡镇敬老院3所", "吴川", "县民政局\n县财政局"],
        ["2", "改造农村公路60公里", "吴川", "县交通局"],
    ])
    doc = _read(cell_per_paragraph(*table))
    first, second = doc.tasks
    assert (first.leaders, first.lead_units, first.cooperating_units) == (("吴川",), ("县民政局",), ("县财政局",))
    assert second.lead_units == ("县交通局",)


def test_glued_rows_hard_wrapped_anywhere() -> None:
    # A glued table (layouts §4d) that a converter then wrapped at random places: inside a
    # figure, a name, a unit's name and a time; 联点领导 / 牵头站办 / 参与站办 name the columns.
    text = ("青石镇2019年惠民实事\n序号项目名称年度目标联点领导牵头站办参与站办完成时间1道路硬化硬化组道1\n"
            "8公里，新建桥梁2座冯小川镇交通站镇财政所10月\n底前2校园安全改造学校围墙3\n"
            "00米冯小川镇中心学校镇派出所每月通报，年底前完成3饮水新建水窖40口冯小\n"
            "川镇水利站各村委会9月底前\n\n青石镇人民政府\n2019年3月1日\n")
    doc = _read(text)
    one, two, three = doc.tasks
    assert (one.leaders, one.lead_units, one.cooperating_units) == (("冯小川",), ("镇交通站",), ("镇财政所",))
    assert [(t.surface, str(t.value)) for t in one.targets] == [("1\n8公里", "18"), ("2座", "2")]
    assert [(d.surface, str(d.due)) for d in one.deadlines] == [("10月\n底前", "2019-10-31")]
    assert (two.lead_units, two.cooperating_units) == (("镇中心学校",), ("镇派出所",))
    assert [t.surface for t in two.targets] == ["3\n00米"] and [d.surface for d in two.deadlines] == ["每月", "年底前"]
    assert (three.leaders, three.lead_units, three.cooperating_units) == (("冯小川",), ("镇水利站",), ("各村委会",))


def test_a_unit_column_reads_alike_in_every_format(tmp_path) -> None:
    # The same indicator table with a 单位 column (layouts §4e) as text rows, an HTML page, a
    # Word file, a spreadsheet and a CSV file: every format gives the same figures.
    import openpyxl

    import govmetrics
    from formats import docx_file, html_page

    title = "桐川县2024年主要指标分解"
    header = ["序号", "指标", "单位", "2024年目标", "指标属性", "牵头单位"]
    rows = [["1", "农村居民人均可支配收入增长", "%", "8左右", "预期性", "县农业农村局"],
            ["2", "城镇新增就业", "万人", "≥1.2", "预期性", "县人社局"],
            ["3", "粮食总产量", "万吨", "45以上", "约束性", "县农业农村局"]]
    book = openpyxl.Workbook()
    book.active.append([title])
    for row in [header, *rows]:
        book.active.append(row)
    book.save(tmp_path / "t.xlsx")
    (tmp_path / "t.csv").write_text("\n".join(",".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
    docs = {"text": _read(title + "\n" + "".join(",".join(r) + "\n" for r in [header, *rows])),
            "html": govmetrics.read(html_page(title, [header, *rows], []).encode("utf-8"), name="t.html"),
            "docx": govmetrics.read(docx_file(title, [header, *rows], []), name="t.docx"),
            "xlsx": govmetrics.read(tmp_path / "t.xlsx"), "csv": govmetrics.read(tmp_path / "t.csv")}
    got = {k: [(t.number, str(x.value), x.unit, x.comparator, x.action) for t in d.tasks for x in t.targets]
           for k, d in docs.items()}
    assert got["text"] == [("1", "8", "%", "~", "增长"), ("2", "12000", "人", ">=", "新增"),
                           ("3", "450000", "吨", ">=", None)]
    for fmt, found in got.items():
        assert found == got["text"], fmt


# A PDF table whose header cells wrap too (工作任务及⏎目标, 分管县⏎领导) and repeat at the top
# of page 2 under a running header; a unit's name cut inside it in a column before the last
# one of names; a deadline cell with the work done by then, wrapped; the last row's deadline
# the same words as an earlier row's, right above the last page number.
PDF_HEADER_AGAIN = """临川县2020年为民办实事项目分工表
序号
工作任务及
目标
分管县
领导
牵头单位
配合单位
完成时限
1
建设农贸市场3个，改造
菜市场1
2个。
魏青山
县市场监督管
理局
县商务局
8月底前完成
主体工程
— 1 —
临川县人民政府
序号
工作任务及
目标
分管县
领导
牵头单位
配合单位
完成时限
2
新建村级卫生室26个。
魏青山
县卫健局
各乡镇
年底前
3
培训新型职业农民900人
次。
严雪
县农业农
村局
县人社局
年底前
— 2 —
"""


def test_a_pdf_table_with_wrapped_header_cells_repeated_on_the_next_page() -> None:
    doc = _read(PDF_HEADER_AGAIN)
    first, second, third = doc.tasks
    assert first.leaders == ("魏青山",) and first.lead_units == ("县市场监督管理局",)
    assert first.cooperating_units == ("县商务局",)
    assert [str(t.value) for t in first.targets] == ["3", "12"]
    assert [str(d.due) for d in first.deadlines] == ["2020-08-31"]
    # The header repeated on page 2 and the running header above it are no row, no cell.
    assert (second.leaders, second.lead_units, second.cooperating_units) == (("魏青山",), ("县卫健局",), ("各乡镇",))
    assert [str(t.value) for t in second.targets] == ["26"]
    # 年底前 by the last page number is the last row's deadline, not a running footer.
    assert (third.leaders, third.lead_units) == (("严雪",), ("县农业农村局",))
    assert [str(t.value) for t in third.targets] == ["900"]
