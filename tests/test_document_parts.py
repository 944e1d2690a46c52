"""Parts of a document that state no work: a heading of results or problems (layouts §8), the
closing requirements after a list's last task, a letter of responsibility's terms; and the
sentence after a list that says who answers for all its items.

Every sentence here is our own."""

from __future__ import annotations

import govmetrics

SUMMARY = """青渚区2023年上半年工作总结和下半年工作安排

一、上半年工作完成情况
　　（一）经济运行。全区新开工亿元以上项目9个，实际到位资金18.2亿元。
　　（二）民生保障。上半年城镇新增就业960人，新增普惠性托位210个。

二、存在的问题
　　一是消费增速低于预期2个百分点；二是有4个项目进度滞后。

三、下半年工作安排
　　（一）稳增长。确保全年地区生产总值增长6%以上，9月底前完成首批惠企资金兑付。
　　（二）惠民生。全年城镇新增就业2000人，新增普惠性托位400个。

青渚区人民政府
2023年7月20日
"""


def test_results_and_problems_under_their_headings_are_no_targets() -> None:
    doc = govmetrics.parse_document(SUMMARY)
    assert [t.surface for _, t in doc.targets()] == ["6%以上", "2000人", "400个"]
    assert [d.surface for _, d in doc.deadlines() if not d.default] == ["9月底前"]
    reported = [n.surface for s in doc.statements for n in s.numbers if n.role == "progress"]
    assert {"9个", "18.2亿元", "960人", "2个百分点"} <= set(reported)


def test_items_that_report_results_are_no_tasks_beside_the_plans_tasks() -> None:
    text = SUMMARY.replace("兑付。\n", "兑付。（责任单位：区发改局）\n").replace("400个。\n", "400个。（责任单位：区人社局）\n")
    doc = govmetrics.parse_document(text)
    assert [(s.number, s.is_task) for s in doc.statements if s.number] == [
        ("一", False), ("二", False), ("一", True), ("二", True)]
    assert [t.responsible_units for t in doc.tasks] == [("区发改局",), ("区人社局",)]


NOTICE = """关于2019年重点工作推进情况的通报

二、重点工作推进情况
1.新建城市道路20公里。
牵头单位：区住建局
2.新增公共停车泊位1500个。
牵头单位：区城管局

三、存在的问题
　　一是有3个项目未开工。

四、下步工作要求
　　进度滞后的项目要在11月底前赶上序时进度。区政府督查室将于12月中旬组织专项督查。
"""


def test_the_requirements_after_the_last_task_state_no_work() -> None:
    """四、下步工作要求 after the list (with 三、存在的问题 between): its sentences are no statements."""
    doc = govmetrics.parse_document(NOTICE, year=2019)
    assert [d.surface for _, d in doc.deadlines() if not d.default] == []
    assert [t.surface for _, t in doc.targets()] == ["20公里", "1500个"]
    assert any(n.surface == "3个" and n.role == "progress" for s in doc.statements for n in s.numbers)


def test_numbered_instructions_under_the_requirements_are_no_tasks() -> None:
    """四、下步工作安排 with numbered items that name no one who answers: instructions about the
    list, no tasks and no deadlines; an item there that names its unit stays a task."""
    text = NOTICE.replace("四、下步工作要求\n　　进度滞后的项目要在11月底前赶上序时进度。区政府督查室将于12月中旬组织专项督查。\n",
                          "四、下步工作安排\n（一）加强督办。对滞后的2个项目，11月底前开展专项督查。\n"
                          "（二）严格时限。各责任单位于12月10日前报送完成情况。\n"
                          "（三）新建停车场3处。\n牵头单位：区城管局\n")
    doc = govmetrics.parse_document(text, year=2019)
    assert [t.number for t in doc.tasks] == ["1", "2", "三"]
    assert [d.surface for _, d in doc.deadlines() if not d.default] == []
    assert [t.surface for _, t in doc.targets()] == ["20公里", "1500个", "3处"]


def test_a_letter_of_responsibility_numbers_the_tasks_it_assigns() -> None:
    """A 目标责任书 names no one per item: its numbered targets are its tasks; its terms after
    them (考核与奖惩, 附则) state no work."""
    text = ("栖原县2020年度经济社会发展目标责任书\n一、经济发展目标\n1.地区生产总值增长7%以上。\n"
            "2.城镇新增就业5200人。\n二、考核与奖惩\n　　甲方于次年1月底前组织考核。\n"
            "三、附则\n　　本责任书有效期至2020年12月31日。\n")
    doc = govmetrics.parse_document(text)
    assert [t.number for t in doc.tasks] == ["1", "2"]
    assert [d.surface for _, d in doc.deadlines() if not d.default] == []


def test_rates_of_completion_and_status_columns_are_progress() -> None:
    text = ("序号\t重点工作\t年度目标\t1-9月完成\t完成率\t进度\n"
            "1\t一般公共预算收入\t完成42亿元\t31.6亿元\t75.2%\t正常\n")
    doc = govmetrics.parse_document(text, year=2015)
    assert [t.surface for _, t in doc.targets()] == ["42亿元"]


def test_a_sentence_after_a_list_answers_for_all_its_items() -> None:
    """以上民生实事由副县长X统筹推进，Y牵头，Z配合。 after the items; the paragraph's next sentence is
    a closing instruction."""
    text = ("溪陇县2024年十件民生实事\n一、城乡供水\t新建供水管网80公里。\n二、城乡公交\t新增公交线路3条。\n\n"
            "　　以上民生实事由副县长洛晴统筹推进，县发展改革局牵头，县财政局配合。各责任单位要每月5日前报送进展。\n")
    doc = govmetrics.parse_document(text)
    assert [(t.number, t.leaders, t.lead_units, t.cooperating_units) for t in doc.tasks] == [
        ("一", ("洛晴",), ("县发展改革局",), ("县财政局",)), ("二", ("洛晴",), ("县发展改革局",), ("县财政局",))]
    assert [d.surface for _, d in doc.deadlines() if not d.default] == []


def test_one_unit_together_with_others() -> None:
    """（X会同Y、Z负责）: X leads, Y and Z cooperate."""
    text = "沅平省2014年重点工作部门分工\n（十二）新建公办幼儿园500所。（省教育厅会同省发展改革委、省财政厅负责，年内完成）\n"
    (task,) = govmetrics.parse_document(text).tasks
    assert (task.lead_units, task.cooperating_units) == (("省教育厅",), ("省发展改革委", "省财政厅"))


def test_the_parts_that_frame_a_plan_are_no_tasks() -> None:
    """An implementation plan (实施方案): its numbered 指导思想 and 主要目标 under 一、总体要求, and
    its phases under 时间安排, name no one: statements (the main targets are read), no tasks; the
    numbered tasks under 二、重点任务 with their brackets are tasks."""
    text = ("澄溪县乡村环境整治实施方案\n\n一、总体要求\n（一）指导思想。坚持问题导向，久久为功。\n"
            "（二）主要目标。到年底，全县农村生活垃圾分类覆盖率达到80%以上。\n"
            "二、重点任务\n（一）改造农村户厕2000户。（县农业农村局牵头，各乡镇配合）\n"
            "（二）新建污水处理站12座。（县住建局牵头，县财政局配合）\n"
            "三、时间安排\n（一）动员部署阶段（3月底前）。各乡镇制定方案。\n")
    doc = govmetrics.parse_document(text, year=2023)
    assert [t.number for t in doc.tasks] == ["一", "二"]
    assert [t.surface for _, t in doc.targets()] == ["80%以上", "2000户", "12座"]


def test_the_articles_of_a_regulation_are_rules_not_tasks() -> None:
    """A 考核办法 in articles (第一条 …) before its task list: the articles name no one who
    answers and assign no work; the list's items are the tasks."""
    text = ("汀州市2020年重点工作考核办法\n\n"
            "第一条　为抓好重点工作落实，制定本办法。\n"
            "第二条　按期完成的得该项全部分值，完成率低于80%的不得分。\n"
            "第三条　各牵头单位于次年1月10日前报送自评报告。\n\n"
            "附件　重点工作任务清单\n"
            "1．新建城市公园6个。（牵头单位：市住建局）\n"
            "2．新增公共停车泊位3000个。（牵头单位：市城管局）\n")
    doc = govmetrics.parse_document(text)
    assert [(t.number, t.lead_units) for t in doc.tasks] == [("1", ("市住建局",)), ("2", ("市城管局",))]
    assert [t.surface for _, t in doc.targets()] == ["6个", "3000个"]
    assert not [d for _, d in doc.deadlines() if not d.default]  # the articles are the list's preamble


def test_a_clause_that_leads_into_a_list_is_no_heading() -> None:
    """A work report's review: 一年来，我们着力抓了以下几方面工作： leads into the numbered results
    under 一、…工作回顾; it heads nothing of its own, so the results stay under the review
    (no targets) and 二、 is not put under it."""
    text = ("政府工作报告\n各位代表：\n　　现在，我代表区人民政府，向大会报告工作。\n一、2023年工作回顾\n"
            "　　2023年，全区实现地区生产总值468.2亿元，增长6.1%。\n　　一年来，我们着力抓了以下几方面工作：\n　　（一）坚持项目为王。新开工亿元以上项目42个。\n"
            "　　（二）坚持民生为本。新增学位5400个。\n二、2024年工作安排\n　　为实现上述目标，我们将重点做好以下工作：\n"
            "　　（一）扩大有效投资。新开工亿元以上项目50个。\n")
    doc = govmetrics.parse_document(text, year=2024)
    assert [t.surface for _, t in doc.targets()] == ["50个"]
    assert [s.section for s in doc.statements if "50个" in s.text] == [("二、2024年工作安排",)]


def test_a_review_heading_run_into_its_paragraph() -> None:
    """A PDF without indentation runs a heading into its paragraph (一、2023年工作回顾2023年，…全面完成
    了…目标任务。): the heading's own first clause names the review, the paragraph's 目标任务 does not
    make it a part that plans, so the results under it stay results."""
    text = ("政府工作报告\n各位代表：\n一、2023年工作回顾\n2023年，全区经济平稳运行，全面完成了区人代会确定的目标任务。\n"
            "（一）坚持项目为王。新开工亿元以上项目42个。\n（二）坚持民生为本。新增学位5400个。\n"
            "二、2024年工作安排\n（一）扩大有效投资。新开工亿元以上项目50个。\n")
    doc = govmetrics.parse_document(text, year=2024)
    assert [t.surface for _, t in doc.targets()] == ["50个"]


def test_a_heading_that_runs_its_paragraph_in_keeps_its_figures() -> None:
    """A PDF without indentation runs a heading into its paragraph, which ends in a colon over the
    items (二、2024年工作安排2024年是…。主要预期目标是：…增长6%左右；…做好以下工作：): the heading holds
    sentences, so it is read as a statement too: its figures are no hole."""
    text = ("政府工作报告\n各位代表：\n一、2023年工作回顾\n2023年，全区经济平稳运行。\n"
            "二、2024年工作安排\n2024年是关键之年。全区主要预期目标是：地区生产总值增长6%左右；城镇新增就业1.2万人。为实现上述目标，我们将重点做好以下工作：\n"
            "（一）扩大有效投资。新开工亿元以上项目50个。\n")
    doc = govmetrics.parse_document(text.replace("\n2024年是", "2024年是"), year=2024)
    assert [t.surface for _, t in doc.targets()] == ["6%左右", "1.2万人", "50个"]
