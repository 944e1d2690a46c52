"""Who answers, written in words no table holds: labels read by their shape, role words with a
word of manner, clauses after a dash, and the warning for a labelled line nothing reads.

Every sentence here is our own (layouts §1, §2: responsibility lines and brackets)."""

from __future__ import annotations

import pytest

import govmetrics
from govmetrics.structure.leaders import leader_name
from govmetrics.structure.responsibility import line_fields


@pytest.mark.parametrize("line,fields", [
    # a modifier or a second role word before the role word
    ("主要承办科室：规划建设科", {"lead_units": ["规划建设科"]}),
    ("具体承办部门：镇农业服务中心", {"lead_units": ["镇农业服务中心"]}),
    ("责任牵头部门：县水利局", {"lead_units": ["县水利局"]}),
    ("分管负责同志：吕青禾同志", {"leaders": ["吕青禾同志"]}),
    # 责任 / 负责 give way to the other role word, wherever it stands
    ("牵头负责单位：县交通运输局", {"lead_units": ["县交通运输局"]}),
    ("配合负责单位：县财政局", {"cooperating_units": ["县财政局"]}),
    # a bureau's own sections as heads, with a note in brackets
    ("牵头科（站）：畜牧科", {"lead_units": ["畜牧科"]}),
    ("参加股：财务股、统计股", {"cooperating_units": ["财务股、统计股"]}),
    ("参办单位：市民政局", {"cooperating_units": ["市民政局"]}),
    # 实施主体 names the one body that carries the task out, as 责任主体 does
    ("实施主体：县教育局", {"lead_units": ["县教育局"]}),
    # any other word before a role word is no part of a label
    ("各牵头单位：", None),
    ("德明牵头单位：县农牧局", None),
])
def test_a_label_with_two_role_words_or_a_modifier(line: str, fields: dict | None) -> None:
    assert line_fields(line) == fields


def test_a_name_cut_by_a_pdf_line_stays_apart_from_the_label_below_it() -> None:
    """赵⏎德明 then 牵头单位： — 德明牵头单位 is no label: the name is joined, the label read."""
    text = ("一、农业\n1.新建高标准农田6万亩。\n分管县领导：祁\n明远\n牵头单位：县农牧局\n"
            "配合单位：县水务局\n2.新增设施农业1200亩。\n分管县领导：祁明远\n牵头单位：县农牧局\n")
    first = govmetrics.parse_document(text, year=2016).tasks[0]
    assert (first.leaders, first.lead_units, first.cooperating_units) == (("祁明远",), ("县农牧局",), ("县水务局",))


@pytest.mark.parametrize("written,name", [("戴远舟同志（办事处副主任）", "戴远舟"), ("戴远舟同志", "戴远舟"),
                                          ("戴远舟（办事处副主任）", "戴远舟")])
def test_a_leader_with_a_title_before_and_in_brackets(written: str, name: str) -> None:
    assert leader_name(written) == name


def test_a_street_office_list_in_labels_none_of_the_tables_held() -> None:
    """分管负责同志 / 主要承办科室 / 协助办理单位 / 完成时间节点 under each task (layouts §1)."""
    text = ("云岭街道2018年重点工作任务分解\n一、经济发展\n（1）新增市场主体300户，完成税收收入2.1亿元。\n"
            "分管负责同志：戴远舟同志（办事处副主任）\n主要承办科室：经济服务科\n协助办理单位：财政所、市场监管所\n"
            "完成时间节点：11月底前\n\n（2）新建口袋公园4个。\n分管负责同志：苗映雪同志\n主要承办科室：城建科\n"
            "完成时间节点：9月30日前\n")
    doc = govmetrics.parse_document(text)
    assert [(t.leaders, t.lead_units, t.cooperating_units) for t in doc.tasks] == [
        (("戴远舟",), ("经济服务科",), ("财政所", "市场监管所")), (("苗映雪",), ("城建科",), ())]
    assert [[(d.surface, str(d.due)) for d in t.deadlines] for t in doc.tasks] == [
        [("11月底前", "2018-11-30")], [("9月30日前", "2018-09-30")]]
    assert not [w for w in doc.warnings if "shaped as a label" in w]


@pytest.mark.parametrize("bracket,lead,cooperating,responsible", [
    # a word of manner between the units and their role verb
    ("（市文旅局总牵头，市财政局、市体育局分头负责）", ("市文旅局",), ("市财政局", "市体育局"), ()),
    ("（市文旅局统筹，市财政局、市体育局按职能配合）", ("市文旅局",), ("市财政局", "市体育局"), ()),
    ("（市文旅局为责任主体，市体育局共同参与）", ("市文旅局",), ("市体育局",), ()),
    ("（市文旅局、市体育局分头负责）", (), (), ("市文旅局", "市体育局")),
    # a by-word inside the bracket is no part of the unit's name
    ("（由市文旅局负责落实，市体育局配合）", (), ("市体育局",), ("市文旅局",)),
])
def test_role_verbs_with_a_word_of_manner(bracket: str, lead: tuple, cooperating: tuple, responsible: tuple) -> None:
    text = f"菱湖市2017年民生实事分工\n1.新建社区健身广场20处。{bracket}\n"
    (task,) = govmetrics.parse_document(text).tasks
    assert (task.lead_units, task.cooperating_units, task.responsible_units) == (lead, cooperating, responsible)
    assert task.text == "新建社区健身广场20处。"


def test_who_answers_after_a_dash_at_the_end_of_the_task() -> None:
    """Layouts §2 without the bracket: …。——X牵头，Y、Z配合 reads like the bracket."""
    text = ("菱湖市2017年重点工作分工\n1.新增城镇就业2.4万人。——市人社局牵头，市财政局、市总工会配合\n"
            "2.建成“四好农村路”——县乡道提升工程80公里。\n")
    first, second = govmetrics.parse_document(text).tasks
    assert (first.lead_units, first.cooperating_units) == (("市人社局",), ("市财政局", "市总工会"))
    assert first.text == "新增城镇就业2.4万人。"
    assert (second.lead_units, second.cooperating_units, second.responsible_units) == ((), (), ())
    assert [t.surface for t in second.targets] == ["80公里"]


def test_a_labelled_line_nothing_reads_is_named_in_a_warning() -> None:
    """A field in words no table holds gives no field, and the document says so; a note on the
    whole document, or lines after a blank line (a signature), give no warning."""
    text = ("梧溪县2019年重点工作分工\n1.新建污水管网35公里。\n牵头单位：县住建局\n督查口径：按月调度\n"
            "2.新建农贸市场2个。\n牵头单位：县商务局\n说明：数据为预计数。\n\n梧溪县人民政府\n签发人：詹远\n")
    doc = govmetrics.parse_document(text, source="wx.txt")
    notes = [w for w in doc.warnings if "shaped as a label" in w]
    assert len(notes) == 1 and notes[0].startswith("wx.txt: 1 lines") and "'督查口径'" in notes[0]
    # nor is it a heading over the task after it
    assert [t.section for t in doc.tasks] == [("梧溪县2019年重点工作分工",)] * 2


def test_a_numbered_part_after_a_task_is_still_a_heading() -> None:
    """专题二：民生保障 names a part of the list (its label numbers): a heading, with no warning."""
    text = ("梧溪县2019年重点工作分工\n专题一：城乡建设\n1.新建污水管网35公里。\n牵头单位：县住建局\n"
            "专题二：民生保障\n2.新建农贸市场2个。\n牵头单位：县商务局\n")
    doc = govmetrics.parse_document(text)
    assert doc.tasks[1].section[-1] == "专题二：民生保障" != doc.tasks[0].section[-1]
    assert not [w for w in doc.warnings if "shaped as a label" in w]



@pytest.mark.parametrize("label", ["推进状态", "进度评估", "评价"])
def test_an_assessment_line_under_a_task_is_no_heading(label: str) -> None:
    """推进状态：滞后 says how a task is doing: it gives no field, and no section to the next task."""
    text = (f"双河镇2021年重点工作推进情况\n一、项目建设\n1.新开工项目12个。\n牵头单位：镇经发办\n{label}：滞后\n"
            "2.新建村级停车场5个。\n牵头单位：镇村建办\n")
    doc = govmetrics.parse_document(text)
    assert [t.section[-1] for t in doc.tasks] == ["一、项目建设", "一、项目建设"]
    assert not [w for w in doc.warnings if "shaped as a label" in w]


@pytest.mark.parametrize("bracket,lead,cooperating,responsible", [
    # a word of the work after the role verb, and more words of manner before it
    ("（市民政局牵头推进，市财政局全力配合，各区跟进落实）", ("市民政局",), ("市财政局", "各区"), ()),
    ("（市民政局牵总，市财政局、市卫健委协调配合）", ("市民政局",), ("市财政局", "市卫健委"), ()),
    ("（市民政局负主责，市财政局支持配合）", ("市民政局",), ("市财政局",), ()),
    ("（市民政局牵头办理，市财政局会办）", ("市民政局",), ("市财政局",), ()),
    ("（市民政局主责，市财政局协责）", ("市民政局",), ("市财政局",), ()),
    # a verb a role lists itself keeps that role: 总负责 leads, though 总 + 负责 would not
    ("（市民政局总负责，市财政局、市人社局分工协作）", ("市民政局",), ("市财政局", "市人社局"), ()),
    ("（市民政局、市人社局共同推进）", (), (), ("市民政局", "市人社局")),
    ("（市民政局、市人社局各负其责）", (), (), ("市民政局", "市人社局")),
    ("（市民政局具体承担，市财政局配合）", (), ("市财政局",), ("市民政局",)),
])
def test_role_verbs_with_words_of_manner_and_of_the_work(bracket: str, lead: tuple, cooperating: tuple,
                                                         responsible: tuple) -> None:
    text = f"菱湖市2017年民生实事分工\n1.新建社区食堂15个。{bracket}\n"
    (task,) = govmetrics.parse_document(text).tasks
    assert (task.lead_units, task.cooperating_units, task.responsible_units) == (lead, cooperating, responsible)


def test_a_sentence_under_a_heading_answers_for_every_task_under_it() -> None:
    """Layouts §3 in prose: 本部分工作由副县长X分包，Y具体牵头，Z协同推进。 under a heading; a sentence
    of work under a heading stays a statement of its own."""
    text = ("柳塘乡2013年工作要点\n一、农业生产\n　　本部分工作由副乡长苗青禾分包，乡农技站具体牵头，乡财政所、乡水管站协同推进。\n"
            "⑴新建蔬菜大棚120个。\n⑵新增农机合作社3家。\n二、乡村建设\n　　本部分工作乡长戈远帆亲自抓，乡党委委员、副乡长 甘澍具体抓，"
            "乡村建办具体牵头。\n⑶硬化村道14公里。\n三、其他\n　　全年新建村级文化广场6个。\n⑷新建公厕5座。\n")
    doc = govmetrics.parse_document(text)
    assert [(t.number, t.leaders, t.lead_units, t.cooperating_units) for t in doc.tasks] == [
        ("⑴", ("苗青禾",), ("乡农技站",), ("乡财政所", "乡水管站")),
        ("⑵", ("苗青禾",), ("乡农技站",), ("乡财政所", "乡水管站")),
        ("⑶", ("戈远帆", "甘澍"), ("乡村建办",), ()),
        ("⑷", (), (), ())]
    assert "6个" in [t.surface for _, t in doc.targets()]


def test_a_field_in_new_words_does_not_cut_off_the_fields_after_it() -> None:
    """领办领导 before 领办 was a role word stood first under each task: the known lines after an
    unread one still answer for the task (here 督查口径 is the unread one)."""
    text = ("梧溪县2019年重点工作分工\n1.新建污水管网35公里。\n督查口径：按月调度\n牵头单位：县住建局\n配合单位：县财政局\n"
            "完成时限：10月底前\n2.新建农贸市场2个。\n牵头单位：县商务局\n")
    first, second = govmetrics.parse_document(text).tasks
    assert (first.lead_units, first.cooperating_units) == (("县住建局",), ("县财政局",))
    assert [(d.surface, str(d.due)) for d in first.deadlines] == [("10月底前", "2019-10-31")]
    assert second.lead_units == ("县商务局",)


def test_a_field_after_a_space_in_words_no_table_holds_ends_the_field_before_it() -> None:
    """One-paragraph items (layouts §5): 经手人:X after a space is a label, not a unit's name."""
    fields = line_fields("负责部门:县民政局 配合落实部门:县财政局、各乡镇 具体经手人:包小禾 办结时间:10月底前")
    assert fields == {"responsible_units": ["县民政局"], "cooperating_units": ["县财政局、各乡镇"],
                      "task_text": ["10月底前"]}


@pytest.mark.parametrize("line,fields", [
    ("分管主任：党工委副书记、管委会主任 郁清川", {"leaders": ["党工委副书记、管委会主任 郁清川"]}),
    ("调度领导：副区长 宁晚舟", {"leaders": ["副区长 宁晚舟"]}),
    ("分包市领导：副市长 宁晚舟", {"leaders": ["副市长 宁晚舟"]}),
    ("主承办单位：区发改局", {"lead_units": ["区发改局"]}),
    ("会办单位：区统计局", {"cooperating_units": ["区统计局"]}),
    ("联动单位：各街道", {"cooperating_units": ["各街道"]}),
    ("完成时序：年内", {"task_text": ["年内"]}),
    ("截止时限：12月31日前", {"task_text": ["12月31日前"]}),
])
def test_label_words_of_zones_districts_and_supervision_lists(line: str, fields: dict) -> None:
    assert line_fields(line) == fields


def test_a_leader_with_two_titles_before_the_name() -> None:
    from govmetrics.structure.leaders import leader_names

    assert leader_names(["党工委副书记、管委会主任 郁清川"]) == ("郁清川",)


def test_sub_items_on_one_line_keep_the_deadline_line_after_their_responsibility() -> None:
    """1.title over ①…；②… on one line, then its labelled lines, the last a deadline field."""
    text = ("嘉澍市2019年重点工作分解\n一、经济发展\n1.壮大实体经济\n①规上工业增加值增长8%；②新增高新技术企业60家。\n"
            "牵头单位：市经信局\n时限节点：6月底前增速不低于7.5%，12月底前完成全年目标\n"
            "2.扩大有效投资\n①实施重点项目150个；②完成年度投资420亿元。\n牵头单位：市发改委\n时限节点：年末\n")
    doc = govmetrics.parse_document(text)
    first = doc.tasks[0]
    assert (first.number, first.lead_units) == ("1", ("市经信局",))
    assert [(d.surface, str(d.due)) for d in first.deadlines] == [("6月底前", "2019-06-30"), ("12月底前", "2019-12-31")]
    assert "7.5%" in [t.surface for t in first.targets]


@pytest.mark.parametrize("text,surface", [("每双月通报一次进展", "每双月"), ("每半月通报抽检结果", "每半月"),
                                          ("每季度考核", "每季度")])
def test_recurring_times_of_two_months_half_a_month_and_of_an_assessment(text: str, surface: str) -> None:
    from govmetrics.extract.deadlines import extract_deadlines

    assert [(d.surface, d.recurring) for d in extract_deadlines(text, year=2014)] == [(surface, True)]


def test_a_bracket_that_opens_the_task_says_who_answers() -> None:
    """（配合单位：…）and 【分管领导：…｜牵头：…】 before the work: the task keeps its text as written."""
    text = ("云溪县2016年重点工作分解\n四、城乡建设（责任县领导：副县长 柏远；牵头单位：县住建局）\n"
            "1.（配合单位：县国土局、县财政局）完成棚户区改造650套。\n"
            "2.【分管领导：柏远｜牵头：县水务局｜配合：各乡镇】新建供水管网22公里。\n")
    first, second = govmetrics.parse_document(text).tasks
    assert (first.leaders, first.lead_units, first.cooperating_units) == (("柏远",), ("县住建局",), ("县国土局", "县财政局"))
    assert first.text.startswith("（配合单位")
    assert (second.leaders, second.lead_units, second.cooperating_units) == (("柏远",), ("县水务局",), ("各乡镇",))


def test_a_closing_sentence_answers_for_the_tasks_above_it_in_its_section() -> None:
    """以上工作由副县长X负责，Y牵头，Z配合。 after a section's tasks; the next section's are not its."""
    text = ("玉屏县2016年重点工作分解\n三、农业农村\n1.粮食总产量稳定在18万吨以上。\n2.新建高标准农田1.6万亩。\n"
            "以上工作由副县长温知远负责，县农业局牵头，县水务局、各乡镇配合。\n四、社会事业\n3.新建农村幼儿园8所。\n"
            "牵头单位：县教育局\n")
    doc = govmetrics.parse_document(text)
    assert [(t.number, t.leaders, t.lead_units, t.cooperating_units) for t in doc.tasks] == [
        ("1", ("温知远",), ("县农业局",), ("县水务局", "各乡镇")),
        ("2", ("温知远",), ("县农业局",), ("县水务局", "各乡镇")),
        ("3", (), ("县教育局",), ())]


def test_a_note_on_the_whole_document_is_no_task() -> None:
    """说明：…由牵头部门商有关部门落实 names who answers in general, for no task of its own."""
    text = ("鹿岭开发区2024年目标任务\n1.新增规上企业12家。\n牵头单位：经发局\n\n"
            "说明：未列明配合部门的，由牵头部门商有关部门落实。\n")
    doc = govmetrics.parse_document(text)
    assert [t.number for t in doc.tasks] == ["1"]


@pytest.mark.parametrize("bracket,lead,cooperating,responsible", [
    ("（省公路局牵头，各市交通局具体实施）", ("省公路局",), ("各市交通局",), ()),
])
def test_a_verb_of_carrying_out(bracket: str, lead: tuple, cooperating: tuple, responsible: tuple) -> None:
    text = f"东梅省交通运输厅2013年工作分工\n1.新改建农村公路3000公里。{bracket}\n"
    (task,) = govmetrics.parse_document(text).tasks
    assert (task.lead_units, task.cooperating_units, task.responsible_units) == (lead, cooperating, responsible)
