"""The structure stage on the layouts of /work/shared/spec/layouts.md (issue 13 item 2).

Each test names the layout family it serves; every text is written for these tests
(fictional places, people and units).
"""

from __future__ import annotations

import govmetrics
from govmetrics.structure import build_document
from govmetrics.structure.leaders import leader_names
from govmetrics.structure.bracketfields import inline_fields
from govmetrics.structure.paragraphs import cuts as paragraph_cuts


def _tasks(text: str, **kwargs):
    doc = build_document(text, **kwargs)
    return [s for s in doc.statements if s.is_task]


def _units(text: str) -> list[tuple[tuple[str, ...], ...]]:
    """(lead, cooperating, responsible) units of each task of `text`."""
    return [(t.lead_units, t.cooperating_units, t.responsible_units) for t in _tasks(text)]


# --- family 1: responsibility lines -------------------------------------------------

def test_person_lines_that_name_no_leader_do_not_break_the_nesting() -> None:
    """Family 1: 项目责任人 / 主要责任人 lines end a task; the heading after them stays a heading."""
    text = ("一、稳住工业\n1.新建标准厂房12万平方米。\n牵头单位：县经信局\n项目责任人：钟一鸣（县经信局局长）\n\n"
            "2.新增规上企业9家。\n牵头单位：县经信局\n主要责任人：县经信局副局长\n\n二、办好民生\n3.新建公厕14座。\n牵头单位：县城管局\n")
    tasks = _tasks(text)
    assert [t.number for t in tasks] == ["1", "2", "3"]
    assert [t.section_title for t in tasks] == ["一、稳住工业", "一、稳住工业", "二、办好民生"]
    assert all(not t.leaders for t in tasks)


def test_a_time_label_alone_takes_the_next_line_as_its_value() -> None:
    """Family 1: 完成时限： alone on its line (a Word cell copied with its break): the next line
    is its value, the task's time, and the task goes on to its end."""
    text = ("1.新建乡镇污水处理站6座。\n牵头单位：县住建局\n完成时限：\n10月底前\n"
            "2.新增公共停车泊位900个。\n牵头单位：县城管局\n完成时限：年底前\n")
    doc = govmetrics.parse_document(text, year=2023)
    first, second = doc.tasks
    assert first.text.endswith("完成时限：\n10月底前") and first.lead_units == ("县住建局",)
    assert [(d.surface, d.due.isoformat()) for _, d in doc.deadlines() if not d.default] == [
        ("10月底前", "2023-10-31"), ("年底前", "2023-12-31")]
    # ... or the milestones listed under it, each on a bulleted line: all of them the task's
    listed = govmetrics.parse_document("1.改造农贸市场5家。\n牵头单位：县商务局\n完成时限：\n● 5月底前完成设计；\n"
                                       "● 9月底前完工3家；\n● 12月底前全部完工。\n", year=2023)
    (task,) = listed.statements
    assert task.is_task and [d.surface for d in task.deadlines] == ["5月底前", "9月底前", "12月底前"]


def test_a_second_leader_on_the_next_line() -> None:
    """Family 1: 责任领导 with the title after the name, and one more leader on the next line."""
    text = ("一、交通\n1.改造县乡公路30公里。\n责任领导：罗一舟 副县长\n          温如海 副县长\n牵头单位：县交通局\n"
            "2.新辟公交线路3条。\n分管领导：温如海\n殷小川\n责任单位：县运管所\n")
    first, second = _tasks(text)
    assert first.leaders == ("罗一舟", "温如海") and first.lead_units == ("县交通局",)
    assert second.leaders == ("温如海", "殷小川") and second.responsible_units == ("县运管所",)
    # A short heading after the last field is no second leader.
    tasks = _tasks("1.新建公厕5座。\n牵头领导：温如海\n民生实事\n2.新增学位300个。\n牵头领导：罗一舟\n")
    assert tasks[0].leaders == ("温如海",) and tasks[1].section_title == "民生实事"


def test_titles_before_a_name_are_dropped() -> None:
    """Family 1 (and 7's 主管领导): a leader is named without the titles before or after."""
    assert leader_names(["乡党委副书记、乡长 郝春生"]) == ("郝春生",)
    assert leader_names(["乡人大主席 柳青禾", "县委常委、常务副县长 裴远"]) == ("柳青禾", "裴远")
    assert leader_names(["县长、副县长"]) == ("县长", "副县长")


def test_converter_pinyin_after_a_title_is_no_part_of_the_name() -> None:
    """Family 11: 副縣長(zhǎng) written by a converter."""
    text = "1.新建村級公路18公裏。\n牽頭領導：程遠山 副縣長(zhǎng)\n牽頭單位：縣交通局(jú)\n"
    task, = _tasks(text)
    assert task.leaders == ("程遠山",) and task.lead_units == ("縣交通局",)


# --- family 2: brackets -------------------------------------------------------------

def test_who_answers_in_a_sentence_of_its_own_after_the_work() -> None:
    """Family 2 without the bracket: 由X牵头，Y配合。 as the task's last sentence gives its
    units; a time in that sentence stays the task's; a sentence of work after 由 gives none."""
    text = ("1.新建乡村振兴示范村12个。由县农业农村局牵头，县财政局、县住建局配合。\n"
            "2.改造背街小巷40条。由县城管局负责，9月底前完成。\n"
            "3.新建口袋公园6个。由县财政局安排资金800万元。\n")
    doc = govmetrics.parse_document(text, year=2022)
    first, second, third = doc.tasks
    assert first.lead_units == ("县农业农村局",) and first.cooperating_units == ("县财政局", "县住建局")
    assert first.text == "新建乡村振兴示范村12个"
    assert second.responsible_units == ("县城管局",) and [d.surface for d in second.deadlines] == ["9月底前"]
    assert third.text.endswith("安排资金800万元。") and not (third.lead_units or third.responsible_units)



def test_a_time_inside_a_responsibility_bracket_stays_in_the_task() -> None:
    """Family 2: the time is the task's (for the deadline stage), the units are units."""
    fields, end = inline_fields("新修堤防6公里。[牵头单位:县水利局(防汛办);责任单位:沿河各乡镇;9月底前完成]")
    assert fields == {"lead_units": ["县水利局(防汛办)"], "responsible_units": ["沿河各乡镇"]}
    assert end == len("新修堤防6公里。[牵头单位:县水利局(防汛办);责任单位:沿河各乡镇;9月底前完成]")
    fields, end = inline_fields("推广电子票据。(县财政局牵头,各预算单位分别负责,年内持续推进)")
    assert fields == {"lead_units": ["县财政局"], "cooperating_units": ["各预算单位"]}
    fields, _ = inline_fields("整治超限运输。(县交通局牵头,县公安局配合,每月通报)")
    assert fields == {"lead_units": ["县交通局"], "cooperating_units": ["县公安局"]}
    fields, _ = inline_fields("完成人工造林8万亩。（县林业局负责，第一季度完成春季造林）")  # an ordinal quarter
    assert fields == {"responsible_units": ["县林业局"]}
    # a labelled clause among the role clauses, first or last
    fields, _ = inline_fields("新增养老床位300张。（县民政局牵头，县财政局配合；责任领导：副县长 应川）")
    assert fields == {"lead_units": ["县民政局"], "cooperating_units": ["县财政局"], "leaders": ["副县长 应川"]}
    fields, _ = inline_fields("新增托位500个。（责任领导：副县长 应川；县卫健局牵头，县教育局配合）")
    assert fields == {"leaders": ["副县长 应川"], "lead_units": ["县卫健局"], "cooperating_units": ["县教育局"]}
    # bare names of offices: responsible; what the work includes, or a quoted name, is no unit
    fields, _ = inline_fields("治理中小河流200公里。（建设与管理处、河湖管理处）")
    assert fields == {"responsible_units": ["建设与管理处、河湖管理处"]}
    for text in ("新建学校3所（含民办学校管理处）", "在上海设立“湖州全球招商中心”。", "推行“一证通办”（就近可办）"):
        assert inline_fields(text) is None, text


def test_a_title_over_a_paragraph_that_ends_with_who_answers_is_one_task() -> None:
    """Families 2 and 12: 三、居家养老 over an indented paragraph that ends with its bracket of
    who answers: one task, numbered 三, not a heading over a paragraph."""
    text = ("二、托育服务\n　　新增托位600个。责任单位：县卫健局。\n\n"
            "三、居家养老\n　　新建养老服务站8个。（县民政局牵头，县财政局配合）\n")
    tasks = _tasks(text)
    assert [(t.number, t.lead_units or t.responsible_units) for t in tasks] == [
        ("二", ("县卫健局",)), ("三", ("县民政局",))]


def test_units_that_only_answer_next_to_a_lead_cooperate() -> None:
    """Family 2, spec section 5: X牵头,W负责 → W cooperates; 负责 alone is responsible."""
    fields, _ = inline_fields("建成乡镇快递站20个。(县商务局牵头,县邮政局配合,各乡镇负责)")
    assert fields == {"lead_units": ["县商务局"], "cooperating_units": ["县邮政局", "各乡镇"]}
    fields, _ = inline_fields("建成乡镇快递站20个。(各乡镇分别负责)")
    assert fields == {"responsible_units": ["各乡镇"]}


def test_a_bracket_of_leaders_and_units_set_apart_by_a_slash() -> None:
    """Family 2: （leaders/units）: the persons before the slash lead, the units after it answer;
    under the document's lead rule the first unit leads and the rest cooperate."""
    fields, _ = inline_fields("改造农贸市场4个。（江明远、副县长傅佳/县商务局、县市场监管局）")
    assert fields == {"leaders": ["江明远、副县长傅佳"], "responsible_units": ["县商务局、县市场监管局"]}
    text = ("各项任务括号内斜杠前为责任领导，斜杠后为责任单位，列第一位的为牵头单位。\n"
            "1、新建乡镇综合文化站3个。（江明远/县文广旅局、县财政局）\n2、新增城乡公交线路5条。（傅佳／县交通运输局）\n")
    tasks = _tasks(text)
    assert [(t.leaders, t.lead_units, t.cooperating_units) for t in tasks] == [
        (("江明远",), ("县文广旅局",), ("县财政局",)), (("傅佳",), ("县交通运输局",), ())]
    # a slash with no person before it is no such bracket: a date, or two units
    assert inline_fields("建成污水管网12公里。（县住建局/县水务局）") is None
    assert inline_fields("完成年度计划（2023/2024）") is None


def test_bare_unit_names_after_a_dash_under_the_lead_rule() -> None:
    """Family 2: …。——X、Y、Z with no role word: the units named after the dash answer for the
    task, as in a bracket of bare names; under the letter's rule the first leads. A party
    department, a company and a people's organisation are names of units too."""
    text = ("各项任务破折号后所列单位中，排在第一位的为牵头单位，其余为配合单位。\n"
            "1.新建5G基站300个。——县工信局、国网青川县供电公司、县委宣传部\n"
            "2.开展职工技能竞赛12场。——县总工会、县人社局\n"
            "3.新增绿地面积5公顷——以城区东部为重点\n")
    assert [(lead, cooperating) for lead, cooperating, _ in _units(text)] == [
        (("县工信局",), ("国网青川县供电公司", "县委宣传部")), (("县总工会",), ("县人社局",)), ((), ())]
    assert _tasks(text)[0].text == "新建5G基站300个。"


def test_role_verbs_that_need_a_second_clause_and_periods_counted_after_every() -> None:
    """Family 2: X为主 / X为牵头单位 lead beside another clause of the bracket, and alone say
    what the work mostly is or how to read a list; 参加 cooperates; 每两个月… is a time."""
    fields, _ = inline_fields("改造老旧小区12个。（县住建局为主，县财政局、各街道参加）")
    assert fields == {"lead_units": ["县住建局"], "cooperating_units": ["县财政局、各街道"]}
    fields, end = inline_fields("建成农村公路80公里。【县交通局为牵头单位，各乡镇协助；每两个月通报进度】")
    assert fields == {"lead_units": ["县交通局"], "cooperating_units": ["各乡镇"]}
    assert end == len("建成农村公路80公里。【县交通局为牵头单位，各乡镇协助；每两个月通报进度】")
    assert inline_fields("完成危房改造300户。（以农村低保户为主）") is None
    assert inline_fields("附件　2020年重点工作责任分解（列第一位的责任单位为牵头单位）") is None
    fields, _ = inline_fields("新建公厕9座。（县住建局、县城管局按职责抓好落实）")
    assert fields == {"responsible_units": ["县住建局、县城管局"]}


def test_the_signature_after_the_last_bracket_is_not_the_task() -> None:
    """Family 2 / 13: what follows the last task (a signature) is no part of it."""
    text = ("1、新增公共厕所6座。（责任单位：镇城建办）\n2、年内调处纠纷成功率达到96%以上。（责任单位：镇司法所、镇派出所）\n"
            "梅岭镇人民政府\n二〇一六年三月二日\n")
    tasks = _tasks(text)
    assert tasks[-1].responsible_units == ("镇司法所", "镇派出所")
    assert tasks[-1].text.endswith("96%以上。")
    # The print line at the foot (…办公室 2016年3月2日印发) is no statement either.
    doc = build_document(text.replace("二〇一六年三月二日\n", "梅岭镇党政办公室  2016年3月2日印发\n"))
    assert [s.is_task for s in doc.statements] == [True, True]


# --- families 5 and 6: progress -----------------------------------------------------

def test_a_progress_line_is_a_statement_of_its_own() -> None:
    """Families 5 and 6: 1-6月推进情况: / 实际完成情况: are never the task's text."""
    text = ("1.新建污水管网20公里。\n责任单位：县住建局\n1-6月推进情况：已建成9公里。\n"
            "2.新增停车位600个。\n责任单位：县交通局\n实际完成情况：已完成410个。\n配合单位：城关镇\n")
    doc = build_document(text)
    tasks = [s for s in doc.statements if s.is_task]
    assert [t.text for t in tasks] == ["新建污水管网20公里。", "新增停车位600个。"]
    assert tasks[1].cooperating_units == ("城关镇",)
    progress = [s.text for s in doc.statements if not s.is_task]
    assert progress == ["1-6月推进情况：已建成9公里。", "实际完成情况：已完成410个。"]


def test_brackets_after_several_sentences_of_one_item_all_answer_for_it() -> None:
    """Family 2 repeated inside an item (a ministry's 分工, layouts §5): each bracket that closes
    a sentence answers for the sentences before it, so the task's units are those of them all,
    each bracket read on its own (负责 after a lead cooperates; alone it is responsible; a time
    clause before its roles is no unit), a unit named twice listed once. A last bracket that
    holds a time stays in the text and is not read twice."""
    text = ("责任单位中列第一位的为牵头单位，其余为配合单位。\n一、农村公路\n1.新改建农村公路1.8万公里。（省交通运输厅牵头，省发展改革委参与）"
            "补助标准不降低。（省财政厅负责）新建客运站30个。（2026年6月底前完成；省交通运输厅牵头，省邮政管理局参与）"
            "落实养护资金。（省交通运输厅牵头，省财政厅参与）\n"
            "2.新建公路驿站50个。建设旅游公路600公里。（责任单位：省文化和旅游厅、省交通运输厅；完成时限：年内）\n")
    first, second = _tasks(text)
    assert first.lead_units == ("省交通运输厅",)
    assert first.cooperating_units == ("省发展改革委", "省邮政管理局", "省财政厅")
    assert first.responsible_units == ("省财政厅",)
    assert second.lead_units == ("省文化和旅游厅",) and second.cooperating_units == ("省交通运输厅",)
    assert "年内" in second.text


def test_who_answers_in_closing_clauses_with_no_bracket() -> None:
    """Family 2 with no bracket: the task's sentence ends in clauses of a unit list and a role
    word (…，区科工局牵头，区统计局、各镇（街道）配合。): they say who answers and the text ends
    before them. A lead that is no office is the work's own words (推动龙头企业牵头)."""
    text = ("1.新增规上工业企业25家，区科工局牵头，区统计局、各镇（街道）配合。\n"
            "2.培育专精特新企业12家，推动龙头企业牵头，中小企业配合。\n")
    first, second = build_document(text).statements
    assert (first.text, first.lead_units, first.cooperating_units) == (
        "新增规上工业企业25家", ("区科工局",), ("区统计局", "各镇（街道）"))
    assert second.text.endswith("中小企业配合。") and not second.lead_units


def test_units_set_apart_by_spaces() -> None:
    """A clerk's list typed with spaces (half-width or ideographic) between unit names is split
    there when every part ends as a unit's name does; a name with a space inside stays whole."""
    text = ("1.新建小学2所。\n主责单位：县教育局\n协办单位：县发改局 县财政局\u3000团县委\n"
            "2.新建公园3个。\n责任单位：县城市 管理局\n")
    first, second = _tasks(text)
    assert first.cooperating_units == ("县发改局", "县财政局", "团县委")
    assert second.responsible_units == ("县城市 管理局",)


def test_labels_enclosed_alone_on_their_lines() -> None:
    """Family 1 with 【】 labels (【牵头单位】区经信局 on a line of its own reads as 牵头单位：区经信局);
    a label alone (【分解任务】) introduces parts of the task above; the report's quoted words
    (【报告原文】) open the task's text."""
    text = ("一、产业提质\n1.【报告原文】“规上工业总产值突破800亿元。”\n【分解任务】\n①新增规上工业企业40家；\n"
            "②引育数字经济企业30家。\n【牵头区领导】傅清澜（副区长）\n【牵头单位】区经信局\n【配合单位】区发改局、区统计局\n"
            "【完成时限】2022年12月底前\n")
    (task,) = _tasks(text)
    assert (task.number, task.leaders, task.lead_units, task.cooperating_units) == (
        "1", ("傅清澜",), ("区经信局",), ("区发改局", "区统计局"))
    assert task.text.startswith("【报告原文】") and "30家" in task.text


def test_a_leader_who_hangs_on_a_section() -> None:
    """Family 3: 挂点 (a leader attached to the work as its contact point) names the section's
    leader, as 包抓 or 牵头 do."""
    text = "二、常务副区长邵沛然挂点重点工作\n1.完成城中村改造4个。\n牵头单位：区住建局\n"
    assert [t.leaders for t in _tasks(text)] == [("邵沛然",)]


def test_an_items_goal_and_measures_as_fields_among_who_answers() -> None:
    """Family 1 inline (one paragraph an item): 工作目标 and 主要措施 are fields of the task's own
    text, so the leader's field ends before them; a 责任单位 written as role clauses gives the lead
    and the cooperating units."""
    text = ("4.保障粮食安全。责任领导：莫清远副市长；工作目标：新建高标准农田4.2万亩；主要措施：4月底前下达计划；"
            "责任单位：市农业农村局牵头，市自然资源局、市水利局配合；完成时限：年内。\n")
    (task,) = _tasks(text, year=2021)
    assert (task.leaders, task.lead_units, task.cooperating_units) == (
        ("莫清远",), ("市农业农村局",), ("市自然资源局", "市水利局"))
    doc = govmetrics.parse_document(text, year=2021)
    assert [t.surface for _, t in doc.targets()] == ["4.2万亩"]
    assert [d.surface for _, d in doc.deadlines() if not d.default] == ["4月底前", "年内"]


def test_the_candidates_and_the_vote_of_a_congress_are_no_tasks() -> None:
    """A 民生实事 vote (票决制): the projects under 未当选项目 and the rows of a vote table under 票决结果
    (得票数, 得票率) are no tasks and give no targets; the chosen projects are."""
    text = ("一、当选项目\n1.新建幼儿园3所（得票53票）\n牵头单位：镇教育办\n二、未当选项目\n2.新建停车场2处（得票19票）\n"
            "三、票决结果\n序号 | 项目名称 | 得票数 | 得票率 |\n1 | 新建幼儿园 | 53 | 96.4% |\n2 | 新建停车场 | 19 | 34.5% |\n")
    doc = govmetrics.parse_document(text, year=2019)
    assert [t.number for t in doc.tasks] == ["1"]
    assert [t.surface for _, t in doc.targets()] == ["3所"]


def test_who_answers_given_in_prose_by_task_number() -> None:
    """A plan whose numbered tasks name no one, then a 责任分工 part that gives who answers by task
    number (第1项由X牵头，Y配合；第2项至第3项由Z负责), or a unit's line by role (W：牵头第4项，配合第1项):
    the items it names are tasks with those units; the part itself is no task."""
    text = ("一、主要任务\n1.新建水厂1座。\n2.改造管网40公里。\n3.新建泵站2座。\n4.建设水质监测站5个。\n"
            "二、责任分工\n　　第1项由市水利局牵头，市财政局配合；第2项至第3项由市住建局负责。\n"
            "市生态环境局：牵头第4项，配合第1项。\n")
    tasks = _tasks(text)
    assert [(t.number, t.lead_units, t.cooperating_units, t.responsible_units) for t in tasks] == [
        ("1", ("市水利局",), ("市财政局", "市生态环境局"), ()), ("2", (), (), ("市住建局",)),
        ("3", (), (), ("市住建局",)), ("4", ("市生态环境局",), (), ())]


def test_a_goal_label_after_an_items_title_keeps_its_targets() -> None:
    """Family 9 (an action plan): （一）X攻坚。目标任务：… on the item's own line, its bracket after it:
    the goal's figures are the task's targets (目标任务 there names no field of its own)."""
    text = "（一）老旧小区改造攻坚。目标任务：改造城镇老旧小区48个，其中2024年改造15个。（牵头单位：县住建局）\n"
    doc = govmetrics.parse_document(text, year=2024)
    assert [t.surface for _, t in doc.targets()] == ["48个", "15个"]
    assert [t.lead_units for t in doc.tasks] == [("县住建局",)]


# --- family 10: PDF text ------------------------------------------------------------

def test_a_unit_name_wrapped_to_the_next_line_is_one_unit() -> None:
    """Family 10: 县自然资源⏎和规划局 is not a heading, and the tasks below keep their section."""
    text = ("一、城建\n5.新建绿道8公里。\n牵头单位：县住建局\n配合单位：各乡镇、县自然资源\n和规划局\n"
            "6.新增绿地3万平方米。\n牵头单位：县住建局\n")
    first, second = _tasks(text)
    assert first.cooperating_units == ("各乡镇", "县自然资源和规划局")
    assert second.section_title == "一、城建"


def test_a_list_that_starts_mid_way_nests_its_later_heading_outside() -> None:
    """Family 10: the page with 一、 is missing; 二、 after 8. is a heading, 8. a task."""
    text = ("7.新建5G基站900个。\n牵头单位：县经信局\n8.新增充电桩300个，8月底\n前完成。\n牵头单位：县发改局\n"
            "二、民生\n9.新增学位1200个。\n牵头单位：县教育局\n")
    tasks = _tasks(text)
    assert [t.number for t in tasks] == ["7", "8", "9"]
    assert [t.section_title for t in tasks] == ["", "", "二、民生"]


# --- family 12: numbering -----------------------------------------------------------

def test_row_numbers_run_into_the_text() -> None:
    """Family 12: 1新建…, 2 6月底前…, 10完成… are rows; a year or a month at a line's head is not."""
    rows = ["新建村级文化广场3个", "6月底前完成集镇污水管网改造", "新增就业岗位150个"]
    text = "柳湾乡2023年重点工作责任分解\n" + "".join(
        f"{n}{' ' if r[0].isdigit() else ''}{r}\n分管领导：乡长 宋平\n责任单位：乡政府办\n" for n, r in enumerate(rows, 1))
    tasks = _tasks(text)
    assert [t.number for t in tasks] == ["1", "2", "3"]
    assert [t.text for t in tasks] == rows
    plain = build_document("2023年要点\n2023年完成造林1200亩。\n5G基站新增40个。\n")
    assert not any(s.number for s in plain.statements)


# --- family 5: a list printed as one paragraph ----------------------------------------

def test_a_list_printed_as_one_paragraph_gives_one_task_per_item() -> None:
    """Family 5: inline labels give the fields; 实际完成情况 and flattened figures are not the task's text."""
    text = ("　　1.新建乡村客运站2个 牵头领导：卢明远 责任单位：县交通局 项目责任人：胡立 配合单位：各乡镇 "
            "实际完成情况：已建成1个。 2.9月底前改造农贸市场4个 牵头领导：卢明远 责任单位：县商务局 "
            "实际完成情况：已开工3个。 3.新增养老床位260张 牵头领导：韦晴 责任单位：县民政局 年度目标 80 60 70 50\n")
    doc = build_document(text)
    tasks = [s for s in doc.statements if s.is_task]
    assert [t.number for t in tasks] == ["1", "2", "3"]
    assert [t.text for t in tasks] == ["新建乡村客运站2个", "9月底前改造农贸市场4个", "新增养老床位260张"]
    assert tasks[0].leaders == ("卢明远",) and tasks[0].cooperating_units == ("各乡镇",)
    assert tasks[2].responsible_units == ("县民政局",)
    assert [s.text for s in doc.statements if not s.is_task] == ["实际完成情况：已建成1个。", "实际完成情况：已开工3个。"]


def test_a_list_after_an_opening_sentence_on_the_same_line() -> None:
    """Family 5: 现将…通报如下。 1.… 2.… — the opening sentence is no task, the items are."""
    text = ("　　现将1-6月进展情况通报如下。 1.新增托位300个 牵头领导：贺一平 责任单位：区卫健局 "
            "进展情况：已新增140个。 2.新建社区食堂6家 牵头领导：贺一平 责任单位：区民政局\n")
    tasks = _tasks(text)
    assert [(t.number, t.text, t.responsible_units) for t in tasks] == [
        ("1", "新增托位300个", ("区卫健局",)), ("2", "新建社区食堂6家", ("区民政局",))]


def test_headings_and_items_printed_as_one_paragraph() -> None:
    """Family 5: a whole list printed as one paragraph, headings 一、 and items 1. after spaces:
    each item is a task under its heading, with numbering running on or restarting per heading."""
    text = ("2023年民生实事 一、教育 1.新建幼儿园2所，8月底前完成。牵头单位：县教育局 配合单位：县财政局、县住建局 "
            "2.改造乡村学校操场11个。牵头单位：县教育局 二、交通 3.新开公交线路4条。牵头单位：县交通运输局\n")
    tasks = _tasks(text)
    assert [(t.number, t.section_title) for t in tasks] == [("1", "一、教育"), ("2", "一、教育"), ("3", "二、交通")]
    assert tasks[0].cooperating_units == ("县财政局", "县住建局") and tasks[1].lead_units == ("县教育局",)
    assert [t.text for t in tasks] == ["新建幼儿园2所，8月底前完成。", "改造乡村学校操场11个。", "新开公交线路4条。"]
    restarting = ("一、农业 1.新建高标准农田2000亩。责任单位：县农业农村局 2.新增家庭农场15家。责任单位：县农业农村局 "
                  "二、水利 1.加固病险水库3座。责任单位：县水利局\n")
    assert [(t.number, t.section_title, t.responsible_units) for t in _tasks(restarting)] == [
        ("1", "一、农业", ("县农业农村局",)), ("2", "一、农业", ("县农业农村局",)), ("1", "二、水利", ("县水利局",))]


def test_a_list_whose_line_breaks_were_lost() -> None:
    """Families 5 and 11: a list copied with its line breaks lost: items after the letter's
    colon and after the bracket that closes the item before, numbering running on from the
    line before with its first label glued to a heading's words; a label's note (说明：1.…) is
    no list."""
    text = ("关于印发重点工作分解的通知 各部门：现将重点工作分解如下：一、稳增长1.新增规上企业20家。"
            "（牵头单位：县经信局）2.新建厂房8万平方米。（牵头单位：县工信局）\n"
            "二、惠民生3.新增学位900个。（牵头单位：县教育局）4.新建公园2个。（牵头单位：县住建局）\n")
    tasks = _tasks(text)
    assert [(t.number, t.section_title, t.lead_units) for t in tasks] == [
        ("1", "一、稳增长", ("县经信局",)), ("2", "一、稳增长", ("县工信局",)),
        ("3", "二、惠民生", ("县教育局",)), ("4", "二、惠民生", ("县住建局",))]
    assert paragraph_cuts("说明：1.目标值为下限；2.数据以年报为准。") == []


def test_a_decimal_after_a_space_does_not_start_an_item() -> None:
    """Family 5 guard: a line is cut only when it holds a list, and a table row (cells after
    tabs) is no list: its milestones 1.3月底前…;2.6月底前… stay in their cell."""
    doc = build_document("1.新建绿道 2.5公里，改造公园3个。\n责任单位：县住建局\n")
    assert [t.text for t in doc.statements if t.is_task] == ["新建绿道 2.5公里，改造公园3个。"]
    row = "3\t新建水厂\t县水务局\t1.3月底前完成选址;2.6月底前开工;3.11月底前建成\n"
    assert len(build_document(row).statements) <= 1


# --- family 9: sub-items ------------------------------------------------------------

def test_sub_items_with_the_responsibility_after_them_are_parts_of_the_task() -> None:
    """Family 9: (1)(2) / ①② under a task that names who answers after its sub-items."""
    text = ("一、城市更新\n1.推进背街小巷整治\n(1)整治背街小巷25条。\n(2)9月底前完工70%以上。\n"
            "责任领导：叶知秋\n牵头单位：县城管局\n2.提升公园绿地\n①新建口袋公园6个；②新增绿道12公里。\n牵头单位：县住建局\n")
    tasks = _tasks(text)
    assert [t.number for t in tasks] == ["1", "2"]
    assert tasks[0].text.startswith("推进背街小巷整治\n(1)") and tasks[0].text.endswith("70%以上。")
    assert tasks[0].leaders == ("叶知秋",) and tasks[1].lead_units == ("县住建局",)
    assert [t.section_title for t in tasks] == ["一、城市更新"] * 2


def test_a_bracket_under_a_heading_gives_its_leader_and_units_to_the_section() -> None:
    """Family 3/9: a bracket line under a heading names a leader by title and name (负总责,
    负责) and the units; every task of that section takes them; 按职责分工负责 alone is responsible."""
    text = ("一、工业提质\n（本部分由县长苏明远负总责，县工信局牵头，县科技局、县税务局配合）\n"
            "1.新增技改项目12个。\n2.新建创新平台3家。\n二、社会事业\n"
            "（本部分由副县长 林晚晴负责，县教育局、县卫健局按职责分工负责）\n1.新建托育机构4家。\n")
    tasks = _tasks(text)
    assert [t.leaders for t in tasks] == [("苏明远",), ("苏明远",), ("林晚晴",)]
    assert tasks[1].lead_units == ("县工信局",) and tasks[1].cooperating_units == ("县科技局", "县税务局")
    assert tasks[2].responsible_units == ("县教育局", "县卫健局") and not tasks[2].lead_units


def test_an_item_ending_in_a_colon_takes_the_sub_items_it_introduces() -> None:
    """Family 9/12: 1. items ending in ：over (1) / ① parts, numbering restarting per section,
    who answers given once per section: each 1. is one task, its parts its text."""
    text = ("一、产业升级\n牵头单位：镇经发办\n1.培育市场主体：\n（1）新增个体工商户300户；\n①其中餐饮类不少于80户；\n"
            "（2）新增小微企业40家。\n2.新建冷库2座。\n二、乡村建设\n牵头单位：镇建设办\n1.改善人居环境，其中：\n"
            "①改造农村户厕500座；\n②新建污水管网9公里。\n")
    tasks = _tasks(text)
    assert [(t.number, t.section_title) for t in tasks] == [
        ("1", "一、产业升级"), ("2", "一、产业升级"), ("1", "二、乡村建设")]
    assert tasks[0].text.startswith("培育市场主体：\n（1）") and tasks[0].text.endswith("40家。")
    assert tasks[2].text.endswith("9公里。") and tasks[2].lead_units == ("镇建设办",)


def test_items_whose_lines_of_responsibility_follow_only_the_last_are_parts_of_one_task() -> None:
    """Family 9 (a 民生实事 item): （一） over 1. 2. items none of which but the last names anyone,
    the last on lines of its own: the lines answer for them all, so （一） is the task and its
    items its text. Where every item has its lines, they are the tasks under a heading; lines
    that only give a contact (联系人) answer for nothing."""
    text = ("（一）新增公办学位1200个\n1.新建小学2所，新增公办学位1200个。\n2.补充教师90名。\n"
            "进度安排：二季度开工，年底前投用。\n牵头单位：县教育局\n配合单位：县住建局\n"
            "（二）提升养老服务\n1.新建养老服务中心3个。\n2.新增护理床位150张。\n牵头单位：县民政局\n")
    tasks = _tasks(text)
    assert [(t.number, t.lead_units) for t in tasks] == [("一", ("县教育局",)), ("二", ("县民政局",))]
    assert tasks[0].text.startswith("新增公办学位1200个\n1.") and "90名" in tasks[0].text
    own = ("（一）教育\n1.新建小学2所。\n牵头单位：县教育局\n2.补充教师90名。\n牵头单位：县人社局\n")
    assert [(t.number, t.section_title) for t in _tasks(own)] == [("1", "（一）教育"), ("2", "（一）教育")]
    contact = "（一）下一步工作\n1.新建小学2所。\n2.补充教师90名。\n联系人：周明\n联系电话：0571-8800123\n"
    assert [s.number for s in build_document(contact).statements if s.number] == ["1", "2"]


def test_a_closing_table_that_names_the_outer_items_makes_them_the_tasks() -> None:
    """Family 9 with §4's assigning table: 一、 items over (1)(2) sub-items that name no one,
    then a table giving who answers by 一、二: the items it names are the tasks, its rows
    their leaders and units; the sub-items are their parts."""
    text = ("一、城乡供水\n（1）新建供水管网60公里。\n（2）新建水厂1座。\n"
            "二、义务教育\n（1）新增学位900个。\n（2）补充教师50名。\n\n"
            "序号 | 责任县领导 | 牵头单位 | 配合单位 |\n一 | 副县长 周远 | 县水利局 | 县财政局 |\n"
            "二 | 副县长 林青 | 县教育局 | 县住建局 |\n")
    tasks = _tasks(text)
    assert [(t.number, t.leaders, t.lead_units, t.cooperating_units) for t in tasks] == [
        ("一", ("周远",), ("县水利局",), ("县财政局",)), ("二", ("林青",), ("县教育局",), ("县住建局",))]
    assert "1座" in tasks[0].text and "50名" in tasks[1].text


def test_sub_items_with_a_bracket_of_their_own_are_tasks() -> None:
    """Family 9: ① items each with its own bracket are the tasks; （一） is their section."""
    text = ("（一）教育工程\n①新建幼儿园3所。（责任单位：县教育局）\n②新增学位900个。（县教育局牵头，县住建局配合）\n")
    tasks = _tasks(text)
    assert [t.number for t in tasks] == ["①", "②"]
    assert tasks[1].cooperating_units == ("县住建局",)
    assert tasks[0].section_title == "（一）教育工程"


# --- family 10: hard line breaks, read without them ---------------------------------

def test_pdf_wraps_inside_a_number_and_a_unit_are_read_across() -> None:
    """Family 10: 新建道路7公⏎里, 2.4⏎万人, 9月底⏎前, a page number and a running header between lines."""
    text = ("黎川县政办发〔2022〕3号\n1.新建乡村道路7公\n里，新增就业2.4\n万人。\n牵头单位：县交通局\n"
            "2.9月底\n前建成停车场3个，新增\n— 2 —\n黎川县政办发〔2022〕3号\n充电桩40\n0个。\n牵头单位：县发改局\n")
    doc = govmetrics.parse_document(text, year=2022)
    got = {t.surface: (t.value, t.unit) for _, t in doc.targets()}
    assert got["7公\n里"] == (7, "公里") and got["2.4\n万人"] == (24000, "人")
    assert got["40\n0个"] == (400, "个") and got["3个"] == (3, "个")
    written = [d for _, d in doc.deadlines() if not d.default]
    assert [(d.surface, d.due.isoformat()) for d in written] == [("9月底\n前", "2022-09-30")]
    for _, t in doc.targets():
        assert doc.text[t.start:t.end] == t.surface


def test_a_pdf_paragraph_wrapped_over_lines_is_one_paragraph() -> None:
    """Family 10: prose lines cut by the page are read as one paragraph; an indented line starts a new one."""
    text = ("　　今年全县要新建污水管网1\n5公里，完成河道整治8条。\n　　县教育局要在8月底前新增学位600个。\n")
    doc = govmetrics.parse_document(text, year=2021)
    assert [s.text for s in doc.statements] == ["今年全县要新建污水管网1\n5公里，完成河道整治8条。",
                                                 "县教育局要在8月底前新增学位600个。"]
    assert [(t.surface, t.value) for _, t in doc.targets()] == [("1\n5公里", 15), ("8条", 8), ("600个", 600)]


def test_a_time_limit_after_the_units_is_read_with_the_task() -> None:
    """Family 5: 完成时限 written after the units of a one-paragraph list is the task's deadline."""
    text = ("1、新建口袋公园8个。 牵头单位：区住建局 配合单位：各街道 完成时限：10月底前 "
            "2、新增停车泊位900个。 牵头单位：区交通局 完成时限：6月底前\n")
    doc = govmetrics.parse_document(text, year=2023)
    tasks = doc.tasks
    assert [t.lead_units for t in tasks] == [("区住建局",), ("区交通局",)]
    assert [[d.due.isoformat() for d in t.deadlines if not d.default] for t in tasks] == [["2023-10-31"], ["2023-06-30"]]
    assert tasks[0].text.startswith("新建口袋公园8个。")


# --- families 7, 8: what is no statement ----------------------------------------------

def test_a_numbered_title_over_paragraphs_is_a_section() -> None:
    """Families 8, 10: 一、2020年工作回顾 and 二、2021年重点工作 over their paragraphs are headings."""
    text = ("一、2020年工作回顾\n　　2020年，全区生产总值达到320亿元，增长3.1%。\n二、2021年重点工作\n"
            "　　年内新建农贸市场4个。\n")
    doc = govmetrics.parse_document(text, year=2021)
    assert doc.tasks == ()
    assert [s.text for s in doc.statements] == ["2020年，全区生产总值达到320亿元，增长3.1%。", "年内新建农贸市场4个。"]
    assert [s.section_title for s in doc.statements] == ["一、2020年工作回顾", "二、2021年重点工作"]


def test_page_furniture_at_the_head_of_an_article_is_no_closing_notice() -> None:
    """Family 7: 发布时间/来源 under the headline; the article below is the body."""
    text = ("柳岸镇部署全年工作\n发布时间：2019-03-02 08:00　来源：柳岸镇人民政府　浏览次数：52\n"
            "　　会议提出，今年全镇新建村道6公里，创建卫生村3个。\n")
    doc = govmetrics.parse_document(text, year=2019)
    assert [t.surface for _, t in doc.targets()] == ["6公里", "3个"]


# --- issue 13 item 5: no silent hole ------------------------------------------------

def test_the_warning_tells_text_left_out_on_purpose_from_a_hole() -> None:
    """A preamble's figures are no statements by the spec, and the warning says so; a figure
    in a heading that no rule reads is a hole, named as such."""
    kept = govmetrics.parse_document(
        "2022年重点工作\n今年全县生产总值增长6%左右。\n1.新建公园3个。\n牵头单位：县住建局\n", year=2022)
    assert any("1 of them in a preamble or headline" in w for w in kept.warnings)
    hole = govmetrics.parse_document(
        "一、新建学校10所\n1.完成选址。\n牵头单位：县教育局\n2.完成设计。\n牵头单位：县教育局\n", year=2022)
    assert any("1 quantities that read as targets stand outside every statement (first: '10所'" in w
               and "on purpose" not in w for w in hole.warnings)


def test_a_schedule_line_after_the_units_is_read_with_the_task() -> None:
    """Family 7: 进度安排 (milestones) after 主管领导 / 责任单位 lines is the task's, with its dates."""
    text = ("关键词 养老\n新建居家养老服务站12个。\n主管领导：副区长 方圆\n责任单位：区民政局\n"
            "进度安排：6月底前建成5个，11月底前全部建成。\n")
    doc = govmetrics.parse_document(text, year=2021)
    task, = doc.tasks
    assert task.leaders == ("方圆",) and task.responsible_units == ("区民政局",)
    assert [(t.surface, t.deadline.surface if t.deadline else None) for t in task.targets] == [
        ("12个", None), ("5个", "6月底前")]


def test_a_numbered_heading_that_is_a_sentence_is_read_too() -> None:
    """Family 9: 1、… over sub-items that each name who answers: the heading's figures are kept."""
    text = ("1、新建城北幼儿园，新增学位360个。\n(1)6月底前完成主体工程。（责任单位：县教育局）\n"
            "(2)9月投入使用。（责任单位：县教育局、县住建局）\n")
    doc = govmetrics.parse_document(text, year=2021)
    assert [t.number for t in doc.tasks] == ["1", "2"]
    assert [t.surface for _, t in doc.targets()] == ["360个"]


# --- family 6: progress reports ----------------------------------------------------

def test_a_time_ending_a_progress_line_is_no_part_of_the_task() -> None:
    """Family 6: 进展情况 whose last clause starts with a period (…；上半年完成…) stays a progress
    report; the task keeps its own 完成时限 and nothing of the report."""
    text = ("2.改造城镇燃气管网60公里。\n牵头单位：县住建局\n完成时限：年底前\n"
            "进展情况：已改造21公里；上半年新开工3个片区。\n3.新建充电桩400个。\n牵头单位：县发改局\n")
    doc = govmetrics.parse_document(text, year=2019)
    task = next(s for s in doc.statements if s.number == "2")
    assert "进展" not in "".join(text[a:b] for a, b in task.reading)
    assert [d.surface for _, d in doc.deadlines() if not d.default] == ["年底前"]


def test_a_bracket_of_who_answers_after_a_tasks_fields_is_that_tasks() -> None:
    """Family 3/9: a bracket line naming an assisting leader under one task's fields answers for
    that task alone; right under the heading it answers for every task of the section."""
    text = ("一、吕川区长牵头工作\n1.新增规上企业20家。\n主办单位：区工信局\n2.新签约项目30个。\n主办单位：区投促局\n"
            "（副区长 宁远协助推进）\n3.新建标准厂房5万平方米。\n主办单位：区工信局\n"
            "二、社会事业\n（副区长 宁远协助推进）\n4.新建托育园2所。\n主办单位：区卫健局\n")
    tasks = _tasks(text)
    assert [t.assisting_leaders for t in tasks] == [(), ("宁远",), (), ("宁远",)]
    assert [t.leaders for t in tasks][:3] == [("吕川",)] * 3


def test_a_list_typed_in_several_numbering_styles_stays_one_list() -> None:
    """Family 12: 1. 2、 3． (4) 5. — a new style whose number runs on is a sibling, not a
    sub-item; sub-items numbered straight through under headings ((一)(二) 二、 (三)) still nest."""
    text = ("一、产业\n1.新增规上企业3家。\n牵头单位：镇经发办\n2、招引项目2个。\n牵头单位：镇招商中心\n"
            "3．流转土地1200亩。\n牵头单位：镇农业办\n(4)新建冷库2座。\n牵头单位：镇农业办\n"
            "5.培育家庭农场6家。\n牵头单位：镇农业办\n")
    assert [(t.number, t.section_title) for t in _tasks(text)] == [(n, "一、产业") for n in ("1", "2", "3", "4", "5")]
    straight = ("一、住房\n(一)新筹集租赁住房800套。\n责任股室：住房股\n(二)完成资格复核1200户。\n责任股室：住房股\n"
                "二、城建\n(三)改造老旧小区25个。\n责任股室：城建股\n")
    assert [(t.number, t.section_title) for t in _tasks(straight)] == [
        ("一", "一、住房"), ("二", "一、住房"), ("三", "二、城建")]


def test_items_whose_numbers_were_lost_under_a_numbered_heading() -> None:
    """Family 12: a Word list pasted without its automatic numbers under numbered headings: each
    paragraph with its field lines is a task with no number, the heading its section; a title
    over one paragraph that names who answers stays one task."""
    text = ("一、扩大投资\n\t实施重点项目80个。\n　　牵头单位：县发改局\n新开工产业项目20个。\n　　牵头单位：县投促局\n"
            "二、民生\n\t新增学位600个。\n　　牵头单位：县教育局\n新建公园3个。\n　　牵头单位：县住建局\n")
    assert [(t.number, t.section_title, t.lead_units) for t in _tasks(text)] == [
        ("", "一、扩大投资", ("县发改局",)), ("", "一、扩大投资", ("县投促局",)),
        ("", "二、民生", ("县教育局",)), ("", "二、民生", ("县住建局",))]
    single = "一、托育\n　　新增托位600个。\n　　牵头单位：县卫健局\n二、养老\n　　新建养老站8个。\n　　牵头单位：县民政局\n"
    assert [(t.number, t.lead_units) for t in _tasks(single)] == [("一", ("县卫健局",)), ("二", ("县民政局",))]


def test_last_years_figures_column_is_no_task_text() -> None:
    """A table of indicators with last year's figures beside this year's targets (指标 | 2025年完成值 |
    2026年目标值 | 责任单位): the 完成值 column is actual figures, never the task's text."""
    import govmetrics

    text = ("2026年主要指标任务分工表\n序号\t指标\t2025年完成值\t2026年目标值\t责任单位\n"
            "1\t食品安全抽检合格率\t98.4%\t稳定在98%以上\t食品抽检处\n"
            "2\t药品抽检合格率\t99.2%\t不低于99%\t药品监管处\n")
    doc = govmetrics.parse_document(text, year=2026)
    assert [t.surface for _, t in doc.targets()] == ["98%以上", "99%"]
    assert [t.responsible_units for t in doc.tasks] == [("食品抽检处",), ("药品监管处",)]


def test_sub_items_under_a_task_numbered_in_outline_style() -> None:
    """Family 9 (sub-items): a task numbered 2.4 whose text ends in a colon, its (1)(2)(3) and
    the bracket after the last of them: one task, the sub-items its text. (1) does not run on
    from 2.4: an outline number counts no item of a list a new style could go on from."""
    text = ("2.城乡建设（分管厅领导：副厅长 姜远帆）\n"
            "2.3 年底前改造老旧小区40个。（牵头处室：城建处）\n"
            "2.4 抓好燃气安全整治：\n"
            "（1）更换老旧燃气管道60公里；\n"
            "（2）每月开展餐饮场所燃气检查；\n"
            "（3）10月底前完成瓶装液化气站整合。\n"
            "（牵头处室：燃气处；配合单位：各市住建局）\n"
            "3.交通运输（分管厅领导：副厅长 戚明川）\n"
            "3.1 新建农村公路300公里。（牵头处室：公路处）\n")
    tasks = _tasks(text)
    assert [t.number for t in tasks] == ["2.3", "2.4", "3.1"]
    assert "（3）10月底前" in tasks[1].text
    assert tasks[1].lead_units == ("燃气处",) and tasks[1].cooperating_units == ("各市住建局",)
    assert [t.leaders for t in tasks] == [("姜远帆",), ("姜远帆",), ("戚明川",)]


def test_a_leader_named_after_the_role_word_in_a_heading_bracket() -> None:
    """Family 3 (leaders in headings): （分管副县长 罗某某） names the leader of every task below
    it, as （罗某某副县长分管） does; in a task's bracket, 协助：总工程师 X names an assisting
    leader beside the labelled units."""
    text = ("（一）稳定工业增长（分管副县长 石岩松）\n"
            "1.新增规上工业企业25家。\n牵头单位：县工信局\n"
            "（二）做强现代农业（分管副县长 钟雨桐、副县长 凌波）\n"
            "2.新建高标准农田1.2万亩。（协助：总农艺师 唐若谷；牵头单位：县农业农村局；配合单位：县财政局）\n")
    tasks = _tasks(text)
    assert [(t.leaders, t.assisting_leaders) for t in tasks] == [
        (("石岩松",), ()), (("钟雨桐", "凌波"), ("唐若谷",))]
    assert tasks[1].lead_units == ("县农业农村局",) and tasks[1].cooperating_units == ("县财政局",)


def test_who_answers_written_first_on_the_task_line() -> None:
    """Family 2 (who answers inside the task's line), unit first: 区X局：… names the units
    that answer before the work (responsible: no role word says who leads); labels enclosed
    in 【】 one after the other before 【任务】; a bracket of units before a score's bracket
    ((8分), an assessment item) still says who cooperates."""
    assert _units("一、经济发展\n"
                  "1.区商务局：社会消费品零售总额增长6%。（配合：区统计局）\n"
                  "2.区科技局、区住建局（区人防办）：新增科技型中小企业50家。\n"
                  "3.【牵头单位】区教育局【配合单位】区财政局、各街道【任务】新增学位900个。\n"
                  "4.新建高标准农田2万亩。（区水利局配合）（8分）\n") == [
        ((), ("区统计局",), ("区商务局",)), ((), (), ("区科技局", "区住建局（区人防办）")),
        (("区教育局",), ("区财政局", "各街道"), ()), ((), ("区水利局",), ())]
    # a label and its colon at a task's head is no unit: 工作目标：… names nothing
    assert [t.responsible_units for t in _tasks("1.工作目标：新增学位900个。\n牵头单位：区教育局\n")] == [()]


def test_a_list_grouped_by_unit_under_headings_that_name_them() -> None:
    """Family 3 (who answers given in the heading), a list grouped by unit: a numbered heading
    that names units alone, a count of its tasks after them or not, gives them to every task
    under it: responsible, or the lead where the letter says that a heading's units lead. A
    heading that ends in an office's character but names a theme (…良好开局) names no one."""
    body = ("一、县交通运输局（2项）\n"
            "1.新建农村公路60公里。（县财政局配合）\n"
            "2.新开通城乡公交线路4条。\n"
            "二、推动经济发展实现良好开局\n"
            "3.新增规上工业企业20家。\n牵头单位：县工信局\n")
    assert _units(body) == [
        ((), ("县财政局",), ("县交通运输局",)), ((), (), ("县交通运输局",)), (("县工信局",), (), ())]
    assert _units("每部分标题所列单位为该部分各项任务的牵头单位，括号内为配合单位。\n" + body) == [
        (("县交通运输局",), ("县财政局",), ()), (("县交通运输局",), (), ()), (("县工信局",), (), ())]
