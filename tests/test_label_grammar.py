"""Who answers, read by one grammar (layouts.md sections 1-5, 10, 11): a role word and a
head (主责 + 部门, 联系 + 领导, 责任 + 股室) name a field alike in a label line, a label in
a bracket, a table header and a role word after a unit list; names survive PDF line
breaks and web-page tag debris. Every sentence below is our own."""

from __future__ import annotations

import pytest

from govmetrics.lexicon.columns import column_role
from govmetrics.lexicon.labels import fold
from govmetrics.lexicon.roles import label_fields
from govmetrics.structure import build_document
from govmetrics.structure.leaders import heading_leaders
from govmetrics.structure.orgs import split_units


@pytest.mark.parametrize("label,field", [
    ("主责部门", "lead_units"), ("主办单位", "lead_units"), ("责任主体", "lead_units"), ("牵头处室", "lead_units"),
    ("责任股室", "responsible_units"), ("承办单位", "lead_units"), ("责任科室", "responsible_units"),
    ("协同单位", "cooperating_units"), ("协办部门", "cooperating_units"), ("参与单位", "cooperating_units"),
    ("联系领导", "leaders"), ("分管区领导", "leaders"), ("包联县领导", "leaders"), ("市领导", "leaders"),
    ("包村领导", "leaders"), ("分管副市长", "leaders"), ("县级领导", "leaders"), ("包片领导", "leaders"),
    ("领衔市领导", "leaders"), ("领衔单位", "lead_units"),
    ("协助镇领导", "assisting_leaders"), ("责任主体与协同单位", "cooperating_units"),
    ("第一责任单位", "lead_units"), ("共同责任单位", "cooperating_units"), ("包保县领导", "leaders"),
    ("主办", "lead_units"), ("协办", "cooperating_units"),
])
def test_a_role_and_a_head_name_the_field_in_labels_and_headers_alike(label: str, field: str) -> None:
    assert label_fields()[label] == field
    assert column_role(label) == field  # the table header mapping reads the same vocabulary


def test_pairs_that_name_no_one_who_answers_are_no_labels() -> None:
    assert "联系单位" not in label_fields() and "承办领导" not in label_fields()


def test_traditional_labels_fold_to_the_grammar() -> None:
    import opencc

    convert = opencc.OpenCC("s2tw").convert
    for label, field in list(label_fields().items())[::7]:
        assert label_fields()[fold(convert(label))] == field


def test_label_lines_under_other_names() -> None:
    text = ("桐溪镇2023年重点工作任务分解\n1.新建村级文化广场2个，年底前投入使用。\n联系领导：副镇长 周海\n"
            "责任股室：文化站\n协同单位：各村\n2.改造农村公厕12座。\n区政府分管领导：吕文\n主责部门：\n村镇建设办\n")
    first, second = build_document(text).tasks
    assert (first.leaders, first.responsible_units, first.cooperating_units) == (("周海",), ("文化站",), ("各村",))
    assert first.text == "新建村级文化广场2个，年底前投入使用。"
    assert (second.leaders, second.lead_units) == (("吕文",), ("村镇建设办",))


@pytest.mark.parametrize("separator", ["　", "｜", "|", "；"])
def test_a_deadline_field_after_the_others_on_one_line_is_the_tasks_text(separator: str) -> None:
    # Layouts §1: the fields of one task on one line, set apart by spaces, bars or semicolons;
    # the deadline field among them is the task's own text, so its deadline is found.
    fields = separator.join(["责任领导：田禾", "责任科室：农业办", "协办科室：财政所", "时限：9月底前"])
    text = f"青陂乡2022年重点工作任务\n①新建高标准农田800亩。\n{fields}\n②完成农房改造60户。\n牵头单位：村建办{separator}时间要求：11月底前\n"
    first, second = build_document(text).tasks
    assert (first.leaders, first.responsible_units, first.cooperating_units) == (("田禾",), ("农业办",), ("财政所",))
    assert second.lead_units == ("村建办",)
    for task, written in ((first, "9月底前"), (second, "11月底前")):
        assert [text[a:b] for a, b in task.reading][-1].endswith(written)


@pytest.mark.parametrize("bracket,lead,cooperating,responsible", [
    ("（市体育局主办，市教育局协办）", ("市体育局",), ("市教育局",), ()),
    ("（市水务局、市农业局按职责分工负责）", (), (), ("市水务局", "市农业局")),
    ("（市水务局牵头，市农业局按职责分工负责）", ("市水务局",), ("市农业局",), ()),
    ("（市财政局承办，年内完成）", ("市财政局",), (), ()),
    ("（市城管局、市住建局牵头，各街道落实）", ("市城管局", "市住建局"), ("各街道",), ()),
    ("（分管副市长：郭川；承办单位：市水务局；协办单位：市财政局）", ("市水务局",), ("市财政局",), ()),
    ("（主责部门：市林业局；协同单位：各区政府）", ("市林业局",), ("各区政府",), ()),
])
def test_role_words_and_labels_inside_a_bracket(bracket: str, lead: tuple, cooperating: tuple,
                                                responsible: tuple) -> None:
    task = build_document(f"2022年重点工作责任分解\n3.建成城市绿道20公里。{bracket}\n").tasks[0]
    assert (task.lead_units, task.cooperating_units, task.responsible_units) == (lead, cooperating, responsible)


def test_a_role_word_in_brackets_after_a_unit_name() -> None:
    units = split_units("市文旅局（主责）、市商务局（协办）")
    assert units.names == ("市文旅局", "市商务局") and units.lead == ("市文旅局",)


@pytest.mark.parametrize("heading,leaders", [
    ("二、副县长 郑平 负责的工作", ("郑平",)),
    ("一、县长李浩领衔推进的工作", ("李浩",)),
    ("三、区政府党组成员王青主抓事项", ("王青",)),
])
def test_leaders_in_headings_with_spaces_other_verbs_and_titles(heading: str, leaders: tuple) -> None:
    assert heading_leaders(heading)[0] == leaders


def test_a_label_and_a_name_cut_by_pdf_line_breaks() -> None:
    text = ("2015年县政府重点工作责任分解\n1.新建乡镇供水站3座。\n分管县领导：林\n国强\n牵头单\n位：县水务局\n"
            "配合单位：各乡镇\n2.新增养老床位200张。\n分管县领导：林国强\n　　　　　　赵敏\n牵头单位：县民政局\n")
    first, second = build_document(text).tasks
    assert (first.leaders, first.lead_units, first.cooperating_units) == (("林国强",), ("县水务局",), ("各乡镇",))
    assert second.leaders == ("林国强", "赵敏")  # a second leader on the next line stays a second leader


def test_tag_debris_of_a_web_page_is_no_part_of_names_or_text() -> None:
    text = ("2024年县政府重点工作清单<br/>\n一、城乡建设<br/>\n1) 新建公厕10座，改造农贸市场2个。<br/>\n"
            "牵头领导:王东 副县长<br/>\n牵头部门:县城管局<br/>\n配合部门:县商务局,各乡镇<br/>\n"
            "&nbsp;&nbsp;2) 新增公共停车位600个。<br/>\n牵头领导:王东 副县长<br/>\n牵头部门:县住建局<br/>\n")
    first, second = build_document(text).tasks
    assert first.text == "新建公厕10座，改造农贸市场2个。"
    assert (first.leaders, first.lead_units, first.cooperating_units) == (("王东",), ("县城管局",), ("县商务局", "各乡镇"))
    assert (second.number, second.lead_units) == ("2", ("县住建局",))


def test_livelihood_projects_numbered_with_financial_numerals() -> None:
    # Layouts §1, §12: 壹、贰、 (traditional 貳、叄、) number the projects; the lines below name a
    # leader with titles before the name, a first and shared responsible unit, a project
    # manager who is no leader, and a completion time.
    text = ("某縣2021年民生實事項目\n壹、新建鄉鎮敬老院2所。\n包保縣領導：縣委常委、組織部部長 甘雨\n"
            "第一責任單位：縣民政局\n共同責任單位：縣財政局、各鄉鎮\n項目負責人：縣民政局局長 吳某\n完成時間：10月底前\n"
            "貳、改造農村公路40公里。\n包保縣領導：副縣長 石青\n第一責任單位：縣交通局\n完成時間：全年\n"
            "叄、新增公辦學位300個。\n包保縣領導：副縣長 石青\n第一責任單位：縣教育局\n")
    doc = build_document(text)
    assert [t.number for t in doc.tasks] == ["壹", "貳", "叄"]
    first = doc.tasks[0]
    assert (first.leaders, first.lead_units, first.cooperating_units) == (("甘雨",), ("縣民政局",), ("縣財政局", "各鄉鎮"))


def test_sub_items_under_a_task_whose_bracket_follows_the_last() -> None:
    # Layouts §9, §12: part-item numbers (1-1) under 第一部分 headings, sub-items a) b) joined
    # to their task when the bracket naming who answers ends the last of them.
    text = ("某县卫健局工作要点\n第一部分　基层医疗\n1-1　新建村卫生室6个。【主办：基层股；协办：财务股】\n"
            "1-2　提升服务能力：\na) 培训乡村医生120人；\nb) 年底前建成示范卫生院2家。【主办：医政股】\n"
            "第二部分　公共卫生\n2-1　适龄儿童免疫接种率保持95%以上。【主办：疾控股】\n")
    doc = build_document(text)
    assert [(t.number, t.lead_units) for t in doc.tasks] == [
        ("1-1", ("基层股",)), ("1-2", ("医政股",)), ("2-1", ("疾控股",))]
    assert doc.tasks[0].cooperating_units == ("财务股",)
    assert doc.tasks[1].text.startswith("提升服务能力：") and "示范卫生院2家" in doc.tasks[1].text
    assert doc.tasks[2].section[-1].startswith("第二部分")


def test_a_progress_notice_copied_with_html_entities_as_one_paragraph() -> None:
    # Layouts §5, §11: items 【1】【2】【3】 in one paragraph, fields set apart by &nbsp;, a
    # 时序要求 deadline field and a progress field that is no part of the task.
    text = ("某市2015年重点工作推进情况通报\n&#12288;&#12288;【1】新建停车场4个。&nbsp;责任领导:高山&nbsp;"
            "牵头单位:市交通局&nbsp;时序要求:9月底前&nbsp;1-6月完成情况:已建成1个。&nbsp;&nbsp;【2】新增&ldquo;口袋公园&rdquo;"
            "10个。&nbsp;责任领导:高山&nbsp;牵头单位:市城管局&nbsp;协作单位:各区政府&nbsp;时序要求:全年&nbsp;"
            "1-6月完成情况:已建成3个。&nbsp;&nbsp;【3】改造背街小巷20条。&nbsp;责任领导:罗兰&nbsp;牵头单位:市住建局\n")
    doc = build_document(text)
    assert [(t.number, t.leaders, t.lead_units) for t in doc.tasks] == [
        ("1", ("高山",), ("市交通局",)), ("2", ("高山",), ("市城管局",)), ("3", ("罗兰",), ("市住建局",))]
    assert doc.tasks[1].cooperating_units == ("各区政府",)
    assert "9月底前" in doc.tasks[0].text and "已建成" not in doc.tasks[0].text


def test_sub_items_on_one_line_with_a_bracket_wrapped_over_lines() -> None:
    # Layouts §9 and §10: a task's sub-items ①② printed on one line, and the bracket of who
    # answers after the last one wrapped by the PDF page: one task, its figures its own.
    text = ("鹭洲市2022年民生实事分工\n（一）新建社区食堂16家，其中：\n① 街道中心食堂4家，6月底前开业；② 社区助餐点1\n"
            "2家。（领衔市领导：范立群　责任单位：市民政局（牵头）、各区\n政府）\n（二）改造老旧电梯120台。（领衔市领导：范立群　责任单位：市市场监管局）\n")
    first, second = build_document(text).tasks
    assert (first.number, first.leaders, first.lead_units) == ("一", ("范立群",), ("市民政局",))
    assert second.number == "二" and second.responsible_units == ("市市场监管局",)



@pytest.mark.parametrize("tail,lead,cooperating,responsible", [
    ("，由县住建局牵头，县财政局、各镇配合。", ("县住建局",), ("县财政局", "各镇"), ()),
    ("，由县卫健局负责。", (), (), ("县卫健局",)),
    ("，由县文旅局、县教育局负责。", (), (), ("县文旅局", "县教育局")),
])
def test_responsibility_after_the_sentence_with_no_bracket(tail: str, lead: tuple, cooperating: tuple,
                                                           responsible: tuple) -> None:
    # Layouts §2 without the bracket: the role clauses after a 由 that ends the task's sentence.
    text = f"澄溪县2020年重点工作分工\n1.改造城镇老旧小区12个{tail}\n2.所需资金由县财政统一安排，年内完成。\n"
    first, second = build_document(text).tasks
    assert (first.lead_units, first.cooperating_units, first.responsible_units) == (lead, cooperating, responsible)
    assert first.text == "改造城镇老旧小区12个"
    assert not (second.lead_units or second.responsible_units)  # 由 before no role clause names no one


def test_footnotes_at_the_foot_of_a_page_are_furniture() -> None:
    # Layouts §10/§11: PDF page text whose footnotes (① …) stand above the page number, in
    # the middle of a task whose bracket runs on to the next page.
    text = ("岚桥市2023年重点工作任务分解\n（一）粮食播种面积稳定在80万亩①，新建高标准农田6万亩。（牵头单位：市农业农村局）\n"
            "（二）新增城镇就业1.8万人②，零就业家庭动态清零。（牵头单位：市人社局；责任单位：各县\n"
            "① 含复种面积。\n② 以统计部门年报数据为准。\n— 2 —\n（区）人民政府）\n"
            "（三）改造提升农贸市场12个。（牵头单位：市商务局）\n")
    tasks = build_document(text).tasks
    assert [t.number for t in tasks] == ["一", "二", "三"]
    assert tasks[1].lead_units == ("市人社局",) and tasks[1].responsible_units == ("各县（区）人民政府",)


def test_a_label_with_a_note_in_brackets_before_its_colon() -> None:
    """责任办（站、所）：X is 责任办：X — a short note in brackets may stand between label and colon."""
    from govmetrics.structure.responsibility import line_fields

    assert line_fields("责任办（站、所）：镇经发办") == {"responsible_units": ["镇经发办"]}
    assert line_fields("牵头单位（部门）：市住建局、市城管局") == {"lead_units": ["市住建局、市城管局"]}


def test_a_heading_that_names_the_unit_answering_for_its_tasks() -> None:
    """一、医政科牵头事项 gives 医政科 as the lead unit of every task under it (its leader from the
    bracket); a heading whose words before the role word are no unit's names gives none."""
    import govmetrics

    text = ("一、医政科牵头事项（分管局领导：副局长 韩知白）\n1.新增医院床位300张。\n配合：规划财务科\n"
            "二、认真负责工作\n2.新建村卫生室40个。\n")
    doc = govmetrics.parse_document(text, year=2013)
    assert [(t.number, t.leaders, t.lead_units, t.cooperating_units) for t in doc.tasks] == [
        ("1", ("韩知白",), ("医政科",), ("规划财务科",)), ("2", (), (), ())]


def test_labels_of_a_half_year_report_in_other_words() -> None:
    """分管班子成员 (a leader), 牵头负责单位 (lead: role, 负责, head), 节点要求 / 时间进度 (the deadline
    field), 上半年进展 (a progress field, as in data/progress.toml: its figures are no targets)."""
    import govmetrics

    text = ("（一）楼宇经济\n年度任务：新增亿元税收楼宇2栋。\n分管班子成员：办事处副主任 池映\n"
            "牵头负责单位：经济发展办\n节点要求：10月底前\n上半年进展：已新增1栋。\n")
    doc = govmetrics.parse_document(text, year=2025)
    (task,) = doc.tasks
    assert (task.leaders, task.lead_units) == (("池映",), ("经济发展办",))
    assert [(d.surface, str(d.due)) for d in task.deadlines] == [("10月底前", "2025-10-31")]
    assert [t.surface for _, t in doc.targets()] == ["2栋"]


def test_a_scripts_date_in_lenticular_brackets_gives_the_year() -> None:
    import govmetrics

    doc = govmetrics.parse_document("【标题】民生实事出炉\n【播出日期】2026年2月12日\n【解说】今年新建公园5个，年底前完工。\n")
    assert doc.meta.year == 2026
    assert [(d.surface, str(d.due)) for _, d in doc.deadlines() if not d.default] == [
        ("今年", "2026-12-31"), ("年底前", "2026-12-31")]


@pytest.mark.parametrize("line,fields", [
    # a role word and a head with a short word between them
    ("牵头抓总单位：市发改委", {"lead_units": ["市发改委"]}),
    ("协同推进单位：市财政局、市统计局", {"cooperating_units": ["市财政局、市统计局"]}),
    ("挂帅区领导：区长 柳青", {"leaders": ["区长 柳青"]}),
    # a department's own list names its leaders by the department (an office's 办领导, 委领导)
    ("办领导：覃晓岚 副主任", {"leaders": ["覃晓岚 副主任"]}),
    ("委领导：副主任 岑立", {"leaders": ["副主任 岑立"]}),
    # a label the tables do not hold that ends in a time field's head
    ("完成时点：12月31日前", {"task_text": ["12月31日前"]}),
    ("推进时限：年内", {"task_text": ["年内"]}),
    # not a form's own date, nor a page's furniture
    ("填报日期：2022年1月20日", None),
    ("签订日期：2025年2月10日", None),
    ("发布时间：2021-03-01", None),
])
def test_labels_read_by_their_shape_when_their_words_are_new(line: str, fields: dict | None) -> None:
    from govmetrics.structure.responsibility import line_fields

    assert line_fields(line) == fields


@pytest.mark.parametrize("header,role", [("牵头落实单位", "lead_units"), ("协同推进单位", "cooperating_units"),
                                         ("挂帅县领导", "leaders"), ("配合责任单位", "cooperating_units")])
def test_a_table_header_is_read_by_the_same_shape_as_a_label_line(header: str, role: str) -> None:
    from govmetrics.lexicon.columns import column_role

    assert column_role(header) == role


def test_a_sentence_that_names_the_task_before_who_answers() -> None:
    """A bureau's 工作要点 closes each item with who answers, naming the item first (。此项工作由副局长X
    分管，A牵头，B配合): read as the by-clauses after a task's sentence (…。由X牵头，Y配合)."""
    import govmetrics

    text = ("2025年工作要点\n\n一、稳就业\n1.稳定就业大局。城镇新增就业1.15万人。此项工作由党组成员、副局长邢晓峰分管，"
            "就业促进科牵头，市公共就业服务中心、失业保险科配合。\n\n2.促进青年就业。开发见习岗位800个。"
            "该项工作由副局长殷若岚分管，就业促进科负责，11月底前完成。\n")
    doc = govmetrics.parse_document(text, year=2025)
    assert [(t.number, t.leaders, t.lead_units, t.cooperating_units, t.responsible_units) for t in doc.tasks] == [
        ("1", ("邢晓峰",), ("就业促进科",), ("市公共就业服务中心", "失业保险科"), ()),
        ("2", ("殷若岚",), (), (), ("就业促进科",))]
    assert [d.surface for d in doc.tasks[1].deadlines] == ["11月底前"]


def test_a_bureaus_chief_engineer_is_a_title() -> None:
    """总工程师 is a post, not part of a name: in a heading (三、总工程师钟以恒负责的工作) and in a
    leader line (分管局领导：总工程师 尤静岚) the leader is the name alone."""
    import govmetrics

    text = ("三、总工程师钟以恒负责的工作\n1.完成危桥改造8座。\n责任股室：工程股\n\n"
            "四、安全监管\n2.新建治超站2个。\n分管局领导：总工程师 尤静岚\n责任股室：路政股\n")
    doc = govmetrics.parse_document(text, year=2023)
    assert [(t.number, t.leaders) for t in doc.tasks] == [("1", ("钟以恒",)), ("2", ("尤静岚",))]


@pytest.mark.parametrize(("written", "names"), [
    # a run of titles before a titled name are all that person's
    ("市委常委、市纪委书记、市监委主任 谭砚青", ("谭砚青",)),
    ("区委常委、宣传部部长、统战部部长 卜兰舟", ("卜兰舟",)),
    # a department's title: the name is after it (组织部 is no name)
    ("县委常委、组织部部长秦岫", ("秦岫",)),
    # the people's congress and the consultative conference lead tasks of a joint list too
    ("郎逸舟、县人大常委会副主任吴敬亭", ("郎逸舟", "吴敬亭")),
    ("市政协副主席 庄岩", ("庄岩",)),
    # titles with no name at all stay
    ("市长、副市长", ("市长", "副市长")),
])
def test_party_and_congress_titles_around_a_leaders_name(written: str, names: tuple[str, ...]) -> None:
    from govmetrics.structure.leaders import leader_names

    assert leader_names([written]) == names
