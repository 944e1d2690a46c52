"""Structure rules, each for a layout family of layouts.md: Roman section numbers with the
leaders in them (§3, §12), tasks numbered like sub-items over their milestones (§9),
outline numbers (§12), brackets cut by a PDF page (§2, §10), progress after the task's
responsibility (§6), leader lists (§1), closing instructions after a list, Word field
codes, footnotes and a page's head kept as text (§11). Every sentence below is our own."""

from __future__ import annotations

import pytest

import govmetrics
from govmetrics.structure import build_document
from govmetrics.structure.leaders import heading_leaders, leader_names
from govmetrics.structure.responsibility import line_fields


def _read(text: str) -> govmetrics.Document:
    return govmetrics.read(text.encode("utf-8"), name="doc.txt")


def test_roman_sections_name_their_leader_and_assisting_leaders_that_share_a_title() -> None:
    assert heading_leaders("Ⅱ、常务副市长许长河分管的工作（副市长邓一凡、柯敏协助）") == (("许长河",), ("邓一凡", "柯敏"))
    assert heading_leaders("Ⅰ、市长孟远包抓的工作") == (("孟远",), ())
    text = ("2019年市政府重点工作分解\nⅠ、市长孟远包抓的工作\n⑴新建城市书房12个。\n承办单位：市文旅局\n"
            "Ⅱ、常务副市长许长河分管的工作（副市长邓一凡、柯敏协助）\n⑵改造背街小巷30条。\n承办单位：市城管局\n"
            "协办单位：各区政府\n")
    first, second = build_document(text).tasks
    assert (first.number, first.leaders, first.lead_units) == ("⑴", ("孟远",), ("市文旅局",))
    assert first.section[-1] == "Ⅰ、市长孟远包抓的工作"
    assert (second.leaders, second.assisting_leaders, second.cooperating_units) == (
        ("许长河",), ("邓一凡", "柯敏"), ("各区政府",))


def test_a_task_numbered_like_a_sub_item_keeps_its_milestones() -> None:
    # ⑴ over ① ② ③ with one responsibility block after the last: one task, not three.
    text = ("2020年县政府工作报告任务分解\n一、县长韩松牵头的工作\n⑴推进产业园建设，全年完成投资40亿元。其中：\n"
            "① 4月底前完成征地600亩；\n② 8月底前新开工项目12个；\n③ 12月底前投产项目8个。\n"
            "承办单位：县发改局\n协办单位：县自然资源局\n⑵新增城镇就业3000人。\n承办单位：县人社局\n")
    doc = _read(text)
    first, second = doc.tasks
    assert (first.number, first.lead_units, first.cooperating_units) == ("⑴", ("县发改局",), ("县自然资源局",))
    assert first.text.endswith("12月底前投产项目8个。")
    assert [str(t.value) for t in first.targets] == ["4000000000", "600", "12", "8"]
    assert [str(d.due) for d in first.deadlines] == ["2020-04-30", "2020-08-31", "2020-12-31"]
    assert second.number == "⑵" and second.lead_units == ("县人社局",)


def test_outline_numbers_under_numbered_headings() -> None:
    text = ("2017年全省水利重点工作任务分工\n1.水利建设\n1.1 新建小型水库8座。（责任处室：建设处）\n"
            "1.2 7月底前完成病险水闸除险加固20座。（责任处室：建设处；配合处室：财务处）\n2.水资源管理\n"
            "2.1 万元工业增加值用水量下降5%。（责任处室：水资源处）\n")
    doc = _read(text)
    assert [t.number for t in doc.tasks] == ["1.1", "1.2", "2.1"]
    assert [s.title for s in doc.sections][-2:] == ["1.水利建设", "2.水资源管理"]
    assert doc.tasks[0].section[-1] == "1.水利建设"
    second = doc.tasks[1]
    assert second.text.startswith("7月底前") and second.cooperating_units == ("财务处",)
    assert [str(t.value) for t in second.targets] == ["20"] and str(second.deadlines[0].due) == "2017-07-31"


def test_a_bracket_cut_by_a_pdf_page_and_a_bracket_on_its_own_line() -> None:
    text = ("2016年市政府重点工作分解\n三、民生保障\n5.新增城镇就业2.4万人，城镇登记失业率控制在4%以\n内。（市人社局牵\n"
            "头，市财政局配合）\n6.新建乡镇卫生院3所。\n（市卫健委牵头，各县政府配合）\n7.新建幼儿园10所。（市教育局负责）\n")
    five, six, seven = build_document(text).tasks
    assert (five.lead_units, five.cooperating_units) == (("市人社局",), ("市财政局",))
    assert five.text.endswith("以\n内。")
    assert (six.lead_units, six.cooperating_units, six.section[-1]) == (("市卫健委",), ("各县政府",), "三、民生保障")
    assert seven.responsible_units == ("市教育局",)


def test_a_progress_report_after_the_responsibility_of_a_task_on_one_line() -> None:
    text = ("2013年区政府重点工作1-6月进展情况\n一、城市建设类（副区长丁原牵头）\n"
            "（一）新建公共停车泊位2000个。责任单位：区交通局、区城管局。进展情况：已建成泊位1100个，完成年度目标的55%。\n")
    doc = _read(text)
    task, = doc.tasks
    assert task.responsible_units == ("区交通局", "区城管局") and task.leaders == ("丁原",)
    assert [str(t.value) for t in task.targets] == ["2000"]
    progress = next(s for s in doc.statements if not s.is_task)
    assert progress.text.startswith("进展情况：已建成泊位1100个") and not progress.targets


def test_leaders_split_by_a_space_and_a_title_before_the_name() -> None:
    assert leader_names(["邱明远　段红"]) == ("邱明远", "段红")
    assert leader_names(["副局长 侯文斌"]) == ("侯文斌",)
    assert leader_names(["张三 副市长"]) == ("张三",)
    # a note on how the title is held, in brackets between it and the name
    assert leader_names(["副县长（挂职）冯远舟", "副区长（兼） 裴青"]) == ("冯远舟", "裴青")


def test_closing_instructions_after_a_list_are_no_statements() -> None:
    # Words addressed to those who answer for the list (各责任单位要…) after its last task are
    # instructions about it, like the covering letter; a sentence after it that addresses no
    # one still states work.
    text = ("2018年县政府重点工作责任分解\n1.新建农村公路60公里。（县交通局负责）\n"
            "2.改造农村危房400户。（县住建局负责）\n\n　　各责任单位要每月5日前报送进展，确保11月底前全面完成。\n"
            "　　此外，年内新建村级文化广场8个。\n")
    doc = _read(text)
    assert [t.number for t in doc.tasks] == ["1", "2"]
    assert doc.tasks[-1].text == "改造农村危房400户。" and doc.tasks[-1].responsible_units == ("县住建局",)
    assert not any("报送进展" in s.text for s in doc.statements)
    assert not any(d.surface == "11月底前" for s in doc.statements for d in s.deadlines)
    assert any(str(t.value) == "8" for s in doc.statements for t in s.targets)


def test_word_field_codes_and_footnotes_are_noise() -> None:
    text = ("白沙县2022年民生实事实施方案\n目  录\n一、教育\tPAGEREF _Toc88123 \\h 2\n二、交通\tPAGEREF _Toc88124 \\h 3\n\n"
            "一、教育\n1.新建幼儿园4所，新增学位1080个[1]。(牵头单位:县教育局)\n二、交通\n"
            "2.新建农村公路35公里，改造危桥\nPAGE \\* MERGEFORMAT 3\n6座。(牵头单位:县交通局)\n\n"
            "[1] 学位含2021年已建成未启用的200个。\n")
    doc = _read(text)
    assert [t.number for t in doc.tasks] == ["1", "2"]
    assert [s.title for s in doc.sections][-2:] == ["一、教育", "二、交通"]
    assert not any("PAGEREF" in s.text for s in doc.statements)
    second = doc.tasks[1]
    assert second.lead_units == ("县交通局",) and [str(t.value) for t in second.targets] == ["35", "6"]
    assert not any("200" in s.text for s in doc.statements)


def test_a_pages_head_and_script_saved_as_text_are_no_text() -> None:
    text = ("<html><head><title>2021年重点项目表</title></head><body>\n<p>2021年全区新建口袋公园15个。</p>\n"
            "<script>var n = 2021; var m = 35;</script>\n</body></html>\n")
    doc = _read(text)
    assert [s.text for s in doc.statements] == ["2021年全区新建口袋公园15个。"]


def test_a_pages_footer_and_tools_saved_as_text_are_no_task() -> None:
    """Layouts §11: a page copied as text with its markup keeps its furniture: an element
    whose class names furniture (class="footer", as the HTML reader drops it), and a line of
    print and close links that is short once its tags are left out."""
    text = ("<p>1.新建城市书房6个。<br>牵头单位：县文旅局</p>\n"
            "<p>2.改造背街小巷20条。<br>牵头单位：县住建局</p>\n"
            "<div class=\"page-tools\">【<a href=\"javascript:window.print()\">打印本页</a>】"
            "【<a href=\"javascript:window.close()\">关闭窗口</a>】</div>\n"
            "<div class=\"site-footer\">主办：白沙县人民政府办公室&nbsp;&nbsp;服务热线：12345<br>"
            "白ICP备01234567号&nbsp;&nbsp;公安备案号 12345678901234</div>\n")
    doc = _read(text)
    assert [(t.number, t.lead_units) for t in doc.tasks] == [("1", ("县文旅局",)), ("2", ("县住建局",))]
    assert not any("主办" in s.text or "打印" in s.text for s in doc.statements)


def test_a_pages_related_links_saved_as_text_are_no_statement() -> None:
    """Layouts §11: the list of related links under a page's article (【相关阅读】, 相关链接：)
    names other pages, some with figures in their titles: no statement, no target."""
    for heading in ("【相关阅读】", "相关链接：", "相关文件"):
        text = ("2023年民生实事项目\n\n1.新建社区食堂12个。\n牵头单位：市民政局\n\n"
                f"{heading}\n· 2022年民生实事完成情况（10项全部完成，新增托位960个）\n\n"
                "· 市政府召开民生实事推进会\n\n上一篇：关于公布第2批示范社区的通知\n")
        doc = _read(text)
        assert [t.surface for s in doc.statements for t in s.targets] == ["12个"], heading
        assert [t.number for t in doc.tasks] == ["1"]


def test_a_task_written_as_a_record_of_labelled_lines() -> None:
    """A supervision sheet (督办单) or task card: each task is a record of labelled lines in
    any order; the numbering line starts it, the 督办事项 line is its text, the others give
    its leader, its units and its deadline (a deadline line above the text included)."""
    text = ("2022年局重点工作督办单\n\n"
            "督办编号：1\n办结时限：2022年9月30日前\n承办单位：局规划科\n协办单位：局财务科、市测绘院\n"
            "责任局领导：副局长 温若川\n督办事项：完成测绘成果入库2.4万幅，建成基础地理数据库1个。\n\n"
            "督办编号：2\n承办单位：局执法支队\n责任局领导：副局长 管一鸣\n"
            "督办事项：立案查处违法用地案件不少于60件。\n办结时限：11月底前\n")
    doc = _read(text)
    assert [(t.number, t.leaders, t.lead_units, t.cooperating_units) for t in doc.tasks] == [
        ("1", ("温若川",), ("局规划科",), ("局财务科", "市测绘院")), ("2", ("管一鸣",), ("局执法支队",), ())]
    first, second = doc.tasks
    assert first.text.startswith("完成测绘成果入库") and second.text.startswith("立案查处")
    assert [str(d.due) for d in first.deadlines] == ["2022-09-30"]
    assert [str(t.deadline.due) for t in first.targets] == ["2022-09-30", "2022-09-30"]
    assert [str(d.due) for d in second.deadlines] == ["2022-11-30"]


def test_a_line_numbered_by_a_label_outside_a_record_is_no_task() -> None:
    """编号 before something that is no list number (a document number) starts nothing."""
    text = "编号：筠交〔2022〕7号\n1.新建公交候车亭40座。\n牵头单位：县交通局\n"
    doc = _read(text)
    assert [(t.number, t.lead_units) for t in doc.tasks] == [("1", ("县交通局",))]


def test_a_table_of_contents_saved_as_text_is_no_task() -> None:
    """Layouts §11: a Word file saved as text keeps its contents page: the title 目　录 and
    entries run into leaders and a page number repeat headings; they are none."""
    text = ("白沙县2023年重点工作\n\n目　　录\n一、城乡建设……………………2\n二、社会事业·········3\n\n— 2 —\n\n"
            "一、城乡建设\n1.新建城市公园4个。\n牵头单位：县住建局\n二、社会事业\n2.新增托位300个。\n牵头单位：县卫健局\n")
    doc = _read(text)
    assert [(t.number, t.section[-1]) for t in doc.tasks] == [("1", "一、城乡建设"), ("2", "二、社会事业")]
    assert not any("……" in s.title for s in doc.sections)


def test_a_task_list_with_sub_headings_and_bullets() -> None:
    """A 任务清单: 任务一 numbers a task, its parts stand under sub-headings that end in a colon
    (工作目标：, 工作措施：) as bulleted lines, and its responsibility is a sub-heading with
    bulleted label lines (● 牵头：X): one task, its text from its title to its last part."""
    text = ("2024年重点工作任务清单\n\n任务一　改善农村人居环境\n工作目标：\n● 新建农村公厕30座；\n"
            "● 生活垃圾分类覆盖率达到60%。\n工作措施：\n● 推进村庄清洁行动。\n责任单位：\n"
            "● 分管局领导：副局长 乔望舒\n● 牵头：农村社会事业科\n● 配合：计划财务科\n完成时限：\n● 11月底前完成。\n\n"
            "任务二　提升农产品质量\n工作目标：\n● 新增绿色食品认证12个。\n责任单位：\n● 牵头：质量安全科\n")
    doc = _read(text)
    assert [(t.number, t.text.split("\n")[0], t.leaders, t.lead_units, t.cooperating_units) for t in doc.tasks] == [
        ("一", "改善农村人居环境", ("乔望舒",), ("农村社会事业科",), ("计划财务科",)),
        ("二", "提升农产品质量", (), ("质量安全科",), ())]
    first = doc.tasks[0]
    assert [t.surface for t in first.targets] == ["30座", "60%"]
    assert [t.surface for _, t in doc.targets()] == ["30座", "60%", "12个"]



def test_the_actions_of_a_campaign_plan_nest_inside_its_parts() -> None:
    """A 专项行动 plan: 行动一：… numbers an action under 二、主要行动, each a task with its label
    lines; 三、保障措施 after the last action is the plan's own part again, not one under 行动二, so
    its numbered measures (naming no one) are no tasks. Its 一、攻坚目标：… frames the plan: no task."""
    text = ("青溪县2024年“两大攻坚行动”方案\n\n一、攻坚目标：全年新开工项目40个。\n\n二、主要行动\n"
            "行动一：项目攻坚行动\n目标任务：新开工亿元以上项目25个。\n牵头县领导：林照野\n责任单位：县发改局、县住建局\n\n"
            "行动二：就业帮扶行动\n目标任务：新增城镇就业1800人。\n牵头县领导：许清禾\n责任单位：县人社局\n\n"
            "三、保障措施\n（一）加强调度。每月召开一次调度会。\n（二）强化考核。纳入年度考核，奖补资金300万元。\n")
    doc = _read(text)
    assert [(t.number, t.text.split("\n")[0], t.leaders) for t in doc.tasks] == [
        ("一", "项目攻坚行动", ("林照野",)), ("二", "就业帮扶行动", ("许清禾",))]
    assert [t.surface for t in doc.tasks[1].targets] == ["1800人"]


@pytest.mark.parametrize("first, second, numbers", [
    ("任务一：", "任务二：", ("一", "二")), ("第一项　", "第二项　", ("一", "二")), ("行动1：", "行动2：", ("1", "2")),
    ("A1　", "A2　", ("A1", "A2"))])
def test_items_numbered_by_a_word_under_a_part_of_the_plan(first: str, second: str, numbers: tuple[str, str]) -> None:
    """Items numbered by a word or a code (任务一, 第一项, 行动1, A1) that start at their first under 二、重点任务
    open a list under it, though such styles may also stand outermost: 三、工作要求 after them is
    the plan's part again, and its measures are no tasks."""
    text = ("一、总体要求\n坚持项目为王，稳住经济基本盘。\n二、重点任务\n"
            f"{first}扩大有效投资。新开工项目30个。（牵头单位：县发改局）\n"
            f"{second}稳定就业。城镇新增就业2600人。（牵头单位：县人社局）\n"
            "三、工作要求\n（一）强化调度。每季度通报1次。\n（二）保障资金。安排奖补资金500万元。\n")
    doc = govmetrics.parse_document(text, year=2024)
    assert [(t.number, t.section[-1], t.lead_units) for t in doc.tasks] == [
        (numbers[0], "二、重点任务", ("县发改局",)), (numbers[1], "二、重点任务", ("县人社局",))]
    assert [t.surface for _, t in doc.targets()] == ["30个", "2600人"]
def test_a_word_file_converted_to_markdown() -> None:
    """A Word file converted to Markdown (pandoc): list items `-   `, labels in emphasis
    (**牵头处室**：X) read as the labels they are; a minus sign before a number is no bullet."""
    text = ("### 一、水利工程\n\n1.  **水库建设。**新建小型水库8座。\n\n    -   **分管厅领导**：副厅长 叶知秋\n"
            "    -   **牵头处室**：建设处\n    -   **完成时限**：10月底前\n\n"
            "2.  **节水。**万元生产总值用水量下降4%，农业用水同比-2%。\n\n    -   **牵头处室**：节水处\n")
    doc = govmetrics.read(text.encode("utf-8"), name="doc.txt", year=2023)
    assert [(t.number, t.leaders, t.lead_units) for t in doc.tasks] == [("1", ("叶知秋",), ("建设处",)),
                                                                         ("2", (), ("节水处",))]
    assert [(d.surface, str(d.due)) for d in doc.tasks[0].deadlines] == [("10月底前", "2023-10-31")]


def test_a_markdown_export_quotes_its_page_header() -> None:
    """An online document exported as Markdown quotes the page's source line (> 来源：… | 更新时间：…):
    site furniture, whose time is no deadline; a quoted comparator (> 60%) stays a figure."""
    text = ("# 青岚区2023年重点工作清单\n\n> 来源：区政府办公室 | 更新时间：2023-02-21 09:30  \n"
            "> 本文档由各牵头单位共同维护。\n\n根据区委部署，区政府梳理形成任务清单。\n\n"
            "## 一、产业发展\n\n* 新增规上工业企业30家，6月底前完成首批认定。\n  - 牵头单位：区经信局\n")
    doc = govmetrics.read(text.encode("utf-8"), name="list.md.txt", year=2023)
    assert [(t.lead_units, [x.surface for x in t.targets]) for t in doc.tasks] == [(("区经信局",), ["30家"])]
    assert [d.surface for _, d in doc.deadlines() if not d.default] == ["6月底前"]


def test_a_web_article_numbers_its_items_no_1_on_their_own_lines() -> None:
    """A WeChat-style article: NO.1 alone on its line, the item's title and text on the next
    lines after a mark (👉), its units after another (▎牵头单位：X)."""
    text = ("白沙区2025年十件民生实事来了\n\nNO.1\n新增优质学位\n👉新建幼儿园3所，新增学位1200个。\n"
            "▎牵头单位：区教育局\n\nNO.2\n出行更顺畅\n👉新增公共停车泊位800个。\n▎牵头单位：区交通运输局\n")
    doc = govmetrics.read(text.encode("utf-8"), name="doc.txt", year=2025)
    assert [(t.number, t.text.split("\n")[0], t.lead_units) for t in doc.tasks] == [
        ("1", "新增优质学位", ("区教育局",)), ("2", "出行更顺畅", ("区交通运输局",))]
    assert [t.surface for _, t in doc.targets()] == ["3所", "1200个", "800个"]


def test_who_answers_written_before_the_work_of_a_numbered_task() -> None:
    """Minutes of a meeting (会议议定) and task lists that name who answers first: the opening
    clauses of a numbered task that are each a unit list and a role word (or a leader) give its
    fields, with or without a colon after them; a task that opens with its work gives none,
    and an instruction to units (各单位要明确专人负责) is no unit list."""
    text = ("会议议定：\n1．县教育局牵头，县住建局配合，年内新建学校2所。\n"
            "2．由副县长祁明远统筹协调，县财政局负责落实资金3000万元。\n"
            "3．县水利局负责：完成河道整治12公里。\n4．新建公园3个，各单位要明确专人负责。\n")
    doc = govmetrics.parse_document(text, year=2021)
    assert [(t.number, t.leaders, t.lead_units, t.cooperating_units, t.responsible_units) for t in doc.tasks] == [
        ("1", (), ("县教育局",), ("县住建局",), ()), ("2", ("祁明远",), (), (), ()),
        ("3", (), (), (), ("县水利局",)), ("4", (), (), (), ())]


def test_a_role_and_a_head_with_a_verb_between_them_are_a_label() -> None:
    """牵头落实单位 and 配合落实单位 are 牵头单位 and 配合单位 (a verb between role and head)."""
    text = "1.新建公园5个。\n牵头落实单位：市住建局\n配合落实单位：市财政局、各区政府\n"
    doc = govmetrics.parse_document(text, year=2022)
    assert [(t.lead_units, t.cooperating_units) for t in doc.tasks] == [(("市住建局",), ("市财政局", "各区政府"))]


def test_items_numbered_di_yi_jian() -> None:
    """第一件 / 第二项 number tasks like 第一条 (the number is the numeral)."""
    text = "第一件　新建幼儿园3所。（县教育局牵头）\n第二件　改造农村公路40公里。（县交通运输局牵头）\n"
    doc = govmetrics.read(text.encode("utf-8"), name="doc.txt", year=2023)
    assert [(t.number, t.text[:6], t.lead_units) for t in doc.tasks] == [
        ("一", "新建幼儿园3", ("县教育局",)), ("二", "改造农村公路", ("县交通运输局",))]


def test_a_titled_task_whose_text_and_deadline_follow_its_responsibility() -> None:
    """一、title, then who answers (督导市领导 is a leader), then the work (建设内容：…) and its time
    (完成时间：…): the work and the time are read with the task, whatever order the lines take."""
    text = ("一、城区公园建设\n督导市领导：副市长 苏景行\n主办部门：市住建局\n建设内容：新建城市公园3个。\n"
            "完成时间：10月底前\n")
    doc = govmetrics.read(text.encode("utf-8"), name="doc.txt", year=2019)
    (task,) = doc.tasks
    assert (task.number, task.leaders, task.lead_units) == ("一", ("苏景行",), ("市住建局",))
    assert [t.surface for t in task.targets] == ["3个"]
    assert [(d.surface, str(d.due)) for d in task.deadlines] == [("10月底前", "2019-10-31")]


def test_a_person_line_names_a_leader_only_by_a_title_of_the_government() -> None:
    """Family 1: 责任人 is the government's leader when a title of its leadership goes with the
    name (常务副市长 X, Y副县长), and a clause before 协助推进 names who assists; a bureau's head,
    a bare name or a project's manager is no leader."""
    assert line_fields("责任人：常务副市长 邝远") == {"leaders": ["常务副市长 邝远"]}
    assert line_fields("责任人：副县长 严思齐，县政府办主任 季川协助推进") == {
        "leaders": ["副县长 严思齐"], "assisting_leaders": ["县政府办主任 季川"]}
    assert line_fields("责任领导：葛一帆 副县长（宋川副县长协助）") == {
        "leaders": ["葛一帆 副县长"], "assisting_leaders": ["宋川副县长"]}
    for line in ("责任人：经发办主任 卢青", "责任人：唐宁", "项目责任人：县住建局局长 汤禾"):
        assert "leaders" not in (line_fields(line) or {}), line


def test_a_heading_names_a_leader_by_a_rank() -> None:
    """Family 3: a department's leader named with a rank (二级巡视员, 副巡视员) leads its section."""
    assert heading_leaders("三、二级巡视员程晚舟负责的工作") == (("程晚舟",), ())
    assert heading_leaders("四、副巡视员 林远牵头事项") == (("林远",), ())


def test_a_title_after_an_office_is_the_offices() -> None:
    """Family 3: in 街道办事处主任X the title is the office's and the name the one after it."""
    assert heading_leaders("一、街道办事处主任乔远帆牵头重点工作") == (("乔远帆",), ())
    assert heading_leaders("二、钱三雄市长牵头重点工作") == (("钱三雄",), ())


def test_a_label_naming_a_leader_and_a_unit_at_once() -> None:
    """Family 1: 牵头领导及单位：X常务副市长，市发改委 gives the leader and the lead unit; 责任领导和
    责任单位 the leader and the responsible units."""
    assert line_fields("牵头领导及单位：贾明川常务副市长，市发展改革委") == {
        "leaders": ["贾明川常务副市长"], "lead_units": ["市发展改革委"]}
    assert line_fields("责任领导和责任单位：副县长 葛远、县交通局、县财政局") == {
        "leaders": ["副县长 葛远"], "responsible_units": ["县交通局、县财政局"]}


def test_a_new_media_post_marks_its_items_and_labels_with_emoji() -> None:
    """A 政务微信 post (layouts §11): 📌 / 🔹 before an item's label, keycap numbers (1️⃣ … 🔟),
    实事N｜ labels, and 👤 / 📍 / 🤝 before the label lines of who answers."""
    text = ("【速览】青枫县2023年十件民生实事来了👇\n\n"
            "📌第一件：托育服务\n🍼新增普惠性托位600个，9月底前投入使用。\n"
            "👤牵头县领导：林秋\n📍牵头单位：县卫健局\n🤝配合单位：县教育局、各乡镇\n\n"
            "📌第二件：道路畅通\n新改建农村公路90公里。\n👤牵头县领导：章越\n📍牵头单位：县交通运输局\n")
    doc = govmetrics.parse_document(text)
    assert [(t.number, t.leaders, t.lead_units, t.cooperating_units) for t in doc.tasks] == [
        ("一", ("林秋",), ("县卫健局",), ("县教育局", "各乡镇")), ("二", ("章越",), ("县交通运输局",), ())]
    text = text.replace("📌第一件：", "🔹实事1｜").replace("📌第二件：", "🔹实事2｜")
    assert [t.number for t in govmetrics.parse_document(text).tasks] == ["1", "2"]
    keycaps = "".join(f"{n}\ufe0f\u20e3 新建村级文化广场{n}个。（牵头：县文旅局）\n" for n in range(1, 10))
    keycaps += "🔟 新建村级文化广场10个。（牵头：县文旅局）\n"
    doc = govmetrics.parse_document("青枫县2023年为民办实事\n\n" + keycaps)
    assert [t.number for t in doc.tasks] == [str(n) for n in range(1, 10)] + ["🔟"]  # numbers as written
    assert all(t.lead_units == ("县文旅局",) for t in doc.tasks)


def test_a_bracket_of_who_answers_cut_over_lines_by_a_scan() -> None:
    """Families 2, 10, 11 (a scanned copy read by OCR): a bracket of labelled fields cut inside
    its labels and names over several lines, one opened on a line of its own, and a page's
    running header (the document number alone) between two of its lines."""
    text = ("2021年市政府重点工作任务分解方案\n"
            "（一）新建城市公园5个，新增绿道30公里。（责任领导：叶\n帆；牵头单位：市住建\n局；配合单位：市城管局、市财政局）\n"
            "（二）新增公共停车泊位2 400个。\n（责任领导：叶帆；牵头单位：市交通运输局；配合单\n位：市公安局交警支队；9月底前\n完成）\n"
            "（三）改造老旧小区30个。（责任领导：叶帆；牵\n　　　　— 2 —\n蓝政办发〔2021〕5号\n头单位：市住建局；配合单位：各区人民政府）\n")
    doc = govmetrics.parse_document(text)
    assert [(t.number, t.leaders, t.lead_units, t.cooperating_units) for t in doc.tasks] == [
        ("一", ("叶帆",), ("市住建局",), ("市城管局", "市财政局")),
        ("二", ("叶帆",), ("市交通运输局",), ("市公安局交警支队",)),
        ("三", ("叶帆",), ("市住建局",), ("各区人民政府",))]
    assert [(task.number, d.surface) for task, d in doc.deadlines() if not d.default] == [("二", "9月底前")]


def test_the_lead_rule_cut_by_a_line_break_and_a_unit_with_its_area_in_brackets() -> None:
    text = ("榆溪县2018年民生实事分解方案\n各项实事的责任单位中列第一位的为牵\n头单位，其他为配合单位。\n"
            "一、新建村级幼儿园6所。\n责任单位：县教育局、县财政局、各村（社区）\n")
    doc = govmetrics.parse_document(text)
    assert [(t.lead_units, t.cooperating_units) for t in doc.tasks] == [(("县教育局",), ("县财政局", "各村（社区）"))]


def test_numbered_titles_over_bulleted_tasks_with_their_own_lines() -> None:
    """An infographic page (图解): ■ 01 就业 titles over ▶ tasks, each with its own lines of who
    answers, are sections; the last title over a single task is one too, as its siblings are.
    A 第N件 item over one bulleted line and its fields stays the task (a post's items)."""
    block = "▶ {}\n👤责任区领导：{}\n📍责任单位：{}\n\n"
    text = ("图解｜青湾区2024年重点任务\n\n■ 01 就业\n" + block.format("城镇新增就业9000人。", "许宁", "区人社局")
            + block.format("发放创业担保贷款2亿元。", "许宁", "区金融中心")
            + "■ 02 教育\n" + block.format("新建学校4所。", "邹凯", "区教育局")
            + block.format("新增学位3600个。", "邹凯", "区教育局")
            + "■ 03 生态\n" + block.format("新建口袋公园6个。", "邹凯", "区园林中心"))
    doc = govmetrics.parse_document(text)
    assert [(t.number, t.section[-1], t.responsible_units) for t in doc.tasks] == [
        ("", "01 就业", ("区人社局",)), ("", "01 就业", ("区金融中心",)), ("", "02 教育", ("区教育局",)),
        ("", "02 教育", ("区教育局",)), ("", "03 生态", ("区园林中心",))]
    post = "📌第一件：托育服务\n🍼新增普惠性托位600个。\n👤牵头县领导：林秋\n📍牵头单位：县卫健局\n"
    assert [(t.number, t.lead_units) for t in govmetrics.parse_document("青枫县民生实事\n\n" + post).tasks] == [
        ("一", ("县卫健局",))]


def test_transliterated_names_and_the_titles_of_autonomous_regions() -> None:
    """An autonomous region's list: names whose parts a middle dot joins (any of · • ・), titles
    such as 副主席, 副州长, 副盟长, 副专员, 副师长, and a leaders' label alone on its line with a
    leader a line under it."""
    from govmetrics.structure.leaders import heading_leaders, leader_names
    assert leader_names(["阿孜古丽·买买提 常务副主席", "州委常委、副州长 叶尔兰•努尔江", "盟委委员、副盟长 苏和"]) == (
        "阿孜古丽·买买提", "叶尔兰•努尔江", "苏和")
    assert heading_leaders("二、热依拉·阿不都副州长牵头") == (("热依拉·阿不都",), ())
    text = ("2018年兵地融合重点任务分工\n1、新建温室大棚800座。\n分管领导：\n行署副专员 吐尔逊·艾力\n"
            "师市副师长 高建平\n牵头单位：\n地区农业局\n")
    doc = govmetrics.parse_document(text)
    assert [(t.leaders, t.lead_units) for t in doc.tasks] == [(("吐尔逊·艾力", "高建平"), ("地区农业局",))]


def test_items_numbered_yi_shi_one_a_line_and_points_in_a_paragraph() -> None:
    """A town's plan numbers its items 一是、二是 each on its own line under （一） sections: items
    (tasks with the leader of their lines); 一是…；二是… run on in one paragraph, or a PDF wrap that
    brings 三是 to a line's start between such points, stay the paragraph's sentences."""
    text = ("柳岗镇2022年重点工作安排\n（一）抓好春耕生产\n一是稳定粮食面积。播种面积不低于3.2万亩。\n"
            "二是建设高标准农田。新建高标准农田600亩。\n责任领导：程立\n")
    doc = govmetrics.parse_document(text)
    assert [(t.number, t.section[-1]) for t in doc.tasks] == [("一", "（一）抓好春耕生产"), ("二", "（一）抓好春耕生产")]
    report = ("柳岗镇2022年政府工作报告\n　　今年重点抓好三个方面工作。一是扩大投资，实施项目20个。二是改造\n"
              "老旧小区15个。\n三是办好民生实事，新增学位300个。四是保护生态。\n")
    assert [s.number for s in govmetrics.parse_document(report).statements if s.number] == []


def test_the_person_who_leads_a_village_task() -> None:
    """A village's plan: 牵头人：村支书 X names the leader (a 责任人 line names no one who answers)."""
    text = "杏溪村2016年工作计划\n1、新栽核桃八十亩。\n牵头人：村支书 周长林\n责任人：王会计\n"
    assert [t.leaders for t in govmetrics.parse_document(text).tasks] == [("周长林",)]


def test_a_key_project_with_lines_of_its_year_before_who_answers() -> None:
    """A key-project list (layouts §1): the project's title, then labelled lines of its scale,
    its year's investment and its milestones (建设内容及规模 / 年度计划投资 / 形象进度), then who
    answers. All of them are the task's text: its year's figures and times belong to it, and
    its total investment beside the year's part describes the project (no target)."""
    text = ("2019年市级重点建设项目责任分解\n\n一、续建项目\n1.智能装备产业园二期项目\n"
            "建设内容及规模：新建标准厂房12万平方米，总投资9.8亿元。\n年度计划投资：3.2亿元\n"
            "形象进度：3月底前完成厂房主体封顶，年底前引进企业8家入驻。\n"
            "包保市领导：林振东\n牵头单位：高新区管委会\n责任单位：市发展改革委\n")
    doc = _read(text)
    (task,) = doc.tasks
    assert (task.leaders, task.lead_units, task.responsible_units) == (("林振东",), ("高新区管委会",), ("市发展改革委",))
    assert [t.surface for t in task.targets] == ["12万平方米", "3.2亿元", "8家"]
    assert [d.surface for d in task.deadlines] == ["3月底前", "年底前"]


def test_a_year_target_label_before_a_time_is_no_row_of_figures() -> None:
    """年度目标 3 4 3 2 is a row of per-district figures (layouts §5); 年度目标：9月底前完成… in a
    project's paragraph is its text, and the bracket after it still answers for the task."""
    text = ("2024年市级重大项目责任分解\n\n1.精密铸造技改项目。建设内容：新增自动化造型线2条，总投资4.5亿元。"
            "年度目标：9月底前完成改造，单位产品综合能耗下降15%。（包保领导：袁晓棠；牵头单位：市工业和信息化局）\n")
    doc = _read(text)
    (task,) = doc.tasks
    assert (task.leaders, task.lead_units) == (("袁晓棠",), ("市工业和信息化局",))
    assert [t.surface for t in task.targets] == ["2条", "15%"]
    assert [d.surface for d in task.deadlines] == ["9月底前"]


def test_an_item_over_its_labelled_parts_is_a_task_when_every_line_is_indented() -> None:
    """A document that indents every line (text copied from a page of an official document)
    says nothing by an indented line: 工作目标：… under 一、… is a part of the item, not a
    paragraph under a heading (layouts §1). A paragraph under a heading stays prose."""
    lines = ["2023年重点工作任务清单", "一、提升城区供水能力", "工作目标：新建供水管网26公里，改造老旧管网8公里。",
             "工作措施：分片实施，先急后缓。", "牵头单位：县水务局", "完成时限：11月底前", "二、扩大公办托育供给",
             "工作目标：新增普惠托位不少于300个。", "牵头单位：县卫健局"]
    for indent in ("", "\u3000\u3000"):
        tasks = _read("\n".join(indent + line for line in lines)).tasks
        assert [(t.number, t.lead_units) for t in tasks] == [("一", ("县水务局",)), ("二", ("县卫健局",))], indent
        assert [len(t.targets) for t in tasks] == [2, 1]
    report = _read("一、2022年工作回顾\n\u3000\u3000过去一年，新建供水管网20公里。\n二、2023年主要目标\n"
                   "\u3000\u3000今年新建供水管网26公里。\n")
    assert [(s.number, s.text[:4]) for s in report.statements] == [("", "过去一年"), ("", "今年新建")]


def test_a_heading_over_a_paragraph_that_no_line_indents() -> None:
    """A Word file indented by its paragraphs' format reads with no line indented: a short
    numbered line over a paragraph longer than any heading that ends a sentence is still a
    heading over prose, not an item whose text goes on (layouts §7)."""
    text = ("澄溪县2025年政府工作报告\n一、2024年工作回顾\n"
            "过去一年，全县上下迎难而上，地区生产总值增长6.1%，新建农村公路120公里，新增城镇就业4200人，十件民生实事全面完成。\n"
            "二、2025年主要目标和重点工作\n"
            "今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业4000人以上，居民人均可支配收入增长与经济增长同步。\n")
    statements = _read(text).statements
    assert [(s.number, s.section[-1], [t.surface for t in s.targets]) for s in statements] == [
        ("", "一、2024年工作回顾", []), ("", "二、2025年主要目标和重点工作", ["6%左右", "4000人以上"])]
    # a short paragraph of two sentences is no heading's continuation either
    closing = _read("1.新建公园12个。\n牵头单位：县住建局\n二、附则\n本清单自印发之日起施行。各单位于年底前报送总结。\n")
    assert [(t.number, t.text[:6]) for t in closing.tasks] == [("1", "新建公园12")]
    assert [d.surface for _, d in closing.deadlines() if not d.default] == []


def test_a_meetings_decisions_name_who_answers_after_their_titles() -> None:
    """Meeting minutes (会议纪要): each decision opens with a run-in title, then who answers in prose
    (由X牵头，Y配合，…; X负责，…; 请X负责，…) before the work; a measure whose work sets up a body a
    leader heads (建立由分管副市长牵头的…机制) names no one who answers."""
    text = ("关于推进城市更新的专题会议纪要\n\n现将会议议定事项纪要如下：\n"
            "　　一、关于项目前期。由市发展改革委牵头，市自然资源局配合，6月底前完成12个项目立项。\n"
            "　　二、关于资金保障。市财政局负责，年内安排专项资金3.5亿元。\n"
            "　　三、关于片区改造。请沧浪区政府负责，9月底前完成412户房屋征收。\n"
            "　　四、加强统筹协调。建立由分管副市长牵头的联席会议机制，每季度召开1次。\n")
    doc = govmetrics.parse_document(text, year=2022)
    found = {s.number: (s.leaders, s.lead_units, s.cooperating_units, s.responsible_units) for s in doc.statements}
    assert found["一"] == ((), ("市发展改革委",), ("市自然资源局",), ())
    assert found["二"] == ((), (), (), ("市财政局",))
    assert found["三"] == ((), (), (), ("沧浪区政府",))
    assert found["四"] == ((), (), (), ())


def test_a_point_of_minutes_that_states_the_meetings_view_is_no_task() -> None:
    """会议强调，… / 会议认为，… as a numbered point that names no one: the meeting's view, a statement
    with no task; the decisions beside it that name who answers stay tasks."""
    text = ("关于推进城市更新的专题会议纪要\n\n现将会议议定事项纪要如下：\n"
            "　　一、关于资金保障。市财政局负责，年内安排专项资金3.5亿元。\n"
            "　　二、会议强调，城市更新事关群众切身利益，要坚持问题导向。\n"
            "　　三、关于片区改造。请沧浪区政府负责，9月底前完成412户房屋征收。\n")
    doc = govmetrics.parse_document(text, year=2022)
    assert [t.number for t in doc.tasks] == ["一", "三"]
