"""Task tables flattened to text (layouts.md section 4, shapes b to g) give the tasks and
targets the same table gives when read from HTML or Word.

Each table below is written once, as rows of cells (our own sentences), and then in every
form a user meets it: an HTML page and a .docx (merged cells as rowspans / merged Word
cells, units one a paragraph) and the text shape under test (one cell a line ending in
` |`; one row a line, tab- or pipe-separated; one cell a paragraph; cells glued). A cell
merged with the one above (`UP`) is an empty cell in text. The tasks (number, leaders,
units) and the targets (task number, value, unit, comparator) must be the same.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest
from formats import docx_file, html_page

import govmetrics
from govmetrics.lexicon.columns import column_role, glued_header, header_roles
from govmetrics.structure import gluedtables

UP = None  # a cell merged with the cell above it

# Shape b / f: a deadline column, a lead unit merged over two rows.
PARKING = ("2022年市政府十件民生实事责任分解表", ["序号", "重点工作", "牵头单位", "配合单位", "完成时限"], [
    ["1", "新建公共停车场4个，新增停车泊位1200个。", "市交通局", "市城管局、各区政府", "9月底前"],
    ["2", "改造提升农贸市场8家。", "市商务局", "市市场监管局", "11月底前"],
    ["3", "新增普惠性托位500个。", UP, "市卫健委", "年底前"],
    ["4", "城市生活垃圾回收利用率达到40%以上。", "市城管局", "各区政府", "12月底前"],
])

# Shape f / progress: a time column, a progress column, a project split over two rows.
PROGRESS = ("平川区2023年重点工作推进情况表",
            ["序号", "重点工作", "责任领导", "牵头单位", "时间节点", "1-6月进展情况"], [
    ["1", "完成棚户区改造1800户。", "林立", "区住建局", "10月底前", "已完成960户，完成率53.3%。"],
    ["2", "新建污水管网25公里。", "林立", "区水务局", "12月底前", "已铺设11公里。"],
    [UP, "新建雨水泵站2座。", UP, UP, "9月底前", "已开工1座。"],
    ["3", "新增城镇就业3200人。", "方红", "区人社局", "年底前", "1-6月新增就业1700人。"],
])

# Shape c: task and target in different cells, a cell of units one a paragraph, a merged 协同单位.
CANTEENS = ("石门区2020年民生实事项目表", ["序号", "实事项目", "建设内容", "责任主体", "协同单位"], [
    ["1", "社区食堂", "新建社区食堂12个，每个供餐能力不少于200人", "区民政局", "区财政局\n各街道"],
    ["2", "口袋公园", "建成口袋公园6个，新增绿地3.5公顷", "区城管局", "区住建局"],
    ["3", "学位供给", "新增公办学位900个", "区教育局", UP],
])

# Shape e: the indicator in one cell, its number in the next; type and score columns.
INDICATORS = ("2021年全县主要指标责任分解表", ["序号", "指标名称", "目标任务", "指标类型", "牵头单位", "考核分值"], [
    ["1", "城乡居民人均可支配收入", "增长7%", "预期性", "县发改局", "10"],
    ["2", "城镇新增就业", "4500人以上", "预期性", "县人社局", "8"],
    ["3", "单位地区生产总值能耗", "下降3%", "约束性", UP, "6"],
])

# Shape g: milestones whose list numbers run into the month; a merged leader.
MILESTONES = ("云岭县2024年民生实事项目推进计划表", ["序号", "项目名称", "建设内容", "责任领导", "责任单位", "进度安排"], [
    ["1", "城西污水处理厂", "新建污水处理厂1座，日处理能力3万吨", "许明", "县住建局",
     "1.4月底前完成设计;2.7月底前开工;3.12月底前建成"],
    ["2", "乡村公路", "改造乡村公路40公里", UP, "县交通局", "6月底前完成15公里;11月底前累计完成40公里"],
])

# Shape d: glued cells; two units in one cell; a row number that runs into a month (29月底前).
GLUED = ("青石镇2022年实事项目责任分解表", ["序号", "工作任务", "责任领导", "责任单位"], [
    ["1", "新建村级卫生室5个。", "高志远", "社会事务办\n规划建设办"],
    ["2", "9月底前完成河道清淤18公里。", "高志远", "农业农村办"],
    ["3", "新增规上企业3家。", "韩雪", "经济发展办"],
    ["4", "改造农村公厕20座。", "韩雪", "规划建设办"],
])


# Two task columns (工作事项 | 量化指标: the second holds the figures) and a row that carries on
# the project above with a target and a time of its own (its number and task cells empty).
QUANTIFIED = ("石湾镇2022年重点工作任务分解表", ["序号", "工作事项", "量化指标", "挂联领导", "牵头单位", "配合单位", "截止时间"], [
    ["1", "项目招引", "新签约项目6个，到位资金2.4亿元", "方远", "镇经发办", "镇财政所", "12月底前"],
    ["2", "农田建设", "新建高标准农田2600亩", "柯岚", "镇农业服务中心", "各村", "10月底前"],
    ["", "", "完成农田灌溉渠道改造18公里", "", "", "", "6月底前"],
    ["3", "养老服务", "新建村级养老服务站5个", "柯岚", "镇社会事务办", "各村", "9月底前"],
])

# Rows one a line under heading rows (一、…), the first naming its leader.
HEADED = ("2023年区政府重点工作责任分解表", ["序号", "重点工作", "牵头单位", "完成时限"], [
    "一、王海副区长牵头工作",
    ["1", "新建小型消防站3个。", "区应急局", "10月底前"],
    ["2", "改造燃气老旧管网16公里。", "区住建局", "12月底前"],
    "二、民生保障",
    ["3", "新增养老床位260张。", "区民政局", "年底前"],
])


def _grid(header: list[str], rows: list) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """The cells (header first) and the merges (row, column, rows, columns): a heading row
    (a str) is one cell over the row, UP extends the cell above."""
    grid: list[list[str]] = [list(header)]
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    top: dict[int, int] = {}
    for r, row in enumerate(rows, start=1):
        if isinstance(row, str):
            grid.append([row] + [""] * (len(header) - 1))
            spans[(r, 0)] = (1, len(header))
            continue
        grid.append([cell or "" for cell in row])
        for c, cell in enumerate(row):
            if cell is UP:
                spans[(top[c], c)] = (r - top[c] + 1, 1)
            else:
                top[c] = r
    return grid, [(r, c, n, m) for (r, c), (n, m) in spans.items()]


def _cells(rows: list[list[str | None]]) -> list[list[str]]:
    return [[cell or "" for cell in row] for row in rows]


def cell_per_line(title: str, header: list[str], rows: list[list[str | None]]) -> str:
    """Shape b: each cell a line ending in " |", an empty cell "||", units joined by 、."""
    lines = [title] + [f"{h} |" for h in header]
    lines += [f"{cell.replace(chr(10), '、')} |" if cell else "||" for row in _cells(rows) for cell in row]
    return "\n".join(lines) + "\n"


def row_per_line(title: str, header: list[str], rows: list[list[str | None]], separator: str) -> str:
    """One row a line: tab-separated, or a Markdown-like pipe table with its rule line."""
    def line(cells: list[str]) -> str:
        cells = [c.replace("\n", "、") for c in cells]
        return "\t".join(cells) if separator == "\t" else "| " + " | ".join(cells) + " |"
    lines = [title, line(header)]
    if separator != "\t":
        lines.append(line(["---"] * len(header)))
    lines += [row if isinstance(row, str) else line([cell or "" for cell in row]) for row in rows]
    return "\n".join(lines) + "\n"


def cell_per_paragraph(title: str, header: list[str], rows: list[list[str | None]]) -> str:
    """Shape c: each cell a paragraph, units one a paragraph, an empty cell an empty paragraph."""
    return "\n".join([title, *header, *(cell for row in _cells(rows) for cell in row)]) + "\n"


def glued(title: str, header: list[str], rows: list[list[str | None]]) -> str:
    """Shape d: the header and every cell run together on one line."""
    return title + "\n" + "".join(header) + "".join(c.replace("\n", "") for row in _cells(rows) for c in row) + "\n"


def _answers(doc: govmetrics.Document) -> tuple[list[tuple], Counter]:
    tasks = [(t.number, t.leaders, t.lead_units, t.cooperating_units, t.responsible_units) for t in doc.tasks]
    targets = Counter((s.number, str(t.value), t.unit, t.comparator) for s in doc.statements for t in s.targets)
    return tasks, targets


def _read(text: str) -> govmetrics.Document:
    return govmetrics.read(text.encode("utf-8"), name="table.txt")


def _same_as_html_and_docx(table: tuple, text: str) -> govmetrics.Document:
    title, header, rows = table
    grid, spans = _grid(header, rows)
    from_text = _read(text)
    for doc in (govmetrics.read(html_page(title, grid, spans).encode("utf-8"), name="table.html"),
                govmetrics.read(docx_file(title, grid, spans), name="table.docx")):
        assert _answers(from_text) == _answers(doc), doc.meta.source_format
    tasks = from_text.tasks
    rows = [r for r in rows if not isinstance(r, str)]
    assert [t.number for t in tasks] == [r[0] for r in rows if r[0]]
    for task in tasks:  # each task starts at its task cell, offsets into the text as given
        row = next(r for r in rows if r[0] == task.number)
        assert task.text.startswith(row[1]) and from_text.text[task.start:task.end] == task.text
        assert task.section[0] == title
    return from_text


def test_shape_b_cell_per_line_with_a_deadline_column_and_a_merged_lead_unit() -> None:
    doc = _same_as_html_and_docx(PARKING, cell_per_line(*PARKING))
    third = doc.tasks[2]
    assert third.lead_units == ("市商务局",) and third.cooperating_units == ("市卫健委",)
    assert [(d.surface, str(d.due)) for d in doc.tasks[1].deadlines] == [("11月底前", "2022-11-30")]
    assert [(str(t.value), t.comparator) for t in doc.tasks[3].targets] == [("40", ">=")]


def test_shape_b_under_a_metadata_table_and_a_covering_letter() -> None:
    meta = "索引号 |\n00123-2022-0045 |\n发布机构 |\n某市人民政府办公室 |\n文号 |\n某政办发〔2022〕7号 |\n"
    letter = ("某市人民政府办公室关于印发2022年市政府十件实事责任分工的通知\n各区政府，市直各单位：\n"
              "现将分工表印发给你们，请于每月5日前报送进展情况。\n某市人民政府办公室\n2022年2月10日\n")
    doc = _read(meta + letter + cell_per_line(*PARKING))
    assert [t.number for t in doc.tasks] == ["1", "2", "3", "4"]
    assert not any("00123" in s.text or "〔2022〕" in s.text for s in doc.statements)


@pytest.mark.parametrize("separator", ["\t", "|"])
def test_rows_one_a_line_with_a_progress_column_and_a_project_split_over_two_rows(separator: str) -> None:
    doc = _same_as_html_and_docx(PROGRESS, row_per_line(*PROGRESS, separator))
    assert [t.number for t in doc.tasks] == ["1", "2", "3"]
    values = {str(t.value) for s in doc.statements for t in s.targets}
    assert {"1800", "25", "2", "3200"} <= values
    assert not values & {"960", "53.3", "11", "1", "1700"}  # actual figures are never targets
    for task in doc.tasks:
        assert "已" not in task.text and "1-6月" not in task.text
    assert doc.tasks[0].leaders == ("林立",) and doc.tasks[2].lead_units == ("区人社局",)


@pytest.mark.parametrize("separator", ["\t", "|"])
def test_rows_one_a_line_under_heading_rows(separator: str) -> None:
    doc = _same_as_html_and_docx(HEADED, row_per_line(*HEADED, separator))
    assert [(t.number, t.section[-1], t.leaders) for t in doc.tasks] == [
        ("1", "一、王海副区长牵头工作", ("王海",)), ("2", "一、王海副区长牵头工作", ("王海",)), ("3", "二、民生保障", ())]
    assert [s.title for s in doc.sections][-2:] == ["一、王海副区长牵头工作", "二、民生保障"]


@pytest.mark.parametrize("separator", ["\t", "|"])
def test_two_tables_one_after_the_other_each_under_its_title(separator: str) -> None:
    # An indicator table, then a task table with other columns under its own title line
    # (表1 … 表2 …): the second header starts a table of its own, never a row of the first.
    indicators = ("表1　主要指标", ["序号", "指标名称", "年度目标", "责任单位"], [
        ["1", "农村居民人均可支配收入", "增长8%", "县农业农村局"],
        ["2", "森林覆盖率", "达到62%", "县林业局"],
    ])
    tasks = ("表2　重点任务", ["序号", "重点工作", "牵头单位", "配合单位", "完成时限"], [
        ["1", "新建乡镇污水处理站6座。", "县水务局", "各乡镇", "10月底前"],
        ["2", "完成农村危房改造300户。", "县住建局", "县民政局", "8月底前"],
    ])
    text = "九溪县2019年重点工作责任分解\n" + row_per_line(*indicators, separator) + row_per_line(*tasks, separator)
    doc = govmetrics.parse_document(text)
    assert [(t.number, t.lead_units or t.responsible_units) for t in doc.tasks] == [
        ("1", ("县农业农村局",)), ("2", ("县林业局",)), ("1", ("县水务局",)), ("2", ("县住建局",))]
    assert [[d.surface for d in t.deadlines] for t in doc.tasks[2:]] == [["10月底前"], ["8月底前"]]
    assert doc.tasks[2].cooperating_units == ("各乡镇",)


def test_shape_c_cell_per_paragraph_with_a_target_column_and_units_one_a_paragraph() -> None:
    doc = _same_as_html_and_docx(CANTEENS, cell_per_paragraph(*CANTEENS))
    first, _, third = doc.tasks
    assert first.lead_units == ("区民政局",) and first.cooperating_units == ("区财政局", "各街道")
    assert third.cooperating_units == ("区住建局",)  # the merged cell repeats the row above
    assert [str(t.value) for t in first.targets] == ["12", "200"]


def test_a_name_column_named_with_the_words_of_the_genre_is_the_task_column() -> None:
    """Family 4 (a 民生实事 table, one cell a paragraph): 实事名称 names the task column as 项目名称
    does, so each task starts at its name, not at its 建设内容 cell; a 配合单位 cell merged with
    the one above (a blank paragraph in text) keeps the rows in step."""
    table = ("2022年县级民生实事项目责任分解表", ["序号", "实事名称", "建设内容及目标", "牵头单位", "配合单位", "完成时间"], [
        ["1", "校园扩容", "新建公办幼儿园2所，新增学位540个", "县教育局", "县财政局", "8月底前"],
        ["2", "健康体检", "为65岁以上老年人免费体检1.2万人", "县卫生健康局", UP, "三季度"],
        ["3", "农村公路", "改造农村公路40公里", "县交通运输局", "各乡镇人民政府", "11月底前"],
    ])
    doc = _same_as_html_and_docx(table, cell_per_paragraph(*table))
    assert [t.text.split("\n")[0] for t in doc.tasks] == ["校园扩容", "健康体检", "农村公路"]
    assert [(t.lead_units, t.cooperating_units) for t in doc.tasks] == [
        (("县教育局",), ("县财政局",)), (("县卫生健康局",), ("县财政局",)), (("县交通运输局",), ("各乡镇人民政府",))]


def test_shape_e_indicator_and_number_in_different_cells() -> None:
    doc = _same_as_html_and_docx(INDICATORS, row_per_line(*INDICATORS, "\t"))
    growth = doc.tasks[0].targets[0]
    assert (str(growth.value), growth.unit, growth.indicator) == ("7", "%", "城乡居民人均可支配收入")
    assert all("预期性" not in t.text and not t.text.endswith("10") for t in doc.tasks)
    assert doc.tasks[2].lead_units == ("县人社局",)


def test_shape_g_milestone_plans_give_a_target_and_a_deadline_each() -> None:
    doc = _same_as_html_and_docx(MILESTONES, row_per_line(*MILESTONES, "\t"))
    road = doc.tasks[1]
    assert road.leaders == ("许明",)
    assert [str(t.value) for t in road.targets] == ["40", "15", "40"]
    assert [str(d.due) for d in road.deadlines] == ["2024-06-30", "2024-11-30"]
    assert [str(d.due) for d in doc.tasks[0].deadlines] == ["2024-04-30", "2024-07-31", "2024-12-31"]


def test_shape_d_glued_cells() -> None:
    doc = _same_as_html_and_docx(GLUED, glued(*GLUED))
    first, second, third, _ = doc.tasks
    assert first.leaders == ("高志远",) and first.responsible_units == ("社会事务办", "规划建设办")
    assert second.text.startswith("9月底前完成河道清淤") and str(second.deadlines[0].due) == "2022-09-30"
    assert third.leaders == ("韩雪",) and third.responsible_units == ("经济发展办",)


def test_glued_row_numbers_are_told_from_figures_by_their_sequence() -> None:
    line = "1新建公园2个，改造道路4.2公里。某办26月底前完成3项改造。某办3新增5家。某办"
    rows = gluedtables._rows(line, 0)
    assert [line[a:b] for a, b in rows] == ["1", "2", "3"]
    assert line[rows[1][1]:].startswith("6月底前") and line[rows[2][1]:].startswith("新增5家")


def test_headers_are_mapped_by_meaning_one_mapping_for_every_path() -> None:
    assert column_role("分管 领导") == "leaders" and column_role("牵头单位（部门）") == "lead_units"
    assert column_role("全年目标任务") == "target" and column_role("1-6月推進情況") == "progress"
    assert column_role("责任主体") == "lead_units" and column_role("责任主体与协同单位") == "cooperating_units"
    assert header_roles(["序号", "目标任务", "牵头单位"]) == ["number", "task", "lead_units"]
    assert header_roles(["索引号", "文号", "成文日期"]) is None
    assert [r for _, _, r in glued_header("序号主要任务牵头单位配合单位完成时间1新建")] == [
        "number", "task", "lead_units", "cooperating_units", "deadline"]


def test_a_table_in_a_document_leaves_the_rest_read_as_before() -> None:
    after = "\n此外，年内完成老旧污水管网改造10公里。\n"
    doc = _read(cell_per_line(*PARKING) + after)
    assert [t.number for t in doc.tasks] == ["1", "2", "3", "4"]
    sentence = doc.statements[-1]
    assert not sentence.is_task and [str(t.value) for t in sentence.targets] == ["10"]


def test_progress_cells_of_an_html_table_are_lines_apart_from_the_task() -> None:
    title, header, rows = PROGRESS
    doc = govmetrics.read(html_page(title, *_grid(header, rows)).encode("utf-8"), name="table.html")
    assert [t.number for t in doc.tasks] == ["1", "2", "3"]
    assert "新建雨水泵站2座" in doc.tasks[1].text  # a project split over two rows is one task
    # A progress cell is a statement of its own, never a task's text, and holds no target.
    assert "已铺设11公里" in doc.text and not any("已" in t.text for t in doc.tasks)
    assert any(s.text.startswith("进展情况:已铺设") and not s.is_task and not s.targets for s in doc.statements)


# Shape d with a lead and a cooperating column glued (县水利局县财政局、各乡镇) and a deadline
# cell that runs into the next row's number (11月底前2新建).
GLUED_DEADLINES = ("2014年县政府民生实事责任分解", ["序号", "主要任务", "牵头单位", "配合单位", "完成时间"], [
    ["1", "新建乡镇污水处理站6座。", "县环保局", "县财政局、各乡镇", "11月底前"],
    ["2", "新建农村幸福院15所，农村低保标准提高到每人每月300元。", "县民政局", "县财政局", "年底前"],
    ["3", "完成中小学校舍改造2.4万平方米。", "县教育局", "县住建局、县财政局", "8月底前"],
])


def test_shape_d_glued_lead_and_cooperating_units_and_a_deadline_into_the_next_number() -> None:
    doc = _same_as_html_and_docx(GLUED_DEADLINES, glued(*GLUED_DEADLINES))
    first, second, third = doc.tasks
    assert first.lead_units == ("县环保局",) and first.cooperating_units == ("县财政局", "各乡镇")
    assert [str(d.due) for d in first.deadlines] == ["2014-11-30"]
    assert second.lead_units == ("县民政局",) and third.cooperating_units == ("县住建局", "县财政局")


# Shape d with the row breaks kept (one glued row a line), a header cell joined by 及, no
# sentence end before the leader, and a cooperating unit every row repeats (各社区居委会).
GLUED_LINES = ("2023年街道为民办实事项目", ["序号", "项目名称", "建设内容及目标", "责任领导", "牵头部门", "配合部门", "完成时间"], [
    ["1", "背街小巷整治", "整治背街小巷14条，新增停车泊位260个", "吴承志", "街道城管科", "各社区居委会", "9月底前"],
    ["2", "老年食堂建设", "新建社区老年食堂4家，每日供餐不少于300份", "吴承志", "街道民政科", "各社区居委会", "10月底前"],
    ["3", "口袋公园", "建成口袋公园3处，新增绿地面积1.2公顷", "贺兰芳", "街道建管科", "各社区居委会", "11月底前"],
    ["4", "就业服务", "举办招聘会12场，帮助就业困难人员就业80人以上", "贺兰芳", "街道劳动保障所", "各社区居委会", "年底前"],
])


def test_shape_d_glued_rows_one_a_line() -> None:
    title, header, rows = GLUED_LINES
    text = title + "\n" + "".join(header) + "\n" + "".join("".join(row) + "\n" for row in rows)
    doc = _same_as_html_and_docx(GLUED_LINES, text)
    assert [(t.number, t.leaders, t.lead_units, t.cooperating_units) for t in doc.tasks] == [
        (row[0], (row[3],), (row[4],), (row[5],)) for row in rows]
    assert [[d.surface for d in t.deadlines] for t in doc.tasks] == [[row[6]] for row in rows]
    assert {t.surface for s in doc.statements for t in s.targets} >= {"14条", "260个", "300份", "80人以上"}


def test_shape_b_in_traditional_characters() -> None:
    import opencc

    convert = opencc.OpenCC("s2tw").convert
    title, header, rows = PARKING
    table = (convert(title), [convert(h) for h in header], [[convert(c) if c else c for c in r] for r in rows])
    doc = _same_as_html_and_docx(table, cell_per_line(*table))
    assert doc.tasks[0].lead_units == ("市交通局",) and doc.tasks[0].cooperating_units == ("市城管局", "各區政府")


def test_rows_with_crlf_line_ends_and_an_empty_last_cell() -> None:
    text = ("2020年民生实事责任分解表\r\n序号\t重点工作\t牵头单位\t配合单位\r\n"
            "1\t新建公共厕所30座。\t市城管局\t各区政府\r\n2\t新增公交线路5条。\t市交通局\t\r\n")
    doc = _read(text)
    assert [(t.number, t.text, t.lead_units, t.cooperating_units) for t in doc.tasks] == [
        ("1", "新建公共厕所30座。", ("市城管局",), ("各区政府",)),
        ("2", "新增公交线路5条。", ("市交通局",), ("各区政府",))]


def test_shape_b_cell_over_two_lines_and_the_text_after_the_table() -> None:
    text = ("2019年民生实事责任分解表\n序号 |\n工作任务 |\n责任单位 |\n1 |\n新建社区图书馆10个，\n"
            "配送图书5万册。 |\n区文旅局 |\n2 |\n改造背街小巷22条。 |\n区城管局 |\n以上项目年内完成。\n")
    doc = _read(text)
    first, second = doc.tasks
    assert first.text.startswith("新建社区图书馆10个，\n配送图书5万册。") and first.responsible_units == ("区文旅局",)
    assert [str(t.value) for t in first.targets] == ["10", "50000"]
    assert second.responsible_units == ("区城管局",) and "以上项目" not in second.text


def test_shape_c_ends_where_its_last_row_does() -> None:
    title, header, rows = CANTEENS
    text = cell_per_paragraph(title, header, rows) + "各责任主体要按月报送项目进度，确保全年完成12项工作。\n"
    doc = _read(text)
    assert doc.tasks[-1].cooperating_units == ("区住建局",)
    # The closing words address those who answer for the list: an instruction, no statement.
    assert not any("按月报送" in s.text for s in doc.statements)
    assert any(text[s:e].startswith("各责任主体要按月报送") for s, e in doc.skipped)


def test_shape_c_units_one_a_paragraph_before_a_deadline_column() -> None:
    table = ("2024年全市城建重点工作责任分解表", ["序号", "工作任务", "工作目标", "牵头部门", "配合部门", "时间节点"], [
        ["1", "推进海绵城市建设", "新增海绵城市面积8平方公里", "市住建局", "市水利局\n市城管局\n各县区政府", "11月底前"],
        ["2", "提升城市照明", "更换节能路灯3000盏", "市城管局", "市财政局", "9月底前"],
    ])
    doc = _same_as_html_and_docx(table, cell_per_paragraph(*table))
    first, second = doc.tasks
    assert first.cooperating_units == ("市水利局", "市城管局", "各县区政府")
    assert [str(d.due) for d in first.deadlines] == ["2024-11-30"] and second.cooperating_units == ("市财政局",)


@pytest.mark.parametrize("table", [PARKING, PROGRESS, CANTEENS, INDICATORS, MILESTONES, GLUED, HEADED],
                         ids=["parking", "progress", "canteens", "indicators", "milestones", "glued", "headed"])
def test_shape_a_an_html_page_saved_as_text_keeps_its_markup(table: tuple) -> None:
    # Markup left in text is noise (layouts §11): <tr> and <td> separate rows and cells, a
    # rowspan gives its cell to the rows it spans, <br> and entities are dropped.
    title, header, rows = table
    doc = _same_as_html_and_docx(table, html_page(title, *_grid(header, rows)))
    assert not any("<" in u for t in doc.tasks for u in t.lead_units + t.cooperating_units + t.responsible_units)


def test_shape_a_markup_an_nbsp_cell_is_empty_and_a_task_starts_at_its_cell() -> None:
    text = ("<p>2020年县级民生实事分工表</p>\n<table>\n"
            "<tr><th>序号</th><th>实事项目</th><th>目标任务</th><th>主办单位</th><th>协办单位</th><th>完成时间</th></tr>\n"
            "<tr><td>1</td><td>城区供水</td><td>新建供水管网<span>35</span>公里</td><td rowspan=\"2\">县水务局</td>"
            "<td>县住建局</td><td>10月底前</td></tr>\n"
            "<tr><td>2</td><td>农村饮水</td><td>解决1.2万人饮水问题</td><td>&nbsp;</td><td>11月底前</td></tr>\n"
            "</table>\n")
    doc = _read(text)
    first, second = doc.tasks
    assert first.start == text.index("城区供水") and second.start == text.index("农村饮水")
    assert second.lead_units == ("县水务局",) and second.cooperating_units == ()
    assert [(str(t.value), t.unit) for t in first.targets] == [("35", "公里")]
    assert [str(d.due) for d in first.deadlines] == ["2020-10-31"]


def test_shape_d_glued_names_after_a_comparator_and_a_missing_cell() -> None:
    # A leader's name glued after 以上 is no 以上; 各乡镇人民政府 is one unit; a row with no
    # cooperating unit keeps none (glued text cannot mark a merged cell).
    text = ("2015年县政府民生实事责任表\n序号实事项目责任领导牵头单位配合单位完成时间"
            "1医疗服务每个村卫生室配备乡村医生1名以上曾庆安县卫生局各乡镇人民政府10月底前"
            "2道路建设新改建通村公路80公里曾庆安县交通局县财政局、各乡镇人民政府12月底前"
            "3饮水安全解决8000人饮水问题罗晓县水利局9月底前4河道治理清理河道20公里罗晓县水利局各乡镇人民政府11月底前\n")
    first, second, third, _ = _read(text).tasks
    assert (first.leaders, first.lead_units, first.cooperating_units) == (("曾庆安",), ("县卫生局",), ("各乡镇人民政府",))
    assert [(str(t.value), t.comparator) for t in first.targets] == [("1", ">=")]
    assert second.cooperating_units == ("县财政局", "各乡镇人民政府")
    assert (third.leaders, third.lead_units, third.cooperating_units) == (("罗晓",), ("县水利局",), ())


def test_a_box_drawing_table_of_two_columns_with_responsibility_in_the_cell() -> None:
    """Layouts §4 in a Word table saved as text with box-drawing characters (│ cells, ├──┼──┤
    rules): two columns are a table when its rows stand between bars, and a bracket at the
    end of the task cell gives who answers (参与 cooperates), as after a task in a list (§2)."""
    text = ("白沙县交通运输局2024年重点工作任务表\n"
            "┌──┬────────────┐\n│序号│ 重点任务 │\n├──┼────────────┤\n"
            "│ ① │ 新改建农村公路120公里。（牵头：公路股；参与：财务股、各乡镇） │\n├──┼────────────┤\n"
            "│ ② │ 新增城乡公交线路3条。（牵头：运管股） │\n└──┴────────────┘\n")
    doc = govmetrics.parse_document(text, year=2024)
    assert [(t.number, t.text, t.lead_units, t.cooperating_units) for t in doc.tasks] == [
        ("①", "新改建农村公路120公里。", ("公路股",), ("财务股", "各乡镇")),
        ("②", "新增城乡公交线路3条。", ("运管股",), ())]
    assert [t.surface for _, t in doc.targets()] == ["120公里", "3条"]


@pytest.mark.parametrize("row", ["\t".join, lambda cells: "| " + " | ".join(cells) + " |"])
def test_rows_one_a_line_under_a_header_over_two_lines(row) -> None:
    """Rows one a line under a header whose merged cell (责任分工) stands over the columns
    named on the header's second line: those columns give who answers."""
    rows = [["序号", "重点任务", "目标", "责任分工", "", "", "时限"],
            ["", "", "", "分管县领导", "牵头单位", "协同单位", ""],
            ["1", "建设农贸市场", "新建农贸市场2个", "副县长 顾一帆", "县商务局", "县市场监管局", "10月底前"],
            ["2", "扩充养老床位", "新增养老床位150张", "", "县民政局", "县卫健局、县财政局", "年底前"]]
    text = "岚川县2022年民生实事任务表\n" + "".join(row(r) + "\n" for r in rows)
    first, second = govmetrics.parse_document(text).tasks
    assert (first.number, first.leaders, first.lead_units, first.cooperating_units) == (
        "1", ("顾一帆",), ("县商务局",), ("县市场监管局",))
    assert second.lead_units == ("县民政局",) and second.cooperating_units == ("县卫健局", "县财政局")
    assert not any("牵头单位" in t.text for t in (first, second))


def test_a_project_table_with_its_unit_in_the_header_and_a_total_row() -> None:
    """Family 4 (a 重点项目 table): a column whose header writes its unit in a bracket
    (年度计划投资（万元）) gives its bare figures that unit, the header's name what they count;
    a 合计 row sums the rows (no task, no target), a group row with only its subtotal beside
    its title is a heading; a project's total size (总投资) is no work of the year."""
    rows = [["序号", "项目名称", "建设内容", "总投资（亿元）", "年度计划投资（万元）", "责任单位"],
            ["", "合计（3个）", "", "9.8", "41000", ""],
            ["一、工业项目（2个）", "", "", "6.3", "29000", ""],
            ["1", "智能制造园", "新建厂房4栋", "4.1", "21000", "县工信局"],
            ["2", "仓储中心", "新建冷库2座", "2.2", "8000", "县商务局"],
            ["二、民生项目（1个）", "", "", "3.5", "12000", ""],
            ["3", "县医院扩建", "新增床位300张", "3.5", "12000", "县卫健局"]]
    text = "梧溪县2023年重点项目计划表\n" + "".join("\t".join(r) + "\n" for r in rows)
    doc = govmetrics.parse_document(text)
    assert [(t.number, t.section_title) for t in doc.tasks] == [
        ("1", "一、工业项目（2个）"), ("2", "一、工业项目（2个）"), ("3", "二、民生项目（1个）")]
    found = [(t.surface, str(t.value), t.unit, t.indicator) for _, t in doc.targets()]
    assert found == [("4栋", "4", "栋", "厂房"), ("21000", "210000000", "元", "年度计划投资"),
                     ("2座", "2", "座", "冷库"), ("8000", "80000000", "元", "年度计划投资"),
                     ("300张", "300", "张", "床位"), ("12000", "120000000", "元", "年度计划投资")]
    for _, t in doc.targets():
        assert doc.text[t.start:t.end] == t.surface
    # The same table as a web page and a Word file: the same tasks under the same headings, the
    # same targets; the figure's unit comes from the header cell, the figure from its own cell.
    for read in (govmetrics.read(html_page("梧溪县2023年重点项目计划表", rows, []).encode("utf-8"), name="t.html"),
                 govmetrics.read(docx_file("梧溪县2023年重点项目计划表", rows, []), name="t.docx")):
        assert [(t.number, t.section_title.split("\t")[0]) for t in read.tasks] == [
            (t.number, t.section_title) for t in doc.tasks], read.meta.source_format
        assert [(str(t.value), t.unit, t.indicator) for _, t in read.targets()] == [f[1:] for f in found]
        money = [t for _, t in read.targets() if t.unit == "元"]
        assert [t.surface for t in money] == ["21000万元", "8000万元", "12000万元"]  # the unit read after it
        if read.meta.source_format == "docx":  # each figure where its own cell holds it
            assert [(read.source_map.locate(t.start).part, read.source_map.locate(t.start).offset) for t in money] == [
                (f"table 1 row {r} cell 5 paragraph 1", 0) for r in (4, 5, 7)]


def test_two_task_columns_and_a_row_that_carries_on_the_project_above() -> None:
    """Family 4 (a 分解表 whose figures stand in a second task column, 量化指标): read from a web
    page and a Word file, the second column's figures are the task's targets as in the table
    typed as text; a row with no number and no task of its own, only a target and a time,
    carries on the task above (task 2 has both targets and both deadlines)."""
    doc = _same_as_html_and_docx(QUANTIFIED, row_per_line(*QUANTIFIED, "\t"))
    assert [t.number for t in doc.tasks] == ["1", "2", "3"]
    title, header, rows = QUANTIFIED
    word = govmetrics.read(docx_file(title, *_grid(header, rows)), name="table.docx")
    for read in (doc, word):
        second = read.tasks[1]
        assert [str(t.value) for t in second.targets] == ["2600", "18"]
        assert [d.due.isoformat() for d in second.deadlines] == ["2022-10-31", "2022-06-30"]
        assert [str(t.value) for t in read.tasks[0].targets] == ["6", "240000000"]


def test_a_table_that_assigns_who_answers_by_task_number() -> None:
    """Family 4: a list whose tasks name no one, then a table 任务序号 | 牵头单位 | 配合单位 that
    gives who answers by task number (one number, several, a range): no task of its own; its
    rows give the tasks their units, an empty cell none, a trailing 等 an open list."""
    text = ("一、发展\n1.新增规上企业12家。\n2.新建厂房5万平方米。\n3.引进项目20个。\n4.新建公园3个。\n\n"
            "任务序号 | 牵头单位 | 配合单位\n1、2 | 区经信局 | 区统计局\n3—4 | 区投促局 | 区住建局等\n")
    doc = govmetrics.parse_document(text)
    assert [(t.number, t.lead_units, t.cooperating_units, t.units_open) for t in doc.tasks] == [
        ("1", ("区经信局",), ("区统计局",), False), ("2", ("区经信局",), ("区统计局",), False),
        ("3", ("区投促局",), ("区住建局",), True), ("4", ("区投促局",), ("区住建局",), True)]


def test_a_page_saved_with_its_markup_and_row_groups() -> None:
    """Family 4a: an HTML page saved as text: its <title> gives the year and the title; a table
    with <thead>/<tbody> is one table; a 单位 column gives the bare target cells their unit."""
    text = ("<html><head><title>溪城市2021年重点指标任务分解表</title></head><body>\n<table>\n<thead>\n"
            "<tr><th>序号</th><th>指标</th><th>单位</th><th>目标值</th><th>责任单位</th></tr>\n</thead>\n<tbody>\n"
            "<tr><td>1</td><td>地区生产总值增长</td><td>%</td><td>6.5左右</td><td>市发改委</td></tr>\n"
            "<tr><td>2</td><td>城镇新增就业</td><td>万人</td><td>3.2</td><td>市人社局</td></tr>\n</tbody>\n</table>\n")
    doc = govmetrics.parse_document(text)
    assert doc.meta.year == 2021 and doc.meta.title == "溪城市2021年重点指标任务分解表"
    assert [(t.number, t.responsible_units) for t in doc.tasks] == [("1", ("市发改委",)), ("2", ("市人社局",))]
    assert [(t.surface, str(t.value), t.unit) for _, t in doc.targets()] == [("6.5左右", "6.5", "%"), ("3.2", "32000", "人")]


def test_a_spreadsheet_row_whose_quoted_cell_runs_over_lines() -> None:
    """Family 4 (a spreadsheet saved as tab- or comma-separated text): a cell holding line
    breaks is quoted and one cell; each line's milestone keeps its own time."""
    for sep in ("\t", ","):
        rows = [["序号", "项目名称", "年度目标", "责任领导", "牵头单位", "配合单位"],
                ["1", "河湾公园", '"5月底前完成设计；\n9月底前开工；\n年底前完成投资的60%"', "尹可", "区住建局", "区财政局"],
                ["2", "社区食堂", '"新建社区食堂14个，\n其中6月底前建成5个"', "", "区民政局", "各街道"]]
        text = "石门区2023年重点项目任务清单\n\n" + "\n".join(sep.join(r) for r in rows) + "\n"
        doc = govmetrics.parse_document(text)
        assert [(t.number, t.leaders, t.lead_units, t.cooperating_units) for t in doc.tasks] == [
            ("1", ("尹可",), ("区住建局",), ("区财政局",)), ("2", ("尹可",), ("区民政局",), ("各街道",))], sep
        assert [(t.surface, str(t.value)) for _, t in doc.targets()] == [("60%", "60"), ("14个", "14"), ("5个", "5")]
        assert [d.surface for _, d in doc.deadlines()][-1:] == ["6月底前"]


def test_a_stray_quote_in_a_tab_row_leaves_the_row_on_its_line() -> None:
    """A double quote that never closes within a row's reach is a character, not a cell."""
    text = ("序号\t重点任务\t牵头单位\n1\t推进\"智慧社区建设，新建站点12个\t区数据局\n"
            "2\t完成道路改造8公里\t区交通局\n")
    doc = govmetrics.parse_document(text)
    assert [(t.number, t.lead_units) for t in doc.tasks] == [("1", ("区数据局",)), ("2", ("区交通局",))]


def test_a_word_table_saved_as_text_writes_a_cells_paragraphs_one_a_line() -> None:
    """Family 4 (a Word table saved as plain text): no quotes; a task cell of several
    paragraphs runs over lines until the row's other cells follow its last one, a leader cell
    of two paragraphs gives two leaders, and a heading line between rows is a section."""
    text = ("松岭县2022年重点工作分工表\n\n序号\t重点工作\t责任领导\t牵头单位\t完成时限\n"
            "一、农业农村\n1\t稳定粮食生产。\n粮食播种面积稳定在42万亩以上。\n"
            "新建高标准农田3万亩。\t严立\t县农业农村局\t11月底前\n"
            "2\t改善农村人居环境。\n新改建农村户厕5200户。\t严立\n方晴\t县住建局\t年底前\n"
            "二、社会事业\n3\t新增普惠性托位300个。\t方晴\t县卫健局\t9月底前\n")
    doc = govmetrics.parse_document(text)
    assert [(t.number, t.leaders, t.lead_units) for t in doc.tasks] == [
        ("1", ("严立",), ("县农业农村局",)), ("2", ("严立", "方晴"), ("县住建局",)), ("3", ("方晴",), ("县卫健局",))]
    assert [(task.number, t.surface) for task, t in doc.targets()] == [
        ("1", "42万亩以上"), ("1", "3万亩"), ("2", "5200户"), ("3", "300个")]
    assert [d.surface for _, d in doc.deadlines()] == ["11月底前", "年底前", "9月底前"]


def _ruled(rows: list[list[str]], widths: list[int], rule: str, bar: str, head_rule: str | None = None) -> str:
    """A table drawn with a rule between rows: each row a list of cell lines ("a⏎b" wraps)."""
    out = [rule]
    for n, row in enumerate(rows):
        parts = [c.split("⏎") for c in row]
        for k in range(max(len(p) for p in parts)):
            out.append(bar + bar.join((p[k] if k < len(p) else "").ljust(w, "\u3000") for p, w in zip(parts, widths)) + bar)
        out.append(head_rule if n == 0 and head_rule else rule)
    return "\n".join(out) + "\n"


def test_a_grid_table_wraps_its_cells_over_the_lines_of_a_row() -> None:
    """Family 4 (a grid table, pandoc / Emacs): the lines between two rules are one row; a
    task, a leader and a unit name wrapped inside their cells are read whole."""
    rows = [["序号", "重点工作", "牵头⏎市领导", "牵头单位", "配合单位"],
            ["1", "新建城市绿道⏎45公里，改造口袋⏎公园12个。", "祁远⏎副市长", "市住建局", "市园林局、市自⏎然资源局"],
            ["2", "新增公共充电桩⏎3000个。", "祁远", "市发展改革委", "市城管局"]]
    text = "平湖市2023年重点工作分解表\n\n" + _ruled(rows, [2, 7, 3, 6, 7], "+--+-------+---+------+-------+", "|",
                                                 "+==+=======+===+======+=======+")
    doc = govmetrics.parse_document(text)
    assert [(t.number, t.leaders, t.lead_units, t.cooperating_units) for t in doc.tasks] == [
        ("1", ("祁远",), ("市住建局",), ("市园林局", "市自然资源局")), ("2", ("祁远",), ("市发展改革委",), ("市城管局",))]
    assert [(task.number, t.surface) for task, t in doc.targets()] == [("1", "45公里"), ("1", "12个"), ("2", "3000个")]


def test_a_box_drawn_table_split_over_a_page_break_is_one_table() -> None:
    """Family 4 / 10 (a box-drawing table copied out of a PDF): the header printed again on
    the next page is no row, and the row a page break cut goes on after it (各乡⏎镇人民政府)."""
    widths = [2, 8, 4, 6, 7]
    head = ["序号", "工作任务", "责任领导", "牵头单位", "配合单位"]
    first = _ruled([head, ["1", "新改建农村公路⏎80公里。", "汤敏", "县交通局", "县财政局、各乡"]], widths,
                   "├──┼────────┼────┼──────┼───────┤", "│")
    second = _ruled([head, ["", "", "", "", "镇人民政府"], ["2", "新建村级养老服务站⏎20个。", "汤敏", "县民政局", "县卫健局"]],
                    widths, "├──┼────────┼────┼──────┼───────┤", "│")
    text = "柳溪县2020年民生实事任务表\n\n" + first + "\n　　　　— 1 —\n\n" + second
    doc = govmetrics.parse_document(text)
    assert [(t.number, t.lead_units, t.cooperating_units) for t in doc.tasks] == [
        ("1", ("县交通局",), ("县财政局", "各乡镇人民政府")), ("2", ("县民政局",), ("县卫健局",))]
    assert [(task.number, t.surface) for task, t in doc.targets()] == [("1", "80公里"), ("2", "20个")]


def test_a_baseline_column_gives_no_target() -> None:
    """A table of targets over several years with the year before as its baseline (2023年基数)."""
    text = ("西川市2024—2026年产业发展目标分解表\n序号 | 指标 | 2023年基数 | 2024年目标 | 2025年目标 | 牵头单位\n"
            "1 | 规上工业企业 | 1860家 | 新增120家 | 新增130家 | 市工信局\n")
    doc = govmetrics.parse_document(text)
    assert [t.surface for _, t in doc.targets()] == ["120家", "130家"]


def test_a_supervision_ledger_keeps_its_task_apart_from_its_source_and_state() -> None:
    """A 督办台账: the 任务来源 column (政府工作报告, 民生实事) and the columns of its state
    (是否完成, 销号情况) and of the person in charge (责任人, 联系电话) are no task text; pasted one
    cell a line, a deadline cell's full date is no covering letter's date (the body starts at the table)."""
    header = ["序号", "任务来源", "工作任务", "目标要求", "牵头单位", "责任人", "联系电话", "完成时限", "是否完成"]
    rows = [["1", "政府工作报告", "扩大有效投资", "实施重点项目60个", "县发改局", "章宁", "13900001111", "2020年12月31日", "否"],
            ["2", "民生实事", "新建农村公路", "新改建农村公路80公里", "县交通局", "严峰", "0731-6512000", "10月底前", "是"]]
    for sep in ("\t", "\n"):
        text = "槐川县2020年重点工作督办台账\n" + "\n".join(sep.join(r) for r in [header, *rows]) + "\n"
        doc = govmetrics.parse_document(text)
        assert [(t.number, t.text.split(sep)[0], t.lead_units) for t in doc.tasks] == [
            ("1", "扩大有效投资", ("县发改局",)), ("2", "新建农村公路", ("县交通局",))], sep
        assert [t.surface for _, t in doc.targets()] == ["60个", "80公里"]
        assert [d.surface for _, d in doc.deadlines() if not d.default][-1:] == ["10月底前"]


def test_a_milestones_column_in_a_plan_table_and_in_a_progress_table() -> None:
    """Family 4g and §6: a 形象进度 cell holds a project's milestones. In a plan table it is the
    task's text; in a table that also reports progress (a 完成率 column) it opens with the state
    reached (已建成…, 完成…的55%: actual figures) and is the task's text from its first clause
    that looks forward or names a time still due (四季度, 年底前). Read alike from a Word file
    and a web page, the state reached kept as a progress line."""
    plan = [["序号", "项目名称", "形象进度", "责任单位"],
            ["1", "城南安置房", "6月底前开工，年底前完成主体工程的50%", "县住建局"],
            ["2", "滨江绿道", "建成绿道8公里", "县城管局"]]
    report = [["序号", "项目名称", "完成率", "形象进度", "责任单位"],
              ["1", "城南安置房", "62.5%", "完成基础工程的55%；四季度完成主体工程的80%", "县住建局"],
              ["2", "滨江绿道", "70.0%", "已建成绿道5公里，年底前再建成3公里", "县城管局"],
              ["3", "农贸市场", "40.0%", "完成土建工程的40%，正在进行钢结构施工", "县商务局"]]
    for rows, expected, dues in ((plan, [["50%"], ["8公里"]], [["2023-06-30", "2023-12-31"], []]),
                                 (report, [["80%"], ["3公里"], []], [["2023-12-31"], ["2023-12-31"], []])):
        text = "溪口县2023年重点项目形象进度表\n" + "".join("\t".join(r) + "\n" for r in rows)
        reads = [govmetrics.parse_document(text),
                 govmetrics.read(html_page("溪口县2023年重点项目形象进度表", rows, []).encode("utf-8"), name="t.html"),
                 govmetrics.read(docx_file("溪口县2023年重点项目形象进度表", rows, []), name="t.docx")]
        for doc in reads:
            assert [[t.surface for t in task.targets] for task in doc.tasks] == expected, doc.meta.source_format
            assert [[d.due.isoformat() for d in task.deadlines if not d.default] for task in doc.tasks] == dues
            assert rows is plan or "完成基础工程的55%" in doc.text  # nothing lost


def test_one_cell_a_line_over_a_page_break() -> None:
    """Family 4b with §10's noise: a table of one cell a line, each ending in |, broken by a
    page number between two rows goes on after it; the rows after the break keep their
    columns (who answers)."""
    header = ["序号", "重点工作", "目标任务", "牵头部门", "完成时限"]
    rows = [["1", "工业经济", "新增规上工业企业15家", "经济发展局", "12月底前"],
            ["2", "标准厂房", "新建标准厂房18万平方米", "规划建设局", "12月底前"]]
    cells = lambda row: "".join(f"{c} |\n" for c in row)
    text = ("云岭开发区2026年重点工作任务清单\n" + cells(header) + cells(rows[0]) + "\n— 2 —\n\n" + cells(rows[1]))
    tasks = govmetrics.parse_document(text).tasks
    assert [(t.number, t.lead_units) for t in tasks] == [("1", ("经济发展局",)), ("2", ("规划建设局",))]
    assert [t.surface for t in tasks[1].targets] == ["18万平方米"]


def test_a_table_of_figures_by_place() -> None:
    """Family 4 (a 分解表): rows are the places (序号 | 街道（镇） | 新增城镇就业（人） | … | 责任单位)
    and columns whose headers write a unit hold each row's targets, named by the header; the
    合计 row is none. Not a table that assigns who answers by task number."""
    rows = ["序号 | 街道（镇） | 新增城镇就业（人） | 到位区外资金（亿元） | 责任单位 | 完成时限 |",
            " | 全区合计 | 4200 | 53 |  |  |",
            "1 | 东篱街道 | 2200 | 28 | 东篱街道办事处 | 12月底前 |",
            "2 | 蔚湖镇 | 2000 | 25 | 蔚湖镇人民政府 | 11月底前 |"]
    doc = govmetrics.parse_document("蔚塘区2024年目标任务分解表\n" + "\n".join(rows) + "\n")
    assert [(t.number, t.responsible_units) for t in doc.tasks] == [("1", ("东篱街道办事处",)), ("2", ("蔚湖镇人民政府",))]
    assert [(t.surface, str(t.value), t.unit, t.indicator) for _, t in doc.targets()] == [
        ("2200", "2200", "人", "城镇就业"), ("28", "2800000000", "元", "到位区外资金"),
        ("2000", "2000", "人", "城镇就业"), ("25", "2500000000", "元", "到位区外资金")]


def test_a_task_split_among_districts_takes_the_rows_unit() -> None:
    """Family 4e by place: 项目 | 单位 | 全市合计 | 甲区 | 乙区: every bare figure of the row takes
    the row's unit, and counts the thing the task cell names after its verb."""
    rows = ["序号\t项目\t单位\t全市合计\t榕西区\t岙东区\t牵头单位",
            "1\t新增公办幼儿园学位\t个\t2100\t1200\t900\t市教育局"]
    doc = govmetrics.parse_document("榕岙市2019年民生实事分解表\n" + "\n".join(rows) + "\n")
    assert [(t.surface, t.unit, t.action, t.indicator) for _, t in doc.targets()] == [
        ("2100", "个", "新增", "公办幼儿园学位"), ("1200", "个", "新增", "公办幼儿园学位"),
        ("900", "个", "新增", "公办幼儿园学位")]


def test_pipe_rows_a_converter_wrapped() -> None:
    """Family 4 as a converter writes it: a row with no number whose cell of units goes on with
    a name the row above cut (市自然资源和规 ⏎ 划局) is the same row wrapped, not a task."""
    rows = ["| 序号 | 项目名称 | 建设内容 | 牵头单位 | 责任单位 | 完成时间 |",
            "| 1 | 新建中小学 | 新建中小学5所 | 市教育局 | 市发展改革委、市自然资源和规 | 9月底前 |",
            "|   | 和幼儿园 | 新增学位4500个 |  | 划局、各区政府 |  |",
            "| 2 | 建设城市书房 | 新建城市书房12家 | 市文广旅体局 | 各区政府 | 年底前 |"]
    doc = govmetrics.parse_document("泷江市2021年民生实事责任分解表\n" + "\n".join(rows) + "\n")
    assert [(t.number, t.responsible_units) for t in doc.tasks] == [
        ("1", ("市发展改革委", "市自然资源和规划局", "各区政府")), ("2", ("各区政府",))]


def test_a_column_quoting_the_work_report_is_the_tasks_text() -> None:
    """Family 4 (a 分工 table that quotes the report): 报告原文 | 重点任务 | 责任单位: the quoted
    words are the task's text, so the task starts there and its figures are targets too."""
    rows = ["序号\t报告原文\t重点任务\t责任单位",
            "1\t新增规上工业企业25家\t培育规上工业企业，全年新增25家以上\t县经信局"]
    (task,) = govmetrics.parse_document("柘源县2019年政府工作报告重点任务分工表\n" + "\n".join(rows) + "\n").tasks
    assert task.text.startswith("新增规上工业企业25家") and task.lead_units + task.responsible_units == ("县经信局",)
    assert [t.surface for t in task.targets] == ["25家", "25家以上"]


def test_a_ledger_exported_with_semicolons() -> None:
    """Family 4 as a locale's Excel exports it: fields set apart by semicolons, a quoted field one
    cell over a semicolon inside it, title rows of empty fields before the header, and a 状态
    column (推进中) that is progress, not the task's text."""
    rows = ["汶桥县2020年重点工作落实台账;;;;;", "序号;工作事项;年度目标;责任单位;完成时限;状态",
            '1;信息基础设施;"确保新建5G基站300个;行政村光纤通达率保持100%";县工信局;11月底前;推进中',
            "2;高标准农田;新建高标准农田2.5万亩;县农业农村局;9月底前;已完成"]
    doc = govmetrics.parse_document("\n".join(rows) + "\n", year=2020)
    assert [(t.number, t.responsible_units) for t in doc.tasks] == [("1", ("县工信局",)), ("2", ("县农业农村局",))]
    assert [t.surface for _, t in doc.targets()] == ["300个", "100%", "2.5万亩"]


def test_a_heading_row_with_a_bar_after_it_alone() -> None:
    """Family 4 (pipe rows): a group row written with one bar after its title (一、做强工业 |) is
    a heading row between rows, not the table's end; 常务副州长 is a title."""
    rows = ["序号 | 重点任务 | 目标任务 | 责任领导 | 牵头单位 |", "一、做强工业 |",
            "1 | 工业经济 | 新增规上工业企业25户 | 王庆华常务副州长 | 州工信局 |",
            "二、民生保障 |", "2 | 稳定就业 | 城镇新增就业1.2万人 | 副州长 马丽 | 州人社局 |"]
    tasks = govmetrics.parse_document("金川州2023年重点工作任务分解表\n" + "\n".join(rows) + "\n").tasks
    assert [(t.number, t.section_title, t.leaders, t.lead_units + t.responsible_units) for t in tasks] == [
        ("1", "一、做强工业", ("王庆华",), ("州工信局",)), ("2", "二、民生保障", ("马丽",), ("州人社局",))]


def test_a_matrix_of_who_answers() -> None:
    """A 分工 table whose columns are units and whose cells mark who answers: the legend says ★
    leads and √ cooperates; a header over two lines (责任单位 over the units' names, the second
    line opening with a bar) reads the same, with the default marks (● leads, ○ cooperates)."""
    rows = ["序号\t重点工作\t目标要求\t市发改委\t市经信局\t市财政局\t完成时限",
            "1\t推动工业稳增长\t新增规上工业企业60家\t√\t★\t√\t年底前",
            "2\t抓好重大项目\t实施市级重点项目120个\t★\t\t√\t12月底前"]
    text = "云岚市2019年重点工作责任分工表\n" + "\n".join(rows) + "\n注：表中“★”表示牵头单位，“√”表示配合单位。\n"
    tasks = govmetrics.parse_document(text).tasks
    assert [(t.lead_units, t.cooperating_units) for t in tasks] == [
        (("市经信局",), ("市发改委", "市财政局")), (("市发改委",), ("市财政局",))]
    two = ["序号 | 实事项目 | 目标任务 | 责任单位 | | |", "| | | 县发改局 | 县财政局 | 县教育局 |",
           "1 | 学前教育扩容 | 新增学位810个 | ○ | ○ | ● |"]
    (task,) = govmetrics.parse_document("鹤山县2022年民生实事分工表\n" + "\n".join(two) + "\n").tasks
    assert (task.lead_units, task.cooperating_units, task.responsible_units) == (
        ("县教育局",), ("县发改局", "县财政局"), ())


def test_a_progress_table_with_problems_next_steps_and_lights() -> None:
    """Family 6 in a table (a 督查通报): 1-6月进展 and 存在问题 hold facts so far, 红黄绿灯 a rating;
    the year's target and the 下步打算 (next steps) cells hold the targets and times still due."""
    rows = ["序号,重点任务,年度目标,1-6月进展,存在问题,下步打算,责任单位,红黄绿灯",
            "1,招商引资,引进亿元以上项目3个,签约项目1个,2个在谈项目推进慢,9月底前再签约2个,镇经发办,黄灯"]
    (task,) = govmetrics.parse_document("石澜镇2026年重点工作推进情况表\n" + "\n".join(rows) + "\n", year=2026).tasks
    assert [t.surface for t in task.targets] == ["3个", "2个"]
    assert [d.due.isoformat() for d in task.deadlines if not d.default] == ["2026-09-30"]


def test_an_indicator_table_of_three_levels() -> None:
    """Family 4 (an assessment-style indicator table): 一级指标 | 二级指标 | 三级指标 are three task
    columns; the innermost is the task's text and the others group the rows (written once, left
    empty below). A row that a bar opens under a header no bar opens keeps its empty first cells,
    and a 全县合计 row sums the rows."""
    rows = ["一级指标 | 二级指标 | 序号 | 三级指标 | 单位 | 目标值 | 责任单位",
            "经济发展 | 综合实力 | 1 | 地区生产总值增长 | % | 7.5左右 | 县发改局",
            " |  | 2 | 一般公共预算收入 | 亿元 | 12.6 | 县财政局",
            " | 全县合计 |  |  |  | 20 | "]
    tasks = govmetrics.parse_document("眉川县2019年目标考核指标\n" + "\n".join(rows) + "\n").tasks
    assert [(t.number, t.text.split(" |")[0]) for t in tasks] == [("1", "地区生产总值增长"), ("2", "一般公共预算收入")]
    assert [(str(t.value), t.unit) for task in tasks for t in task.targets] == [("7.5", "%"), ("1260000000", "元")]


def test_a_matrix_and_a_split_by_district_read_alike_from_a_word_file() -> None:
    """The same matrix (marks under unit columns) and the same split by district (a 单位 cell for
    every bare figure of the row) from a Word table as from the text: the same units, the same
    targets."""
    matrix = [["序号", "重点工作", "目标要求", "市发改委", "市经信局", "市财政局"],
              ["1", "推动工业稳增长", "新增规上工业企业60家", "√", "★", "√"]]
    split = [["序号", "项目", "单位", "全市合计", "榕西区", "岙东区", "牵头单位"],
             ["1", "新增公办幼儿园学位", "个", "2100", "1200", "900", "市教育局"]]
    for rows in (matrix, split):
        text = govmetrics.parse_document("表\n" + "".join("\t".join(r) + "\n" for r in rows))
        word = govmetrics.read(docx_file("表", rows, []), name="t.docx")
        for doc in (text, word):
            assert [(t.lead_units, t.cooperating_units) for t in doc.tasks] == [
                (t.lead_units, t.cooperating_units) for t in text.tasks], doc.meta.source_format
            assert [(str(t.value), t.unit) for _, t in doc.targets()] == [
                (str(t.value), t.unit) for _, t in text.targets()], doc.meta.source_format
    assert [(str(t.value), t.unit) for _, t in word.targets()] == [("2100", "个"), ("1200", "个"), ("900", "个")]


def test_a_project_whose_name_an_export_writes_again_on_its_second_row() -> None:
    """Family 4 as an export fills merged cells: a project on two rows whose second row repeats its
    name (and its number, its leader and units) is one task, its cells read with the first's."""
    rows = ["序号\t项目名称\t年度目标\t责任领导\t牵头单位\t完成时限",
            "5\t城东快速路\t一期：完成主体工程\t副市长 郑朗\t市住建局\t6月底前",
            "5\t城东快速路\t二期：完成征迁420户\t副市长 郑朗\t市住建局\t年底前",
            "6\t滨江绿道\t新建绿道8公里\t副市长 郑朗\t市城管局\t年底前"]
    tasks = govmetrics.parse_document("表\n" + "\n".join(rows) + "\n", year=2021).tasks
    assert [(t.number, t.leaders, t.lead_units) for t in tasks] == [
        ("5", ("郑朗",), ("市住建局",)), ("6", ("郑朗",), ("市城管局",))]
    assert [t.surface for t in tasks[0].targets] == ["420户"]


def test_a_list_issued_in_december_for_the_next_year() -> None:
    """A list issued at the end of 2024 whose title writes no year and whose table header names
    the year of its targets (2025年目标任务): its tasks are for 2025 (layouts §13), so 年底前 is
    2025-12-31, though the document number and the date line say 2024."""
    text = ("岚溪区人民政府办公室\n关于印发岚溪区重点工作任务清单的通知\n岚政办发〔2024〕41号\n\n各街道办事处：\n"
            "　　为确保明年各项工作开好局，现将任务清单印发给你们，请认真抓好落实。\n\n"
            "岚溪区人民政府办公室\n2024年12月27日\n\n岚溪区重点工作任务清单\n\n"
            "序号\t重点任务\t2025年目标任务\t牵头单位\t完成时限\n1\t项目建设\t实施区级重点项目52个\t区发改局\t年底前\n")
    doc = govmetrics.parse_document(text)
    assert doc.meta.year == 2025
    assert [d.due.isoformat() for _, d in doc.deadlines() if not d.default] == ["2025-12-31"]


@pytest.mark.parametrize("header", [
    # a merged cell over its sub-columns (责任单位 over 牵头 | 配合, 完成时限 over 开工 | 完工)
    "序号\t重点工作\t目标任务\t完成时限\t\t责任单位\t\n\t\t\t开工\t完工\t牵头\t配合\n",
    # header words wrapped in their cells (实事⏎项目, 责任⏎单位), a target over 全年 | 上半年
    "序号\t实事\t2024年目标\t\t开工\t完工\t责任\t配合\n\t项目\t全年\t上半年\t时间\t时间\t单位\t单位\n",
])
def test_a_header_of_two_lines(header: str) -> None:
    """A Word table flattened to text keeps a two-line header: its second line names the columns
    under merged cells, or ends the words its cells wrap; no row of its own."""
    rows = ("1\t口袋公园\t新建口袋公园12个\t3月底前\t10月底前\t区城管局\t区住建局\n"
            "2\t停车泊位\t新增公共停车泊位2000个\t4月底前\t11月底前\t区交通局\t区公安分局\n")
    if "全年" in header:
        rows = rows.replace("新建口袋公园12个\t", "新建口袋公园12个\t建成5个\t").replace(
            "新增公共停车泊位2000个\t", "新增公共停车泊位2000个\t—\t")
    doc = govmetrics.parse_document("表\n" + header + rows, year=2024)
    assert [(t.number, t.lead_units or t.responsible_units, t.cooperating_units) for t in doc.tasks] == [
        ("1", ("区城管局",), ("区住建局",)), ("2", ("区交通局",), ("区公安分局",))]
    assert len([d for _, d in doc.deadlines() if not d.default]) == 4


def test_a_letter_with_numbered_requirements_a_table_and_a_numbered_note() -> None:
    """A notice: its letter numbers its requirements (一、…二、…) before the signature, the table
    after it holds the tasks, and a note under the table numbers its points (注：1.… 2.…): the
    letter's items are no tasks, nor are the note's points, and their figures are no targets."""
    text = ("青川县人民政府办公室关于下达2024年重点项目计划的通知\n\n各乡镇人民政府：\n"
            "　　一、明确责任。今年共安排重点项目8个，每个项目由一个牵头单位负总责。\n"
            "　　二、加强调度。县发展改革局每月调度项目进展。\n\n青川县人民政府办公室\n2024年3月8日\n\n"
            "2024年重点项目计划表\n| 序号 | 项目名称 | 年度建设内容 | 完成时限 | | 责任单位 | |\n"
            "|---|---|---|---|---|---|---|\n| | | | 开工 | 完工 | 牵头 | 配合 |\n"
            "| 1 | 城北污水厂 | 新增日处理能力2万吨 | 3月 | 11月 | 县住建局 | 县生态环境局 |\n"
            "| 2 | 滨河绿道 | 新建绿道6公里 | 4月 | 10月 | 县城管局 | 县自然资源局 |\n"
            "注：1.总投资以批复为准。\n2.第2项分两期建设，每期3公里。\n")
    doc = govmetrics.parse_document(text, year=2024)
    assert [(t.number, t.lead_units, t.cooperating_units) for t in doc.tasks] == [
        ("1", ("县住建局",), ("县生态环境局",)), ("2", ("县城管局",), ("县自然资源局",))]
    assert [t.surface for _, t in doc.targets()] == ["2万吨", "6公里"]


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_word_or_web_table_whose_header_takes_two_rows(fmt: str) -> None:
    """The same two-row header as a Word or web table: its second row ends the words its cells
    wrap (实事⏎项目, 责任⏎单位) and names the columns under the merged 2024年目标: no row of its own."""
    rows = [["序号", "实事", "2024年目标", "", "责任", "完成"], ["", "项目", "全年", "上半年", "单位", "时限"],
            ["1", "口袋公园", "新建口袋公园12个", "建成5个", "区城管局", "10月底前"],
            ["2", "停车泊位", "新增公共停车泊位2000个", "新增800个", "区交通局", "11月底前"]]
    spans = [(0, 2, 1, 2)]
    made = docx_file("表", rows, spans) if fmt == "docx" else html_page("表", rows, spans).encode("utf-8")
    doc = govmetrics.read(made, name=f"t.{fmt}", year=2024)
    assert [(t.number, t.responsible_units) for t in doc.tasks] == [("1", ("区城管局",)), ("2", ("区交通局",))]
    assert [t.surface for _, t in doc.targets()] == ["12个", "5个", "2000个", "800个"]


def test_an_indicator_table_with_last_years_figures_and_a_unit_column() -> None:
    """序号 | 指标 | 单位 | 2023年完成 | 2024年目标: last year's figures are a base, no target; a target
    cell that opens with a figure written with no unit (增长6左右, 力争达到60，…, 比上年减少120, 1,050)
    takes the 单位 cell's unit right after its number."""
    rows = ["序号 | 指标名称 | 单位 | 2023年完成 | 2024年目标 | 责任单位 |",
            "1 | 地区生产总值 | % | 5.8 | 增长6左右 | 区发改局 |",
            "2 | 数字经济核心产业增加值 | 亿元 | 52 | 力争达到60，较2020年翻一番 | 区经信局 |",
            "3 | 化学需氧量排放量 | 吨 | 1,120 | 比上年减少120 | 区生态环境分局 |",
            "4 | 城镇新增就业 | 人 | 9260 | 1,050 | 区人社局 |"]
    doc = govmetrics.parse_document("临浦区2024年主要指标分解表\n" + "\n".join(rows) + "\n", year=2024)
    assert [(t.value, t.unit) for _, t in doc.targets() if t.unit != "番"] == [
        (Decimal("6"), "%"), (Decimal("6000000000"), "元"), (Decimal("120"), "吨"), (Decimal("1050"), "人")]


@pytest.mark.parametrize("label", ["注释：", "说明："])
def test_a_notes_label_alone_over_its_numbered_points(label: str) -> None:
    """注释： alone on its line over ①…③ (or 说明： over 1.…): the points say how the list is counted;
    no point is a task and their figures (基数38.6万人, 不少于15个) are no targets."""
    points = ["①按2018年可比价格计算，以常住人口38.6万人为基数。", "②托位数含乳儿班托位不少于15个。"]
    if label == "说明：":
        points = [f"{n}.{p[1:]}" for n, p in enumerate(points, 1)]
    text = ("1.新建幼儿园3所。（牵头单位：县教育局）\n2.新增托位300个①。（牵头单位：县卫健局）\n\n"
            + label + "\n" + "\n".join(points) + "\n")
    doc = govmetrics.parse_document(text, year=2019)
    assert [(t.number, t.lead_units) for t in doc.tasks] == [("1", ("县教育局",)), ("2", ("县卫健局",))]
    assert [t.surface for _, t in doc.targets()] == ["3所", "300个"]
